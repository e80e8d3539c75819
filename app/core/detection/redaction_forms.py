"""Telling a printed form's rules and cells from a redaction box.

A routing sheet or an agent report is a grid: its cells are outlined rectangles, its header bars
black bands with the label printed white inside. A reviewer's box stands alone on the page: its
rules stop at its corners, and it is empty (a white box) or evenly black. So a rectangle whose
rules run on past its corners into the grid, or a black band with white letters in it, is part
of the form; one with an exemption code printed beside it is a redaction whatever its shape (the
caller keeps those).
"""

from __future__ import annotations

import numpy as np

RUN_ON_IN = 0.25  # a rule that runs on this far past a corner belongs to a grid
GRID_EDGES = 2  # edges running on that make a cell: a hand-drawn box overshoots on one at most
EDGE_ROWS = 3  # rows (or columns) either side of an edge searched for its rule
MIN_LETTERS = 6  # light gaps across a black band's middle that read as printed letters


def _runs_on(line: np.ndarray, start: int, end: int, reach: int) -> bool:
    """The dark rule ``line[start:end]`` continues unbroken for ``reach`` pixels past either end
    (a rule of the grid; a box's own edge stops at its corner)."""
    before = line[max(0, start - reach) : start]
    after = line[end : end + reach]
    return (before.size >= reach and bool(before.all())) or (
        after.size >= reach and bool(after.all())
    )


def _edge_runs_on(
    dark: np.ndarray, horizontal: bool, at: int, start: int, end: int, reach: int
) -> bool:
    """Whether any of the few rows (columns) about ``at`` holds a rule running on past the box."""
    limit = dark.shape[0] if horizontal else dark.shape[1]
    for k in range(max(0, at - EDGE_ROWS), min(limit, at + EDGE_ROWS + 1)):
        line = dark[k] if horizontal else dark[:, k]
        if _runs_on(line, start, end, reach):
            return True
    return False


def grid_cell(dark: np.ndarray, box: tuple[int, ...], dpi: int) -> bool:
    """An outlined rectangle with two or more edges whose rules run on past its corners (the
    top and bottom sideways, the sides up or down): a cell of a printed form's grid."""
    x0, y0, x1, y1 = box
    reach = max(4, int(RUN_ON_IN * dpi))
    running = (
        _edge_runs_on(dark, True, y0, x0, x1, reach),
        _edge_runs_on(dark, True, y1 - 1, x0, x1, reach),
        _edge_runs_on(dark, False, x0, y0, y1, reach),
        _edge_runs_on(dark, False, x1 - 1, y0, y1, reach),
    )
    return sum(running) >= GRID_EDGES


def printed_label(dark: np.ndarray, box: tuple[int, ...]) -> bool:
    """A black band with white letters across its middle: a form's printed header bar (a
    redaction is black from end to end, with at most a scratch or two of light)."""
    x0, y0, x1, y1 = box
    h = y1 - y0
    if h < 6 or x1 - x0 < 12:
        return False
    middle = dark[y0 + h // 3 : y1 - h // 3, x0 + 2 : x1 - 2]
    light = ~middle.all(axis=0)  # columns light somewhere across the middle rows
    edges = np.flatnonzero(np.diff(light.astype(np.int8)) == 1)
    return len(edges) >= MIN_LETTERS
