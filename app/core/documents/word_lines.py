"""Where a word lies for redaction: its box less the strip it shares with the line above.

Text-layer word boxes are often taller than their ink: a PDF's OCR layer sizes them from the
font's ascent and descent, so on a tightly set page the box of a word reaches up into the line
above it (on cia-cib-02003053, page 4, by 3.7 points). That shared strip holds the upper line's
descenders and none of the lower line's ink (the ascent above a line's letters is the empty part),
so it is given to the upper line: a word's *line box* starts where the boxes of the words above it
end. Two boxes are on different lines when they overlap vertically by less than half the shorter
one's height.

Every decision "does this redaction region cover this word" uses line boxes (the text, ALTO, PAGE,
hOCR, IIIF, W3C and CSV publications and the PDF's text layer), and the region made from a quoted
phrase is fitted with :func:`fit_region` so that it meets the line boxes of exactly its own words:
redacting "preliminary annual report" no longer hides the first words of the next line. Published
word boxes themselves are not changed.

Above, below and lines are those the reader sees: boxes are stored in points of the *unrotated*
page, so on a page shown turned (its /Rotate of 90, 180 or 270 degrees) every function here takes
the page's ``rotation``, turns the boxes as the page is shown (:func:`shown`), finds the lines
there, and turns the boxes it makes back (:func:`unshown`). On the USDA referral (/Rotate 270) a
printed line runs down the unrotated page: grouped unturned, each word of a two-line quote was a
"line" of its own.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Sequence

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points of the unrotated page

OTHER_LINE = 0.5  # boxes overlapping vertically by less than this share of the shorter: two lines
# Points by which the line boxes of two lines still overlap where their baselines are ragged
# (0.03 on cia-cib-02003053 p. 4): a line's box of a phrase may leave that much of its words.
SHARED_EDGE = 1.0


def shown(box: Box, rotation: int) -> Box:
    """``box`` (unrotated points) as the page shows it, turned clockwise by ``rotation`` degrees
    (a multiple of 90), up to a shift that changes no distance: x grows to the reader's right,
    y down the page as read. Only negations, so :func:`unshown` gives the very same numbers back."""
    x0, y0, x1, y1 = box
    turn = _quarter_turns(rotation)
    if turn == 1:  # 90: the unrotated left edge is on top
        return (-y1, x0, -y0, x1)
    if turn == 2:
        return (-x1, -y1, -x0, -y0)
    if turn == 3:  # 270: the unrotated right edge is on top
        return (y0, -x1, y1, -x0)
    return box


def unshown(box: Box, rotation: int) -> Box:
    """A box :func:`shown` made, back in points of the unrotated page."""
    a0, b0, a1, b1 = box
    turn = _quarter_turns(rotation)
    if turn == 1:
        return (b0, -a1, b1, -a0)
    if turn == 2:
        return (-a1, -b1, -a0, -b0)
    if turn == 3:
        return (-b1, a0, -b0, a1)
    return box


def _quarter_turns(rotation: int) -> int:
    return (int(rotation) // 90) % 4


def _shown_all(boxes: Sequence[Box | None], rotation: int) -> list[Box | None]:
    return [None if b is None else shown(b, rotation) for b in boxes]


def meets(a: Box, b: Box) -> bool:
    """Whether two boxes overlap (a shared edge does not count)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def line_boxes(boxes: Sequence[Box | None], rotation: int = 0) -> list[Box | None]:
    """Each box with its top, as the page is shown turned by ``rotation``, lowered to the bottom
    of the boxes of the line above that reach into it (see the module's doc); None stays None."""
    if not _quarter_turns(rotation):
        return _line_boxes(boxes)
    out = _line_boxes(_shown_all(boxes, rotation))
    return [None if b is None else unshown(b, rotation) for b in out]


def _line_boxes(boxes: Sequence[Box | None]) -> list[Box | None]:
    """:func:`line_boxes` of an unturned page. A sweep from the top of the page: each box is
    compared only with the boxes that reach down past its top (a line or two of words)."""
    out = list(boxes)
    known = sorted((b[1], i) for i, b in enumerate(boxes) if b is not None)
    active: list[tuple[float, int]] = []  # (bottom, index): boxes reaching below the sweep
    for top, j in known:
        b = boxes[j]
        assert b is not None
        while active and active[0][0] <= top:
            heapq.heappop(active)
        lowest = top
        for bottom, i in active:
            a = boxes[i]
            assert a is not None
            reach = bottom - top  # how far box i reaches down into box j
            if (
                a[1] < top
                and min(a[2], b[2]) > max(a[0], b[0])  # one above the other
                and a[1] + a[3] < b[1] + b[3]
                and reach < OTHER_LINE * min(a[3] - a[1], b[3] - b[1])
            ):
                lowest = max(lowest, bottom)
        if lowest > top:
            out[j] = (b[0], min(lowest, b[3]), b[2], b[3])
        heapq.heappush(active, (b[3], j))
    return out


def _other_line(box: Box, region: Box) -> bool:
    overlap = min(box[3], region[3]) - max(box[1], region[1])
    return 0 < overlap < OTHER_LINE * (box[3] - box[1])


def fit_region(
    lines: Sequence[Box | None], chosen: Collection[int], rotation: int = 0
) -> Box | None:
    """The region that covers the words ``chosen`` (indices into ``lines``, line boxes of a page
    shown turned by ``rotation``): the box around them, its top and bottom moved off any other
    word of a line above or below that it would only graze. None when no chosen word has a box."""
    if not _quarter_turns(rotation):
        return _fitted(lines, chosen, chosen)
    fitted = _fitted(_shown_all(lines, rotation), chosen, chosen)
    return None if fitted is None else unshown(fitted, rotation)


def line_regions(
    lines: Sequence[Box | None],
    chosen: Collection[int],
    region: Box,
    tolerance: float = 0.5,
    rotation: int = 0,
) -> list[Box]:
    """What a redaction of the words ``chosen`` burns: one box per printed line of its words
    when its ``region`` is the one :func:`fit_region` made of them and they lie on more than one
    line, so that the rest of each line stays readable (the one box around a phrase that runs
    from one line's end to the next line's start covers both lines whole); else the region
    whole. A region a person drew or changed is burned as it is. Each line's box is fitted as
    :func:`fit_region` fits the whole, moved off the words of other lines that are not the
    phrase's only, and kept inside the region. The lines are those of the page shown turned by
    ``rotation`` (the boxes given and made are unrotated points)."""
    if not _quarter_turns(rotation):
        return _line_regions(lines, chosen, region, tolerance)
    made = _line_regions(_shown_all(lines, rotation), chosen, shown(region, rotation), tolerance)
    return [unshown(b, rotation) for b in made]


def _line_regions(
    lines: Sequence[Box | None], chosen: Collection[int], region: Box, tolerance: float
) -> list[Box]:
    """:func:`line_regions` of an unturned page."""
    whole = fit_region(lines, chosen)
    if whole is None or any(abs(a - b) > tolerance for a, b in zip(whole, region, strict=True)):
        return [region]
    printed = _printed_lines(lines, chosen)
    if len(printed) < 2:
        return [region]
    out = []
    for group in printed:
        box = _fitted(lines, group, chosen)
        assert box is not None  # (each group holds words with boxes)
        out.append(_clipped(box, region))
    # What the region burned of each word, a line's box burns (but for the ragged edge its top
    # and bottom are moved off the other lines' words by, SHARED_EDGE), or the region is burned
    # whole: a check of the result alone, whatever the grouping above made of the words.
    for word in (lines[i] for i in chosen):
        under = None if word is None else _clipped(word, region)
        if under is None or under[2] <= under[0] or under[3] <= under[1]:
            continue  # (no box, or none of it under the region)
        if not any(_inside(under, box) for box in out):
            return [region]
    return out


def _clipped(box: Box, region: Box) -> Box:
    return (max(box[0], region[0]), max(box[1], region[1]),
            min(box[2], region[2]), min(box[3], region[3]))  # fmt: skip


def _inside(inner: Box, outer: Box) -> bool:
    """Whether ``inner`` lies in ``outer``, or no further out than :data:`SHARED_EDGE` above or
    below it."""
    return (
        inner[0] >= outer[0] - 1e-6
        and inner[2] <= outer[2] + 1e-6
        and inner[1] >= outer[1] - SHARED_EDGE
        and inner[3] <= outer[3] + SHARED_EDGE
    )


def _printed_lines(lines: Sequence[Box | None], chosen: Collection[int]) -> list[list[int]]:
    """The chosen words with boxes, in reading order, cut where one stands on another line than
    the word before it (they overlap vertically by less than :data:`OTHER_LINE`)."""
    out: list[list[int]] = []
    before: Box | None = None
    for i in sorted(chosen):
        b = lines[i]
        if b is None:
            continue
        if before is not None and _same_line(b, before):
            out[-1].append(i)
        else:
            out.append([i])
        before = b
    return out


def _same_line(a: Box, b: Box) -> bool:
    """Whether two boxes share at least :data:`OTHER_LINE` of the shorter one's height."""
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap >= OTHER_LINE * min(a[3] - a[1], b[3] - b[1])


def _fitted(
    lines: Sequence[Box | None], chosen: Collection[int], spared: Collection[int]
) -> Box | None:
    """The box around the words ``chosen``, moved off the words of other lines it would only
    graze, but for the words ``spared``."""
    boxes = [b for i, b in enumerate(lines) if i in chosen and b is not None]
    if not boxes:
        return None
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    whole = (x0, y0, x1, y1)
    for i, b in enumerate(lines):
        if b is None or i in spared or not meets(b, whole) or not _other_line(b, whole):
            continue
        if b[1] + b[3] < y0 + y1:  # a word of a line above: the region starts below it
            y0 = max(y0, b[3])
        else:
            y1 = min(y1, b[1])
    return (x0, y0, x1, y1) if y1 > y0 else whole
