"""Search hits in the window: tinted in every reading of the text and on the scan, the old tints
gone with a new search, kept while flipping, cleared with the search box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Span
from app.core.library import Library
from app.ui.base.settings import Settings
from app.ui.base.theme import colours
from app.ui.library.search_pane import SNIPPET_HTML_ROLE
from app.ui.window.main_window import MainWindow
from tests.ui.annotating.helpers import CTRL_SHIFT, answer_dialogs, open_window, select_text


def tinted(window: MainWindow) -> list[str]:
    """The texts tinted as search matches in the text pane."""
    pane = window.document_view.text_pane
    return [
        sel.cursor.selectedText()
        for sel in pane.extraSelections()
        if sel.format.background().color() == colours().hit_text
    ]


def search(qtbot: QtBot, window: MainWindow, query: str) -> None:
    pane = window.search_pane
    pane.query.setText(query)
    qtbot.keyClick(pane.query, Qt.Key.Key_Return)


def correct(window: MainWindow, word: str, replacement: str) -> None:
    view = window.document_view
    assert view.page is not None
    start = view.text_pane.text.index(word)
    create_annotation(
        window.lib,
        view.page.id,
        "correction",
        body={"replacement": replacement},
        author="Ada",
        text=Span(start, start + len(word)),
    )
    window.refresh()


def test_hits_stay_tinted_in_the_corrected_and_both_readings(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    correct(window, "Tuesday", "Wednesday")
    for mode in ("corrected", "both", "original"):
        window.annotation_menus.by_name[f"read_{mode}"].trigger()
        search(qtbot, window, "Vienna")
        window.search_pane.results.activated.emit(window.search_pane.model.index(0))
        assert tinted(window) == ["Vienna"], mode
        assert window.document_view.page_view._hits, mode


def test_a_match_only_in_the_corrected_reading_is_tinted_on_its_words(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    correct(window, "Tuesday", "Wednesday")
    window.annotation_menus.by_name["read_corrected"].trigger()
    window.document_view.set_search_query("Wednesday")
    assert tinted(window) == ["Wednesday"]
    view = window.document_view
    assert view.page_text is not None
    start = view.page_text.text.index("Tuesday")
    tuesday = next(w.seq for w in view.page_text.words if w.start == start)
    hit = view.page_view._hits[0].sceneBoundingRect()
    word_rect = view.page_view.word_rect(tuesday)
    assert word_rect is not None and hit == word_rect  # the scan shows the word corrected


def test_a_new_search_clears_the_old_tints_and_hits_follow_the_flips(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    view = window.document_view
    search(qtbot, window, "courier")
    window.search_pane.results.activated.emit(window.search_pane.model.index(0))
    assert view.index == 0 and tinted(window) == ["courier"] and view.page_view._hits
    search(qtbot, window, "budget")  # on page 3 only: nothing of "courier" stays on page 1
    assert tinted(window) == [] and not view.page_view._hits
    search(qtbot, window, "courier")
    view.next_page()  # the search goes on on the next page
    assert tinted(window) == ["courier"] and view.page_view._hits
    window.search_pane.query.clear()  # the clear button: no search, no tints
    assert tinted(window) == [] and not view.page_view._hits
    assert window.search_pane.model.rowCount() == 0


def test_a_correction_made_undone_and_redone_in_the_window_moves_the_tints(
    qtbot: QtBot, review_library: Library, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search's matches follow the reading as each step redraws it from its change (no page
    read): a match only the correction makes appears with it, goes with its undo, and comes back
    with its redo, in the text and on the scan."""
    window = open_window(qtbot, review_library, settings)
    window.annotation_menus.by_name["read_corrected"].trigger()
    view = window.document_view
    view.set_search_query("Wednesday")
    assert tinted(window) == [] and not view.page_view._hits
    reads: list[int] = []
    monkeypatch.setattr(view, "read_again", lambda: reads.append(1))
    answer_dialogs(monkeypatch, window, {"replacement": "Wednesday"})
    select_text(window, "Tuesday")
    qtbot.keyClick(view.text_pane, Qt.Key.Key_C, CTRL_SHIFT)
    assert tinted(window) == ["Wednesday"] and view.page_view._hits
    window.annotations.stack.undo()
    assert tinted(window) == [] and not view.page_view._hits
    window.annotations.stack.redo()
    assert tinted(window) == ["Wednesday"] and view.page_view._hits
    assert reads == []  # each step was drawn from its change, not from a new read of the page


def test_a_hit_only_in_a_correction_is_listed_with_its_words(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """The results showed the page's first line for a word found only in a correction."""
    window = open_window(qtbot, review_library, settings)
    correct(window, "Tuesday", "Wednesday")
    search(qtbot, window, "Wednesday")
    model = window.search_pane.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    shown = model.data(model.index(0))
    title, snippet = shown.split("\n")
    assert title.endswith("page 1, in the corrected reading")
    assert "«Wednesday»" in snippet
    assert "in the corrected reading" in model.data(model.index(0), SNIPPET_HTML_ROLE)
    search(qtbot, window, "Vienna")  # found as read: said as before
    qtbot.waitUntil(lambda: "«Vienna»" in (model.data(model.index(0)) or ""))
    assert model.data(model.index(0)).split("\n")[0].endswith("page 1")
