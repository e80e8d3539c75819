"""The ALTO, PAGE and hOCR files of an OCR export, and their page images, read back before the
document's folder is published (:mod:`app.core.exchange.readback` says why).

Each file is parsed again (lxml, the safe parser of :mod:`app.core.safe_xml`) into its words: their
boxes in pixels of the page image and every reading they carry (ALTO ``CONTENT`` and
``ALTERNATIVE``; PAGE ``TextEquiv``, and each line's and region's text, which must be its words';
hOCR ``ocrx_word`` text, and no text outside them). From the library, read afresh, come the
words a burned-in redaction covers (:func:`app.core.exchange.redacted.covered_words`, placed as
the export places words without a box, :func:`app.core.exchange.ocr_layout.fill_boxes`). No
written word with a readable character may stand at the place of a covered one: its box is a
covered word's box (as the layer has it: a word no correction changed; a scan's OCR boxes may
overlap, so a word is known by its own box first), or, where no word of the layer has its box (a
word a correction split or joined), the centre of either lies in the other, or, for a word a
correction joined across a line break, the covered word is one of the words at its two ends.
A page image must be black inside every burned box
(:func:`app.core.exchange.page_images.check_burned`).

Word boxes are compared in points of the unrotated page (:meth:`PageGeometry.from_image`), a pixel
of slack for rounding; a word that only reaches into a covered word's line (the strip of its box
above its letters, :mod:`app.core.documents.word_lines`) is not at its place.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.core.documents.render import PageGeometry
from app.core.documents.textlayer import load_words
from app.core.documents.word_lines import meets
from app.core.exchange.alto import ALTO_NS
from app.core.exchange.hocr import XHTML_NS
from app.core.exchange.ocr_layout import image_name
from app.core.exchange.page_images import PageImageError, check_burned
from app.core.exchange.page_xml import PAGE_NS
from app.core.exchange.readback import document_title, refused, unreadable
from app.core.exchange.redacted import (
    PageRedactions,
    burned_redactions,
    covered_words,
    readable,
)
from app.core.exchange.withheld import fill_boxes
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.safe_xml import XmlFileError, parse_xml, read_limited

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
PixelBox = tuple[int, int, int, int]  # x, y, w, h


@dataclass(frozen=True)
class WrittenWord:
    box: PixelBox
    texts: tuple[str, ...]  # every reading the file gives it


def _ints(values: Sequence[str | None], name: str) -> PixelBox:
    try:
        x, y, w, h = (int(float(v or "")) for v in values)
    except ValueError:
        raise unreadable(name, f"a word at {values!r}") from None
    return (x, y, w, h)


def alto_words(root: Any, name: str) -> Iterator[WrittenWord]:
    for el in root.iter(f"{{{ALTO_NS}}}String"):
        box = _ints([el.get(k) for k in ("HPOS", "VPOS", "WIDTH", "HEIGHT")], name)
        alternatives = [a.text or "" for a in el.iter(f"{{{ALTO_NS}}}ALTERNATIVE")]
        yield WrittenWord(box, (el.get("CONTENT") or "", *alternatives))


def _points_box(el: Any, name: str) -> PixelBox:
    coords = el.find(f"{{{PAGE_NS}}}Coords")
    try:
        points = [tuple(int(v) for v in p.split(",")) for p in coords.get("points").split()]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
    except (AttributeError, ValueError, IndexError):
        raise unreadable(name, "a word without its outline") from None
    return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _equivs(el: Any) -> list[str]:
    """The texts of an element's own TextEquiv children, by index."""
    found = el.findall(f"{{{PAGE_NS}}}TextEquiv")
    found.sort(key=lambda e: int(e.get("index") or 0))
    return [e.findtext(f"{{{PAGE_NS}}}Unicode") or "" for e in found]


def page_words(root: Any, name: str) -> Iterator[WrittenWord]:
    for region in root.iter(f"{{{PAGE_NS}}}TextRegion"):
        lines = []
        for line in region.findall(f"{{{PAGE_NS}}}TextLine"):
            words = line.findall(f"{{{PAGE_NS}}}Word")
            firsts = []
            for word in words:
                texts = _equivs(word)
                firsts.append(texts[0] if texts else "")
                yield WrittenWord(_points_box(word, name), tuple(texts))
            lines.append(" ".join(firsts))
            if _equivs(line) not in ([], [lines[-1]]):
                raise unreadable(name, f"the text of line {line.get('id')} is not its words'")
        if _equivs(region) not in ([], ["\n".join(lines)]):
            raise unreadable(name, f"the text of region {region.get('id')} is not its lines'")


_BBOX = re.compile(r"\bbbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)")
_PAGE_NO = re.compile(r"\bppageno\s+(\d+)")


def _classes(el: Any) -> list[str]:
    return str(el.get("class") or "").split()


def hocr_pages(root: Any, name: str) -> dict[int, list[WrittenWord]]:
    """The words of an hOCR document by page index (``ppageno``); no text outside a word."""
    pages: dict[int, list[WrittenWord]] = {}
    body = root.find(f"{{{XHTML_NS}}}body")
    if body is None:
        raise unreadable(name, "no body")
    for el in body.iter():
        if any("ocrx_word" in _classes(a) for a in el.iterancestors()):
            continue  # (a word's text)
        loose = [] if el is body else [el.tail]
        if "ocrx_word" not in _classes(el):
            loose.append(el.text)
        if any(t and t.strip() for t in loose):
            raise unreadable(name, "text outside the words")
    for page in body.iter():
        if "ocr_page" not in _classes(page):
            continue
        number = _PAGE_NO.search(str(page.get("title") or ""))
        if number is None:
            raise unreadable(name, "a page without its number")
        words = pages.setdefault(int(number.group(1)), [])
        for word in page.iter():
            if "ocrx_word" not in _classes(word):
                continue
            found = _BBOX.search(str(word.get("title") or ""))
            if found is None:
                raise unreadable(name, "a word without its box")
            x0, y0, x1, y1 = (int(v) for v in found.groups())
            words.append(WrittenWord((x0, y0, x1 - x0, y1 - y0), ("".join(word.itertext()),)))
    return pages


def _parse(path: Path, name: str) -> Any:
    try:
        return parse_xml(read_limited(path), name)
    except XmlFileError as exc:
        raise unreadable(name, str(exc)) from None


def _centre(box: Box) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def _holds(box: Box, point: tuple[float, float], slack: float) -> bool:
    return (
        box[0] - slack <= point[0] <= box[2] + slack
        and box[1] - slack <= point[1] <= box[3] + slack
    )


@dataclass
class _Page:
    """What the library says of one page: where its words are, and which a redaction covers."""

    index: int
    geometry: PageGeometry
    redactions: PageRedactions
    boxes: list[Box | None]
    lines: list[tuple[int, int]]  # each word's (block, line)
    covered: set[int]

    def at_place(self, written: Box, slack: float) -> bool:
        """Whether a written word (its box in points) stands at the place of a covered word."""
        near = [
            box
            for i in self.covered
            if (box := self.boxes[i]) is not None and meets(_grown(box, slack), written)
        ]
        if not near:
            return False
        same = [j for j, b in enumerate(self.boxes) if b is not None and _same(b, written, slack)]
        if same:  # the word as the layer has it (no correction changed its box): which one
            return any(j in self.covered for j in same)
        inner = [
            j for j, b in enumerate(self.boxes) if b is not None and _holds(written, _centre(b), 0)
        ]
        if inner and self.lines[inner[0]] != self.lines[inner[-1]]:
            # joined across a line break: the words at its two ends
            first = [j for j in inner if self.lines[j] == self.lines[inner[0]]]
            last = [j for j in inner if self.lines[j] == self.lines[inner[-1]]]
            return bool(self.covered.intersection((first[-1], last[0])))
        middle = _centre(written)
        return any(
            _holds(box, middle, slack) or _holds(written, _centre(box), slack) for box in near
        )


def _same(a: Box, b: Box, slack: float) -> bool:
    return all(abs(p - q) <= slack for p, q in zip(a, b, strict=True))


def _grown(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def _pages(conn: Connection, doc_id: DocumentId, pages: Collection[int]) -> Iterator[_Page]:
    redacted = burned_redactions(conn, doc_id)
    rows = conn.exec_driver_sql(
        "SELECT page_index, width, height, rotation, active_text_layer_id FROM pages "
        "WHERE document_id = ? ORDER BY page_index",
        (doc_id,),
    ).all()
    for index, width, height, rotation, layer in rows:
        if index not in pages:
            continue
        geometry = PageGeometry(float(width), float(height), int(rotation or 0))
        burned = redacted.get(int(index), PageRedactions())
        if layer is None or not (burned.boxes or burned.spans):
            yield _Page(int(index), geometry, burned, [], [], set())
            continue
        layer_id = TextLayerId(int(layer))
        words = load_words(conn, layer_id)
        boxes = fill_boxes(words)
        covered = covered_words(burned, layer_id, words)
        lines = [(w.block, w.line) for w in words]
        yield _Page(int(index), geometry, burned, boxes, lines, covered)


def check_ocr_folder(
    conn: Connection,
    folder: Path,
    fmt: str,
    doc_id: DocumentId,
    pages: Sequence[tuple[PageId, int]],
    dpi: int,
    images: bool,
) -> None:
    """Read back what an OCR export wrote of a document into ``folder`` (see the module doc)."""
    title = document_title(conn, doc_id)
    indices = {index for _, index in pages}
    hocr = None
    if fmt == "hocr":
        hocr = hocr_pages(_parse(folder / "document.hocr", "document.hocr"), "document.hocr")
    slack = 72 / dpi  # a pixel
    for page in _pages(conn, doc_id, indices):
        if not page.covered and not page.redactions.boxes:
            continue
        if hocr is not None:
            name, words = "document.hocr", hocr.get(page.index, [])
        else:
            name = f"p{page.index + 1:04d}.{fmt}.xml"
            read = alto_words if fmt == "alto" else page_words
            words = list(read(_parse(folder / name, name), name))
        for word in words:
            if any(readable(t) for t in word.texts):
                written = page.geometry.from_image(word.box, dpi)
                if page.at_place((written[0], written[1], written[2], written[3]), slack):
                    raise refused("word", page.index, title, name)
        if images and page.redactions.boxes:
            image = folder / image_name(page.index)
            burn = [page.geometry.to_image(box, dpi) for box in page.redactions.painted]
            try:
                check_burned(str(image), [(b[0], b[1], b[2], b[3]) for b in burn])
            except (PageImageError, OSError):
                raise refused("pixels", page.index, title, image.name) from None
