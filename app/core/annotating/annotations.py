"""The annotation service: corrections, tags, markings, redactions and notes on pages.

Each function is one user action and one transaction, and returns frozen dataclasses, never ORM
objects. Every change writes a change-log row in the same transaction and returns an
:class:`AnnotationChange` (the states before and after), so an undo command can call
:func:`revert_changes` for undo and :func:`apply_changes` for redo. Undoing a creation removes the
row, so undoing everything returns the annotations to where they started; the log keeps it all.
"""

from __future__ import annotations

import enum
import uuid as uuidlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Row, Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app.core.annotating.reading import refresh_corrected_index
from app.core.annotating.records import (
    RECORD_COLUMNS,
    AnnotationChange,
    AnnotationFilter,
    AnnotationRecord,
    Region,
    Span,
    TextAnchor,
    anchor_at,
    in_reading_order,
    no_page,
    reading_order_of_columns,
    record_columns,
    record_from_row,
)
from app.core.annotating.revisions import (
    Stamp,
    dump_column,
    implicit,
    iso,
    load_revisions,
    next_change,
    record_fields,
    restamp,
    revisions_json,
)
from app.core.annotating.vocabulary import (
    AnnotationError,
    Kind,
    Origin,
    Status,
    check_anchors,
    check_origin,
    check_region_size,
    check_span,
    check_status,
    unknown_codes,
    validate_body,
)
from app.core.calls import library_call
from app.core.changelog import log_many, utcnow
from app.core.errors import NotFoundError
from app.core.ids import AnnotationId, DocumentId, PageId, TagId, TextLayerId
from app.core.library import Library
from app.core.wording import translate
from db.models import Annotation, Page, Tag, TextLayer

ANN = cast(Table, Annotation.__table__)
PAGES = cast(Table, Page.__table__)
LAYERS = cast(Table, TextLayer.__table__)
TAGS = cast(Table, Tag.__table__)
SELECT_RECORDS = select(
    *(ANN.c[name] for name in RECORD_COLUMNS), ANN.c.conflicts.is_not(None).label("in_conflict")
)
# Statements built once with named parameters: SQLAlchemy then finds each compiled in its cache
# at once, where a statement built per call costs more than SQLite's work (a note is ~1 ms).
_RECORD_BY_UUID = SELECT_RECORDS.where(ANN.c.uuid == bindparam("uuid"))
_PAGE_BY_ID = select(PAGES).where(PAGES.c.id == bindparam("id"))
_LAYER_BY_ID = select(LAYERS.c.page_id, LAYERS.c.text).where(LAYERS.c.id == bindparam("id"))
_INSERT_RECORD = insert(ANN)
# Every write of an annotation compares its version with the one read (under the row's lock, in
# the same transaction) and sets the next: of two writers, the second is told, never overwrites.
_UPDATE_RECORD = (
    update(ANN)
    .where(ANN.c.uuid == bindparam("where_uuid"), ANN.c.version == bindparam("where_version"))
    .values(version=ANN.c.version + 1)
)
# The row's version, and (PostgreSQL) its lock until the transaction ends; SQLite has one writer.
# Read with what the write needs of the row in the same statement: on a server library each
# statement waits a round trip.
_LOCK_BY_UUID = select(ANN.c.version).where(ANN.c.uuid == bindparam("uuid")).with_for_update()
# The record locked, with what its write needs (its version, revisions and conflicts): a
# change reads the row once, not twice (a round trip fewer on a server library).
_LOCK_RECORD_BY_UUID = _RECORD_BY_UUID.add_columns(
    ANN.c.version, ANN.c.revisions, ANN.c.conflicts
).with_for_update()
# session.info key: uuid -> its row's (version, revisions, conflicts), read under its lock by
# _load in this transaction and not written since (a write takes it out)
_HELD = "redline.annotations.held"
_LOCK_HISTORY_BY_UUID = (
    select(ANN.c.version, ANN.c.revisions, ANN.c.conflicts)
    .where(ANN.c.uuid == bindparam("uuid"))
    .with_for_update()
)
_DELETE_RECORD = delete(ANN).where(ANN.c.uuid == bindparam("uuid"))


class StaleChangeError(AnnotationError):
    """An undo or redo whose starting state is no longer the annotation's state."""


class StaleEditError(AnnotationError):
    """An edit of an annotation that another reviewer changed since it was shown: not saved."""


STALE_EDIT = (
    "Another reviewer changed this annotation since it was shown here, so your change was not "
    "saved; it now shows theirs."
)


def _check_expected(before: AnnotationRecord, expected: AnnotationRecord | None) -> None:
    """The compare of a compare-and-set made from what a window showed (``expected``)."""
    if expected is not None and not before.same_state(expected):
        raise StaleEditError(STALE_EDIT)


class _Unset(enum.Enum):
    UNSET = 0


UNSET = _Unset.UNSET


def _find(session: Session, uuid: str) -> AnnotationRecord | None:
    row = session.execute(_RECORD_BY_UUID, {"uuid": uuid}).first()
    return None if row is None else record_from_row(row)


def _version(session: Session, uuid: str) -> int | None:
    """Lock the annotation's row for this transaction and read its version (None: no row)."""
    value = session.execute(_LOCK_BY_UUID, {"uuid": uuid}).scalar()
    return None if value is None else int(value)


def _load(session: Session, uuid: str) -> AnnotationRecord:
    """The annotation, its row locked for this transaction (PostgreSQL); what a write of it
    needs of the row is held for :func:`_write_state`."""
    row = session.execute(_LOCK_RECORD_BY_UUID, {"uuid": uuid}).first()
    if row is None:
        return _found(uuid, None)
    session.info.setdefault(_HELD, {})[uuid] = tuple(row[-3:])
    return record_from_row(row[:-3])


def _found(uuid: str, record: AnnotationRecord | None) -> AnnotationRecord:
    if record is None:
        raise NotFoundError(
            translate("Redline", "There is no annotation {uuid}.").format(uuid=uuid)
        )
    return record


def load_record(session: Session, uuid: str) -> AnnotationRecord:
    """One annotation by uuid, inside the caller's session (deleted ones too)."""
    return _load(session, uuid)


def _load_live(session: Session, uuid: str) -> AnnotationRecord:
    found = _load(session, uuid)
    if found.deleted:
        raise AnnotationError(
            translate("Redline", "This annotation is deleted; undo the deletion to change it.")
        )
    return found


_ACCEPT_ROW = (
    update(ANN)
    .where(ANN.c.id == bindparam("row_id"))
    .values(status="accepted", revisions=bindparam("new_revisions"), version=ANN.c.version + 1)
)


def stamped_revisions(
    session: Session,
    revisions: str | None,
    before: AnnotationRecord,
    after: AnnotationRecord,
    *,
    author: str,
    conflicts: str | None = None,
) -> str | None:
    """The ``revisions`` column once ``before`` (with the ``conflicts`` column it holds) became
    ``after`` by ``author`` now: each changed field gets a new version of this library (see
    :mod:`.revisions`)."""
    return restamp(
        session.connection(), revisions, record_fields(before), record_fields(after),
        author=author, at=iso(utcnow()), implicit_by=before.author,
        implicit_at=iso(before.modified_at), conflicts=conflicts,
    )  # fmt: skip


def _write_state(
    session: Session,
    uuid: str,
    state: AnnotationRecord | None,
    *,
    before: AnnotationRecord | None = None,
    author: str = "",
) -> None:
    """Make the row for ``uuid`` exactly ``state``: update, insert, or (None) remove it. A
    change from ``before`` (the row's state now) is a new version of each field it changes."""
    held = session.info.get(_HELD, {}).pop(uuid, None)  # (written now: no longer as read)
    if state is None:
        session.execute(_DELETE_RECORD, {"uuid": uuid})
        return
    values = record_columns(state)
    if held is None:  # locks the row: its revisions and version move as one
        row = session.execute(_LOCK_HISTORY_BY_UUID, {"uuid": uuid}).first()
        held = None if row is None else tuple(row)
    version = None if held is None else int(held[0])
    if before is not None:
        if held is None:  # (gone since ``before`` was read in this transaction: never seen)
            raise StaleEditError(STALE_EDIT)
        values["revisions"] = stamped_revisions(
            session, held[1], before, state, author=author, conflicts=held[2]
        )
    if version is not None:
        done = session.execute(
            _UPDATE_RECORD, {**values, "where_uuid": uuid, "where_version": version}
        )
        if not done.rowcount:  # type: ignore[attr-defined]
            raise StaleEditError(STALE_EDIT)  # (never under the lock; said if it ever is)
        return
    id_taken = session.execute(select(ANN.c.id).where(ANN.c.id == state.id)).first()
    if id_taken is None:
        values["id"] = state.id
    session.execute(_INSERT_RECORD, values)


def _commit_changes(
    session: Session, changes: Sequence[AnnotationChange], *, action: str, author: str
) -> None:
    """Log the changes and keep the corrected-text index in step (same transaction)."""
    log_many(
        session,
        [("annotation", c.uuid, action, c.before, c.after) for c in changes],
        author=author,
    )
    pages = {
        s.page_id
        for c in changes
        for s in (c.before, c.after)
        if s is not None and s.kind == "correction"
    }
    refresh_corrected_index(session, pages)


# --- checks --------------------------------------------------------------------------------


def _page(session: Session, page_id: PageId) -> Row[Any]:
    row = session.execute(_PAGE_BY_ID, {"id": page_id}).first()
    if row is None:
        raise no_page(page_id)
    return row


def _text_anchor(session: Session, page: Row[Any], span: Span) -> TextAnchor:
    layer_id = span.layer_id if span.layer_id is not None else page.active_text_layer_id
    if layer_id is None:
        raise AnnotationError(
            translate(
                "Redline", "This page has no text yet (run OCR first); mark a region instead."
            )
        )
    layer = session.execute(_LAYER_BY_ID, {"id": layer_id}).first()
    if layer is None or layer.page_id != page.id:
        raise AnnotationError(
            translate("Redline", "Text layer {layer_id} is not a text of page {id}.").format(
                layer_id=layer_id, id=page.id
            )
        )
    text: str = layer.text
    check_span(span.start, span.end, len(text))
    return anchor_at(text, span.start, span.end, TextLayerId(layer_id))


def _check_region(page: Row[Any], region: Region) -> Region:
    """The region clipped to the page (a drag may end past its edge, OCR boxes stray past it)."""
    check_region_size(region.w, region.h)
    x0, y0 = max(region.x, 0.0), max(region.y, 0.0)
    x1, y1 = min(region.x + region.w, page.width), min(region.y + region.h, page.height)
    if x1 <= x0 or y1 <= y0:
        raise AnnotationError(
            translate(
                "Redline", "The region lies outside the page ({width:g} x {height:g} points)."
            ).format(width=page.width, height=page.height)
        )
    return Region(x0, y0, x1 - x0, y1 - y0)


def _check_anchors(kind: str, text: TextAnchor | None, region: Region | None) -> None:
    check_anchors(kind, text=text is not None, region=region is not None)


def _tag_id(session: Session, kind: str, body: Mapping[str, Any]) -> TagId | None:
    if kind != "tag":
        return None
    row = session.execute(
        select(TAGS.c.id).where(TAGS.c.uuid == body["tag"], TAGS.c.deleted.is_(False))
    ).first()
    if row is None:
        raise AnnotationError(
            translate("Redline", "There is no tag {value} (it may have been deleted).").format(
                value=body["tag"]
            )
        )
    return TagId(row.id)


# --- making and changing -------------------------------------------------------------------


@library_call
def create_annotation(
    lib: Library,
    page_id: PageId,
    kind: Kind,
    *,
    body: Mapping[str, Any],
    author: str,
    text: Span | None = None,
    region: Region | None = None,
    status: Status = "accepted",
    origin: Origin = "person",
    rule_id: str | None = None,
    confidence: float | None = None,
) -> AnnotationChange:
    """Make an annotation; ``change.after`` is it, ``change.before`` is None."""
    with lib.transaction() as session:
        page = _page(session, page_id)
        clean = validate_body(kind, body)
        anchor = None if text is None else _text_anchor(session, page, text)
        box = None if region is None else _check_region(page, region)
        _check_anchors(kind, anchor, box)
        now = utcnow()
        record = AnnotationRecord(
            id=AnnotationId(0),
            uuid=str(uuidlib.uuid4()),
            page_id=PageId(page.id),
            kind=kind,
            status=check_status(status),
            text=anchor,
            region=box,
            tag_id=_tag_id(session, kind, clean),
            body=clean,
            origin=check_origin(origin, author),
            rule_id=rule_id,
            confidence=confidence,
            author=author,
            created_at=now,
            modified_at=now,
            orphaned=False,
            deleted=False,
        )
        session.execute(_INSERT_RECORD, record_columns(record))
        change = AnnotationChange(record.uuid, None, _load(session, record.uuid))
        _commit_changes(session, [change], action="create", author=author)
    return change


@library_call
def update_annotation(
    lib: Library,
    uuid: str,
    *,
    author: str,
    body: Mapping[str, Any] | _Unset = UNSET,
    status: Status | _Unset = UNSET,
    text: Span | _Unset | None = UNSET,
    region: Region | _Unset | None = UNSET,
    expected: AnnotationRecord | None = None,
) -> AnnotationChange:
    """Change the body, status or anchors (None removes an anchor); a new anchor un-orphans.
    With ``expected`` (what the window showed), a record changed since is not overwritten:
    :class:`StaleEditError`."""
    with lib.transaction() as session:
        before = _load_live(session, uuid)
        _check_expected(before, expected)
        page = _page(session, before.page_id)
        after = before
        if not isinstance(body, _Unset):
            clean = validate_body(before.kind, body)
            after = replace(after, body=clean, tag_id=_tag_id(session, before.kind, clean))
        if not isinstance(status, _Unset):
            after = replace(after, status=check_status(status))
        if not isinstance(text, _Unset):
            anchor = None if text is None else _text_anchor(session, page, text)
            after = replace(after, text=anchor, orphaned=False)
        if not isinstance(region, _Unset):
            after = replace(after, region=None if region is None else _check_region(page, region))
        _check_anchors(after.kind, after.text, after.region)
        return _change(session, before, after, action="update", author=author)


def _change(
    session: Session,
    before: AnnotationRecord,
    after: AnnotationRecord,
    *,
    action: str,
    author: str,
) -> AnnotationChange:
    """Write ``after`` (stamped now) and log it; when it equals ``before``, write nothing and
    return a no-op change (``is_noop``), so callers need not read the record first to know."""
    if after == before:
        return AnnotationChange(before.uuid, before, before)
    after = replace(after, modified_at=utcnow())
    _write_state(session, before.uuid, after, before=before, author=author)
    change = AnnotationChange(before.uuid, before, after)
    _commit_changes(session, [change], action=action, author=author)
    return change


@library_call
def delete_annotation(
    lib: Library, uuid: str, *, author: str, expected: AnnotationRecord | None = None
) -> AnnotationChange:
    """Delete (a tombstone, so that merges carry the deletion)."""
    with lib.transaction() as session:
        before = _load(session, uuid)
        _check_expected(before, expected)
        if before.deleted:
            raise AnnotationError(translate("Redline", "This annotation is already deleted."))
        return _change(
            session, before, replace(before, deleted=True), action="delete", author=author
        )


@library_call
def set_status(
    lib: Library,
    uuid: str,
    status: Status,
    *,
    author: str,
    expected: AnnotationRecord | None = None,
) -> AnnotationChange:
    """Accept, reject or propose one annotation."""
    with lib.transaction() as session:
        before = _load_live(session, uuid)
        _check_expected(before, expected)
        after = replace(before, status=check_status(status))
        return _change(session, before, after, action="status", author=author)


@dataclass(frozen=True)
class HeldProposal:
    """A proposal "accept all" left proposed: its exemption codes are not in the vocabulary."""

    uuid: str
    page_index: int  # from 0
    codes: tuple[str, ...]  # the unknown ones


@dataclass(frozen=True)
class AcceptAllOutcome:
    """What "accept all" did: the changes (one undo step) and the proposals it left proposed."""

    changes: list[AnnotationChange] = field(default_factory=list)
    held: list[HeldProposal] = field(default_factory=list)


@library_call
def accept_all(
    lib: Library,
    *,
    kind: Kind,
    author: str,
    page_id: PageId | None = None,
    document_id: DocumentId | None = None,
) -> AcceptAllOutcome:
    """Accept every proposed (not deleted) annotation of ``kind`` on a page or a document,
    but those whose exemption codes are not in the vocabulary (:func:`unknown_codes`): they stay
    proposed, for a person to correct and accept one by one, and are returned as ``held``."""
    if (page_id is None) == (document_id is None):
        raise AnnotationError(translate("Redline", "Accept all on one page or one document."))
    where = AnnotationFilter(page_id=page_id, document_id=document_id, kind=kind, status="proposed")
    now = utcnow()
    with lib.transaction() as session:
        locked = _query(where).with_for_update(of=ANN)  # none changes between read and write
        found = [record_from_row(row) for row in session.execute(locked)]
        unknown = {b.uuid: unknown_codes(b.kind, b.body) for b in found}
        befores = [b for b in found if not unknown[b.uuid]]
        changes = [
            AnnotationChange(b.uuid, b, replace(b, status="accepted", modified_at=now))
            for b in befores
        ]
        _accept_rows(session, befores, now, author)
        _commit_changes(session, changes, action="status", author=author)
        held = [b for b in found if unknown[b.uuid]]
        index = _page_indexes(session, {b.page_id for b in held})
        return AcceptAllOutcome(
            changes,
            [HeldProposal(b.uuid, index[b.page_id], tuple(unknown[b.uuid])) for b in held],
        )


def _page_indexes(session: Session, page_ids: set[PageId]) -> dict[PageId, int]:
    if not page_ids:
        return {}
    rows = session.execute(select(Page.id, Page.page_index).where(Page.id.in_(page_ids)))
    return {PageId(int(r[0])): int(r[1]) for r in rows}


def _accept_rows(
    session: Session, befores: Sequence[AnnotationRecord], now: datetime, author: str
) -> None:
    """Accept the rows of ``befores``: one change of this library, a new status version each."""
    if not befores:
        return
    conn = session.connection()
    ids = [b.id for b in befores]
    stored: dict[int, str | None] = {}
    for i in range(0, len(ids), 500):  # bounded IN lists: a document may hold thousands
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, revisions FROM annotations WHERE id IN ({marks})"
        stored.update({int(r[0]): r[1] for r in conn.exec_driver_sql(sql, tuple(chunk))})
    replica, number = next_change(conn)
    change = Stamp(replica, number, author, iso(now))
    rows = []
    for b in befores:
        versions = load_revisions(stored.get(b.id))
        old = versions.get("status") or implicit("status", b.status, b.author, iso(b.modified_at))
        versions["status"] = old.extended(change.replica, change.number, change.by, change.at)
        rows.append({"row_id": b.id, "new_revisions": dump_column(revisions_json(versions))})
    session.info.pop(_HELD, None)  # (rows written here are no longer as _load read them)
    session.execute(_ACCEPT_ROW.values(modified_at=now), rows)


def write_decision(
    session: Session,
    before: AnnotationRecord,
    after: AnnotationRecord,
    *,
    revisions: str | None,
    conflicts: str | None,
    author: str,
) -> AnnotationChange:
    """Write a person's decision of a conflict (:mod:`.conflicts`): the value chosen, checked
    as any edit is, with the versions and the conflicts that remain."""
    page = _page(session, after.page_id)
    clean = validate_body(after.kind, after.body)
    region = None if after.region is None else _check_region(page, after.region)
    after = replace(
        after,
        body=clean,
        region=region,
        tag_id=_tag_id(session, after.kind, clean) if not after.deleted else after.tag_id,
        modified_at=utcnow(),
    )
    _check_anchors(after.kind, after.text, after.region)
    values = record_columns(after)
    held = session.info.get(_HELD, {}).pop(before.uuid, None)  # (written now: no longer as read)
    version = _version(session, before.uuid) if held is None else int(held[0])
    done = session.execute(
        _UPDATE_RECORD, {**values, "revisions": revisions, "conflicts": conflicts,
                         "where_uuid": before.uuid, "where_version": version}
    )  # fmt: skip
    if not done.rowcount:  # type: ignore[attr-defined]
        raise StaleEditError(STALE_EDIT)
    change = AnnotationChange(before.uuid, before, _load(session, before.uuid))
    _commit_changes(session, [change], action="resolve", author=author)
    return change


# --- undo and redo -------------------------------------------------------------------------


def write_states(
    session: Session,
    moves: Iterable[tuple[str, AnnotationRecord | None, AnnotationRecord | None]],
    *,
    action: str,
    author: str,
) -> list[AnnotationChange]:
    """Move annotations (uuid, expected state, target state) inside the caller's transaction.

    Raises :class:`StaleChangeError` when one is no longer in its expected state.
    """
    done: list[AnnotationChange] = []
    for uuid, expected, target in moves:
        _version(session, uuid)  # held until the undo commits: checked and written as one
        current = _find(session, uuid)
        if not (current is None and expected is None) and (
            expected is None or not expected.same_state(current)
        ):
            raise StaleChangeError(
                translate(
                    "Redline",
                    "Annotation {uuid} was changed since; this step cannot be undone or redone.",
                ).format(uuid=uuid)
            )
        _write_state(session, uuid, target, before=current, author=author)
        after = None if target is None else _load(session, uuid)
        done.append(AnnotationChange(uuid, current, after))
    _commit_changes(session, done, action=action, author=author)
    return done


@library_call
def apply_changes(
    lib: Library, changes: Sequence[AnnotationChange], *, author: str
) -> list[AnnotationChange]:
    """Redo: put each annotation back in its ``after`` state (it must be in ``before``)."""
    with lib.transaction() as session:
        moves = [(c.uuid, c.before, c.after) for c in changes]
        return write_states(session, moves, action="redo", author=author)


@library_call
def revert_changes(
    lib: Library, changes: Sequence[AnnotationChange], *, author: str
) -> list[AnnotationChange]:
    """Undo: put each annotation back in its ``before`` state (it must be in ``after``)."""
    with lib.transaction() as session:
        moves = [(c.uuid, c.after, c.before) for c in reversed(changes)]
        return write_states(session, moves, action="undo", author=author)


# --- reading -------------------------------------------------------------------------------


def _query(where: AnnotationFilter) -> Any:
    """The statement for ``where``, in page order (each page's records are then put in reading
    order by :func:`in_reading_order`: the rule is stated once, in Python)."""
    q = SELECT_RECORDS.join(PAGES, PAGES.c.id == ANN.c.page_id)
    if where.conflicted is not None:
        has = ANN.c.conflicts.is_not(None)
        q = q.where(has if where.conflicted else ~has)
    conditions = [
        (where.page_id, ANN.c.page_id == where.page_id),
        (where.document_id, PAGES.c.document_id == where.document_id),
        (where.kind, ANN.c.kind == where.kind),
        (where.tag, ANN.c.tag_id == where.tag),
        (where.status, ANN.c.status == where.status),
        (where.author, ANN.c.author == where.author),
        (where.orphaned, ANN.c.orphaned.is_(bool(where.orphaned))),
    ]
    for value, condition in conditions:
        if value is not None:
            q = q.where(condition)
    if not where.include_deleted:
        q = q.where(ANN.c.deleted.is_(False))
    return q.order_by(PAGES.c.document_id, PAGES.c.page_index)


EVERY_ANNOTATION = AnnotationFilter()  # (live ones: deleted ones are asked for)


@library_call
def list_annotations(
    lib: Library, where: AnnotationFilter = EVERY_ANNOTATION
) -> list[AnnotationRecord]:
    """Annotations in reading order: page by page, each page's in :func:`reading_order`."""
    with lib.reading() as session:
        return read_annotations(session, where)


def read_annotations(session: Session, where: AnnotationFilter) -> list[AnnotationRecord]:
    """:func:`list_annotations` inside the caller's transaction."""
    return in_reading_order(record_from_row(row) for row in session.execute(_query(where)))


@dataclass(frozen=True, slots=True)
class ProposalPlace:
    """Where a proposal comes in review: its page (index) and place on it (:func:`reading_order`),
    and how sure the detector was (None: it did not say)."""

    uuid: str
    page_index: int
    order: tuple[float, float, float, int]
    confidence: float | None


_PLACE_COLUMNS = ("uuid", "id", "start", "end", "x", "y", "w", "h", "confidence")
_PROPOSAL_PLACES = (
    select(PAGES.c.page_index, *(ANN.c[name] for name in _PLACE_COLUMNS))
    .join(PAGES, PAGES.c.id == ANN.c.page_id)
    .where(
        PAGES.c.document_id == bindparam("document"),
        ANN.c.status == "proposed",
        ANN.c.deleted.is_(False),
    )
)


@library_call
def proposal_places(lib: Library, document_id: DocumentId) -> list[ProposalPlace]:
    """Where each proposal of a document comes (the ones :func:`list_annotations` lists with
    ``status="proposed"``), read without their bodies: the review steps through thousands,
    reading them all at each step (2,400 proposals: 20 ms as records, 5 ms as places)."""
    with lib.read_connection() as conn:
        rows = conn.execute(_PROPOSAL_PLACES, {"document": document_id}).all()
    return [
        ProposalPlace(uuid, index, reading_order_of_columns(row_id, *anchor), confidence)
        for index, uuid, row_id, *anchor, confidence in rows
    ]


@library_call
def get_annotation(lib: Library, uuid: str) -> AnnotationRecord:
    """One annotation by uuid (deleted ones too: they are tombstones)."""
    with lib.reading() as session:  # (a read: no row lock)
        return _found(uuid, _find(session, uuid))
