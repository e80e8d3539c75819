"""A team library's page source is fetched from its server the first time one of its pages is
shown. On a server that stops answering (SIGSTOP) in the middle of that fetch, the fetch is one of
the page's reads: the bar under the page offers Stop waiting, which gives it up; the render
threads are not left holding it, and Read again shows the page once the server answers."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.core.documents.queries import list_documents
from app.core.library import Library
from tests.pg_helpers import PgServer
from tests.ui.helpers import make_window
from tests.ui.hung_server import memo, offered, thawed_later  # noqa: F401 (fixtures)

SHOTS = os.environ.get("REDLINE_SHOTS", "")


def test_a_source_fetch_that_hangs_is_under_the_page_s_stop(
    qtbot: QtBot,
    own_server: PgServer,
    memo: Library,  # noqa: F811
    settings: Any,
    thawed_later: None,  # noqa: F811
    tmp_path: Path,
) -> None:
    for cached in memo.sources_dir.iterdir():  # (as on another reviewer's machine)
        cached.unlink()
    frozen: list[bool] = []
    opened = threading.Event()  # (the document's pages are read first: the window's own read)

    def freeze(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "source_chunks" in statement and not frozen:
            opened.wait(20)
            frozen.append(True)
            own_server.freeze()

    event.listen(memo.db.engine, "before_cursor_execute", freeze)
    window = make_window(qtbot, memo, settings, synchronous=False)
    view = window.document_view
    assert window.open_document(list_documents(memo)[0].id)
    opened.set()
    stop = offered(qtbot, view)
    assert frozen
    assert window.grab().save(str(Path(SHOTS or tmp_path) / "source-fetch-waiting.png"))
    QTest.mouseClick(stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.server_wait.button.text() == "Read again")
    runners = (window.render_runner, window.renderer.page_runner)
    assert [r.pending() for r in runners] == [0, 0]  # no render waits on the server
    assert view.page_view.pixmap_zoom == 0 or view.page_view.pixmap_zoom is None

    own_server.thaw()
    QTest.mouseClick(view.server_wait.button, Qt.MouseButton.LeftButton)  # Read again
    qtbot.waitUntil(view.is_settled, timeout=20_000)  # the scan and the text
    assert not view.server_wait.isVisible()
