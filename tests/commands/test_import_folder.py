"""`redline import FOLDER`: each file succeeds or fails alone, every outcome is printed as it
is final, the summary counts both, and names cannot forge output lines."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.core.documents import ingest
from app.core.library import Library
from tests.builders import make_lying_count_pdf, make_text_pdf
from tests.commands.helpers import run


def test_a_pdf_whose_page_count_lies_fails_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    make_text_pdf(folder / "a.pdf", ["first"])
    make_lying_count_pdf(folder / "b-negative.pdf", -5)
    make_lying_count_pdf(folder / "c-huge.pdf", 2**31)
    make_lying_count_pdf(folder / "d-more.pdf", 9)
    make_text_pdf(folder / "e.pdf", ["last"])
    code, out, err = run(capsys, "--library", str(tmp_path / "lib"), "import", str(folder))
    assert code == 1
    assert out.splitlines() == [
        f"imported: {folder}/a.pdf: 1 page",
        f"imported: {folder}/e.pdf: 1 page",
    ]
    failed = [line for line in err.splitlines() if line.startswith("failed: ")]
    assert [line.split(": ")[1].rsplit("/", 1)[1] for line in failed] == [
        "b-negative.pdf",
        "c-huge.pdf",
        "d-more.pdf",
    ]
    assert "damaged and cannot be read" in failed[0]
    assert err.splitlines()[-1] == "5 files: 2 imported, 0 already in the library, 3 failed"
    code, out, _ = run(capsys, "--library", str(tmp_path / "lib"), "list")
    assert code == 0 and len(out.splitlines()) == 2


def test_an_unexpected_error_fails_its_file_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b", "c"):
        make_text_pdf(folder / f"{name}.pdf", [f"file {name}"])
    real = ingest._write

    def write_or_fail(lib: Library, path: Path, *args: Any) -> Any:
        if path.name == "b.pdf":
            raise RuntimeError("something nobody foresaw")
        return real(lib, path, *args)

    monkeypatch.setattr(ingest, "_write", write_or_fail)
    code, out, err = run(capsys, "--library", str(tmp_path / "lib"), "import", str(folder))
    assert code == 1 and out.count("imported: ") == 2
    assert f"failed: {folder}/b.pdf: cannot import: RuntimeError: something nobody foresaw" in err
    assert "Traceback" not in err


def test_names_that_are_not_utf8_import_and_control_characters_are_escaped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    pdf = make_text_pdf(tmp_path / "x.pdf", ["a scan"])
    latin1 = os.fsdecode(bytes(folder) + b"/caf\xe9.pdf")  # a name from an old Windows share
    shutil.copy(pdf, latin1)
    make_text_pdf(folder / "memo\n\u202egpj.pdf", ["spoof"])
    code, out, err = run(capsys, "--library", str(tmp_path / "lib"), "import", str(folder))
    assert code == 0, err
    assert out.splitlines()[:2] == [
        f"imported: {folder}/caf\\xe9.pdf: 1 page",
        f"imported: {folder}/memo\\x0a\\u202egpj.pdf: 1 page",
    ]
    code, out, _ = run(capsys, "--library", str(tmp_path / "lib"), "list")
    titles = [line.split("reviewed", 1)[1].strip() for line in out.splitlines()]
    assert titles == ["caf\\xe9", "memo\\x0a\\u202egpj"]
    assert not list((tmp_path / "lib" / "sources").glob(".incoming-*"))
