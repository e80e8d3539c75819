"""Engine settings and the one-writer rule."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import Database, LibraryLockedError, integrity_check, open_database


def test_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "library.sqlite", app_version="t")
    with db.transaction() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar_one() >= 1000
        assert s.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    assert integrity_check(db.engine) == "ok"
    db.close()


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    db = open_database(tmp_path / "library.sqlite", app_version="t")
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.execute(text("INSERT INTO library_meta (key, value) VALUES ('k', 'v')"))
        raise RuntimeError("boom")
    with db.transaction() as s:
        assert s.execute(text("SELECT count(*) FROM library_meta WHERE key='k'")).scalar() == 0
    db.close()


_HOLD = """
import sys, time
from pathlib import Path
from db.engine import open_database
db = open_database(Path(sys.argv[1]), app_version="t")
print("ready", flush=True)
sys.stdin.readline()
db.close()
"""


def test_second_writer_gets_read_only_or_a_clear_refusal(tmp_path: Path) -> None:
    db_path = tmp_path / "library.sqlite"
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(LibraryLockedError, match="open for writing in another"):
            open_database(db_path, app_version="t")
        reader = open_database(db_path, app_version="t", allow_read_only=True)
        assert reader.read_only
        with reader.session() as s:
            assert s.execute(text("SELECT count(*) FROM documents")).scalar() == 0
            with pytest.raises(Exception, match="readonly"):
                s.execute(text("INSERT INTO library_meta (key, value) VALUES ('x', 'y')"))
        reader.close()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
    # Once the writer has gone, the library opens for writing again.
    open_database(db_path, app_version="t").close()


def test_a_writer_opened_on_one_thread_lets_go_of_its_lock_when_closed_on_another(
    tmp_path: Path,
) -> None:
    """The window opens a library on a thread of its own and closes it on its own thread (or
    the other way round, for one nobody waits for): filelock's locks were the thread's that took
    them by default, and a close elsewhere let nothing go, so the library stayed locked."""
    db_path = tmp_path / "library.sqlite"
    opened: list[object] = []
    opener = threading.Thread(target=lambda: opened.append(open_database(db_path, app_version="t")))
    opener.start()
    opener.join()
    [db] = opened
    assert isinstance(db, Database) and not db.read_only
    db.close()  # (on this thread)
    again = open_database(db_path, app_version="t")  # for writing: nobody holds the lock
    assert not again.read_only
    closer = threading.Thread(target=again.close)
    closer.start()
    closer.join()
    open_database(db_path, app_version="t").close()


def test_a_checkpoint_that_fails_on_close_is_one_plain_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A full disk at close: the WAL keeps what was committed; the warning says so in the
    database's words, without SQLAlchemy's SQL and link (which the command printed, 3 lines)."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    db = open_database(tmp_path / "library.sqlite", app_version="t")

    def full() -> None:
        error = sqlite3.OperationalError("database or disk is full")
        raise OperationalError("PRAGMA wal_checkpoint(TRUNCATE)", {}, error)

    monkeypatch.setattr(db, "checkpoint", full)
    with caplog.at_level("WARNING", logger="db.engine"):
        db.close()
    [said] = [r.getMessage() for r in caplog.records if r.name == "db.engine"]
    assert "(database or disk is full)" in said and "nothing is lost" in said
    assert "SQL" not in said and "sqlalche" not in said and "\n" not in said


def test_a_snapshot_of_a_folder_library_sees_one_moment(tmp_path: Path) -> None:
    """(SQLite's driver begins no transaction for reads: each statement saw the library as it
    was then, so a page's parts, or an export's, could disagree after another thread's write.)"""
    from app.core.library import Library

    lib = Library.open(tmp_path / "lib")
    count = "SELECT count(*) FROM library_meta"
    with lib.snapshot() as s:
        before = s.connection().exec_driver_sql(count).scalar_one()
        with lib.writing() as w:  # (the window's thread writes while the worker reads)
            w.exec_driver_sql("INSERT INTO library_meta (key, value) VALUES ('meanwhile', '')")
        assert s.connection().exec_driver_sql(count).scalar_one() == before
    with lib.reading() as s:
        assert s.connection().exec_driver_sql(count).scalar_one() == before + 1
    lib.close()
