"""The side panel's tabs: every one of them in sight and readable whole, in each language, at
each usual window size and with the panel at its narrowest (at 245 px, "Doubtful words" was cut
and the Annotations tab was scrolled out of sight)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QTabBar, QToolButton
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.ui.base.language import install, uninstall
from app.ui.base.settings import Settings
from app.ui.window.panes import RULES
from tests.ui.helpers import make_window
from tests.ui.reading import compiled

TABS = {
    "en": ["Library", "Search", "Doubtful words", "Annotations"],
    "de": ["Bibliothek", "Suche", "Unsichere Wörter", "Annotationen"],
    "fr": ["Bibliothèque", "Recherche", "Mots douteux", "Annotations"],
}


def _length(bar: QTabBar, rect_width: int, rect_height: int) -> int:
    """A tab's length along its text: its width, or its height on the west or east edge."""
    vertical = bar.shape() in (
        QTabBar.Shape.RoundedWest,
        QTabBar.Shape.RoundedEast,
        QTabBar.Shape.TriangularWest,
        QTabBar.Shape.TriangularEast,
    )
    return rect_height if vertical else rect_width


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)])
@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_every_side_tab_is_in_sight_and_whole_at_the_panel_s_narrowest(
    qtbot: QtBot,
    qapp: QApplication,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    language: str,
    size: tuple[int, int],
) -> None:
    install(qapp, language, compiled(tmp_path / "qm"))
    try:
        window = make_window(qtbot, review_library, settings)
        window.resize(*size)
        qtbot.waitUntil(lambda: not window.panes._settle.isActive())
        floor = RULES["side"].floor
        total = sum(window.splitter.sizes())
        window.splitter.setSizes([floor, total - floor])
        qtbot.waitUntil(lambda: window.side.width() <= floor)
        QApplication.processEvents()
        side, bar = window.side, window.side.tabBar()
        assert [bar.tabText(i).replace("&", "") for i in range(bar.count())] == TABS[language]
        # The bar lies inside the panel, and no scroll arrow is needed to reach a tab.
        assert side.rect().contains(QRect(bar.mapTo(side, QPoint(0, 0)), bar.size()))
        assert not [b for b in bar.findChildren(QToolButton) if b.isVisible()]
        metrics = bar.fontMetrics()
        for i in range(bar.count()):
            rect = bar.tabRect(i)
            assert bar.rect().contains(rect), bar.tabText(i)
            hint = bar.tabSizeHint(i)
            # Not squeezed below what its text needs (that is when Qt cuts it with "…").
            assert _length(bar, rect.width(), rect.height()) >= _length(
                bar, hint.width(), hint.height()
            ), bar.tabText(i)
            assert metrics.horizontalAdvance(bar.tabText(i)) < _length(
                bar, rect.width(), rect.height()
            ), bar.tabText(i)
            assert side.tabToolTip(i), bar.tabText(i)  # what the tab holds, on hover
    finally:
        uninstall(qapp)


def test_each_side_tab_is_reached_by_keys_and_remembered(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """Ctrl+Tab inside the panel steps to the next tab, arrow keys walk the tab bar (its tabs
    on the left edge: Down and Up), Ctrl+F opens Search; the tab open at closing opens again."""
    window = make_window(qtbot, review_library, settings)
    side, bar = window.side, window.side.tabBar()
    panes = [window.library_pane, window.search_pane, window.doubtful_pane, window.annotation_list]
    side.setCurrentWidget(window.library_pane)
    window.library_pane.table.setFocus()
    for pane in panes[1:]:
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier
        )
        assert side.currentWidget() is pane
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Up)
    assert side.currentWidget() is window.doubtful_pane
    qtbot.keyClick(bar, Qt.Key.Key_Down)
    assert side.currentWidget() is window.annotation_list
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert side.currentWidget() is window.search_pane
    side.setCurrentWidget(window.annotation_list)
    window.close()
    again = make_window(qtbot, review_library, settings)
    assert again.side.currentWidget() is again.annotation_list
    assert again.side.tabPosition() == again.side.TabPosition.West
