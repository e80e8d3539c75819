"""File › Open library… and a folder of File › Open recent library: the library in a folder,
opened on a thread of its own as a team library is (``library_opening.py``), never the window's.

Opening a current library takes milliseconds, but one an earlier Redline made is backed up and
upgraded first (``db/migrate.py``), and a large library, or one on a slow or network disk, takes
longer still. Past :data:`~app.ui.window.library_opening.SHOW_AFTER_MS` a small dialog beside the
window (not modal: the window goes on working on its library) says which library is being opened
and, when it is being upgraded, that it is backed up and upgraded first (known up front from its
schema revision, one query: ``app.core.library.upgrade_due``). Cancel (Esc) gives the window back
at once, on its library; an upgrade already begun is not torn apart: it finishes on its thread
(the library upgraded, its backup kept) and the library it yields is closed again. A failure is
said in a message box, as the command line says it, and the window stays on its library.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import RedlineError
from app.core.library import DB_NAME, Library, upgrade_due
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr
from app.ui.base.plain_label import plain_box, plain_label
from app.ui.base.screen_fit import fit_to_screen
from app.ui.window.library_opening import SHOW_AFTER_MS, Attempt, discard

TITLE = QT_TRANSLATE_NOOP("Redline", "Opening a library")
OPENING = QT_TRANSLATE_NOOP("Redline", "Opening {folder}…")
UPGRADING = QT_TRANSLATE_NOOP(
    "Redline", "Backing up {folder} and upgrading it to this version of Redline…"
)
UPGRADE_NOTE = QT_TRANSLATE_NOOP(
    "Redline",
    "An earlier version of Redline made this library. It is upgraded once, after a copy is kept "
    "in its backups folder; a large library takes a while.",
)
FAILED = QT_TRANSLATE_NOOP("Redline", "Cannot open the library")
STOPPED = QT_TRANSLATE_NOOP("Redline", "Stopped opening {folder}; this library stays open.")
STOPPED_UPGRADE = QT_TRANSLATE_NOOP(
    "Redline",
    "Stopped waiting for {folder}; its upgrade, once begun, finishes by itself (its backup "
    "kept). This library stays open.",
)
GONE = QT_TRANSLATE_NOOP(
    "Redline",
    "There is no library there any more: the folder was moved or deleted, or its disk is not "
    "connected.",
)
FINISHING_TITLE = QT_TRANSLATE_NOOP("Redline", "Finishing an upgrade")
FINISHING = QT_TRANSLATE_NOOP(
    "Redline",
    "Finishing the upgrade of {folder}… The library stays whole; Redline closes as soon as the "
    "upgrade is done.",
)

WIDTH = 480
HAND_OVER_RETRY_MS = 250  # a library opened while a dialog is up over the window waits this long


class Look(NamedTuple):
    """What is learnt of a folder before opening it (on an opening thread: the disk may be
    slow): whether it is the library open now, whether it holds a library at all (and if not,
    whether it is empty), and whether opening it upgrades it."""

    current: bool
    upgrading: bool
    library: bool = True
    empty: bool = False


def look(root: Path, current: Path | None) -> Look:
    """On an opening thread: ``root`` looked at before it is opened."""
    try:
        same = current is not None and root.resolve() == current.resolve()
    except OSError:  # (a folder that cannot be looked at: opening it says why)
        same = False
    if same:
        return Look(True, False)
    if not holds_library(root):
        return Look(False, False, library=False, empty=is_empty(root))
    return Look(False, upgrade_due(root))


def holds_library(root: Path) -> bool:
    """Whether the folder ``root`` holds a library (off the window's thread: the disk may hang)."""
    try:
        return (root / DB_NAME).is_file()
    except OSError:
        return False


def is_empty(folder: Path) -> bool:
    """Whether ``folder`` holds nothing (or is not there); off the window's thread."""
    try:
        return not any(folder.iterdir())
    except OSError:
        return True


def open_folder_library(root: Path) -> Library:
    """On an opening thread: the library in ``root`` (made there if there is none; upgraded if
    an earlier Redline made it; read-only if another process writes it)."""
    return Library.open(root, allow_read_only=True)


class FolderOpening(QDialog):
    """A library folder opening off the window's thread, shown if that takes a moment:
    ``opened(library)`` once it is open and no dialog is up over the window; ``stopped(text)``
    when Cancel (Esc) stopped waiting for it, ``text`` saying so."""

    opened = Signal(object)  # the Library, open
    stopped = Signal(str)

    def __init__(self, parent: QWidget, current: Path | None) -> None:
        """``current``: the folder of the window's library (opening it again opens nothing)."""
        super().__init__(parent)
        self.current = current
        self.setWindowTitle(tr(TITLE))
        self.setWindowModality(Qt.WindowModality.NonModal)  # (the window goes on working)
        self.attempt = Attempt()  # the folder's look, then its opening
        self.root: Path | None = None
        self.upgrading = False
        # Asked whether to make a library in a folder that holds none (File › Open library…);
        # None: such a folder is refused (a recent library since gone).
        self._ask: Callable[[Path, bool], bool] | None = None
        self.upgrades = 0  # upgrades running on an opening thread, awaited or not
        self._then: Callable[[], object] | None = None  # what a quit waits to do (finish_first)
        self._ready: Library | None = None  # open, waiting for a dialog over the window to go
        self._show_later = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._show_later.timeout.connect(self.show_now)
        self._hand_over_later = QTimer(self, singleShot=True, interval=HAND_OVER_RETRY_MS)
        self._hand_over_later.timeout.connect(self._hand_over)
        self._build()

    def _build(self) -> None:
        self.status = plain_label()  # (the folder's name as written)
        self.status.setWordWrap(True)
        self.note = plain_label(tr(UPGRADE_NOTE))
        self.note.setWordWrap(True)
        self.note.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to count: Library.open says nothing until it is done
        self.busy.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.status)
        column.addWidget(self.note)
        column.addWidget(self.busy)
        column.addWidget(self.buttons)
        self.resize(WIDTH, 0)
        fit_to_screen(self)

    @property
    def waiting(self) -> bool:
        """A library on its way (or open, waiting to be taken)."""
        return self.attempt.waiting or self._ready is not None

    def start(self, root: Path, ask: Callable[[Path, bool], bool] | None = None) -> None:
        """Open the library in ``root`` off the window's thread; nothing if one is on its way.
        A folder holding no library is made one if ``ask(root, empty)`` says so, else
        (no ``ask``: a recent library) refused, said in a message."""
        if self.waiting:
            self.show_now()
            return
        self._ask = ask
        self.describe(root, upgrading=False)
        self.attempt.start()
        current = self.current
        self.attempt.run(lambda: look(root, current), self._on_looked, self._on_failed, last=False)
        self._show_later.start()

    def _on_looked(self, looked: Look) -> None:
        root = self.root
        assert root is not None
        if looked.current:  # (the library open now: nothing to open)
            self.attempt.stop()
            self.done(QDialog.DialogCode.Rejected)
            return
        if not looked.library and not self._may_make(root, looked.empty):
            return
        self.describe(root, upgrading=looked.upgrading)
        if not looked.upgrading:
            self.attempt.run(lambda: open_folder_library(root), self._on_opened, self._on_failed)
            return
        self.upgrades += 1
        self.attempt.run(
            lambda: open_folder_library(root),
            self._on_opened,
            self._on_failed,
            ended=self._on_upgrade_ended,
        )

    def _may_make(self, root: Path, empty: bool) -> bool:
        """``root`` holds no library: whether to make one there (asked), else the opening
        stopped (a recent library gone is said so)."""
        self._show_later.stop()
        self.hide()
        ask = self._ask
        if ask is None:
            self.attempt.stop()
            self.done(QDialog.DialogCode.Rejected)
            plain_box(self.parentWidget(), tr(FAILED), f"{root}\n\n{tr(GONE)}").open()
            return False
        if not ask(root, empty) or not self.attempt.waiting:  # (no; or stopped meanwhile)
            self.attempt.stop()
            self.done(QDialog.DialogCode.Rejected)
            return False
        self._show_later.start()
        return True

    def describe(self, root: Path, *, upgrading: bool) -> None:
        """Say which library is opened, and whether it is backed up and upgraded first."""
        self.root, self.upgrading = root, upgrading
        self.status.setText(tr(UPGRADING if upgrading else OPENING).format(folder=root))
        self.note.setVisible(upgrading)
        self.busy.setAccessibleName(self.status.text())
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the wrapped lines need at the dialog's width."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            self.setMinimumHeight(needed)
            self.resize(self.width(), needed)

    def show_now(self) -> None:
        """Shown (a second Open while one is on its way: this one, in front)."""
        if self.waiting:
            self.show()
            self.raise_()
            self.activateWindow()

    def _on_opened(self, lib: Library) -> None:
        self._ready = lib
        self._hand_over()

    def _hand_over(self) -> None:
        """The library opened to the window, unless a dialog is up over it (a note being
        written, a question asked): what it does is done on this library, so the new one
        waits until it has gone."""
        lib = self._ready
        if lib is None:
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self:
            self._hand_over_later.start()
            return
        self._ready = None
        self.done(QDialog.DialogCode.Accepted)
        self.opened.emit(lib)

    def _on_failed(self, exc: BaseException) -> None:
        self.done(QDialog.DialogCode.Rejected)
        if not isinstance(exc, RedlineError):
            raise exc  # a bug: the error dialog, with its traceback for a report
        why = f"{self.root}\n\n{say(exc)}"  # (which library: it may come from the recent ones)
        plain_box(self.parentWidget(), tr(FAILED), why).open()

    def finish_first(self, then: Callable[[], object]) -> bool:
        """The window is closing: with an upgrade running (awaited, or stopped waiting for),
        say that it is finished first and call ``then()`` once it is (True); the process does
        not linger unseen after the window has gone. False: nothing to finish."""
        if not self.upgrades:
            return False
        self._then = then
        self._let_go()  # (the upgraded library is closed again when it comes)
        self.setWindowTitle(tr(FINISHING_TITLE))
        self.status.setText(tr(FINISHING).format(folder=self.root))
        self.busy.setAccessibleName(self.status.text())
        self.note.hide()
        self.buttons.hide()  # (nothing to cancel: an upgrade begun is not torn apart)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._fit_height()
        self.show()
        self.raise_()
        return True

    @property
    def finishing(self) -> bool:
        """A quit waits for an upgrade to finish (:meth:`finish_first`)."""
        return self._then is not None

    def _on_upgrade_ended(self) -> None:
        self.upgrades -= 1
        then = self._then
        if self.upgrades or then is None:
            return
        self._then = None
        self.done(QDialog.DialogCode.Rejected)
        then()

    def reject(self) -> None:
        """Cancel (Esc, the dialog's close button): stop waiting; the window stays on its
        library, and a library still on its way is closed once it comes. While a quit waits
        for an upgrade to finish there is nothing to cancel."""
        if self.finishing:
            return
        if self.waiting:
            self._let_go()
            said = STOPPED_UPGRADE if self.upgrading else STOPPED
            self.stopped.emit(tr(said).format(folder=self.root))
        super().reject()

    def abandon(self) -> None:
        """The window closes: nothing waits for the library any more."""
        self._let_go()
        self.done(QDialog.DialogCode.Rejected)

    def _let_go(self) -> None:
        self.attempt.stop()
        self._show_later.stop()
        self._hand_over_later.stop()
        if self._ready is not None:
            discard(self._ready)
            self._ready = None
