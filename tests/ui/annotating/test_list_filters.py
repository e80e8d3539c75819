"""The Annotations tab's filters at the side panel's narrowest, in each language: every choice
each filter offers is shown whole (with the tabs on the panel's left edge its contents lost
26 px, and two filters to a row were cut to "Diese…", "Jeder S…", "Im Konf…"), none leaves the
panel, and they ask no more width than the narrowest panel gives (the text pane beside it keeps
its width). Where the panel is wide they stand two to a row again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.ui.base.language import install, uninstall
from app.ui.base.settings import Settings
from app.ui.window.main_window import MainWindow
from app.ui.window.panes import RULES
from tests.ui.helpers import make_window
from tests.ui.reading import compiled


def _whole(combo: QComboBox, text: str) -> int:
    """The width ``combo`` needs to show ``text`` uncut (as Qt sizes a combo box to contents)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    size = QSize(metrics.horizontalAdvance(text), metrics.height())
    return (
        combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, size, combo).width()
    )


def _side_at(qtbot: QtBot, window: MainWindow, width: int) -> None:
    window.side.setCurrentWidget(window.annotation_list)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([width, total - width])
    qtbot.waitUntil(lambda: abs(window.side.width() - width) <= 1)
    for _ in range(2):  # (the filters laid out again, then the pane around them)
        QApplication.processEvents()


def _inside(widget: QWidget, pane: QWidget) -> bool:
    return pane.rect().contains(QRect(widget.mapTo(pane, QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_every_filter_choice_is_whole_at_the_panel_s_narrowest(
    qtbot: QtBot,
    qapp: QApplication,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    language: str,
) -> None:
    install(qapp, language, compiled(tmp_path / "qm"))
    try:
        window = make_window(qtbot, review_library, settings)
        window.resize(1024, 700)
        qtbot.waitUntil(lambda: not window.panes._settle.isActive())
        floor = RULES["side"].floor
        _side_at(qtbot, window, floor)
        pane = window.annotation_list
        assert window.side.width() == floor  # (not widened by what it holds)
        assert pane.minimumSizeHint().width() <= pane.width()
        for combo in (pane.scope, pane.kind, pane.status, pane.tag):
            # every choice but the library's own tag names (those may be long: cut with "…")
            fixed = 1 if combo is pane.tag else combo.count()
            for i in range(fixed):
                text = combo.itemText(i)
                assert _whole(combo, text) <= combo.width(), (text, combo.width())
            assert _inside(combo, pane), combo.accessibleName()
        box = pane.conflicted
        assert box.width() >= box.sizeHint().width(), box.text()  # "In conflict", whole
        author = pane.author
        assert author.fontMetrics().horizontalAdvance(author.placeholderText()) < author.width()
        filters: list[QWidget] = [pane.scope, pane.kind, pane.status, pane.tag, box, author]
        table_top = pane.table.mapTo(pane, QPoint(0, 0)).y()
        for w in filters:
            assert _inside(w, pane), w.accessibleName()
            assert w.mapTo(pane, QPoint(0, w.height())).y() <= table_top  # above the list
    finally:
        uninstall(qapp)


def test_the_filters_stand_two_to_a_row_where_the_panel_is_wide(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: not window.panes._settle.isActive())
    pane = window.annotation_list
    _side_at(qtbot, window, RULES["side"].most)
    assert pane.scope.y() == pane.kind.y() and pane.status.y() == pane.tag.y()
    _side_at(qtbot, window, RULES["side"].floor)
    qtbot.waitUntil(lambda: pane.kind.y() > pane.scope.y())  # one to a row
    _side_at(qtbot, window, RULES["side"].most)
    qtbot.waitUntil(lambda: pane.scope.y() == pane.kind.y())


def test_the_filters_are_laid_out_again_when_the_language_changes(
    qtbot: QtBot, qapp: QApplication, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    """Tools › Settings changes the language of the open window: the German choices, longer,
    stand one to a row where the English stood two to a row, and the other way back."""
    window = make_window(qtbot, review_library, settings)
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: not window.panes._settle.isActive())
    pane = window.annotation_list
    _side_at(qtbot, window, 250)
    assert pane.scope.y() == pane.kind.y()
    install(qapp, "de", compiled(tmp_path / "qm"))
    try:
        qtbot.waitUntil(lambda: pane.kind.y() > pane.scope.y())
        assert pane.tag.itemText(0) == "Alle Schlagworte"
        assert _whole(pane.tag, pane.tag.itemText(0)) <= pane.tag.width()
    finally:
        uninstall(qapp)
    qtbot.waitUntil(lambda: pane.scope.y() == pane.kind.y())
