"""The library's tag taxonomy: create, rename, recolour, nest, merge and delete tags.

Each function is one user action and one transaction, writes the change log, and returns frozen
records (:mod:`.tag_store`, which also reads tags and undoes a change). Merged and deleted tags
are tombstones (``deleted``) so that a merge of libraries can carry them. Deleting a tag in use
needs the caller to say what happens to its uses: delete them (tombstones), reassign them to
another tag, or untag them (they become notes that name the tag, so the person's selection is
kept). Each change returns the states before and after, and
:func:`~.tag_store.revert_tag_change` undoes it.
"""

from __future__ import annotations

import re
import uuid as uuidlib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, Literal, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.core.annotating.annotation_rows import write_states
from app.core.annotating.records import AnnotationChange, AnnotationRecord
from app.core.annotating.tag_store import (
    TAGS,
    TagChange,
    TagError,
    TagRecord,
    load_tag,
    tag_from_row,
    uses_of,
    write_tag_change,
)
from app.core.calls import library_call
from app.core.changelog import utcnow
from app.core.ids import TagId
from app.core.library import Library
from app.core.wording import translate

K = TypeVar("K")

DEFAULT_COLOUR = "#f0c419"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
UsePolicy = Literal["refuse", "delete", "reassign", "untag"]


class TagInUseError(TagError):
    """Deleting a tag that annotations use, without saying what should happen to them."""

    def __init__(self, name: str, uses: int) -> None:
        super().__init__(
            f"The tag “{name}” is used by {uses} annotation(s): delete them, reassign them to "
            "another tag, or untag them."
        )
        self.uses = uses


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
        parent_id = None if parent is None else load_tag(session, parent).id
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
        tag = load_tag(session, str(values["uuid"]))
        return write_tag_change(session, [(None, tag)], [], action="create", author=author)


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
        live = [
            tag_from_row(r) for r in session.execute(select(TAGS).where(TAGS.c.deleted.is_(False)))
        ]
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
                found = load_tag(session, uuid)
                made.append((None, found))
            parent = found
        assert parent is not None
        if not made:
            return parent.uuid, None
        return parent.uuid, write_tag_change(session, made, [], action="create", author=author)


def _edit(lib: Library, uuid: str, author: str, **changes: Any) -> TagChange:
    with lib.transaction() as session:
        before = load_tag(session, uuid)
        after = replace(before, **changes, modified_at=utcnow())
        if after.parent_id != before.parent_id:
            _check_not_below(session, before.id, after.parent_id)
        if after.name != before.name or after.parent_id != before.parent_id:
            after = replace(
                after, name=_check_name(session, after.name, after.parent_id, before.id)
            )
        return write_tag_change(session, [(before, after)], [], action="update", author=author)


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
        parent_id = None if parent is None else load_tag(session, parent).id
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


def _children(session: Session, tag_id: TagId) -> list[TagRecord]:
    rows = session.execute(
        select(TAGS).where(TAGS.c.parent_id == tag_id, TAGS.c.deleted.is_(False))
    )
    return [tag_from_row(row) for row in rows]


def _repoint(
    session: Session, old: TagRecord, new: TagRecord, now: datetime, author: str
) -> list[AnnotationChange]:
    """Move every use of ``old`` (tombstones too, so a restore never revives it) to ``new``."""
    moves = [
        (a.uuid, a, replace(a, tag_id=new.id, body={"tag": new.uuid}, modified_at=now))
        for a in uses_of(session, old.id, with_deleted=True)
    ]
    return write_states(session, moves, action="update", author=author)


@library_call
def merge_tags(lib: Library, source: str, target: str, *, author: str) -> TagChange:
    """Merge tag ``source`` into ``target``: its uses and sub-tags move, and it is tombstoned."""
    with lib.transaction() as session:
        old, new = load_tag(session, source), load_tag(session, target)
        if old.id == new.id:
            raise TagError(translate("Redline", "A tag cannot be merged into itself."))
        _check_not_below(session, old.id, new.id)
        now = utcnow()
        uses = _repoint(session, old, new, now, author)
        moved = [
            (c, replace(c, parent_id=new.id, modified_at=now)) for c in _children(session, old.id)
        ]
        tags = [(old, replace(old, deleted=True, modified_at=now)), *moved]
        return write_tag_change(session, tags, uses, action="merge", author=author)


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
        old = load_tag(session, uuid)
        live = uses_of(session, old.id, with_deleted=False)
        now = utcnow()
        changes: list[AnnotationChange] = []
        if live and uses == "refuse":
            raise TagInUseError(old.name, len(live))
        if uses == "reassign":
            if reassign_to is None:
                raise TagError(translate("Redline", "Name the tag to reassign the uses to."))
            changes = _repoint(session, old, load_tag(session, reassign_to), now, author)
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
        return write_tag_change(session, tags, changes, action="delete", author=author)
