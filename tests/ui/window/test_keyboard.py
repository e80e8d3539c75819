"""Keyboard paths: F6 / Shift+F6 from pane to pane, Tab out of a table, Enter and Down in the
filter and search boxes, the keyboard shortcuts sheet, and F1 at the focused pane's help page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette, QScreen
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.ui.base.settings import Settings
from app.ui.tools.shortcuts_dialog import OTHER_KEYS, ShortcutsDialog, keys_of, plain
from app.ui.window.main_window import MainWindow
from tests.builders import make_text_pdf
from tests.ui.helpers import activate, make_window


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def two_documents(qtbot: QtBot, lib: Library, settings: Settings, tmp_path: Path) -> MainWindow:
    make_text_pdf(tmp_path / "zulu-cable.pdf", ["the zulu cable", "second page"])
    window = make_window(qtbot, lib, settings)
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: not window.panes._settle.isActive())  # the panes laid out
    with qtbot.waitSignal(window.import_finished):
        window.import_paths([tmp_path / "zulu-cable.pdf"])
    first = window.library_model.document_id(0)
    assert first is not None and window.open_document(first)
    activate(qtbot, window)
    return window


def test_f6_and_shift_f6_cycle_the_panes_shown(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    window = two_documents(qtbot, review_library, settings, tmp_path)
    dv = window.document_view
    window.library_pane.table.setFocus()
    order = []
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_F6)
        order.append(focused())
    assert order == [dv.thumbnails, dv.page_view, dv.text_pane, window.library_pane.table]
    assert window.statusBar().currentMessage() == "Library"
    qtbot.keyClick(focused(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is dv.text_pane and window.statusBar().currentMessage() == "Text"
    window.panes.toggles["thumbnails"].trigger()  # a hidden pane is skipped
    window.library_pane.table.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert focused() is dv.page_view
    window.side.setCurrentWidget(window.search_pane)  # the side panel's pane is its tab
    dv.text_pane.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert focused() is window.search_pane.query


def framed(widget: QWidget) -> bool:
    """Whether ``widget`` shows the highlight colour along its top and left edges (the frame
    the scan and the text had alone), as grabbed with its children."""
    ink = widget.grab().toImage()
    highlight = widget.palette().color(QPalette.ColorRole.Highlight)
    x, y = ink.width() // 2, ink.height() // 2
    return ink.pixelColor(x, 0) == highlight and ink.pixelColor(0, y) == highlight


def test_every_pane_f6_reaches_is_framed_while_it_has_the_keys(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    """The guide says a frame shows which pane has the keys; only the scan and the text had
    one: F6 to the library's table or the thumbnails changed nothing on screen."""
    window = two_documents(qtbot, review_library, settings, tmp_path)
    dv = window.document_view
    window.library_pane.table.setFocus()
    qtbot.waitUntil(lambda: focused() is window.library_pane.table)
    reached = []
    for _ in range(4):  # thumbnails, scan, text, library table
        qtbot.keyClick(focused(), Qt.Key.Key_F6)
        widget = focused()
        assert widget is not None
        qtbot.waitUntil(lambda w=widget: framed(w))  # type: ignore[misc]
        reached.append(widget)
    assert reached == [dv.thumbnails, dv.page_view, dv.text_pane, window.library_pane.table]
    assert not framed(dv.thumbnails)  # the frame goes with the keys
    for tab, target in (
        (window.doubtful_pane, window.doubtful_pane.list),
        (window.annotation_list, window.annotation_list.table),
    ):
        window.side.setCurrentWidget(tab)
        dv.text_pane.setFocus()
        qtbot.keyClick(focused(), Qt.Key.Key_F6)
        assert focused() is target
        qtbot.waitUntil(lambda t=target: framed(t))  # type: ignore[misc]
    window.side.setCurrentWidget(window.search_pane)  # its results too, from Down in the box
    window.search_pane.query.setText("zulu")
    qtbot.keyClick(window.search_pane.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search_pane.model.rowCount() > 0)
    qtbot.keyClick(window.search_pane.query, Qt.Key.Key_Down)
    assert focused() is window.search_pane.results
    qtbot.waitUntil(lambda: framed(window.search_pane.results))


def test_tab_leaves_the_library_table_without_opening_another_document(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    window = two_documents(qtbot, review_library, settings, tmp_path)
    opened = window.document_id
    table = window.library_pane.table
    table.setFocus()
    for _ in range(12):  # more than the cells of a row
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        if focused() is not table:
            break
    assert focused() is not table
    assert window.document_id == opened
    assert not window.annotation_list.table.tabKeyNavigation()  # the other table alike


def test_enter_in_the_filter_opens_the_first_document_and_goes_to_its_scan(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    window = two_documents(qtbot, review_library, settings, tmp_path)
    pane = window.library_pane
    pane.filter.setFocus()
    qtbot.keyClicks(pane.filter, "zulu")
    qtbot.keyClick(pane.filter, Qt.Key.Key_Return)
    assert window.status_document.text() == "zulu-cable"
    assert focused() is window.document_view.page_view
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)
    assert window.document_view.index == 1  # reading goes on from the keyboard


def test_down_in_the_filter_goes_into_the_table(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    window = two_documents(qtbot, review_library, settings, tmp_path)
    pane = window.library_pane
    pane.filter.setFocus()
    qtbot.keyClick(pane.filter, Qt.Key.Key_Down)
    assert focused() is pane.table and pane.table.currentIndex().row() == 0
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    assert window.status_document.text() == "zulu-cable"  # the arrows go through documents
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert focused() is window.document_view.page_view


def test_down_in_the_search_box_goes_to_the_results(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    window = two_documents(qtbot, review_library, settings, tmp_path)
    search = window.search_pane
    window.on_find()
    qtbot.keyClicks(search.query, "courier")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.keyClick(search.query, Qt.Key.Key_Down)
    assert focused() is search.results and search.results.currentIndex().row() == 0


def every_menu_action(window: MainWindow) -> list[QAction]:
    found = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)
            elif keys_of(action):
                found.append(action)

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu)
    return found


def test_the_shortcuts_sheet_lists_every_key(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    sheet = window.shortcuts
    assert isinstance(sheet, ShortcutsDialog) and sheet.isVisible()
    listed = {(action, keys) for _, action, keys in sheet.visible_rows()}
    actions = every_menu_action(window)
    assert len(actions) > 50  # the menus hold the window's keys …
    for action in actions:  # … and every one of them is on the sheet
        assert (plain(action.text()), keys_of(action)) in listed, action.text()
    for row in OTHER_KEYS:
        assert (row.action, row.keys) in listed
    assert ("Leave the reading mode", "Esc") in listed  # the window's own key
    assert ("Next pane", "F6") in listed and ("Redline help", "F1") in listed
    # Qt's key of the side panel's tabs, the only way to them by keyboard (the sheet left it out)
    assert any(keys.startswith("Ctrl+Tab, Ctrl+Shift+Tab") for _, keys in listed)
    sheet.filter.setText("reading mode")
    shown = sheet.visible_rows()
    assert shown and all("reading" in f"{g} {a}".lower() for g, a, _ in shown)


def test_the_shortcuts_sheet_shows_every_key_whole(
    qtbot: QtBot,
    qapp: QApplication,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In German too the keys are whole ("Strg+Umschalt+Z, Strg+Y"; they were cut to
    "Strg+Umschalt+Z, …" in a sheet of a fixed width)."""
    from app.ui.base.language import install, uninstall
    from tests.ui.reading import compiled

    # A desktop's screen (the offscreen platform's is 800 px wide), for the sheet's width and
    # for what bounds every dialog (app/ui/base/screen_fit.py).
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1920, 1080))
    assert install(qapp, "de", compiled(tmp_path / "qm")) == "de"
    try:
        window = make_window(qtbot, review_library, settings)
        qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
        sheet = window.shortcuts
        assert isinstance(sheet, ShortcutsDialog)
        qtbot.waitExposed(sheet)
        tree = sheet.tree
        room = tree.viewport().width() - tree.columnViewportPosition(1)
        metrics = tree.fontMetrics()
        cut = [keys for _, _, keys in sheet.visible_rows()
               if metrics.horizontalAdvance(keys) + 8 > room]  # fmt: skip
        tips = {i.toolTip(1) for _, items in sheet._groups() for i in items}
        keys = {k for _, _, k in sheet.visible_rows()}
        sheet.close()
    finally:
        uninstall(qapp)
    assert cut == []
    assert "Strg+Umschalt+Z" in " ".join(tips)  # (each keys' cell says them whole on hover)
    # the window's own keys named as its menus name theirs (they were "Ctrl+Enter", …)
    assert {"Strg+Enter", "Strg+Mausrad", "Umschalt+Ziehen", "Umschalt+Tab"} <= {
        part for k in keys for part in k.split(", ")
    }


def test_f1_opens_the_help_at_the_page_of_the_pane_in_focus(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    window = two_documents(qtbot, review_library, settings, tmp_path)
    for widget, page in (
        (window.library_pane.table, "library.md"),
        # The side panel's tab bar, where the focus is in a fresh window (under X11): F1 there
        # showed the contents, the bar being no pane's.
        (window.side.tabBar(), "library.md"),
        (window.document_view.page_view, "reading.md"),
        (window.document_view.text_pane, "reading.md"),
    ):
        activate(qtbot, window)
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_F1)
        assert window.help is not None and window.help.isVisible()
        assert window.help.current_page() == page
        assert window.help.text.toPlainText().strip()
    help_window = window.help
    assert help_window is not None
    activate(qtbot, window)
    window.on_find()
    qtbot.keyClick(window.search_pane.query, Qt.Key.Key_F1)
    assert window.help is help_window and help_window.current_page() == "search.md"
    help_window.contents.click()
    assert help_window.current_page() == "index.md"
    assert "Redline help" in help_window.text.toPlainText()
    help_window.back.click()
    assert help_window.current_page() == "search.md"


def test_the_sheet_lists_only_keys_a_usual_keyboard_has(qtbot: QtBot) -> None:
    """Redo was listed as "Ctrl+Shift+Z, Redo, Ctrl+Y": X11's Redo key, which read like a
    slip."""
    redo = QAction("&Redo")
    redo.setShortcuts(
        [QKeySequence("Ctrl+Shift+Z"), QKeySequence(Qt.Key.Key_Redo), QKeySequence("Ctrl+Y")]
    )
    assert keys_of(redo) == "Ctrl+Shift+Z, Ctrl+Y"
    assert any(k.toString() == "Redo" for k in redo.shortcuts())  # (the key still works)
