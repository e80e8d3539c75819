"""A second reviewer at a real window, in a process of its own (run by test_live_updates.py):
``python -m tests.ui.window.second_reviewer URL DOCUMENT PROPOSAL NOTE SETTINGS PNG``.

It opens the library in the real MainWindow (offscreen), under the name "Bo Reviewer", and does
what a person does: N steps to the proposal, A accepts it (the exemption codes detected, filled
in, confirmed in the dialog), the note chosen and F2 edits it in its dialog, Ctrl+Return marks
the page reviewed. For each step it prints, one JSON line, when the action began and when it had
returned (its commit done), for the other window's test to measure how soon it showed it.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app.core.ids import DocumentId
from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.base import settings as S
from app.ui.window.main_window import MainWindow

NAME = "Bo Reviewer"
NOTE_TEXT = "checked against the scan"


def _wait(app: QApplication, done: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"second reviewer: gave up waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def _settle(app: QApplication, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _answer_dialog(fill: Callable[[AnnotationDialog], None]) -> None:
    """Answer the modal dialog the next action opens, as a person would."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AnnotationDialog):
            QTimer.singleShot(10, answer)  # not open yet
            return
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(0, answer)


def _step(step: str, act: Callable[[], object]) -> None:
    """Do ``act`` and print when it began and when it had returned (its commit done)."""
    began = time.time()
    act()
    print(json.dumps({"step": step, "began": began, "done": time.time()}), flush=True)


def main(url: str, document: str, proposal: str, note: str, settings_file: str, png: str) -> None:
    app = QApplication([])
    settings = S.Settings(QSettings(settings_file, QSettings.Format.IniFormat))
    settings.set(S.AUTHOR, NAME)
    lib = Library.open(url)
    window = MainWindow(lib, settings)  # as `redline gui` makes it: reads in the background
    window.show()
    window.activateWindow()
    pages = window.page_annotations
    assert window.open_document(DocumentId(int(document)))
    _wait(app, lambda: pages.shown(proposal) is not None, "the page's annotations")
    menus = window.annotation_menus.by_name

    menus["next_proposal"].trigger()
    assert pages.current == proposal, pages.current
    _answer_dialog(lambda dialog: None)  # the detected codes, as filled in: confirmed
    _step("accepted", menus["accept"].trigger)

    window.show_annotation(DocumentId(int(document)), 0, note)  # chosen in the list
    _answer_dialog(lambda dialog: dialog.note.setPlainText(NOTE_TEXT))
    _step("note", menus["edit"].trigger)
    _step("reviewed", menus["reviewed"].trigger)

    edited = pages.shown
    _wait(app, lambda: (r := edited(note)) is not None and r.body == {"text": NOTE_TEXT}, "redraw")
    window.side.setCurrentWidget(window.annotation_list)  # the note, in the list
    _settle(app, 1.0)  # the scan and text drawn again: for the screenshot
    window.grab().save(png)
    window.close()
    lib.close()


if __name__ == "__main__":
    main(*sys.argv[1:7])
