"""What the library holds: finding a document by the names people use, and describing it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select

from app.core.errors import NotFoundError
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from db.models import Document, DocumentMetadata, Page, TextLayer


@dataclass(frozen=True)
class PageSummary:
    id: PageId
    index: int
    width: float
    height: float
    rotation: int
    needs_ocr: bool
    review_status: str
    text_layers: list[str] = field(default_factory=list)  # sources, active one first


@dataclass(frozen=True)
class MetadataValue:
    value: str
    origin: str  # person | detector
    rule_id: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class DocumentInfo:
    id: DocumentId
    uuid: str
    title: str
    source_name: str
    source_sha256: str
    source_kind: str
    page_count: int
    pages_needing_ocr: int
    imported_at: datetime
    metadata: dict[str, MetadataValue] = field(default_factory=dict)
    pages: list[PageSummary] = field(default_factory=list)


def resolve_document(lib: Library, ref: str) -> DocumentId:
    """A document from its id, uuid, SHA-256 (or a prefix of 8+), title or original file name."""
    ref = ref.strip()
    conds = [Document.title == ref, Document.source_name == ref, Document.uuid == ref.lower()]
    if ref.isdigit():
        conds.append(Document.id == int(ref))
    if re.fullmatch(r"[0-9a-fA-F]{8,64}", ref):
        conds.append(Document.source_sha256.startswith(ref.lower()))
    with lib.reading() as s:
        ids = s.scalars(select(Document.id).where(or_(*conds)).limit(2)).all()
    if not ids:
        raise NotFoundError(f"No document “{ref}” in the library (try `redline list`).")
    if len(ids) > 1:
        raise NotFoundError(
            f"“{ref}” names more than one document; use its id from `redline list`."
        )
    return DocumentId(ids[0])


def all_document_ids(lib: Library) -> list[DocumentId]:
    """Every document, in import order (the library table pages through its own query)."""
    with lib.reading() as s:
        return [DocumentId(i) for i in s.scalars(select(Document.id).order_by(Document.id))]


def document_titles(lib: Library, doc_ids: Iterable[DocumentId]) -> dict[DocumentId, str]:
    """The titles of the documents ``doc_ids`` that exist (for reports that name them)."""
    ids = list(doc_ids)
    titles: dict[DocumentId, str] = {}
    with lib.reading() as s:
        for at in range(0, len(ids), 500):  # (SQLite's limit on bound parameters)
            rows = s.execute(
                select(Document.id, Document.title).where(Document.id.in_(ids[at : at + 500]))
            )
            titles.update({DocumentId(i): str(title) for i, title in rows})
    return titles


def _active_first(layers: list[tuple[int, str]], active: int | None) -> list[str]:
    return [src for lid, src in sorted(layers, key=lambda layer: layer[0] != active)]


def document_info(lib: Library, doc_id: DocumentId) -> DocumentInfo:
    """Everything about one document: its pages, their text layers, and its metadata."""
    with lib.reading() as s:
        doc = s.get(Document, doc_id)
        if doc is None:
            raise NotFoundError(f"No document with id {doc_id}.")
        pages = s.scalars(select(Page).where(Page.document_id == doc_id).order_by(Page.page_index))
        layers: dict[int, list[tuple[int, str]]] = {}
        for page_id, layer_id, source in s.execute(
            select(TextLayer.page_id, TextLayer.id, TextLayer.source)
            .join(Page, Page.id == TextLayer.page_id)
            .where(Page.document_id == doc_id)
            .order_by(TextLayer.id)
        ):
            layers.setdefault(page_id, []).append((layer_id, source))
        summaries = [
            PageSummary(
                PageId(p.id),
                p.page_index,
                p.width,
                p.height,
                p.rotation,
                p.needs_ocr,
                p.review_status,
                _active_first(layers.get(p.id, []), p.active_text_layer_id),
            )
            for p in pages
        ]
        meta = {
            m.key: MetadataValue(m.value, m.origin, m.rule_id, m.confidence)
            for m in s.scalars(
                select(DocumentMetadata).where(DocumentMetadata.document_id == doc_id)
            )
        }
        return DocumentInfo(
            DocumentId(doc.id),
            doc.uuid,
            doc.title,
            doc.source_name,
            doc.source_sha256,
            doc.source_kind,
            doc.page_count,
            sum(1 for p in summaries if p.needs_ocr),
            doc.imported_at,
            meta,
            summaries,
        )
