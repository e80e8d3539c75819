"""Finding redaction boxes on page images, linking them to exemption codes, and leaky redactions.

A page is rendered at ``DPI`` and searched for rectangles in its pixels
(:mod:`app.core.detection.redaction_boxes`: solid black boxes, and white outlined ones).
Filled vector rectangles from ``page.get_drawings()`` are boxes too; one drawn over text or an
image that can still be extracted from the PDF is a *leaky* redaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pymupdf

from app.core.detection.markings import detect_markings
from app.core.detection.redaction_boxes import DPI, ink, raster_boxes_of_ink
from app.core.detection.redaction_forms import grid_cell, printed_label
from app.core.detection.redaction_notes import IMAGE_UNDER, LAYER_HOLDS, WORDS_UNDER
from app.core.processes import worker_document
from app.core.wording import Text

CODE_REACH = 200.0  # points from a box an exemption code may be printed


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in PDF points of the unrotated page (origin top-left)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def area(self) -> float:
        return max(0.0, self.x1 - self.x0) * max(0.0, self.y1 - self.y0)

    def iou(self, other: Box) -> float:
        ix = max(0.0, min(self.x1, other.x1) - max(self.x0, other.x0))
        iy = max(0.0, min(self.y1, other.y1) - max(self.y0, other.y0))
        inter = ix * iy
        union = self.area + other.area - inter
        return inter / union if union > 0 else 0.0


@dataclass(frozen=True)
class Redaction:
    """A redaction found on a page: where, what kind, which codes, and any leak."""

    box: Box
    kind: str  # solid | outlined | vector
    exemptions: tuple[str, ...] = ()
    share: float = 0.0  # of the page area
    leaky: bool = False
    notes: tuple[Text, ...] = field(default_factory=tuple)

    @property
    def rule_id(self) -> str:
        return f"redaction.{self.kind}"


def render_gray(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[
        :, : pix.width
    ]


def to_points(page: pymupdf.Page, px: tuple[int, ...], dpi: int) -> Box:
    """Pixel box of the rendered (rotated) page to points of the unrotated page."""
    zoom = dpi / 72.0
    rect = pymupdf.Rect(px[0] / zoom, px[1] / zoom, px[2] / zoom, px[3] / zoom)
    rect = rect * page.derotation_matrix
    rect.normalize()
    return Box(rect.x0, rect.y0, rect.x1, rect.y1)


def vector_boxes(page: pymupdf.Page) -> list[Box]:
    """Filled dark rectangles drawn on the page (a redaction tool's black boxes)."""
    out = []
    for d in page.get_drawings():
        fill = d.get("fill")
        rect = d.get("rect")
        if fill is None or rect is None or max(fill) > 0.2:
            continue
        if rect.width >= 10 and rect.height >= 5:
            out.append(Box(rect.x0, rect.y0, rect.x1, rect.y1))
    return out


@dataclass(frozen=True, slots=True)
class PageWord:
    """A word of the page with its box in points of the unrotated page."""

    text: str
    box: Box
    block: int = 0
    line: int = 0


def pdf_words(page: pymupdf.Page) -> list[PageWord]:
    """The words PyMuPDF can extract from the page."""
    return [
        PageWord(w[4], Box(w[0], w[1], w[2], w[3]), int(w[5]), int(w[6]))
        for w in page.get_text("words")
    ]


def exemption_codes(words: Sequence[PageWord]) -> list[tuple[str, Box]]:
    """Exemption codes printed on the page, each with the box of its words."""
    lines: dict[tuple[int, int], list[PageWord]] = {}
    for w in words:
        lines.setdefault((w.block, w.line), []).append(w)
    out = []
    for line in lines.values():
        text, spans, pos = "", [], 0
        for w in line:
            spans.append((pos, pos + len(w.text)))
            text += w.text + " "
            pos += len(w.text) + 1
        for d in detect_markings(text):
            if d.category != "exemption":
                continue
            inside = [
                w.box for w, (s, e) in zip(line, spans, strict=True) if s < d.end and d.start < e
            ]
            out.append((d.value, _union(inside)))
    return out


def _union(boxes: Sequence[Box]) -> Box:
    return Box(
        min(b.x0 for b in boxes),
        min(b.y0 for b in boxes),
        max(b.x1 for b in boxes),
        max(b.y1 for b in boxes),
    )


def _distance(code: Box, box: Box) -> float:
    """How far a code is from a box: beside it on the same band, or inside it; else infinite."""
    cy = (code.y0 + code.y1) / 2
    if not box.y0 - 14 <= cy <= box.y1 + 14:
        return float("inf")
    if code.x0 >= box.x1 - 2:
        gap = code.x0 - box.x1
    elif code.x1 <= box.x0 + 2:
        gap = box.x0 - code.x1
    else:
        gap = 0.0
    return max(gap, 0.0) if gap <= CODE_REACH else float("inf")


def _link_codes(boxes: Sequence[Box], codes: Sequence[tuple[str, Box]]) -> list[list[str]]:
    linked: list[list[str]] = [[] for _ in boxes]
    for value, where in codes:
        dists = [_distance(where, b) for b in boxes]
        if dists and min(dists) < float("inf"):
            target = linked[dists.index(min(dists))]
            if value not in target:
                target.append(value)
    return linked


def _words_under(box: Box, words: Sequence[PageWord]) -> list[PageWord]:
    def centre_in(b: Box) -> bool:
        cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
        return box.x0 <= cx <= box.x1 and box.y0 <= cy <= box.y1

    return [w for w in words if centre_in(w.box)]


def _leaks(page: pymupdf.Page, box: Box, words: Sequence[PageWord]) -> list[Text]:
    """What can still be extracted from under a drawn box: its words, and images (messages: the
    window's language in the detection's report; stored in the proposal's note in English)."""
    notes: list[Text] = []
    under = [w.text for w in _words_under(box, words) if sum(c.isalnum() for c in w.text) >= 2]
    if under:
        notes.append(WORDS_UNDER.format(n=len(under)))
    rect = pymupdf.Rect(box.x0, box.y0, box.x1, box.y1)
    for img in page.get_images(full=True):
        if any(r.intersects(rect) for r in page.get_image_rects(img[0])):
            notes.append(IMAGE_UNDER)
            break
    return notes


_PROSE_WORD = re.compile(r"[A-Za-z]*[a-z]{3,}[A-Za-z]*[.,;:]?")
_WORD = re.compile(r"[A-Za-z]{3,}[.,;:]?")


def _prose_under(box: Box, words: Sequence[PageWord]) -> list[PageWord]:
    return [w for w in _words_under(box, words) if _PROSE_WORD.fullmatch(w.text)]


def _words_within(box: Box, words: Sequence[PageWord], slack: float = 1.0) -> list[PageWord]:
    """Words of three letters or more wholly inside ``box``: OCR layers misplace words a
    little, so only whole words inside were printed inside."""
    return [
        w
        for w in words
        if _WORD.fullmatch(w.text)
        and w.box.x0 >= box.x0 - slack
        and w.box.x1 <= box.x1 + slack
        and w.box.y0 >= box.y0 - slack
        and w.box.y1 <= box.y1 + slack
    ]


def _layer_leak(box: Box, words: Sequence[PageWord]) -> list[Text]:
    """A box burned into the scan hides its pixels, but a text layer made before the box was
    drawn still holds the words; OCR of the box itself gives rules (~~~, \\), not prose."""
    prose = _prose_under(box, words)
    if len(prose) >= 3:
        return [LAYER_HOLDS.format(n=len(prose))]
    return []


def find_redactions(
    page: pymupdf.Page, words: Sequence[PageWord] | None = None, *, dpi: int = DPI
) -> list[Redaction]:
    """Every redaction box on ``page`` with its linked exemption codes, share and leaks."""
    words = pdf_words(page) if words is None else words
    vectors = vector_boxes(page)
    found: list[tuple[str, Box]] = [("vector", b) for b in vectors]
    gray = render_gray(page, dpi)
    printed: list[Box] = []  # rectangles that look like a form's cells or header bars
    dark, faint = ink(gray)
    for kind, px in raster_boxes_of_ink(dark, faint, dpi):
        box = to_points(page, px, dpi)
        # An outline around words the text layer can read is a form's frame, not a redaction.
        framed = kind == "outlined" and len(_words_within(box, words)) >= 2
        if all(box.iou(v) < 0.5 for v in vectors) and not framed:
            found.append((kind, box))
            if grid_cell(dark, px, dpi) if kind == "outlined" else printed_label(dark, px):
                printed.append(box)
    found.sort(key=lambda kb: (kb[1].y0, kb[1].x0))
    codes = _link_codes([b for _, b in found], exemption_codes(words) if found else [])
    # A form's cell or bar is not proposed, unless a code printed beside it says it is redacted.
    kept = [(kb, c) for kb, c in zip(found, codes, strict=True) if c or kb[1] not in printed]
    found, codes = [kb for kb, _ in kept], [c for _, c in kept]
    page_area = page.cropbox.width * page.cropbox.height or 1.0
    out = []
    for (kind, box), linked in zip(found, codes, strict=True):
        notes = _leaks(page, box, words) if kind == "vector" else _layer_leak(box, words)
        out.append(
            Redaction(box, kind, tuple(linked), box.area / page_area, bool(notes), tuple(notes))
        )
    return out


def source_page(source: str, kind: str, index: int) -> pymupdf.Page:
    """Worker process: page ``index`` of the library source (kept open for the worker's next
    page). A page the source no longer has (a damaged page tree, which MuPDF reads as fewer
    pages once it has walked it) raises, to be warned of: it is not searched."""
    doc = worker_document(source, "pdf" if kind == "pdf" else None)
    if index >= doc.page_count:
        raise ValueError(f"the file has only {doc.page_count} readable pages; it may be damaged")
    page: pymupdf.Page = doc.load_page(index)
    return page


def page_redactions(source: str, kind: str, index: int, words: list[PageWord]) -> list[Redaction]:
    """Worker process: the redaction boxes of page ``index`` of the library source ``source``
    (detection's search; rendering holds the GIL, so not in the process that asks). The source
    stays open for the worker's next page; this module is preloaded by the fork server."""
    return find_redactions(source_page(source, kind, index), words)
