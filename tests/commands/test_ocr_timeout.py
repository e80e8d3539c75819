"""`--timeout SECONDS` of `redline ocr` and `redline import --ocr`: checked where it is typed,
and handed to the OCR run as the page's limit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import app.core.ocr.run as ocr_run
from app.core.ocr.limits import DEFAULT_TIMEOUT_S
from app.core.ocr.run import OcrReport
from tests.commands.helpers import run
from tests.core.ocr.helpers import MEMO, make_scan


@pytest.fixture
def timeouts(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The ``timeout_s`` each OCR run was given (the run itself does nothing)."""
    seen: list[float] = []

    def ocr_pages(lib: Any, pages: Any, **options: Any) -> OcrReport:
        seen.append(options["timeout_s"])
        return OcrReport(engine_version="test")

    monkeypatch.setattr(ocr_run, "ocr_pages", ocr_pages)
    monkeypatch.setattr(ocr_run, "require_tesseract", lambda: "tesseract")
    return seen


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    return make_scan(tmp_path / "memo.pdf", [MEMO[:2]], size=(300, 80), dpi=100)[0]


def test_import_and_ocr_hand_the_timeout_to_the_run(
    tmp_path: Path, scan: Path, timeouts: list[float], capsys: pytest.CaptureFixture[str]
) -> None:
    lib = ["--library", str(tmp_path / "lib")]
    code, _, err = run(capsys, *lib, "import", str(scan), "--ocr", "auto", "--timeout", "600")
    assert (code, err) == (0, "")
    assert run(capsys, *lib, "ocr", "--timeout", "2.5")[0] == 0
    assert run(capsys, *lib, "ocr")[0] == 0
    assert timeouts == [600.0, 2.5, DEFAULT_TIMEOUT_S]


@pytest.mark.parametrize("value", ["0", "-5", "soon", "nan", "inf", ""])
@pytest.mark.parametrize("command", [["ocr"], ["import", "x.pdf", "--ocr", "auto"]])
def test_a_timeout_that_is_no_positive_number_is_one_clear_message(
    tmp_path: Path, value: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(capsys, "--library", str(tmp_path / "lib"), *command, "--timeout", value)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --timeout: '{value}' is not a number of seconds above 0" in err
    assert "Traceback" not in err
    assert not (tmp_path / "lib").exists()


def test_import_refuses_a_timeout_without_ocr(
    tmp_path: Path, scan: Path, timeouts: list[float], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "--library", str(tmp_path / "lib"), "import", str(scan), "--timeout", "9"
    )
    assert code == 1
    assert err == "redline: --timeout goes with --ocr auto or --ocr always\n"
    assert timeouts == []


def test_the_help_names_the_timeout_and_its_default(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("ocr", "import"):
        with pytest.raises(SystemExit):
            run(capsys, command, "--help")
        out = " ".join(capsys.readouterr().out.split())
        assert "--timeout SECONDS" in out
        assert f"(default: {DEFAULT_TIMEOUT_S:g})" in out
