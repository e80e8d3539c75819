"""db's refusals to open a library, worded for people (app.core.refusals): each a sentence of the
catalogues that names the library, without the database driver's English."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from filelock import FileLock

from app.core.errors import LibraryError
from app.core.library import Library
from app.core.refusals import worded
from app.core.wording import Message, said


def _refused(root: Path, **how: bool) -> LibraryError:
    with pytest.raises(LibraryError) as raised:
        Library.open(root, **how).close()
    return raised.value


def _sentence(error: BaseException) -> Message:
    message = said(worded(error))
    assert isinstance(message, Message)
    return message


def test_a_damaged_file_is_said_without_sqlites_words(tmp_path: Path) -> None:
    (tmp_path / "library.sqlite").write_bytes(os.urandom(20 * 1024))
    error = _refused(tmp_path, allow_read_only=True)
    assert "file is not a database" in str(error)  # (db's words, kept for the log)
    said_ = str(worded(error))
    assert said_.startswith(f"{tmp_path} is not a Redline library, or its database is damaged")
    assert "file is not a database" not in said_
    assert isinstance(worded(error), LibraryError)


def test_a_foreign_database_names_its_tables(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "library.sqlite") as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    message = _sentence(_refused(tmp_path))
    assert str(message) == (
        f"{tmp_path} is not a Redline library: its database holds other tables (recipes); "
        "choose another folder."
    )


def test_a_newer_library_names_both_versions(tmp_path: Path) -> None:
    Library.open(tmp_path).close()
    with sqlite3.connect(tmp_path / "library.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.execute("UPDATE library_meta SET value = '99.0' WHERE key = 'app_version'")
    text = str(_sentence(_refused(tmp_path)))
    assert text.startswith(f"The library at {tmp_path} was written by Redline 99.0 (schema 9999)")
    with sqlite3.connect(tmp_path / "library.sqlite") as conn:
        conn.execute("DELETE FROM library_meta WHERE key = 'app_version'")
    text = str(_sentence(_refused(tmp_path)))
    assert "written by a newer Redline (schema 9999)" in text


def test_a_library_another_process_writes_is_said_in_words(tmp_path: Path) -> None:
    Library.open(tmp_path).close()
    with FileLock(str(tmp_path / "library.lock")):
        message = _sentence(_refused(tmp_path))
    assert message.text.startswith("The library at {folder} is open for writing in another")
    assert message.args["folder"] == tmp_path


def test_no_library_yet_read_only(tmp_path: Path) -> None:
    message = _sentence(_refused(tmp_path / "none", read_only=True))
    assert str(message) == (
        f"There is no library at {tmp_path / 'none'} yet; add documents with `redline import PATH`."
    )


def test_other_errors_are_left_as_they_are() -> None:
    plain = LibraryError("something else")
    assert worded(plain) is plain
    bare = ValueError("x")
    assert worded(bare) is bare


def test_an_unreadable_server_address_is_a_sentence_of_the_catalogues() -> None:
    """db/server's refusals of an address (and of an upgrade it cannot back up) carry a kind:
    the window says them in its language (they reached the team library dialog in English)."""
    from db.server import ServerAddress, ServerError, display_url, parse_url

    for address, text in (
        ("postgresql://a@h:port/x", "Not a PostgreSQL library address: "),
        ("postgresql://a@dbhost", "The address postgresql://a@dbhost names no database"),
    ):
        with pytest.raises(ServerError) as raised:
            parse_url(address) if "port" not in address else ServerAddress.parse(address)
        message = _sentence(raised.value)
        assert message.text != str(raised.value) and str(message) == str(raised.value)
        assert str(message).startswith(text) and message.args["address"] == display_url(address)
