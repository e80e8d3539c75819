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
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
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
from tests.ui.hung_server import (  # noqa: F401 (fixtures)
    THAWED_AFTER_MS,
    memo,
    offered,
    reading_window,
    stop_buttons,
    thawed_later,
    worker_goes_on,
)


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


def _while_waiting(window: MainWindow, server: PgServer, act: Callable[[], object]) -> list[str]:
    """Run ``act`` (an action the window awaits) with "Stop waiting" pressed once offered:
    first a key of the window, which must do nothing, then ``act`` gives up. What the status
    bar said when the offer came."""
    seen: list[str] = []

    def offered() -> None:
        stop = stop_buttons(window)
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
    assert not stop_buttons(window)
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
        if stop_buttons(window) and not messages:
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

    covered: list[str] = []  # the form's buttons the strip lay over (it hid OK and Cancel)

    def stop_in_form() -> None:
        dialog = QApplication.activeModalWidget()
        buttons = [] if dialog is None else stop_buttons(dialog)
        if buttons:
            assert dialog is not None and dialog.grab().save(str(tmp_path / "offered.png"))
            strip = buttons[0].parentWidget()
            assert strip is not None
            area = QRect(strip.mapTo(dialog, QPoint(0, 0)), strip.size())
            for button in dialog.findChildren(QPushButton):
                place = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
                if button.isVisible() and button not in buttons and place.intersects(area):
                    covered.append(button.text())
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
    assert covered == []
    assert error.endswith(
        f"Redline stopped waiting for the server holding {lib.location}; nothing was changed."
    )
    assert get_annotation(lib, note.uuid).body == {"text": "to check"}
    assert window.annotations.stack.count() == 0


# -- a page's read (on the window's database worker, not its thread) -----------------------------


def _read(qtbot: QtBot, window: MainWindow, index: int) -> None:
    """The page ``index`` is shown with its text."""
    view = window.document_view
    qtbot.waitUntil(
        lambda: (
            view.index == index
            and view.page_text is not None
            and view.page is not None
            and view.page_text.page_id == view.page.id
        ),
        timeout=20_000,
    )


def test_a_page_turn_on_a_hung_server_offers_stop_and_reads_once_it_answers(
    qtbot: QtBot,
    own_server: PgServer,
    memo: Library,  # noqa: F811
    settings: Any,
    thawed_later: None,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The server stops answering; the person turns the page: its text is loading, and after as
    long as an action waits, the bar under the page says the server does not answer and offers
    Stop waiting. Stopped (the server still hung), the pane says the page's text was not read;
    once the server answers, Read again reads it, and so does turning to another page."""
    window = reading_window(qtbot, memo, settings)
    view = window.document_view
    assert not stop_buttons(view)

    own_server.freeze()
    view.next_page()
    assert view.text_pane.placeholderText() == "Loading the text…"
    stop = offered(qtbot, window.document_view)
    assert view.server_wait.label.text() == (
        "The library's server is not answering; the page's text has not been read yet."
    )
    assert window.grab().save(os.environ.get("REDLINE_PAGE_OFFERED_PNG", str(tmp_path / "o.png")))
    QTest.mouseClick(stop, Qt.MouseButton.LeftButton)
    said = (
        f"Redline stopped waiting for the server holding {memo.location}; the page's text was "
        "not read."
    )
    qtbot.waitUntil(lambda: view.text_pane.placeholderText() == said)  # (the server still hung)
    assert view.server_wait.label.text() == "The page's text was not read."
    assert view.server_wait.button.text() == "Read again"
    assert view.page_text is None and view.index == 1
    assert window.current_message() == ""  # (said under the page, not once more at the foot)
    calls = window.library_calls  # (no call of the window's thread waited meanwhile)
    assert calls is not None and not calls.busy
    assert window.grab().save(os.environ.get("REDLINE_PAGE_STOPPED_PNG", str(tmp_path / "s.png")))

    own_server.thaw()
    view.server_wait.button.setFocus()  # (as Tab puts it there)
    QTest.keyClick(view.server_wait.button, Qt.Key.Key_Space)  # Read again
    _read(qtbot, window, 1)
    assert not view.server_wait.isVisible()
    assert view.page_view.hasFocus()  # the keys back on the page, where PgDown turns it
    view.next_page()
    _read(qtbot, window, 2)


def test_a_page_turned_to_while_a_read_hangs_is_stopped_with_it_by_esc(
    qtbot: QtBot,
    own_server: PgServer,
    memo: Library,  # noqa: F811
    settings: Any,
    thawed_later: None,  # noqa: F811
) -> None:
    """The read of the page turned to waits behind the read that hangs (one database worker):
    Esc, with the page in the keys, gives up both; the window is not left waiting behind them,
    and once the server answers a page turn reads the page turned to."""
    window = reading_window(qtbot, memo, settings)
    view = window.document_view

    own_server.freeze()
    view.next_page()
    offered(qtbot, window.document_view)
    view.next_page()  # (the read of page 2 hangs still; that of page 3 waits behind it)
    assert not stop_buttons(view)
    offered(qtbot, window.document_view)
    view.page_view.setFocus()
    QTest.keyClick(view.page_view, Qt.Key.Key_Escape)
    said = (
        f"Redline stopped waiting for the server holding {memo.location}; the page's text was "
        "not read."
    )
    qtbot.waitUntil(lambda: view.text_pane.placeholderText() == said)
    assert view.index == 2 and view.page_text is None

    own_server.thaw()
    view.previous_page()
    _read(qtbot, window, 1)
    view.next_page()
    _read(qtbot, window, 2)


def test_a_window_closes_while_a_page_s_read_hangs(
    qtbot: QtBot,
    own_server: PgServer,
    memo: Library,  # noqa: F811
    settings: Any,
) -> None:
    """Closing the window does not wait for a read the server does not answer (it is given up
    as Stop waiting gives it up)."""
    window = reading_window(qtbot, memo, settings)
    thawed = threading.Event()

    def thaw_later() -> None:  # (on code that waited for the read: closed only then)
        thawed.set()
        own_server.thaw()

    thaw = threading.Timer(THAWED_AFTER_MS / 1000, thaw_later)
    thaw.start()
    own_server.freeze()
    try:
        window.document_view.next_page()
        offered(qtbot, window.document_view)
        window.close()
        assert not thawed.is_set()  # closed with the server still hung
        assert not window.isVisible()
    finally:
        thaw.cancel()
        own_server.thaw()


# -- a call made while another is awaited ---------------------------------------------------------


def test_a_live_correction_write_made_while_a_call_waits_is_queued_and_stopped_with_it(
    qtbot: QtBot,
    own_server: PgServer,
    proposals: tuple[Library, list[str]],
    settings: Any,
    thawed_later: None,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A correction typed on a team library is written when the keys pause (a timer). Here the
    window awaits a read of its own on a server that stopped answering when that timer fires:
    the write waits its turn behind the read on the call's thread (it ran on the window's
    thread, beside the read, and the server held that thread with no way out). Stop waiting, at
    the foot of the form, gives up both: the write never reaches the server, the form stays
    open with what was typed, and once the server answers OK saves it."""
    lib, (mark, _) = proposals
    page = get_annotation(lib, mark).page_id
    fix = create_annotation(
        lib, page, "correction", text=Span(0, 6), body={"replacement": "SECRET"}, author="Ada"
    ).uuid
    window = _window(qtbot, lib, settings, fix)
    calls = window.library_calls
    assert calls is not None
    messages: list[str] = []
    window.annotating.message.connect(messages.append)
    stopped_in_form: list[str] = []
    [call_thread] = [t for t in threading.enumerate() if t.name.startswith("redline-library")]

    def type_and_wait() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AnnotationDialog):
            QTimer.singleShot(10, type_and_wait)
            return
        dialog.replacement.selectAll()
        QTest.keyClicks(dialog.replacement, "SEC")  # (written once the keys pause: a timer)
        own_server.freeze()
        assert window.page_annotations.record(fix) is None  # a read the window waits for,
        # while the timer fires: given up ("Stop waiting", below)
        assert dialog.isVisible() and dialog.replacement.text() == "SEC"
        own_server.thaw()
        _ended(qtbot, call_thread)
        assert get_annotation(lib, fix).body == {"replacement": "SECRET"}  # nothing written
        dialog.accept()  # OK: written now

    def stop_in_form() -> None:
        dialog = QApplication.activeModalWidget()
        buttons = [] if dialog is None else stop_buttons(dialog)
        if buttons and not stopped_in_form:
            assert dialog is not None
            stopped_in_form.append(dialog.windowTitle())
            assert dialog.grab().save(str(tmp_path / "correction-offered.png"))
            QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    poll = QTimer(interval=50)
    poll.timeout.connect(stop_in_form)
    poll.start()
    QTimer.singleShot(0, type_and_wait)
    try:
        assert window.annotations.edit(fix)
    finally:
        poll.stop()
    assert stopped_in_form  # offered while both waited, at the foot of the form
    location = lib.location
    assert messages[:2] == [
        f"Redline stopped waiting for the server holding {location}; nothing was changed.",
        f"Redline stopped waiting for the server holding {location}.",
    ]  # the live write (never begun), then the read it waited behind
    assert get_annotation(lib, fix).body == {"replacement": "SEC"}


# -- the other reads of the window's database worker, each with its own stop ---------------------


def test_the_library_table_s_read_has_its_own_stop_and_a_page_s_behind_it_stops_alone(
    qtbot: QtBot, own_server: PgServer, memo: Library, settings: Any, thawed_later: None,  # noqa: F811
    tmp_path: Path,
) -> None:  # fmt: skip
    """The library table is read again (as another reviewer's import asks) on a hung server:
    under the table a bar offers Stop waiting. A page turned to meanwhile waits behind it and
    offers its own: stopping the page's read leaves the table's waiting (it was given up with
    it, and the table's pane was not told); stopped in turn, the table keeps its rows and says
    they were not read, the worker goes on at once, and Read again reads them once the server
    answers."""
    window = reading_window(qtbot, memo, settings)
    view, pane = window.document_view, window.library_pane
    window.side.setCurrentWidget(pane)
    location = memo.location

    own_server.freeze()
    window.library_model.reload()
    table_stop = offered(qtbot, pane)
    assert pane.server_wait.label.text() == (
        "The library's server is not answering; the library's documents have not been read yet."
    )
    view.next_page()  # (its read waits behind the table's)
    QTest.mouseClick(offered(qtbot, window.document_view), Qt.MouseButton.LeftButton)
    said = (
        f"Redline stopped waiting for the server holding {location}; the page's text was not read."
    )
    qtbot.waitUntil(lambda: view.text_pane.placeholderText() == said)
    assert pane.server_wait.offering and stop_buttons(pane) == [table_stop]  # not failed
    assert pane.no_match.isHidden()
    assert window.grab().save(os.environ.get("REDLINE_TABLE_OFFERED_PNG", str(tmp_path / "t.png")))

    QTest.mouseClick(table_stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.server_wait.button.text() == "Read again")
    assert pane.server_wait.label.text() == "The library's documents were not read."
    assert pane.no_match.text() == (
        f"Redline stopped waiting for the server holding {location}; the library's documents "
        "were not read."
    )
    assert window.library_model.rowCount() == 1  # the rows it had
    worker_goes_on(qtbot, window)
    assert window.grab().save(os.environ.get("REDLINE_TABLE_STOPPED_PNG", str(tmp_path / "u.png")))

    own_server.thaw()
    QTest.mouseClick(pane.server_wait.button, Qt.MouseButton.LeftButton)  # Read again
    qtbot.waitUntil(lambda: not window.library_model.reload_pending, timeout=20_000)
    assert not pane.server_wait.isVisible() and pane.no_match.isHidden()
    QTest.mouseClick(view.server_wait.button, Qt.MouseButton.LeftButton)
    _read(qtbot, window, 1)


def test_a_search_the_doubtful_words_and_the_annotation_list_each_offer_their_stop(
    qtbot: QtBot, own_server: PgServer, memo: Library, settings: Any, thawed_later: None,  # noqa: F811
    tmp_path: Path,
) -> None:  # fmt: skip
    """On a hung server, a search, the doubtful words (their tab shown) and the document's
    annotation list each say under them, after the same wait, that they wait, and offer Stop
    waiting (Esc where they have the keys). Stopped, each says what was not read, the worker
    goes on at once, and Read again reads it once the server answers."""
    window = reading_window(qtbot, memo, settings)
    location = memo.location
    messages: list[str] = []
    window.annotating.message.connect(messages.append)
    search, doubtful, listing = window.search_pane, window.doubtful_pane, window.annotation_list

    own_server.freeze()
    window.side.setCurrentWidget(search)
    search.query.setText("memo")
    search.run("memo")
    stop = offered(qtbot, search)
    assert search.server_wait.label.text() == (
        "The library's server is not answering; the search has not been answered yet."
    )
    assert window.grab().save(os.environ.get("REDLINE_SEARCH_OFFERED_PNG", str(tmp_path / "a.png")))
    QTest.mouseClick(stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: search.server_wait.button.text() == "Read again")
    assert search.status.text() == (
        f"Redline stopped waiting for the server holding {location}; the search was not made."
    )
    worker_goes_on(qtbot, window)

    window.side.setCurrentWidget(doubtful)  # (read when shown)
    offered(qtbot, doubtful)
    doubtful.list.setFocus()
    QTest.keyClick(doubtful.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: doubtful.server_wait.button.text() == "Read again")
    assert doubtful.summary.text() == (
        f"Redline stopped waiting for the server holding {location}; the doubtful words were "
        "not read."
    )
    worker_goes_on(qtbot, window)

    window.side.setCurrentWidget(listing)
    listing.scope.setCurrentIndex(listing.scope.findData("document"))  # (a query of its own)
    QTest.mouseClick(offered(qtbot, listing), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listing.server_wait.button.text() == "Read again")
    assert messages[-1] == (
        f"Redline stopped waiting for the server holding {location}; the document's annotations "
        "were not read."
    )
    assert search.server_wait.button.text() == "Read again"  # (each pane's stays its own)
    assert window.grab().save(os.environ.get("REDLINE_LIST_STOPPED_PNG", str(tmp_path / "l.png")))
    worker_goes_on(qtbot, window)

    own_server.thaw()
    for pane in (listing, doubtful, search):
        window.side.setCurrentWidget(pane)
        QTest.mouseClick(pane.server_wait.button, Qt.MouseButton.LeftButton)  # Read again
        qtbot.waitUntil(lambda p=pane: not p.server_wait.isVisible(), timeout=20_000)  # type: ignore[misc]
    qtbot.waitUntil(lambda: search.status.text() not in ("Searching…", ""), timeout=20_000)
    assert "stopped waiting" not in search.status.text()
    assert "stopped waiting" not in doubtful.summary.text()
