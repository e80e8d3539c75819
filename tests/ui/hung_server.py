"""What the tests of a window's reads on a hung team library's server share: a library of the
four-page review memo on the test's own server (``memo``), a window with its runners on their
threads (``reading_window``), the server run again after a while whatever a test does
(``thawed_later``), and the "Stop waiting" buttons in sight (``stop_buttons``). The server is
hung with SIGSTOP (``PgServer.freeze``): its connections stay open and nothing answers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.documents.ingest import import_paths
from app.core.documents.queries import list_documents
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.window.main_window import MainWindow
from tests.pg_helpers import PgServer
from tests.ui.helpers import make_review_pdf, make_window

THAWED_AFTER_MS = 30_000  # (on code that offers no way out: the test ends, failing)


@pytest.fixture
def memo(own_server: PgServer, tmp_path: Path) -> Iterator[Library]:
    """A team library on the test's own server holding the four-page review memo."""
    lib = Library.open(own_server.url(own_server.create_database()))
    (tmp_path / "in").mkdir()
    assert import_paths(lib, [make_review_pdf(tmp_path / "in" / "review-memo.pdf")])[0].ok
    yield lib
    lib.close()


@pytest.fixture
def thawed_later(own_server: PgServer) -> Iterator[None]:
    """The server run again after a while whatever the test does (a thread of its own: on code
    that holds the window's thread, a timer of the window would never fire)."""
    guard = threading.Timer(THAWED_AFTER_MS / 1000, own_server.thaw)
    guard.start()
    yield
    guard.cancel()
    own_server.thaw()


def reading_window(qtbot: QtBot, lib: Library, settings: S.Settings) -> MainWindow:
    """A window with its runners on their threads, as a person's, at the memo's first page."""
    window = make_window(qtbot, lib, settings, synchronous=False)
    assert window.open_document(list_documents(lib)[0].id)
    view = window.document_view
    qtbot.waitUntil(lambda: view.page_text is not None, timeout=20_000)
    return window


def stop_buttons(within: QWidget) -> list[QPushButton]:
    """The "Stop waiting" buttons in sight in ``within``."""
    return [
        b for b in within.findChildren(QPushButton) if b.text() == "Stop waiting" and b.isVisible()
    ]


def offered(qtbot: QtBot, within: QWidget) -> QPushButton:
    """The one "Stop waiting" in sight in ``within``, once it comes."""
    qtbot.waitUntil(lambda: bool(stop_buttons(within)), timeout=15_000)
    [button] = stop_buttons(within)
    return button


def worker_goes_on(qtbot: QtBot, window: MainWindow) -> None:
    """A task given to the database worker now runs (nothing given up holds it; the server is
    hung still, so this one asks it nothing)."""
    done: list[int] = []
    window.db_runner.submit(lambda: 42, done.append)
    qtbot.waitUntil(lambda: done == [42], timeout=5_000)
