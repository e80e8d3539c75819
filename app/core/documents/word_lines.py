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
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points of the unrotated page

OTHER_LINE = 0.5  # boxes overlapping vertically by less than this share of the shorter: two lines


def meets(a: Box, b: Box) -> bool:
    """Whether two boxes overlap (a shared edge does not count)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def line_boxes(boxes: Sequence[Box | None]) -> list[Box | None]:
    """Each box with its top lowered to the bottom of the boxes of the line above that reach
    into it (see the module's doc); None stays None."""
    known = [i for i, b in enumerate(boxes) if b is not None]
    out = list(boxes)
    if len(known) < 2:
        return out
    import numpy as np  # (here: the window starts without numpy, tests/ui/window/test_startup)

    a = np.array([boxes[i] for i in known], dtype=np.float64)
    x0, y0, x1, y1 = a[:, 0], a[:, 1], a[:, 2], a[:, 3]
    height = y1 - y0
    across = (np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :])) > 0
    reach = y1[:, None] - y0[None, :]  # how far box i reaches down into box j
    above = ((y0 + y1)[:, None] < (y0 + y1)[None, :]) & (y0[:, None] < y0[None, :])
    shorter = np.minimum(height[:, None], height[None, :])
    upper = across & above & (reach > 0) & (reach < OTHER_LINE * shorter)
    top = np.maximum(y0, np.where(upper, y1[:, None], -np.inf).max(axis=0))
    for k, i in enumerate(known):
        if top[k] > y0[k]:
            b = boxes[i]
            assert b is not None
            out[i] = (b[0], float(min(top[k], b[3])), b[2], b[3])
    return out


def _other_line(box: Box, region: Box) -> bool:
    overlap = min(box[3], region[3]) - max(box[1], region[1])
    return 0 < overlap < OTHER_LINE * (box[3] - box[1])


def fit_region(lines: Sequence[Box | None], chosen: Collection[int]) -> Box | None:
    """The region that covers the words ``chosen`` (indices into ``lines``, line boxes): the box
    around them, its top and bottom moved off any other word of a line above or below that it
    would only graze. None when no chosen word has a box."""
    boxes = [b for i, b in enumerate(lines) if i in chosen and b is not None]
    if not boxes:
        return None
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    whole = (x0, y0, x1, y1)
    for i, b in enumerate(lines):
        if b is None or i in chosen or not meets(b, whole) or not _other_line(b, whole):
            continue
        if b[1] + b[3] < y0 + y1:  # a word of a line above: the region starts below it
            y0 = max(y0, b[3])
        else:
            y1 = min(y1, b[1])
    return (x0, y0, x1, y1) if y1 > y0 else whole
