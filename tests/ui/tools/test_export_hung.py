"""File › Export… on a team library whose server hangs (SIGSTOP): the form opens at once and
reads the document's title and the tags off the window's thread, watched: "Reading…" where they
go, OK disabled, then its own Stop waiting bar; stopped, it says what was not read and offers
Read again. At OK a publication's undecided proposals are counted the same way: the window is
never left waiting on the server."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Region
from app.core.library import Library
from app.ui.tools import export_start
from app.ui.tools.export_dialog import ExportDialog
from app.ui.window.main_window import MainWindow
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


def _shot(widget: Any, name: str, tmp_path: Path) -> None:
    assert widget.grab().save(str(Path(SHOTS or tmp_path) / name))


def _in_the_form(qtbot: QtBot, act: Callable[[ExportDialog], None]) -> list[BaseException]:
    """Run ``act`` on the export form once it is in front (File › Export…'s ``exec`` runs
    meanwhile); the form is closed after it whatever happened (what failed: returned)."""
    failed: list[BaseException] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, drive)
            return
        try:
            act(dialog)
        except BaseException as exc:  # (raised in Qt's loop: carried to the test)
            failed.append(exc)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, drive)
    return failed


def _export(window: MainWindow) -> None:
    [action] = [a for a in window._menus["&File"].actions() if a.text() == "&Export…"]
    action.trigger()


def test_the_export_form_opens_at_once_and_offers_its_own_stop(
    qtbot: QtBot,
    own_server: PgServer,
    memo: Library,  # noqa: F811
    settings: Any,
    thawed_later: None,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = reading_window(qtbot, memo, settings)
    page = window.document_view.page
    assert page is not None
    create_annotation(
        memo, page.id, "redaction", body={"exemptions": []}, author="",
        region=Region(72, 300, 100, 20), status="proposed", origin="detector", rule_id="box",
    )  # fmt: skip
    asked: list[int] = []
    monkeypatch.setattr(export_start, "ask_pending", lambda _w, n: asked.append(n))  # Cancel
    location, out = memo.location, tmp_path / "published.pdf"

    def in_form(dialog: ExportDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # At once, the server hung: the form is in front, saying what it reads.
        assert dialog.tag.placeholderText() == "Reading…" and not ok.isEnabled()
        assert not dialog.read and dialog.said.text() == "Reading…"
        stop = offered(qtbot, dialog)
        assert dialog.server_wait.label.text() == (
            "The library's server is not answering; the document's title and the tags have "
            "not been read yet."
        )
        # (the window's own strip is not offered: the window does not wait)
        assert [b for b in stop_buttons(window) if not dialog.isAncestorOf(b)] == []
        _shot(window, "export-form-waiting.png", tmp_path)
        _shot(dialog, "export-form-waiting-dialog.png", tmp_path)
        QTest.mouseClick(stop, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.server_wait.button.text() == "Read again")
        assert dialog.said.text() == (
            f"Redline stopped waiting for the server holding {location}; the document's title "
            "and the tags were not read."
        )
        assert dialog.server_wait.label.text() == "The document's title and the tags were not read."
        assert not ok.isEnabled()
        calls = window.library_calls
        assert calls is None or not calls.busy
        worker_goes_on(qtbot, window)
        _shot(dialog, "export-form-stopped.png", tmp_path)

        own_server.thaw()
        QTest.mouseClick(dialog.server_wait.button, Qt.MouseButton.LeftButton)  # Read again
        qtbot.waitUntil(lambda: dialog.read, timeout=20_000)
        assert dialog.said.isHidden() and not dialog.server_wait.isVisible()
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.scope.setCurrentIndex(dialog.scope.findData("document"))
        dialog.path.setText(str(out))
        assert ok.isEnabled()

        # OK on a publication counts its undecided proposals: watched too.
        own_server.freeze()
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.checking and not ok.isEnabled()
        offered(qtbot, dialog)
        assert dialog.server_wait.label.text() == (
            "The library's server is not answering; the documents of the publication and their "
            "undecided proposals have not been counted yet."
        )
        _shot(dialog, "export-ok-waiting.png", tmp_path)
        dialog.path.setFocus()
        QTest.keyClick(dialog.path, Qt.Key.Key_Escape)  # stops waiting; the form stays
        qtbot.waitUntil(lambda: dialog.server_wait.button.text() == "Read again")
        assert dialog.isVisible() and ok.isEnabled()
        assert dialog.said.text() == (
            f"Redline stopped waiting for the server holding {location}; the documents of the "
            "publication and their undecided proposals were not counted."
        )
        own_server.thaw()
        QTest.mouseClick(dialog.server_wait.button, Qt.MouseButton.LeftButton)  # count again
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)  # then OK

    own_server.freeze()
    failed = _in_the_form(qtbot, in_form)
    _export(window)
    assert not failed, failed
    assert asked == [1] and not out.exists()  # the question came; Cancel
