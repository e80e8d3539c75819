"""A team library's refusals at connect time said right whatever language the server and the
client speak: a refused login, a password wanted, no such database, no such role, a server
away. They carry no SQLSTATE through psycopg, and were told apart by the English of libpq and
the server ("password authentication failed", "does not exist", "connection"): a German server
(``lc_messages``) or a French client (libpq translated by ``LANG``) got a wrong sentence."""

from __future__ import annotations

import ctypes.util
import glob
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.errors import LibraryError, LoginRefused, PasswordNeeded
from app.core.library import Library
from tests.pg_helpers import PgServer, compiled_locales, postgres_bindir

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def locales() -> Path:
    folder = compiled_locales("de_DE.UTF-8", "fr_FR.UTF-8")
    if folder is None:
        pytest.skip("localedef or the locales package's sources (de_DE, fr_FR) are missing")
    return folder


@pytest.fixture(scope="module")
def german_server(locales: Path) -> Iterator[PgServer]:
    """A server of its own whose messages are German (a role that must give a password too)."""
    bindir = postgres_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    server = PgServer(bindir, settings=("lc_messages=de_DE.UTF-8",), env={"LOCPATH": str(locales)})
    server.start()
    try:
        server.password_role("pw_de", "richtig")
        server.admin("CREATE DATABASE redline_de")
        yield server
    finally:
        server.stop()


@pytest.fixture
def no_password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)


def _refusal(location: str) -> LibraryError:
    with pytest.raises(LibraryError) as refused:
        Library.open(location, read_only=True)
    return refused.value


def test_a_german_server_s_refusals_are_told_apart(
    german_server: PgServer, no_password_file: None
) -> None:
    """A wrong password "cannot be reached … (Passwort-Authentifizierung … fehlgeschlagen)", and
    no such database "refused the change": each is said as it is, in the window's words."""
    pw = german_server.url("redline_de", user="pw_de")
    wrong = _refusal(pw.replace("pw_de@", "pw_de:falsch@"))
    assert "fehlgeschlagen" in str(wrong)  # (the server did speak German)
    assert isinstance(wrong, LoginRefused) and not isinstance(wrong, PasswordNeeded)
    assert str(wrong).startswith("The server refused the login to postgresql://pw_de@/")
    assert "falsch" not in str(wrong)
    wanted = _refusal(pw)
    assert isinstance(wanted, PasswordNeeded)
    no_role = _refusal(german_server.url("redline_de", user="niemand"))
    assert isinstance(no_role, LoginRefused) and "refused the login" in str(no_role)
    for missing in (
        german_server.url("keine_db"),
        pw.replace("pw_de@", "pw_de:richtig@").replace("/redline_de?", "/keine_db?"),
    ):
        said = _refusal(missing)
        assert "existiert nicht" in str(said)
        assert str(said).startswith("The server has no database for postgresql://")
        assert not isinstance(said, LoginRefused)
    for said in (wrong, wanted, no_role):
        assert "cannot be reached" not in str(said) and "28P01" not in str(said)


_CLIENT = """
import json, locale, sys
locale.setlocale(locale.LC_ALL, "")  # (as Qt does in the window: libpq then translates)
from app.core.library import Library
from app.core.errors import LibraryError, LoginRefused
said = {}
for name, location in json.loads(sys.argv[1]).items():
    try:
        Library.open(location, read_only=True).close()
    except LibraryError as exc:
        said[name] = [str(exc), isinstance(exc, LoginRefused)]
print(json.dumps(said))
"""


def test_a_french_client_s_refusals_are_told_apart(
    german_server: PgServer, locales: Path, tmp_path: Path
) -> None:
    """libpq translates its own words by the process's locale (the window sets it from LANG):
    "la connexion au serveur … a échoué" has no "connection" in it, so a server away "refused
    the change". The wheel's libpq has no translations: the system's is loaded (psycopg's
    ctypes implementation), as a distribution's psycopg does."""
    if ctypes.util.find_library("pq") is None or not glob.glob(
        "/usr/share/locale/fr/LC_MESSAGES/libpq5*.mo"
    ):
        pytest.skip("the system's libpq, with its French messages, is not installed")
    away = tmp_path / "no-server"
    away.mkdir()
    places = {
        "away": f"postgresql://redline@/redline_de?host={away}",
        "no database": german_server.url("keine_db"),
        "wrong password": german_server.url("redline_de", user="pw_de:falsch"),
    }
    env = {
        **os.environ,
        "PSYCOPG_IMPL": "python",
        "LANG": "fr_FR.UTF-8",
        "LC_ALL": "fr_FR.UTF-8",
        "LOCPATH": str(locales),
        "PGPASSFILE": str(tmp_path / "no-pgpass"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("PGPASSWORD", None)
    done = subprocess.run(
        [sys.executable, "-c", _CLIENT, json.dumps(places)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    away_said, _ = said["away"]
    assert "a échoué" in away_said  # (libpq did speak French)
    assert "cannot be reached" in away_said
    assert said["no database"][0].startswith("The server has no database for ")
    assert said["wrong password"][0].startswith("The server refused the login to ")
    assert said["wrong password"][1]  # (a LoginRefused: the window asks again)


def test_where_libpq_cannot_be_asked_for_codes_a_refusal_is_still_no_server_away(
    german_server: PgServer,
    pg_server: PgServer,
    no_password_file: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A libpq whose error verbosity cannot be set (db.pg_connect): the server's answer is known
    by its form, said as a refusal, its words as they came; an English one as ever."""
    import db.pg_connect

    monkeypatch.setattr(db.pg_connect, "_verbosity", lambda: None)
    wrong = _refusal(german_server.url("redline_de", user="pw_de:falsch"))
    assert str(wrong).startswith("The server holding postgresql://pw_de@/")
    assert " refused the connection: " in str(wrong) and "fehlgeschlagen" in str(wrong)
    assert isinstance(_refusal(german_server.url("redline_de", user="pw_de")), PasswordNeeded)
    missing = _refusal(pg_server.url("no_such_database"))
    assert str(missing).startswith("The server has no database for ")


def test_a_psycopg_whose_connect_hook_is_not_known_is_connected_to_as_it_does_it(
    german_server: PgServer, no_password_file: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """db.pg_connect copies psycopg 3.3's private connection generator: another version (its
    loop may differ) connects through its own, and its failures are read by their form."""
    import db.pg_connect

    assert db.pg_connect._known_psycopg("3.3.9") and not db.pg_connect._known_psycopg("3.4.0")
    monkeypatch.setattr(db.pg_connect, "_known_psycopg", lambda: False)
    copied = []
    monkeypatch.setattr(db.pg_connect, "_connecting", lambda *a: copied.append(a))
    wrong = _refusal(german_server.url("redline_de", user="pw_de:falsch"))
    assert " refused the connection: " in str(wrong) and not copied
