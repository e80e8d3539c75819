"""The window's status messages: a passing one is over as a form opens over the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.base import settings as S
from tests.ui.annotating.helpers import in_the_dialog, open_window, select_text, when_modal

NO_SELECTION = "Select some text in the text pane first."


def test_a_message_about_what_a_form_needs_is_gone_once_the_form_opens(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """Ctrl+Shift+N with nothing selected says to select first; once the words are selected
    and the note's form opens, that message no longer stands beside it (it stayed)."""
    window = open_window(qtbot, review_library, settings)
    pane = window.document_view.text_pane
    pane.setFocus()
    assert window.annotations.annotate_selection("note") is None
    assert window.current_message() == NO_SELECTION
    QApplication.processEvents()  # (the person's next step comes in a later turn of the loop)
    select_text(window, "courier")
    said: list[str] = []

    def look(dialog: AnnotationDialog) -> None:
        said.append(window.current_message())
        dialog.reject()

    failed = in_the_dialog(qtbot, look)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(pane, Qt.Key.Key_N, shift_ctrl)
    assert failed == [] and said == [""]
    assert window.current_message() == ""


def test_a_long_message_in_the_strip_goes_too_and_one_kept_or_said_with_the_box_stays(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    long = "Not saved: another reviewer changed this annotation since you opened it. " * 3
    window.show_message(long)  # (the message strip)
    assert window.status.strip.text() == long
    QApplication.processEvents()
    seen: list[str] = []

    def answer(box: object) -> None:  # (an assert here would not be seen: a nested loop)
        seen.append(window.current_message() if isinstance(box, QMessageBox) else "no box")
        if isinstance(box, QMessageBox):
            box.reject()

    when_modal(answer)
    QMessageBox.question(window, "Redline", "Go on?")
    assert seen == [""] and window.status.strip.isHidden()
    kept = "Conflicts to decide: 2 (Edit › Conflicts…)"
    window.status.show(kept, 0)  # (a task left: shown until replaced)
    QApplication.processEvents()
    when_modal(answer)
    QMessageBox.question(window, "Redline", "Go on?")
    assert seen == ["", kept] and window.current_message() == kept
    window.show_message("Tesseract is not installed.")  # said with the box it opens: it stays
    when_modal(answer)
    QMessageBox.information(window, "Redline", "Tesseract is not installed.")
    assert seen[2:] == ["Tesseract is not installed."]
