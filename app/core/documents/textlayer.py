"""Building a page's text from its words; writing a text layer and reading its words back.

A text layer's ``text`` joins its words: a space within a line, a newline between lines, a blank
line between blocks. Each word remembers its code-point span in that text, so annotations anchored
to text offsets and word boxes on the scan can be linked both ways.

A layer's words are stored packed in one ``layer_words`` row (:mod:`db.wordpack`) and always read
whole: every reader goes through :func:`load_words` or :func:`word_count`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.core.ids import PageId, TextLayerId
from db.reading import ReadConnection
from db.wordpack import WordColumns, WordRow, pack, unpack

if TYPE_CHECKING:  # (an import's page readers use this module without the database layer)
    from sqlalchemy import Connection


@dataclass(frozen=True, slots=True)
class RawWord:
    """A word as an extractor or OCR engine gives it (box in PDF points, unrotated page)."""

    text: str
    x0: float | None
    y0: float | None
    x1: float | None
    y1: float | None
    block: int = 0
    line: int = 0
    word: int = 0
    confidence: float | None = None


def layout_text(items: Iterable[tuple[str, int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Join (text, block, line) items into page text; return it and each item's span."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    prev_block = prev_line = None
    for text, block, line in items:
        if prev_block is not None:
            sep = "\n\n" if block != prev_block else ("\n" if line != prev_line else " ")
            parts.append(sep)
            pos += len(sep)
        parts.append(text)
        spans.append((pos, pos + len(text)))
        pos += len(text)
        prev_block, prev_line = block, line
    return "".join(parts), spans


def build_text(words: Sequence[RawWord]) -> tuple[str, list[tuple[int, int]]]:
    """Join ``words`` into page text; return it and each word's (start, end) code-point span."""
    return layout_text((w.text, w.block, w.line) for w in words)


@dataclass(frozen=True, slots=True)
class PackedLayer:
    """A text layer ready to insert: its text and its words packed (:mod:`db.wordpack`)."""

    text: str
    count: int
    data: bytes


def pack_words(
    words: Sequence[RawWord], spans: Sequence[tuple[int, int]], text: str
) -> PackedLayer:
    """Pack ``words``, whose code-point spans in ``text`` are ``spans``."""
    starts, ends = _columns(spans, 2)
    cols = WordColumns(
        [w.text for w in words],
        starts,
        ends,
        [w.x0 for w in words],
        [w.y0 for w in words],
        [w.x1 for w in words],
        [w.y1 for w in words],
        [w.confidence for w in words],
        [w.block for w in words],
        [w.line for w in words],
        [w.word for w in words],
    )
    return PackedLayer(text, len(words), pack(cols))


PdfWord = tuple[float, float, float, float, str, int, int, int]  # as PyMuPDF get_text("words")


def pack_pdf_words(words: Sequence[PdfWord]) -> PackedLayer:
    """Lay out and pack PyMuPDF's word tuples column-wise, without a Python object per word.

    Import spends much of its time here (hundreds of thousands of words in a long document), so
    it runs in the processes that extract the pages.
    """
    text, spans = layout_text((w[4], w[5], w[6]) for w in words)
    x0, y0, x1, y1, texts, block, line, word = _columns(words, 8)
    starts, ends = _columns(spans, 2)
    cols = WordColumns(texts, starts, ends, x0, y0, x1, y1, None, block, line, word)
    return PackedLayer(text, len(words), pack(cols))


def _columns(rows: Sequence[tuple[Any, ...]], width: int) -> list[Sequence[Any]]:
    """``rows`` transposed into ``width`` columns (empty columns when there are no rows)."""
    return list(zip(*rows, strict=True)) if rows else [()] * width


def insert_text_layer(
    conn: Connection,
    page_id: PageId,
    words: Sequence[RawWord],
    *,
    source: str,
    created_at: datetime,
    engine: str | None = None,
    engine_version: str | None = None,
    language: str | None = None,
    dpi: int | None = None,
    text: str | None = None,
    spans: Sequence[tuple[int, int]] | None = None,
    source_file: str | None = None,
) -> tuple[TextLayerId, str]:
    """Insert a text layer and its words; return (layer id, text).

    ``text`` and ``spans`` may be given when the text is not simply the joined words (an imported
    companion text); otherwise they are built from ``words``. ``source_file``: the name of the
    file an imported layer was read from.
    """
    if text is None or spans is None:
        text, spans = build_text(words)
    provenance = (source, engine, engine_version, language, dpi)
    packed = pack_words(words, spans, text)
    layer_id = insert_layer(conn, page_id, packed, provenance, created_at, source_file)
    return layer_id, text


Provenance = tuple[str, str | None, str | None, str | None, int | None]
"""(source, engine, engine version, language, dpi) of a text layer."""


UNINDEX = "DELETE FROM page_text_fts WHERE rowid = ?"
INDEX = "INSERT INTO page_text_fts (rowid, text, corrected) VALUES (?, ?, '')"
"""A page's text out of the search index, and into it (a row, or a list of rows at once)."""


def insert_layer(
    conn: Connection,
    page_id: PageId,
    layer: PackedLayer,
    provenance: Provenance,
    created_at: datetime,
    source_file: str | None = None,
) -> TextLayerId:
    """Insert a text layer and its packed words (no ``layer_words`` row when it has none)."""
    cur = conn.exec_driver_sql(
        "INSERT INTO text_layers (uuid, page_id, source, engine, engine_version, language, dpi, "
        "text, created_at, source_file) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id",
        (str(uuid.uuid4()), page_id, *provenance, layer.text, created_at, source_file),
    )
    layer_id = TextLayerId(int(cur.scalar_one()))
    if layer.count:
        conn.exec_driver_sql(
            "INSERT INTO layer_words (text_layer_id, count, data) VALUES (?,?,?)",
            (layer_id, layer.count, layer.data),
        )
    return layer_id


def load_words(conn: Connection, layer_id: TextLayerId) -> list[WordRow]:
    """The words of a text layer in reading order (``seq`` 0, 1, …)."""
    row = conn.exec_driver_sql(
        "SELECT data FROM layer_words WHERE text_layer_id = ?", (layer_id,)
    ).first()
    return [] if row is None else unpack(row[0])


def word_count(conn: ReadConnection, layer_id: TextLayerId) -> int:
    """How many words a text layer has, without unpacking them."""
    row = conn.exec_driver_sql(
        "SELECT count FROM layer_words WHERE text_layer_id = ?", (layer_id,)
    ).first()
    return 0 if row is None else int(row[0])


def set_active_layer(conn: Connection, page_id: PageId, layer_id: TextLayerId, text: str) -> None:
    """Make ``layer_id`` the page's active text layer and index its text for search."""
    conn.exec_driver_sql(
        "UPDATE pages SET active_text_layer_id = ?, needs_ocr = ? WHERE id = ?",
        (layer_id, not text.strip(), page_id),
    )
    conn.exec_driver_sql(UNINDEX, (page_id,))
    conn.exec_driver_sql(INDEX, (page_id, text))
