"""Annotations as the services return them: anchors, records, and the changes undo replays.

Frozen dataclasses, never ORM objects: the annotation service
(:mod:`app.core.annotating.annotations`, its rows in :mod:`app.core.annotating.annotation_rows`)
reads rows into :class:`AnnotationRecord` with :func:`record_from_row` and writes them back with
:func:`record_columns`; every change is an :class:`AnnotationChange` (the state before and
after), which undo, history and merge all use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import groupby
from typing import Any, cast

from app.core.annotating.vocabulary import AnnotationError, Body, Kind, Origin, Status
from app.core.errors import NotFoundError
from app.core.ids import AnnotationId, DocumentId, PageId, TagId, TextLayerId
from app.core.wording import translate


def no_page(page_id: int) -> NotFoundError:
    """The error of a page the library does not hold (deleted meanwhile, or never there)."""
    return NotFoundError(
        translate("Redline", "There is no page {page_id}.").format(page_id=page_id)
    )


@dataclass(frozen=True)
class Span:
    """A span a caller selects: code points of a text layer (None: the page's active layer)."""

    start: int
    end: int
    layer_id: TextLayerId | None = None


@dataclass(frozen=True)
class Region:
    """A rectangle in PDF points of the unrotated page, origin top-left."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class TextAnchor:
    """A stored text anchor; ``layer_id`` is None once its layer is gone (the quote remains)."""

    layer_id: TextLayerId | None
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


CONTEXT_CHARS = 32  # prefix/suffix kept with a text anchor, to find the quote again after re-OCR


def anchor_at(text: str, start: int, end: int, layer_id: TextLayerId | None = None) -> TextAnchor:
    """The anchor of ``text[start:end]``: the quote with up to CONTEXT_CHARS of context each side
    (every text anchor is made here: by a person, by the detector, by re-anchoring)."""
    return TextAnchor(
        layer_id,
        start,
        end,
        text[start:end],
        text[max(0, start - CONTEXT_CHARS) : start],
        text[end : end + CONTEXT_CHARS],
    )


@dataclass(frozen=True)
class AnnotationRecord:
    """An annotation as stored. ``body`` is a fresh dict per record; treat it as read-only."""

    id: AnnotationId
    uuid: str
    page_id: PageId
    kind: Kind
    status: Status
    text: TextAnchor | None
    region: Region | None
    tag_id: TagId | None
    body: Body
    origin: Origin
    rule_id: str | None
    confidence: float | None
    author: str
    created_at: datetime
    modified_at: datetime
    orphaned: bool
    deleted: bool
    in_conflict: bool = False  # a merge left a field of it for a person to decide

    def same_state(self, other: AnnotationRecord | None) -> bool:
        """Equal apart from the row id (a redone creation may get a new one)."""
        return other is not None and replace(self, id=other.id) == other


def reading_order(r: AnnotationRecord) -> tuple[float, float, float, int]:
    """Where an annotation comes on its page: by text position, then top and left of its region
    (missing ones last), then in the order they were made. The one rule: the service lists in
    it, and the window puts a new annotation among those it shows by it."""
    inf = float("inf")
    start = r.text.start if r.text else inf
    return (start, r.region.y if r.region else inf, r.region.x if r.region else inf, r.id)


def reading_order_of_columns(
    row_id: int, start: Any, end: Any, x: Any, y: Any, w: Any, h: Any
) -> tuple[float, float, float, int]:
    """:func:`reading_order` from a row's columns, as :func:`record_from_row` anchors it (a text
    span when it has both ends, a region when it has all four values): for a query that reads
    no more of a record than where it comes."""
    inf = float("inf")
    spanned = start is not None and end is not None
    boxed = None not in (x, y, w, h)
    return (
        start if spanned else inf,
        y if boxed else inf,
        x if boxed else inf,
        row_id,
    )


def in_reading_order(records: Iterable[AnnotationRecord]) -> list[AnnotationRecord]:
    """Records already in page order, each page's put in :func:`reading_order`."""
    return [
        r
        for _, page in groupby(records, key=lambda r: r.page_id)
        for r in sorted(page, key=reading_order)
    ]


@dataclass(frozen=True)
class AnnotationFilter:
    """Which annotations to list; each field given narrows the list. The service reads by it
    (``list_annotations``), and :meth:`matches` applies it to records already read, so a pane
    filters the page it holds by the same rule."""

    page_id: PageId | None = None
    document_id: DocumentId | None = None  # (not in :meth:`matches`: a record names its page)
    kind: Kind | None = None
    tag: TagId | None = None
    status: Status | None = None
    author: str | None = None
    include_deleted: bool = False
    orphaned: bool | None = None  # True: those a re-OCR could not re-anchor
    conflicted: bool | None = None  # True: those a merge left in conflict (a person decides)

    def matches(self, r: AnnotationRecord) -> bool:
        """Whether ``r`` passes every field but ``document_id``."""
        return (
            self.page_id in (None, r.page_id)
            and self.kind in (None, r.kind)
            and self.tag in (None, r.tag_id)
            and self.status in (None, r.status)
            and self.author in (None, r.author)
            and (self.include_deleted or not r.deleted)
            and self.orphaned in (None, r.orphaned)
            and self.conflicted in (None, r.in_conflict)
        )


@dataclass(frozen=True)
class AnnotationChange:
    """One annotation's state before and after a change (None: the row did not exist)."""

    uuid: str
    before: AnnotationRecord | None
    after: AnnotationRecord | None

    @property
    def is_noop(self) -> bool:
        """Nothing changed (an update to the state the annotation was in): nothing was written or
        logged, and there is nothing to undo or redraw."""
        return self.before == self.after

    @property
    def record(self) -> AnnotationRecord:
        """The state after the change (for changes that leave the annotation in place)."""
        if self.after is None:
            raise NotFoundError(
                translate("Redline", "Annotation {uuid} no longer exists.").format(uuid=self.uuid)
            )
        return self.after

    def followed_by(self, later: AnnotationChange) -> AnnotationChange:
        """This change and a later one of the same annotation as one step (QUndoCommand.mergeWith:
        typing a correction is one undo step, not one per key)."""
        if later.uuid != self.uuid:
            raise AnnotationError(
                translate("Redline", "Only changes of the same annotation can be merged.")
            )
        return AnnotationChange(self.uuid, self.before, later.after)


def page_delta(
    changes: Sequence[AnnotationChange], page_id: PageId
) -> tuple[set[str], list[AnnotationRecord]]:
    """What ``changes`` do to what a page shows: the uuids to take out (every changed one) and
    the records to put back in (those on this page and live after the change)."""
    gone = {c.uuid for c in changes}
    added = [
        c.after
        for c in changes
        if c.after is not None and not c.after.deleted and c.after.page_id == page_id
    ]
    return gone, added


RECORD_COLUMNS = (
    *("id", "uuid", "page_id", "kind", "status"),
    *("text_layer_id", "start", "end", "quote", "prefix", "suffix", "x", "y", "w", "h"),
    *("tag_id", "body", "origin", "rule_id", "confidence", "author"),
    *("created_at", "modified_at", "orphaned", "deleted"),
)  # and last, whether it is in conflict (``conflicts IS NOT NULL``): see SELECT_RECORDS


def record_from_row(row: Sequence[Any]) -> AnnotationRecord:
    """A record from a row selecting :data:`RECORD_COLUMNS` in that order (unpacking a tuple is
    several times faster than reading a SQLAlchemy row by name; a page may hold hundreds)."""
    (id_, uuid, page_id, kind, status, layer, start, end, quote, prefix, suffix, x, y, w, h,
     tag_id, body, origin, rule_id, confidence, author, created, modified, orphaned, deleted,
     in_conflict) = row  # fmt: skip
    text = None
    if start is not None and end is not None:
        layer_id = None if layer is None else TextLayerId(layer)
        text = TextAnchor(layer_id, start, end, quote or "", prefix or "", suffix or "")
    region = None
    if x is not None and y is not None and w is not None and h is not None:
        region = Region(x, y, w, h)
    return AnnotationRecord(
        id=AnnotationId(id_),
        uuid=uuid,
        page_id=PageId(page_id),
        kind=kind,
        status=status,
        text=text,
        region=region,
        tag_id=None if tag_id is None else TagId(tag_id),
        body=cast(Body, json.loads(body)),
        origin=origin,
        rule_id=rule_id,
        confidence=confidence,
        author=author,
        created_at=created,
        modified_at=modified,
        orphaned=bool(orphaned),
        deleted=bool(deleted),
        in_conflict=bool(in_conflict),
    )


def record_columns(r: AnnotationRecord) -> dict[str, Any]:
    t, g = r.text, r.region
    return {
        "uuid": r.uuid,
        "page_id": r.page_id,
        "kind": r.kind,
        "status": r.status,
        "text_layer_id": t.layer_id if t else None,
        "start": t.start if t else None,
        "end": t.end if t else None,
        "quote": t.quote if t else None,
        "prefix": t.prefix if t else None,
        "suffix": t.suffix if t else None,
        "x": g.x if g else None,
        "y": g.y if g else None,
        "w": g.w if g else None,
        "h": g.h if g else None,
        "tag_id": r.tag_id,
        "body": json.dumps(r.body, ensure_ascii=False, sort_keys=True),
        "origin": r.origin,
        "rule_id": r.rule_id,
        "confidence": r.confidence,
        "author": r.author,
        "created_at": r.created_at,
        "modified_at": r.modified_at,
        "orphaned": r.orphaned,
        "deleted": r.deleted,
    }
