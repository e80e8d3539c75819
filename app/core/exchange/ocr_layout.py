"""A page's corrected OCR laid out for ALTO, PAGE and hOCR: blocks, lines and words in pixels.

Coordinates are integer pixels of the page image rendered at ``dpi``, rotated as the page is
shown (:meth:`PageGeometry.to_image`, the pixel space the IIIF export's images use too). Each
word carries its corrected reading (accepted corrections, overlaps resolved as everywhere else by
:func:`app.core.annotating.reading.accepted_corrections`), the OCR's reading where a correction
changed it, and the OCR confidence. A correction that joins or splits words gives one word per word
of its replacement: joined words share the union of their boxes, a split word's box is divided by
characters. Words a burned-in redaction takes (the one rule of every publication,
:mod:`app.core.exchange.withheld`) are left out, with any correction that touches them. A word
without a box (an attached companion text's unaligned words) gets one estimated beside its
neighbours (:func:`~app.core.exchange.withheld.fill_boxes`, where the rule judges it too).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from app.core.annotating.reading import accepted_corrections
from app.core.documents.render import PageGeometry
from app.core.documents.textlayer import load_words
from app.core.exchange.redacted import PageRedactions, covered_words, page_redactions
from app.core.exchange.withheld import fill_boxes
from app.core.ids import PageId, TextLayerId
from db.wordpack import WordRow

PointBox = tuple[float, float, float, float]  # x0, y0, x1, y1 in unrotated page points
PixelBox = tuple[int, int, int, int]  # x, y, w, h in image pixels


@dataclass(frozen=True, slots=True)
class LaidWord:
    text: str
    original: str | None  # the OCR's reading where a correction changed the word
    box: PixelBox
    confidence: float | None  # 0-100


@dataclass(frozen=True)
class LaidLine:
    words: tuple[LaidWord, ...]
    box: PixelBox


@dataclass(frozen=True)
class LaidBlock:
    lines: tuple[LaidLine, ...]
    box: PixelBox


@dataclass(frozen=True)
class PageLayout:
    """One page ready to write: its image size at ``dpi`` and its blocks in reading order."""

    index: int
    width: int
    height: int
    dpi: int
    blocks: tuple[LaidBlock, ...]
    engine: str | None  # what read the text (e.g. "tesseract 5.3.0"), from the layer
    corrected: int  # words whose reading a correction changed
    withheld: int  # words left out under accepted redactions
    unplaced: int  # words left out for want of any box on the page

    @property
    def words(self) -> int:
        return sum(len(line.words) for b in self.blocks for line in b.lines)


def union(boxes: Sequence[PixelBox]) -> PixelBox:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (x0, y0, x1 - x0, y1 - y0)


@dataclass(frozen=True, slots=True)
class _Word:
    """A word on its way out: points box, block and line of the layer word it comes from."""

    text: str
    original: str | None
    box: PointBox
    confidence: float | None
    block: int
    line: int


def _groups(
    words: Sequence[WordRow], corrections: Sequence[tuple[int, int, str]]
) -> list[list[Any]]:
    """[first word, last word, [corrections]] for each run of words corrections touch."""
    starts = [w.start for w in words]
    ends = [w.end for w in words]
    groups: list[list[Any]] = []
    for c in corrections:
        first = bisect.bisect_right(ends, c[0])  # first word ending after the start
        last = bisect.bisect_left(starts, c[1]) - 1  # last word starting before the end
        if first > last:  # inside a gap between words: goes with the word before it
            first = last = max(0, min(first - 1, len(words) - 1))
        if groups and first <= groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], last)
            groups[-1][2].append(c)
        else:
            groups.append([first, last, [c]])
    return groups


def _split_box(box: PointBox, texts: Sequence[str]) -> list[PointBox]:
    """A box divided across ``texts`` in proportion to their characters (a space between)."""
    total = sum(len(t) for t in texts) + len(texts) - 1
    per = (box[2] - box[0]) / max(total, 1)
    out, x = [], box[0]
    for t in texts:
        out.append((x, box[1], x + per * len(t), box[3]))
        x += per * (len(t) + 1)
    return out


def _corrected_group(
    text: str, group: list[Any], words: Sequence[WordRow], boxes: Sequence[PointBox | None]
) -> list[_Word]:
    first, last, corrections = group
    span_start = min(words[first].start, corrections[0][0])
    span_end = max(words[last].end, corrections[-1][1])
    parts, pos = [], span_start
    for start, end, replacement in corrections:
        parts.append(text[pos:start] + replacement)
        pos = end
    tokens = ("".join(parts) + text[pos:span_end]).split()
    members = list(range(first, last + 1))
    n, m = len(members), len(tokens)
    out: list[_Word] = []
    if m <= n:  # one to one, or joined: word k goes to token k*m//n
        for t, token in enumerate(tokens):
            joined = [i for k, i in enumerate(members) if k * m // n == t]
            box = _union_points([boxes[i] for i in joined])
            original = " ".join(words[i].text for i in joined)
            confs = [c for c in (words[i].confidence for i in joined) if c is not None]
            w0 = words[joined[0]]
            out.append(_Word(token, None if original == token else original, box,
                             min(confs) if confs else None, w0.block, w0.line))  # fmt: skip
        return out
    for k, i in enumerate(members):  # split: token t goes to word t*n//m
        parts_of = [tok for t, tok in enumerate(tokens) if t * n // m == k]
        w = words[i]
        pieces = _split_box(_box(boxes[i]), parts_of)
        for j, (token, piece) in enumerate(zip(parts_of, pieces, strict=True)):
            out.append(_Word(token, w.text if j == 0 and token != w.text else None, piece,
                             w.confidence, w.block, w.line))  # fmt: skip
    return out


def _box(box: PointBox | None) -> PointBox:
    assert box is not None
    return box


def _union_points(boxes: Sequence[PointBox | None]) -> PointBox:
    real = [b for b in boxes if b is not None]
    return (min(b[0] for b in real), min(b[1] for b in real),
            max(b[2] for b in real), max(b[3] for b in real))  # fmt: skip


def corrected_words(
    text: str,
    words: Sequence[WordRow],
    corrections: Sequence[tuple[int, int, str]],
    redactions: PageRedactions | None = None,
    layer_id: TextLayerId | None = None,
) -> tuple[list[_Word], int, int]:
    """The page's words as they read after the corrections, minus the redacted ones; how many
    layer words were withheld, and how many had no box to place them by (none on the page)."""
    boxes = fill_boxes(words)
    if all(b is None for b in boxes):
        return [], 0, len(words)
    hidden = covered_words(redactions or PageRedactions(), layer_id, words)
    groups = _groups(words, corrections)
    out: list[_Word] = []
    i = 0
    for group in [*groups, [len(words), len(words) - 1, []]]:
        for k in range(i, group[0]):
            w = words[k]
            if k not in hidden:
                out.append(_Word(w.text, None, _box(boxes[k]), w.confidence, w.block, w.line))
        if group[2] and not hidden.intersection(range(group[0], group[1] + 1)):
            out.extend(_corrected_group(text, group, words, boxes))
        i = group[1] + 1
    return out, len(hidden), 0


def _lay_out(words: Sequence[_Word], geometry: PageGeometry, dpi: int) -> tuple[LaidBlock, ...]:
    blocks: list[LaidBlock] = []
    lines: list[LaidLine] = []
    current: list[LaidWord] = []
    key: tuple[int, int] | None = None
    for w in [*words, None]:
        wkey = None if w is None else (w.block, w.line)
        if current and wkey != key:
            lines.append(LaidLine(tuple(current), union([x.box for x in current])))
            current = []
            if w is None or wkey is None or key is None or wkey[0] != key[0]:
                blocks.append(LaidBlock(tuple(lines), union([ln.box for ln in lines])))
                lines = []
        if w is not None:
            box = geometry.to_image(w.box, dpi)
            current.append(LaidWord(w.text, w.original, (box[0], box[1], box[2], box[3]),
                                    w.confidence))  # fmt: skip
            key = wkey
    return tuple(blocks)


def page_layout(conn: Connection, page_id: PageId, dpi: int) -> PageLayout:
    """The page's active text layer, corrected and laid out in pixels at ``dpi``."""
    page = conn.exec_driver_sql(
        "SELECT p.page_index, p.width, p.height, p.rotation, p.active_text_layer_id, t.text, "
        "t.engine, t.engine_version FROM pages p LEFT JOIN text_layers t "
        "ON t.id = p.active_text_layer_id WHERE p.id = ?",
        (page_id,),
    ).one()
    index, width, height, rotation, layer_id, text, engine, version = page
    geometry = PageGeometry(width, height, rotation or 0)
    image_w, image_h = geometry.image_size(dpi)
    if layer_id is None:
        return PageLayout(index, image_w, image_h, dpi, (), None, 0, 0, 0)
    words = load_words(conn, layer_id)
    corrections = accepted_corrections(conn, page_id, layer_id)
    redactions = page_redactions(conn, page_id)  # what every publication burns in
    laid, withheld, unplaced = corrected_words(text, words, corrections, redactions, layer_id)
    engine_name = " ".join(p for p in (engine, version) if p) or None
    return PageLayout(
        index, image_w, image_h, dpi, _lay_out(laid, geometry, dpi), engine_name,
        sum(w.original is not None for w in laid), withheld, unplaced,
    )  # fmt: skip


@dataclass(frozen=True)
class DocumentFacts:
    """What the written files say about the document their pages come from."""

    title: str
    uuid: str
    source_name: str
    sha256: str


def image_name(index: int) -> str:
    """The file name of page ``index``'s image, which the written files name as their source
    (written beside them when the export includes images)."""
    return f"p{index + 1:04d}.png"


def fmt_conf(confidence: float) -> str:
    """A 0-100 confidence as a 0-1 value with four decimals at most (ALTO WC, PAGE conf)."""
    return format(round(min(max(confidence, 0.0), 100.0) / 100, 4), "g")
