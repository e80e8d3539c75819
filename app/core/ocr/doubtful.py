"""The doubtful-word queue: words a reviewer should check against the scan first.

A word is doubtful when the OCR engine was unsure of it (confidence below a threshold), or when
a companion text aligned to the same box reads it differently. Words come from each page's scan
layer (the layer with boxes, see :func:`app.core.ocr.companion.scan_layer_id`), in reading order, so
"next doubtful word" walks a document page by page.

A word a person has corrected (an accepted correction of the page's reading covers it) has been
checked: it carries what the correction reads (``corrected``), and the window and ``redline
doubtful`` leave it out of the queue (:func:`to_check`) and say how many they left out. A
correction of a companion text (the page's active layer then) covers the scan words its words
were aligned to: they carry those words' boxes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Connection

from app.core.annotating.reading import accepted_corrections
from app.core.calls import library_call
from app.core.documents.textlayer import load_words
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.library import Library
from app.core.ocr.align_words import normalise
from app.core.ocr.companion import IMPORTED, scan_layer_id
from app.core.ocr.run import document_pages
from db.wordpack import WordRow

DEFAULT_THRESHOLD = 60.0  # Tesseract confidence (0-100) below which a word is doubtful
Reason = Literal["low-confidence", "disagreement"]
Position = tuple[int, int]  # (page index, word seq)
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class DoubtfulWord:
    """A word to check: where it is (page, layer, seq, text span, box) and why it is doubtful."""

    page_id: PageId
    page_index: int
    text_layer_id: TextLayerId
    seq: int
    text: str
    start: int
    end: int
    box: Box | None
    confidence: float | None
    reasons: tuple[Reason, ...]
    other_reading: str | None = None  # what the companion text says, on a disagreement
    corrected: str | None = None  # what a person's correction of it reads (None: not corrected)


def _imported_readings(conn: Connection, page_id: PageId) -> dict[Box, str]:
    """Box -> word of the page's newest companion-text layer (aligned words only)."""
    row = conn.exec_driver_sql(
        "SELECT id FROM text_layers WHERE page_id = ? AND source = ? ORDER BY id DESC LIMIT 1",
        (page_id, IMPORTED),
    ).first()
    if row is None:
        return {}
    readings: dict[Box, str] = {}
    for w in load_words(conn, TextLayerId(row[0])):
        box = w.box
        if box is not None:
            readings[box] = f"{readings[box]} {w.text}" if box in readings else w.text
    return readings


# The pages of a document with a correction that may apply (accepted, on the active layer).
_CORRECTED_PAGES = """
SELECT DISTINCT p.id FROM annotations a JOIN pages p ON p.id = a.page_id
WHERE p.document_id = ? AND a.text_layer_id = p.active_text_layer_id AND a.kind = 'correction'
  AND a.status = 'accepted' AND a.deleted = false AND a.orphaned = false
"""


def _corrected_words(
    conn: Connection, page_id: PageId, scan_layer: TextLayerId, words: Sequence[WordRow]
) -> dict[int, str]:
    """Seq of each scan word the corrections of the page's reading cover -> what they read
    there (each correction's replacement; overlaps settled as the reading settles them)."""
    active = conn.exec_driver_sql(
        "SELECT active_text_layer_id FROM pages WHERE id = ?", (page_id,)
    ).scalar()
    if active is None:
        return {}
    fixes = accepted_corrections(conn, page_id, TextLayerId(active))
    if not fixes:
        return {}
    layer_words = words if active == scan_layer else load_words(conn, TextLayerId(active))
    covered: dict[int, str] = {}  # seq on the active layer -> replacement
    for start, end, replacement in fixes:
        for w in layer_words:
            if w.start < max(end, start + 1) and w.end > start:
                covered[w.seq] = replacement
    if active == scan_layer:
        return covered
    boxes = {w.box: covered[w.seq] for w in layer_words if w.seq in covered and w.box}
    return {w.seq: boxes[w.box] for w in words if w.box in boxes}


def _page_doubtful(
    conn: Connection,
    page_id: PageId,
    page_index: int,
    threshold: float,
    corrected: bool = True,
) -> list[DoubtfulWord]:
    """``corrected``: the page may have corrections (False: known to have none)."""
    layer = scan_layer_id(conn, page_id)
    if layer is None:
        return []
    readings = _imported_readings(conn, page_id)
    words = load_words(conn, layer)
    fixed = _corrected_words(conn, page_id, layer, words) if corrected else {}
    out: list[DoubtfulWord] = []
    for w in words:
        box, conf = w.box, w.confidence
        reasons: list[Reason] = []
        if conf is not None and conf < threshold:
            reasons.append("low-confidence")
        other = readings.get(box) if box is not None else None
        if other is not None and normalise(other.replace(" ", "")) != normalise(w.text):
            reasons.append("disagreement")
        if reasons:
            found = DoubtfulWord(page_id, page_index, layer, w.seq, w.text, w.start, w.end, box,
                                 conf, tuple(reasons), other, fixed.get(w.seq))  # fmt: skip
            out.append(found)
    return out


def is_word(word: DoubtfulWord) -> bool:
    """Has a letter or digit: lone punctuation Tesseract was unsure of is mostly noise (the
    window hides it unless asked, and so does `redline doubtful`)."""
    return any(ch.isalnum() for ch in word.text)


@library_call
def document_doubtful_words(
    lib: Library, doc_id: DocumentId, *, threshold: float = DEFAULT_THRESHOLD
) -> list[DoubtfulWord]:
    """The doubtful words of a document, page by page in reading order, those a person has
    corrected among them (marked ``corrected``)."""
    pages = document_pages(lib, doc_id)
    with lib.reading() as s:
        conn = s.connection()
        fixed = {PageId(r[0]) for r in conn.exec_driver_sql(_CORRECTED_PAGES, (doc_id,))}
        return [
            w
            for i, p in enumerate(pages)
            for w in _page_doubtful(conn, p, i, threshold, p in fixed)
        ]


@library_call
def page_corrected_words(lib: Library, page_id: PageId) -> dict[int, str]:
    """The page's scan words (by seq) a person's correction covers now, and what it reads
    there: for the queue to follow a correction made, changed or undone without reading the
    document again."""
    with lib.reading() as s:
        conn = s.connection()
        layer = scan_layer_id(conn, page_id)
        if layer is None:
            return {}
        return _corrected_words(conn, page_id, layer, load_words(conn, layer))


def to_check(words: Sequence[DoubtfulWord]) -> list[DoubtfulWord]:
    """The words still to check: those no person has corrected."""
    return [w for w in words if w.corrected is None]


def next_doubtful(words: Sequence[DoubtfulWord], after: Position | None = None) -> int | None:
    """Where in ``words`` (a queue in reading order) the first word after ``after`` (page index,
    word seq) is; from the start when ``after`` is None; None when no word follows."""
    return next(
        (i for i, w in enumerate(words) if after is None or (w.page_index, w.seq) > after), None
    )
