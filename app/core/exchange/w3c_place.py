"""Where a W3C annotation lies in a library: the page its target names, its region in points and
its text anchor, read back from what the IIIF and W3C exports (and Mirador, Annotorious) write.

The target's source (a canvas, page image or page text id, :func:`parse_page_ref`) names the
document by uuid (the same scan has the same uuid in every library), the page and the pixel
scale; ``xywh=`` (integers as Redline writes them, ``pixel:`` or ``percent:`` as Annotorious
does) goes back to points of the unrotated page through ``PageGeometry.from_image``; a
TextPositionSelector (checked against its TextQuoteSelector) or, failing that, the quote found in
the page's text gives the text anchor. A box that is the whole canvas means "the page", and one
that is just the text anchor's words' box (as the export derives it) is not kept as a region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from app.core.annotating.records import CONTEXT_CHARS
from app.core.documents.render import PageGeometry
from app.core.documents.textlayer import load_words
from app.core.exchange.canvas import PageRef, parse_page_ref
from app.core.exchange.record_rules import shortened
from app.core.exchange.redacted import MASK
from app.core.ids import DocumentId, TextLayerId
from app.core.wording import translate
from db.wordpack import WordRow

_FRAGMENT = re.compile(
    r"xywh=(?:(pixel|percent):)?(-?[\d.]+),(-?[\d.]+),(-?[\d.]+),(-?[\d.]+)$", re.IGNORECASE
)
TOLERANCE = 1.0  # pixels: the rounding of an exported box


class NotPlaced(Exception):
    """An annotation whose target names no page of this library (the message says why)."""


@dataclass
class LocalPage:
    geometry: PageGeometry
    layer_id: TextLayerId | None
    layer_source: str | None
    text: str
    conn: Connection
    _words: list[WordRow] | None = None

    def words_box(self, start: int, end: int) -> tuple[float, float, float, float] | None:
        if self.layer_id is None:
            return None
        if self._words is None:
            self._words = load_words(self.conn, self.layer_id)
        boxes = [w.box for w in self._words if w.box and w.start < end and w.end > start]
        if not boxes:
            return None
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )


@dataclass
class LocalDocument:
    id: DocumentId
    uuid: str
    pages: list[LocalPage] = field(default_factory=list)


class LocalDocuments:
    """The documents of a library, looked up by uuid once each (on the caller's connection)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.found: dict[str, LocalDocument | None] = {}

    def get(self, doc_uuid: str) -> LocalDocument | None:
        if doc_uuid not in self.found:
            self.found[doc_uuid] = self._load(doc_uuid)
        return self.found[doc_uuid]

    def _load(self, doc_uuid: str) -> LocalDocument | None:
        row = self.conn.exec_driver_sql(
            "SELECT id FROM documents WHERE uuid = ?", (doc_uuid,)
        ).first()
        if row is None:
            return None
        pages = self.conn.exec_driver_sql(
            "SELECT p.width, p.height, p.rotation, p.active_text_layer_id, t.source, t.text "
            "FROM pages p LEFT JOIN text_layers t ON t.id = p.active_text_layer_id "
            "WHERE p.document_id = ? ORDER BY p.page_index",
            (int(row[0]),),
        ).all()
        doc = LocalDocument(DocumentId(int(row[0])), doc_uuid)
        for width, height, rotation, layer, source, text in pages:
            geometry = PageGeometry(float(width), float(height), int(rotation or 0))
            layer_id = None if layer is None else TextLayerId(int(layer))
            doc.pages.append(LocalPage(geometry, layer_id, source, text or "", self.conn))
        return doc


@dataclass
class Placement:
    """An annotation's place: page, region (points, or None), text anchor, and the box as
    written (pixels at ``ref.dpi``), which the importer compares with a local annotation's."""

    document: LocalDocument
    ref: PageRef
    page: LocalPage
    region: dict[str, float] | None = None
    pixels: tuple[float, float, float, float] | None = None
    whole_page: bool = False
    text: dict[str, Any] | None = None
    # the box when it is only the text anchor's words' (not kept as a region: a redaction,
    # which needs one, takes it)
    words_region: dict[str, float] | None = None


def target_parts(annotation: dict[str, Any]) -> tuple[str, str | None, list[dict[str, Any]]]:
    """(source id, xywh fragment or None, selectors) of an annotation's first target."""
    target = annotation.get("target")
    if isinstance(target, list):
        target = target[0] if target else None
    if isinstance(target, str):
        named, _, fragment = target.partition("#")
        return named, fragment or None, []
    if not isinstance(target, dict):
        raise NotPlaced(translate("Redline", "it has no target"))
    source: Any = target.get("source", target.get("id"))
    source_id = source.get("id") if isinstance(source, dict) else source
    if not isinstance(source_id, str):
        raise NotPlaced(translate("Redline", "its target names no source"))
    source_id, _, fragment = source_id.partition("#")
    raw = target.get("selector", [])
    selectors = [s for s in (raw if isinstance(raw, list) else [raw]) if isinstance(s, dict)]
    for selector in selectors:
        if selector.get("type") == "FragmentSelector" and isinstance(selector.get("value"), str):
            fragment = selector["value"]
            break
    return source_id, fragment or None, selectors


def _fragment_pixels(
    fragment: str, size: tuple[int, int]
) -> tuple[float, float, float, float] | None:
    found = _FRAGMENT.search(fragment)
    if found is None:
        return None
    x, y, w, h = (float(v) for v in found.groups()[1:])
    if (found[1] or "").lower() == "percent":
        x, w = x * size[0] / 100, w * size[0] / 100
        y, h = y * size[1] / 100, h * size[1] / 100
    return (x, y, w, h)


def _region(
    page: LocalPage, pixels: tuple[float, float, float, float], dpi: int
) -> dict[str, float] | None:
    """Pixels at ``dpi`` → a region in points, clipped to the page; None when nothing is left."""
    x0, y0, x1, y1 = page.geometry.from_image(pixels, dpi)
    x0, y0 = max(0.0, x0), max(0.0, y0)
    x1, y1 = min(page.geometry.width, x1), min(page.geometry.height, y1)
    if x1 - x0 <= 0 or y1 - y0 <= 0:
        return None
    return {"x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0}


def _matches(published: str, local: str) -> bool:
    """Whether a published quote is the local text (characters masked in it match anything)."""
    return len(published) == len(local) and all(
        p in (c, MASK) for p, c in zip(published, local, strict=True)
    )


def _position(selector: dict[str, Any], exact: str | None, text: str) -> tuple[int, int] | None:
    """A TextPositionSelector's span when it lies in ``text`` and holds its quote."""
    start, end = selector.get("start"), selector.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        return None
    return (start, end) if exact is None or _matches(exact, text[start:end]) else None


def _span(selectors: list[dict[str, Any]], text: str) -> tuple[int, int] | None:
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), None)
    exact = str(quote.get("exact", "")) if quote else None
    span = None if position is None else _position(position, exact, text)
    if span is not None:
        return span
    if not exact or MASK in exact:
        return None
    prefix = str(quote.get("prefix", "")) if quote else ""
    suffix = str(quote.get("suffix", "")) if quote else ""
    found = [m.start() for m in re.finditer(re.escape(exact), text)]
    for start in found:
        end = start + len(exact)
        if text[:start].endswith(prefix) and text[end:].startswith(suffix):
            return start, end
    return (found[0], found[0] + len(exact)) if found else None


def _text_anchor(page: LocalPage, span: tuple[int, int]) -> dict[str, Any]:
    start, end = span
    return {
        "layer": page.layer_source,
        "start": start,
        "end": end,
        "quote": page.text[start:end],
        "prefix": page.text[max(0, start - CONTEXT_CHARS) : start],
        "suffix": page.text[end : end + CONTEXT_CHARS],
    }


def _near(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return all(abs(p - q) <= TOLERANCE for p, q in zip(a, b, strict=True))


def place(annotation: dict[str, Any], documents: LocalDocuments) -> Placement:
    """Where ``annotation`` lies in this library; NotPlaced when its target names no page here."""
    source, fragment, selectors = target_parts(annotation)
    ref = parse_page_ref(source)
    if ref is None:
        raise NotPlaced(
            translate("Redline", "its target {source} is not a page of a Redline export").format(
                source=shortened(source)
            )
        )
    doc = documents.get(ref.document)
    if doc is None:
        raise NotPlaced(
            translate("Redline", "its document {id} is not in this library").format(id=ref.document)
        )
    if ref.index >= len(doc.pages):
        raise NotPlaced(
            translate("Redline", "its page {page} is past the document's {count}").format(
                page=ref.index + 1, count=len(doc.pages)
            )
        )
    page = doc.pages[ref.index]
    out = Placement(doc, ref, page, whole_page=fragment is None)
    span = _span(selectors, page.text) if page.layer_id is not None else None
    if span is not None:
        out.text = _text_anchor(page, span)
    if fragment is not None and ref.dpi is not None:
        size = page.geometry.image_size(ref.dpi)
        pixels = _fragment_pixels(fragment, size)
        if pixels is not None:
            out.pixels = pixels
            out.whole_page = _near(pixels, (0, 0, *size))
            words = page.words_box(*span) if span is not None else None
            derived = words is not None and _near(pixels, page.geometry.to_image(words, ref.dpi))
            if not out.whole_page and not derived:
                out.region = _region(page, pixels, ref.dpi)
            elif derived:
                out.words_region = _region(page, pixels, ref.dpi)
    return out


def whole_page_region(page: LocalPage) -> dict[str, float]:
    return {"x": 0.0, "y": 0.0, "w": page.geometry.width, "h": page.geometry.height}
