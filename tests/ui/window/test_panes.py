"""The scan gets room: panes hidden and shown from the View menu and by keys (remembered), a
narrow window hides panes rather than starve the scan, a layout saved elsewhere is laid out anew,
the reading mode (F11), and restored geometry checked against the screens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.ui.base import settings as S
from app.ui.base.settings import Settings
from app.ui.window.geometry import default_geometry, fits_screens
from app.ui.window.main_window import MainWindow
from app.ui.window.panes import ROOM_SHARE, SCAN_SHARE, pane_widths, panes_that_fit
from tests.ui.helpers import activate, make_window

ALL = ("side", "thumbnails", "text")


@pytest.mark.parametrize("total", [1024, 1280, 1600, 1920, 2560])
def test_the_scan_gets_at_least_half_the_width(total: int) -> None:
    widths = pane_widths(total, ALL)
    assert sum(widths.values()) == total
    assert widths["scan"] >= SCAN_SHARE * total
    assert widths["scan"] == max(widths.values())  # most of the width: the largest pane


def test_a_narrow_window_keeps_the_text_and_drops_thumbnails_then_the_side_panel() -> None:
    assert panes_that_fit(1024, ALL) == set(ALL)
    assert panes_that_fit(700, ALL) == {"side", "text"}
    assert panes_that_fit(512, ALL) == {"text"}  # 1024 px at scale factor 2
    assert panes_that_fit(200, ALL) == set()
    assert panes_that_fit(512, {"side", "thumbnails"}) == {"side"}


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.panes._settle.isActive())
    QApplication.processEvents()


def test_each_pane_hides_and_shows_by_its_key_and_stays_so(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    window.resize(1400, 800)
    settle(qtbot, window)
    panes = window.panes
    assert panes.shown() == set(ALL)
    for key, pane in ((Qt.Key.Key_1, "side"), (Qt.Key.Key_2, "thumbnails"), (Qt.Key.Key_3, "text")):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        assert pane not in panes.shown() and not panes.toggles[pane].isChecked()
    assert panes.shown() == set()
    assert not window.document_view.page_view.isHidden()  # the scan stays
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert panes.shown() == {"thumbnails"}
    window.close()
    again = make_window(qtbot, review_library, settings)
    assert again.panes.shown() == {"thumbnails"}
    assert [a.isChecked() for a in again.panes.toggles.values()] == [False, True, False]


def test_a_layout_saved_on_a_larger_screen_gives_the_scan_room(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    window.resize(1600, 1000)
    settle(qtbot, window)
    window.splitter.setSizes([700, 900])  # a side panel as wide as the 440 px and more
    assert window.panes.scan_share() < ROOM_SHARE
    window.close()
    again = make_window(qtbot, review_library, settings)
    again.resize(1024, 700)
    settle(qtbot, again)
    assert again.panes.scan_share() >= ROOM_SHARE
    assert again.document_view.page_view.width() > again.side.width()


def test_a_fresh_window_at_1024_gives_the_scan_most_of_the_width(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    window.resize(1024, 700)
    settle(qtbot, window)
    assert window.panes.shown() == set(ALL)
    assert window.panes.scan_share() >= 0.45
    pv = window.document_view.page_view
    assert pv.width() > max(window.side.width(), window.document_view.text_side.width())


def test_a_narrow_window_hides_panes_for_as_long_as_it_is_narrow(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    window.resize(560, 500)
    settle(qtbot, window)
    panes = window.panes
    assert panes.shown() == {"text"} and panes.scan_share() >= ROOM_SHARE
    assert not panes.toggles["side"].isChecked()  # the menu says what shows …
    assert settings.get(S.PANE_SIDE) and settings.get(S.PANE_THUMBNAILS)  # … the wish is kept
    panes.toggles["side"].trigger()  # the person wants it even so: it stays
    settle(qtbot, window)
    assert "side" in panes.shown()
    window.resize(1500, 900)
    settle(qtbot, window)
    assert panes.shown() == set(ALL) and panes.scan_share() >= ROOM_SHARE


def test_reading_mode_shows_scan_and_text_full_screen_and_keys_still_work(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    doc = window.library_model.document_id(0)
    assert doc is not None and window.open_document(doc)
    window.resize(1400, 800)
    settle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    settle(qtbot, window)
    assert window.isFullScreen() and window.panes.reading.isChecked()
    assert window.panes.shown() == {"text"}
    assert window.menuBar().isHidden() and window.statusBar().isHidden()
    assert window.panes.hint.isVisible()
    hint = window.panes.hint.geometry()  # centred on the full-screen window, whole on it
    assert hint.left() >= 0 and hint.right() < window.width(), (hint, window.width())
    assert abs(hint.center().x() - window.width() // 2) <= 2
    window.show_message("A message in the reading mode.")  # (no status bar: the strip)
    assert window.message_strip.isVisible() and window.statusBar().currentMessage() == ""
    activate(qtbot, window)
    window.document_view.page_view.setFocus()
    qtbot.keyClick(window.document_view.page_view, Qt.Key.Key_PageDown)  # a Go menu key
    assert window.document_view.index == 1
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # a View key
    assert window.word_boxes.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # an Annotate key
    assert window.annotation_menus.by_name["draw"].isChecked()  # (Edit, Annotate and Review's
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # were dead here)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert not window.isFullScreen() and not window.panes.reading.isChecked()
    assert window.panes.shown() == set(ALL) and not window.menuBar().isHidden()
    assert settings.get(S.PANE_SIDE) and settings.get(S.PANE_THUMBNAILS)  # not saved as hidden


def test_leaving_the_reading_mode_brings_back_the_panes_as_they_were(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """F11 then Esc left the side panel wider (172 -> 228 px) and the text narrower: the panes
    were laid out anew as they came back, not as the person had them."""
    window = make_window(qtbot, review_library, settings)
    doc = window.library_model.document_id(0)
    assert doc is not None and window.open_document(doc)
    window.setGeometry(120, 80, 1200, 800)
    settle(qtbot, window)
    window.splitter.setSizes([172, 1200 - 172])  # dragged by hand
    view = window.document_view.splitter
    view.setSizes([150, 560, 318])
    settle(qtbot, window)
    before = (window.splitter.sizes(), view.sizes())
    qtbot.keyClick(window, Qt.Key.Key_F11)
    settle(qtbot, window)
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert not window.isFullScreen()
    assert (window.splitter.sizes(), view.sizes()) == before


def test_the_window_never_closes_in_reading_mode_for_the_next_start(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    window.panes.reading.trigger()
    window.close()
    again = make_window(qtbot, review_library, settings)
    assert not again.isFullScreen() and not again.menuBar().isHidden()
    assert again.panes.shown() == set(ALL) or again.panes.wished() == set(ALL)


def test_closing_in_reading_mode_saves_the_window_and_splitters_from_before_it(
    qtbot: QtBot, review_library: Library, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What is saved does not wait for the window manager: on X11 it takes the window out of
    full screen after ``showNormal`` returns, and the full screen was saved (1598x974 at 1,25
    for a window at 120,80 1200x800, with the panes laid out anew)."""
    window = make_window(qtbot, review_library, settings)
    window.setGeometry(120, 80, 1200, 800)
    settle(qtbot, window)
    window.splitter.setSizes([330, 866])  # dragged by hand: kept
    before = (window.saveGeometry(), window.splitter.saveState())
    document_splitter = window.document_view.splitter.saveState()
    window.panes.reading.trigger()
    settle(qtbot, window)
    assert window.isFullScreen()
    # The window manager has not answered yet when the window closes.
    monkeypatch.setattr(window, "showNormal", lambda: None)
    monkeypatch.setattr(window, "showMaximized", lambda: None)
    window.close()
    assert (settings.get(S.GEOMETRY), settings.get(S.MAIN_SPLITTER)) == before
    assert settings.get(S.DOCUMENT_SPLITTER) == document_splitter
    again = make_window(qtbot, review_library, settings)
    assert not again.isFullScreen() and not again.menuBar().isHidden()


SCREEN = QRect(0, 0, 1920, 1080)


def test_geometry_is_checked_against_the_screens() -> None:
    assert fits_screens(QRect(100, 80, 1400, 900), [SCREEN])
    assert not fits_screens(QRect(100, 80, 882, 324), [SCREEN])  # the squashed window
    assert not fits_screens(QRect(3000, 200, 1400, 900), [SCREEN])  # a monitor since unplugged
    assert not fits_screens(QRect(100, -600, 1400, 900), [SCREEN])  # title bar above the top
    second = QRect(1920, 0, 1280, 1024)
    assert fits_screens(QRect(2000, 50, 1100, 900), [SCREEN, second])
    small = QRect(0, 0, 1024, 700)
    assert fits_screens(QRect(0, 0, 1000, 660), [small])
    rect = default_geometry(small)
    assert small.contains(rect) and rect.width() <= 1024 and rect.height() <= 700


def test_a_squashed_or_lost_window_is_not_restored_as_it_was(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    available = screen.availableGeometry()
    window = make_window(qtbot, review_library, settings)
    window.setGeometry(QRect(40, 40, available.width() - 80, 120))  # squashed
    window.close()
    again = make_window(qtbot, review_library, settings)
    assert fits_screens(again.geometry(), [available]) and again.height() > 120
    again.setGeometry(QRect(available.right() + 2000, 40, 700, 500))  # off every screen
    again.close()
    third = make_window(qtbot, review_library, settings)
    assert available.intersects(third.geometry())
    assert fits_screens(third.geometry(), [available])


@pytest.mark.parametrize("width", [1280, 1600])
def test_the_annotation_lists_filters_are_whole_in_the_side_panel(
    qtbot: QtBot, review_library: Library, settings: Settings, width: int
) -> None:
    """At the side panel's width, each filter of the Annotations tab is in sight whole (three
    to a row, "This page", "Any status" and "In conflict" were cut off at its right edge)."""
    window = make_window(qtbot, review_library, settings)
    window.resize(width, 800)
    settle(qtbot, window)
    pane = window.annotation_list
    window.side.setCurrentWidget(pane)
    settle(qtbot, window)
    for w in (pane.scope, pane.kind, pane.status, pane.tag, pane.author):
        assert w.mapTo(pane, w.rect().topRight()).x() < pane.width(), w.accessibleName()
        # (no narrower than it can be drawn: a combo box shortens its text with "…" to that)
        assert w.width() >= w.minimumSizeHint().width(), w.accessibleName()
    box = pane.conflicted
    assert box.mapTo(pane, box.rect().topRight()).x() < pane.width()
    assert box.width() >= box.sizeHint().width()  # "In conflict", whole


@pytest.mark.parametrize("dragged", [None, 250], ids=["as laid out", "dragged by hand"])
def test_a_pane_hidden_and_shown_again_comes_back_at_its_width(
    qtbot: QtBot, review_library: Library, settings: Settings, dragged: int | None
) -> None:
    """Alt+1 twice: the side panel came back 20 px narrower (laid out anew, as a share of the
    window, rather than at the width it had); the other panes keep theirs too."""
    window = make_window(qtbot, review_library, settings)
    window.setGeometry(0, 0, 1024, 600)
    settle(qtbot, window)
    if dragged is not None:
        window.splitter.setSizes([dragged, window.splitter.width() - dragged])
        settle(qtbot, window)
    view = window.document_view.splitter
    before = (window.splitter.sizes(), view.sizes())
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_3):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        settle(qtbot, window)
    assert window.panes.shown() == set(ALL)
    assert (window.splitter.sizes(), view.sizes()) == before
