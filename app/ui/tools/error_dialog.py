"""An unexpected error in the window: nobody reads stderr when Redline starts from the desktop
menu, so it is shown in a dialog that says what happened, where the log file with the details is,
and copies a bug report (the error, its traceback and the versions) to the clipboard.

:func:`install_error_handlers` routes ``sys.excepthook`` (errors in slots and event handlers:
PySide hands them to it) and ``threading.excepthook`` (a thread's uncaught error) here, and has
:mod:`faulthandler` write a crash's stacks to the same log file. An error is logged at once; while
its dialog is open, later ones are logged and counted in it rather than stacked as more dialogs.

An error Redline says to a person (:class:`~app.core.errors.RedlineError`: a server that cannot be
reached, a full disk) that no code on its way caught is no bug: it is shown as what it is, one
plain message in the window's language, with no bug report and no traceback; the same message
again while it is open is not shown twice.
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errorlog import log_exception, log_folder, write_crashes_to_log
from app.core.errors import RedlineError
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr
from app.ui.base.plain_label import plain_box, plain_label
from app.ui.base.screen_fit import fit_to_screen

TITLE = QT_TRANSLATE_NOOP("Redline", "Redline: something went wrong")
HEADING = QT_TRANSLATE_NOOP(
    "Redline", "Redline ran into an unexpected error and could not finish what it was doing."
)
SAVED = QT_TRANSLATE_NOOP(
    "Redline",
    "The library holds every edit made before it: each is written the moment it is made. "
    "Please send the bug report below to the developers.",
)
LOG_AT = QT_TRANSLATE_NOOP("Redline", "The details are in the log file:")
NO_LOG = QT_TRANSLATE_NOOP(
    "Redline", "The log file could not be written (is the disk full or read-only?)."
)
MORE_ERRORS = QT_TRANSLATE_NOOP("Redline", "{n} more errors since; each is in the log file.")
ONE_MORE_ERROR = QT_TRANSLATE_NOOP("Redline", "1 more error since; it is in the log file.")
COPY = QT_TRANSLATE_NOOP("Redline", "Copy for a bug report")
COPIED = QT_TRANSLATE_NOOP("Redline", "Copied to the clipboard.")
OPEN_LOG_FOLDER = QT_TRANSLATE_NOOP("Redline", "Open the log folder")
DETAILS = QT_TRANSLATE_NOOP("Redline", "Details")
SAID_TITLE = QT_TRANSLATE_NOOP("Redline", "Redline")


def describe(exc: BaseException) -> str:
    """One line: the kind of error and its message."""
    message = str(exc).strip()
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


class ErrorDialog(QDialog):
    """What happened, where the log is, the traceback behind "Details", and the copy button."""

    def __init__(self, exc: BaseException, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(TITLE))
        self.exc, self.log = exc, log
        self.traceback = "".join(traceback.format_exception(exc))
        self.what = plain_label(describe(exc))
        self.what.setWordWrap(True)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel(f"{tr(LOG_AT)}\n{log}" if log is not None else tr(NO_LOG))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QLabel()
        self.more.hide()
        self.details = QPlainTextEdit(self.traceback, readOnly=True)
        self.details.hide()
        self.copied = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(tr(COPY), QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = self.buttons.addButton(
            tr(OPEN_LOG_FOLDER), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.details_button = QPushButton(tr(DETAILS))
        self.details_button.setCheckable(True)
        self.buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.HelpRole)
        self._compose()
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.details_button.toggled.connect(self._on_details_toggled)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        fit_to_screen(self)

    def _compose(self) -> None:
        heading = QLabel(f"<b>{tr(HEADING)}</b>")
        heading.setWordWrap(True)
        saved = QLabel(tr(SAVED))
        saved.setWordWrap(True)
        layout = QVBoxLayout(self)
        for w in (heading, self.what, saved, self.where, self.more):
            layout.addWidget(w)
        layout.addWidget(self.details, 1)
        layout.addStretch(0)
        layout.addWidget(self.copied)
        layout.addWidget(self.buttons)
        # (Word-wrapped labels: a height from their wrapped lines, not from one line of each.)
        self.setMinimumWidth(640)
        self.resize(640, layout.heightForWidth(640) if layout.hasHeightForWidth() else 300)

    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        if shown:
            self.resize(self.width(), max(self.height(), 480))

    def count_another(self, n: int) -> None:
        """``n`` more errors happened while this dialog was open."""
        self.more.setText(tr(ONE_MORE_ERROR) if n == 1 else tr(MORE_ERRORS).format(n=n))
        self.more.show()

    def report(self) -> str:
        """The text for a bug report: the error, its traceback, then the versions."""
        from app.core.versions import collect_versions
        from app.ui.tools.about_dialog import bug_report_text

        return f"{describe(self.exc)}\n\n{self.traceback}\n{bug_report_text(collect_versions())}"

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
        self.copied.setText(tr(COPIED))

    def _on_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_folder())))


class ErrorReporter(QObject):
    """Logs each unexpected error and shows it (in the GUI thread, whichever thread it came
    from): one dialog at a time, later errors counted in it."""

    error = Signal(object, object)  # the exception and the log file (or None), queued
    said = Signal(object)  # an error for a person (RedlineError), queued

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: ErrorDialog | None = None
        self.more = 0
        self.message: QMessageBox | None = None  # the person's error shown now
        self.error.connect(self._show)
        self.said.connect(self._say)

    def handle(self, exc: BaseException) -> None:
        """Log ``exc`` now (any thread) and have the GUI thread show it; an error for a
        person is shown plainly (:meth:`_say`), not logged as a bug."""
        if isinstance(exc, RedlineError):
            self.said.emit(exc)
            return
        self.error.emit(exc, log_exception(exc))

    def _say(self, exc: RedlineError) -> None:
        text = say(exc)
        if self.message is not None and self.message.isVisible() and self.message.text() == text:
            return
        box = plain_box(QApplication.activeWindow(), tr(SAID_TITLE), text)
        box.finished.connect(self._on_said_closed)
        self.message = box
        box.open()

    def _on_said_closed(self) -> None:
        self.message = None

    def _show(self, exc: BaseException, log: Path | None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.more += 1
            self.dialog.count_another(self.more)
            return
        self.more = 0
        self.dialog = ErrorDialog(exc, log, QApplication.activeWindow())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._on_closed)
        self.dialog.open()

    def _on_closed(self) -> None:
        self.dialog = None


def install_error_handlers(app: QApplication) -> ErrorReporter:
    """Route unexpected errors to a dialog and the log file, and crashes to the log file."""
    reporter = ErrorReporter(app)
    write_crashes_to_log()

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        try:
            reporter.handle(exc.with_traceback(tb))
        except Exception:  # the report itself failed: say it where a terminal would
            sys.__excepthook__(kind, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
    return reporter
