"""Re-anchoring a page's annotations from an old text layer onto a new one (after re-OCR).

An annotation's text anchor is its quote plus prefix/suffix at code-point offsets of one text
layer. When the page gets a new layer, the quote is looked for in the new text near its old
relative position: exactly first (prefix/suffix and distance pick among repeats), then with
RapidFuzz's tolerance for OCR differences. Found anchors move; the others are flagged orphaned and
keep pointing at the old layer, which is never deleted. No annotation is ever dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from rapidfuzz import fuzz
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.annotating.annotation_rows import ANN, LAYERS, SELECT_RECORDS, write_states
from app.core.annotating.reading import refresh_corrected_index
from app.core.annotating.records import AnnotationRecord, TextAnchor, anchor_at, record_from_row
from app.core.changelog import utcnow
from app.core.documents.textlayer import set_active_layer
from app.core.errors import NotFoundError
from app.core.ids import PageId, TextLayerId
from app.core.library import Library
from app.core.wording import translate

FUZZY_MIN_SCORE = 80.0
MIN_FUZZY_QUOTE = 4  # shorter quotes must match exactly: fuzz scores of 2-3 letters mean little
MAX_EXACT_CANDIDATES = 2000
SYSTEM_AUTHOR = "redline"


@dataclass(frozen=True)
class ReanchorReport:
    """How many annotations moved to the new layer, and which were orphaned (ids)."""

    moved: int
    orphaned: tuple[int, ...]


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    before = text[max(0, start - len(prefix)) : start] if prefix else ""
    after = text[end : end + len(suffix)] if suffix else ""
    score = fuzz.ratio(prefix, before) if prefix else 100.0
    return score + (fuzz.ratio(suffix, after) if suffix else 100.0)


def _best_exact(text: str, old: TextAnchor, hint: int) -> int | None:
    starts: list[int] = []
    pos = text.find(old.quote)
    while pos >= 0 and len(starts) < MAX_EXACT_CANDIDATES:
        starts.append(pos)
        pos = text.find(old.quote, pos + 1)
    if not starts:
        return None
    n = len(old.quote)

    def rank(s: int) -> float:
        distance = abs(s - hint) / max(len(text), 1)
        return _context_score(text, s, s + n, old.prefix, old.suffix) - 50.0 * distance

    return max(starts, key=rank)


def _refine(text: str, quote: str, start: int, end: int) -> tuple[int, int, float]:
    """Nudge a fuzzy hit's ends a few characters to the span most like ``quote``."""
    best = (start, end, -1.0)
    q = quote.casefold()
    for s in range(max(0, start - 3), min(len(text), start + 4)):
        for e in range(max(s + 1, end - 3), min(len(text), end + 3) + 1):
            score = fuzz.ratio(q, text[s:e].casefold())
            if score > best[2]:
                best = (s, e, score)
    return best


def _fuzzy(text: str, old: TextAnchor, hint: int) -> tuple[int, int] | None:
    if len(old.quote.strip()) < MIN_FUZZY_QUOTE:
        return None
    radius = max(400, len(text) // 4)
    lo = max(0, hint - radius)
    windows = [(lo, text[lo : hint + radius + len(old.quote)]), (0, text)]
    for offset, window in windows:
        hit = fuzz.partial_ratio_alignment(
            old.quote.casefold(), window.casefold(), score_cutoff=FUZZY_MIN_SCORE
        )
        if hit is not None and hit.score >= FUZZY_MIN_SCORE:
            s, e, score = _refine(text, old.quote, offset + hit.dest_start, offset + hit.dest_end)
            if score >= FUZZY_MIN_SCORE:
                return s, e
    return None


def locate(old: TextAnchor, old_text_len: int, new_text: str) -> TextAnchor | None:
    """Where ``old`` is in ``new_text`` (exact, else fuzzy near its old place), or None; the
    anchor found names no layer (``new_text``'s caller knows which it is)."""
    if not old.quote:
        return None
    hint = round(old.start * len(new_text) / max(old_text_len, 1))
    start = _best_exact(new_text, old, hint)
    if start is not None:
        return anchor_at(new_text, start, start + len(old.quote))
    span = _fuzzy(new_text, old, hint)
    return None if span is None else anchor_at(new_text, *span)


def _retarget(
    record: AnnotationRecord, layer_id: TextLayerId, text: str, old_len: int, now: datetime
) -> AnnotationRecord:
    """The record re-anchored onto ``text`` (layer ``layer_id``), or flagged orphaned."""
    old = record.text
    if old is None:
        return record
    found = locate(old, old_len, text)
    if found is None:
        return replace(record, orphaned=True, modified_at=now)
    anchor = replace(found, layer_id=TextLayerId(layer_id))
    return replace(record, text=anchor, orphaned=False, modified_at=now)


def _layer_lengths(session: Session, page_id: PageId) -> dict[int, int]:
    rows = session.execute(
        select(LAYERS.c.id, func.length(LAYERS.c.text)).where(LAYERS.c.page_id == page_id)
    ).all()
    return {int(layer): int(length or 0) for layer, length in rows}


def reanchor_page(
    session: Session, page_id: PageId, new_layer_id: TextLayerId, new_text: str, now: datetime
) -> ReanchorReport:
    """Move the page's text-anchored annotations onto ``new_layer_id``; flag those not found.

    Changes go through the annotation service's :func:`write_states` (full states in the change
    log, the corrected-text index kept in step), authored by ``redline``.
    """
    rows = session.execute(
        SELECT_RECORDS.where(ANN.c.page_id == page_id, ANN.c.deleted.is_(False))
    ).all()
    lengths = _layer_lengths(session, page_id)
    moves: list[tuple[str, AnnotationRecord | None, AnnotationRecord | None]] = []
    moved, orphaned = 0, []
    for record in map(record_from_row, rows):
        old = record.text
        if old is None or not old.quote or old.layer_id == new_layer_id:
            continue
        old_len = lengths.get(old.layer_id or -1, len(new_text))
        target = _retarget(record, new_layer_id, new_text, old_len, now)
        if target.orphaned:
            orphaned.append(int(record.id))
            if record.orphaned:
                continue  # already flagged: nothing to write
        else:
            moved += 1
        moves.append((record.uuid, record, target))
    if moves:
        write_states(session, moves, action="update", author=SYSTEM_AUTHOR)
    refresh_corrected_index(session, [page_id])
    return ReanchorReport(moved, tuple(orphaned))


def switch_active_layer(lib: Library, page_id: PageId, layer_id: TextLayerId) -> ReanchorReport:
    """Make another of the page's text layers the active one, carrying annotations onto it."""
    with lib.transaction() as session:
        conn = session.connection()
        row = conn.exec_driver_sql(
            "SELECT text FROM text_layers WHERE id = ? AND page_id = ?", (layer_id, page_id)
        ).first()
        if row is None:
            raise NotFoundError(
                translate("Redline", "page {page_id} has no text layer {layer_id}").format(
                    page_id=page_id, layer_id=layer_id
                )
            )
        set_active_layer(conn, page_id, layer_id, str(row[0]))
        return reanchor_page(session, page_id, layer_id, str(row[0]), utcnow())
