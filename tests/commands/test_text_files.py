"""Text files named on the command line (a companion OCR text, a text to detect in): a file that
cannot be read is one line naming it, in every command that takes one."""

from __future__ import annotations

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
