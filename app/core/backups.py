"""Copies of a library's database in its ``backups/`` folder, and putting one back.

A merge on the command line copies the library first (``VACUUM INTO``, as an upgrade does), so
that ``redline restore BACKUP`` can undo it. Restoring copies the library as it is now to
``backups/`` too (a restore can be undone the same way), then puts the backup's pages in place
with SQLite's online backup, inside the writer lock. The sources (``sources/``) are never
touched, and the sweep of a writer's open keeps every source a backup names
(:func:`app.core.library.sweep_library`): every document a backup names is still there when
it is put back, and so is every document of the copy a restore made first.

After a restore the library counts its changes under a new id: the numbers it used since the
backup may already travel in other libraries' sets, and must not be used again for other
changes (see :mod:`app.core.annotating.revisions`).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DatabaseError, SQLAlchemyError

from app.core.errors import RedlineError
from app.core.library import BACKUPS, DB_NAME, Library, storage_error, storage_os_error
from app.core.wording import translate

REQUIRED_TABLES = {"documents", "pages", "annotations", "tags", "alembic_version"}


class BackupError(RedlineError):
    """A backup that cannot be written or put back as asked; the library is unchanged."""


def backup_library(lib: Library, label: str) -> Path:
    """Copy ``lib``'s database to ``backups/library-<label>-<UTC time>.sqlite``; its path.

    Written under a temporary name and renamed when whole, as an upgrade's backup is: a copy
    cut short (a kill, a full disk) is a ``.part`` the next writer's open sweeps, never a
    backup that looks whole (:func:`app.core.library.sweep_library`)."""
    folder = lib.root / BACKUPS
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = folder / f"library-{label}-{stamp}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"library-{label}-{stamp}-{n}.sqlite"
    tmp = folder / f".{target.name}.{os.getpid()}.part"
    try:
        folder.mkdir(exist_ok=True)
        tmp.unlink(missing_ok=True)
        with lib.db.engine.connect() as conn:
            conn.exec_driver_sql("VACUUM INTO ?", (str(tmp),))
        os.replace(tmp, target)
    except (OSError, SQLAlchemyError) as exc:
        with suppress(OSError):  # (a read-only disk refuses this too: the reason is above)
            tmp.unlink(missing_ok=True)
        # a full or read-only disk said as everywhere else (it was SQLAlchemy's whole text:
        # "(sqlite3.OperationalError) database or disk is full [SQL: VACUUM INTO ?] …")
        known = (
            storage_error(lib.root, exc)
            if isinstance(exc, DatabaseError)
            else storage_os_error(lib.root, exc)
            if isinstance(exc, OSError)
            else None
        )
        if known is not None:
            raise BackupError(*known.args) from exc
        reason = exc.orig if isinstance(exc, DatabaseError) and exc.orig is not None else exc
        raise BackupError(
            translate("Redline", "cannot copy the library to {target}: {exc}").format(
                target=target, exc=reason
            )
        ) from exc
    return target


def find_backup(root: Path, name: str) -> Path:
    """A backup named on the command line: a path, or a file name in the library's backups."""
    path = Path(name).expanduser()
    if not path.exists() and (root / BACKUPS / path.name).exists():
        path = root / BACKUPS / path.name
    if not path.is_file():
        raise BackupError(translate("Redline", "there is no backup at {name}").format(name=name))
    return path


def _check(path: Path) -> None:
    try:
        with sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as exc:
        raise BackupError(
            translate("Redline", "{name} is not a Redline library backup: {exc}").format(
                name=path.name, exc=exc
            )
        ) from exc
    if not tables >= REQUIRED_TABLES:
        raise BackupError(
            translate("Redline", "{name} is not a Redline library backup").format(name=path.name)
        )
    if ok != "ok":
        raise BackupError(
            translate("Redline", "{name} is damaged ({ok}); nothing was restored").format(
                name=path.name, ok=ok
            )
        )


@dataclass(frozen=True)
class Restored:
    """A restore: from which backup, and where the library as it was went first."""

    backup: Path
    previous: Path


def restore_library(root: Path, backup: Path) -> Restored:
    """Put the library at ``root`` back to ``backup`` (a copy of it as it is goes to
    ``backups/`` first). The library is checked and upgraded when it is opened next."""
    _check(backup)
    if backup.resolve() == (root / DB_NAME).resolve():
        raise BackupError(translate("Redline", "that is the library itself, not a backup of it"))
    lib = Library.open(root)
    try:
        previous = backup_library(lib, "before-restore")
        lib.db.engine.dispose()  # no pooled connection may hold the old pages
        raw = sqlite3.connect(str(root / DB_NAME))
        try:
            with sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True) as source:
                source.backup(raw)
        except sqlite3.Error as exc:
            raise BackupError(
                translate("Redline", "cannot restore {name}: {exc}").format(
                    name=backup.name, exc=exc
                )
            ) from exc
        finally:
            raw.close()
    finally:
        lib.close()
    with Library.open(root) as reopened, reopened.transaction() as session:
        session.connection().exec_driver_sql(
            "DELETE FROM library_meta WHERE key = 'replica_id'"
        )  # see the module doc: its next change counts under a new id
    return Restored(backup, previous)
