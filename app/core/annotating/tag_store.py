"""Tags as the tag services keep them: the records they return (:class:`TagRecord`, the tree of
:class:`TagNode`, the :class:`TagChange` undo replays), a tag's row read and written (each field
it changes a new version, see :mod:`.revisions`) with its change-log rows, undo and redo of a
tag change, and the reads of tags: one, the tree with its uses, the annotations using one.

What a person does to tags (create, rename, nest, merge, delete) is :mod:`.tags`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Row, Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.core.annotating.annotation_rows import SELECT_RECORDS, write_states
from app.core.annotating.records import AnnotationChange, AnnotationRecord, record_from_row
from app.core.annotating.revisions import iso, restamp, tag_fields
from app.core.calls import library_call
from app.core.changelog import log_many, utcnow
from app.core.errors import NotFoundError, RedlineError
from app.core.ids import TagId
from app.core.library import Library
from app.core.wording import translate
from db.models import Annotation, Tag

TAGS = cast(Table, Tag.__table__)
ANN = cast(Table, Annotation.__table__)


class TagError(RedlineError):
    """A tag that cannot be made or changed as asked."""


class StaleTagError(TagError):
    """An undo or redo whose starting state is no longer the tag's state (another reviewer,
    another window changed it since)."""


@dataclass(frozen=True)
class TagRecord:
    id: TagId
    uuid: str
    name: str
    colour: str
    parent_id: TagId | None
    description: str
    created_at: datetime
    modified_at: datetime
    deleted: bool


@dataclass(frozen=True)
class TagNode:
    """A tag in the taxonomy tree, with the number of (not deleted) annotations using it."""

    tag: TagRecord
    uses: int
    children: tuple[TagNode, ...] = ()


@dataclass(frozen=True)
class TagChange:
    """What one tag action changed: tags and annotations, each before and after."""

    tags: tuple[tuple[TagRecord | None, TagRecord | None], ...]
    annotations: tuple[AnnotationChange, ...] = ()

    @property
    def tag(self) -> TagRecord:
        """The tag the action was about, as the action left it."""
        after = self.tags[0][1]
        if after is None:
            raise NotFoundError(translate("Redline", "This tag no longer exists."))
        return after


def tag_from_row(row: Row[Any]) -> TagRecord:
    parent = None if row.parent_id is None else TagId(row.parent_id)
    return TagRecord(
        TagId(row.id),
        row.uuid,
        row.name,
        row.colour,
        parent,
        row.description,
        row.created_at,
        row.modified_at,
        bool(row.deleted),
    )


def load_tag(session: Session, uuid: str | None, *, live: bool = True) -> TagRecord:
    row = session.execute(select(TAGS).where(TAGS.c.uuid == uuid)).first()
    if row is None or (live and row.deleted):
        raise NotFoundError(translate("Redline", "There is no tag {uuid}.").format(uuid=uuid))
    return tag_from_row(row)


def _fields(session: Session, tag: TagRecord) -> dict[str, Any]:
    """The tag's fields as a merge compares them (the parent by its uuid)."""
    parent = None
    if tag.parent_id is not None:
        parent = session.execute(select(TAGS.c.uuid).where(TAGS.c.id == tag.parent_id)).scalar()
    return tag_fields(
        {
            "name": tag.name,
            "colour": tag.colour,
            "parent": parent,
            "description": tag.description,
            "deleted": tag.deleted,
            "created": iso(tag.created_at),
        }
    )


def _revisions(session: Session, before: TagRecord, after: TagRecord, author: str) -> Any:
    """The tag's ``revisions`` column once ``before`` became ``after`` (see .revisions)."""
    stored, conflicts = session.execute(
        select(TAGS.c.revisions, TAGS.c.conflicts).where(TAGS.c.uuid == before.uuid)
    ).one()
    return restamp(
        session.connection(), stored, _fields(session, before), _fields(session, after),
        author=author, at=iso(utcnow()), implicit_at=iso(before.modified_at), conflicts=conflicts,
    )  # fmt: skip


def _put(
    session: Session,
    uuid: str,
    state: TagRecord | None,
    before: TagRecord | None = None,
    author: str = "",
) -> None:
    """Make the row for ``uuid`` exactly ``state``: update, insert, or (None) remove it; a
    change from ``before`` is a new version of each field it changes."""
    if state is None:
        session.execute(delete(TAGS).where(TAGS.c.uuid == uuid))
        return
    values = {f.name: getattr(state, f.name) for f in fields(state)}
    values.pop("id")
    if before is not None:
        values["revisions"] = _revisions(session, before, state, author)
    if session.execute(update(TAGS).where(TAGS.c.uuid == uuid).values(values)).rowcount:  # type: ignore[attr-defined]
        return
    if session.execute(select(TAGS.c.id).where(TAGS.c.id == state.id)).first() is None:
        values["id"] = state.id
    session.execute(insert(TAGS).values(values))


def write_tag_change(
    session: Session,
    tags: Sequence[tuple[TagRecord | None, TagRecord | None]],
    annotations: Sequence[AnnotationChange],
    *,
    action: str,
    author: str,
) -> TagChange:
    """Write and log changed tags; annotation changes were written (and logged) already."""
    rows = []
    for before, after in tags:
        uuid = (after or before).uuid  # type: ignore[union-attr]
        _put(session, uuid, after, before, author)
        rows.append(("tag", uuid, action, before, after))
    log_many(session, rows, author=author)
    return TagChange(tuple(tags), tuple(annotations))


def uses_of(session: Session, tag_id: TagId, *, with_deleted: bool) -> list[AnnotationRecord]:
    query = SELECT_RECORDS.where(ANN.c.tag_id == tag_id).order_by(ANN.c.id)
    if not with_deleted:
        query = query.where(ANN.c.deleted.is_(False))
    return [record_from_row(row) for row in session.execute(query)]


def _check_state(session: Session, uuid: str, expected: TagRecord | None) -> None:
    row = session.execute(select(TAGS).where(TAGS.c.uuid == uuid)).first()
    current = None if row is None else tag_from_row(row)
    if current != expected and not (
        current is not None and expected is not None and replace(expected, id=current.id) == current
    ):
        named = current or expected  # (by its name: the window and a log say it in words)
        raise StaleTagError(
            translate(
                "Redline",
                "The tag “{name}” was changed since; this step cannot be undone or redone.",
            ).format(name=named.name if named is not None else "")
        )


@library_call
def revert_tag_change(lib: Library, change: TagChange, *, author: str) -> TagChange:
    """Undo a tag action: tags and their annotations go back to their states before it."""
    with lib.transaction() as session:
        flipped = [(after, before) for before, after in reversed(change.tags)]
        for expected, target in flipped:
            _check_state(session, (expected or target).uuid, expected)  # type: ignore[union-attr]
        moves = [(c.uuid, c.after, c.before) for c in reversed(change.annotations)]
        undone = write_states(session, moves, action="undo", author=author)
        return write_tag_change(session, flipped, undone, action="undo", author=author)


@library_call
def apply_tag_change(lib: Library, change: TagChange, *, author: str) -> TagChange:
    """Redo a tag action that was undone."""
    with lib.transaction() as session:
        for before, after in change.tags:
            _check_state(session, (after or before).uuid, before)  # type: ignore[union-attr]
        moves = [(c.uuid, c.before, c.after) for c in change.annotations]
        redone = write_states(session, moves, action="redo", author=author)
        return write_tag_change(session, change.tags, redone, action="redo", author=author)


@library_call
def get_tag(lib: Library, uuid: str) -> TagRecord:
    with lib.reading() as session:
        return load_tag(session, uuid, live=False)


@library_call
def tag_uses(lib: Library, uuid: str) -> int:
    """How many (not deleted) annotations use the tag."""
    with lib.reading() as session:
        return len(uses_of(session, load_tag(session, uuid, live=False).id, with_deleted=False))


@library_call
def list_tags(lib: Library) -> list[TagNode]:
    """The live tags as a tree (roots first), siblings by name, each with its number of uses."""
    with lib.reading() as session:
        return read_tags(session)


def read_tags(session: Session) -> list[TagNode]:
    """:func:`list_tags` inside the caller's transaction."""
    # The tags and their uses in one statement (on a team library each is a round trip, and a
    # page turn reads them).
    used_by = (ANN.c.tag_id == TAGS.c.id) & ANN.c.deleted.is_(False)
    rows = session.execute(
        select(TAGS, func.count(ANN.c.id).label("uses"))
        .select_from(TAGS.outerjoin(ANN, used_by))
        .where(TAGS.c.deleted.is_(False))
        .group_by(TAGS.c.id)
    ).all()
    tags = [tag_from_row(r) for r in rows]
    counts = {int(r.id): int(r.uses) for r in rows}
    by_parent: dict[int | None, list[TagRecord]] = {}
    live = {t.id for t in tags}
    for t in sorted(tags, key=lambda t: (t.name.casefold(), t.id)):
        by_parent.setdefault(t.parent_id if t.parent_id in live else None, []).append(t)

    def build(parent: int | None) -> tuple[TagNode, ...]:
        return tuple(
            TagNode(t, int(counts.get(t.id, 0)), build(t.id)) for t in by_parent.get(parent, [])
        )

    return list(build(None))


def walk_tags(
    nodes: Sequence[TagNode], path: tuple[str, ...] = ()
) -> Iterator[tuple[TagNode, tuple[str, ...]]]:
    """Every tag of a :func:`list_tags` tree, parents before their children, with the names from
    its root down to it (names are unique among siblings only; a tag's path is unique)."""
    for n in nodes:
        here = (*path, n.tag.name)
        yield n, here
        yield from walk_tags(n.children, here)
