"""Finding what a script names on a page: a quoted text in the page's current reading (its active
text with accepted corrections applied), as the span of the active layer an annotation anchors to
and the box around its words; and a tag by its path in the taxonomy ("Places/Havana").

The command line (``redline annotate add --quote``) uses these to make the same annotations the
window makes from a selection.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.annotating.reading import CorrectedText, read_corrected
from app.core.annotating.records import Region, Span
from app.core.annotating.tag_store import TagNode, list_tags, walk_tags
from app.core.annotating.tags import create_tag
from app.core.annotating.vocabulary import AnnotationError
from app.core.documents.queries import WordBox, document_summary, read_page_text
from app.core.documents.word_lines import fit_region, line_boxes
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.core.wording import translate


@dataclass(frozen=True)
class FoundText:
    """Where a quote is: its span of the page's active layer, the layer's own text there, and
    the box around its words (None when they have no boxes), and how often the quote occurs."""

    span: Span
    quote: str
    region: Region | None
    occurrences: int = 1


def page_id_of(lib: Library, document: DocumentId, number: int) -> PageId:
    """The id of page ``number`` (from 1, as the window shows pages) of a document."""
    pages = document_summary(lib, document).pages
    if not 1 <= number <= len(pages):
        raise AnnotationError(
            translate(
                "Redline", "The document has pages 1 to {value}; there is no page {number}."
            ).format(value=len(pages), number=number)
        )
    return pages[number - 1].id


def _to_original(reading: CorrectedText, offset: int, *, is_end: bool) -> int:
    """An offset of the corrected reading as an offset of the original text (a position inside
    a correction goes to the correction's start, or its end for an end)."""
    shift = 0
    for s in reading.spans:
        if offset < s.corrected_start or (is_end and offset == s.corrected_start):
            break
        if offset < s.corrected_end or (is_end and offset == s.corrected_end):
            return s.end if is_end else s.start
        shift = s.end - s.corrected_end
    return offset + shift


def region_of_words(
    words: Sequence[WordBox], start: int, end: int, rotation: int = 0
) -> Region | None:
    """The box around the words a span covers, fitted to their lines (as the page is shown,
    turned by ``rotation``) so that it meets no other word
    (:func:`app.core.documents.word_lines.fit_region`); None: they have no boxes."""
    lines = line_boxes([w.box for w in words], rotation)
    chosen = {i for i, w in enumerate(words) if w.start < end and start < w.end}
    box = fit_region(lines, chosen, rotation)
    if box is None:
        return None
    return Region(box[0], box[1], box[2] - box[0], box[3] - box[1])


def spans_in_region(words: Sequence[WordBox], region: Region) -> list[tuple[int, int]]:
    """The spans of the words whose box's centre lies in ``region`` (unrotated points), words
    next to one another in the text joined into one span: what a box drawn on the scan
    covers in the text."""
    inside = sorted(
        (w.start, w.end)
        for w in words
        if w.box is not None
        and region.x <= (w.box[0] + w.box[2]) / 2 <= region.x + region.w
        and region.y <= (w.box[1] + w.box[3]) / 2 <= region.y + region.h
    )
    spans: list[tuple[int, int]] = []
    for start, end in inside:
        if spans and start - spans[-1][1] <= 1:  # (the space between two words)
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def find_text(lib: Library, page_id: PageId, quote: str, occurrence: int = 1) -> FoundText:
    """The ``occurrence``-th (from 1) place ``quote`` appears in the page's current reading;
    spaces and line breaks between its words match any run of white space."""
    parts = quote.split()
    if not parts:
        raise AnnotationError(translate("Redline", "Give the text to find (--quote)."))
    if occurrence < 1:
        raise AnnotationError(translate("Redline", "--occurrence counts from 1."))
    with lib.reading() as session:  # the reading and the words it is found in, read together
        reading = read_corrected(session, page_id)
        words = read_page_text(session.connection(), page_id).words
        rotation = (
            session.connection()
            .exec_driver_sql("SELECT rotation FROM pages WHERE id = ?", (page_id,))
            .scalar()
        )
    if reading.layer_id is None:
        raise AnnotationError(
            translate(
                "Redline", "This page has no text yet (run OCR first); give --region instead."
            )
        )
    pattern = re.compile(r"\s+".join(re.escape(p) for p in parts))
    found = list(pattern.finditer(reading.corrected))
    if not found:
        raise AnnotationError(
            translate("Redline", "{quote!r} is not in the page's current reading.").format(
                quote=quote
            )
        )
    if occurrence > len(found):
        raise AnnotationError(
            translate(
                "Redline",
                "{quote!r} occurs {value} time(s) on the page; there is "
                "no occurrence {occurrence}.",
            ).format(quote=quote, value=len(found), occurrence=occurrence)
        )
    match = found[occurrence - 1]
    start = _to_original(reading, match.start(), is_end=False)
    end = _to_original(reading, match.end(), is_end=True)
    return FoundText(
        Span(start, end, reading.layer_id),
        reading.original[start:end],
        region_of_words(words, start, end, int(rotation or 0)),
        len(found),
    )


def _child(nodes: Sequence[TagNode], name: str) -> TagNode | None:
    return next((n for n in nodes if n.tag.name == name), None)


def tag_by_path(lib: Library, path: str, *, author: str, create: bool = False) -> tuple[str, bool]:
    """The uuid of the tag at ``path`` ("Parent/Child", or a tag uuid), making the missing tags
    of the path when ``create``; returns (uuid, whether a tag was made)."""
    names = [p.strip() for p in path.split("/") if p.strip()]
    if not names:
        raise AnnotationError(translate("Redline", "Give a tag path such as Places/Havana."))
    nodes: Sequence[TagNode] = list_tags(lib)
    for node, _ in walk_tags(nodes):  # a uuid names the tag directly
        if node.tag.uuid == path.strip():
            return node.tag.uuid, False
    parent: str | None = None
    made = False
    for depth, name in enumerate(names):
        child = _child(nodes, name)
        if child is not None:
            parent, nodes = child.tag.uuid, child.children
            continue
        if not create:
            known = "/".join(names[:depth]) or "the top"
            raise AnnotationError(
                translate("Redline", "There is no tag {name!r} under {known}.").format(
                    name=name, known=known
                )
            )
        change = create_tag(lib, name, author=author, parent=parent)
        parent, nodes, made = change.tag.uuid, (), True
    assert parent is not None
    return parent, made


def tag_paths(lib: Library) -> dict[str, str]:
    """Every live tag's uuid → its path ("Parent/Child")."""
    return {n.tag.uuid: "/".join(path) for n, path in walk_tags(list_tags(lib))}
