"""What a publication PDF burns in, read from the library: the rule, in one place.

Every *accepted* redaction is burned in, whether a person drew it or accepted a detector's
proposal, unless a person chose to leave it visible in publications. Proposed (undecided) and
rejected redactions are never burned in; they, and those left visible, are reported as left out
with the reason. Deleted annotations do not count at all. An export whose documents still hold
undecided redaction proposals is refused unless the caller says to publish without them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import pymupdf
from sqlalchemy import Connection

from app.core import wording
from app.core.annotating.vocabulary import (
    LEAVE_VISIBLE,
    Kind,
    Origin,
    Status,
    burns_in,
)
from app.core.calls import library_call
from app.core.documents.textlayer import load_words
from app.core.documents.word_lines import line_boxes
from app.core.exchange.common import (
    ExportError,
    ExportScope,
    load_body,
    resolve_scope,
)
from app.core.exchange.redacted import burned_boxes, printed_label
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.library import Library

PendingPolicy = Literal["refuse", "skip"]
Reason = Literal["pending", "rejected", "left visible"]


@dataclass(frozen=True)
class Redaction:
    """One redaction of a page: what the report and the burn need."""

    uuid: str
    page_index: int
    rect: pymupdf.Rect  # unrotated page points, origin top-left
    codes: tuple[str, ...]
    status: Status
    left_visible: bool
    quote: str | None  # the text it is anchored to, if any
    span: tuple[int, int] | None  # that text's span in the page's active layer
    origin: Origin
    lines: tuple[pymupdf.Rect, ...] = ()  # a quoted phrase on several lines: a box per line

    @property
    def boxes(self) -> tuple[pymupdf.Rect, ...]:
        """What is burned: the region, or one box per printed line of the phrase it was made
        of (:func:`~app.core.documents.word_lines.line_regions`)."""
        return self.lines or (self.rect,)

    @property
    def label(self) -> str:
        """The codes as agencies print them in a released box: ``(b)(6), (b)(7)(C)``."""
        return printed_label({"exemptions": list(self.codes)})

    @property
    def burned(self) -> bool:
        return burns_in(self.status, {LEAVE_VISIBLE: self.left_visible})

    @property
    def reason(self) -> Reason | None:
        """Why it is left out (None: it is burned in)."""
        if self.status == "proposed":
            return "pending"
        if self.status == "rejected":
            return "rejected"
        return "left visible" if self.left_visible else None


@dataclass(frozen=True)
class PageNote:
    """An annotation shown in the PDF when asked for: where, and the text of its popup."""

    rect: pymupdf.Rect
    content: str
    author: str


@dataclass(frozen=True)
class Shown:
    """A live annotation that is not burned in (nor rejected): shown as a PDF annotation when a
    person asks for them."""

    kind: Kind
    body: dict[str, Any]
    tag: str | None
    author: str
    region: pymupdf.Rect | None
    start: int
    end: int
    on_page: bool = False  # a note on the whole page: no region, no span of the text


@dataclass
class PagePlan:
    """One page: its text layer, its redactions, and the annotations it may show."""

    page_id: PageId
    index: int
    layer_id: TextLayerId | None
    text: str
    rotation: int = 0  # the page's /Rotate: its lines are those the reader sees
    redactions: list[Redaction] = field(default_factory=list)
    shown: list[Shown] = field(default_factory=list)

    @property
    def burned(self) -> list[Redaction]:
        return [r for r in self.redactions if r.burned]


class PendingProposals(ExportError):
    """The documents still hold redaction proposals nobody decided."""

    def __init__(self, count: int, where: str) -> None:
        proposals = wording.count(
            count, "1 redaction proposal nobody accepted", "{n} redaction proposals nobody accepted"
        )
        them = "it" if count == 1 else "them"
        super().__init__(
            f"{proposals} or rejected ({where}): review {them} first, or publish without {them} "
            "(--pending skip)"
        )
        self.count, self.where = count, where

    def __reduce__(self) -> tuple[type[PendingProposals], tuple[int, str]]:
        return PendingProposals, (self.count, self.where)  # crosses from a worker process


_PAGES = (
    "SELECT p.id, p.page_index, p.active_text_layer_id, t.text, p.rotation FROM pages p "
    "LEFT JOIN text_layers t ON t.id = p.active_text_layer_id "
    "WHERE p.document_id = ? ORDER BY p.page_index"
)
_ANNOTATIONS = (
    'SELECT a.page_id, a.uuid, a.kind, a.status, a.body, a.x, a.y, a.w, a.h, a.start, a."end", '
    "a.quote, a.text_layer_id, a.origin, a.author, t.name FROM annotations a "
    "JOIN pages p ON p.id = a.page_id LEFT JOIN tags t ON t.id = a.tag_id "
    "WHERE p.document_id = ? AND NOT a.deleted ORDER BY p.page_index, a.y, a.x, a.uuid"
)


def _redaction(row: Sequence[Any], page: PagePlan, body: dict[str, Any]) -> Redaction | None:
    _, uuid, _, status, _, x, y, w, h, start, end, quote, layer, origin = row[:14]
    if x is None:
        return None  # a redaction always has a region; a hand-edited row without one burns nothing
    anchored = start is not None and end is not None and layer == page.layer_id
    return Redaction(
        uuid=uuid,
        page_index=page.index,
        rect=pymupdf.Rect(x, y, x + w, y + h),
        codes=tuple(str(c) for c in body.get("exemptions", []) if str(c).strip()),
        status=status,
        left_visible=body.get(LEAVE_VISIBLE) is True,
        quote=quote if quote else None,
        span=(int(start), int(end)) if anchored else None,
        origin=origin,
    )


def document_plan(conn: Connection, document_id: DocumentId) -> list[PagePlan]:
    """Every page of a document with its redactions and other live annotations."""
    pages = [
        PagePlan(
            PageId(int(pid)),
            int(index),
            None if layer is None else TextLayerId(int(layer)),
            str(text or ""),
            int(rotation or 0),
        )
        for pid, index, layer, text, rotation in conn.exec_driver_sql(_PAGES, (document_id,)).all()
    ]
    by_id = {p.page_id: p for p in pages}
    for row in conn.exec_driver_sql(_ANNOTATIONS, (document_id,)).all():
        page = by_id[PageId(int(row[0]))]
        kind, status, body = row[2], row[3], load_body(row[4])
        found = _redaction(row, page, body) if kind == "redaction" else None
        if found is not None:
            page.redactions.append(found)
        if status != "rejected" and not (found is not None and found.burned):
            x, y, w, h = row[5:9]
            region = None if x is None else pymupdf.Rect(x, y, x + w, y + h)
            on_page = region is None and row[9] is None
            page.shown.append(Shown(kind, body, row[15], row[14] or "", region, row[9] or 0,
                                    row[10] or 0, on_page))  # fmt: skip
    for page in pages:
        _burn_by_lines(conn, page)
    return pages


def _burn_by_lines(conn: Connection, page: PagePlan) -> None:
    """A box per printed line for each burned redaction made of a quoted phrase that runs over
    several lines (the one box around it would cover the rest of those lines too): the boxes
    every publication burns (:func:`~app.core.exchange.redacted.burned_boxes`)."""
    quoted = [n for n, r in enumerate(page.redactions) if r.burned and r.span is not None]
    if not quoted or page.layer_id is None:
        return
    words = load_words(conn, page.layer_id)
    lines = line_boxes([w.box for w in words], page.rotation)
    for n in quoted:
        r = page.redactions[n]
        region = (r.rect.x0, r.rect.y0, r.rect.x1, r.rect.y1)
        boxes = burned_boxes(words, lines, r.span, region, page.rotation)
        if len(boxes) > 1:
            page.redactions[n] = replace(r, lines=tuple(pymupdf.Rect(b) for b in boxes))


def pending_proposals(
    conn: Connection, document_ids: Sequence[DocumentId]
) -> list[tuple[DocumentId, int, str]]:
    """(document id, page index, uuid) of every undecided redaction proposal of the documents."""
    out: list[tuple[DocumentId, int, str]] = []
    for i in range(0, len(document_ids), 500):
        chunk = tuple(document_ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        out += [
            (DocumentId(int(d)), int(p), str(u))
            for d, p, u in conn.exec_driver_sql(
                "SELECT p.document_id, p.page_index, a.uuid FROM annotations a "
                "JOIN pages p ON p.id = a.page_id WHERE a.kind = 'redaction' "
                f"AND a.status = 'proposed' AND NOT a.deleted AND p.document_id IN ({marks}) "
                "ORDER BY p.document_id, p.page_index, a.y, a.x",
                chunk,
            )
        ]
    return out


def check_pending(
    conn: Connection,
    document_ids: Sequence[DocumentId],
    policy: PendingPolicy,
    titles: dict[DocumentId, str],
) -> None:
    """Refuse (policy ``refuse``) when the documents hold undecided redaction proposals."""
    if policy == "skip":
        return
    pending = pending_proposals(conn, document_ids)
    if not pending:
        return
    raise PendingProposals(len(pending), where_pending(
        sorted({(titles.get(d, str(d)), p + 1) for d, p, _ in pending})
    ))  # fmt: skip


SHOWN_PAGES = 5  # pages a refusal names; the rest are counted


def where_pending(pages: Sequence[tuple[str, int]]) -> str:
    """(title, page number) pairs as a refusal names them, each document once: "memo pages 1,
    2; cable page 4 and 3 more pages"."""
    grouped: dict[str, list[int]] = {}
    for title, number in pages[:SHOWN_PAGES]:
        grouped.setdefault(title, []).append(number)
    shown = "; ".join(
        f"{title} page{'s' if len(numbers) > 1 else ''} {', '.join(map(str, numbers))}"
        for title, numbers in grouped.items()
    )
    more = len(pages) - SHOWN_PAGES
    return shown + (f" and {more} more page{'s' if more > 1 else ''}" if more > 0 else "")


@library_call
def pending_in_scope(lib: Library, scope: ExportScope) -> list[tuple[DocumentId, int, str]]:
    """The undecided redaction proposals of the documents a publication of ``scope`` covers:
    (document id, page index, uuid), in reading order."""
    with lib.snapshot() as session:
        conn = session.connection()
        return pending_proposals(conn, resolve_scope(conn, scope).document_ids)


@library_call
def documents_in_scope(lib: Library, scope: ExportScope) -> int:
    """How many documents a publication of ``scope`` covers (one PDF each): the export form
    asks before it closes whether they need a folder."""
    with lib.reading() as session:
        return len(resolve_scope(session.connection(), scope).document_ids)
