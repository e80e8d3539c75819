"""Building a page's text from its words, and writing a text layer in bulk.

A text layer's ``text`` joins its words: a space within a line, a newline between lines, a blank
line between blocks. Each word remembers its code-point span in that text, so annotations anchored
to text offsets and word boxes on the scan can be linked both ways.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

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


_WORD_INSERT = (
    'INSERT INTO words (text_layer_id, seq, text, start, "end", x0, y0, x1, y1, confidence, '
    "block, line, word) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def insert_text_layer(
    conn: Connection,
    page_id: int,
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
) -> tuple[int, str]:
    """Insert a text layer and its words with one executemany; return (layer id, text).

    ``text`` and ``spans`` may be given when the text is not simply the joined words (an imported
    companion text); otherwise they are built from ``words``.
    """
    if text is None or spans is None:
        text, spans = build_text(words)
    layer_id = _insert_layer(
        conn, page_id, (source, engine, engine_version, language, dpi), text, created_at
    )
    rows = [
        (layer_id, i, w.text, s, e, w.x0, w.y0, w.x1, w.y1, w.confidence, w.block, w.line, w.word)
        for i, (w, (s, e)) in enumerate(zip(words, spans, strict=True))
    ]
    if rows:
        conn.exec_driver_sql(_WORD_INSERT, rows)
    return layer_id, text


PdfWord = tuple[float, float, float, float, str, int, int, int]  # as PyMuPDF get_text("words")


def insert_pdf_words(
    conn: Connection,
    page_id: int,
    words: Sequence[PdfWord],
    *,
    created_at: datetime,
    engine_version: str,
) -> tuple[int, str]:
    """:func:`insert_text_layer` for PyMuPDF's word tuples, without a Python object per word.

    Import spends most of its time here, so it skips building a RawWord for each of the
    hundreds of thousands of words in a long document.
    """
    text, spans = layout_text((w[4], w[5], w[6]) for w in words)
    provenance = ("pdf-text-layer", "pymupdf", engine_version, None, None)
    layer_id = _insert_layer(conn, page_id, provenance, text, created_at)
    rows = [
        (layer_id, i, w[4], s, e, w[0], w[1], w[2], w[3], None, w[5], w[6], w[7])
        for i, (w, (s, e)) in enumerate(zip(words, spans, strict=True))
    ]
    conn.exec_driver_sql(_WORD_INSERT, rows)
    return layer_id, text


def _insert_layer(
    conn: Connection,
    page_id: int,
    provenance: tuple[str, str | None, str | None, str | None, int | None],
    text: str,
    created_at: datetime,
) -> int:
    """Insert the text_layers row; provenance is (source, engine, version, language, dpi)."""
    cur = conn.exec_driver_sql(
        "INSERT INTO text_layers (uuid, page_id, source, engine, engine_version, language, dpi, "
        "text, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (str(uuid.uuid4()), page_id, *provenance, text, created_at),
    )
    return int(cur.lastrowid or 0)


def set_active_layer(conn: Connection, page_id: int, layer_id: int, text: str) -> None:
    """Make ``layer_id`` the page's active text layer and index its text for search."""
    conn.exec_driver_sql(
        "UPDATE pages SET active_text_layer_id = ?, needs_ocr = ? WHERE id = ?",
        (layer_id, not text.strip(), page_id),
    )
    conn.exec_driver_sql("DELETE FROM page_text_fts WHERE rowid = ?", (page_id,))
    conn.exec_driver_sql(
        "INSERT INTO page_text_fts (rowid, text, corrected) VALUES (?, ?, '')", (page_id, text)
    )
