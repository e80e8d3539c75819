"""Pages as published resources: where each lies in pixels, and the ids of what an export writes.

The pixel space of a page is the page rendered at a resolution, rotated as shown
(:meth:`app.core.documents.render.PageGeometry.image_size` / ``to_image``): a IIIF canvas has that
size, the page image has it, and every ``xywh=`` an export writes counts in it. ALTO, PAGE and hOCR
exports use the same functions, so their coordinates match the canvases.

Ids are relative to the export folder's root by default, or absolute under a base URL. The
resolution is part of every id that depends on it (``<document>/150dpi/canvas/1``): the same page
published at two resolutions is two canvases, and an annotation made on one names its scale, so
it comes back to the right place (:func:`parse_page_ref`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import Connection

from app.core.documents.render import PageGeometry
from app.core.documents.textlayer import load_words
from app.core.documents.word_lines import line_boxes
from app.core.exchange.common import ExportError
from app.core.exchange.formats import CANVAS_DPI
from app.core.exchange.redacted import PageRedactions, mask, masked_spans
from app.core.ids import DocumentId, TextLayerId
from app.core.wording import translate
from db.wordpack import WordRow

DEFAULT_DPI = CANVAS_DPI
MIN_DPI, MAX_DPI = 36, 600
UUID_PATTERN = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_PAGE_REF = re.compile(
    rf"(?P<doc>{UUID_PATTERN})/(?:(?P<dpi>\d+)dpi/(?:canvas/(?P<canvas>\d+)|page-(?P<image>\d+)\.\w+)"
    rf"|text/page-(?P<text>\d+)\.txt)(?:$|[#?/])"
)


def check_dpi(dpi: int) -> int:
    """``dpi`` when the W3C and IIIF exports offer it (:data:`MIN_DPI` to :data:`MAX_DPI`: the
    resolution of the canvases and page images their selectors count pixels in); else the one
    ExportError both give, before anything is written."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ExportError(
            translate(
                "Redline", "a resolution of {dpi} dpi is not offered; use {MIN_DPI} to {MAX_DPI}"
            ).format(dpi=dpi, MIN_DPI=MIN_DPI, MAX_DPI=MAX_DPI)
        )
    return dpi


def base_of(base_url: str | None) -> str:
    """The prefix of every id: '' (relative to the folder's root) or the URL ending in '/'."""
    if not base_url:
        return ""
    return base_url if base_url.endswith("/") else base_url + "/"


@dataclass(frozen=True)
class PublishedIds:
    """Ids (and file paths in the export folder: the same strings without the base)."""

    base: str = ""
    dpi: int = DEFAULT_DPI
    text_base: str | None = None  # where page texts are, when not beside the canvases

    def collection(self) -> str:
        return f"{self.base}collection.json"

    def manifest(self, doc: str) -> str:
        return f"{self.base}{doc}/manifest.json"

    def canvas(self, doc: str, index: int) -> str:
        return f"{self.base}{doc}/{self.dpi}dpi/canvas/{index + 1}"

    def image(self, doc: str, index: int) -> str:
        return f"{self.base}{doc}/{self.dpi}dpi/page-{index + 1:04d}.jpg"

    def annotation_page(self, doc: str, index: int) -> str:
        return f"{self.base}{doc}/{self.dpi}dpi/annotations-{index + 1:04d}.json"

    def lines_page(self, doc: str, index: int) -> str:
        return f"{self.base}{doc}/{self.dpi}dpi/lines-{index + 1:04d}.json"

    def page_text(self, doc: str, index: int) -> str:
        base = self.base if self.text_base is None else self.text_base
        return f"{base}{doc}/text/page-{index + 1:04d}.txt"

    def annotation(self, doc: str, uuid: str) -> str:
        return f"{self.base}{doc}/annotation/{uuid}"

    def path(self, resource_id: str) -> str:
        """The file an id names, relative to the export folder (or to the texts' folder)."""
        if self.text_base is not None and resource_id.startswith(self.text_base):
            return resource_id.removeprefix(self.text_base)
        return resource_id.removeprefix(self.base)


@dataclass(frozen=True)
class PageRef:
    """A page named by a published id: its document, index and, for pixels, the resolution."""

    document: str
    index: int
    dpi: int | None  # None: the page text, which has no pixels


def parse_page_ref(resource_id: str) -> PageRef | None:
    """The page a canvas, page image or page text id names, whatever base URL it was given."""
    # The last match: a base URL may itself contain something that looks like an id.
    found = next(reversed(list(_PAGE_REF.finditer(resource_id))), None)
    if found is None:
        return None
    number = int(found["canvas"] or found["image"] or found["text"])
    if number < 1:
        return None
    dpi = int(found["dpi"]) if found["dpi"] else None
    return PageRef(found["doc"], number - 1, dpi)


@dataclass
class PageSpace:
    """One page of a document as an export publishes it: its pixel space, ids and masked text."""

    doc: str  # the document's uuid
    index: int
    geometry: PageGeometry
    ids: PublishedIds
    layer_id: TextLayerId | None
    raw_text: str
    redactions: PageRedactions = field(default_factory=PageRedactions)
    _words: dict[TextLayerId, list[WordRow]] = field(default_factory=dict)
    _texts: dict[TextLayerId, str] = field(default_factory=dict)
    _lines: dict[TextLayerId, list[tuple[float, float, float, float] | None]] = field(
        default_factory=dict
    )
    _conn: Connection | None = None

    @cached_property
    def size(self) -> tuple[int, int]:
        return self.geometry.image_size(self.ids.dpi)

    @property
    def canvas(self) -> str:
        return self.ids.canvas(self.doc, self.index)

    @property
    def text_id(self) -> str:
        return self.ids.page_text(self.doc, self.index)

    def words(self, layer_id: TextLayerId | None = None) -> list[WordRow]:
        """The words of a text layer of this page (default: the active one), loaded once."""
        layer = self.layer_id if layer_id is None else layer_id
        if layer is None or self._conn is None:
            return []
        if layer not in self._words:
            self._words[layer] = load_words(self._conn, layer)
        return self._words[layer]

    def line_boxes(
        self, layer_id: TextLayerId | None = None
    ) -> list[tuple[float, float, float, float] | None]:
        """The line boxes of a layer's words (:mod:`app.core.documents.word_lines`, the lines as
        the page is shown), made once."""
        layer = self.layer_id if layer_id is None else layer_id
        if layer is None:
            return []
        if layer not in self._lines:
            boxes = [w.box for w in self.words(layer)]
            self._lines[layer] = line_boxes(boxes, self.geometry.rotation)
        return self._lines[layer]

    def other_layer_text(self, layer_id: TextLayerId) -> str:
        """The raw text of another text layer of this page (an anchor may count into one)."""
        if layer_id not in self._texts and self._conn is not None:
            found = self._conn.exec_driver_sql(
                "SELECT text FROM text_layers WHERE id = ?", (layer_id,)
            ).scalar()
            self._texts[layer_id] = str(found or "")
        return self._texts.get(layer_id, "")

    @cached_property
    def text(self) -> str:
        """The active layer's text as published: characters under burned-in regions masked."""
        if self.layer_id is None:
            return self.raw_text
        return mask(self.raw_text, masked_spans(self.redactions, self.layer_id, self.words()))

    def pixels(self, box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
        """A box (x0, y0, x1, y1) in points of the unrotated page → integer x, y, w, h."""
        x, y, w, h = self.geometry.to_image(box, self.ids.dpi)
        return (x, y, w, h)

    def words_box(
        self, start: int, end: int, layer_id: TextLayerId | None = None, *, lines: bool = False
    ) -> tuple[float, float, float, float] | None:
        """The union of the boxes of the words a text span touches (points), if any has one; with
        ``lines``, of their line boxes (:mod:`app.core.documents.word_lines`), as a redaction
        covers them."""
        words = self.words(layer_id)
        every = self.line_boxes(layer_id) if lines else [w.box for w in words]
        boxes = [
            b
            for w, b in zip(words, every, strict=True)
            if b is not None and w.start < end and w.end > start
        ]
        return _union(boxes) if boxes else None

    def lines(self) -> Iterator[tuple[str, tuple[float, float, float, float]]]:
        """The active layer's lines as published: (text, box in points), in reading order."""
        text, line = self.text, None
        parts: list[str] = []
        boxes: list[tuple[float, float, float, float]] = []
        for w in self.words():
            if w.box is None:
                continue
            key = (w.block, w.line)
            if key != line and parts:
                yield " ".join(parts), _union(boxes)
                parts, boxes = [], []
            line = key
            parts.append(text[w.start : w.end])
            boxes.append(w.box)
        if parts:
            yield " ".join(parts), _union(boxes)


def _union(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def document_pages(
    conn: Connection,
    document_id: DocumentId,
    doc_uuid: str,
    ids: PublishedIds,
    redactions: dict[int, PageRedactions],
) -> list[PageSpace]:
    """Every page of a document as a :class:`PageSpace` (words are loaded when first asked)."""
    rows = conn.exec_driver_sql(
        "SELECT p.page_index, p.width, p.height, p.rotation, p.active_text_layer_id, t.text "
        "FROM pages p LEFT JOIN text_layers t ON t.id = p.active_text_layer_id "
        "WHERE p.document_id = ? ORDER BY p.page_index",
        (document_id,),
    ).all()
    return [
        PageSpace(
            doc_uuid,
            int(index),
            PageGeometry(float(width), float(height), int(rotation or 0)),
            ids,
            None if layer is None else TextLayerId(int(layer)),
            text or "",
            redactions.get(int(index), PageRedactions()),
            _conn=conn,
        )
        for index, width, height, rotation, layer, text in rows
    ]
