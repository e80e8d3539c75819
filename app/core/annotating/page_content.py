"""What the window shows of one page, read at once: its text and words, its text layers, its
review status, its annotations in reading order, its corrected reading and the tag tree.

A page flip makes this one read, in one read transaction (so the parts agree with one another),
on the window's database worker, and each pane takes its part of the result."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.annotating.annotation_listing import read_annotations
from app.core.annotating.reading import CorrectedText, read_corrected
from app.core.annotating.records import AnnotationFilter, AnnotationRecord
from app.core.annotating.review import PageReview, read_review
from app.core.annotating.tag_store import TagNode, read_tags
from app.core.documents.queries import LayerInfo, PageText, read_page_layers, read_page_text
from app.core.ids import PageId
from app.core.library import Library


@dataclass(frozen=True, slots=True)
class PageContent:
    """One page as the window shows it."""

    page_id: PageId
    text: PageText  # the active text layer and its words
    layers: tuple[LayerInfo, ...]  # every text layer, oldest first
    review: PageReview
    annotations: tuple[AnnotationRecord, ...]  # live ones, in reading order
    reading: CorrectedText  # the active layer with its accepted corrections applied
    tags: tuple[TagNode, ...]  # the whole tag tree (names and colours of the page's tags)


def read_page(lib: Library, page_id: PageId) -> PageContent:
    """Everything the window shows of a page, as of one moment (:meth:`Library.snapshot`)."""
    with lib.snapshot() as session:
        conn = session.connection()
        text = read_page_text(conn, page_id)
        return PageContent(
            page_id,
            text,
            tuple(read_page_layers(conn, page_id)),
            read_review(session, page_id),
            tuple(read_annotations(session, AnnotationFilter(page_id=page_id))),
            read_corrected(session, page_id, (text.layer_id, text.text)),
            tuple(read_tags(session)),
        )
