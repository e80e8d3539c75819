"""Which words a page's burned-in redactions take, in every publication: the one rule.

The publication PDF's text layer and burn, the IIIF and W3C page texts, OCR lines and page
images, the CSV and W3C quotes, the plain-text export and the ALTO, PAGE and hOCR exports with
their ``--images`` all hide the words :func:`withheld` names, and paint out (or burn) the boxes
it grows, so that every output of one library hides the same words and no word is left out of a
text while part of it stays printed beside the box. Until 2026-12-08 there were two rules: the
PDF's (this one) and the others' (a word whose line box meets a burned box, painted whole, not
grown), which agreed on the tests' pages but not everywhere (a word 0.5 pt beside a box, one
clipped word of a corrected pair, a word overlapping a clipped one: left out of the PDF, published
by the others).

The rule, on the words' line boxes (:func:`word_boxes`, :mod:`app.core.documents.word_lines`),
in the frame the reader sees the page in (a page turned by its /Rotate: above and beside as read):

- a word is taken when its line box meets a burned box, or comes within :data:`NEAR` of one and
  cannot be written :data:`NEAR` away from it keeping half its height (one beside it on its line;
  a word of the line above or below keeps its place, :func:`moved_off`);
- a word of a burned redaction's text anchor is taken;
- a group of words joined by corrections (:func:`word_groups`) is taken whole when one of its
  words is, or its box (the box around them, on one line) cannot be moved off a burned box;
- every word taken is burned in turn (its line box, and its group's box), and the words around it
  are judged against that, until no more are taken.

The safer of the two rules: it takes every word the other took (a line box that meets a box comes
near it), and more where in doubt. A word within a point of a box is one readers measure a little
larger than its box into it; a corrected pair's other half spells the hidden one out; a word whose
ink runs into a clipped word's box has ink under the paint.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple, Protocol

import numpy as np

from app.core.documents.word_lines import line_boxes, shown, unshown
from db.wordpack import WordRow

# A word this close to a burned box (points) is taken with it, unless it can be written that far
# from it (the line above or below): readers measure a word a little larger than its box.
NEAR = 1.0

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points of the unrotated page
Span = tuple[int, int]  # of a layer's text


class Spanned(Protocol):
    """A word of a layer, or a correction: the span of the layer's text it stands for."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class Fix(NamedTuple):
    """A correction as the rule reads it: the span it replaces, and with what."""

    start: int
    end: int
    replacement: str


def fill_boxes(words: Sequence[WordRow]) -> list[Box | None]:
    """Each word's box; a word without one is put beside its nearest boxed neighbour on its line
    (between two, if it lies between them), as wide as its characters at the neighbour's size
    (where the OCR exports write it, and so where every publication judges it)."""
    boxes: list[Box | None] = [w.box for w in words]
    known = [i for i, b in enumerate(boxes) if b is not None]
    if not known:
        return boxes
    for i, w in enumerate(words):
        if boxes[i] is not None:
            continue
        k = bisect.bisect_left(known, i)
        prev = known[k - 1] if k > 0 else None
        nxt = known[k] if k < len(known) else None
        ref = prev if prev is not None else nxt
        assert ref is not None
        rx0, ry0, rx1, ry1 = words[ref].box or (0, 0, 0, 0)
        char = (rx1 - rx0) / max(len(words[ref].text), 1)
        width = char * max(len(w.text), 1)
        if ref == prev:
            start = rx1 + char
            if nxt is not None and (words[nxt].block, words[nxt].line) == (w.block, w.line):
                gap = (words[nxt].box or (0, 0, 0, 0))[0] - rx1
                share = gap / (nxt - prev)
                start, width = rx1 + share * (i - prev - 1), max(share - char * 0.5, char)
            boxes[i] = (start, ry0, start + width, ry1)
        else:
            boxes[i] = (rx0 - char - width, ry0, rx0 - char, ry1)
    return boxes


def word_boxes(words: Sequence[WordRow], rotation: int = 0) -> list[Box | None]:
    """Where the rule finds each word: its line box (the boxes as stored,
    :func:`~app.core.documents.word_lines.line_boxes`), or, for a word without a box, the box
    :func:`fill_boxes` gives it (None only on a page none of whose words has one)."""
    lines = line_boxes([w.box for w in words], rotation)
    if all(line is not None for line in lines):
        return lines
    filled = fill_boxes(words)
    return [line if line is not None else filled[i] for i, line in enumerate(lines)]


@dataclass(frozen=True)
class Group:
    """Words joined by corrections (a word no correction touches is a group of one): their
    indices, the indices of their corrections, the span of the layer's text they stand for, and
    where they are written (the box around them when they lie on one line, else the first's;
    None when none has a box)."""

    words: tuple[int, ...]
    fixes: tuple[int, ...]
    start: int
    end: int
    box: Box | None


def _one_line(boxes: Sequence[Box]) -> bool:
    top = max(b[1] for b in boxes)
    bottom = min(b[3] for b in boxes)
    return bool(bottom - top > 0.5 * min(b[3] - b[1] for b in boxes))


def _union(boxes: Sequence[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))  # fmt: skip


def _groups(words: Sequence[Spanned], corrections: Sequence[Spanned]) -> list[list[int]]:
    """Each group's words and corrections (by index, corrections as ``-1 - index``): a
    correction's words become one group; one that touches no word joins the group of the word
    before it (after it, at the start of the page)."""
    parent = list(range(len(words)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    starts = [w.start for w in words]
    owner: list[tuple[int, int]] = []
    for k in sorted(range(len(corrections)), key=lambda k: corrections[k].start):
        c = corrections[k]
        first = max(bisect.bisect_right(starts, c.start) - 1, 0)
        last = bisect.bisect_left(starts, max(c.end, c.start + 1))
        touched = [i for i in range(first, last) if words[i].end > c.start] or [first]
        for i in touched[1:]:
            parent[root(i)] = root(touched[0])
        owner.append((touched[0], k))
    groups: dict[int, list[int]] = {}
    for i in range(len(words)):
        groups.setdefault(root(i), []).append(i)
    for i, k in owner:
        groups[root(i)].append(-1 - k)
    return sorted(groups.values(), key=lambda g: g[0])


def word_groups(
    words: Sequence[Spanned], boxes: Sequence[Box | None], corrections: Sequence[Spanned]
) -> list[Group]:
    """The page's words joined by its ``corrections`` (never overlapping), in reading order, on
    ``boxes`` (in the frame the lines are read in: a group on one line is one box)."""
    if not words:
        return []
    out = []
    for members in _groups(words, corrections):
        ids = tuple(i for i in members if i >= 0)
        fixes = tuple(-1 - i for i in members if i < 0)
        start = min([words[i].start for i in ids] + [corrections[k].start for k in fixes])
        end = max([words[i].end for i in ids] + [corrections[k].end for k in fixes])
        placed = [b for b in (boxes[i] for i in ids) if b is not None]
        box = None
        if placed:
            box = _union(placed) if len(placed) > 1 and _one_line(placed) else placed[0]
        out.append(Group(ids, fixes, start, end, box))
    return out


def _meets(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _near(a: Box, b: Box) -> bool:
    """Whether ``a`` comes within :data:`NEAR` of ``b``."""
    return a[0] < b[2] + NEAR and b[0] - NEAR < a[2] and a[1] < b[3] + NEAR and b[1] - NEAR < a[3]


def _moved_off(box: Box, regions: Sequence[Box]) -> Box | None:
    """:func:`moved_off` in the frame the page is read in."""
    x0, y0, x1, y1 = box
    for r in regions:
        if not _near((x0, y0, x1, y1), r):
            continue
        if _meets((x0, y0, x1, y1), r):
            return None  # on it
        if y0 + y1 >= r[1] + r[3]:  # (its middle lower: the region is above)
            y0 = max(y0, r[3] + NEAR)
        else:
            y1 = min(y1, r[1] - NEAR)
        if y1 - y0 < (box[3] - box[1]) / 2:
            return None
    return (x0, y0, x1, y1)


def moved_off(box: Box, regions: Sequence[Box], rotation: int = 0) -> Box | None:
    """Where a word with ``box`` may be written: its box, less what comes within :data:`NEAR` of
    a burned box it does not meet (above or below it, as the page is read: the part on that side;
    beside it, only at a corner — a box of the line above or below on a skewed scan — likewise);
    None when it meets one or keeps less than half its height (a box beside it on its line)."""
    out = _moved_off(shown(box, rotation), [shown(r, rotation) for r in regions])
    return None if out is None else unshown(out, rotation)


@dataclass(frozen=True)
class Withheld:
    """What a page's burned-in redactions take from one of its text layers: ``words``, the
    indices of the words taken; ``spans``, the spans of the layer's text left out (the text
    anchors, each word taken and each group taken); ``grown``, what is burned (painted) besides
    the redactions' boxes (the line box of each word taken that no burned box holds, and each
    group's box taken); ``groups``, the layer's words as corrections join them
    (:func:`word_groups`, in points of the unrotated page)."""

    words: frozenset[int] = frozenset()
    spans: tuple[Span, ...] = ()
    grown: tuple[Box, ...] = ()
    groups: tuple[Group, ...] = ()


def _held(box: Box, burned: Sequence[Box]) -> bool:
    return any(b[0] <= box[0] and b[1] <= box[1] and box[2] <= b[2] and box[3] <= b[3]
               for b in burned)  # fmt: skip


def withheld(
    words: Sequence[Spanned],
    boxes: Sequence[Box | None],
    corrections: Sequence[Spanned],
    regions: Sequence[Box],
    anchors: Sequence[Span],
    rotation: int = 0,
) -> Withheld:
    """The words of a page's layer that its burned ``regions`` (the redactions' boxes,
    :func:`~app.core.exchange.redacted.burned_boxes`) and the text ``anchors`` of its burned
    redactions on that layer take, by the one rule (the module's doc): ``words`` in reading
    order, at ``boxes`` (:func:`word_boxes`), joined by ``corrections``, on a page shown turned
    by ``rotation``. Every publication calls it, and hides and paints what it says."""
    turned = [None if b is None else shown(b, rotation) for b in boxes]
    groups = word_groups(words, turned, corrections)
    burned = [shown(r, rotation) for r in regions]
    own = len(burned)
    taken: set[int] = set()
    left: set[int] = set()  # groups taken

    def take(i: int) -> None:
        taken.add(i)
        box = turned[i]
        if box is not None and not _held(box, burned):
            burned.append(box)

    for i, w in enumerate(words):
        if any(w.start < e and s < w.end for s, e in anchors):
            take(i)
    placed = [i for i, b in enumerate(turned) if b is not None]
    at = np.array([turned[i] for i in placed], dtype=float).reshape(-1, 4)
    changed = bool(burned)
    while changed:  # (each round takes a word or more, or is the last)
        changed = False
        grown = np.array(burned, dtype=float).reshape(-1, 4)
        near = (
            (at[:, None, 0] < grown[None, :, 2] + NEAR)
            & (grown[None, :, 0] - NEAR < at[:, None, 2])
            & (at[:, None, 1] < grown[None, :, 3] + NEAR)
            & (grown[None, :, 1] - NEAR < at[:, None, 3])
        )
        for row in np.flatnonzero(near.any(axis=1)).tolist():
            i = placed[row]
            box = turned[i]
            if i in taken or box is None:
                continue
            if _moved_off(box, [burned[k] for k in np.flatnonzero(near[row]).tolist()]) is None:
                take(i)
                changed = True
        for n, g in enumerate(groups):
            if n in left:
                continue
            if any(i in taken for i in g.words) or (
                len(g.words) > 1 and g.box is not None and _moved_off(g.box, burned) is None
            ):
                left.add(n)
                for i in g.words:
                    if i not in taken:
                        take(i)
                if g.box is not None and not _held(g.box, burned):
                    burned.append(g.box)
                changed = True
    spans = list(anchors) + [(words[i].start, words[i].end) for i in sorted(taken)]
    spans += [(groups[n].start, groups[n].end) for n in sorted(left) if len(groups[n].words) > 1
              or groups[n].fixes]  # fmt: skip
    back = [g if g.box is None else replace(g, box=unshown(g.box, rotation)) for g in groups]
    return Withheld(
        frozenset(taken),
        tuple(spans),
        tuple(unshown(b, rotation) for b in burned[own:]),
        tuple(back),
    )
