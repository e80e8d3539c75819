"""Edit › Conflicts… on a team library whose server stops answering (SIGSTOP): the dialog opens,
its list of conflicts is read on the window's database worker, and the bar under the list offers
Stop waiting (Esc in the list); stopped, the dialog says the conflicts were not read, the worker
goes on, and Read again lists them once the server answers."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.core.annotating import annotations as A
from app.core.annotating.conflicts import list_conflicts
from app.core.documents.ingest import import_file
from app.core.documents.queries import document_summary, list_documents
from app.core.exchange.merge import import_annotations
from app.core.exchange.redline_json import export_json
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


def _in_conflict(lib: Library, tmp_path: Path) -> str:
    """A note both sides edited: a colleague's edit merged in leaves it in conflict."""
    page = document_summary(lib, list_documents(lib)[0].id).pages[0].id
    note = A.create_annotation(lib, page, "note", body={"text": "who?"}, author="Ada").uuid
    export_json(lib, tmp_path / "shared.json")
    with Library.open(tmp_path / "theirs") as theirs:
        import_file(theirs, tmp_path / "in" / "review-memo.pdf")
        import_annotations(theirs, tmp_path / "shared.json")
        A.update_annotation(theirs, note, body={"text": "the courier"}, author="B. Colleague")
        export_json(theirs, tmp_path / "colleague.json")
    A.update_annotation(lib, note, body={"text": "a diplomat"}, author="Ada")
    import_annotations(lib, tmp_path / "colleague.json")
    assert [c.uuid for c in list_conflicts(lib)] == [note]
    return note


def test_the_conflicts_dialog_offers_its_stop_and_reads_again(
    qtbot: QtBot,
    own_server: PgServer,
    memo: Library,  # noqa: F811
    settings: Any,
    thawed_later: None,  # noqa: F811
    tmp_path: Path,
) -> None:
    _in_conflict(memo, tmp_path)
    window = reading_window(qtbot, memo, settings)

    own_server.freeze()
    dialog = window.annotation_menus.open_conflicts()  # (the window does not wait: it opens)
    assert dialog.isVisible()
    stop = offered(qtbot, dialog)
    assert dialog.server_wait.label.text() == (
        "The library's server is not answering; the conflicts have not been read yet."
    )
    assert stop_buttons(window) == [stop]  # the window's own strip is not offered
    assert dialog.grab().save(str(Path(SHOTS or tmp_path) / "conflicts-waiting.png"))
    dialog.tree.setFocus()
    QTest.keyClick(dialog.tree, Qt.Key.Key_Escape)  # Esc in the list: stops waiting
    qtbot.waitUntil(lambda: dialog.server_wait.button.text() == "Read again")
    assert dialog.isVisible()  # (Esc stopped the wait; it did not close the dialog)
    assert dialog.server_wait.label.text() == "The conflicts were not read."
    assert dialog.heading.text() == (
        f"Redline stopped waiting for the server holding {memo.location}; the conflicts were "
        "not read."
    )
    assert dialog.tree.topLevelItemCount() == 0
    worker_goes_on(qtbot, window)
    assert dialog.grab().save(str(Path(SHOTS or tmp_path) / "conflicts-stopped.png"))

    own_server.thaw()
    QTest.mouseClick(dialog.server_wait.button, Qt.MouseButton.LeftButton)  # Read again
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=20_000)
    assert not dialog.server_wait.isVisible()
    assert "stopped waiting" not in dialog.heading.text()
