"""The corrected reading of a page: accepted corrections applied to its active text layer.

It is derived, never stored in the text layer. Where accepted corrections overlap, the most
recently modified one wins and the others are reported as overridden (a person sees both and can
reject one). The full-text index's ``corrected`` column holds that reading, or '' while a page has
no accepted correction (:func:`refresh_corrected_index`, inside each change that may alter it).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from app.core.annotating.records import no_page
from app.core.calls import library_call
from app.core.ids import PageId, TextLayerId
from app.core.library import Library
from db.models import Annotation, Page, TextLayer

ANN = cast(Table, Annotation.__table__)
PAGES = cast(Table, Page.__table__)
LAYERS = cast(Table, TextLayer.__table__)


@dataclass(frozen=True)
class CorrectedSpan:
    """One applied correction: its span in the original text and in the corrected text."""

    uuid: str
    start: int
    end: int
    corrected_start: int
    corrected_end: int
    original: str
    replacement: str


@dataclass(frozen=True)
class CorrectedText:
    """A page's original text, its corrected reading, and how the two line up."""

    page_id: PageId
    layer_id: TextLayerId | None
    original: str
    corrected: str
    spans: tuple[CorrectedSpan, ...]
    # (overridden uuid, uuid of the applied correction overlapping it): who hides whom
    overrides: tuple[tuple[str, str], ...] = ()

    @property
    def overridden(self) -> tuple[str, ...]:
        """The uuids of accepted corrections hidden by a later overlapping one."""
        return tuple(hidden for hidden, _ in self.overrides)

    def rivals(self, uuid: str) -> tuple[str, ...]:
        """The accepted corrections that overlap where correction ``uuid`` is, ``uuid`` among
        them: the applied one (the newest) first, then those it overrides, newest first; ``()``
        when none overlaps it (one correction of these words: nothing was chosen)."""
        shown = {by for hidden, by in self.overrides if uuid in (hidden, by)}
        if not shown:
            return ()
        winners = sorted(shown, key=self._applied_order)
        hidden = [h for w in winners for h, by in self.overrides if by == w]
        return tuple(dict.fromkeys([*winners, *hidden]))

    def _applied_order(self, uuid: str) -> int:
        return next((i for i, s in enumerate(self.spans) if s.uuid == uuid), len(self.spans))

    def to_corrected(self, offset: int) -> int:
        """Where an original offset lands in the corrected text (a corrected span's start)."""
        shift = 0
        for s in self.spans:
            if offset < s.start:
                break
            if offset < s.end:
                return s.corrected_start
            shift = s.corrected_end - s.end
        return offset + shift


def _corrections(db: Session | Connection, page_id: PageId, layer_id: TextLayerId) -> Sequence[Any]:
    return db.execute(
        select(ANN.c.uuid, ANN.c.start, ANN.c.end, ANN.c.body)
        .where(
            ANN.c.page_id == page_id,
            ANN.c.text_layer_id == layer_id,
            ANN.c.kind == "correction",
            ANN.c.status == "accepted",
            ANN.c.deleted.is_(False),
            ANN.c.orphaned.is_(False),
        )
        .order_by(ANN.c.modified_at.desc(), ANN.c.id.desc())
    ).all()


Kept = list[tuple[int, int, str, str]]  # (start, end, uuid, replacement), by start


def _keep(rows: Sequence[Any]) -> tuple[Kept, list[tuple[str, str]]]:
    """The corrections that apply, sorted by start and never overlapping, and the overridden,
    each with an applied one that overlaps it (the first from the left)."""
    kept: Kept = []
    overridden: list[tuple[str, str]] = []
    for uuid, start, end, body in rows:  # newest first: a later correction wins an overlap
        at = bisect.bisect_left(kept, (start,))
        if at > 0 and kept[at - 1][1] > start:
            overridden.append((uuid, kept[at - 1][2]))
        elif at < len(kept) and kept[at][0] < end:
            overridden.append((uuid, kept[at][2]))
        else:
            kept.insert(at, (start, end, uuid, json.loads(body)["replacement"]))
    return kept, overridden


def accepted_corrections(
    conn: Connection, page_id: PageId, layer_id: TextLayerId
) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of the corrections that apply to a page's layer, by start.

    The one rule for overlaps (the latest wins) for every reader: the text pane, the search
    index and the exports.
    """
    kept, _ = _keep(_corrections(conn, page_id, layer_id))
    return [(start, end, replacement) for start, end, _, replacement in kept]


def _derive(
    page_id: PageId, layer_id: TextLayerId | None, text: str, rows: Sequence[Any]
) -> CorrectedText:
    kept, overridden = _keep(rows)
    parts: list[str] = []
    spans: list[CorrectedSpan] = []
    pos = out = 0
    for start, end, uuid, replacement in kept:
        parts.append(text[pos:start])
        out += start - pos
        spans.append(
            CorrectedSpan(
                uuid, start, end, out, out + len(replacement), text[start:end], replacement
            )
        )
        parts.append(replacement)
        out += len(replacement)
        pos = end
    parts.append(text[pos:])
    layer = None if layer_id is None else TextLayerId(layer_id)
    return CorrectedText(
        PageId(page_id), layer, text, "".join(parts), tuple(spans), tuple(overridden)
    )


def read_corrected(
    session: Session,
    page_id: PageId,
    active: tuple[TextLayerId | None, str] | None = None,
) -> CorrectedText:
    """A page's corrected reading, inside the caller's transaction. ``active``: the page's
    active text layer and its text, where the caller has read them (the window's page read):
    not read again (on a team library each statement waits a round trip)."""
    if active is None:
        row = session.execute(
            select(PAGES.c.active_text_layer_id, LAYERS.c.text)
            .outerjoin(LAYERS, LAYERS.c.id == PAGES.c.active_text_layer_id)
            .where(PAGES.c.id == page_id)
        ).first()
        if row is None:
            raise no_page(page_id)
        active = row[0], row[1]
    layer_id, text = active
    if layer_id is None:
        return CorrectedText(PageId(page_id), None, "", "", ())
    return _derive(page_id, layer_id, text, _corrections(session, page_id, layer_id))


@library_call
def corrected_reading(lib: Library, page_id: PageId) -> CorrectedText:
    """The corrected reading of a page with the spans a UI needs to show original and corrected."""
    with lib.reading() as session:
        return read_corrected(session, page_id)


def refresh_corrected_index(session: Session, page_ids: Iterable[PageId]) -> None:
    """Rewrite the search index's corrected reading of these pages (inside the caller's change)."""
    conn = session.connection()
    for page_id in page_ids:
        reading = read_corrected(session, page_id)
        value = reading.corrected if reading.spans else ""
        conn.exec_driver_sql(
            "UPDATE page_text_fts SET corrected = ? WHERE rowid = ?", (value, page_id)
        )
