"""What a published annotation set leaves out: the content of accepted redactions.

IIIF, W3C and CSV exports are publications (they go on a web server or to other people), so
every *accepted*, live redaction with a region is burned in there: its pixels are painted over in
the page images (:mod:`app.core.exchange.page_images`), and each character of the page text that
lies under it (every word whose line box meets the region — its box less the strip it shares with
the line above, :mod:`app.core.documents.word_lines` — and the span of a text-anchored redaction)
is replaced by :data:`MASK`, in the page text, the OCR lines, and the quotes of annotations. The
text keeps its length, so published offsets still count into it; a masked word shows only as long
as the painted box already shows it. Annotations (other than the redactions themselves) whose box
(their words' line boxes, or their region) meets a burned-in region are left out, as in the
publication PDF.

Which redactions burn in is the one publication rule of the PDF too
(:func:`app.core.annotating.vocabulary.burns_in`): accepted ones, unless a person chose to leave
one visible.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection

from app.core.annotating.vocabulary import burns_in
from app.core.documents.word_lines import line_boxes, meets
from app.core.exchange.common import load_body
from app.core.ids import DocumentId, TextLayerId
from db.wordpack import WordRow

MASK = "\u2588"  # FULL BLOCK: what a burned-in character reads as
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points of the unrotated page


@dataclass
class PageRedactions:
    """The burned-in regions of one page, and the text spans of text-anchored ones by layer."""

    boxes: list[Box] = field(default_factory=list)
    spans: dict[TextLayerId, list[tuple[int, int]]] = field(default_factory=dict)

    def covers(self, box: Box | None) -> bool:
        """Whether ``box`` meets a burned-in region (a shared edge does not count)."""
        return box is not None and any(meets(box, b) for b in self.boxes)


def burned_redactions(conn: Connection, document_id: DocumentId) -> dict[int, PageRedactions]:
    """The burned-in redactions of a document's pages, by page index (pages without: absent)."""
    rows = conn.exec_driver_sql(
        'SELECT p.page_index, a.x, a.y, a.w, a.h, a.text_layer_id, a.start, a."end", a.body '
        "FROM annotations a JOIN pages p ON p.id = a.page_id "
        "WHERE p.document_id = ? AND a.kind = 'redaction' AND a.status = 'accepted' "
        "AND NOT a.deleted AND a.x IS NOT NULL ORDER BY p.page_index, a.uuid",
        (document_id,),
    ).all()
    pages: dict[int, PageRedactions] = {}
    for index, x, y, w, h, layer, start, end, body in rows:
        if not burns_in("accepted", load_body(body)):
            continue  # left visible by a person's choice
        page = pages.setdefault(int(index), PageRedactions())
        page.boxes.append((float(x), float(y), float(x) + float(w), float(y) + float(h)))
        if layer is not None and start is not None and end is not None:
            page.spans.setdefault(TextLayerId(int(layer)), []).append((int(start), int(end)))
    return pages


def masked_spans(
    redactions: PageRedactions, layer_id: TextLayerId, words: Iterable[WordRow]
) -> list[tuple[int, int]]:
    """The spans of a layer's text that a publication masks: words under a burned-in region,
    and the spans of text-anchored redactions on that layer."""
    spans = list(redactions.spans.get(layer_id, ()))
    if redactions.boxes:
        words = list(words)
        lines = line_boxes([w.box for w in words])
        spans.extend(
            (w.start, w.end) for w, box in zip(words, lines, strict=True) if redactions.covers(box)
        )
    return spans


def mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with every non-space character inside ``spans`` replaced by :data:`MASK`."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            if not chars[i].isspace():
                chars[i] = MASK
    return "".join(chars)
