"""File › Open library… and a folder of File › Open recent library, opened off the window's
thread: a slow open leaves the window working (its timers run) and shows which library is on
its way, a second Open starts nothing, Cancel gives the window back at once and the library
that comes later is closed (its writer lock let go; an upgrade begun finishes), a library that
cannot be opened is said as before, an older library is backed up and upgraded through the
menu, the window saying so, and a library that comes while a dialog is up over the window waits
for it to close."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.documents.ingest import import_file
from app.core.library import Library
from app.ui.base.settings import Settings
from app.ui.window import libraries
from app.ui.window.main_window import MainWindow
from db.revisions import known_revisions
from tests.builders import make_text_pdf
from tests.core.helpers import older_library
from tests.ui.helpers import make_window
from tests.ui.window.helpers import HeldLook, HeldOpen, successor, taken_over


@pytest.fixture
def other(tmp_path: Path) -> Path:
    """A current library folder holding one memo."""
    root = tmp_path / "other"
    with Library.open(root) as lib:
        assert import_file(lib, make_text_pdf(tmp_path / "harbour.pdf", ["The harbour."])).ok
    return root


@pytest.fixture
def ticks(qapp: QApplication) -> Iterator[list[int]]:
    """A timer of the window's thread, counted every 20 ms while the test runs."""
    counted: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: counted.append(1))
    timer.start(20)
    yield counted
    timer.stop()


def revision(root: Path) -> str:
    """The schema revision of the library in ``root``."""
    with closing(sqlite3.connect(root / "library.sqlite")) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def choose(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """File › Open library…'s folder dialog answers ``folder``."""
    monkeypatch.setattr(libraries.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))


def progress(window: MainWindow) -> QDialog | None:
    """The opening's dialog, when shown."""
    dialog: QDialog | None = getattr(window.library_menu, "folder_dialog", None)
    return dialog if dialog is not None and dialog.isVisible() else None


def said(dialog: QDialog) -> list[str]:
    """What the dialog says (its labels in sight)."""
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def recent_entry(window: MainWindow, text: str) -> QAction:
    window.library_menu.fill_recent()
    [entry] = [a for a in window.library_menu.recent.actions() if a.text() == text]
    return entry


def test_a_slow_open_leaves_the_window_working_and_a_second_open_starts_nothing(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    other: Path,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    """The library on a slow disk: the window's timers run while it opens, the progress says
    which library after a moment, and Open again shows it rather than opening a second. Held
    by another process (here, the test), it opens read-only, as before."""
    libraries.remember_library(settings, other)
    window = make_window(qtbot, review_library, settings)
    writer = Library.open(other)  # another writer: the window opens it read-only
    held = HeldOpen(monkeypatch, other, lambda: len(ticks))
    choose(monkeypatch, other)
    try:
        window.library_menu.open_action.trigger()
        qtbot.waitUntil(lambda: held.ticked_while_held() > 10)  # its thread turns meanwhile
        qtbot.waitUntil(lambda: progress(window) is not None)
        dialog = progress(window)
        assert dialog is not None and not dialog.isModal()
        assert said(dialog) == [f"Opening {other}…"]
        assert held.calls == 1 and window.isVisible() and successor(window) is None
        window.grab()  # (it paints)
        recent_entry(window, str(other.resolve())).trigger()  # Open again: the same one shown
        window.library_menu.open_action.trigger()
        assert held.calls == 1 and progress(window) is dialog
        held.let_go()
        new = taken_over(qtbot, window)
    finally:
        held.let_go()
        writer.close()
    assert held.ticks_while_held > 10  # the window's thread turned while the library opened
    assert held.calls == 1
    assert new.lib.root == other.resolve() and new.lib.read_only
    assert review_library.closed and not window.isVisible()
    with Library.open(review_library.root) as again:  # its writer lock let go
        assert not again.read_only
    qtbot.waitUntil(lambda: new.status_document.text() == "harbour")
    new.close()


def test_cancel_gives_the_window_back_and_an_upgrade_begun_finishes_and_is_closed(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    old = older_library(tmp_path / "old")
    window = make_window(qtbot, review_library, settings)
    held = HeldOpen(monkeypatch, old, lambda: len(ticks))
    choose(monkeypatch, old)
    try:
        window.library_menu.open_action.trigger()
        qtbot.waitUntil(lambda: held.ticked_while_held() > 10)
        qtbot.waitUntil(lambda: progress(window) is not None)
        dialog = progress(window)
        assert dialog is not None
        upgrading, note = said(dialog)  # (known before the upgrade begins)
        assert upgrading == f"Backing up {old} and upgrading it to this version of Redline…"
        assert "upgraded once, after a copy is kept in its backups folder" in note
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel: the window back, at once
        assert not dialog.isVisible() and window.isVisible()
        assert window.lib is review_library and not review_library.closed
        assert window.status.current().startswith(f"Stopped waiting for {old}; its upgrade")
    finally:
        held.let_go()  # (the upgrade goes on, on its thread)
    from app.ui.window.library_opening import opening_runner  # (the code before had none)

    qtbot.waitUntil(lambda: opening_runner().pending() == 0, timeout=60_000)
    assert successor(window) is None and window.lib is review_library
    assert revision(old) == known_revisions()[-1]  # upgraded whole, not torn apart
    assert list((old / "backups").glob("library-*.sqlite"))  # after its backup
    with Library.open(old) as again:  # closed: its writer lock let go
        assert not again.read_only
    assert window.library_model.rowCount() == 1


def test_a_library_that_cannot_be_opened_is_said_and_the_window_stays_on_its_own(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    other: Path,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    with sqlite3.connect(other / "library.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")  # a newer Redline's
    window = make_window(qtbot, review_library, settings)
    held = HeldOpen(monkeypatch, other, lambda: len(ticks))
    choose(monkeypatch, other)
    executed: list[QMessageBox] = []  # (the code before waited in the box's exec)

    def exec_(box: QMessageBox) -> int:
        executed.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)

    def shown() -> list[QMessageBox]:
        boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
        return boxes + executed

    try:
        window.library_menu.open_action.trigger()
        qtbot.waitUntil(lambda: held.ticked_while_held() > 10)
        held.let_go()
        qtbot.waitUntil(lambda: bool(shown()), timeout=30_000)
    finally:
        held.let_go()
    assert held.ticks_while_held > 10
    [box] = shown()
    assert box.windowTitle() == "Cannot open the library"
    assert box.text().startswith(f"{other}\n\n") and "(schema 9999)" in box.text()
    assert "cannot read it" in box.text() and box.textFormat() == Qt.TextFormat.PlainText
    assert successor(window) is None and window.isVisible() and window.lib is review_library
    assert progress(window) is None and not review_library.closed
    box.close()


def test_an_older_library_is_backed_up_and_upgraded_through_the_menu(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    """The real upgrade (Alembic, after a VACUUM INTO backup) on an opening thread: the
    progress says so while it runs, and the window on the upgraded library takes over."""
    old = older_library(tmp_path / "old")
    window = make_window(qtbot, review_library, settings)
    held = HeldOpen(monkeypatch, old, lambda: len(ticks))
    choose(monkeypatch, old)
    try:
        window.library_menu.open_action.trigger()
        qtbot.waitUntil(lambda: held.ticked_while_held() > 10)
        qtbot.waitUntil(lambda: progress(window) is not None)
        dialog = progress(window)
        assert dialog is not None
        assert said(dialog)[0].startswith(f"Backing up {old} and upgrading")
        held.let_go()
        new = taken_over(qtbot, window)
    finally:
        held.let_go()
    assert held.ticks_while_held > 10
    assert new.lib.root == old.resolve() and not new.lib.read_only
    assert revision(old) == known_revisions()[-1]
    [backup] = (old / "backups").glob("library-*.sqlite")
    assert backup.name.startswith(f"library-{known_revisions()[-2]}-")
    qtbot.waitUntil(lambda: new.status_document.text() == "old-memo")
    assert review_library.closed
    new.close()  # its library, opened on another thread, closed on this one
    with Library.open(old) as again:  # its writer lock let go
        assert not again.read_only


def test_a_library_that_comes_while_a_dialog_is_up_waits_for_it_to_close(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    other: Path,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    """The window goes on working while a library opens: a note begun meanwhile is written to
    the library it was begun on, so the new library is taken only once its dialog is gone."""
    window = make_window(qtbot, review_library, settings)
    held = HeldOpen(monkeypatch, other, lambda: len(ticks))
    choose(monkeypatch, other)
    form = QDialog(window)  # (a note being written)
    form.setWindowModality(Qt.WindowModality.WindowModal)
    try:
        window.library_menu.open_action.trigger()
        qtbot.waitUntil(lambda: held.ticked_while_held() > 10)
        form.open()
        qtbot.waitUntil(form.isVisible)
        held.let_go()
        from app.ui.window.library_opening import opening_runner  # (the code before had none)

        qtbot.waitUntil(lambda: opening_runner().pending() == 0, timeout=30_000)  # it is open
        assert successor(window) is None and window.lib is review_library
        opening = window.library_menu.folder_dialog
        assert not review_library.closed and opening is not None and opening.waiting
    finally:
        held.let_go()
    form.accept()
    new = taken_over(qtbot, window)
    assert new.lib.root == other.resolve() and review_library.closed
    new.close()


def menu_entry(window: MainWindow, folder: Path) -> QAction | None:
    """The recent menu's entry of ``folder`` (as it is shown: checked, or marked missing)."""
    for action in window.library_menu.recent.actions():
        if action.text().startswith(str(folder)):
            return action
    return None


def test_the_recent_menu_shows_at_once_and_marks_a_folder_missing_when_its_look_returns(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    other: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A recent library on a hung network disk: the menu was filled after looking at every
    folder on the window's thread. It shows at once; the folder is marked missing when its look
    returns, and chosen before that it is looked at again as it opens (no library made there)."""
    gone = (tmp_path / "gone").resolve()
    Library.open(gone).close()
    for place in (gone, other):
        libraries.remember_library(settings, place)
    shutil.rmtree(gone)
    held = HeldLook(monkeypatch, gone)
    window = make_window(qtbot, review_library, settings)
    try:
        window.library_menu.recent.aboutToShow.emit()  # (as the menu opens)
        assert held.entered.wait(10)
        assert not held.returned.is_set()  # shown while the look is still held
        entry = menu_entry(window, gone)
        assert entry is not None and entry.text() == str(gone)
        assert menu_entry(window, other.resolve()) is not None
        entry.trigger()  # chosen before its look returned: looked at again, off this thread
        assert not held.returned.is_set()
        qtbot.waitUntil(lambda: bool(boxes(window)), timeout=30_000)
        [box] = boxes(window)
        assert box.windowTitle() == "Cannot open the library"
        assert box.text() == f"{gone}\n\nThere is no library there any more: the folder was " \
            "moved or deleted, or its disk is not connected."  # fmt: skip
        box.close()
        assert not gone.exists() and window.lib is review_library  # nothing made there
    finally:
        held.let_go()
    qtbot.waitUntil(lambda: not entry.isEnabled())
    assert entry.text() == f"{gone} (not found)"
    window.library_menu.fill_recent()  # shown again: marked at once, looked at again
    again = menu_entry(window, gone)
    assert again is not None and again.text() == f"{gone} (not found)"


def boxes(window: MainWindow) -> list[QMessageBox]:
    return [w for w in window.findChildren(QMessageBox) if w.isVisible()]


def test_open_library_looks_into_the_chosen_folder_off_the_windows_thread(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File › Open library… looked into the chosen folder (a library? empty?) on the window's
    thread before asking whether to make one there."""
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a library")
    window = make_window(qtbot, review_library, settings)
    held = HeldLook(monkeypatch, folder)
    choose(monkeypatch, folder)
    asked: list[tuple[Path, bool]] = []

    def ask_create(_parent: object, chosen: Path, empty: bool) -> bool:
        asked.append((chosen, empty))
        return False

    monkeypatch.setattr(libraries, "ask_create", ask_create)
    try:
        window.library_menu.open_action.trigger()
        assert held.entered.wait(10) and not held.returned.is_set()  # back while it looks
    finally:
        held.let_go()
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    assert asked == [(folder, False)]  # not empty: said so in the question
    opening = window.library_menu.folder_dialog
    assert opening is not None and not opening.waiting and not opening.isVisible()
    assert not (folder / "library.sqlite").exists() and window.lib is review_library


def test_quitting_during_an_upgrade_says_so_and_waits_for_it_visibly(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ticks: list[int],
) -> None:
    """The window closed at once while the process went on until the upgrade committed (10 s
    on 3,000 pages), unseen. It stays, saying the upgrade is finished first, and closes once
    it is; the library upgraded whole, and closed again."""
    old = older_library(tmp_path / "old")
    window = make_window(qtbot, review_library, settings)
    held = HeldOpen(monkeypatch, old, lambda: len(ticks))
    choose(monkeypatch, old)
    try:
        window.library_menu.open_action.trigger()
        qtbot.waitUntil(held.entered.is_set)  # the upgrade begun
        window.close()  # quit
        assert window.isVisible()
        dialog = progress(window)
        assert dialog is not None and dialog.isModal()
        assert said(dialog) == [
            f"Finishing the upgrade of {old}… The library stays whole; Redline closes as soon "
            "as the upgrade is done."
        ]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing to cancel
        assert dialog.isVisible() and window.isVisible()
        held.let_go()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    finally:
        held.let_go()
    assert not dialog.isVisible() and successor(window) is None
    assert revision(old) == known_revisions()[-1]
    from app.ui.window.library_opening import opening_runner

    qtbot.waitUntil(lambda: opening_runner().pending() == 0, timeout=30_000)
    with Library.open(old) as again:  # closed again: its writer lock let go
        assert not again.read_only
