"""Two reviewers correcting the same word at once (Carol "Department", Dave "Dept."): both
corrections are accepted and kept, and the reading shows the newest. Carol's window showed
Dave's silently; now it tells her when a refresh brings it, and hovering the word in the text
pane says that it has more than one accepted correction, which one the reading shows and the
other's text and author. (Hovering the text pane showed no annotation's tooltip at all.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from app.core.annotating import annotations as A
from app.core.annotating.records import Span
from app.core.documents.ingest import import_file
from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.base import settings as S
from app.ui.document.annotated_text_pane import AnnotatedTextPane
from app.ui.window.main_window import MainWindow
from tests.builders import make_text_pdf
from tests.ui.annotating.helpers import open_window, when_form_opens

REPO = Path(__file__).resolve().parents[3]
DAVE = """
import sys
from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Span
from app.core.library import Library
url, page, start, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
with Library.open(url) as lib:
    create_annotation(lib, page, "correction", text=Span(start, end),
                      body={"replacement": "Dept."}, author="Dave")
"""


def hover(pane: AnnotatedTextPane, cp: int) -> str:
    """The tooltip hovering code point ``cp`` of the pane's original text shows."""
    cursor = pane.textCursor()
    cursor.setPosition(pane._map.to_qt(cp))
    at = pane.cursorRect(cursor).center() + QPoint(2, 0)
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, at, pane.viewport().mapToGlobal(at))
    QApplication.sendEvent(pane.viewport(), event)
    return QToolTip.text()


def corrected(window: MainWindow, lib: Library, who: str, text: str) -> str:
    page = window.document_view.page
    assert page is not None
    start = window.document_view.text_pane.text.index("courier")
    span = Span(start, start + len("courier"))
    body = {"replacement": text}
    return A.create_annotation(lib, page.id, "correction", text=span, body=body, author=who).uuid


def test_carol_is_told_and_shown_that_dave_s_correction_overrides_hers(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings, author="Carol")
    pane = window.document_view.text_pane
    said: list[str] = []
    window.annotations.message.connect(said.append)
    carol = corrected(window, review_library, "Carol", "Courier")
    window.document_view.read_again()  # (as a live update does)
    qtbot.waitUntil(lambda: window.page_annotations.shown(carol) is not None)
    word = pane.text.index("courier") + 2
    alone = hover(pane, word)
    assert "courier → Courier" in alone and "more than one" not in alone
    assert not [s for s in said if "overrides" in s]
    corrected(window, review_library, "Dave", "Couriers")  # Dave's, saved later
    window.document_view.read_again()
    qtbot.waitUntil(lambda: len(window.page_annotations.records) == 2)
    [told] = [s for s in said if "overrides" in s]
    assert "Dave's correction “Couriers” now overrides yours, “Courier”" in told
    for mode in ("original", "corrected", "both"):
        pane.set_mode(mode)
        tip = hover(pane, word)
        assert "more than one accepted correction" in tip, mode
        assert "the reading shows the newest, “Couriers” (Dave)" in tip
        assert "Also accepted, not shown: “Courier” (Carol)" in tip


def test_hovering_words_with_several_annotations_shows_each(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """A note on the same words as two rival corrections: the hover showed the note's alone
    (the first mark found), and with it not a word of the rivals."""
    window = open_window(qtbot, review_library, settings, author="Carol")
    corrected(window, review_library, "Carol", "Courier")
    corrected(window, review_library, "Dave", "Couriers")
    page = window.document_view.page
    assert page is not None
    start = window.document_view.text_pane.text.index("courier")
    A.create_annotation(
        review_library, page.id, "note", text=Span(start, start + 7),
        body={"text": "Who sent him?"}, author="Carol",
    )  # fmt: skip
    window.document_view.read_again()
    qtbot.waitUntil(lambda: len(window.page_annotations.records) == 3)
    tip = hover(window.document_view.text_pane, start + 2)
    assert "Who sent him?" in tip and "more than one accepted correction" in tip


def test_on_a_team_library_carol_s_window_tells_her_without_her_doing_anything(
    qtbot: QtBot, pg_library_url: str, settings: S.Settings, tmp_path: Path
) -> None:
    """As the walker did it: Carol's window open on a team library, Dave's correction made
    through his own connection; her window reads the page again (a live update) and says so."""
    lib = Library.open(pg_library_url)
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["The 2partment of State"])
    assert import_file(lib, pdf).document_id is not None
    window = open_window(qtbot, lib, settings, author="Carol")
    said: list[str] = []
    window.annotations.message.connect(said.append)
    page = window.document_view.page
    assert page is not None
    start = window.document_view.text_pane.text.index("2partment")
    span = Span(start, start + len("2partment"))
    body = {"replacement": "Department"}
    A.create_annotation(lib, page.id, "correction", text=span, body=body, author="Carol")
    window.document_view.read_again()  # (as her own step is drawn)
    qtbot.waitUntil(lambda: len(window.page_annotations.records) == 1)
    assert window.live is not None
    qtbot.waitUntil(window.live.listening.is_set)
    subprocess.run(  # Dave, in his own process (a window hears other processes' changes)
        [sys.executable, "-c", DAVE, pg_library_url, str(page.id), str(start), str(span.end)],
        check=True, cwd=REPO, timeout=60,
    )  # fmt: skip
    qtbot.waitUntil(lambda: any("overrides" in s for s in said), timeout=10_000)
    [told] = [s for s in said if "overrides" in s]
    assert "Dave's correction “Dept.” now overrides yours, “Department”" in told
    tip = hover(window.document_view.text_pane, start + 2)
    assert "the reading shows the newest, “Dept.” (Dave)" in tip
    assert "Also accepted, not shown: “Department” (Carol)" in tip
    window.close()
    lib.close()


def test_the_form_of_an_overridden_correction_says_which_the_reading_shows(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings, author="Carol")
    carol = corrected(window, review_library, "Carol", "Courier")
    corrected(window, review_library, "Dave", "Couriers")
    window.document_view.read_again()
    qtbot.waitUntil(lambda: len(window.page_annotations.records) == 2)
    said: list[str] = []

    def answer(form: AnnotationDialog) -> None:
        said.append(form.rivals.text() if form.rivals.isVisible() else "")

    when_form_opens(answer)
    assert not window.annotations.edit(carol)
    assert "the reading shows the newest, “Couriers” (Dave)" in said[0]
    assert "makes this correction the newest" in said[0]
