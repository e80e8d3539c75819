"""The annotation service: making and changing corrections, tags, markings, redactions and notes
on pages, one at a time, each checked against its page (anchors, region, tag, body).

Each function is one user action and one transaction, and returns frozen dataclasses, never ORM
objects. Every change writes a change-log row in the same transaction and returns an
:class:`AnnotationChange` (the states before and after), so an undo command can call
:func:`~.annotation_rows.revert_changes` for undo and :func:`~.annotation_rows.apply_changes` for
redo. Undoing a creation removes the row, so undoing everything returns the annotations to where
they started; the log keeps it all. Reading them is :mod:`.annotation_listing`; accepting many at
once, :mod:`.bulk_accept`.
"""

from __future__ import annotations

import enum
import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import Row, bindparam, select
from sqlalchemy.orm import Session

from app.core.annotating.already_marked import refuse_twin
from app.core.annotating.annotation_rows import (
    HELD,
    INSERT_RECORD,
    LAYERS,
    PAGES,
    STALE_EDIT,
    TAGS,
    UPDATE_RECORD,
    StaleEditError,
    check_expected,
    commit_changes,
    load_live_record,
    load_record,
    lock_version,
    write_state,
)
from app.core.annotating.bodies import validate_body
from app.core.annotating.records import (
    AnnotationChange,
    AnnotationRecord,
    Region,
    Span,
    TextAnchor,
    anchor_at,
    no_page,
    record_columns,
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
)
from app.core.calls import library_call
from app.core.changelog import utcnow
from app.core.ids import AnnotationId, PageId, TagId, TextLayerId
from app.core.library import Library
from app.core.wording import translate

_PAGE_BY_ID = select(PAGES).where(PAGES.c.id == bindparam("id"))
_LAYER_BY_ID = select(LAYERS.c.page_id, LAYERS.c.text).where(LAYERS.c.id == bindparam("id"))


class _Unset(enum.Enum):
    UNSET = 0


UNSET = _Unset.UNSET

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
        session.execute(INSERT_RECORD, record_columns(record))
        change = AnnotationChange(record.uuid, None, load_record(session, record.uuid))
        commit_changes(session, [change], action="create", author=author)
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
        before = load_live_record(session, uuid)
        check_expected(before, expected)
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
        refuse_twin(session, after, before)
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
    write_state(session, before.uuid, after, before=before, author=author)
    change = AnnotationChange(before.uuid, before, after)
    commit_changes(session, [change], action=action, author=author)
    return change


@library_call
def delete_annotation(
    lib: Library, uuid: str, *, author: str, expected: AnnotationRecord | None = None
) -> AnnotationChange:
    """Delete (a tombstone, so that merges carry the deletion)."""
    with lib.transaction() as session:
        before = load_record(session, uuid)
        check_expected(before, expected)
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
    """Accept, reject or propose one annotation. Accepting what its words already carry (a
    proposal of the SECRET a person marked there) is refused:
    :class:`~.already_marked.AlreadyMarkedError`, nothing changed."""
    with lib.transaction() as session:
        before = load_live_record(session, uuid)
        check_expected(before, expected)
        after = replace(before, status=check_status(status))
        refuse_twin(session, after, before)
        return _change(session, before, after, action="status", author=author)


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
    held = session.info.get(HELD, {}).pop(before.uuid, None)  # (written now: no longer as read)
    version = lock_version(session, before.uuid) if held is None else int(held[0])
    done = session.execute(
        UPDATE_RECORD, {**values, "revisions": revisions, "conflicts": conflicts,
                         "where_uuid": before.uuid, "where_version": version}
    )  # fmt: skip
    if not done.rowcount:  # type: ignore[attr-defined]
        raise StaleEditError(STALE_EDIT)
    change = AnnotationChange(before.uuid, before, load_record(session, before.uuid))
    commit_changes(session, [change], action="resolve", author=author)
    return change
