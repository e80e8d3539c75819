"""A page's review status: unreviewed, in progress or reviewed, with who set it and when; the next
page to review.

Each change is one transaction and a change-log row, returned as a :class:`ReviewChange` the
undo stack replays (:func:`set_page_review`).
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from app.core.annotating.records import no_page
from app.core.annotating.revisions import (
    dump_column,
    implicit,
    iso,
    load_revisions,
    next_change,
    revisions_json,
)
from app.core.calls import library_call
from app.core.changelog import log_change, utcnow
from app.core.documents.review_status import PAGE_STATUSES, ReviewStatus
from app.core.errors import RedlineError
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.core.wording import translate
from db.models import Annotation, Document, Page, TextLayer

ANN = cast(Table, Annotation.__table__)
PAGES = cast(Table, Page.__table__)
DOCS = cast(Table, Document.__table__)
LAYERS = cast(Table, TextLayer.__table__)


class ReviewError(RedlineError):
    """A review status that cannot be set as asked."""


@dataclass(frozen=True)
class PageReview:
    """A page's review status, who set it and when (None while never set)."""

    page_id: PageId
    page_index: int
    status: ReviewStatus
    by: str | None
    at: datetime | None


@dataclass(frozen=True)
class ReviewChange:
    """A review status change; ``set_page_review(lib, change.before)`` undoes it."""

    before: PageReview
    after: PageReview


def check_review_status(status: str) -> ReviewStatus:
    """One of :data:`PAGE_STATUSES` (the service's and the merge's rule)."""
    if status not in PAGE_STATUSES:
        raise ReviewError(
            translate("Redline", "Unknown review status {status!r}; known: {value}.").format(
                status=status, value=", ".join(PAGE_STATUSES)
            )
        )
    return status


def page_uuid(document_uuid: str, page_index: int) -> str:
    """A stable id for a page in the change log (pages have no uuid column of their own)."""
    return str(uuidlib.uuid5(uuidlib.UUID(document_uuid), f"page/{page_index}"))


def _review(session: Session, page_id: PageId) -> tuple[PageReview, str]:
    row = session.execute(
        select(PAGES, DOCS.c.uuid.label("doc_uuid"))
        .join(DOCS, DOCS.c.id == PAGES.c.document_id)
        .where(PAGES.c.id == page_id)
    ).first()
    if row is None:
        raise no_page(page_id)
    review = PageReview(
        PageId(row.id), row.page_index, row.review_status, row.reviewed_by, row.reviewed_at
    )
    return review, page_uuid(row.doc_uuid, row.page_index)


def _write_review(
    session: Session, target: PageReview, *, action: str, author: str
) -> ReviewChange:
    check_review_status(target.status)
    before, entity_uuid = _review(session, target.page_id)
    session.execute(
        update(PAGES)
        .where(PAGES.c.id == target.page_id)
        .values(
            review_status=target.status,
            reviewed_by=target.by,
            reviewed_at=target.at,
            revisions=_revisions(session, before, target),
        )
    )
    after, _ = _review(session, target.page_id)
    log_change(
        session,
        entity="page",
        entity_uuid=entity_uuid,
        action=action,
        before=before,
        after=after,
        author=author,
    )
    return ReviewChange(before, after)


def _revisions(session: Session, before: PageReview, after: PageReview) -> str | None:
    """The page's ``revisions`` column once its review went from ``before`` to ``after``: a new
    version of its review whenever status, who or when changed. Who and when of the version are
    the review's own, so the page and its version always agree."""
    stored = session.execute(select(PAGES.c.revisions).where(PAGES.c.id == before.page_id)).scalar()
    if (before.status, before.by, before.at) == (after.status, after.by, after.at):
        return stored
    versions = load_revisions(stored)
    old = versions.get("review") or implicit(
        "review", before.status, before.by or "", iso(before.at)
    )
    replica, number = next_change(session.connection())
    versions["review"] = old.extended(replica, number, after.by or "", iso(after.at))
    return dump_column(revisions_json(versions))


@library_call
def set_page_status(
    lib: Library, page_id: PageId, status: ReviewStatus, *, author: str
) -> ReviewChange:
    """Set a page's review status, recording who and when."""
    with lib.transaction() as session:
        current, _ = _review(session, page_id)
        target = PageReview(page_id, current.page_index, status, author, utcnow())
        return _write_review(session, target, action="review", author=author)


@library_call
def set_page_review(
    lib: Library, review: PageReview, *, author: str, action: str = "undo"
) -> ReviewChange:
    """Put a page back in an earlier review state exactly (who and when too): for undo, and
    (``action="redo"``) for redo."""
    with lib.transaction() as session:
        return _write_review(session, review, action=action, author=author)


def read_review(session: Session, page_id: PageId) -> PageReview:
    """A page's review status, inside the caller's transaction."""
    return _review(session, page_id)[0]


@library_call
def next_unreviewed_page(
    lib: Library, document_id: DocumentId, after_index: int = -1, *, wrap: bool = True
) -> PageReview | None:
    """The first page after ``after_index`` not yet reviewed (from the start again if ``wrap``)."""
    base = (
        select(PAGES)
        .where(PAGES.c.document_id == document_id, PAGES.c.review_status != "reviewed")
        .order_by(PAGES.c.page_index)
        .limit(1)
    )
    with lib.reading() as session:
        row = session.execute(base.where(PAGES.c.page_index > after_index)).first()
        if row is None and wrap:
            row = session.execute(base).first()
    if row is None:
        return None
    return PageReview(
        PageId(row.id), row.page_index, row.review_status, row.reviewed_by, row.reviewed_at
    )
