"""A team library whose PostgreSQL server goes away under an open window, then comes back (an
administrator's restart): each action says so in one line and changes nothing; reads say so too;
once it is back the same action works, and live updates listen again without a restart."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import get_annotation
from app.core.annotating.annotations import create_annotation, update_annotation
from app.core.annotating.records import Span
from app.core.documents.ingest import import_file, import_paths
from app.core.documents.queries import document_summary, list_documents
from app.core.errors import LibraryError
from app.core.library import Library
from app.ui.base import settings as S
from tests.builders import make_text_pdf
from tests.pg_helpers import PgServer
from tests.ui.annotating.helpers import open_window
from tests.ui.helpers import make_review_pdf

GONE = "cannot be reached"


def test_the_core_says_a_server_that_went_away_in_one_line(
    own_server: PgServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    lib = Library.open(own_server.url(own_server.create_database()))
    memo = make_text_pdf(tmp_path / "memo.pdf", ["SECRET memo on the harbour"])
    own_server.pause()
    outcome = import_file(lib, memo)
    assert outcome.status == "failed" and GONE in str(outcome.message)
    assert "Traceback" not in caplog.text and "psycopg" not in str(outcome.message).split("(")[0]
    with pytest.raises(LibraryError, match=GONE) as reading, lib.reading() as s:
        s.connection().exec_driver_sql("SELECT 1")
    assert "nothing was changed" not in str(reading.value)  # a read changes nothing anyway
    own_server.resume()
    assert import_file(lib, memo).ok  # the library was left as it was: the import goes through
    assert [d.title for d in list_documents(lib)] == ["memo"]
    lib.close()


def test_an_open_window_says_it_changes_nothing_and_goes_on_once_the_server_is_back(
    qtbot: QtBot, own_server: PgServer, tmp_path: Path, settings: S.Settings
) -> None:
    url = own_server.url(own_server.create_database())
    lib = Library.open(url)
    (tmp_path / "in").mkdir()
    assert import_paths(lib, [make_review_pdf(tmp_path / "in" / "review-memo.pdf")])[0].ok
    pages = document_summary(lib, list_documents(lib)[0].id).pages
    mark = create_annotation(
        lib, pages[0].id, "marking", text=Span(0, 10), confidence=0.97, status="proposed",
        author="", origin="detector", body={"category": "classification", "value": "SECRET"},
    ).uuid  # fmt: skip
    note = create_annotation(
        lib, pages[0].id, "note", text=Span(0, 6), body={"text": "check"}, author="Ada"
    )
    window = open_window(qtbot, lib, settings)
    live = window.live
    assert live is not None and live.listening.wait(10)
    messages: list[str] = []
    window.annotations.message.connect(messages.append)
    shown = window.page_annotations
    shown.show_annotation(mark)
    qtbot.waitUntil(lambda: shown.shown(mark) is not None)

    own_server.pause()
    window.annotation_menus.by_name["accept"].trigger()
    [said] = messages  # one line, no "choose a proposal first" after it
    assert said.startswith("The server holding") and GONE in said
    assert shown.current == mark  # still on it: nothing was accepted, nothing to move on from
    assert window.annotations.stack.count() == 0  # nothing to undo: nothing was written
    window.document_view.next_page()  # a page turn reads: said in the message strip
    qtbot.waitUntil(lambda: GONE in window.message_strip.text())
    text = window.document_view.text_pane  # and in the text pane, where it said "Loading the
    qtbot.waitUntil(lambda: text.placeholderText().startswith("Cannot read the page: "))  # text…"
    assert GONE in text.placeholderText()
    qtbot.waitUntil(lambda: not live.listening.is_set())

    own_server.resume()
    window.document_view.show_page(0)
    qtbot.waitUntil(lambda: shown.shown(mark) is not None)
    shown.show_annotation(mark)
    window.annotation_menus.by_name["accept"].trigger()
    assert get_annotation(lib, mark).status == "accepted"
    # Live updates listen again: another reviewer's edit appears without anyone reloading.
    qtbot.waitUntil(live.listening.is_set, timeout=15_000)
    other = Library.open(url)
    update_annotation(other, note.uuid, author="Bo", body={"text": "checked by Bo"})
    other.close()
    with psycopg.connect(url, autocommit=True) as conn:  # (this process ignores its own notices)
        payload = json.dumps({"from": "another-window", "entities": ["annotation"]})
        conn.execute("SELECT pg_notify('redline', %s)", (payload,))
    bo = {"text": "checked by Bo"}
    qtbot.waitUntil(
        lambda: (r := shown.shown(note.uuid)) is not None and r.body == bo, timeout=10_000
    )
    assert live.gaps == 1
    lib.close()
