"""File > Open library…, File > Open team library… and File > Open recent library: choosing
another library folder (opened by ``folder_library.py``) or a team library on a server
(``team_library.py``), and the list of those opened before (a setting: folders, and servers'
addresses without their passwords). Both open off the window's thread, one at a time; taking
the library once it is open is the window's business (``MainWindow.take_library``); this module
asks which, and remembers."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from app.core.library import Library, display_url
from app.ui.base import settings as S
from app.ui.base.language import QT_TRANSLATE_NOOP, tr
from app.ui.window import folder_library, team_library
from db.location import library_location

RECENT_MAX = 8
Place = Path | str  # a library folder, or a team library's address (without its password)
OPEN_LIBRARY = QT_TRANSLATE_NOOP("Redline", "Open &library…")
OPEN_TEAM_LIBRARY = QT_TRANSLATE_NOOP("Redline", "Open &team library…")
RECENT_MENU = QT_TRANSLATE_NOOP("Redline", "Open &recent library")
NO_RECENT = QT_TRANSLATE_NOOP("Redline", "(none yet)")
CLEAR_RECENT = QT_TRANSLATE_NOOP("Redline", "&Clear the list")
CHOOSE_TITLE = QT_TRANSLATE_NOOP("Redline", "Open a library folder")
CREATE_TITLE = QT_TRANSLATE_NOOP("Redline", "No library in this folder")
CREATE_TEXT = QT_TRANSLATE_NOOP(
    "Redline", "{folder} holds no Redline library. Make a new, empty library there?"
)
CREATE_BUTTON = QT_TRANSLATE_NOOP("Redline", "Make a library")
MISSING = QT_TRANSLATE_NOOP("Redline", "{folder} (not found)")
NOT_EMPTY_NOTE = QT_TRANSLATE_NOOP(
    "Redline", "The folder is not empty; what is in it stays as it is."
)


def is_library(place: Place) -> bool:
    """A folder holding a library; a server's address is taken as one (asking would connect).
    Looks at the disk: never on the window's thread (:class:`RecentChecks`)."""
    return isinstance(place, str) or folder_library.holds_library(place)


def place_key(place: Place) -> Place:
    """How the recent list names a library: its folder resolved, or its address without a
    password (whatever was typed into it)."""
    return display_url(place) if isinstance(place, str) else place.resolve()


def recent_libraries(settings: S.Settings) -> list[Place]:
    """The libraries opened before, the latest first."""
    lines = settings.get(S.RECENT_LIBRARIES).splitlines()
    places = [library_location(line) for line in lines if line]
    # (an address kept by an earlier Redline, its socket's folder escaped: shown as it reads)
    return list(dict.fromkeys(display_url(p) if isinstance(p, str) else p for p in places))


def remember_library(settings: S.Settings, place: Place) -> None:
    """Put ``place`` first in the list of recent libraries (at most :data:`RECENT_MAX`)."""
    place = place_key(place)
    others = [p for p in recent_libraries(settings) if p != place]
    settings.set(S.RECENT_LIBRARIES, "\n".join(map(str, [place, *others][:RECENT_MAX])))


def ask_create(parent: QWidget, folder: Path, empty: bool) -> bool:
    """Whether to make a new library in ``folder`` (``empty`` or not, as looked at off the
    window's thread); replaceable, so tests can answer."""
    box = QMessageBox(
        QMessageBox.Icon.Question, tr(CREATE_TITLE), tr(CREATE_TEXT).format(folder=folder)
    )
    box.setParent(parent, box.windowFlags())
    box.setTextFormat(Qt.TextFormat.PlainText)  # (the folder's name as written)
    if not empty:
        box.setInformativeText(tr(NOT_EMPTY_NOTE))
    make = box.addButton(tr(CREATE_BUTTON), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is make


def choose_library(parent: QWidget, start: Path) -> Path | None:
    """Ask for a library folder (whether it holds one is looked at as it opens, off the
    window's thread: a folder without one is made one, if the person agrees)."""
    chosen = QFileDialog.getExistingDirectory(parent, tr(CHOOSE_TITLE), str(start.parent))
    return Path(chosen) if chosen else None


class RecentChecks(QObject):
    """Whether each recent library folder is still there, each looked at on a thread of its
    own (a hung network disk holds that thread, never the window's nor a pool's the process
    waits for on quitting); ``checked(folder, found)`` on the window's thread."""

    checked = Signal(str, bool)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.found: dict[Path, bool] = {}  # what the last check of each folder found
        self._running: set[Path] = set()
        self.checked.connect(self._on_checked)

    def check(self, folder: Path) -> None:
        """Look at ``folder`` again, unless a look at it is still on its way."""
        if folder in self._running:
            return
        self._running.add(folder)
        threading.Thread(target=self._look, args=(folder,), daemon=True).start()

    def _look(self, folder: Path) -> None:  # (on the folder's thread)
        found = is_library(folder)
        with contextlib.suppress(RuntimeError):  # (the window closed meanwhile: nobody asks)
            self.checked.emit(str(folder), found)

    def _on_checked(self, folder: str, found: bool) -> None:
        path = Path(folder)
        self._running.discard(path)
        self.found[path] = found


class LibraryMenu:
    """The three entries at the top of the File menu. A library chosen there is opened off the
    window's thread (one at a time: a second Open while one is on its way shows that one), and
    ``take(library)`` takes it once it is open; ``say(text)`` says an opening was stopped."""

    def __init__(
        self,
        menu: QMenu,
        settings: S.Settings,
        current: Place,
        take: Callable[[Library], object],
        say: Callable[[str], object],
        parent: QWidget,
    ) -> None:
        self.settings, self.current, self.parent = settings, place_key(current), parent
        self.take, self.say = take, say
        self.team_dialog: team_library.TeamLibraryDialog | None = None  # (one at a time)
        self.folder_dialog: folder_library.FolderOpening | None = None  # (made when first used)
        first = menu.actions()[0]  # (the menu has its import entries already)
        self.open_action = QAction(tr(OPEN_LIBRARY), parent)
        self.open_action.triggered.connect(self._on_open)
        self.team_action = QAction(tr(OPEN_TEAM_LIBRARY), parent)
        self.team_action.triggered.connect(self._on_open_team)
        self.recent = QMenu(tr(RECENT_MENU), parent)
        self.entries: dict[Path, QAction] = {}  # the recent folders' entries shown
        self.checks = RecentChecks(self.recent)
        self.checks.checked.connect(self._on_checked)
        self.recent.aboutToShow.connect(self.fill_recent)
        menu.insertAction(first, self.open_action)
        menu.insertAction(first, self.team_action)
        menu.insertMenu(first, self.recent)
        menu.insertSeparator(first)
        self.fill_recent()

    def _on_open(self) -> None:
        if self.show_opening():
            return
        start = self.current if isinstance(self.current, Path) else Path.home() / "library"
        folder = choose_library(self.parent, start)
        if folder is not None:
            self.open_root(folder, chosen=True)

    def open_root(self, root: Path, *, chosen: bool = False) -> None:
        """The library folder ``root`` opened off the window's thread (its progress shown if
        that takes a moment), then taken; nothing when another opening is on its way.
        ``chosen`` in the folder dialog: a folder holding no library is made one if the person
        agrees; otherwise (a recent library) one no longer there is said so."""
        if self.show_opening():
            return
        if self.folder_dialog is None:
            current = self.current if isinstance(self.current, Path) else None
            self.folder_dialog = folder_library.FolderOpening(self.parent, current)
            self.folder_dialog.opened.connect(self.take)
            self.folder_dialog.stopped.connect(self.say)
        parent = self.parent
        ask = (lambda folder, empty: ask_create(parent, folder, empty)) if chosen else None
        self.folder_dialog.start(root, ask)

    def finish_first(self, then: Callable[[], object]) -> bool:
        """The window closes: an upgrade running is finished first, the person told, and
        ``then()`` called once it is (True); False when none runs."""
        dialog = self.folder_dialog
        return dialog is not None and dialog.finish_first(then)

    def show_opening(self) -> bool:
        """Whether a library is on its way (a folder's or a team library's): then it is shown,
        and no second one is started."""
        folder, team = self.folder_dialog, self.team_dialog
        if folder is not None and folder.waiting:
            folder.show_now()
            return True
        if team is not None and team.connecting:
            team.show_if_connecting()
            return True
        return False

    def _on_open_team(self) -> None:
        """The team library dialog, filled in with the last team library opened."""
        if self.show_opening():
            return
        servers = [p for p in recent_libraries(self.settings) if isinstance(p, str)]
        self.abandon()
        self._track(team_library.ask(self.parent, next(iter(servers), ""), self.take))

    def reopen_team(self, address: str) -> None:
        """A team library of the recent list, opened again by its address alone."""
        if self.show_opening():
            return
        self.abandon()
        self._track(team_library.reopen(self.parent, address, self.take))

    def _track(self, dialog: team_library.TeamLibraryDialog) -> None:
        self.team_dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))  # (then deleted)

    def _forget(self, dialog: team_library.TeamLibraryDialog) -> None:
        if self.team_dialog is dialog:
            self.team_dialog = None

    def abandon(self) -> None:
        """No library opening is waited for any more (another asked for, the window closing):
        one still on its way is closed once it opens."""
        if self.team_dialog is not None:
            self.team_dialog.abandon()
        if self.folder_dialog is not None:
            self.folder_dialog.abandon()

    def fill_recent(self) -> None:
        """The libraries opened before (the one open now shown checked), and Clear. Shown at
        once: whether each folder is still there is looked at off the window's thread, and an
        entry is marked missing when the look says so (one chosen before is looked at again
        as it opens)."""
        self.recent.clear()
        self.entries.clear()
        libraries = recent_libraries(self.settings)
        for place in libraries:
            action = self.recent.addAction(str(place).replace("&", "&&"))  # (no key letter)
            if place == self.current:
                action.setCheckable(True)
                action.setChecked(True)
                action.setEnabled(False)
            elif isinstance(place, str):
                action.triggered.connect(lambda _=False, a=place: self.reopen_team(a))
            else:
                action.triggered.connect(lambda _=False, root=place: self.open_root(root))
                self.entries[place] = action
                if self.checks.found.get(place) is False:
                    self._mark_missing(action, place)
                self.checks.check(place)
        if not libraries:
            self.recent.addAction(tr(NO_RECENT)).setEnabled(False)
        self.recent.addSeparator()
        clear = self.recent.addAction(tr(CLEAR_RECENT))
        clear.triggered.connect(self._on_clear)

    def _on_checked(self, folder: str, found: bool) -> None:
        place = Path(folder)
        action = self.entries.get(place)
        if action is None:
            return
        if found:
            action.setText(str(place).replace("&", "&&"))
            action.setEnabled(True)
        else:
            self._mark_missing(action, place)

    @staticmethod
    def _mark_missing(action: QAction, place: Path) -> None:
        action.setText(tr(MISSING).format(folder=str(place).replace("&", "&&")))
        action.setEnabled(False)

    def _on_clear(self) -> None:
        self.settings.set(S.RECENT_LIBRARIES, str(self.current))
        self.fill_recent()
