"""On the real CIA bulletin cia-cib-02003053 (its own text layer), page 4: the words' boxes reach
3.7 points into the line above, and redacting the quoted phrase "preliminary annual report" used to
hide the first words of the next line too ("tentions, .Embassy Moscow notes") in the PDF and every
publication. Through the command line, as a person would: the quote is burned and verified (no
reader finds it, the pixels under it are fill), and the next line is whole in PyMuPDF's text,
poppler's text and boxes, the pixels, the text export and ALTO. A quoted phrase that runs over two
lines burns a box per line, so the rest of both lines stays readable."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from app.cli import main
from app.core.exchange.pdf_plan import document_plan
from app.core.exchange.pdf_poppler import parse_bbox_html
from app.core.ids import DocumentId
from app.core.library import Library
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
    # the next line, as scanned: below the quoted words' line boxes, which are burned whole, the
    # ragged edge below the region made of them too (0.23 pt here; at most 1 pt)
    below = pymupdf.Rect(box.x0, box.y1 + 1, box.x1, box.y1 + 14)
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


TWO_LINES = "in combination politicalp psychological,"  # "...separately and in combination /
PHRASE = ("combination", "politicalp", "psychological")  # politicalp psychological, economic..."
BESIDE = ("is employing separately and", "economic and military")  # outside it, one per line


def test_a_phrase_over_two_lines_burns_a_box_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one box around the phrase covered both lines whole; now what stands beside it on
    each line is readable in both readers and on the page, and no word of it is anywhere."""
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    r = ("--library", str(tmp_path / "lib"))
    run(capsys, *r, "import", str(SCAN))
    add = ("annotate", "add", SCAN.stem, "--page", "4", "--kind", "redaction")
    made = json.loads(run(capsys, *r, *add, "--quote", TWO_LINES, "--codes", "b1", "--json"))
    assert made["quote"].split() == TWO_LINES.split() and "\n" in made["quote"]
    with Library.open(tmp_path / "lib", read_only=True) as lib, lib.reading() as s:
        [redaction] = document_plan(s.connection(), DocumentId(made["document_id"]))[3].burned
    lines = redaction.boxes
    assert len(lines) == 2 and lines[0].y1 <= lines[1].y0 and lines[0].x0 > lines[1].x1 - 100
    out = tmp_path / "published.pdf"
    report = json.loads(run(capsys, *r, "export", "--format", "pdf", "--document", SCAN.stem,
                            "--pending", "skip", "-o", str(out), "--json"))  # fmt: skip
    assert report["burned"] == 1 and report["verified"]

    poppler = subprocess.run(["pdftotext", str(out), "-"],
                             capture_output=True, text=True, check=True).stdout  # fmt: skip
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    boxed = " ".join(text for page in parse_bbox_html(html) for _, text in page)
    with pymupdf.open(out) as doc:
        mupdf = " ".join(page.get_text() for page in doc)
    for said in (poppler, boxed, mupdf):
        flat = " ".join(said.split())
        assert all(beside in flat for beside in BESIDE)
        assert not any(word in flat for word in PHRASE)
    for box in lines:
        black_inside(out, 3, box)
    with pymupdf.open(SCAN) as scan:
        for beside in BESIDE:
            [found] = scan[3].search_for(beside)
            found.y0 += 5  # (the words' box reaches into the line above, burned there;
            found.y1 -= 1  # the next line's box starts where it ends: its edge, smoothed)
            assert not any(found.intersects(box) for box in lines)
            assert np.abs(_grey(out, found) - _grey(SCAN, found)).mean() < 2

    run(capsys, *r, "export", "--format", "text", "--document", SCAN.stem, "-o",
        str(tmp_path / "t.txt"))  # fmt: skip
    text = (tmp_path / "t.txt").read_text(encoding="utf-8")
    run(capsys, *r, "export", "--format", "alto", "--document", SCAN.stem, "--pages", "4", "-o",
        str(tmp_path / "alto"))  # fmt: skip
    [alto] = (tmp_path / "alto").rglob("*.xml")
    said = alto.read_text(encoding="utf-8")
    for word in PHRASE:
        assert word not in text and f'CONTENT="{word}' not in said
