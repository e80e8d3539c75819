"""Where a banner or stamp line can be on a page: short lines of letter-high ink, found in a
coarse render (:func:`find_lines`), set apart from the lines of a paragraph, specks, rules and
drawings. The band reading (:mod:`app.core.detection.bands`) reads such lines on their own when
the whole bands' reading found no level, and reads a margin only where one runs along it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from app.core.detection.band_strokes import run_lengths

LINE_GAP_IN = 0.6  # ink this far apart on a line belongs to two lines (a stamp beside a date)

LINE_MIN_IN, LINE_MAX_IN = 0.06, 1.0  # a line's letters: at least this high, at most this

RULE_IN = 0.5  # a straight run of ink this long is a rule or a line, not a letter

LINE_MIN_WIDTH_IN = 0.35  # the shortest level, SECRET in small capitals, is wider

PROSE_WIDTH = 0.5  # a line this wide (of the zone) with one like it right above or below: prose


@dataclass(frozen=True, slots=True)
class Line:
    """A short line of ink a banner or stamp may be, in a zone's (coarse) pixels."""

    x0: int
    y0: int
    x1: int
    y1: int


def _runs(on: np.ndarray, bridge: int) -> list[tuple[int, int]]:
    """Runs of True in a 1-D array, gaps of up to ``bridge`` bridged: (start, end) pairs."""
    idx = np.flatnonzero(on)
    if idx.size == 0:
        return []
    cuts = np.flatnonzero(np.diff(idx) > bridge + 1)
    starts = np.concatenate(([idx[0]], idx[cuts + 1]))
    ends = np.concatenate((idx[cuts], [idx[-1]])) + 1
    return [(int(a), int(b)) for a, b in zip(starts, ends, strict=True)]


def _blobs(ink: np.ndarray, reach: int) -> list[tuple[int, int, int, int, int]]:
    """Connected pieces of ink, letters within ``reach`` pixels side by side joined into one
    (a word, a stamp's line): (x0, y0, x1, y1, inked pixels) each. Found on the runs of each
    row, joined where they touch the row above."""
    smeared = ink.copy()
    for k in range(1, reach + 1):
        smeared[:, k:] |= ink[:, :-k]
        smeared[:, :-k] |= ink[:, k:]
    parent: list[int] = []
    boxes: list[list[int]] = []

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    above: list[tuple[int, int, int]] = []  # runs of the row above: start, end, id
    for y in range(smeared.shape[0]):
        here = []
        for a, b in _runs(smeared[y], 0):
            i = len(parent)
            parent.append(i)
            boxes.append([a, y, b, y + 1, int(ink[y, a:b].sum())])
            for a2, b2, j in above:
                if a2 < b and a < b2:
                    ri, rj = root(i), root(j)
                    if ri != rj:
                        parent[ri] = rj
            here.append((a, b, i))
        above = here
    merged: dict[int, list[int]] = {}
    for i, (x0, y0, x1, y1, n) in enumerate(boxes):
        m = merged.setdefault(root(i), [x0, y0, x1, y1, 0])
        m[0], m[1], m[2], m[3] = min(m[0], x0), min(m[1], y0), max(m[2], x1), max(m[3], y1)
        m[4] += n
    return [(m[0], m[1], m[2], m[3], m[4]) for m in merged.values()]


def _split_rows(
    ink: np.ndarray, box: tuple[int, int, int, int], least: int
) -> list[tuple[int, int, int, int]]:
    """A piece of ink split where two lines touch (a banner's letters reaching into the line
    printed over it): at rows holding under a quarter of the fullest row's ink, with at least
    ``least`` rows of ink on either side. Each part tightened to its ink."""
    x0, y0, x1, y1 = box
    rows = ink[y0:y1, x0:x1].sum(axis=1)
    full = rows > 0.25 * rows.max()
    parts = [(a, b) for a, b in _runs(full, 0) if b - a >= least]
    if len(parts) < 2:
        return [box]
    out = []
    cuts = [0] + [(parts[k][1] + parts[k + 1][0]) // 2 for k in range(len(parts) - 1)]
    cuts.append(y1 - y0)
    for a, b in itertools.pairwise(cuts):
        cols = np.flatnonzero(ink[y0 + a : y0 + b, x0:x1].any(axis=0))
        used = np.flatnonzero(ink[y0 + a : y0 + b, x0:x1].any(axis=1))
        if cols.size:
            out.append((x0 + int(cols[0]), y0 + a + int(used[0]), x0 + int(cols[-1]) + 1,
                        y0 + a + int(used[-1]) + 1))  # fmt: skip
    return out


def find_lines(ink: np.ndarray, dpi: float) -> list[Line]:
    """Where text lines a banner or stamp may be lie in ``ink`` (a zone of the page, True where
    inked, at ``dpi``): pieces of ink a letter high (letters joined side by side), pieces on
    one line less than :data:`LINE_GAP_IN` apart joined, and set apart from the lines of a
    paragraph (a wide line with a like one right above or below it is prose). Specks, rules,
    filled boxes and drawings are no lines."""
    lo_h, hi_h = max(2, round(LINE_MIN_IN * dpi)), round(LINE_MAX_IN * dpi)
    rule = round(RULE_IN * dpi)  # rules, box outlines and strike lines join what they touch
    across, down = run_lengths(ink), run_lengths(ink.T).T
    ink = ink & (across < rule) & (down < rule)
    pieces = []
    for blob in _blobs(ink, max(1, round(0.06 * dpi))):
        for x0, y0, x1, y1 in _split_rows(ink, blob[:4], lo_h):
            h, w = y1 - y0, x1 - x0
            n = int(ink[y0:y1, x0:x1].sum())
            if lo_h <= h <= hi_h and w >= h and 0.08 <= n / (h * w) <= 0.7:
                pieces.append([x0, y0, x1, y1])
    gap = LINE_GAP_IN * dpi
    pieces.sort()
    lines: list[list[int]] = []
    for p in pieces:  # left to right: each joins a line it stands on, close enough
        for q in lines:
            hp, hq = p[3] - p[1], q[3] - q[1]
            overlap = min(p[3], q[3]) - max(p[1], q[1])
            alike = max(hp, hq) <= 1.6 * min(hp, hq)  # letters of one size
            if alike and overlap >= 0.6 * max(hp, hq) and p[0] - q[2] <= gap:
                q[0], q[1] = min(q[0], p[0]), min(q[1], p[1])
                q[2], q[3] = max(q[2], p[2]), max(q[3], p[3])
                break
        else:
            lines.append(list(p))
    found = [
        Line(*q) for q in lines if q[2] - q[0] >= max(2 * (q[3] - q[1]), LINE_MIN_WIDTH_IN * dpi)
    ]
    width = ink.shape[1]

    def prose(a: Line) -> bool:
        if a.x1 - a.x0 < PROSE_WIDTH * width:
            return False
        h = a.y1 - a.y0
        return any(
            b is not a
            and b.x1 - b.x0 >= 0.8 * PROSE_WIDTH * width
            and min(abs(b.y0 - a.y1), abs(a.y0 - b.y1)) <= 1.5 * h
            and min(a.x1, b.x1) - max(a.x0, b.x0) >= 0.5 * (a.x1 - a.x0)
            for b in found
        )

    return [a for a in found if not prose(a)]
