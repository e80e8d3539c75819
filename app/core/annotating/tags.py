"""The library's tag taxonomy: create, rename, recolour, nest, merge and delete tags.

Each function is one user action and one transaction, writes the change log, and returns frozen
records. Merged and deleted tags are tombstones (``deleted``) so that a merge of libraries can carry
them. Deleting a tag in use needs the caller to say what happens to its uses: delete them
(tombstones), reassign them to another tag, or untag them (they become notes that name the tag,
so the person's selection is kept). Each change returns the states before and after, and
:func:`revert_tag_change` undoes it.
"""

from __future__ import annotations

import re
import uuid as uuidlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any, Literal, TypeVar, cast

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

K = TypeVar("K")

TAGS = cast(Table, Tag.__table__)
ANN = cast(Table, Annotation.__table__)
DEFAULT_COLOUR = "#f0c419"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
UsePolicy = Literal["refuse", "delete", "reassign", "untag"]


class TagError(RedlineError):
    """A tag that cannot be made or changed as asked."""


class TagInUseError(TagError):
    """Deleting a tag that annotations use, without saying what should happen to them."""

    def __init__(self, name: str, uses: int) -> None:
        super().__init__(
            f"The tag “{name}” is used by {uses} annotation(s): delete them, reassign them to "
            "another tag, or untag them."
        )
        self.uses = uses


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


def _tag(row: Row[Any]) -> TagRecord:
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


def _load(session: Session, uuid: str | None, *, live: bool = True) -> TagRecord:
    row = session.execute(select(TAGS).where(TAGS.c.uuid == uuid)).first()
    if row is None or (live and row.deleted):
        raise NotFoundError(translate("Redline", "There is no tag {uuid}.").format(uuid=uuid))
    return _tag(row)


NO_TAG = TagId(0)  # no tag has this id


def _check_name(
    session: Session, name: str, parent_id: TagId | None, own_id: TagId = NO_TAG
) -> str:
    name = " ".join(name.split())
    if not name:
        raise TagError(translate("Redline", "A tag needs a name."))
    siblings = session.execute(
        select(TAGS.c.name).where(
            TAGS.c.parent_id.is_(None) if parent_id is None else TAGS.c.parent_id == parent_id,
            TAGS.c.deleted.is_(False),
            TAGS.c.id != own_id,
        )
    ).scalars()
    if any(s.casefold() == name.casefold() for s in siblings):
        raise TagError(
            translate("Redline", "There is already a tag “{name}” here.").format(name=name)
        )
    return name


def _check_colour(colour: str) -> str:
    if not _COLOUR.fullmatch(colour):
        raise TagError(
            translate("Redline", "A colour is written #rrggbb, not {colour!r}.").format(
                colour=colour
            )
        )
    return colour.lower()


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


def _finish(
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


@library_call
def create_tag(
    lib: Library,
    name: str,
    *,
    author: str,
    colour: str = DEFAULT_COLOUR,
    parent: str | None = None,
    description: str = "",
) -> TagChange:
    """Make a tag (under ``parent``, a tag uuid, or at the top)."""
    with lib.transaction() as session:
        parent_id = None if parent is None else _load(session, parent).id
        now = utcnow()
        values = {
            "uuid": str(uuidlib.uuid4()),
            "name": _check_name(session, name, parent_id),
            "colour": _check_colour(colour),
            "parent_id": parent_id,
            "description": description,
            "created_at": now,
            "modified_at": now,
            "deleted": False,
        }
        session.execute(insert(TAGS).values(values))
        tag = _load(session, str(values["uuid"]))
        return _finish(session, [(None, tag)], [], action="create", author=author)


# What separates a parent from its child where a person types a tag's path ("Places › Vienna",
# "Places > Vienna", or "Places/Vienna" as the command line writes it).
PATH_SEPARATORS = re.compile(r"\s*[›>/]\s*")
PATH_SEPARATOR = " › "  # how a path is shown


def split_tag_path(text: str) -> list[str]:
    """The names of a typed tag path, top first, spaces collapsed, empty parts left out."""
    return [" ".join(p.split()) for p in PATH_SEPARATORS.split(text) if p.strip()]


@library_call
def create_tag_path(
    lib: Library, names: Sequence[str], *, author: str
) -> tuple[str, TagChange | None]:
    """The tag at the path ``names`` (top first; names compared as :func:`_check_name` does,
    regardless of case), making the missing ones, parents first, in one transaction: one change
    to undo. Returns the uuid of the last tag of the path, and the change (None: all were
    there)."""
    if not names:
        raise TagError(translate("Redline", "A tag needs a name."))
    with lib.transaction() as session:
        live = [_tag(r) for r in session.execute(select(TAGS).where(TAGS.c.deleted.is_(False)))]
        made: list[tuple[TagRecord | None, TagRecord | None]] = []
        parent: TagRecord | None = None
        now = utcnow()
        for name in names:
            parent_id = None if parent is None else parent.id
            key = " ".join(name.split()).casefold()
            found = next(
                (t for t in live if t.parent_id == parent_id and t.name.casefold() == key), None
            )
            if found is None:
                uuid = str(uuidlib.uuid4())
                session.execute(
                    insert(TAGS).values(
                        uuid=uuid,
                        name=_check_name(session, name, parent_id),
                        colour=DEFAULT_COLOUR,
                        parent_id=parent_id,
                        description="",
                        created_at=now,
                        modified_at=now,
                        deleted=False,
                    )
                )
                found = _load(session, uuid)
                made.append((None, found))
            parent = found
        assert parent is not None
        if not made:
            return parent.uuid, None
        return parent.uuid, _finish(session, made, [], action="create", author=author)


def _edit(lib: Library, uuid: str, author: str, **changes: Any) -> TagChange:
    with lib.transaction() as session:
        before = _load(session, uuid)
        after = replace(before, **changes, modified_at=utcnow())
        if after.parent_id != before.parent_id:
            _check_not_below(session, before.id, after.parent_id)
        if after.name != before.name or after.parent_id != before.parent_id:
            after = replace(
                after, name=_check_name(session, after.name, after.parent_id, before.id)
            )
        return _finish(session, [(before, after)], [], action="update", author=author)


@library_call
def rename_tag(lib: Library, uuid: str, name: str, *, author: str) -> TagChange:
    return _edit(lib, uuid, author, name=name)


@library_call
def recolour_tag(lib: Library, uuid: str, colour: str, *, author: str) -> TagChange:
    return _edit(lib, uuid, author, colour=_check_colour(colour))


@library_call
def describe_tag(lib: Library, uuid: str, description: str, *, author: str) -> TagChange:
    return _edit(lib, uuid, author, description=description)


@library_call
def nest_tag(lib: Library, uuid: str, parent: str | None, *, author: str) -> TagChange:
    """Move a tag under ``parent`` (a tag uuid), or to the top with None."""
    with lib.reading() as session:
        parent_id = None if parent is None else _load(session, parent).id
    return _edit(lib, uuid, author, parent_id=parent_id)


def is_own_ancestor(parents: Mapping[K, K | None], tag: K) -> bool:
    """Whether ``tag`` lies below itself in the tree ``parents`` (tag -> parent, None at the top);
    a chain that leaves ``parents`` ends there. The one rule of the tag tree, kept by the tag
    service and by the merge (app.core.exchange.record_rules)."""
    seen: set[K] = set()
    parent = parents.get(tag)
    while parent is not None and parent not in seen:
        if parent == tag:
            return True
        seen.add(parent)
        parent = parents.get(parent)
    return False


def _check_not_below(session: Session, tag_id: TagId, parent_id: TagId | None) -> None:
    """Refuse to nest a tag under itself or one of its descendants."""
    parents: dict[TagId, TagId | None] = {
        TagId(i): None if p is None else TagId(p)
        for i, p in session.execute(select(TAGS.c.id, TAGS.c.parent_id)).all()
    }
    parents[tag_id] = parent_id
    if is_own_ancestor(parents, tag_id):
        raise TagError(
            translate("Redline", "A tag cannot be nested under itself or one of its own tags.")
        )


def _uses(session: Session, tag_id: TagId, *, with_deleted: bool) -> list[AnnotationRecord]:
    query = SELECT_RECORDS.where(ANN.c.tag_id == tag_id).order_by(ANN.c.id)
    if not with_deleted:
        query = query.where(ANN.c.deleted.is_(False))
    return [record_from_row(row) for row in session.execute(query)]


def _children(session: Session, tag_id: TagId) -> list[TagRecord]:
    rows = session.execute(
        select(TAGS).where(TAGS.c.parent_id == tag_id, TAGS.c.deleted.is_(False))
    )
    return [_tag(row) for row in rows]


def _repoint(
    session: Session, old: TagRecord, new: TagRecord, now: datetime, author: str
) -> list[AnnotationChange]:
    """Move every use of ``old`` (tombstones too, so a restore never revives it) to ``new``."""
    moves = [
        (a.uuid, a, replace(a, tag_id=new.id, body={"tag": new.uuid}, modified_at=now))
        for a in _uses(session, old.id, with_deleted=True)
    ]
    return write_states(session, moves, action="update", author=author)


@library_call
def merge_tags(lib: Library, source: str, target: str, *, author: str) -> TagChange:
    """Merge tag ``source`` into ``target``: its uses and sub-tags move, and it is tombstoned."""
    with lib.transaction() as session:
        old, new = _load(session, source), _load(session, target)
        if old.id == new.id:
            raise TagError(translate("Redline", "A tag cannot be merged into itself."))
        _check_not_below(session, old.id, new.id)
        now = utcnow()
        uses = _repoint(session, old, new, now, author)
        moved = [
            (c, replace(c, parent_id=new.id, modified_at=now)) for c in _children(session, old.id)
        ]
        tags = [(old, replace(old, deleted=True, modified_at=now)), *moved]
        return _finish(session, tags, uses, action="merge", author=author)


def _untag(old: TagRecord, uses: list[AnnotationRecord], now: datetime) -> list[Any]:
    note = f"Tagged “{old.name}” (tag deleted)"
    return [
        (a.uuid, a, replace(a, kind="note", tag_id=None, body={"text": note}, modified_at=now))
        for a in uses
    ]


@library_call
def delete_tag(
    lib: Library,
    uuid: str,
    *,
    author: str,
    uses: UsePolicy = "refuse",
    reassign_to: str | None = None,
) -> TagChange:
    """Delete a tag (a tombstone); its sub-tags move up to its parent.

    A tag in use is deleted only when ``uses`` says what to do with its annotations; with
    "refuse" a :class:`TagInUseError` tells how many there are, so the UI can ask.
    """
    with lib.transaction() as session:
        old = _load(session, uuid)
        live = _uses(session, old.id, with_deleted=False)
        now = utcnow()
        changes: list[AnnotationChange] = []
        if live and uses == "refuse":
            raise TagInUseError(old.name, len(live))
        if uses == "reassign":
            if reassign_to is None:
                raise TagError(translate("Redline", "Name the tag to reassign the uses to."))
            changes = _repoint(session, old, _load(session, reassign_to), now, author)
        elif uses == "delete":
            moves = [(a.uuid, a, replace(a, deleted=True, modified_at=now)) for a in live]
            changes = write_states(session, moves, action="delete", author=author)
        elif uses == "untag":
            changes = write_states(session, _untag(old, live, now), action="update", author=author)
        moved = [
            (c, replace(c, parent_id=old.parent_id, modified_at=now))
            for c in _children(session, old.id)
        ]
        tags = [(old, replace(old, deleted=True, modified_at=now)), *moved]
        return _finish(session, tags, changes, action="delete", author=author)


def _check_state(session: Session, uuid: str, expected: TagRecord | None) -> None:
    row = session.execute(select(TAGS).where(TAGS.c.uuid == uuid)).first()
    current = None if row is None else _tag(row)
    if current != expected and not (
        current is not None and expected is not None and replace(expected, id=current.id) == current
    ):
        raise TagError(
            translate(
                "Redline", "Tag {uuid} was changed since; this step cannot be undone or redone."
            ).format(uuid=uuid)
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
        return _finish(session, flipped, undone, action="undo", author=author)


@library_call
def apply_tag_change(lib: Library, change: TagChange, *, author: str) -> TagChange:
    """Redo a tag action that was undone."""
    with lib.transaction() as session:
        for before, after in change.tags:
            _check_state(session, (after or before).uuid, before)  # type: ignore[union-attr]
        moves = [(c.uuid, c.before, c.after) for c in change.annotations]
        redone = write_states(session, moves, action="redo", author=author)
        return _finish(session, change.tags, redone, action="redo", author=author)


@library_call
def get_tag(lib: Library, uuid: str) -> TagRecord:
    with lib.reading() as session:
        return _load(session, uuid, live=False)


@library_call
def tag_uses(lib: Library, uuid: str) -> int:
    """How many (not deleted) annotations use the tag."""
    with lib.reading() as session:
        return len(_uses(session, _load(session, uuid, live=False).id, with_deleted=False))


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
    tags = [_tag(r) for r in rows]
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
