"""What a page's redactions withhold from every publication, as the window shows it.

A person draws a box; the publications burn more than the box when it clips a word (the word is
taken whole, and the words it comes within a point of in turn: the one rule,
:mod:`app.core.exchange.withheld`). The window shows what will be burned and left out, worked
out as every publication works it out: :func:`~app.core.exchange.redacted.page_redactions`, read
afresh from the library (so the window cannot disagree with a publication made now). Only
accepted redactions a person did not leave visible burn in; a proposal burns nothing.

Besides, each word taken and each box grown is told by which redaction(s) it is taken (for the
tooltips): a word of a redaction's text anchor by that redaction, any other by the redaction
whose box is nearest it (all of those equally near) — the rule grows from every box at once, so
a word taken through a chain of words is told by the box the chain is nearest to.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import Connection

from app.core.annotating.vocabulary import burns_in
from app.core.documents.textlayer import load_words
from app.core.exchange.common import load_body
from app.core.exchange.redacted import page_redactions
from app.core.exchange.withheld import Box, Span, word_boxes
from app.core.ids import PageId, TextLayerId
from app.core.library import Library

By = tuple[str, ...]  # the uuids of the redactions that take something, in uuid order


@dataclass(frozen=True)
class Burner:
    """A burned-in redaction of the page: its uuid, its box (unrotated points; None: a text
    anchor only) and its text anchor on the page's active layer (None: a region only)."""

    uuid: str
    box: Box | None
    span: Span | None


@dataclass(frozen=True)
class PageWithheld:
    """What a page's burned-in redactions take from its active layer (``layer_id``): ``words``,
    each word taken (by ``seq``) and by whom; ``spans``, the spans of the layer's text every
    publication masks, each with by whom; ``grown``, the boxes painted besides the redactions'
    own (the words taken whole, beyond the box drawn), each with by whom."""

    page_id: PageId
    layer_id: TextLayerId | None = None
    words: Mapping[int, By] = field(default_factory=dict)
    spans: tuple[tuple[int, int, By], ...] = ()
    grown: tuple[tuple[Box, By], ...] = ()


_BURNERS = (
    'SELECT a.uuid, a.x, a.y, a.w, a.h, a.text_layer_id, a.start, a."end", a.body '
    "FROM annotations a WHERE a.page_id = ? AND a.kind = 'redaction' AND a.status = 'accepted' "
    "AND NOT a.deleted ORDER BY a.uuid"
)


def read_withheld(lib: Library, page_id: PageId) -> PageWithheld:
    """:func:`withheld_on_page`, in one read (the window's database worker calls it)."""
    with lib.snapshot() as session:
        return withheld_on_page(session.connection(), page_id)


def withheld_on_page(conn: Connection, page_id: PageId) -> PageWithheld:
    """What the page's burned-in redactions take from its active layer, as every publication
    takes it, and by whom."""
    redactions = page_redactions(conn, page_id)
    layer = redactions.layer
    hidden = redactions.hidden
    if layer is None or not (hidden.words or hidden.spans or hidden.grown):
        return PageWithheld(page_id, layer)
    burners = []
    for uuid, x, y, w, h, on, start, end, body in conn.exec_driver_sql(_BURNERS, (page_id,)):
        if not burns_in("accepted", load_body(body)):
            continue
        box = None if x is None else (float(x), float(y), float(x) + float(w), float(y) + float(h))
        anchored = on == layer and start is not None and end is not None
        burners.append(Burner(str(uuid), box, (int(start), int(end)) if anchored else None))
    words = load_words(conn, layer)
    boxes = word_boxes(words, redactions.rotation)
    taken = sorted(hidden.words)
    told = told_by_each(
        [boxes[i] for i in taken], [(words[i].start, words[i].end) for i in taken], burners
    )
    by_word = dict(zip(taken, told, strict=True))
    starts = [w.start for w in words]
    anchors: dict[Span, set[str]] = {}
    for b in burners:
        if b.span is not None:
            anchors.setdefault(b.span, set()).add(b.uuid)
    spans = []
    for start, end in hidden.spans:
        first = max(bisect_right(starts, start) - 1, 0)
        last = bisect_left(starts, end)
        inside = [by_word[i] for i in range(first, last) if i in by_word and words[i].end > start]
        by = tuple(sorted({u for told in inside for u in told} | anchors.get((start, end), set())))
        spans.append((start, end, by or told_by(None, (start, end), burners)))
    grown = told_by_each(hidden.grown, [None] * len(hidden.grown), burners)
    return PageWithheld(
        page_id,
        layer,
        {words[i].seq: by for i, by in by_word.items()},
        tuple(spans),
        tuple(zip(hidden.grown, grown, strict=True)),
    )


def told_by(box: Box | None, span: Span | None, burners: Sequence[Burner]) -> By:
    """Which of ``burners`` a word or a grown box (``box``; ``span``, a word's span of the
    active layer) is taken by: those whose text anchor holds part of ``span``; else those whose
    box is nearest ``box`` (all equally near: the boxes it meets, when it meets some); every
    one when neither tells."""
    return told_by_each([box], [span], burners)[0]


def told_by_each(
    boxes: Sequence[Box | None], spans: Sequence[Span | None], burners: Sequence[Burner]
) -> list[By]:
    """:func:`told_by` for each of ``boxes`` with its span, the distances to every box a
    batch of boxes at once (a page of 1,250 redactions taking thousands of words)."""
    anchored = [b for b in burners if b.span is not None]
    placed = [b for b in burners if b.box is not None]
    everyone = tuple(sorted(b.uuid for b in burners))
    out: list[By] = [everyone] * len(boxes)
    near: list[int] = []  # (those told by the nearest box)
    for k, (box, span) in enumerate(zip(boxes, spans, strict=True)):
        hits = [] if span is None else [b.uuid for b in anchored if _overlap(b.span, span)]
        if hits:
            out[k] = tuple(sorted(hits))
        elif box is not None and placed:
            near.append(k)
    at = np.array([b.box for b in placed], dtype=float).reshape(-1, 4)
    for n in range(0, len(near), _BATCH):
        batch = near[n : n + _BATCH]
        q = np.array([boxes[k] for k in batch], dtype=float)[:, None, :]
        dx = np.maximum(0.0, np.maximum(at[None, :, 0] - q[..., 2], q[..., 0] - at[None, :, 2]))
        dy = np.maximum(0.0, np.maximum(at[None, :, 1] - q[..., 3], q[..., 1] - at[None, :, 3]))
        far = np.hypot(dx, dy)
        nearest = far <= far.min(axis=1, keepdims=True) + 1e-6
        for row, k in enumerate(batch):
            out[k] = tuple(sorted(placed[j].uuid for j in np.flatnonzero(nearest[row]).tolist()))
    return out


_BATCH = 256  # boxes a batch (with 1,250 redactions: 320,000 distances, 2.5 MB each array)


def _overlap(a: Span | None, b: Span) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]
