"""A printed form's cells and header bars are not redactions; a lone box is (the real JFK
routing sheet is checked in tests/acceptance/test_detection_real.py)."""

from __future__ import annotations

import numpy as np

from app.core.detection.redaction_forms import grid_cell, printed_label

DPI = 150


def _grid() -> np.ndarray:
    """A 3 x 4 grid of cells (each 1.5 x 0.4 in) with 2 px rules, on white."""
    dark = np.zeros((600, 1200), dtype=bool)
    for y in range(100, 341, 60):
        dark[y : y + 2, 100:1000] = True
    for x in range(100, 1001, 225):
        dark[100:342, x : x + 2] = True
    return dark


def test_a_cell_of_a_grid_is_a_form_and_a_lone_box_is_not() -> None:
    dark = _grid()
    assert grid_cell(dark, (325, 160, 552, 222), DPI)  # a middle cell: its rules run on
    assert grid_cell(dark, (100, 100, 327, 162), DPI)  # a corner cell: two edges still do
    lone = np.zeros((600, 1200), dtype=bool)
    lone[200:202, 300:600] = lone[260:262, 300:600] = True
    lone[200:262, 300:302] = lone[200:262, 598:600] = True
    assert not grid_cell(lone, (300, 200, 600, 262), DPI)
    lone[200:202, 600:640] = True  # a hand-drawn top rule overshooting its corner: still a box
    assert not grid_cell(lone, (300, 200, 600, 262), DPI)


def test_a_black_bar_with_white_letters_is_printed() -> None:
    bar = np.zeros((100, 600), dtype=bool)
    bar[20:60, 50:550] = True
    assert not printed_label(bar, (50, 20, 550, 60))  # evenly black: a redaction
    for x in range(100, 500, 30):  # white letters across its middle
        bar[30:50, x : x + 8] = False
    assert printed_label(bar, (50, 20, 550, 60))
