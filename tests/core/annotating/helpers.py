"""Helpers for the annotation service tests: a library holding a text PDF, spans of its words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.annotating.records import Span
from app.core.documents.ingest import import_file
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from tests.builders import make_text_pdf

ME = "Ada Historian"


TEXT = "SECRET memo on Operation Mongoose from the Deputy Director."


@dataclass(frozen=True)
class Doc:
    lib: Library
    document_id: DocumentId
    pages: tuple[PageId, ...]
    text: str  # the active text of the first page


def import_doc(lib: Library, folder: Path, pages: tuple[str, ...] = (TEXT, TEXT)) -> Doc:
    """Import a generated text PDF and return its page ids and first page's text."""
    folder.mkdir(parents=True, exist_ok=True)
    path = make_text_pdf(folder / f"memo-{len(list(folder.iterdir()))}.pdf", pages)
    outcome = import_file(lib, path)
    assert outcome.document_id is not None
    with lib.reading() as s:
        rows = (
            s.connection()
            .exec_driver_sql(
                "SELECT p.id, t.text FROM pages p JOIN text_layers t "
                "ON t.id = p.active_text_layer_id WHERE p.document_id = ? ORDER BY p.page_index",
                (outcome.document_id,),
            )
            .all()
        )
    return Doc(lib, outcome.document_id, tuple(PageId(r[0]) for r in rows), rows[0][1])


def span_of(doc: Doc, word: str) -> Span:
    start = doc.text.index(word)
    return Span(start, start + len(word))


def fts_corrected(lib: Library, page_id: PageId) -> str:
    with lib.reading() as s:
        return str(
            s.connection()
            .exec_driver_sql("SELECT corrected FROM page_text_fts WHERE rowid = ?", (page_id,))
            .scalar()
        )
