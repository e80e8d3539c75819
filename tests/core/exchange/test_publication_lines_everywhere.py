"""A redaction made from a quote that runs from the middle of one line to the middle of the next
hides its words in every publication, and only them: the PDF burns one box per printed line
(:func:`app.core.documents.word_lines.line_regions`), and the text, ALTO, PAGE and hOCR files, the
IIIF page images and texts and the W3C and CSV sets mask, paint and leave out annotations by the
same boxes (:func:`app.core.exchange.redacted.burned_boxes`). The box around the whole quote
covered the words before it on its first line and after it on its last line, which nobody
redacted. Through the command line, as a person would."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import numpy as np
import pymupdf
import pytest
from PIL import Image

from app.core.documents.render import PageGeometry
from app.core.exchange import iiif, page_images
from app.core.exchange.canvas import PageSpace
from app.core.exchange.common import ExportError
from app.core.exchange.iiif import export_iiif
from app.core.exchange.page_images import PixelBox
from app.core.exchange.redacted import MASK
from app.core.library import Library
from tests.builders import SHARED_DATA
from tests.core.exchange.clipped_helpers import InProcessImages
from tests.core.exchange.lines_helpers import (
    AFTER,
    BEFORE,
    LINES,
    NOTES,
    QUOTE,
    QUOTED,
    box_of,
    lib,
    run,
)

__all__ = ["lib"]  # (the fixture)


def export(capsys: pytest.CaptureFixture[str], lib: Path, fmt: str, out: Path, *more: str) -> None:
    run(capsys, "--library", str(lib), "export", "--format", fmt, "-o", str(out), *more)


def _masked(word: str) -> str:
    return MASK * len(word)


def _check_page_text(text: str) -> None:
    """The page text as published: the quote masked, the rest of its two lines as it reads."""
    assert f"tentions, Embassy Moscow {' '.join(_masked(w) for w in QUOTE.split()[:4])}" in text
    assert f"{_masked('is')} {_masked('employing')} separately and in combination" in text


def _check_words(said: str, fmt: str) -> None:
    assert not any(word in said for word in QUOTED), fmt
    assert all(word in said for word in BEFORE + AFTER), fmt


def test_text(lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export(capsys, lib, "text", tmp_path / "t.txt")
    _check_page_text((tmp_path / "t.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("fmt", "ext"), [("alto", "xml"), ("page", "xml"), ("hocr", "hocr")])
def test_ocr_layouts(
    lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, ext: str
) -> None:
    export(capsys, lib, fmt, tmp_path / fmt, "--dpi", "72", "--images")
    [out] = (tmp_path / fmt).rglob(f"*.{ext}")
    said = out.read_text(encoding="utf-8")
    _check_words(said, fmt)
    [image] = (tmp_path / fmt).rglob("*.png")
    _check_image(image, 72)


def _check_image(path: Path, dpi: int) -> None:
    """Black under each quoted word, the paper untouched under the words beside the quote."""
    geometry = PageGeometry(612, 792)
    with Image.open(path) as img:
        pixels = np.asarray(img.convert("L"))

    def inside(word: str) -> np.ndarray:
        x0, y0, x1, y1 = box_of(word)
        left, top, w, h = geometry.to_image((x0 + 1, y0 + 5, x1 - 1, y1 - 2), dpi)
        return pixels[top : top + h, left : left + w]

    for word in QUOTED:
        assert inside(word).max() < 48, word
    for word in BEFORE + AFTER:
        assert inside(word).min() > 200, word


def test_iiif_page_image_text_and_annotations(
    lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export(capsys, lib, "iiif", tmp_path / "site")
    [image] = (tmp_path / "site").rglob("page-0001.jpg")
    _check_image(image, 150)
    [text] = (tmp_path / "site").rglob("page-0001.txt")
    _check_page_text(text.read_text(encoding="utf-8"))
    [page] = (tmp_path / "site").rglob("annotations-0001.json")
    notes = {
        body["value"]: item
        for item in json.loads(page.read_text(encoding="utf-8"))["items"]
        for body in item["body"]
        if body["value"].startswith("note ")
    }
    assert sorted(notes) == ["note after", "note before"]  # the one inside: left out
    for name in ("before", "after"):
        [quote] = [s for s in notes[f"note {name}"]["target"]["selector"]
                   if s["type"] == "TextQuoteSelector"]  # fmt: skip
        assert quote["exact"] == NOTES[name]
    [lines] = (tmp_path / "site").rglob("lines-0001.json")
    said = " ".join(i["body"]["value"] for i in json.loads(lines.read_text("utf-8"))["items"])
    _check_words(said, "iiif lines")


def test_w3c(lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export(capsys, lib, "w3c", tmp_path / "set.jsonld")
    items = json.loads((tmp_path / "set.jsonld").read_text(encoding="utf-8"))["first"]["items"]
    quotes = {
        body["value"]: [s["exact"] for s in item["target"]["selector"] if "exact" in s]
        for item in items
        for body in item["body"]
        if body["value"].startswith("note ")
    }
    assert quotes == {"note before": [NOTES["before"]], "note after": [NOTES["after"]]}
    [text] = (tmp_path / "set-text").rglob("*.txt")
    _check_page_text(text.read_text(encoding="utf-8"))


def test_csv(lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export(capsys, lib, "csv", tmp_path / "set.csv")
    with (tmp_path / "set.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    notes = {r["note"]: r["quote"] for r in rows if r["kind"] == "note"}
    assert notes == {"note before": NOTES["before"], "note after": NOTES["after"]}
    [redaction] = [r for r in rows if r["kind"] == "redaction"]
    assert set(redaction["quote"].split()) == {MASK * n for n in (2, 3, 4, 5, 9)}


def test_the_pdf_burns_the_same_boxes(
    lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export(capsys, lib, "pdf", tmp_path / "out.pdf")
    with pymupdf.open(tmp_path / "out.pdf") as doc:
        said = doc[0].get_text()
        doc[0].get_pixmap(dpi=150).save(tmp_path / "pdf.png")
    _check_words(said, "pdf")
    _check_image(tmp_path / "pdf.png", 150)


def test_the_iiif_export_still_catches_a_leak_of_the_quote(
    lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export reads its page text and images back: a line box of the quote left unpainted,
    or one quoted word left in the text, and nothing is written."""
    monkeypatch.setattr(iiif, "PageImagePool", InProcessImages)
    with Library.open(lib) as library:
        export_iiif(library, tmp_path / "fine")  # (the check passes on what it should publish)
        painted: list[int] = []
        paint = page_images.paint

        def all_but_the_last_line(image: Image.Image, boxes: Sequence[PixelBox]) -> None:
            # (the last line's box, and the quoted words' boxes painted whole on that line)
            painted.append(len(boxes))
            _, y, _, h = boxes[1]
            paint(image, [b for b in boxes if not (b[1] < y + h and y < b[1] + b[3])])

        monkeypatch.setattr(page_images, "paint", all_but_the_last_line)
        with pytest.raises(ExportError, match="shows pixels inside the burned-in region"):
            export_iiif(library, tmp_path / "unpainted")
        assert painted and not (tmp_path / "unpainted").exists()
        monkeypatch.setattr(page_images, "paint", paint)

        def one_word_left(folder: Path, page: PageSpace) -> None:
            start = page.raw_text.index("employing")
            leaked = page.text[:start] + "employing" + page.text[start + len("employing") :]
            path = folder / page.ids.path(page.text_id)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(leaked, encoding="utf-8")

        monkeypatch.setattr(iiif, "write_page_text", one_word_left)
        with pytest.raises(ExportError, match="still holds redacted characters"):
            export_iiif(library, tmp_path / "leaked")
        assert not (tmp_path / "leaked").exists()


def _line_of(word: str) -> int:
    return next(n for n, line in enumerate(LINES) if word in line.split())


def _covers(box: tuple[float, float, float, float], word: str, dpi: int) -> bool:
    """Whether ``box`` (x0, y0, x1, y1 in pixels at ``dpi``) holds the middle of ``word``."""
    x0, y0, x1, y1 = box_of(word)
    cx, cy = (x0 + x1) / 2 * dpi / 72, (y0 + y1) / 2 * dpi / 72
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _check_line_boxes(boxes: Sequence[tuple[float, float, float, float]], dpi: int) -> None:
    """One box per printed line of the quote: each holds the quoted words of its line, none
    holds a word beside the quote."""
    assert len(boxes) == 2, boxes
    for word in QUOTED:
        assert [_covers(b, word, dpi) for b in boxes] == [n == _line_of(word) - 1 for n in (0, 1)]
    for word in BEFORE + AFTER:
        assert not any(_covers(b, word, dpi) for b in boxes), word


_RECT = re.compile(r"M (\d+),(\d+) L (\d+),\2 L \3,(\d+) L \1,\4 Z")


def _svg_boxes(item: dict[str, Any]) -> list[tuple[float, float, float, float]]:
    """The rectangles of a redaction's SvgSelector (its first selector), with its fragment."""
    svg, fragment, *_ = item["target"]["selector"]
    assert svg["type"] == "SvgSelector" and fragment["type"] == "FragmentSelector"
    root = ElementTree.fromstring(svg["value"])
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    paths = [p.get("d") or "" for p in root.iter("{http://www.w3.org/2000/svg}path")]
    boxes = []
    for d in paths:
        found = _RECT.fullmatch(d)
        assert found, d
        boxes.append(tuple(float(v) for v in found.groups()))
    x, y, w, h = (int(v) for v in fragment["value"].removeprefix("xywh=").split(","))
    assert all(x <= b[0] and b[2] <= x + w and y <= b[1] and b[3] <= y + h for b in boxes)
    return boxes  # type: ignore[return-value]


def test_the_w3c_redaction_targets_a_box_per_line(
    lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export(capsys, lib, "w3c", tmp_path / "set.jsonld", "--dpi", "100")
    items = json.loads((tmp_path / "set.jsonld").read_text(encoding="utf-8"))["first"]["items"]
    [redaction] = [i for i in items if i["body"][0]["value"] == "B1"]
    _check_line_boxes(_svg_boxes(redaction), 100)


def test_the_iiif_redaction_targets_a_box_per_line(
    lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export(capsys, lib, "iiif", tmp_path / "site")
    [page] = (tmp_path / "site").rglob("annotations-0001.json")
    items = json.loads(page.read_text(encoding="utf-8"))["items"]
    [redaction] = [i for i in items if i["body"][0]["value"] == "B1"]
    _check_line_boxes(_svg_boxes(redaction), 150)


def test_the_csv_redaction_gives_a_box_per_line(
    lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export(capsys, lib, "csv", tmp_path / "set.csv")
    with (tmp_path / "set.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    [redaction] = [r for r in rows if r["kind"] == "redaction"]
    boxes = []
    for part in redaction["redaction_boxes"].split("; "):
        x, y, w, h = (float(v) for v in part.split(" "))
        boxes.append((x, y, x + w, y + h))
    _check_line_boxes(boxes, 72)  # (points)
    assert all(r["redaction_boxes"] == "" for r in rows if r["kind"] != "redaction")


W3C_CONTEXT = SHARED_DATA.parent / "standards" / "w3c" / "anno.jsonld"


def test_the_redaction_selectors_are_terms_of_the_w3c_context(
    lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every key and type of the selectors (the SvgSelector of a box per line among them) is a
    term the W3C Web Annotation context defines, so JSON-LD processors read them as written."""
    if not W3C_CONTEXT.is_file():
        pytest.skip(f"the W3C context is not at {W3C_CONTEXT}")
    terms = json.loads(W3C_CONTEXT.read_text(encoding="utf-8"))["@context"]
    export(capsys, lib, "w3c", tmp_path / "set.jsonld")
    items = json.loads((tmp_path / "set.jsonld").read_text(encoding="utf-8"))["first"]["items"]
    selectors = [s for i in items if isinstance(i["target"], dict) for s in i["target"]["selector"]]
    assert "SvgSelector" in {s["type"] for s in selectors}
    for selector in selectors:
        assert set(selector) <= set(terms), selector
        assert selector["type"] in terms, selector
    assert terms["value"] == "rdf:value" and terms["SvgSelector"] == "oa:SvgSelector"
