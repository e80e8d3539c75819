"""Accessibility: every interactive element a screen reader reaches has a name, and every pane a
name and a description (walked through Qt's accessibility tree, QAccessibleInterface, from the
main window, its menus and its dialogs)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.ui.window.main_window import MainWindow
from tests.ui.helpers import main_dialogs
from tests.ui.reading import unnamed


def test_main_window_panes_and_controls_are_named(tools_window: MainWindow) -> None:
    window = tools_window
    for tab in range(window.side.count()):  # each side tab on screen in turn
        window.side.setCurrentIndex(tab)
        assert unnamed(window) == [], window.side.tabText(tab)


def test_every_pane_has_a_name_and_a_description(tools_window: MainWindow) -> None:
    window = tools_window
    panes = [p.holder for p in window.panes_in_order()] + [
        window.library_pane.table,
        window.search_pane.query,
        window.doubtful_pane.list,
        window.annotation_list.table,
        window.document_view.page_view,
        window.document_view.text_pane,
        window.side,
    ]
    for pane in panes:
        iface = QAccessible.queryAccessibleInterface(pane)
        name, what = (
            iface.text(t).strip() for t in (QAccessible.Text.Name, QAccessible.Text.Description)
        )
        assert name and what, f"{type(pane).__name__}: name {name!r}, description {what!r}"


def test_the_page_view_says_which_page_it_shows(tools_window: MainWindow) -> None:
    view = tools_window.document_view
    iface = QAccessible.queryAccessibleInterface(view.page_view)
    assert iface.text(QAccessible.Text.Name) == "Scan"
    assert f"Page 1 of {view.page_count}" in iface.text(QAccessible.Text.Description)
    view.next_page()
    assert f"Page 2 of {view.page_count}" in iface.text(QAccessible.Text.Description)


def test_every_menu_entry_is_named(qtbot: QtBot, tools_window: MainWindow) -> None:
    menus = tools_window.menuBar().findChildren(QMenu)
    assert len(menus) >= 7
    for menu in menus:
        menu.popup(tools_window.mapToGlobal(tools_window.rect().center()))
        qtbot.waitUntil(menu.isVisible)
        assert unnamed(menu) == [], menu.title()
        menu.hide()
    assert unnamed(tools_window.menuBar()) == []


def test_the_dialogs_controls_are_named(qtbot: QtBot, tools_window: MainWindow) -> None:
    for dialog in main_dialogs(tools_window):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], dialog.windowTitle()
        dialog.close()
