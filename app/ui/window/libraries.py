"""File > Open library… and File > Open recent library: choosing another library folder, and
the list of those opened before (a setting). Opening one is the window's business
(``MainWindow.open_library``); this module asks which, and remembers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from app.core.library import DB_NAME
from app.ui.base import settings as S
from app.ui.base.language import QT_TRANSLATE_NOOP, tr

RECENT_MAX = 8
OPEN_LIBRARY = QT_TRANSLATE_NOOP("Redline", "Open &library…")
RECENT_MENU = QT_TRANSLATE_NOOP("Redline", "Open &recent library")
NO_RECENT = QT_TRANSLATE_NOOP("Redline", "(none yet)")
CLEAR_RECENT = QT_TRANSLATE_NOOP("Redline", "&Clear the list")
CHOOSE_TITLE = QT_TRANSLATE_NOOP("Redline", "Open a library folder")
CREATE_TITLE = QT_TRANSLATE_NOOP("Redline", "No library in this folder")
CREATE_TEXT = QT_TRANSLATE_NOOP(
    "Redline", "{folder} holds no Redline library. Make a new, empty library there?"
)
CREATE_BUTTON = QT_TRANSLATE_NOOP("Redline", "Make a library")
NOT_EMPTY_NOTE = QT_TRANSLATE_NOOP(
    "Redline", "The folder is not empty; what is in it stays as it is."
)


def is_library(folder: Path) -> bool:
    return (folder / DB_NAME).is_file()


def recent_libraries(settings: S.Settings) -> list[Path]:
    """The libraries opened before, the latest first."""
    return [Path(line) for line in settings.get(S.RECENT_LIBRARIES).splitlines() if line]


def remember_library(settings: S.Settings, root: Path) -> None:
    """Put ``root`` first in the list of recent libraries (at most :data:`RECENT_MAX`)."""
    root = root.resolve()
    others = [p for p in recent_libraries(settings) if p != root]
    settings.set(S.RECENT_LIBRARIES, "\n".join(map(str, [root, *others][:RECENT_MAX])))


def ask_create(parent: QWidget, folder: Path) -> bool:
    """Whether to make a new library in ``folder`` (replaceable, so tests can answer)."""
    box = QMessageBox(
        QMessageBox.Icon.Question, tr(CREATE_TITLE), tr(CREATE_TEXT).format(folder=folder)
    )
    box.setParent(parent, box.windowFlags())
    box.setTextFormat(Qt.TextFormat.PlainText)  # (the folder's name as written)
    if any(folder.iterdir()):
        box.setInformativeText(tr(NOT_EMPTY_NOTE))
    make = box.addButton(tr(CREATE_BUTTON), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is make


def choose_library(parent: QWidget, start: Path) -> Path | None:
    """Ask for a library folder (a folder without one is made one, if the person agrees)."""
    chosen = QFileDialog.getExistingDirectory(parent, tr(CHOOSE_TITLE), str(start.parent))
    if not chosen:
        return None
    folder = Path(chosen)
    if is_library(folder) or ask_create(parent, folder):
        return folder
    return None


class LibraryMenu:
    """The two entries at the top of the File menu; ``open_root(path)`` opens a library."""

    def __init__(
        self,
        menu: QMenu,
        settings: S.Settings,
        current: Path,
        open_root: Callable[[Path], object],
        parent: QWidget,
    ) -> None:
        self.settings, self.current, self.parent = settings, current, parent
        self.open_root = open_root
        first = menu.actions()[0]  # (the menu has its import entries already)
        self.open_action = QAction(tr(OPEN_LIBRARY), parent)
        self.open_action.triggered.connect(self._on_open)
        self.recent = QMenu(tr(RECENT_MENU), parent)
        self.recent.aboutToShow.connect(self.fill_recent)
        menu.insertAction(first, self.open_action)
        menu.insertMenu(first, self.recent)
        menu.insertSeparator(first)
        self.fill_recent()

    def _on_open(self) -> None:
        folder = choose_library(self.parent, self.current)
        if folder is not None:
            self.open_root(folder)

    def fill_recent(self) -> None:
        """The libraries opened before (the one open now shown checked), and Clear."""
        self.recent.clear()
        libraries = [p for p in recent_libraries(self.settings) if is_library(p)]
        for root in libraries:
            action = self.recent.addAction(str(root))
            if root == self.current.resolve():
                action.setCheckable(True)
                action.setChecked(True)
                action.setEnabled(False)
            else:
                action.triggered.connect(lambda _=False, root=root: self.open_root(root))
        if not libraries:
            self.recent.addAction(tr(NO_RECENT)).setEnabled(False)
        self.recent.addSeparator()
        clear = self.recent.addAction(tr(CLEAR_RECENT))
        clear.triggered.connect(self._on_clear)

    def _on_clear(self) -> None:
        self.settings.set(S.RECENT_LIBRARIES, str(self.current.resolve()))
        self.fill_recent()
