"""The Import dialog grows to list the files that failed, and stays centred over the window, on
the screen: it grew from its top-left corner, off-centre, and on a 1024x600 X11 screen an import
that failed at once put it at (0, 0), its title bar off the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.ui.base.settings import Settings
from app.ui.library.import_dialog import FAILURES_WIDTH
from tests.ui.helpers import make_window

SCREEN = QRect(0, 0, 1024, 600)


@pytest.mark.parametrize(
    "window_place",
    [QRect(0, 0, 1024, 600), QRect(40, 30, 900, 520), QRect(600, 200, 420, 400)],
    ids=["filling the screen", "in the middle", "at the right edge"],
)
def test_a_failed_import_is_listed_centred_over_the_window_on_the_screen(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    window_place: QRect,
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _s: SCREEN)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    window = make_window(qtbot, review_library, settings)
    window.setGeometry(window_place)  # (no narrower than the window's own minimum)
    qtbot.waitUntil(lambda: window.geometry().topLeft() == window_place.topLeft())
    dialog = window.import_paths([empty])  # (fails at once: the runner is synchronous)
    assert dialog.failures.count() == 1
    qtbot.waitUntil(lambda: dialog.width() >= FAILURES_WIDTH)
    frame = dialog.frameGeometry()
    assert SCREEN.contains(frame), frame
    over = window.frameGeometry()
    centred = frame.translated(over.center() - frame.center())
    if SCREEN.contains(centred):  # (room to be centred: it is, to the pixel halving rounds)
        assert abs(frame.center().x() - over.center().x()) <= 1, (frame, over)
        assert abs(frame.center().y() - over.center().y()) <= 1, (frame, over)
    else:  # as near as the screen lets it be
        assert frame.right() == SCREEN.right() or frame.left() == SCREEN.left(), frame
