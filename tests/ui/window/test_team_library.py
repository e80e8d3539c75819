"""File › Open team library… and the recent list on a real PostgreSQL server: a team library
opened from a folder library's window through the menu (the dialog answered here), reopened
from the recent list (asking for the password only when the server wants one that ~/.pgpass
does not give), a wrong password said as the command line says it with the old library still
open, no password in the settings file, and the connecting done off the window's thread."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from app.cli import main
from app.core.documents.ingest import import_file
from app.core.errorlog import log_folder
from app.core.library import Library, display_url
from app.ui.base import settings as S
from app.ui.window import libraries
from app.ui.window.library_opening import opening_runner
from app.ui.window.main_window import MainWindow
from app.ui.window.team_library import TeamLibraryDialog
from tests.builders import make_text_pdf
from tests.pg_helpers import PgServer, SlowLink
from tests.ui.helpers import make_window
from tests.ui.window.helpers import successor, taken_over

ROLE, SECRET = "team_reviewer", "Tr0ub4dor&3-pw"


@pytest.fixture
def team_url(pg_server: PgServer, pg_library_url: str, tmp_path: Path) -> str:
    """A team library holding one memo, which ROLE may change after logging in with SECRET
    (the server asks for it). The URL names ROLE, without the password."""
    pg_server.password_role(ROLE, SECRET)
    with Library.open(pg_library_url) as owner:
        assert import_file(owner, make_text_pdf(tmp_path / "harbour.pdf", ["The harbour"])).ok
    with psycopg.connect(pg_library_url, autocommit=True) as conn:
        conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                     f"TO {ROLE}")  # fmt: skip
        conn.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {ROLE}")
    return pg_library_url.replace("redline@", f"{ROLE}@")


@pytest.fixture(autouse=True)
def _no_pgpass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """libpq reads no password file of the person running the tests."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)


def answer(qtbot: QtBot, dialog: TeamLibraryDialog, address: str, password: str) -> None:
    """Paste the address, type the password, press Enter (Open)."""
    dialog.address.setFocus()
    QApplication.clipboard().setText(address)
    qtbot.keyClick(dialog.address, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def the_dialog(qtbot: QtBot, window: MainWindow) -> TeamLibraryDialog:
    qtbot.waitUntil(lambda: window.library_menu.team_dialog is not None)
    dialog = window.library_menu.team_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def settings_text(settings: S.Settings) -> str:
    settings.sync()
    return Path(settings.store.fileName()).read_text()


def test_a_team_library_opens_from_a_folder_librarys_window_through_the_menu(
    qtbot: QtBot, review_library: Library, settings: S.Settings, team_url: str
) -> None:
    window = make_window(qtbot, review_library, settings)
    window.library_pane.setFocus()
    qtbot.keyClick(window.library_pane, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_T)  # File › Open team library…
    dialog = the_dialog(qtbot, window)
    assert dialog.address.text() == ""  # (no team library opened before)
    qtbot.waitUntil(dialog.address.hasFocus)  # the address to be typed or pasted
    answer(qtbot, dialog, team_url, SECRET)
    assert dialog.server.text().endswith("/sock") and dialog.user.text() == ROLE  # (the parts)
    new = taken_over(qtbot, window)
    assert new.lib.on_server and not new.lib.read_only
    assert new.lib.location == display_url(team_url)
    assert not window.isVisible() and review_library.closed  # its writer lock let go
    qtbot.waitUntil(lambda: new.status_document.text() == "harbour")
    recent = libraries.recent_libraries(settings)
    assert recent[:2] == [display_url(team_url), review_library.root.resolve()]
    new.library_menu.fill_recent()
    [entry] = [a for a in new.library_menu.recent.actions() if a.text() == display_url(team_url)]
    assert entry.isChecked() and not entry.isEnabled()  # the one open now
    new.close()
    assert SECRET not in settings_text(settings)
    assert ROLE in settings_text(settings)  # (what it says is there)


def recent_entry(window: MainWindow, text: str) -> QAction:
    window.library_menu.fill_recent()
    [entry] = [a for a in window.library_menu.recent.actions() if a.text() == text]
    return entry


def test_a_recent_team_library_asks_for_its_password_only_when_none_is_given(
    qtbot: QtBot,
    review_library: Library,
    settings: S.Settings,
    team_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[str] = []  # what the dialog says, shown or not
    say = TeamLibraryDialog._say

    def noted(dialog: TeamLibraryDialog, text: str) -> None:
        said.append(text)
        say(dialog, text)

    monkeypatch.setattr(TeamLibraryDialog, "_say", noted)
    shown = display_url(team_url)
    libraries.remember_library(settings, team_url)
    window = make_window(qtbot, review_library, settings)
    pgpass = tmp_path / "pgpass"  # ~/.pgpass, as docs/team.md has it
    pgpass.write_text(f"*:*:*:{ROLE}:{SECRET}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    recent_entry(window, shown).trigger()
    new = taken_over(qtbot, window)  # opened with ~/.pgpass's password: nothing asked
    assert new.lib.location == shown
    assert said == [f"Connecting to {shown}…"]

    recent_entry(new, str(review_library.root)).trigger()  # to the folder library again
    again = taken_over(qtbot, new)
    assert again.lib.root == review_library.root and not again.lib.on_server
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))  # now nothing gives it
    recent_entry(again, shown).trigger()
    dialog = the_dialog(qtbot, again)  # the server asks for a password: so does the dialog
    qtbot.waitUntil(lambda: not dialog.connecting, timeout=30_000)
    asked = f"The server of {shown} asks for a password: type it and press Open."
    assert dialog.status.text() == asked
    assert dialog.address.text() == shown and dialog.password.hasFocus()
    assert again.isVisible() and not again.lib.closed  # still on its library meanwhile
    qtbot.keyClicks(dialog.password, SECRET)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    last = taken_over(qtbot, again)
    assert last.lib.location == shown and not last.lib.read_only
    last.close()
    assert SECRET not in settings_text(settings)


def test_a_wrong_password_is_said_as_the_command_line_says_it_and_the_library_stays_open(
    qtbot: QtBot,
    review_library: Library,
    settings: S.Settings,
    team_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    wrong = "not-" + SECRET
    window = make_window(qtbot, review_library, settings)
    window.library_menu.team_action.trigger()
    dialog = the_dialog(qtbot, window)
    answer(qtbot, dialog, team_url, wrong)
    qtbot.waitUntil(lambda: not dialog.connecting, timeout=30_000)
    with_wrong = team_url.replace(f"{ROLE}@", f"{ROLE}:{wrong.replace('&', '%26')}@")
    assert main(["--library", with_wrong, "list"]) == 1
    said = capsys.readouterr().err.strip().removeprefix("redline: ")
    assert "password authentication failed" in said
    assert dialog.status.text() == said  # the command line's sentence, word for word
    assert wrong not in said and dialog.isVisible()
    assert dialog.password.hasFocus() and dialog.password.selectedText() == wrong  # to retype
    assert window.isVisible() and window.lib is review_library and not review_library.closed
    assert successor(window) is None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel: the dialog goes, nothing else
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert window.library_model.rowCount() == 1 and not review_library.read_only
    assert SECRET not in settings_text(settings) and wrong not in settings_text(settings)
    assert wrong not in "".join(p.read_text() for p in log_folder().glob("*.log*"))


def test_connecting_waits_off_the_windows_thread_and_cancel_leaves_the_library_open(
    qtbot: QtBot, pg_server: PgServer, review_library: Library, settings: S.Settings, team_url: str
) -> None:
    """Through a link holding each request 0.3 s, opening takes seconds: meanwhile the window's
    thread turns its event loop and the dialog says it is connecting; Cancel stops waiting
    (the form comes back), the window stays on its library, and the connection opened for it
    is closed once it comes."""
    link = SlowLink(pg_server, delay_s=0.3)
    dbname = team_url.split("/")[3].split("?")[0]
    slow = link.url(dbname, user="redline")  # (TCP to the link: the server trusts it)
    window = make_window(qtbot, review_library, settings)
    window.library_menu.team_action.trigger()
    dialog = the_dialog(qtbot, window)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    answer(qtbot, dialog, slow, "")
    assert dialog.connecting and dialog.busy.isVisible()
    assert dialog.status.text() == f"Connecting to {display_url(slow)}…"
    assert not dialog.open_button.isEnabled()
    qtbot.wait(700)
    assert len(ticks) > 10 and dialog.connecting  # the window's thread turned meanwhile
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel: stop waiting
    assert not dialog.connecting and dialog.isVisible() and dialog.open_button.isEnabled()
    assert dialog.status.text().startswith("Stopped waiting for")
    timer.stop()
    qtbot.waitUntil(lambda: opening_runner().pending() == 0, timeout=60_000)

    def redline_sessions() -> int:
        with psycopg.connect(team_url.replace(f"{ROLE}@", "redline@"), autocommit=True) as c:
            row = c.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND application_name = 'redline'", (dbname,)
            ).fetchone()  # fmt: skip
            return int(row[0]) if row else 0

    qtbot.waitUntil(lambda: redline_sessions() == 0, timeout=30_000)  # closed, not kept
    assert successor(window) is None and window.lib is review_library
    assert not review_library.closed and window.isVisible()
    dialog.reject()
    link.close()


AT_SECRET = "p@ss:w/rd%9"  # (as a password manager makes them: "@", ":", "/" and "%")


def test_a_password_holding_an_at_sign_is_taken_whole_pasted_or_typed(
    qtbot: QtBot, pg_server: PgServer, pg_library_url: str
) -> None:
    """The walk pasted postgresql://bob:p@ss:w/rd%9@host:port/team: the address kept the whole
    password in clear and Open said its port was no number; typed key by key, the password was
    taken out at its first "@" and the rest of it became the user name ("bob@ss"), in two
    fields and the server's log. Now the host follows the last "@", the password goes whole into
    its hidden field (pasted: at once; typed: as the address is left), and the library opens."""
    pg_server.password_role("at_reviewer", AT_SECRET)
    with psycopg.connect(pg_library_url, autocommit=True) as conn:
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO at_reviewer")
    plain = display_url(pg_library_url).replace("redline@", "at_reviewer@")
    head, _, rest = plain.partition("at_reviewer@")
    written = f"{head}at_reviewer:{AT_SECRET}@{rest}"  # (the password unescaped)
    for how in ("pasted", "typed"):
        dialog = TeamLibraryDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.address.setFocus()
        if how == "pasted":
            QApplication.clipboard().setText(written)
            qtbot.keyClick(dialog.address, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        else:
            qtbot.keyClicks(dialog.address, written)
            assert dialog.address.text() == written  # (not rewritten under the person's keys)
            qtbot.keyClick(dialog.address, Qt.Key.Key_Tab)  # the address left
        assert dialog.password.text() == AT_SECRET, how
        assert dialog.user.text() == "at_reviewer" and "ss" not in dialog.server.text()
        assert dialog.address.text() == plain and "p@ss" not in dialog.address.text()
        location = dialog.parts().location(dialog.password.text())
        with Library.open(location, read_only=True) as lib:  # what Open connects to
            assert lib.read_only
        dialog.password.clear()
