"""Versions for the About dialog and bug reports."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pymupdf
import pytest

from app import __version__
from app.core.versions import collect_versions, tesseract_install_hint, tesseract_version_or_none

REPO = Path(__file__).resolve().parents[2]


def fake_tesseract(tmp_path: Path, output: str, *, to_stderr: bool = False) -> str:
    script = tmp_path / "tesseract"
    stream = ">&2" if to_stderr else ""
    script.write_text(f"#!/bin/sh\ncat {stream} <<'EOF'\n{output}\nEOF\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def test_collect_versions_names_what_is_running() -> None:
    v = collect_versions(tesseract=False)
    assert v.redline == __version__
    assert v.python == ".".join(map(str, sys.version_info[:3]))
    assert v.sqlite == sqlite3.sqlite_version
    assert v.pymupdf == pymupdf.VersionBind
    assert v.mupdf == pymupdf.VersionFitz
    assert v.tesseract is None
    assert v.frozen is False
    assert v.pyside6 is not None and v.pyside6[0] == "6"


def test_report_lists_every_component_and_spells_out_missing_tesseract() -> None:
    report = collect_versions(tesseract=False).report()
    for label in ("Redline", "Python", "PyMuPDF", "MuPDF", "SQLite", "SQLAlchemy", "Tesseract"):
        assert f"\n{label}:" in f"\n{report}"
    assert "Tesseract:" in report and "not installed (OCR unavailable)" in report
    assert sqlite3.sqlite_version in report


def test_as_dict_round_trips_the_fields() -> None:
    v = collect_versions(tesseract=False)
    d = v.as_dict()
    assert d["sqlite"] == sqlite3.sqlite_version
    assert type(v)(**d) == v  # type: ignore[arg-type]


def test_tesseract_version_parsed_from_stdout(tmp_path: Path) -> None:
    exe = fake_tesseract(tmp_path, "tesseract 5.3.0\n leptonica-1.82.0\n  libgif 5.2.1")
    assert tesseract_version_or_none(exe) == "5.3.0"


def test_tesseract_version_parsed_from_stderr_with_v_prefix(tmp_path: Path) -> None:
    # Tesseract 3.x printed its version on stderr; some builds print "tesseract v5.0.0-alpha".
    exe = fake_tesseract(tmp_path, "tesseract v5.0.0-alpha.20201127", to_stderr=True)
    assert tesseract_version_or_none(exe) == "5.0.0-alpha.20201127"


def test_tesseract_that_answers_nonsense_is_unknown_not_missing(tmp_path: Path) -> None:
    exe = fake_tesseract(tmp_path, "segmentation fault")
    assert tesseract_version_or_none(exe) == "unknown"


def test_missing_tesseract_is_none(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REDLINE_TESSERACT", str(tmp_path / "no-such-tesseract"))
    assert tesseract_version_or_none() is None
    assert collect_versions().tesseract is None


def test_tesseract_on_path_is_found(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_tesseract(tmp_path, "tesseract 4.1.1")
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.delenv("REDLINE_TESSERACT", raising=False)
    assert collect_versions().tesseract == "4.1.1"


@pytest.mark.parametrize(
    ("system", "expected"),
    [("Linux", "apt install tesseract-ocr"), ("Darwin", "brew install"), ("Windows", "PATH")],
)
def test_install_hint_per_system(system: str, expected: str) -> None:
    assert expected in str(tesseract_install_hint(system))
