"""fit_to_screen: a dialog no larger than its screen's available area; a content that cannot be
squeezed that small scrolls, its buttons below in sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout
from pytestqt.qtbot import QtBot

from app.ui.base.screen_fit import FRAME, fit_to_screen


def _dialog(rows: int) -> tuple[QDialog, QDialogButtonBox]:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    for row in range(rows):
        layout.addWidget(QLabel(f"row {row}"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    layout.addWidget(buttons)
    dialog.resize(900, 700)
    return dialog, buttons


def test_a_dialog_that_fits_is_only_bounded(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _s: QRect(0, 0, 640, 360))
    dialog, _ = _dialog(3)
    qtbot.addWidget(dialog)
    fit_to_screen(dialog)
    assert dialog.findChild(QScrollArea) is None
    assert dialog.width() == 640 - FRAME.width() and dialog.height() == 360 - FRAME.height()
    dialog.resize(2000, 2000)  # (one that grows later stays on the screen)
    assert dialog.height() == 360 - FRAME.height()


def test_a_content_taller_than_the_screen_scrolls_with_its_buttons_in_sight(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _s: QRect(0, 0, 640, 360))
    dialog, buttons = _dialog(40)
    qtbot.addWidget(dialog)
    fit_to_screen(dialog)
    dialog.show()
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None and scroll.verticalScrollBar().maximum() > 0
    assert buttons.parentWidget() is dialog  # below the scroll area, not in it
    assert dialog.rect().contains(buttons.geometry())
    assert dialog.minimumSizeHint().height() <= 360 - FRAME.height()
    content = scroll.widget()
    assert content is not None and len(content.findChildren(QLabel)) == 40
