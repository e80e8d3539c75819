"""A grid of as many columns as fit each widget whole: two to a row where wide, one where not,
and what it asks for never wider than the narrowest a widget can be drawn."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from app.ui.base.fitting_grid import FittingGrid, combo_wanted, wanted_width


def _grid(qtbot: QtBot) -> tuple[FittingGrid, QComboBox, QLineEdit, QCheckBox]:
    combo = QComboBox()
    combo.addItems(["Short", "A much longer choice"])
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(3)
    line = QLineEdit()
    line.setPlaceholderText("Author")
    box = QCheckBox("In conflict")
    grid = FittingGrid([combo, line, box])
    qtbot.addWidget(grid)
    return grid, combo, line, box


def _cells(grid: FittingGrid) -> list[tuple[int, int]]:
    """Row and column of each widget, in order."""
    cells = []
    for w in grid.widgets:
        row, column, _, _ = cast(
            tuple[int, int, int, int], grid.grid.getItemPosition(grid.grid.indexOf(w))
        )
        cells.append((row, column))
    return cells


def test_two_to_a_row_where_each_is_whole_so_else_one(qtbot: QtBot) -> None:
    grid, combo, line, box = _grid(qtbot)
    need = max(wanted_width(w) for w in (combo, line, box))
    assert need == combo_wanted(combo, ["A much longer choice"])  # the longest choice
    grid.resize(2 * need + 40, 200)
    grid.show()
    QApplication.processEvents()
    assert grid.columns == 2 and _cells(grid) == [(0, 0), (0, 1), (1, 0)]
    assert combo.width() >= need
    grid.resize(2 * need - 10, 200)
    QApplication.processEvents()
    assert grid.columns == 1 and _cells(grid) == [(0, 0), (1, 0), (2, 0)]
    assert combo.y() < line.y() < box.y()
    assert combo.width() >= need and line.width() == combo.width()
    assert grid.minimumSizeHint().width() < need  # (narrower still: the combo cuts with "…")
