"""Accessibility: every interactive element a screen reader reaches has a name, and every pane a
name and a description (walked through Qt's accessibility tree, QAccessibleInterface, from the
main window, its menus and its dialogs)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot

from app.core.errors import RedlineError
from app.ui.annotating.editor import AnnotationDialog
from app.ui.annotating.tag_manager import TagManager
from app.ui.tools.about_dialog import show_about
from app.ui.tools.error_dialog import ErrorDialog
from app.ui.tools.export_dialog import ExportDialog
from app.ui.tools.help_browser import show_help
from app.ui.tools.metadata_dialog import edit_metadata
from app.ui.tools.settings_dialog import edit_settings
from app.ui.tools.shortcuts_dialog import show_shortcuts
from app.ui.window.main_window import MainWindow
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


def _dialogs(window: MainWindow) -> Iterator[QDialog]:
    yield ExportDialog(window.lib, window.document_id, window, window.settings)
    yield edit_settings(window)
    dialog = edit_metadata(window)
    assert dialog is not None
    yield dialog
    yield show_about(window)
    yield show_shortcuts(window.menuBar(), window)
    yield show_help(window, "scan", None)
    yield TagManager(window.annotating, window)
    yield ErrorDialog(RedlineError("a test"), None, window)
    tags = window.page_annotations.tags
    for kind in ("correction", "tag", "marking", "redaction", "note"):
        yield AnnotationDialog(kind, quote="SECRET", tags=tags, parent=window)


def test_the_dialogs_controls_are_named(qtbot: QtBot, tools_window: MainWindow) -> None:
    for dialog in _dialogs(tools_window):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], dialog.windowTitle()
        dialog.close()
