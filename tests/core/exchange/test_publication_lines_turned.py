"""A quoted phrase over two lines on a page shown turned (/Rotate 90, 180 or 270) burns one box
per line *as the reader sees the lines*, in the PDF and in the W3C and CSV sets: what the same
lines burn on an unturned page, turned with it. Word boxes are stored in points of the unrotated
page, where a line shown across a page turned 90 or 270 degrees runs down it: grouped there, each
word of the phrase was a line of its own (on the real USDA referral, /Rotate 270, the quote's
words were burned one by one). Through the command line, as a person would; the real scan's run
is tests/acceptance/test_redaction_lines_real.py."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from app.core.exchange.pdf_plan import document_plan
from app.core.exchange.redacted import burned_redactions
from app.core.ids import DocumentId
from app.core.library import Library
from tests.builders import make_turned_text_pdf
from tests.core.exchange.lines_helpers import AFTER, BEFORE, LINES, QUOTE, QUOTED, run

Box = tuple[float, float, float, float]
TURNS = (90, 180, 270)
# Lines set 11 on 14 points, whose words' boxes reach 1.1 points into the line above: the words
# after the quote on its last line lie under its first line's box, and stay (until 2026-12-06 the
# PDF's burn took out whole any visible word a box grazed, and these tests used 16 points). The
# boxes that reach into the line above, as shown on a turned page:
# tests/core/documents/test_word_lines.py.
PITCH = 14
_RECT = re.compile(r"M (\d+),(\d+) L (\d+),\2 L \3,(\d+) L \1,\4 Z")  # an SvgSelector's box


def _library(tmp_path: Path, capsys: pytest.CaptureFixture[str], rotation: int) -> Path:
    """A library of the three lines on a page turned by ``rotation``, the quote redacted."""
    pdf = make_turned_text_pdf(tmp_path / f"turned-{rotation}.pdf", LINES, rotation, pitch=PITCH)
    lib = tmp_path / f"lib-{rotation}"
    run(capsys, "--library", str(lib), "import", str(pdf))
    add = ("--library", str(lib), "annotate", "add", "1", "--page", "1", "--kind", "redaction")
    made = json.loads(run(capsys, *add, "--quote", QUOTE, "--codes", "b1", "--json"))
    assert made["status"] == "accepted" and "\n" in made["quote"]
    return lib


def _as_shown(boxes: list[Box], rotation: int) -> list[Box]:
    """Boxes in unrotated points as the page shows them (points, origin top-left as shown)."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.set_rotation(rotation)
    out = []
    for b in boxes:
        r = pymupdf.Rect(b) * page.rotation_matrix
        out.append((r.x0, r.y0, r.x1, r.y1))
    doc.close()
    return sorted(out, key=lambda b: b[1])


def _burned(lib: Path) -> tuple[list[Box], list[Box]]:
    """What the PDF burns for the redaction, and what the other publications burn."""
    library = Library.open(lib)
    try:
        with library.read_connection() as conn:
            [page] = document_plan(conn, DocumentId(1))
            [redaction] = page.burned
            pdf = [(r.x0, r.y0, r.x1, r.y1) for r in redaction.boxes]
            others = burned_redactions(conn, DocumentId(1))[0].boxes
    finally:
        library.close()
    return pdf, list(others)


def _close(a: list[Box], b: list[Box], tolerance: float) -> bool:
    return len(a) == len(b) and all(
        abs(u - v) <= tolerance
        for x, y in zip(a, b, strict=True)
        for u, v in zip(x, y, strict=True)
    )


@pytest.fixture
def unturned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> list[Box]:
    """What the lines burn on an unturned page: a box for each of the quote's two lines."""
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    pdf, others = _burned(_library(tmp_path, capsys, 0))
    assert len(pdf) == 2 and pdf == others
    return sorted(pdf, key=lambda b: b[1])


@pytest.fixture(params=TURNS)
def turned(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[int, Path]:
    """(rotation, library): the lines on a page turned 90, 180 or 270 degrees."""
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    return request.param, _library(tmp_path, capsys, request.param)


def test_a_turned_page_burns_a_box_per_line_as_shown(
    unturned: list[Box],
    turned: tuple[int, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rotation, lib = turned
    pdf, others = _burned(lib)
    assert _close(_as_shown(pdf, rotation), unturned, 0.05), (pdf, unturned)
    assert others == pdf  # (the boxes every other publication burns)

    out = tmp_path / "published.pdf"
    run(capsys, "--library", str(lib), "export", "--format", "pdf", "--document", "1",
        "--pending", "skip", "-o", str(out))  # fmt: skip
    with pymupdf.open(out) as doc:
        assert doc[0].rotation == rotation
        said = " ".join(doc[0].get_text().split())
        pix = doc[0].get_pixmap(dpi=72, colorspace=pymupdf.csGRAY)  # as shown: points
    for word in BEFORE + AFTER:
        assert word in said
    for word in QUOTED:
        assert word not in said
    grey = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width)
    for x0, y0, x1, y1 in unturned:
        inside = grey[round(y0) + 1 : round(y1) - 1, round(x0) + 1 : round(x1) - 1]
        assert inside.size and np.mean(inside < 64) > 0.9  # burned (but for its label)
    # the words before the quote on its first line, and after it on its last, are still ink
    first, last = unturned
    assert grey[round(first[1]) + 2 : round(first[3]) - 2, 72 : round(first[0]) - 1].min() < 128
    assert grey[round(last[1]) + 2 : round(last[3]) - 2, round(last[2]) + 1 : 400].min() < 128


def test_the_codes_printed_in_the_box_read_upright_as_the_page_is_shown(
    turned: tuple[int, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The exemption codes printed in a burned box read left to right as the page is shown, as
    an agency prints them (until 2026-12-06 they ran along the unrotated page: sideways)."""
    rotation, lib = turned
    out = tmp_path / "published.pdf"
    run(capsys, "--library", str(lib), "export", "--format", "pdf", "--document", "1",
        "--pending", "skip", "-o", str(out))  # fmt: skip
    with pymupdf.open(out) as doc:
        page = doc[0]
        m = page.rotation_matrix
        turn = pymupdf.Matrix(m.a, m.b, m.c, m.d, 0, 0)  # (directions: no shift)
        codes = [
            line
            for block in page.get_text("dict")["blocks"]
            for line in block.get("lines", ())
            if "".join(span["text"] for span in line["spans"]).strip() == "(b)(1)"
        ]
    assert codes
    for line in codes:
        shown = pymupdf.Point(line["dir"]) * turn
        assert (round(shown.x, 3), round(shown.y, 3)) == (1, 0), (rotation, line["dir"])


def test_the_w3c_and_csv_sets_give_the_boxes_as_shown(
    unturned: list[Box],
    turned: tuple[int, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rotation, lib = turned
    run(capsys, "--library", str(lib), "export", "--format", "w3c", "--dpi", "72", "-o",
        str(tmp_path / "set.jsonld"))  # fmt: skip
    items = json.loads((tmp_path / "set.jsonld").read_text(encoding="utf-8"))["first"]["items"]
    [redaction] = [i for i in items if i["body"][0]["value"] == "B1"]
    svg = redaction["target"]["selector"][0]["value"]
    paths = [tuple(float(v) for v in m.groups()) for m in _RECT.finditer(svg)]
    assert svg.count("<path") == 2 and len(paths) == 2, svg
    shown = sorted(((x0, y0, x1, y1) for x0, y0, x1, y1 in paths), key=lambda b: b[1])
    assert _close(shown, unturned, 1.0)  # (whole pixels at 72 dpi: points as shown)
    run(capsys, "--library", str(lib), "export", "--format", "csv", "-o",
        str(tmp_path / "set.csv"))  # fmt: skip
    with (tmp_path / "set.csv").open(encoding="utf-8-sig", newline="") as f:
        [row] = [r for r in csv.DictReader(f) if r["kind"] == "redaction"]
    boxes = []
    for part in row["redaction_boxes"].split("; "):
        x, y, w, h = (float(v) for v in part.split(" "))
        boxes.append((x, y, x + w, y + h))
    assert _close(_as_shown(boxes, rotation), unturned, 0.02)
