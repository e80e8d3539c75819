"""Whether a proposal's words already carry what it proposes: a live, accepted annotation (a
person's, or a proposal a person accepted) of the same kind saying the same over the same words
or box. Accepting such a proposal would say it twice (two markings SECRET of one banner, two
redactions of one box), so the accept is refused (:class:`AlreadyMarkedError`, raised by
:func:`refuse_twin` inside the accept's transaction), "accept all" leaves it proposed
(:mod:`.bulk_accept`), and the review says so when it steps onto it (:func:`already_marked`).

"The same" (docs/detection.md › Accepting what is already marked):

- the same page and kind; the same value: a marking's category and value as a person's is
  normalised ("Secret" is "SECRET") and whether it is struck (a struck SECRET, marked and
  then cancelled, is not a SECRET); a tag's tag; a correction's replacement. A redaction's box
  is its value: one box is redacted once, whatever codes either gives. Notes are commentary, not
  marks: two alike are two people saying it, and neither is held against the other;
- the same words: overlapping spans of the same text layer (a correction: the same span, as it
  replaces exactly those characters), else (either has no span there: a marking read from the
  scan, a box drawn on it) the same box, IoU >= :data:`SAME_BOX` as detection's own rule; a text
  annotation without a box is given its words' box.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.core.annotating.annotation_listing import read_annotations, records_query
from app.core.annotating.annotation_rows import ANN, TAGS, find_record, found_or_raise
from app.core.annotating.bodies import normalise_marking_value
from app.core.annotating.records import (
    AnnotationFilter,
    AnnotationRecord,
    Region,
    record_from_row,
)
from app.core.annotating.vocabulary import AnnotationError, Kind
from app.core.calls import library_call
from app.core.documents.textlayer import load_words
from app.core.ids import PageId, TextLayerId
from app.core.library import Library
from app.core.wording import Message, translate
from db.models import ChangeLog

_LOG = cast(Table, ChangeLog.__table__)
SAME_BOX = 0.5  # IoU from which two boxes are one (detection's rule: docs/detection.md)

BoxOf = Callable[[AnnotationRecord], Region | None]
MARKS: frozenset[Kind] = frozenset({"marking", "redaction", "tag", "correction"})  # (not notes)


@dataclass(frozen=True)
class AlreadyMarked:
    """A proposal whose words already carry what it proposes: ``twin`` says it, by ``by`` (who
    made it, or who accepted it when it was a proposal)."""

    proposal: str  # its uuid
    twin: AnnotationRecord
    by: str
    said: Message  # "These words are already marked SECRET by Rita."


class AlreadyMarkedError(AnnotationError):
    """An accept refused: the words already carry it (``found``); nothing was changed."""

    def __init__(self, found: AlreadyMarked) -> None:
        super().__init__(found.said)
        self.found = found


def value_of(rec: AnnotationRecord) -> tuple[Any, ...]:
    """What an annotation says, as two that say the same compare equal."""
    body: dict[str, Any] = dict(rec.body)
    if rec.kind == "marking":
        category = str(body.get("category", ""))
        value = normalise_marking_value(category, str(body.get("value", "")))
        return (category, value, body.get("struck") is True)
    if rec.kind == "tag":
        return (str(body.get("tag", "")),)
    if rec.kind == "correction":
        return (str(body.get("replacement", "")),)
    return ()  # a redaction: its box is what it says


def iou(a: Region, b: Region) -> float:
    ix = max(0.0, min(a.x + a.w, b.x + b.w) - max(a.x, b.x))
    iy = max(0.0, min(a.y + a.h, b.y + b.h) - max(a.y, b.y))
    inter = ix * iy
    union = a.w * a.h + b.w * b.h - inter
    return inter / union if union > 0 else 0.0


def same_place(a: AnnotationRecord, b: AnnotationRecord, box_of: BoxOf) -> bool:
    """Over the same words (spans of one layer) or, else, the same box."""
    if a.page_id != b.page_id:
        return False
    ta, tb = a.text, b.text
    if ta and tb and ta.layer_id is not None and ta.layer_id == tb.layer_id:
        if a.kind == "correction":
            return (ta.start, ta.end) == (tb.start, tb.end)
        return ta.start < tb.end and tb.start < ta.end
    ra, rb = box_of(a), box_of(b)
    return ra is not None and rb is not None and iou(ra, rb) >= SAME_BOX


def find_twin(
    proposal: AnnotationRecord, others: Iterable[AnnotationRecord], box_of: BoxOf
) -> AnnotationRecord | None:
    """The live accepted annotation of ``others`` that says what ``proposal`` says where it
    says it (a person's own before a proposal accepted), or None."""
    if proposal.kind not in MARKS:
        return None
    said = value_of(proposal)
    twins = [
        o
        for o in others
        if o.uuid != proposal.uuid
        and o.status == "accepted"
        and not o.deleted
        and o.kind == proposal.kind
        and value_of(o) == said
        and same_place(proposal, o, box_of)
    ]
    twins.sort(key=lambda o: o.origin != "person")
    return twins[0] if twins else None


def marked_proposals(
    records: Iterable[AnnotationRecord], box_of: BoxOf
) -> dict[str, AnnotationRecord]:
    """The proposals among ``records`` whose words already carry them (by uuid), each with the
    accepted annotation among ``records`` that says it: what the annotation list shows."""
    records = list(records)
    accepted: dict[PageId, list[AnnotationRecord]] = {}
    for r in records:
        if r.status == "accepted" and not r.deleted:
            accepted.setdefault(r.page_id, []).append(r)
    found: dict[str, AnnotationRecord] = {}
    for r in records:
        if r.status == "proposed" and not r.deleted:
            twin = find_twin(r, accepted.get(r.page_id, ()), box_of)
            if twin is not None:
                found[r.uuid] = twin
    return found


def layer_boxes(
    layer_id: TextLayerId | None, words: Sequence[tuple[int, int, Region | None]]
) -> BoxOf:
    """An annotation's box: its region, else the box of its words when they are of
    ``layer_id`` (a page's words as already read: nothing is read here)."""

    def box_of(rec: AnnotationRecord) -> Region | None:
        if rec.region is not None:
            return rec.region
        if rec.text is None or layer_id is None or rec.text.layer_id != layer_id:
            return None
        return words_box(words, rec.text.start, rec.text.end)

    return box_of


def words_box(
    words: Sequence[tuple[int, int, Region | None]], start: int, end: int
) -> Region | None:
    """The box around the words (start, end, box) a span touches; None when none has a box."""
    boxes = [b for s, e, b in words if b is not None and s < end and start < e]
    if not boxes:
        return None
    x0, y0 = min(b.x for b in boxes), min(b.y for b in boxes)
    x1, y1 = max(b.x + b.w for b in boxes), max(b.y + b.h for b in boxes)
    return Region(x0, y0, x1 - x0, y1 - y0)


def session_boxes(session: Session) -> BoxOf:
    """An annotation's box: its region, else its words' box (their layer read once)."""
    layers: dict[TextLayerId, list[tuple[int, int, Region | None]]] = {}

    def box_of(rec: AnnotationRecord) -> Region | None:
        if rec.region is not None:
            return rec.region
        if rec.text is None or rec.text.layer_id is None:
            return None
        layer = rec.text.layer_id
        if layer not in layers:
            layers[layer] = [
                (w.start, w.end, _word_region(w.x0, w.y0, w.x1, w.y1))
                for w in load_words(session.connection(), layer)
            ]
        return words_box(layers[layer], rec.text.start, rec.text.end)

    return box_of


def _word_region(
    x0: float | None, y0: float | None, x1: float | None, y1: float | None
) -> Region | None:
    if x0 is None or y0 is None or x1 is None or y1 is None or x1 <= x0 or y1 <= y0:
        return None
    return Region(x0, y0, x1 - x0, y1 - y0)


def read_twin(
    session: Session, proposal: AnnotationRecord, box_of: BoxOf | None = None
) -> AlreadyMarked | None:
    """Whether ``proposal``'s words already carry it, inside the caller's transaction."""
    others = read_annotations(
        session, AnnotationFilter(page_id=proposal.page_id, kind=proposal.kind, status="accepted")
    )
    twin = find_twin(proposal, others, box_of or session_boxes(session))
    return None if twin is None else marked_by(session, proposal.uuid, twin)


def marked_by(session: Session, proposal: str, twin: AnnotationRecord) -> AlreadyMarked:
    """The finding of ``twin`` for ``proposal``, saying who: a person's annotation its author,
    a proposal accepted the last one who changed it (who accepted it)."""
    by = twin.author
    if twin.origin != "person":
        logged = session.execute(
            select(_LOG.c.author)
            .where(_LOG.c.entity_uuid == twin.uuid)
            .order_by(_LOG.c.id.desc())
            .limit(1)
        ).scalar()
        by = str(logged or twin.author)
    return AlreadyMarked(proposal, twin, by, _said(session, twin, by))


def _said(session: Session, twin: AnnotationRecord, by: str) -> Message:
    body: dict[str, Any] = dict(twin.body)
    if twin.kind == "marking":
        value = str(body.get("value", ""))
        if body.get("struck") is True:
            return translate(
                "Redline", "These words are already marked {value}, struck through, by {who}."
            ).format(value=value, who=by)
        return translate("Redline", "These words are already marked {value} by {who}.").format(
            value=value, who=by
        )
    if twin.kind == "redaction":
        return translate("Redline", "This box is already redacted by {who}.").format(who=by)
    if twin.kind == "tag":
        name = session.execute(
            select(TAGS.c.name).where(TAGS.c.uuid == str(body.get("tag", "")))
        ).scalar()
        return translate("Redline", "These words are already tagged {tag} by {who}.").format(
            tag=str(name or body.get("tag", "")), who=by
        )
    return translate("Redline", "These words are already corrected to “{value}” by {who}.").format(
        value=str(body.get("replacement", "")), who=by
    )


def refuse_twin(session: Session, after: AnnotationRecord, before: AnnotationRecord) -> None:
    """An accept (``before`` not accepted, ``after`` accepted) of what the words already carry
    is refused: :class:`AlreadyMarkedError`."""
    if after.status != "accepted" or before.status == "accepted" or after.deleted:
        return
    found = read_twin(session, after)
    if found is not None:
        raise AlreadyMarkedError(found)


@library_call
def proposals_marked(lib: Library, records: Sequence[AnnotationRecord]) -> frozenset[str]:
    """The uuids of the proposals among ``records`` (a list as read) whose words already carry
    them: the accepted annotations of their pages are read (nothing when there is no proposal)."""
    proposals = [r for r in records if r.status == "proposed" and not r.deleted]
    if not proposals:
        return frozenset()
    pages = sorted({r.page_id for r in proposals})
    with lib.reading() as session:
        accepted = [
            r
            for i in range(0, len(pages), 500)  # (bounded IN lists: a document has many pages)
            for r in read_annotations_of_pages(session, pages[i : i + 500])
        ]
        return frozenset(marked_proposals([*accepted, *proposals], session_boxes(session)))


def read_annotations_of_pages(session: Session, pages: Sequence[PageId]) -> list[AnnotationRecord]:
    """The live accepted annotations of ``pages``."""
    query = records_query(AnnotationFilter(status="accepted")).where(ANN.c.page_id.in_(pages))
    return [record_from_row(row) for row in session.execute(query)]


@library_call
def already_marked(lib: Library, uuid: str) -> AlreadyMarked | None:
    """Whether the annotation ``uuid`` (a proposal, or a rejected one) says what its words
    already carry; None when it does not, or it is accepted or deleted itself."""
    with lib.reading() as session:
        rec = found_or_raise(uuid, find_record(session, uuid))
        if rec.status == "accepted" or rec.deleted:
            return None
        return read_twin(session, rec)
