"""Backups and ``restore`` beside the sweep of a writer's open: a source that a backup names is
never swept, so a library restored to a backup older than an import, then put back again,
still has every document's file; a backup cut short is swept, never left looking whole."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.core.backups import BackupError, backup_library, restore_library
from app.core.documents.ingest import import_file
from app.core.library import Library
from tests.builders import make_text_pdf


def _shas(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {str(r[0]) for r in conn.execute("SELECT source_sha256 FROM documents")}
    finally:
        conn.close()


def test_a_restore_keeps_the_sources_of_what_it_takes_back(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as lib:
        assert import_file(lib, make_text_pdf(tmp_path / "a.pdf", ["first"])).ok
        backup = backup_library(lib, "merge")
        assert import_file(lib, make_text_pdf(tmp_path / "b.pdf", ["second"])).ok
    both = _shas(root / "library.sqlite")
    assert len(both) == 2
    orphan = root / "sources" / ("cd" * 32)  # an import killed before its commit: swept
    orphan.write_bytes(b"%PDF- nobody names it")

    restored = restore_library(root, backup)  # the library no longer names b.pdf
    with Library.open(root) as lib:  # a writer's open sweeps (the restore's own open did)
        assert lib.swept == []
    assert not orphan.exists()
    assert len(_shas(root / "library.sqlite")) == 1
    assert {p.name for p in (root / "sources").iterdir()} == both  # b.pdf's file is kept

    restore_library(root, restored.previous)  # the restore undone: b.pdf is back, whole
    with Library.open(root) as lib:
        assert lib.swept == []
    assert _shas(root / "library.sqlite") == both
    for sha in both:
        assert (root / "sources" / sha).read_bytes().startswith(b"%PDF")


def test_a_backup_that_cannot_be_read_keeps_every_source(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as lib:
        assert import_file(lib, make_text_pdf(tmp_path / "a.pdf")).ok
    (root / "backups").mkdir()
    (root / "backups" / "library-merge-x.sqlite").write_bytes(b"not a database" * 100)
    orphan = root / "sources" / ("ab" * 32)
    orphan.write_bytes(b"%PDF-")
    with Library.open(root) as lib:
        assert lib.swept == []
    assert orphan.exists()


def test_a_backup_cut_short_is_a_part_file_the_next_open_sweeps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "lib"

    def killed(src: object, dst: object) -> None:  # the process dies before the rename
        raise SystemExit(9)

    with Library.open(root) as lib:
        assert import_file(lib, make_text_pdf(tmp_path / "a.pdf")).ok
        monkeypatch.setattr(os, "replace", killed)
        with pytest.raises(SystemExit):
            backup_library(lib, "merge")
        monkeypatch.undo()
    [left] = (root / "backups").iterdir()
    assert left.name.startswith(".library-merge-") and left.name.endswith(".part")
    with sqlite3.connect(left) as conn:  # the copy itself was whole, only not yet renamed
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (1,)
    with Library.open(root) as lib:
        assert lib.swept == [left.name]
    assert list((root / "backups").iterdir()) == []
    with Library.open(root) as lib:  # and a backup that is whole is a backup
        made = backup_library(lib, "merge")
    assert made.name.startswith("library-merge-") and made.suffix == ".sqlite"
    with pytest.raises(BackupError, match="that is the library itself"):
        restore_library(root, root / "library.sqlite")


def test_a_backup_the_disk_refuses_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only disk refuses the copy and the clean-up of its temporary: the copy's reason is
    the one said (a BackupError), not the clean-up's exception in its place."""
    import errno

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    with Library.open(tmp_path / "lib") as lib:
        assert import_file(lib, make_text_pdf(tmp_path / "a.pdf")).ok
        monkeypatch.setattr(os, "replace", read_only)
        monkeypatch.setattr(Path, "unlink", read_only)
        with pytest.raises(BackupError, match=r"cannot be written \(a read-only file"):
            backup_library(lib, "merge")


def test_a_backup_on_a_full_disk_is_said_in_a_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`redline import-annotations` on a full disk printed SQLAlchemy's whole text: "(sqlite3.
    OperationalError) database or disk is full [SQL: VACUUM INTO ?] (Background on this error
    at: https://sqlalche.me/…)". It is said as a full disk is said everywhere else."""
    from sqlalchemy.engine import Connection
    from sqlalchemy.exc import OperationalError

    def full(*args: object, **kwargs: object) -> None:
        raise OperationalError(
            "VACUUM INTO ?", (), sqlite3.OperationalError("database or disk is full")
        )

    with Library.open(tmp_path / "lib") as lib:
        assert import_file(lib, make_text_pdf(tmp_path / "a.pdf")).ok
        monkeypatch.setattr(Connection, "exec_driver_sql", full)
        with pytest.raises(BackupError) as raised:
            backup_library(lib, "merge")
    said = str(raised.value)
    assert said.startswith("The disk holding the library at ") and "is full" in said
    assert "SQL" not in said and "sqlalche.me" not in said
