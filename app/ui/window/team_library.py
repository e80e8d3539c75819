"""File › Open team library…: a library on a PostgreSQL server (docs/team.md), chosen by its
address or by its server, port, database and user, with a password that is used for the
connection alone: it is never kept in the settings, the recent list, a message or the log.

Connecting runs on a thread of its own, never the window's (a server may keep it waiting up to
the connection's time-out, ``db.server.CONNECT_TIMEOUT_S``; ``library_opening.py``, shared with
a folder library): the dialog shows that it is connecting, and Cancel stops waiting (the
attempt's library, should it still open, is closed again). A failure is said in the dialog with
the sentence the command line gives for it (the core's), and the window stays on its library. A
recent server library opens again with its address alone (``~/.pgpass`` or ``PGPASSWORD``
giving the password): the dialog shows only if that takes a moment, fails, or the server asks
for a password none gave.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import LoginRefused, PasswordNeeded, RedlineError
from app.core.library import Library, ServerAddress, ServerError, display_url
from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr
from app.ui.base.plain_label import plain_label
from app.ui.base.screen_fit import fit_to_screen
from app.ui.window.library_opening import SHOW_AFTER_MS, Attempt

TITLE = QT_TRANSLATE_NOOP("Redline", "Open a team library")
ADDRESS = QT_TRANSLATE_NOOP("Redline", "&Address:")
ADDRESS_HINT = QT_TRANSLATE_NOOP("Redline", "postgresql://user@server/database")
ADDRESS_NOTE = QT_TRANSLATE_NOOP(
    "Redline", "Paste the address your team was given, or fill in the fields below."
)
SERVER = QT_TRANSLATE_NOOP("Redline", "&Server:")
SERVER_HINT = QT_TRANSLATE_NOOP("Redline", "this computer")
PORT = QT_TRANSLATE_NOOP("Redline", "&Port:")
DATABASE = QT_TRANSLATE_NOOP("Redline", "&Database:")
USER = QT_TRANSLATE_NOOP("Redline", "&User name:")
USER_HINT = QT_TRANSLATE_NOOP("Redline", "your login on this computer")
PASSWORD = QT_TRANSLATE_NOOP("Redline", "Pass&word:")
PASSWORD_NOTE = QT_TRANSLATE_NOOP(
    "Redline",
    "Leave it empty when ~/.pgpass or PGPASSWORD holds it. Redline keeps no password: it is "
    "used for this connection only.",
)
OPEN = QT_TRANSLATE_NOOP("Redline", "&Open")
CONNECTING = QT_TRANSLATE_NOOP("Redline", "Connecting to {location}…")
STOPPED = QT_TRANSLATE_NOOP("Redline", "Stopped waiting for {location}; nothing was opened.")
ASK_PASSWORD = QT_TRANSLATE_NOOP(
    "Redline", "The server of {location} asks for a password: type it and press Open."
)
NO_ADDRESS = QT_TRANSLATE_NOOP("Redline", "Type the library's address, or its server and database.")

WIDTH = 600
DEFAULT_PORT = "5432"


def open_server_library(location: str) -> Library:
    """On a connecting thread: the library at ``location`` (a reader's role: read-only)."""
    return Library.open(location, allow_read_only=True)


class TeamLibraryDialog(QDialog):
    """The address of a team library and a password; Open connects (off the window's thread),
    ``opened(library)`` once it is open, the dialog closed. Cancel while connecting stops
    waiting and leaves the form as it was; Cancel again closes it."""

    opened = Signal(object)  # the Library, open

    def __init__(self, parent: QWidget | None = None, address: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(TITLE))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.attempt = Attempt()  # the connection awaited, if any
        self._options: tuple[tuple[str, str | tuple[str, ...]], ...] = ()  # (?sslmode=… kept)
        self._build()
        self._typed = 0  # the address's length after its last edit (one key: 1 more or less)
        self.address.textEdited.connect(self._on_address_edited)
        self.address.editingFinished.connect(self._take_password)
        for part in (self.server, self.port, self.database, self.user):
            part.textEdited.connect(self._on_part_edited)
        if address:
            self.set_address(address)
        self.resize(WIDTH, 0)
        fit_to_screen(self)
        self._fit_height()

    def _build(self) -> None:
        self.address = QLineEdit(placeholderText=tr(ADDRESS_HINT))
        self.server = QLineEdit(placeholderText=tr(SERVER_HINT))
        self.port = QLineEdit(placeholderText=DEFAULT_PORT)
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.port.setMaximumWidth(self.port.fontMetrics().horizontalAdvance("655350") + 16)
        self.database = QLineEdit()
        self.user = QLineEdit(placeholderText=tr(USER_HINT))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        form = QFormLayout()
        self._row(form, ADDRESS, self.address)
        form.addRow("", self._note(ADDRESS_NOTE))
        server_row = QHBoxLayout()
        server_row.addWidget(self.server, 1)
        port_label = QLabel(tr(PORT))
        port_label.setBuddy(self.port)
        server_row.addWidget(port_label)
        server_row.addWidget(self.port)
        server_label = QLabel(tr(SERVER))
        server_label.setBuddy(self.server)
        form.addRow(server_label, server_row)
        self._row(form, DATABASE, self.database)
        self._row(form, USER, self.user)
        self._row(form, PASSWORD, self.password)
        form.addRow("", self._note(PASSWORD_NOTE))
        self.status = plain_label()  # what happens: connecting, or why it did not open
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to count: a connection either comes or not
        self.busy.setTextVisible(False)
        self.busy.hide()
        Button = QDialogButtonBox.StandardButton  # (a standard Open: the box's default)
        self.buttons = QDialogButtonBox(Button.Open | Button.Cancel)
        self.open_button: QPushButton = self.buttons.button(Button.Open)
        self.open_button.setText(tr(OPEN))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.status)
        column.addWidget(self.busy)
        column.addWidget(self.buttons)
        named(self.address, tr(ADDRESS).replace("&", ""), tr(ADDRESS_NOTE))
        named(self.password, tr(PASSWORD).replace("&", ""), tr(PASSWORD_NOTE))

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QLineEdit) -> None:
        label = QLabel(tr(text))
        label.setBuddy(field)
        form.addRow(label, field)

    @staticmethod
    def _note(text: str) -> QLabel:
        note = plain_label(tr(text))
        note.setWordWrap(True)
        return note

    def _fit_height(self) -> None:
        """As tall as the wrapped notes and message need at the dialog's width (a form's
        height for a width is not what a window is given by itself: the notes were cut)."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = min(layout.totalHeightForWidth(self.width()), self.maximumHeight())
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    # -- the address and its parts, kept in step -----------------------------------------------

    def set_address(self, address: str) -> None:
        """Show ``address`` (its password, if it holds one, moved into the password field)."""
        self.address.setText(address)
        self._on_address_edited(address)
        self._take_password()
        self.address.setCursorPosition(0)  # (its start in sight: the user and the server)

    def _on_address_edited(self, text: str) -> None:
        """The parts follow the address; a password in it is moved into the password field at
        once when it was pasted, and as the field is left (or Open pressed) when it is typed: a
        password typed key by key into the address was taken out at its first "@" and the
        address rewritten under the person's keys (the rest of the password read as the user
        name and the server)."""
        pasted, self._typed = abs(len(text) - self._typed) > 1, len(text)
        try:
            parts, _ = ServerAddress.parse(text)
        except ServerError:
            return  # (not an address yet: the fields wait for one)
        self._options = parts.options
        for field, value in (
            (self.server, parts.host),
            (self.port, parts.port),
            (self.database, parts.database),
            (self.user, parts.user),
        ):
            field.setText(value)
        if pasted:
            self._take_password()

    def _take_password(self) -> None:
        """A password the address holds moved into the password field, the address written
        without it."""
        try:
            parts, password = ServerAddress.parse(self.address.text())
        except ServerError:
            return
        if password:  # never shown: the field hides it, and the address is written without it
            self.password.setText(password)
            self.address.setText(parts.location())
            self._typed = len(self.address.text())

    def _on_part_edited(self, _text: str = "") -> None:
        self.address.setText(self.parts().location() if self._any_part() else "")

    def _any_part(self) -> bool:
        return any(f.text().strip() for f in (self.server, self.port, self.database, self.user))

    def parts(self) -> ServerAddress:
        return ServerAddress(
            self.server.text().strip(), self.port.text().strip(), self.database.text().strip(),
            self.user.text().strip(), self._options,
        )  # fmt: skip

    # -- connecting -------------------------------------------------------------------------------

    @property
    def connecting(self) -> bool:
        return self.attempt.waiting

    def start(self) -> None:
        """Open: connect to the library the form names, on a connecting thread."""
        if self.connecting:
            return
        self._take_password()  # (typed into the address, and Enter pressed there)
        typed = self.address.text().strip()
        if not typed:
            self._say(tr(NO_ADDRESS))
            self.address.setFocus()
            return
        try:
            ServerAddress.parse(typed)  # (what the fields make always reads; a pasted one may not)
        except ServerError as exc:
            self._say(say(exc))  # (the command line's words for it, in the window's language)
            self.address.setFocus()
            return
        location = self.parts().location(self.password.text())
        self._connect(location)

    def start_with(self, location: str) -> None:
        """Connect to ``location`` as it is (a recent library: no password in it)."""
        self.set_address(location)
        self._connect(location)

    def _connect(self, location: str) -> None:
        self.attempt.start()
        self._set_busy(True)
        self._say(tr(CONNECTING).format(location=display_url(location)))
        self.attempt.run(lambda: open_server_library(location), self._on_opened, self._on_failed)

    def _on_opened(self, lib: Library) -> None:
        self.accept()  # (the password field emptied: done())
        self.opened.emit(lib)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, RedlineError):
            self._say("")
            raise exc  # a bug: the error dialog, with its traceback for a report
        if isinstance(exc, PasswordNeeded) and not self.password.text():
            shown = display_url(self.address.text())
            self._say(tr(ASK_PASSWORD).format(location=shown))
        else:
            self._say(say(exc))  # the command line's sentence for it, in the window's language
        if isinstance(exc, LoginRefused):
            self.password.setFocus()
            self.password.selectAll()  # (typing replaces a wrong one)
        if not self.isVisible():
            self.open()

    def _set_busy(self, busy: bool) -> None:
        for field in (self.address, self.server, self.port, self.database, self.user):
            field.setReadOnly(busy)
        self.password.setEnabled(not busy)
        self.open_button.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self._fit_height()

    def show_if_connecting(self) -> None:
        if self.connecting and not self.isVisible():
            self.open()

    def reject(self) -> None:
        """Cancel (Escape, the window's close button): while connecting, stop waiting and
        leave the form as it is; else close."""
        if self.connecting:
            self.attempt.stop()  # (its outcome, when it comes, is dropped: a library closed)
            self._set_busy(False)
            self._say(tr(STOPPED).format(location=display_url(self.address.text())))
            if not self.isVisible():
                self.open()
            return
        super().reject()

    def abandon(self) -> None:
        """The window closes: nothing waits for the attempt any more."""
        self.attempt.stop()
        self.done(QDialog.DialogCode.Rejected)

    def done(self, result: int) -> None:
        self.password.clear()  # (gone with the dialog: nothing holds it after)
        super().done(result)


def reopen(parent: QWidget, address: str, opened: Callable[[Library], object]) -> TeamLibraryDialog:
    """A recent team library opened again by its ``address`` alone; the dialog shows if that
    takes longer than :data:`SHOW_AFTER_MS`, fails, or needs a password."""
    dialog = TeamLibraryDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.opened.connect(opened)
    dialog.start_with(address)
    QTimer.singleShot(SHOW_AFTER_MS, dialog, dialog.show_if_connecting)
    return dialog


def ask(parent: QWidget, address: str, opened: Callable[[Library], object]) -> TeamLibraryDialog:
    """File › Open team library…: the dialog, filled in with ``address`` (the last team library
    opened, if any), shown."""
    dialog = TeamLibraryDialog(parent, address)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.opened.connect(opened)
    dialog.open()
    (dialog.password if address else dialog.address).setFocus()
    return dialog
