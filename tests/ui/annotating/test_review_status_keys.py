"""The page's review status in the status bar is not changed by a stray key or the wheel: Ctrl+F
then Shift+Tab twice reached its box, drawn with a thin outline, and a Down meant for a list
changed "In progress" to "Reviewed", saved at once."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.annotating.page_content import read_page
from app.core.library import Library
from app.ui.base import settings as S
from tests.ui.annotating.helpers import open_window
from tests.ui.helpers import activate


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_the_review_status_box_takes_no_stray_key_or_wheel_only_its_open_list(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    bar, view = window.review_bar, window.document_view
    page = view.summary.pages[0].id  # type: ignore[union-attr]
    bar.set_status("in_progress")
    activate(qtbot, window)
    qtbot.keyClick(view.text_pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.search_pane.query
    for _ in range(2):  # the tester's path to it
        qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is bar.combo
    ink = bar.combo.grab().toImage()  # its focus seen: the panes' frame
    highlight = bar.combo.palette().color(QPalette.ColorRole.Highlight)
    qtbot.waitUntil(lambda: bar.combo.grab().toImage().pixelColor(ink.width() // 2, 0) == highlight)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_End,
                Qt.Key.Key_Home, Qt.Key.Key_R, Qt.Key.Key_U):  # fmt: skip
        qtbot.keyClick(bar.combo, key)
    middle = QPointF(bar.combo.rect().center())
    for delta in (-120, 120, -120):
        wheel = QWheelEvent(
            middle, QPointF(bar.combo.mapToGlobal(middle.toPoint())), QPoint(0, 0),
            QPoint(0, delta), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(bar.combo, wheel)
    assert bar.status == "in_progress"
    assert read_page(review_library, page).review.status == "in_progress"
    assert not window.annotations.stack.canRedo() and window.annotations.stack.count() == 1
    # F4 (or Alt+Down, or Space) opens its list: there the arrows choose and Enter sets it
    qtbot.keyClick(bar.combo, Qt.Key.Key_F4)
    popup = bar.combo.view()
    qtbot.waitUntil(lambda: popup.isVisible())
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.status == "reviewed")
    assert read_page(review_library, page).review.status == "reviewed"
    qtbot.keyClick(bar.combo, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: popup.isVisible())
    qtbot.keyClick(popup, Qt.Key.Key_Up)
    qtbot.keyClick(popup, Qt.Key.Key_Up)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.status == "unreviewed")
    assert read_page(review_library, page).review.status == "unreviewed"
