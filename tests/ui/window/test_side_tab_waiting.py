"""A side tab whose pane's read waits on a hung team library's server (SIGSTOP) says so while
it is behind another tab: its bar, which offers Stop waiting, is out of sight there, and the read
holds the window's database worker until the tab is opened."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.core.library import Library
from tests.pg_helpers import PgServer
from tests.ui.hung_server import (  # noqa: F401 (fixtures)
    memo,
    offered,
    reading_window,
    stop_buttons,
    thawed_later,
    worker_goes_on,
)

SHOTS = os.environ.get("REDLINE_SHOTS", "")


def test_a_hidden_pane_s_hung_read_is_marked_on_its_tab(
    qtbot: QtBot,
    own_server: PgServer,
    memo: Library,  # noqa: F811
    settings: Any,
    thawed_later: None,  # noqa: F811
    tmp_path: Path,
) -> None:
    window = reading_window(qtbot, memo, settings)
    side, library, search = window.side, window.library_pane, window.search_pane
    side.setCurrentWidget(search)
    at = side.indexOf(library)
    assert side.tabIcon(at).isNull()
    tip = side.tabToolTip(at)

    own_server.freeze()
    window.library_model.reload()  # (as another reviewer's import asks: its tab is behind)
    qtbot.waitUntil(lambda: library.server_wait.offering, timeout=15_000)
    assert not stop_buttons(window)  # its Stop waiting is out of sight
    assert not side.tabIcon(at).isNull()  # the tab says so
    assert side.tabToolTip(at) == (
        f"{tip}\nThe library's server is not answering a read of this tab: open it to stop waiting."
    )
    assert side.tabBar().accessibleTabName(at) == "Library, waiting for the library's server"
    assert side.tabIcon(side.indexOf(search)).isNull()  # not the others
    assert window.grab().save(str(Path(SHOTS or tmp_path) / "tab-marked.png"))

    side.setCurrentIndex(at)
    stop = offered(qtbot, library)
    QTest.mouseClick(stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: library.server_wait.button.text() == "Read again")
    assert side.tabIcon(at).isNull() and side.tabToolTip(at) == tip  # given up: unmarked
    assert side.tabBar().accessibleTabName(at) == "Library"
    worker_goes_on(qtbot, window)

    own_server.thaw()
    side.setCurrentWidget(search)
    window.library_model.reload()
    qtbot.waitUntil(lambda: not window.library_model.reload_pending, timeout=20_000)
    assert side.tabIcon(at).isNull()  # (answered at once: never marked)
