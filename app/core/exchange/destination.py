"""Where an export may write, and writing there so that nothing is half-done or destroyed.

An export never writes inside a Redline library folder (its database, its sources, its backups:
``-o LIBRARY/library.sqlite`` once turned the database into JSON). A file target is a new name
or an existing regular file, replaced only when asked (``--force``, or yes in the window), and
keeping its mode; a symbolic link, folder, device or pipe is refused rather than replaced by a
plain file. Files are written to a hidden temporary name beside the target that carries the
writing process's id: a temporary left by a killed export is removed by the next export there
(its process is gone), never one that a running export is still writing.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from app.core.errors import RedlineError
from app.core.library import DB_NAME, SOURCES
from app.core.scratch import alive
from app.core.wording import translate


class DestinationError(RedlineError):
    """An export target Redline will not write (the message says why, in one line)."""


class DestinationExists(DestinationError):
    """The target exists and replacing it was not asked for."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} exists; use --force to replace it")
        self.path = path


def library_holding(path: Path) -> Path | None:
    """The Redline library folder that ``path`` is (or lies inside), following links."""
    real = Path(os.path.realpath(path))
    for folder in (real, *real.parents):
        if (folder / DB_NAME).is_file() and (folder / SOURCES).is_dir():
            return folder
    return None


def refuse_library(folder: Path, target: Path) -> None:
    """Refuse ``target`` when ``folder`` (where it would be written) is, or lies inside, a
    library."""
    root = library_holding(folder)
    if root is not None:
        raise DestinationError(
            translate(
                "Redline",
                "{target} is inside the Redline library at {root}; export to a place outside it",
            ).format(target=target, root=root)
        )


def check_file(path: Path, *, overwrite: bool) -> os.stat_result | None:
    """Check a file target; return the existing file's status (None for a new name)."""
    refuse_library(path.parent, path)
    try:
        st = path.lstat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DestinationError(
            translate("Redline", "cannot write {path}: {value}").format(
                path=path, value=exc.strerror or exc
            )
        ) from exc
    if stat.S_ISLNK(st.st_mode):
        raise DestinationError(
            translate(
                "Redline", "{path} is a symbolic link; name the file itself or a new name"
            ).format(path=path)
        )
    if not stat.S_ISREG(st.st_mode):
        what = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file"
        raise DestinationError(
            translate("Redline", "{path} is {what}; name a new file or an existing one").format(
                path=path, what=what
            )
        )
    if not overwrite:
        raise DestinationExists(path)
    return st


def check_folder(folder: Path) -> None:
    """Check a folder an export writes files or folders into (it may not exist yet)."""
    refuse_library(folder, folder)
    if folder.exists() and not folder.is_dir():
        raise DestinationError(
            translate("Redline", "{folder} is not a folder").format(folder=folder)
        )


def make_folder(folder: Path) -> None:
    """Create the (checked) folder an export writes into, with its parents."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DestinationError(
            translate("Redline", "cannot make the folder {folder}: {value}").format(
                folder=folder, value=exc.strerror or exc
            )
        ) from exc


@contextmanager
def made_folder(folder: Path) -> Iterator[Path]:
    """:func:`make_folder`, and every folder it made (``folder`` and the parents that were
    missing) removed again, deepest first and while empty, if the block fails: an export that
    wrote nothing leaves nothing behind that was not there before."""
    missing = [f for f in (folder, *folder.parents) if not f.exists()]
    make_folder(folder)
    try:
        yield folder
    except BaseException:
        for made in missing:  # (deepest first)
            try:
                made.rmdir()  # (only if empty)
            except OSError:
                break  # (not empty: what holds it was not ours to remove)
        raise


def check_folder_entry(path: Path, *, overwrite: bool) -> None:
    """Check one folder an export writes whole (replaced when it exists and that was asked)."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(st.st_mode):
        raise DestinationError(
            translate("Redline", "{path} exists and is not a folder; move it away first").format(
                path=path
            )
        )
    if not overwrite:
        raise DestinationExists(path)


# .<target name>.<pid>.<random>.part
_PART = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{12}\.part$")


def part_path(path: Path) -> Path:
    """A hidden temporary name beside ``path``, carrying this process's id."""
    return path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:12]}.part")


def sweep_parts(folder: Path, name: str | None = None) -> int:
    """Remove temporaries in ``folder`` (of target ``name`` only, if given) left by exports whose
    process is gone; return how many."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        m = _PART.match(entry.name)
        if m is None or (name is not None and m["name"] != name) or alive(int(m["pid"])):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed += 1
        except OSError:
            pass
    return removed


def _keep_status(tmp: Path, old: os.stat_result | None) -> None:
    if old is None:
        return
    os.chmod(tmp, stat.S_IMODE(old.st_mode))
    if hasattr(os, "chown") and old.st_uid != os.getuid():
        with suppress(PermissionError):
            os.chown(tmp, old.st_uid, old.st_gid)


@contextmanager
def atomic_file(path: Path, *, overwrite: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it only when the block succeeds.

    The target is checked first (see the module doc); a failed or cancelled export leaves no
    partial file, and a write error becomes a :class:`DestinationError`.
    """
    old = check_file(path, overwrite=overwrite)
    sweep_parts(path.parent, path.name)
    tmp = part_path(path)
    try:
        yield tmp
        _keep_status(tmp, old)
        os.replace(tmp, path)
    except OSError as exc:
        raise DestinationError(
            translate("Redline", "cannot write {path}: {value}").format(
                path=path, value=exc.strerror or exc
            )
        ) from exc
    finally:  # (on a read-only disk the unlink itself fails: the reason above is what to say)
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
