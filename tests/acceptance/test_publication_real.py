"""The steps that leaked, on the real JFK scan (jfk-104-10001-10034, no text layer, OCR'd on
import): redact a person's name on page 2, accept two of the detector's redaction proposals,
publish the document, through the command line (the window's run is
tests/ui/tools/test_publication_real_scan.py). Afterwards neither PyMuPDF
nor poppler finds the name anywhere in the file, and the pixels under the three boxes are fill."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from app.cli import main
from app.core.library import Library
from app.core.ocr.tesseract import tesseract_available
from tests.acceptance.publication_helpers import (
    NAME,
    SCAN,
    check_publication,
    name_box_of,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not tesseract_available(), reason="the scan needs OCR (tesseract)"),
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_steps_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    lib_path = str(tmp_path / "lib")
    r = ("--library", lib_path)
    assert run(capsys, *r, "import", str(SCAN), "--ocr", "auto")[0] == 0
    assert run(capsys, *r, "detect")[0] == 0
    code, out, _ = run(capsys, *r, "annotate", "add", SCAN.stem, "--page", "2", "--kind",
                       "redaction", "--quote", " ".join(NAME), "--codes", "b 6", "--note",
                       "a private person", "--json")  # fmt: skip
    assert code == 0
    mine = json.loads(out)
    code, out, _ = run(capsys, *r, "annotate", "list", SCAN.stem, "--kind", "redaction",
                       "--status", "proposed", "--json")  # fmt: skip
    proposals = json.loads(out)
    assert len(proposals) >= 2  # the form's printed bands are no longer proposed (issue 15)
    assert run(capsys, *r, "annotate", "accept", *(p["uuid"] for p in proposals[:2]))[0] == 0
    out_pdf = tmp_path / "published.pdf"
    export: tuple[str, ...] = (*r, "export", "--format", "pdf", "--document", SCAN.stem,
                               "-o", str(out_pdf))  # fmt: skip
    pending = len(proposals) - 2
    if pending:  # proposals nobody decided: refused unless published without them
        code, _, err = run(capsys, *export)
        assert code == 1 and f"{pending} redaction proposal" in err and not out_pdf.exists()
        export = (*export, "--pending", "skip")
    code, out, _ = run(capsys, *export, "--json")
    report = json.loads(out)
    assert code == 0 and report["burned"] == 3 and report["verified"]
    [document] = report["documents"]
    assert {(e["page"], tuple(e["codes"])) for e in document["burned"]} >= {(2, ("B6",))}
    assert sorted(e["reason"] for e in document["left_out"]) == ["pending"] * pending
    region = mine["region"]
    box = pymupdf.Rect(
        region["x"], region["y"], region["x"] + region["w"], region["y"] + region["h"]
    )
    boxes = [(1, box)] + [
        (p["page"] - 1, pymupdf.Rect(p["region"]["x"], p["region"]["y"],
                                     p["region"]["x"] + p["region"]["w"],
                                     p["region"]["y"] + p["region"]["h"]))
        for p in proposals[:2]
    ]  # fmt: skip
    with Library.open(lib_path, read_only=True, allow_read_only=True) as lib:
        name_box = name_box_of(lib, 1)
    check_publication(out_pdf, SCAN, name_box, boxes)
