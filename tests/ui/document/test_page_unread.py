"""A page that could not be read (a team library's server gone, a damaged library) shows no other
page's review, text layers or annotations beside it: turned to while its server was away, page 2
showed page 1's "Reviewed — Alice", its "PDF text (85 words)" and its two notes (a walk on a
paused server)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.annotating.page_content import read_page
from app.core.annotating.review import set_page_status
from app.core.errors import LibraryError
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.document import document_view
from tests.ui.annotating.helpers import open_window, select_text


def test_a_page_that_cannot_be_read_shows_nothing_of_the_page_before(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings)
    view = window.document_view
    assert view.page is not None
    set_page_status(review_library, view.page.id, "reviewed", author="Alice")
    select_text(window, "courier")
    assert window.annotations.annotate_selection("note", {"text": "first page"}) is not None
    window.refresh()
    qtbot.waitUntil(lambda: window.review_bar.status == "reviewed")
    listed = window.annotation_list.model
    assert listed.rowCount() == 1 and window.layer_switcher.combo.count() == 1

    def gone(lib: Library, page_id: Any) -> Any:
        raise LibraryError("The server holding the library cannot be reached (closed).")

    monkeypatch.setattr(document_view, "read_page", gone)
    view.next_page()
    qtbot.waitUntil(lambda: "Cannot read the page" in view.text_pane.placeholderText())
    assert not window.review_bar.isEnabled() and window.review_bar.who.text() == ""
    assert window.review_bar.combo.currentIndex() == -1  # not "Reviewed": not known
    assert window.layer_switcher.combo.count() == 0
    assert listed.rowCount() == 0
    monkeypatch.setattr(document_view, "read_page", read_page)  # the server is back
    view.previous_page()
    qtbot.waitUntil(lambda: window.review_bar.status == "reviewed")
    assert window.review_bar.isEnabled() and listed.rowCount() == 1
