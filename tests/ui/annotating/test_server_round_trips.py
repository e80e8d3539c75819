"""A review key press on a team library waits for the server (its write is acknowledged before
the next press is taken): each round trip to the server is time the person waits. Counted
through a link to a PostgreSQL server of the tests (``SlowLink``): what one press asks of the
server, so that a query added to it, a transaction around a read or a ping is seen. The window's
thread does not wait on them itself: it paints, ticks and says it is waiting meanwhile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.core.annotating import annotations as A
from app.core.annotating.annotation_listing import get_annotation
from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Span
from app.core.documents.ingest import import_file
from app.core.documents.queries import document_summary, list_documents
from app.core.library import Library
from app.ui.annotating.actions import LIVE_WRITE_MS
from app.ui.annotating.proposals import decide, step_proposal
from app.ui.base import settings as S
from tests.builders import make_text_pdf, memo_with_proposals
from tests.pg_helpers import PgServer, SlowLink
from tests.ui.annotating.helpers import open_window

# Write the accept (BEGIN, the row locked and read with its version and history, the page's
# accepted annotations of its kind (is it already marked? in the accept's transaction: a
# colleague's marking the window has not seen counts), the change number, the update, the change
# log and the notice in one, COMMIT), then read where the next proposal is: 8. The proposal
# decided and the next one (on the same page) are taken as drawn, and whether the next is
# already marked is known from the page as read. It was 27: a ping for each connection, BEGIN
# and ROLLBACK around each read, both proposals read, and the write's row, version and change
# number read in 7 statements, the notice in one more; 8 until 2026-12-07, the row read, then its
# version and history; 7 until 2026-12-08 (no already-marked check).
MOST = 8


def test_an_accept_and_on_to_the_next_asks_the_server_few_times(
    qtbot: QtBot, pg_server: PgServer, settings: S.Settings, tmp_path: Path
) -> None:
    name = pg_server.create_database()
    doc = memo_with_proposals(pg_server.url(name), tmp_path, 12)
    link = SlowLink(pg_server)
    lib = Library.open(link.url(name))
    window = open_window(qtbot, lib, settings)
    assert list_documents(lib)[0].id == doc
    step_proposal(window.annotations, 1)
    for _ in range(6):  # the pool's connections made, the driver's statements prepared
        decide(window.annotations, "accepted")
    asked = link.requests
    chosen = window.page_annotations.current
    assert chosen is not None
    decide(window.annotations, "accepted")
    asked = link.requests - asked
    assert get_annotation(lib, chosen).status == "accepted"
    assert window.page_annotations.current not in (None, chosen)  # on to the next
    assert asked <= MOST
    window.close()
    lib.close()
    link.close()


def test_the_window_s_thread_goes_on_while_a_press_waits_for_the_server(
    qtbot: QtBot, pg_server: PgServer, settings: S.Settings, tmp_path: Path
) -> None:
    """Each request held 100 ms: a press's are most of a second, over which the window's thread
    ticks and says it is waiting (it was blocked for all of it: seen failing), and the press
    ends as before: the proposal accepted, the next one chosen."""
    name = pg_server.create_database()
    memo_with_proposals(pg_server.url(name), tmp_path, 4)
    link = SlowLink(pg_server, 0.1)
    lib = Library.open(link.url(name))
    window = open_window(qtbot, lib, settings)
    step_proposal(window.annotations, 1)
    chosen = window.page_annotations.current
    assert chosen is not None
    said: list[str] = []
    ticks = QTimer(interval=10)
    ticks.timeout.connect(lambda: said.append(window.current_message()))
    ticks.start()
    decide(window.annotations, "accepted")
    ticks.stop()
    assert len(said) >= 10
    assert "Waiting for the library's server…" in said
    assert window.current_message() != "Waiting for the library's server…"  # (over)
    assert get_annotation(lib, chosen).status == "accepted"
    assert window.page_annotations.current not in (None, chosen)
    # Closed while a press waits for the server: closed once the press is done, not in it.
    second = window.page_annotations.current
    QTimer.singleShot(300, window.close)
    decide(window.annotations, "accepted")
    assert window.isVisible() and get_annotation(lib, second).status == "accepted"
    qtbot.waitUntil(lambda: not window.isVisible())
    lib.close()
    link.close()


def test_a_correction_typed_on_a_team_library_is_written_as_the_keys_pause_not_at_each(
    qtbot: QtBot,
    pg_library_url: str,
    settings: S.Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each write waits for the server's round trips: one at every key held the keys up on a
    slow link. The latest reading is written at most every LIVE_WRITE_MS while typing, and at
    OK; a cancel writes nothing more and takes back what was written."""
    lib = Library.open(pg_library_url)
    doc = import_file(lib, make_text_pdf(tmp_path / "memo.pdf", ["The 2nd memo"])).document_id
    assert doc is not None
    page = document_summary(lib, doc).pages[0]
    uuid = create_annotation(
        lib, page.id, "correction", text=Span(4, 7), body={"replacement": "2nd"}, author="Ada"
    ).uuid
    window = open_window(qtbot, lib, settings)
    actions = window.annotations
    writes: list[object] = []
    update = A.update_annotation

    def counted(*args: Any, **kwargs: Any) -> Any:
        writes.append(kwargs.get("body"))
        return update(*args, **kwargs)

    monkeypatch.setattr(A, "update_annotation", counted)

    def type_keys(*_: Any, on_edit: Any = None, **__: Any) -> Any:
        for text in ("S", "Se", "Sec", "Seco", "Secon"):
            on_edit({"replacement": text})  # keys faster than the interval: none written yet
        assert writes == []
        qtbot.waitUntil(lambda: len(writes) == 1)  # the keys paused: the latest is written
        assert get_annotation(lib, uuid).body == {"replacement": "Secon"}
        on_edit({"replacement": "Second"})
        return {"replacement": "Second"}  # OK at once: written now, not after the interval

    monkeypatch.setattr(actions, "ask_body", type_keys)
    before = actions.stack.count()
    assert actions.edit(uuid)
    assert get_annotation(lib, uuid).body == {"replacement": "Second"}
    assert len(writes) == 2 and actions.stack.count() == before + 1  # one undo step
    qtbot.wait(2 * LIVE_WRITE_MS)
    assert len(writes) == 2  # nothing left to write after OK

    def type_then_cancel(*_: Any, on_edit: Any = None, **__: Any) -> Any:
        on_edit({"replacement": "oops"})
        qtbot.waitUntil(lambda: get_annotation(lib, uuid).body == {"replacement": "oops"})
        on_edit({"replacement": "oops!"})  # typed, then cancelled before it was written
        return None

    monkeypatch.setattr(actions, "ask_body", type_then_cancel)
    assert not actions.edit(uuid)
    qtbot.wait(2 * LIVE_WRITE_MS)
    assert get_annotation(lib, uuid).body == {"replacement": "Second"}
    window.close()
    lib.close()


def test_ok_on_a_form_a_colleague_changed_meanwhile_does_not_write_over_them_unsaid(
    qtbot: QtBot, pg_library_url: str, settings: S.Settings, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Ada opens a note's form; Bo changes the note; Ada's window redraws it (a live update);
    Ada presses OK. Her text was written over Bo's without a word: the write was compared with
    the note as the window drew it by then (Bo's), not with the one her form opened on. Now OK
    is refused, saying so, and OK again saves hers over his, knowingly."""
    lib = Library.open(pg_library_url)
    doc = import_file(lib, make_text_pdf(tmp_path / "memo.pdf", ["The 2nd memo"])).document_id
    assert doc is not None
    page = document_summary(lib, doc).pages[0]
    note = create_annotation(
        lib, page.id, "note", text=Span(4, 7), body={"text": "Ada's first"}, author="Ada"
    ).uuid
    settings.set(S.AUTHOR, "Ada")
    window = open_window(qtbot, lib, settings)
    pages = window.page_annotations
    said: list[str | None] = []

    def form(*_: Any, submit: Any = None, **__: Any) -> Any:
        A.update_annotation(lib, note, author="Bo", body={"text": "Bo's"})  # meanwhile
        window.document_view.read_again()  # (as a live update redraws it)

        def redrawn() -> bool:
            shown = pages.shown(note)
            return shown is not None and shown.body == {"text": "Bo's"}

        qtbot.waitUntil(redrawn)
        said.append(submit({"text": "Ada's second"}))
        assert get_annotation(lib, note).body == {"text": "Bo's"}  # not written over
        said.append(submit({"text": "Ada's second"}))  # OK again: hers, knowingly
        return {"text": "Ada's second"}

    monkeypatch.setattr(window.annotations, "ask_body", form)
    assert window.annotations.edit(note)
    first, again = said
    assert first is not None and "Another reviewer changed this annotation" in first
    assert "OK again saves yours over theirs" in first and again is None
    assert get_annotation(lib, note).body == {"text": "Ada's second"}
