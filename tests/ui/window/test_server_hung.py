"""A team library's server that stops answering under an open window without closing its
connections (hung, or the network lost on the way: the test stops its processes with SIGSTOP):
an action waits, says so, and after a moment offers "Stop waiting" (and Esc). Stopping cancels
the action on the server and says in one line how far it had got: nothing changed, or its
change perhaps saved (then what became of it once the server answers). Keys pressed meanwhile
are dropped, not run against the server later."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.core.annotating.annotation_listing import get_annotation
from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Span
from app.core.documents.ingest import import_paths
from app.core.documents.queries import document_summary, list_documents
from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.base import settings as S
from app.ui.window.main_window import MainWindow
from tests.pg_helpers import PgServer
from tests.ui.annotating.helpers import open_window
from tests.ui.helpers import make_review_pdf

THAWED_AFTER_MS = 30_000  # (on code that offers no way out: the test ends, failing)


@pytest.fixture
def proposals(own_server: PgServer, tmp_path: Path) -> Iterator[tuple[Library, list[str]]]:
    """A team library on the test's own server: the review memo with two proposed markings."""
    lib = Library.open(own_server.url(own_server.create_database()))
    (tmp_path / "in").mkdir()
    assert import_paths(lib, [make_review_pdf(tmp_path / "in" / "review-memo.pdf")])[0].ok
    page = document_summary(lib, list_documents(lib)[0].id).pages[0].id
    marks = [
        create_annotation(
            lib, page, "marking", text=Span(start, end), confidence=0.9, status="proposed",
            author="", origin="detector", body={"category": "classification", "value": "SECRET"},
        ).uuid
        for start, end in ((0, 10), (11, 20))
    ]  # fmt: skip
    yield lib, marks
    lib.close()


def _window(qtbot: QtBot, lib: Library, settings: S.Settings, mark: str) -> MainWindow:
    window = open_window(qtbot, lib, settings)
    window.page_annotations.show_annotation(mark)
    qtbot.waitUntil(lambda: window.page_annotations.shown(mark) is not None)
    return window


def _stop_buttons(window: QWidget) -> list[QPushButton]:
    """The "Stop waiting" buttons in sight in ``window``."""
    return [
        b for b in window.findChildren(QPushButton) if b.text() == "Stop waiting" and b.isVisible()
    ]


def _while_waiting(window: MainWindow, server: PgServer, act: Callable[[], object]) -> list[str]:
    """Run ``act`` (an action the window awaits) with "Stop waiting" pressed once offered:
    first a key of the window, which must do nothing, then ``act`` gives up. What the status
    bar said when the offer came."""
    seen: list[str] = []

    def offered() -> None:
        stop = _stop_buttons(window)
        if stop and not seen:
            seen.append(window.current_message())
            window.grab().save(os.environ.get("REDLINE_OFFERED_PNG", "/dev/null/x.png"))
            QTest.keyClick(window.document_view.page_view, Qt.Key.Key_N)  # next: dropped
            QTest.mouseClick(stop[0], Qt.MouseButton.LeftButton)

    poll = QTimer(interval=50)
    poll.timeout.connect(offered)
    poll.start()
    guard = QTimer(singleShot=True, interval=THAWED_AFTER_MS)
    guard.timeout.connect(server.thaw)
    guard.start()
    try:
        act()
    finally:
        poll.stop()
        guard.stop()
    return seen


def _ended(qtbot: QtBot, thread: threading.Thread) -> None:
    """The call given up has ended, once the server answers again."""
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=20_000)


def test_stop_waiting_cancels_an_accept_and_changes_nothing(
    qtbot: QtBot,
    own_server: PgServer,
    proposals: tuple[Library, list[str]],
    settings: Any,
    tmp_path: Path,
) -> None:
    lib, (mark, _) = proposals
    window = _window(qtbot, lib, settings, mark)
    calls = window.library_calls
    assert calls is not None
    messages: list[str] = []
    window.annotations.message.connect(messages.append)
    [call_thread] = [t for t in threading.enumerate() if t.name.startswith("redline-library")]

    own_server.freeze()
    seen = _while_waiting(window, own_server, window.annotation_menus.by_name["accept"].trigger)
    assert seen == ["Waiting for the library's server…"], messages
    said = f"Redline stopped waiting for the server holding {lib.location}; nothing was changed."
    assert messages == [said]  # one line, said at once, the server still not answering
    assert window.current_message() == said
    assert not _stop_buttons(window)
    assert window.page_annotations.current == mark  # the N pressed meanwhile did nothing
    assert window.annotations.stack.count() == 0
    shown = window.page_annotations.shown(mark)
    assert shown is not None and shown.status == "proposed"
    assert window.grab().save(os.environ.get("REDLINE_STOPPED_PNG", str(tmp_path / "stop.png")))

    own_server.thaw()
    _ended(qtbot, call_thread)
    assert get_annotation(lib, mark).status == "proposed"  # rolled back on the server
    window.annotation_menus.by_name["accept"].trigger()  # and the row is not held: it goes
    assert get_annotation(lib, mark).status == "accepted"
    assert window.annotations.stack.count() == 1


def test_esc_stops_waiting_too(
    qtbot: QtBot, own_server: PgServer, proposals: tuple[Library, list[str]], settings: Any
) -> None:
    lib, (mark, _) = proposals
    window = _window(qtbot, lib, settings, mark)
    messages: list[str] = []
    window.annotations.message.connect(messages.append)

    def escape() -> None:
        if _stop_buttons(window) and not messages:
            QTest.keyClick(window.document_view.page_view, Qt.Key.Key_Escape)

    poll = QTimer(interval=50)
    poll.timeout.connect(escape)
    poll.start()
    guard = QTimer(singleShot=True, interval=THAWED_AFTER_MS)
    guard.timeout.connect(own_server.thaw)
    guard.start()
    own_server.freeze()
    try:
        window.annotation_menus.by_name["reject"].trigger()
    finally:
        poll.stop()
        guard.stop()
        own_server.thaw()
    assert messages == [
        f"Redline stopped waiting for the server holding {lib.location}; nothing was changed."
    ]
    assert window.annotations.stack.count() == 0


def _freeze_once(lib: Library, server: PgServer, at: str, after_commit: bool = False) -> None:
    """Freeze the server at the next ``at`` event of the library's engine ("commit": with the
    COMMIT about to be sent; "before_cursor_execute" after a commit when ``after_commit``)."""
    armed, frozen = [not after_commit], list[bool]()

    def commit(*_args: Any) -> None:
        armed[0] = True

    def freeze(*_args: Any) -> None:
        if armed[0] and not frozen:
            frozen.append(True)
            server.freeze()

    if after_commit:
        event.listen(lib.db.engine, "commit", commit)
    event.listen(lib.db.engine, at, freeze)


def test_stopped_while_its_commit_was_on_its_way_it_says_what_became_of_it(
    qtbot: QtBot, own_server: PgServer, proposals: tuple[Library, list[str]], settings: Any
) -> None:
    """The server stopped answering with the accept's COMMIT sent: stopping cannot say nothing
    was changed. Once the server answers, the window says whether it was saved, and that is
    what the library holds (and what the window shows)."""
    lib, (mark, _) = proposals
    window = _window(qtbot, lib, settings, mark)
    calls = window.library_calls
    assert calls is not None
    messages: list[str] = []
    window.annotations.message.connect(messages.append)
    late: list[str] = []
    calls.late.connect(late.append)

    _freeze_once(lib, own_server, "commit")
    _while_waiting(window, own_server, window.annotation_menus.by_name["accept"].trigger)
    assert messages == [
        f"Redline stopped waiting for the server holding {lib.location} while it saved the "
        "change: it may have been saved; the window says which once the server answers."
    ]
    own_server.thaw()
    qtbot.waitUntil(lambda: bool(late), timeout=20_000)
    status = get_annotation(lib, mark).status
    saved = f"The change Redline stopped waiting for was saved on {lib.location} after all; "
    if status == "accepted":
        assert late == [saved + "the window shows it."]
        qtbot.waitUntil(
            lambda: getattr(window.page_annotations.shown(mark), "status", "") == status
        )
    else:
        assert status == "proposed"
        assert late == [f"The change Redline stopped waiting for was not saved on {lib.location}."]
    assert window.current_message() == late[0]


def test_stopped_after_its_change_was_saved_it_does_not_say_nothing_changed(
    qtbot: QtBot, own_server: PgServer, proposals: tuple[Library, list[str]], settings: Any
) -> None:
    """A review press accepts (committed) and then reads where the next proposal is; the server
    stops answering that read: stopping it says so, not that nothing changed, and the accept
    stands (on the page, on the undo stack, in the library)."""
    lib, (mark, second) = proposals
    window = _window(qtbot, lib, settings, mark)
    messages: list[str] = []
    window.annotations.message.connect(messages.append)

    _freeze_once(lib, own_server, "before_cursor_execute", after_commit=True)
    _while_waiting(window, own_server, window.annotation_menus.by_name["accept"].trigger)
    own_server.thaw()
    assert messages == [f"Redline stopped waiting for the server holding {lib.location}."]
    shown = window.page_annotations.shown(mark)
    assert shown is not None and shown.status == "accepted"
    assert window.annotations.stack.count() == 1
    assert get_annotation(lib, mark).status == "accepted"
    assert window.page_annotations.current != second  # (it did not move on)


def test_a_form_in_front_offers_it_at_its_foot_and_stays_open(
    qtbot: QtBot,
    own_server: PgServer,
    proposals: tuple[Library, list[str]],
    settings: Any,
    tmp_path: Path,
) -> None:
    """The note form's OK waits on the server: the form blocks the main window (its status bar
    too), so "Stop waiting" comes at the form's foot. Stopped, the form stays open with the
    sentence, what was typed kept; the note is as it was."""
    lib, (mark, _) = proposals
    page = get_annotation(lib, mark).page_id
    note = create_annotation(
        lib, page, "note", text=Span(0, 6), body={"text": "to check"}, author="Ada"
    )
    window = _window(qtbot, lib, settings, note.uuid)
    said: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AnnotationDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.note.setPlainText("checked")
        own_server.freeze()
        dialog.accept()  # (returns once stopped: the form stays open, saying why)
        said.append(dialog.error.text())
        assert dialog.grab().save(str(tmp_path / "form.png"))
        assert dialog.isVisible() and dialog.note.toPlainText() == "checked"
        own_server.thaw()
        dialog.reject()

    def stop_in_form() -> None:
        dialog = QApplication.activeModalWidget()
        buttons = [] if dialog is None else _stop_buttons(dialog)
        if buttons:
            assert dialog is not None and dialog.grab().save(str(tmp_path / "offered.png"))
            QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    poll = QTimer(interval=50)
    poll.timeout.connect(stop_in_form)
    poll.start()
    guard = QTimer(singleShot=True, interval=THAWED_AFTER_MS)
    guard.timeout.connect(own_server.thaw)
    guard.start()
    QTimer.singleShot(0, answer)
    try:
        window.annotations.edit(note.uuid)
    finally:
        poll.stop()
        guard.stop()
    [error] = said  # (the form's "Not saved:" before it)
    assert error.endswith(
        f"Redline stopped waiting for the server holding {lib.location}; nothing was changed."
    )
    assert get_annotation(lib, note.uuid).body == {"text": "to check"}
    assert window.annotations.stack.count() == 0
