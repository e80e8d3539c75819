"""What a published annotation set leaves out: the content of accepted redactions.

IIIF, W3C and CSV exports are publications (they go on a web server or to other people), so
every *accepted*, live redaction with a region is burned in there: its boxes are painted over in
the page images (:mod:`app.core.exchange.page_images`, its exemption codes printed in its largest
box as the publication PDF prints them), the words they take painted out whole, and each
character of those words (the one rule of every publication, :mod:`app.core.exchange.withheld`:
on the words' line boxes — a word's box less the strip it shares with the line above,
:mod:`app.core.documents.word_lines` —, within 1 pt, corrected groups whole, grown until no more
are taken) and of the span of a text-anchored redaction is replaced by :data:`MASK`, in the page
text, the OCR lines, and the quotes of annotations. The text keeps its length, so published
offsets still count into it; a masked word shows only as long as the painted box already shows
it. Annotations (other than the redactions themselves) whose box (their words' line boxes, or
their region) meets a burned box are left out. The text, ALTO, PAGE and hOCR exports mask and
leave out the same words (:mod:`app.core.exchange.text`, :mod:`app.core.exchange.ocr_layout`).

Which redactions burn in is the one publication rule of the PDF too
(:func:`app.core.annotating.vocabulary.burns_in`): accepted ones, unless a person chose to leave
one visible. What each burns is one rule too, :func:`burned_boxes`, which the PDF burns
(:mod:`app.core.exchange.pdf_plan`): its region, or, for a quoted phrase that runs over several
lines, one box per printed line of its words, so that the words beside the phrase on its first
and last line stay published. Every publication reads its output back against these rules, read
afresh from the library, before it is published (:mod:`app.core.exchange.readback`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import Connection

from app.core.annotating.exemptions import agency_code
from app.core.annotating.reading import accepted_corrections
from app.core.annotating.vocabulary import burns_in
from app.core.documents.textlayer import load_words
from app.core.documents.word_lines import line_boxes, line_regions, meets
from app.core.exchange.common import load_body
from app.core.exchange.withheld import Fix, Withheld, withheld, word_boxes
from app.core.ids import DocumentId, PageId, TextLayerId
from db.wordpack import WordRow

MASK = "\u2588"  # FULL BLOCK: what a burned-in character reads as
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points of the unrotated page


@dataclass
class PageRedactions:
    """What burns in on one page: the boxes of its burned-in redactions (:func:`burned_boxes`),
    and the text spans of text-anchored ones by layer; ``rotation``, the page's (its lines are
    those the reader sees, :mod:`app.core.documents.word_lines`); ``labels``, each redaction's
    exemption codes as agencies print them, with the box the page images print them in (one
    label a group of overlapping redactions, :func:`grouped_labels`, as the publication PDF
    prints it)."""

    boxes: list[Box] = field(default_factory=list)
    spans: dict[TextLayerId, list[tuple[int, int]]] = field(default_factory=dict)
    rotation: int = 0
    labels: list[tuple[Box, str]] = field(default_factory=list)
    layer: TextLayerId | None = None  # the page's active layer
    hidden: Withheld = field(default_factory=Withheld)  # what they take from it (the one rule)

    @property
    def grown(self) -> tuple[Box, ...]:
        """What is painted besides the boxes: the words they take, whole (:func:`withheld`)."""
        return self.hidden.grown

    @property
    def painted(self) -> list[Box]:
        """What a page image paints black: the boxes, and the words they take whole."""
        return [*self.boxes, *self.hidden.grown]

    def covers(self, box: Box | None) -> bool:
        """Whether ``box`` meets a burned-in box (a shared edge does not count)."""
        return box is not None and any(meets(box, b) for b in self.boxes)


def burned_boxes(
    words: Sequence[WordRow],
    lines: Sequence[Box | None],
    span: tuple[int, int] | None,
    region: Box,
    rotation: int = 0,
) -> list[Box]:
    """What a burned-in redaction burns, in every publication (the PDF's boxes, the painted boxes
    of the page images, the boxes words are masked and annotations left out by): one box per
    printed line of the words its text anchor ``span`` holds in the page's active layer (its
    ``words``, with their ``lines``, :func:`~app.core.documents.word_lines.line_boxes`) when they
    run over several lines and ``region`` is the one made of them
    (:func:`~app.core.documents.word_lines.line_regions`, the lines of the page shown turned by
    ``rotation``); else ``region`` whole."""
    if span is None:
        return [region]
    start, end = span
    chosen = {i for i, w in enumerate(words) if w.start < end and start < w.end}
    return line_regions(lines, chosen, region, rotation=rotation)


_BURNED = (
    "SELECT p.id, p.page_index, p.rotation, p.active_text_layer_id, a.x, a.y, a.w, a.h, "
    'a.text_layer_id, a.start, a."end", a.body FROM annotations a JOIN pages p ON p.id = a.page_id '
    "WHERE {page} AND a.kind = 'redaction' AND a.status = 'accepted' AND NOT a.deleted "
    "ORDER BY p.page_index, a.uuid"
)


def burned_redactions(conn: Connection, document_id: DocumentId) -> dict[int, PageRedactions]:
    """The burned-in redactions of a document's pages, by page index (pages without: absent)."""
    return _burned(conn, "p.document_id = ?", document_id)


def page_redactions(conn: Connection, page_id: PageId) -> PageRedactions:
    """The burned-in redactions of one page."""
    return next(iter(_burned(conn, "p.id = ?", page_id).values()), PageRedactions())


def _burned(conn: Connection, page: str, key: int) -> dict[int, PageRedactions]:
    pages: dict[int, PageRedactions] = {}
    lines: dict[TextLayerId, tuple[list[WordRow], list[Box | None]]] = {}
    printed: dict[int, list[tuple[list[Box], str]]] = {}  # each redaction's boxes and codes
    actives: dict[int, TextLayerId] = {}  # each page's active layer
    page_ids: dict[int, PageId] = {}

    def layer_lines(active: TextLayerId, rotation: int) -> tuple[list[WordRow], list[Box | None]]:
        if active not in lines:
            words = load_words(conn, active)
            lines[active] = words, line_boxes([word.box for word in words], rotation)
        return lines[active]

    for (
        page_id,
        index,
        rotation,
        active,
        x,
        y,
        w,
        h,
        layer,
        start,
        end,
        body,
    ) in conn.exec_driver_sql(_BURNED.format(page=page), (key,)).all():
        fields = load_body(body)
        if not burns_in("accepted", fields):
            continue  # left visible by a person's choice
        out = pages.setdefault(int(index), PageRedactions(rotation=int(rotation or 0)))
        if active is not None:
            actives[int(index)] = TextLayerId(int(active))
            page_ids[int(index)] = PageId(int(page_id))
        anchored = layer is not None and start is not None and end is not None
        span = (int(start), int(end)) if anchored else None
        if span is not None:  # (masked even without a region, which only a hand-edited row lacks)
            out.spans.setdefault(TextLayerId(int(layer)), []).append(span)
        if x is None:
            continue
        region = (float(x), float(y), float(x) + float(w), float(y) + float(h))
        if span is None or layer != active:
            burned = [region]
        else:
            words, boxes = layer_lines(TextLayerId(int(active)), out.rotation)
            burned = burned_boxes(words, boxes, span, region, out.rotation)
        out.boxes.extend(burned)
        printed.setdefault(int(index), []).append((burned, printed_label(fields)))
    for index, redactions in printed.items():
        pages[index].labels = [
            (redactions[r][0][k], text) for r, k, text in grouped_labels(redactions)
        ]
    for index, active in actives.items():
        out = pages[index]
        words, _ = layer_lines(active, out.rotation)
        fixes = accepted_corrections(conn, page_ids[index], active) if words else []
        out.layer = active
        out.hidden = withheld(words, word_boxes(words, out.rotation), [Fix(*c) for c in fixes],
                              out.boxes, out.spans.get(active, []), out.rotation)  # fmt: skip
    return pages


def grouped_labels(redactions: Sequence[tuple[Sequence[Box], str]]) -> list[tuple[int, int, str]]:
    """Where a page's exemption codes are printed, and what, for its burned redactions (each its
    boxes and its label, :func:`printed_label`): one label for each group of redactions whose
    boxes overlap (a shared edge does not count), with the codes of all of them, each once, in
    one of the group's boxes — (redaction, box of it, label). A group without
    codes has none. Printed one a redaction (until 2026-12-07), the labels of two overlapping
    boxes were printed over each other, unreadable, and the publication's own check refused the
    file: a reader read them as one word, or their pixels as something under a box. The codes go
    in the order of their redactions' places on the page (top first, then left), the box is the
    largest (then the highest, then the leftmost): the same in every publication, whatever order
    the redactions are read in."""
    owner = [r for r, (bs, _) in enumerate(redactions) for _ in bs]
    touching = _touching(np.array([b for bs, _ in redactions for b in bs], dtype=float))
    group = list(range(len(redactions)))  # (redactions joined by their boxes' groups)

    def root(r: int) -> int:
        while group[r] != r:
            group[r] = group[group[r]]
            r = group[r]
        return r

    first: dict[int, int] = {}  # a group of boxes: the first redaction met in it
    for box, together in enumerate(touching.tolist()):
        r = owner[box]
        group[root(r)] = root(first.setdefault(together, r))
    members: dict[int, list[int]] = {}
    for r in range(len(redactions)):
        members.setdefault(root(r), []).append(r)
    out = []
    for rs in sorted(members.values()):
        # (by where they are, not by the order they came in: every publication the same)
        rs = sorted(rs, key=lambda r: min((b[1], b[0]) for b in redactions[r][0]))
        codes = list(dict.fromkeys(c for r in rs for c in redactions[r][1].split(", ") if c))
        places = [(r, k) for r in rs for k in range(len(redactions[r][0]))]
        if codes and places:
            r, k = max(places, key=lambda rk: _largest_first(redactions[rk[0]][0][rk[1]]))
            out.append((r, k, ", ".join(codes)))
    return sorted(out)


def _touching(boxes: np.ndarray) -> np.ndarray:
    """For each of ``boxes`` (n x 4), the first box of the group it overlaps into (directly or
    through others; a shared edge does not count): spread from each box not yet grouped, all
    boxes at once a step (a page of 1,250 overlapping boxes: 1.5 million pairs, in milliseconds
    here, where pairs asked one by one took 3 s)."""
    label = np.full(len(boxes), -1)
    for start in range(len(boxes)):
        if label[start] >= 0:
            continue
        label[start] = start
        frontier = np.array([start])
        while frontier.size:
            f = boxes[frontier][:, None, :]
            meet = (f[..., 0] < boxes[:, 2]) & (boxes[:, 0] < f[..., 2])
            meet &= (f[..., 1] < boxes[:, 3]) & (boxes[:, 1] < f[..., 3])
            frontier = np.flatnonzero(meet.any(axis=0) & (label < 0))
            label[frontier] = start
    return label


def _largest_first(b: Box) -> tuple[float, float, float]:
    """The larger box first, then the higher, then the one further left."""
    return (b[2] - b[0]) * (b[3] - b[1]), -b[1], -b[0]


def printed_label(body: dict[str, object]) -> str:
    """A redaction's exemption codes as agencies print them in its box: ``(b)(6), (b)(7)(C)``."""
    codes = body.get("exemptions")
    if not isinstance(codes, list):
        return ""
    # (one line: a code is validated as one, and Pillow draws no anchored text over several)
    return " ".join(", ".join(agency_code(str(c)) for c in codes if str(c).strip()).split())


def masked_spans(
    redactions: PageRedactions, layer_id: TextLayerId, words: Iterable[WordRow]
) -> list[tuple[int, int]]:
    """The spans of a layer's text that a publication masks: what the page's burned-in
    redactions take from it (:func:`hidden_words`: the words they take, whole corrected groups,
    and the spans of text-anchored redactions on that layer)."""
    return list(hidden_words(redactions, layer_id, list(words)).spans)


class SpanIndex:
    """Spans of a layer's text (its masked ones: :func:`masked_spans`) found by what they
    overlap: a page may hold thousands (every word under its boxes), and a publication's check
    asks for each of its annotations' quotes or each of its lines' words (until 2026-12-07 each
    asked every span of the page: 125 million questions for the W3C export of 100,000
    annotations on 20 pages of 1,250 redactions)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted((s, e, i) for i, (s, e) in enumerate(spans))
        self.starts = [s for s, _, _ in self.spans]
        self.longest = max((e - s for s, e, _ in self.spans), default=0)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def overlapping(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans sharing an offset with ``lo``..``hi`` (``s < hi`` and ``lo < e``), in the
        order they were given: a span starting before ``lo - longest`` ends before ``lo``."""
        first = bisect_left(self.starts, lo - self.longest)
        last = bisect_left(self.starts, hi)
        found = sorted((i, s, e) for s, e, i in self.spans[first:last] if lo < e)
        return [(s, e) for _, s, e in found]


def hidden_words(
    redactions: PageRedactions, layer_id: TextLayerId | None, words: Sequence[WordRow]
) -> Withheld:
    """What the page's burned-in redactions take from a layer of it (``words``, all of the
    layer's, in reading order), by the one rule of every publication
    (:func:`~app.core.exchange.withheld.withheld`): for the page's active layer, as
    :func:`burned_redactions` worked it out (its corrections joining words); for another (an
    annotation's quote may count into one), against everything painted on the page."""
    if layer_id is not None and layer_id == redactions.layer:
        return redactions.hidden
    spans = redactions.spans.get(layer_id, []) if layer_id is not None else []
    if not redactions.boxes and not spans:
        return Withheld()
    boxes = word_boxes(words, redactions.rotation)
    return withheld(words, boxes, [], redactions.painted, spans, redactions.rotation)


def covered_words(
    redactions: PageRedactions, layer_id: TextLayerId | None, words: Sequence[WordRow]
) -> set[int]:
    """Indices of the ``words`` (all of a layer's, ``layer_id``) a burned-in redaction takes
    (:func:`hidden_words`)."""
    return set(hidden_words(redactions, layer_id, words).words)


def readable(text: str) -> bool:
    """Whether ``text`` holds a character a reader can read (not :data:`MASK`, not a space)."""
    return any(c != MASK and not c.isspace() for c in text)


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
