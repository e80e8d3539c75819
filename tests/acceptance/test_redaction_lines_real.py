"""On the real CIA bulletin cia-cib-02003053 (its own text layer), page 4: the words' boxes reach
3.7 points into the line above, and redacting the quoted phrase "preliminary annual report" used to
hide the first words of the next line too ("tentions, .Embassy Moscow notes") in the PDF and every
publication. Through the command line, as a person would: the quote is burned and verified (no
reader finds it, the pixels under it are fill), and the next line is whole in PyMuPDF's text,
poppler's text and boxes, the pixels, the text export and ALTO."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from app.cli import main
from app.core.exchange.pdf_verify import parse_bbox_html
from tests.acceptance.publication_helpers import black_inside
from tests.builders import SHARED_SCANS

SCAN = SHARED_SCANS / "cia-cib-02003053.pdf"
QUOTE = "preliminary annual report"
NEXT = "tentions, .Embassy Moscow notes that the"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _grey(path: Path, clip: pymupdf.Rect) -> np.ndarray:
    with pymupdf.open(path) as doc:
        pix = doc[3].get_pixmap(clip=clip, dpi=150, colorspace=pymupdf.csGRAY)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width).astype(int)


def test_the_quote_is_burned_and_the_next_line_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    r = ("--library", str(tmp_path / "lib"))
    run(capsys, *r, "import", str(SCAN))
    made = json.loads(run(capsys, *r, "annotate", "add", SCAN.stem, "--page", "4", "--kind",
                          "redaction", "--quote", QUOTE, "--codes", "b1", "--json"))  # fmt: skip
    g = made["region"]
    box = pymupdf.Rect(g["x"], g["y"], g["x"] + g["w"], g["y"] + g["h"])
    out = tmp_path / "published.pdf"
    report = json.loads(run(capsys, *r, "export", "--format", "pdf", "--document", SCAN.stem,
                            "--pending", "skip", "-o", str(out), "--json"))  # fmt: skip
    assert report["burned"] == 1 and report["verified"]

    poppler = subprocess.run(["pdftotext", "-f", "4", "-l", "4", str(out), "-"],
                             capture_output=True, text=True, check=True).stdout  # fmt: skip
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    boxed = " ".join(text for _, text in parse_bbox_html(html)[3])
    with pymupdf.open(out) as doc:
        mupdf = doc[3].get_text()
        everything = "".join(page.get_text() for page in doc)
    for said in (poppler, boxed, mupdf):
        assert NEXT in " ".join(said.split())
    for said in (poppler, boxed, everything):
        assert "preliminary" not in said and "annual report" not in " ".join(said.split())
    black_inside(out, 3, box)
    below = pymupdf.Rect(box.x0, box.y1, box.x1, box.y1 + 14)  # the next line, as scanned
    assert np.abs(_grey(out, below) - _grey(SCAN, below)).mean() < 2

    run(capsys, *r, "export", "--format", "text", "--document", SCAN.stem, "-o",
        str(tmp_path / "t.txt"))  # fmt: skip
    text = (tmp_path / "t.txt").read_text(encoding="utf-8")
    assert "In its ███████████ ██████ ██████ on Soviet in-\n" + NEXT in text
    run(capsys, *r, "export", "--format", "alto", "--document", SCAN.stem, "--pages", "4", "-o",
        str(tmp_path / "alto"))  # fmt: skip
    [alto] = (tmp_path / "alto").rglob("*.xml")
    said = alto.read_text(encoding="utf-8")
    assert 'CONTENT="preliminary"' not in said
    assert all(f'CONTENT="{w}"' in said for w in ("tentions,", ".Embassy", "Moscow", "notes"))
