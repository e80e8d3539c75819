"""Accept all: every proposal of one kind on a page or a document accepted in one change, but
those whose exemption codes are not in the vocabulary, which stay proposed for a person, and
those whose words already carry them (:mod:`.already_marked`: a person marked the same SECRET
there, or another proposal of it was accepted, in this accept all too), which stay proposed as
well: accept all only ever accepts, the person rejects each as redundant in review.

A document may hold thousands of proposals, so their rows are read and written in bulk (bounded
IN lists, one ``executemany``), not one :func:`~.annotations.set_status` each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from app.core.annotating.already_marked import find_twin, session_boxes
from app.core.annotating.annotation_listing import read_annotations, records_query
from app.core.annotating.annotation_rows import ANN, HELD, commit_changes
from app.core.annotating.exemptions import unknown_codes
from app.core.annotating.records import (
    AnnotationChange,
    AnnotationFilter,
    AnnotationRecord,
    in_reading_order,
    record_from_row,
)
from app.core.annotating.revisions import (
    Stamp,
    dump_column,
    implicit,
    iso,
    load_revisions,
    next_change,
    revisions_json,
)
from app.core.annotating.vocabulary import AnnotationError, Kind
from app.core.calls import library_call
from app.core.changelog import utcnow
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.core.wording import translate
from db.models import Page

_ACCEPT_ROW = (
    update(ANN)
    .where(ANN.c.id == bindparam("row_id"))
    .values(status="accepted", revisions=bindparam("new_revisions"), version=ANN.c.version + 1)
)


@dataclass(frozen=True)
class HeldProposal:
    """A proposal "accept all" left proposed: its exemption codes are not in the vocabulary."""

    uuid: str
    page_index: int  # from 0
    codes: tuple[str, ...]  # the unknown ones


@dataclass(frozen=True)
class MarkedProposal:
    """A proposal "accept all" left proposed: its words already carry it (``twin`` says it)."""

    uuid: str
    page_index: int  # from 0
    twin: str  # the uuid of the accepted annotation that says it


@dataclass(frozen=True)
class AcceptAllOutcome:
    """What "accept all" did: the changes (one undo step) and the proposals it left proposed:
    ``held`` for their codes, ``marked`` for what their words already carry."""

    changes: list[AnnotationChange] = field(default_factory=list)
    held: list[HeldProposal] = field(default_factory=list)
    marked: list[MarkedProposal] = field(default_factory=list)


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
    proposed, for a person to correct and accept one by one, and are returned as ``held``; and
    those whose words already carry them (an accepted annotation says the same there, one
    accepted before in this call too: in reading order), returned as ``marked``."""
    if (page_id is None) == (document_id is None):
        raise AnnotationError(translate("Redline", "Accept all on one page or one document."))
    where = AnnotationFilter(page_id=page_id, document_id=document_id, kind=kind, status="proposed")
    now = utcnow()
    with lib.transaction() as session:
        locked = records_query(where).with_for_update(of=ANN)  # none changes between read and write
        found = in_reading_order(record_from_row(row) for row in session.execute(locked))
        unknown = {b.uuid: unknown_codes(b.kind, b.body) for b in found}
        befores, marked = _not_marked(session, [b for b in found if not unknown[b.uuid]], where)
        changes = [
            AnnotationChange(b.uuid, b, replace(b, status="accepted", modified_at=now))
            for b in befores
        ]
        _accept_rows(session, befores, now, author)
        commit_changes(session, changes, action="status", author=author)
        held = [b for b in found if unknown[b.uuid]]
        index = _page_indexes(session, {b.page_id for b in held} | {b.page_id for b, _ in marked})
        return AcceptAllOutcome(
            changes,
            [HeldProposal(b.uuid, index[b.page_id], tuple(unknown[b.uuid])) for b in held],
            [MarkedProposal(b.uuid, index[b.page_id], twin.uuid) for b, twin in marked],
        )


def _not_marked(
    session: Session, proposals: Sequence[AnnotationRecord], where: AnnotationFilter
) -> tuple[list[AnnotationRecord], list[tuple[AnnotationRecord, AnnotationRecord]]]:
    """``proposals`` (in reading order) split into those to accept and those their words already
    carry, each with the annotation that says it: one accepted before, or one of ``proposals``
    before it (two rules reading one banner made two proposals of it: one is accepted)."""
    if not proposals:
        return [], []
    accepted: dict[PageId, list[AnnotationRecord]] = {}
    for rec in read_annotations(session, replace(where, status="accepted")):
        accepted.setdefault(rec.page_id, []).append(rec)
    box_of = session_boxes(session)
    to_accept, marked = [], []
    for b in proposals:
        on_page = accepted.setdefault(b.page_id, [])
        twin = find_twin(b, on_page, box_of)
        if twin is None:
            to_accept.append(b)
            on_page.append(replace(b, status="accepted"))
        else:
            marked.append((b, twin))
    return to_accept, marked


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
    session.info.pop(HELD, None)  # (rows written here are no longer as load_record read them)
    session.execute(_ACCEPT_ROW.values(modified_at=now), rows)
