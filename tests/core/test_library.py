"""Opening a library: what a killed process left is swept by the next writer; storage errors
and read-only libraries are said as such."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from app.core.documents.ingest import import_file
from app.core.errors import LibraryError
from app.core.library import Library, storage_error, upgrade_due
from tests.builders import make_text_pdf
from tests.core.helpers import older_library


def test_the_writer_sweeps_orphans_and_temporaries_and_nothing_else(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as lib:
        kept = import_file(lib, make_text_pdf(tmp_path / "a.pdf"))
    sources = root / "sources"
    orphan = sources / ("ab" * 32)  # copied by an import killed before its commit
    orphan.write_bytes(b"%PDF- a scan nobody names")
    incoming = sources / ".incoming-0123"
    incoming.write_bytes(b"half a copy")
    dangling = sources / ".incoming-link"
    dangling.symlink_to(tmp_path / "gone.pdf")
    (root / "backups").mkdir()
    half_backup = root / "backups" / ".library-0001-x.sqlite.77.part"
    half_backup.write_bytes(b"half")
    its_journal = root / "backups" / ".library-0001-x.sqlite.77.part-journal"
    its_journal.write_bytes(b"journal")  # SQLite's, beside a backup killed while it wrote
    mine = sources / "notes.txt"  # not a name Redline writes: left alone
    mine.write_text("mine")
    with Library.open(root, read_only=True):  # a reader sweeps nothing
        assert orphan.exists() and incoming.exists()
    with Library.open(root):
        pass
    assert kept.ok
    assert sorted(p.name for p in sources.iterdir()) == sorted([mine.name, *_shas(root)])
    assert not half_backup.exists() and not its_journal.exists() and not dangling.is_symlink()


def _shas(root: Path) -> set[str]:
    conn = sqlite3.connect(root / "library.sqlite")
    try:
        return {r[0] for r in conn.execute("SELECT source_sha256 FROM documents")}
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("reason", "says"),
    [
        ("database or disk is full", "is full; nothing was changed"),
        ("attempt to write a readonly database", "cannot be written"),
        ("database is locked", "busy in another process"),
        ("disk I/O error", "failed to read or write"),
    ],
)
def test_storage_errors_are_said_as_such(tmp_path: Path, reason: str, says: str) -> None:
    error = storage_error(
        tmp_path, OperationalError("INSERT", {}, sqlite3.OperationalError(reason))
    )
    assert isinstance(error, LibraryError) and says in str(error) and str(tmp_path) in str(error)
    other = OperationalError("SELECT", {}, sqlite3.OperationalError("no such column: x"))
    assert storage_error(tmp_path, other) is None


def test_a_read_only_library_says_why(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    Library.open(root).close()
    with (
        Library.open(root, read_only=True) as lib,
        pytest.raises(LibraryError) as err,
        lib.transaction(),
    ):
        pass
    assert "open read-only (it was opened for reading)" in str(err.value)


class _Refused(Exception):
    def __init__(self, text: str, sqlstate: str) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


def _server_said(text: str, sqlstate: str) -> LibraryError:
    from sqlalchemy.exc import OperationalError

    from app.core.library import server_error

    return server_error(
        "postgresql://archive/cables", OperationalError("", {}, _Refused(text, sqlstate))
    )


def test_a_run_the_server_stopped_is_not_said_to_have_changed_nothing() -> None:
    """`redline ocr` said "…cannot be reached (…); nothing was changed." and then "stopped;
    the 3 pages read before it keep their new text"; detection the same of its documents."""
    from app.core.detection.run import DetectionStopped
    from app.core.ocr.run import OcrReport, OcrStopped

    gone = _server_said("terminating connection due to administrator command", "57P01")
    assert str(gone).endswith("; nothing was changed.")  # (a single change: true and useful)
    for stop in (DetectionStopped(gone, None), OcrStopped(gone, OcrReport())):
        assert str(stop) == (
            "The server holding postgresql://archive/cables cannot be reached (terminating "
            "connection due to administrator command)."
        )
    full = _server_said("could not extend file", "53100")
    assert str(DetectionStopped(full, None)).endswith("has no disk space left.")


def test_an_upgrade_due_is_told_up_front(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the window says while it opens a library: whether it backs it up and upgrades it."""
    old = older_library(tmp_path / "old")
    assert upgrade_due(old)
    monkeypatch.chdir(tmp_path)
    assert upgrade_due(Path("old"))  # (a folder named as typed)
    assert not upgrade_due(tmp_path / "nothing-here")
    with Library.open(tmp_path / "current"):
        assert not upgrade_due(tmp_path / "current")
    with Library.open(old) as lib:  # (upgraded now)
        assert not lib.read_only
    assert not upgrade_due(old)
    with sqlite3.connect(old / "library.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")  # a newer Redline's
    assert not upgrade_due(old)
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "library.sqlite").write_bytes(b"not a database" * 100)
    assert not upgrade_due(damaged)


def test_a_connection_lost_is_said_so_in_any_language() -> None:
    """A connection the server closed under a query (the network down) carries no SQLSTATE;
    it was known by the word "connection" in libpq's English, so a libpq speaking the person's
    language (German: "Server hat die Verbindung unerwartet geschlossen") said the server
    "refused the change". SQLAlchemy's own judgement (the connection broken) tells it."""
    from app.core.library import server_error

    lost = OperationalError(
        "", {}, _Refused("Server hat die Verbindung unerwartet geschlossen", ""),
        connection_invalidated=True,
    )  # fmt: skip
    said = str(server_error("postgresql://archive/cables", lost))
    assert said.startswith("The server holding postgresql://archive/cables cannot be reached")
    assert said.endswith("; nothing was changed.")
