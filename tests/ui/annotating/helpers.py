"""Shared pieces of the annotation UI tests: an open window with an author set, text selection
in the real text pane, and dialogs answered without showing them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from app.core.documents.queries import list_documents
from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.base import settings as S
from app.ui.document.page_view import PageView
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import activate, make_window


def open_window(
    qtbot: QtBot, lib: Library, settings: S.Settings, author: str = "Ada"
) -> MainWindow:
    if author:
        settings.set(S.AUTHOR, author)
    window = make_window(qtbot, lib, settings)
    assert window.open_document(list_documents(lib)[0].id)
    qtbot.waitUntil(lambda: window.annotations.view.page_text is not None)
    return window


def select_text(window: MainWindow, word: str, nth: int = 0) -> tuple[int, int]:
    """Select ``word`` in the text pane as a person would (a cursor selection); code points."""
    pane = window.document_view.text_pane
    start = -1
    for _ in range(nth + 1):
        start = pane.text.index(word, start + 1)
    cursor = pane.textCursor()
    cursor.setPosition(pane._map.to_qt(start))
    cursor.setPosition(pane._map.to_qt(start + len(word)), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.setFocus()
    return start, start + len(word)


def answer_dialogs(
    monkeypatch: Any,
    window: MainWindow,
    body: dict[str, Any] | None,
    region_kind: str | None = None,
) -> list[str]:
    """Make the body dialog return ``body`` (and the region menu ``region_kind``); returns the
    list of kinds asked for."""
    asked: list[str] = []

    def ask_body(
        kind: str, quote: str = "", current: Any = None, on_edit: Any = None, **_: Any
    ) -> Any:
        asked.append(kind)
        if on_edit is not None and body is not None:
            on_edit(body)
        return body

    monkeypatch.setattr(window.annotations, "ask_body", ask_body)
    monkeypatch.setattr(window.annotations, "ask_region_kind", lambda *_: region_kind)
    return asked


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def drag(
    view: PageView,
    start: QPoint,
    end: QPoint,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.ShiftModifier,
) -> None:
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, modifier, start)
    QTest.mouseMove(vp, start + QPoint(5, 5))
    QTest.mouseMove(vp, end)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, modifier, end)


_answering: list[QTimer] = []


def when_modal(act: Callable[[QWidget | None], None]) -> None:
    """``act(dialog)`` as soon as the next action has a modal dialog open (``None`` after 5 s
    without one). Not a zero-time timer: on a team library a call the action makes before its
    dialog opens runs the event loop (app.ui.base.library_calls), and such a timer fires there."""
    timer = QTimer(interval=5)
    waited = QDeadlineTimer(5000)

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None and not waited.hasExpired():
            return
        timer.stop()
        _answering.remove(timer)
        act(dialog)

    timer.timeout.connect(run)
    timer.start()
    _answering.append(timer)  # (kept alive until it has run)


def in_the_dialog(qtbot: QtBot, answer: Callable[[AnnotationDialog], None]) -> list[str]:
    """Answer the modal dialog the next action opens, as a person at the keys; returns what
    went wrong in the answer (asserts inside a nested event loop are not seen otherwise)."""
    failed: list[str] = []

    def run(dialog: QWidget | None) -> None:
        try:
            assert isinstance(dialog, AnnotationDialog)
            activate(qtbot, dialog)  # (window shortcuts, Ctrl+Enter, fire only there)
            answer(dialog)
        except AssertionError as exc:
            failed.append(repr(exc))
        if isinstance(dialog, QDialog) and dialog.isVisible():  # (never left hanging)
            failed.append("the dialog is still open")
            dialog.reject()

    when_modal(run)
    return failed


def hover(qtbot: QtBot, window: MainWindow, scene_x: float, scene_y: float) -> str:
    """What the scan's tooltip says with the mouse at a point of the page."""
    view = window.document_view.page_view
    pos = view.mapFromScene(scene_x, scene_y)
    vp = view.viewport()
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    QApplication.sendEvent(vp, QHelpEvent(QEvent.Type.ToolTip, pos, vp.mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def when_form_opens(steps: Callable[[AnnotationDialog], None]) -> None:
    """Run ``steps`` on the annotation form once it is open (looked for again until it is: with
    the window's calls off its thread, the calls before it spin the event loop first); a step
    that fails closes the form, which would wait otherwise."""

    def answer() -> None:
        form = QApplication.activeModalWidget()
        if not isinstance(form, AnnotationDialog):
            QTimer.singleShot(10, answer)
            return
        try:
            steps(form)
        finally:
            if form.isVisible():
                form.reject()

    QTimer.singleShot(0, answer)
