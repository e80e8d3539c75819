"""An annotation's row: reading it, locking it, writing a new state of it, logging the change.

What every change of an annotation goes through, whatever made it (a person's edit, accept all,
a tag's merge, re-anchoring after OCR, undo and redo): each write compares the row's version with
the one read under its lock and stamps the fields it changes with a new version of this library
(:mod:`.revisions`), and each change writes a change-log row and keeps the corrected-text index in
step, in the caller's transaction. :func:`write_states` moves annotations between whole states,
which is what undo (:func:`revert_changes`) and redo (:func:`apply_changes`) are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app.core.annotating.reading import refresh_corrected_index
from app.core.annotating.records import (
    RECORD_COLUMNS,
    AnnotationChange,
    AnnotationRecord,
    record_columns,
    record_from_row,
)
from app.core.annotating.revisions import iso, record_fields, restamp
from app.core.annotating.vocabulary import AnnotationError
from app.core.calls import library_call
from app.core.changelog import log_many, utcnow
from app.core.errors import NotFoundError
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
INSERT_RECORD = insert(ANN)
# Every write of an annotation compares its version with the one read (under the row's lock, in
# the same transaction) and sets the next: of two writers, the second is told, never overwrites.
UPDATE_RECORD = (
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
# load_record in this transaction and not written since (a write takes it out)
HELD = "redline.annotations.held"
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


STALE_EDIT = translate(
    "Redline",
    "Another reviewer changed this annotation since it was shown here, so your change was not "
    "saved; it now shows theirs.",
)


def check_expected(before: AnnotationRecord, expected: AnnotationRecord | None) -> None:
    """The compare of a compare-and-set made from what a window showed (``expected``)."""
    if expected is not None and not before.same_state(expected):
        raise StaleEditError(STALE_EDIT)


def find_record(session: Session, uuid: str) -> AnnotationRecord | None:
    row = session.execute(_RECORD_BY_UUID, {"uuid": uuid}).first()
    return None if row is None else record_from_row(row)


def lock_version(session: Session, uuid: str) -> int | None:
    """Lock the annotation's row for this transaction and read its version (None: no row)."""
    value = session.execute(_LOCK_BY_UUID, {"uuid": uuid}).scalar()
    return None if value is None else int(value)


def load_record(session: Session, uuid: str) -> AnnotationRecord:
    """One annotation by uuid (deleted ones too), its row locked for this transaction
    (PostgreSQL); what a write of it needs of the row is held for :func:`write_state`."""
    row = session.execute(_LOCK_RECORD_BY_UUID, {"uuid": uuid}).first()
    if row is None:
        return found_or_raise(uuid, None)
    session.info.setdefault(HELD, {})[uuid] = tuple(row[-3:])
    return record_from_row(row[:-3])


def found_or_raise(uuid: str, record: AnnotationRecord | None) -> AnnotationRecord:
    if record is None:
        raise NotFoundError(
            translate("Redline", "There is no annotation {uuid}.").format(uuid=uuid)
        )
    return record


def load_live_record(session: Session, uuid: str) -> AnnotationRecord:
    found = load_record(session, uuid)
    if found.deleted:
        raise AnnotationError(
            translate("Redline", "This annotation is deleted; undo the deletion to change it.")
        )
    return found


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


def write_state(
    session: Session,
    uuid: str,
    state: AnnotationRecord | None,
    *,
    before: AnnotationRecord | None = None,
    author: str = "",
) -> None:
    """Make the row for ``uuid`` exactly ``state``: update, insert, or (None) remove it. A
    change from ``before`` (the row's state now) is a new version of each field it changes."""
    held = session.info.get(HELD, {}).pop(uuid, None)  # (written now: no longer as read)
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
            UPDATE_RECORD, {**values, "where_uuid": uuid, "where_version": version}
        )
        if not done.rowcount:  # type: ignore[attr-defined]
            raise StaleEditError(STALE_EDIT)  # (never under the lock; said if it ever is)
        return
    id_taken = session.execute(select(ANN.c.id).where(ANN.c.id == state.id)).first()
    if id_taken is None:
        values["id"] = state.id
    session.execute(INSERT_RECORD, values)


def commit_changes(
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
        lock_version(session, uuid)  # held until the undo commits: checked and written as one
        current = find_record(session, uuid)
        if not (current is None and expected is None) and (
            expected is None or not expected.same_state(current)
        ):
            raise StaleChangeError(
                translate(
                    "Redline",
                    "Annotation {uuid} was changed since; this step cannot be undone or redone.",
                ).format(uuid=uuid)
            )
        write_state(session, uuid, target, before=current, author=author)
        after = None if target is None else load_record(session, uuid)
        done.append(AnnotationChange(uuid, current, after))
    commit_changes(session, done, action=action, author=author)
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
