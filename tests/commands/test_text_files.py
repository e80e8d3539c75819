"""Text files named on the command line (a companion OCR text, a text to detect in, an
annotation set): a file that cannot be read is one line naming it as given, in every command
that takes one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.cli import main
from tests.builders import make_text_pdf


@pytest.mark.parametrize(
    "command",
    [
        ["detect", "--text", "{missing}"],
        ["attach-text", "memo", "{missing}"],
        ["import", "{pdf}", "--text", "{missing}"],
        ["import-annotations", "{missing}"],
    ],
)
def test_an_unreadable_text_file_is_one_line_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    lib = ["--library", str(tmp_path / "lib")]
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["A memo."])
    if command[0] == "attach-text":
        assert main([*lib, "import", str(pdf)]) == 0
    missing = tmp_path / "no-such.txt"
    argv = [a.format(missing=missing, pdf=pdf) for a in command]
    capsys.readouterr()
    assert main([*lib, *argv]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"redline: cannot read {missing}: No such file or directory"


@pytest.mark.parametrize(
    "command",
    [
        ["detect", "--text", "{odd}"],
        ["attach-text", "memo", "{odd}"],
        ["import", "{pdf}", "--text", "{odd}"],
        ["import", "{odd}"],
        ["import-annotations", "{odd}"],
    ],
)
@pytest.mark.parametrize("odd", ["pipe", "/dev/zero"])
def test_a_pipe_or_a_device_is_refused_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], odd: str
) -> None:
    """A named pipe with no writer hung these commands (opening it waits for one), and
    ``/dev/zero`` was read without end: each is refused, unread, in one line."""
    lib = ["--library", str(tmp_path / "lib")]
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["A memo."])
    if command[0] == "attach-text":
        assert main([*lib, "import", str(pdf)]) == 0
    path = Path(odd)
    if odd == "pipe":
        path = tmp_path / "notes.txt"
        os.mkfifo(path)
    argv = [a.format(odd=path, pdf=pdf) for a in command]
    capsys.readouterr()
    assert main([*lib, *argv]) == 1
    said = capsys.readouterr()
    last = (said.err + said.out).strip().splitlines()[-1]
    assert "not a regular file" in last and str(path) in last  # named as given, not "zero"
