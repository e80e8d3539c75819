"""A library of real scans with redaction boxes drawn across word edges, and what each publication
of it hides, read back from the files (tests/acceptance/test_one_rule_real.py; the same reading
counted the words that changed hands when the publications took one rule, 2026-12-08).

The boxes, on every page chosen (:data:`PAGES`), by the page's own words: one ending 1, 2 and 3
pixels (at :data:`DPI`) inside a word, the word after it held whole; one ending half a point
before a word; one over the second half of a word a correction joins to the word before it; one
across the boundary of two lines (the lower half of a word and the upper half of the word under
it); and on jfk-104-10001-10034 page 2, the reviewer's box starting inside the "J" of "Johan".
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image

from app.core.documents.ingest import import_file
from app.core.documents.render import PageGeometry
from app.core.documents.textlayer import load_words
from app.core.exchange.canvas import PublishedIds
from app.core.exchange.common import ExportScope
from app.core.exchange.iiif import IiifOptions, export_iiif
from app.core.exchange.ocr_export import export_ocr
from app.core.exchange.ocr_layout import image_name
from app.core.exchange.ocr_readback import alto_words, hocr_pages, page_words
from app.core.exchange.pdf import PublicationOptions, export_pdf
from app.core.exchange.pdf_poppler import parse_bbox_html
from app.core.exchange.redacted import burned_redactions, readable
from app.core.exchange.text import corrected_span, export_text, page_corrections
from app.core.exchange.w3c import export_w3c, texts_folder
from app.core.exchange.withheld import word_boxes
from app.core.ids import DocumentId, TextLayerId
from app.core.library import Library
from app.core.ocr.run import ocr_documents
from app.core.safe_xml import parse_xml
from db.wordpack import WordRow
from tests.acceptance.publication_helpers import name_box_of
from tests.builders import SHARED_SCANS
from tests.core.exchange.helpers import add_annotation, page_info

DPI = 100  # of every page image published
PX = 72 / DPI  # a pixel, in points
# (scan, pages redacted, OCR it first)
PAGES: tuple[tuple[str, tuple[int, ...], bool], ...] = (
    ("cia-cib-02003053.pdf", (3, 7), False),
    ("cia-cib-02989474.pdf", (4,), False),
    ("ocrmypdf-sandwich.pdf", (0,), False),
    ("jfk-104-10001-10034.pdf", (1,), True),
)
FORMATS = ("pdf-mupdf", "pdf-poppler", "text", "w3c", "iiif", "alto", "page", "hocr")

Box = tuple[float, float, float, float]


def _add_span(lib: Library, doc_id: int, page: int, kind: str, start: int, end: int,
              body: dict[str, object]) -> None:  # fmt: skip
    """An annotation on the span ``start``-``end`` of a page's active layer."""
    _, layer_id, text = page_info(lib, doc_id, page)
    made = add_annotation(lib, doc_id, page, kind, body=body)
    with lib.transaction() as s:
        s.connection().exec_driver_sql(
            'UPDATE annotations SET text_layer_id = ?, start = ?, "end" = ?, quote = ? '
            "WHERE uuid = ?",
            (layer_id, start, end, text[start:end], made),
        )


def _lines(words: Sequence[WordRow]) -> list[list[int]]:
    """The page's printed lines of four words or more (words of three letters or more, with
    boxes), top to bottom, each left to right: a word joins the line whose last word's middle
    lies within its box's height."""
    lines: list[list[int]] = []
    for i in sorted((i for i, w in enumerate(words) if w.box is not None and len(w.text) >= 3),
                    key=lambda i: (words[i].box or (0, 0, 0, 0))[1]):  # fmt: skip
        _, y0, _, y1 = words[i].box or (0, 0, 0, 0)
        for line in lines:
            last = words[line[-1]].box or (0, 0, 0, 0)
            if y0 < (last[1] + last[3]) / 2 < y1:
                line.append(i)
                break
        else:
            lines.append([i])
    out = [sorted(ws, key=lambda i: (words[i].box or (0, 0, 0, 0))[0]) for ws in lines]
    return [ws for ws in out if len(ws) >= 4]


def _next_line(words: Sequence[WordRow], upper: list[int], lower: list[int]) -> bool:
    """Whether ``lower`` is the line printed right under ``upper``."""
    a, b = words[upper[0]].box, words[lower[0]].box
    assert a is not None and b is not None
    return b[1] - a[3] < 0.5 * (a[3] - a[1])


def _region(box: Box) -> tuple[float, float, float, float]:
    return (box[0], box[1], box[2] - box[0], box[3] - box[1])


def _draw_boxes(lib: Library, doc_id: int, page: int) -> int:
    """The boxes across word edges on one page (see the module doc); how many."""
    _, layer, _ = page_info(lib, doc_id, page)
    assert layer is not None
    with lib.reading() as s:
        words = load_words(s.connection(), TextLayerId(layer))
    lines = _lines(words)
    assert len(lines) >= 8, len(lines)
    made = 0
    red = {"exemptions": ["B6"]}
    for k, line in enumerate(lines[1:4], start=1):  # clipped by k pixels
        a, b = (words[i].box for i in line[1:3])
        assert a is not None and b is not None
        add_annotation(lib, doc_id, page, "redaction", body=red,
                       region=_region((a[2] - k * PX, b[1] - 1, b[2] + 1, b[3] + 1)))  # fmt: skip
        made += 1
    a, b = (words[i].box for i in lines[4][1:3])  # ending half a point before a word
    assert a is not None and b is not None
    add_annotation(lib, doc_id, page, "redaction", body=red,
                   region=_region((a[0], a[1], b[0] - 0.5, a[3])))  # fmt: skip
    i, j = lines[5][1:3]  # a corrected pair, the box over the second's second half
    first, second = words[i], words[j]
    _add_span(lib, doc_id, page, "correction", first.start, second.end,
              {"replacement": f"{first.text}{second.text}"})  # fmt: skip
    b = second.box
    assert b is not None
    add_annotation(lib, doc_id, page, "redaction", body=red,
                   region=_region(((b[0] + b[2]) / 2, b[1], b[2] + 2, b[3])))  # fmt: skip
    k = next(k for k in range(6, len(lines) - 1) if _next_line(words, lines[k], lines[k + 1]))
    upper = words[lines[k][1]].box  # across two lines: the word under the one chosen
    assert upper is not None
    below = [b for b in (words[i].box for i in lines[k + 1]) if b is not None]
    under = min(below, key=lambda bx: abs((bx[0] + bx[2]) - (upper[0] + upper[2])))
    add_annotation(lib, doc_id, page, "redaction", body=red, region=_region((
        upper[0], (upper[1] + upper[3]) / 2, upper[2], (under[1] + under[3]) / 2)))  # fmt: skip
    return made + 4


def build_library(folder: Path) -> tuple[Library, list[DocumentId]]:
    """The library of :data:`PAGES`, with the boxes drawn (see the module doc)."""
    lib = Library.open(folder)
    docs = []
    for name, pages, ocr in PAGES:
        doc_id = DocumentId(int(import_file(lib, SHARED_SCANS / name).document_id or 0))
        if ocr:
            assert ocr_documents(lib, [doc_id]).ok
        for page in pages:
            _draw_boxes(lib, doc_id, page)
        docs.append(doc_id)
        if name.startswith("jfk-104"):
            j = name_box_of(lib, doc_id)
            cut = j.x0 + 4
            add_annotation(lib, doc_id, 1, "redaction", body={"exemptions": ["B6"]},
                           region=(cut, j.y0 - 1, j.x1 + 2 - cut, j.height + 2))  # fmt: skip
    return lib, docs


@dataclass
class PageWords:
    """A redacted page's active layer: its words, where the rule finds them, the published
    boxes, and what the rule takes (:attr:`expected`), with the page's corrections."""

    doc_id: DocumentId
    uuid: str
    index: int
    geometry: PageGeometry
    words: list[WordRow]
    lines: list[Box | None]
    expected: set[int]
    grown: list[Box]
    boxes: list[Box]
    corrections: list[object] = field(default_factory=list)


def redacted_pages(lib: Library, docs: Sequence[DocumentId]) -> list[PageWords]:
    out = []
    with lib.reading() as s:
        conn = s.connection()
        for doc_id in docs:
            uuid = conn.exec_driver_sql("SELECT uuid FROM documents WHERE id = ?",
                                        (doc_id,)).scalar()  # fmt: skip
            for index, burned in sorted(burned_redactions(conn, doc_id).items()):
                page_id, width, height, rotation = conn.exec_driver_sql(
                    "SELECT id, width, height, rotation FROM pages WHERE document_id = ? AND "
                    "page_index = ?", (doc_id, index)).one()  # fmt: skip
                assert burned.layer is not None
                words = load_words(conn, burned.layer)
                out.append(PageWords(
                    doc_id, str(uuid), index, PageGeometry(width, height, rotation or 0), words,
                    word_boxes(words, rotation or 0), set(burned.hidden.words),
                    list(burned.grown), list(burned.boxes),
                    list(page_corrections(conn, page_id, burned.layer))))  # fmt: skip
    return out


def letters(text: str) -> str:
    return re.sub(r"[^\w]", "", text)


def words_kept(lib: Library, docs: Sequence[DocumentId]) -> dict[DocumentId, set[str]]:
    """Each document's words (their letters) that some page of it publishes: every word of its
    pages' active layers but those the rule takes."""
    out: dict[DocumentId, set[str]] = {}
    with lib.reading() as s:
        conn = s.connection()
        for doc_id in docs:
            burned = burned_redactions(conn, doc_id)
            kept = out.setdefault(doc_id, set())
            for index, layer in conn.exec_driver_sql(
                "SELECT page_index, active_text_layer_id FROM pages WHERE document_id = ? AND "
                "active_text_layer_id IS NOT NULL", (doc_id,)).all():  # fmt: skip
                taken = burned[index].hidden.words if index in burned else frozenset()
                words = load_words(conn, TextLayerId(layer))
                kept |= {letters(w.text) for i, w in enumerate(words) if i not in taken}
                # (poppler joins a word broken at a line's end: "pre-" "sentation")
                kept |= {letters(a.text + b.text) for i, (a, b) in enumerate(pairwise(words))
                         if a.text.endswith("-") and not {i, i + 1} & taken}  # fmt: skip
    return out


def publish(lib: Library, docs: Sequence[DocumentId], out: Path) -> None:
    """Every publication of each document, into ``out``/<format>/<document id>."""
    for doc_id in docs:
        scope = ExportScope(documents=[doc_id])
        d = str(doc_id)
        for fmt in ("pdf", "text", "w3c", "iiif", "alto", "page", "hocr"):
            (out / fmt).mkdir(parents=True, exist_ok=True)
        export_pdf(lib, out / "pdf" / f"{d}.pdf", scope,
                   options=PublicationOptions(print_codes=False))  # fmt: skip
        export_text(lib, out / "text" / f"{d}.txt", scope)
        export_w3c(lib, out / "w3c" / f"{d}.jsonld", scope, dpi=DPI)
        export_iiif(lib, out / "iiif" / d, scope, options=IiifOptions(dpi=DPI, print_codes=False))
        for fmt in ("alto", "page", "hocr"):
            export_ocr(lib, out / fmt / d, scope, fmt=fmt, dpi=DPI, images=True)


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(w, 0.0) * max(h, 0.0)


def _area(b: Box) -> float:
    return max(b[2] - b[0], 0.0) * max(b[3] - b[1], 0.0)


def _pixel_wide(b: Box) -> Box:
    """``b`` at least a pixel wide and high (a word of 0.2 points is written 0 pixels wide)."""
    x0, y0, x1, y1 = b
    dx, dy = max(PX - (x1 - x0), 0) / 2, max(PX - (y1 - y0), 0) / 2
    return (x0 - dx, y0 - dy, x1 + dx, y1 + dy)


def shown_at(page: PageWords, written: Sequence[tuple[Box, str]]) -> set[int]:
    """The words a file writes with a readable reading at their place: a written box that
    shares more than half of the smaller of it and the word's box (as stored, or its line box)."""
    shown = set()
    for box, text in written:
        if not readable(text):
            continue
        box = _pixel_wide(box)
        for i, (w, line) in enumerate(zip(page.words, page.lines, strict=True)):
            for mine in (w.box, line):
                if mine is None:
                    continue
                mine = _pixel_wide(mine)
                if _overlap(box, mine) > 0.5 * min(_area(box), _area(mine)):
                    shown.add(i)
    return shown


def _pixels_to_points(page: PageWords, box: tuple[int, int, int, int]) -> Box:
    x0, y0, x1, y1 = page.geometry.from_image(box, DPI)
    return (x0, y0, x1, y1)


def _ocr_written(out: Path, fmt: str, page: PageWords) -> list[tuple[Box, str]]:
    folder = out / fmt / str(page.doc_id)
    if fmt == "hocr":
        [path] = folder.rglob("*.hocr")
        words = hocr_pages(parse_xml(path.read_bytes(), path.name), path.name).get(page.index, [])
    else:
        [path] = folder.rglob(f"p{page.index + 1:04d}.{fmt}.xml")
        read = alto_words if fmt == "alto" else page_words
        words = list(read(parse_xml(path.read_bytes(), path.name), path.name))
    return [(_pixels_to_points(page, w.box), " ".join(w.texts)) for w in words]


def _pdf_written(out: Path, page: PageWords, reader: str) -> list[tuple[Box, str]]:
    path = out / "pdf" / f"{page.doc_id}.pdf"
    if reader == "mupdf":
        with pymupdf.open(path) as doc:
            p = doc[page.index]
            turn = p.derotation_matrix  # (points of the unrotated page, as the words are)
            # (every word, those OCR placed past the page's edge too: "Approved" on
            # cia-cib-02989474 page 5 ends 3 points below it)
            return [(tuple(pymupdf.Rect(w[:4]) * turn), w[4])
                    for w in p.get_text("words", clip=pymupdf.INFINITE_RECT())]  # fmt: skip
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page.index + 1), "-l",
                           str(page.index + 1), str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    [words] = parse_bbox_html(html)
    with pymupdf.open(path) as doc:
        turn = doc[page.index].derotation_matrix
    return [(tuple(r * turn), t) for r, t in words]


def _page_text(folder: Path, page: PageWords) -> str:
    return (folder / page.uuid / "text" / f"page-{page.index + 1:04d}.txt").read_text("utf-8")


def _corrected_pages(path: Path) -> list[str]:
    text = re.sub(r"^=== .* ===\n", "", path.read_text(encoding="utf-8"))
    return [re.sub(r"^\f?--- page \d+ ---\n", "", p)[:-1]
            for p in re.split(r"(?=\f--- page \d+ ---\n)", text)]  # fmt: skip


def hidden_by_format(out: Path, page: PageWords) -> dict[str, set[int]]:
    """For each publication, the page's words it does not publish."""
    every = set(range(len(page.words)))
    found: dict[str, set[int]] = {}
    for reader in ("mupdf", "poppler"):
        found[f"pdf-{reader}"] = every - shown_at(page, _pdf_written(out, page, reader))
    # poppler reads no word past the page's edge, published or not: those, as the rule says
    w, h = page.geometry.width, page.geometry.height
    off = {i for i, b in enumerate(page.lines) if b is not None
           and not (b[0] >= 0 and b[1] >= 0 and b[2] <= w and b[3] <= h)}  # fmt: skip
    found["pdf-poppler"] = (found["pdf-poppler"] - off) | (page.expected & off)
    [text] = _corrected_pages(out / "text" / f"{page.doc_id}.txt")[page.index : page.index + 1]
    found["text"] = {
        i for i, w in enumerate(page.words)
        if not readable(text[slice(*corrected_span(w.start, w.end, page.corrections))])  # type: ignore[arg-type]
    }  # fmt: skip
    for fmt, folder in (("w3c", texts_folder(out / "w3c" / f"{page.doc_id}.jsonld")),
                        ("iiif", out / "iiif" / str(page.doc_id))):  # fmt: skip
        raw = _page_text(folder, page)
        found[fmt] = {i for i, w in enumerate(page.words) if not readable(raw[w.start : w.end])}
    for fmt in ("alto", "page", "hocr"):
        found[fmt] = every - shown_at(page, _ocr_written(out, fmt, page))
    # (words the layer has no text for are no words of any output)
    blank = {i for i, w in enumerate(page.words) if not readable(w.text)}
    return {k: v - blank for k, v in found.items()}


def all_text(out: Path, doc_id: DocumentId) -> str:
    """Everything a reader finds in the document's publications: the PDF's text by both readers,
    and every text, JSON and XML file written."""
    d = str(doc_id)
    pdf = out / "pdf" / f"{d}.pdf"
    with pymupdf.open(pdf) as doc:
        parts = [p.get_text() for p in doc]
    parts.append(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                check=True).stdout)  # fmt: skip
    for path in (out / "text" / f"{d}.txt", out / "w3c" / f"{d}.jsonld"):
        parts.append(path.read_text("utf-8"))
    for folder in (texts_folder(out / "w3c" / f"{d}.jsonld"), out / "iiif" / d,
                   *(out / fmt / d for fmt in ("alto", "page", "hocr"))):  # fmt: skip
        parts += [p.read_text("utf-8") for p in folder.rglob("*")
                  if p.suffix in (".txt", ".json", ".xml", ".hocr")]  # fmt: skip
    return "\n".join(parts)


def images_of(out: Path, page: PageWords) -> Iterator[tuple[str, np.ndarray, float]]:
    """Each published image of the page, grey, with the darkest a painted pixel may be."""
    path = out / "pdf" / f"{page.doc_id}.pdf"
    with pymupdf.open(path) as doc:
        pix = doc[page.index].get_pixmap(dpi=DPI, colorspace=pymupdf.csGRAY)
    yield "pdf", np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width), 40
    ids = PublishedIds(dpi=DPI)
    iiif = out / "iiif" / str(page.doc_id) / ids.image(page.uuid, page.index)
    yield "iiif", np.asarray(Image.open(iiif).convert("L")), 60
    for fmt in ("alto", "page", "hocr"):
        [image] = (out / fmt / str(page.doc_id)).rglob(image_name(page.index))
        yield fmt, np.asarray(Image.open(image).convert("L")), 60


def unpainted(page: PageWords, grey: np.ndarray, darkest: float) -> list[int]:
    """The words taken whose line box (less a pixel each way, and 1 pt where it runs past the
    painted boxes: the rule's ragged edge) shows a pixel lighter than ``darkest``."""
    bad = []
    for i in sorted(page.expected):
        line = page.lines[i]
        if line is None:
            continue
        x, y, w, h = page.geometry.to_image(line, DPI)
        inner = grey[y + 1 : y + h - 1, x + 1 : x + w - 1]
        if inner.size and inner.max() > darkest:
            bad.append(i)
    return bad
