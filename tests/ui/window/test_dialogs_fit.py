"""Every dialog of the window fits the screen it opens on: at 1280x720 and 1024x600 the
shortcuts and the help ran past the bottom edge, and at scale factor 2 (640x360 logical pixels)
the settings, tags, metadata, shortcuts and help did, the Tags dialog 755 px wide at least with
every button off the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QScrollArea
from pytestqt.qtbot import QtBot

from app.ui.window.main_window import MainWindow
from tests.ui.helpers import main_dialogs

FRAME_ROOM = (16, 48)  # what a window manager's borders and title bar take at most


def _reachable(button: QAbstractButton, dialog: QDialog) -> bool:
    """Inside the dialog, or inside a scroll area of it (scrolled to on focus)."""
    parent = button.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    place = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
    return dialog.rect().contains(place)


@pytest.mark.parametrize("width, height", [(1280, 720), (1024, 600), (640, 360)])
def test_every_dialog_fits_a_small_screen(
    qtbot: QtBot,
    tools_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    width: int,
    height: int,
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, width, height))
    room_w, room_h = width - FRAME_ROOM[0], height - FRAME_ROOM[1]
    for dialog in main_dialogs(tools_window):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        title = dialog.windowTitle()
        assert dialog.width() <= room_w and dialog.height() <= room_h, (title, dialog.size())
        least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert least.width() <= room_w and least.height() <= room_h, (title, least)
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
        cut = [b.text() for b in buttons if b.text() and not _reachable(b, dialog)]
        assert cut == [], title
        dialog.close()
