"""Libraries and files from elsewhere: File > Open library… and the recent libraries, a
read-only library said so, "Open with Redline" (files imported and opened, handed to the window
already open on the library)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.core.documents.ingest import import_file
from app.core.documents.queries import count_documents
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.base.settings import Settings
from app.ui.window import libraries
from app.ui.window.handover import HandoverServer, hand_over
from tests.builders import make_text_pdf
from tests.pg_helpers import PgServer
from tests.ui.helpers import make_window
from tests.ui.window.helpers import taken_over


def test_files_handed_over_reach_the_server_of_that_library(tmp_path: Path) -> None:
    got: list[list[str]] = []
    server = HandoverServer(tmp_path / "lib", got.append)
    assert server.start()
    try:
        assert not HandoverServer(tmp_path / "lib", got.append).start()  # one listens already
        assert not hand_over(tmp_path / "other-lib", [tmp_path / "memo.pdf"])  # not that one
        assert hand_over(tmp_path / "lib", [Path("memo.pdf")])
        assert got == [[str(Path("memo.pdf").resolve())]]
    finally:
        server.close()
    assert not hand_over(tmp_path / "lib", [tmp_path / "memo.pdf"])  # nobody listens now


_LEFT_OPEN = """
import shutil, sys
from pathlib import Path
from app.ui.window.handover import HandoverServer
server = HandoverServer(Path(sys.argv[1]), print)
assert server.start()
shutil.rmtree(sys.argv[2])  # the runtime folder goes (a temporary one, removed by a test run)
"""  # and the process exits without closing the server


def test_a_server_left_open_exits_quietly_when_its_socket_is_gone(tmp_path: Path) -> None:
    """multiprocessing removes a listener's socket at exit and printed a FileNotFoundError
    traceback when it was gone already; the server removes it itself, quietly."""
    runtime = Path(tempfile.mkdtemp(prefix="rl-"))  # (a socket's path is short: 107 bytes)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    done = subprocess.run([sys.executable, "-c", _LEFT_OPEN, str(tmp_path / "lib"), str(runtime)],
                          env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0 and done.stderr == ""


def test_open_files_imports_and_opens_the_first(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    window = make_window(qtbot, review_library, settings)
    cable = make_text_pdf(tmp_path / "cable.pdf", ["the cable of 3 May"])
    window.open_files([str(cable)])
    assert window.status_document.text() == "cable"
    first = window.library_model.document_id(0)
    assert first is not None and window.open_document(first)
    window.open_files([str(cable)])  # already in the library: opened all the same
    assert window.status_document.text() == "cable"
    assert count_documents(review_library) == 2


def test_open_library_takes_the_window_to_another_library(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(qtbot, review_library, settings)
    other_root = tmp_path / "other"
    other_root.mkdir()
    monkeypatch.setattr(
        libraries.QFileDialog, "getExistingDirectory", lambda *a, **k: str(other_root)
    )
    asked: list[tuple[Path, bool]] = []

    def ask_create(_parent: object, folder: Path, empty: bool) -> bool:
        asked.append((folder, empty))
        return True

    monkeypatch.setattr(libraries, "ask_create", ask_create)
    window.library_menu.open_action.trigger()  # (opened off the window's thread: waited for)
    new = taken_over(qtbot, window)
    assert asked == [(other_root, True)]  # an empty folder: asked first
    assert new.lib.root == other_root.resolve() and not window.isVisible()
    assert review_library.closed  # its writer lock is free for another process
    with Library.open(review_library.root) as again:  # (not read-only: nobody holds it)
        assert not again.read_only
    assert libraries.recent_libraries(settings)[:2] == [
        other_root.resolve(),
        review_library.root.resolve(),
    ]
    new.library_menu.fill_recent()
    entries = [a.text() for a in new.library_menu.recent.actions()]
    assert str(review_library.root.resolve()) in entries
    [back] = [a for a in new.library_menu.recent.actions() if a.text() == str(review_library.root)]
    assert back.isEnabled()


def test_the_last_page_is_reopened_only_in_its_own_library(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    window = make_window(qtbot, review_library, settings)
    doc = window.library_model.document_id(0)
    assert doc is not None and window.open_document(doc, 2)
    window.close()
    with Library.open(tmp_path / "elsewhere") as other:
        make_text_pdf(tmp_path / "x.pdf", ["another"])
        from app.core.documents.ingest import import_paths

        import_paths(other, [tmp_path / "x.pdf"])
        elsewhere = make_window(qtbot, other, settings)
        assert not elsewhere.reopen_last()  # document 1 of another library is not that one
        elsewhere.close()
    again = make_window(qtbot, review_library, settings)
    assert settings.get(S.LAST_LIBRARY) == str((tmp_path / "elsewhere").resolve())
    assert not again.reopen_last()  # the last window was on the other library


def test_a_read_only_library_says_so(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    with Library.open(review_library.root, allow_read_only=True) as second:
        assert second.read_only
        window = make_window(qtbot, second, settings)
        doc = window.library_model.document_id(0)
        assert doc is not None and window.open_document(doc)
        said = "Read-only: another Redline is changing this library"
        assert said in [label.text() for label in window.statusBar().findChildren(QLabel)]
        assert "read-only" in window.windowTitle()
        window.close()


def test_the_title_names_the_library_as_well_as_the_document(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """With two libraries open (or one after File › Open library) the title says which; a
    team library by its database's name (its address, with its user, is in the status bar)."""
    window = make_window(qtbot, review_library, settings)
    assert window.windowTitle() == f"{review_library.name} — Redline"
    doc = window.library_model.document_id(0)
    assert doc is not None and window.open_document(doc)
    title = window.windowTitle()
    assert title.endswith(f" — {review_library.name} — Redline") and len(title) > 30
    window.close()


def test_a_readers_window_says_its_role_is_why_it_is_read_only(
    qtbot: QtBot, pg_server: PgServer, pg_library_url: str, settings: Settings, tmp_path: Path
) -> None:
    """A reader's role on a team server was said to be "another Redline is changing this
    library" in the status bar (the message strip said the right reason), and the note and
    accept forms opened for one, refusing what was made only at OK."""
    pg_server.admin("DO $$ BEGIN CREATE ROLE reader_one LOGIN; "
                    "EXCEPTION WHEN duplicate_object THEN NULL; END $$")  # fmt: skip
    with psycopg.connect(pg_library_url, autocommit=True) as conn:
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader_one")
    with Library.open(pg_library_url) as owner:
        import_file(owner, make_text_pdf(tmp_path / "memo.pdf", ["A memo."]))
    with Library.open(pg_library_url.replace("redline@", "reader_one@")) as reader:
        assert reader.read_only
        window = make_window(qtbot, reader, settings)
        labels = [label.text() for label in window.statusBar().findChildren(QLabel)]
        assert "Read-only: your role on the server may only read this library" in labels
        doc = window.library_model.document_id(0)
        assert doc is not None and window.open_document(doc)
        said: list[str] = []
        window.annotations.message.connect(said.append)
        asked: list[object] = []
        window.annotations.ask_body = lambda *a, **k: asked.append(a)  # type: ignore[method-assign]
        window.annotations.annotate_page()  # a note on the page: no form for a reader
        assert asked == [] and said[-1].endswith("may only read this library: nothing can "
                                                 "be changed here.")  # fmt: skip
        window.close()


_RUNNING = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from app.ui.window.launch import run_gui
from app.ui.window.main_window import MainWindow

app = QApplication([])

def look():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.handover is not None:
            print("listening", flush=True)
            if w.status_document.text() == "handed-memo":
                print("showing:", w.status_document.text(), flush=True)
                w.close()

poll = QTimer()
poll.setInterval(100)
poll.timeout.connect(look)
poll.start()
QTimer.singleShot(60_000, app.quit)
sys.exit(run_gui(sys.argv[1]))
"""


@pytest.mark.slow
def test_open_with_redline_hands_the_file_to_the_window_already_open(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    library = tmp_path / "lib"
    window = subprocess.Popen(
        [sys.executable, "-c", _RUNNING, str(library)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout is not None
        assert window.stdout.readline().strip() == "listening"
        memo = make_text_pdf(tmp_path / "handed-memo.pdf", ["handed over by the file manager"])
        started = time.monotonic()
        opener = subprocess.run(
            [sys.executable, "-m", "app.cli", "--library", str(library), "open", str(memo)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert opener.returncode == 0, opener.stderr
        assert "handed" in opener.stdout and time.monotonic() - started < 30
        out, err = window.communicate(timeout=120)
    finally:
        window.kill()
    assert "showing: handed-memo" in out, err
    with Library.open(library) as lib:
        assert count_documents(lib) == 1  # imported by the window, not read-only beside it


def test_open_takes_several_files_and_none(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    from app.cli import main
    from app.ui.window import launch

    calls: list[tuple[object, ...]] = []

    def fake_run_gui(root: object, target: object = None, **kw: object) -> int:
        calls.append((target, kw.get("also_import")))
        return 0

    monkeypatch.setattr(launch, "run_gui", fake_run_gui)
    assert main(["open", "a.pdf", "b.pdf", "c.pdf"]) == 0
    assert main(["open"]) == 0  # the .desktop file's %F with no file: just the window
    assert calls == [("a.pdf", ["b.pdf", "c.pdf"]), (None, [])]


def test_the_page_read_is_remembered_as_it_is_turned_not_only_on_quit(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """Killed (a crash, a power cut) rather than quit, the next start still opens the page
    the person was reading: the session is noted as each page is shown."""
    window = make_window(qtbot, review_library, settings)
    doc = window.library_model.document_id(0)
    assert doc is not None and window.open_document(doc, 2)
    qtbot.waitUntil(lambda: window.document_view.index == 2)
    assert settings.get(S.LAST_DOCUMENT) == doc and settings.get(S.LAST_PAGE) == 2
    assert settings.get(S.LAST_LIBRARY) == window.remembered.library_key()
    window.document_view.show_page(1)
    qtbot.waitUntil(lambda: settings.get(S.LAST_PAGE) == 1)


def test_a_socket_address_remembered_escaped_is_listed_as_it_reads_and_once(
    settings: Settings,
) -> None:
    """Addresses were remembered as shown, their socket folder percent-escaped; one opened again
    (now shown readable) stood twice in File › Open recent library, once unreadable."""
    escaped = "postgresql://alice@/team?host=%2Frun%2Fpostgresql"
    settings.set(S.RECENT_LIBRARIES, escaped)
    assert libraries.recent_libraries(settings) == ["postgresql://alice@/team?host=/run/postgresql"]
    libraries.remember_library(settings, "postgresql://alice:pw@/team?host=/run/postgresql")
    assert libraries.recent_libraries(settings) == ["postgresql://alice@/team?host=/run/postgresql"]


def test_the_last_page_of_a_team_library_remembered_escaped_is_still_its_own(
    settings: Settings,
) -> None:
    """The window remembers which library its last page was in by the address shown; one kept
    escaped by an earlier Redline is the same library, its page reopened."""
    from types import SimpleNamespace

    from app.ui.window.remembered import Remembered

    lib = SimpleNamespace(on_server=True, location="postgresql://alice@/team?host=/run/postgresql")
    settings.set(S.LAST_LIBRARY, "postgresql://alice@/team?host=%2Frun%2Fpostgresql")
    settings.set(S.LAST_DOCUMENT, 7)
    settings.set(S.LAST_PAGE, 3)
    remembered = Remembered(SimpleNamespace(lib=lib, settings=settings))
    assert remembered.last_reading() == (7, 3)
