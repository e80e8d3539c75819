"""Scratch folders in the system's temporary folder, and the sweep of those a killed process left.

Publication checks, OCR and band reading write files beside them for a moment (poppler's renders,
a page image for Tesseract); a process killed meanwhile (a worker ended with its window, kill -9)
never removes its folder. :func:`scratch_dir` names each folder after the process that made it
(``redline-verify-<pid>-xxxx``), and :func:`sweep_scratch`, run when a library is opened for
writing, removes this user's folders whose process is gone. Folders named without a process id
(older versions, and the band reader's ``redline-bands-xxxx``) are removed once nothing in them
has changed for :data:`STALE_AFTER_S` (a day: no run of Redline writes to one that long).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

KINDS = ("verify", "ocr", "bands")  # what the folders are for (their names' second word)
STALE_AFTER_S = 24 * 3600
_NAME = re.compile(rf"redline-(?:{'|'.join(KINDS)})-(?:(\d+)-)?[\w]+")


def scratch_dir(kind: str) -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for ``kind`` of work (one of :data:`KINDS`), named after this process
    (removed when the ``with`` ends, or by the next sweep after this process is killed)."""
    assert kind in KINDS, kind
    return tempfile.TemporaryDirectory(prefix=f"redline-{kind}-{os.getpid()}-")


def alive(pid: int) -> bool:
    """Whether process ``pid`` runs (this one does; one of another user's counts: it cannot be
    signalled). Where there is no signal 0 (Windows), every process counts as running."""
    if os.name != "posix":
        return True
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _unchanged_since(folder: Path, cutoff: float) -> bool:
    """Whether nothing in ``folder`` changed at ``cutoff`` or after. Walks the folder only when
    the folder itself did not change since: a folder that did answers at once (the temporary
    folder of a busy machine holds hundreds of recent ones, and every library opened for writing
    sweeps it: walking all of them was 60 ms of `redline import`'s CPU on such a machine)."""
    if folder.lstat().st_mtime >= cutoff:
        return False
    for path in folder.rglob("*"):
        with contextlib.suppress(OSError):
            if path.lstat().st_mtime >= cutoff:
                return False
    return True


def _left_behind(folder: Path, now: float, pids: frozenset[int] | None = None) -> bool:
    match = _NAME.fullmatch(folder.name)
    if match is None or folder.is_symlink() or not folder.is_dir():
        return False
    if pids is not None and (match[1] is None or int(match[1]) not in pids):
        return False
    if hasattr(os, "getuid") and folder.lstat().st_uid != os.getuid():
        return False  # another user's
    if match[1] is not None and not alive(int(match[1])):
        return True
    return _unchanged_since(folder, now - STALE_AFTER_S)


def sweep_scratch(folder: Path | None = None, *, pids: Iterable[int] | None = None) -> list[str]:
    """Remove the scratch folders in ``folder`` (the system's temporary folder) that a process
    killed meanwhile left (only those of the processes ``pids``, when given: the workers a run
    just ended); return their names. Never raises: what cannot go stays."""
    where = Path(folder or tempfile.gettempdir())
    only = frozenset(pids) if pids is not None else None
    removed = []
    now = time.time()
    try:
        entries = [p for p in where.iterdir() if p.name.startswith("redline-")]
    except OSError:
        return []
    for path in entries:
        try:
            if not _left_behind(path, now, only):
                continue
            shutil.rmtree(path)
            removed.append(path.name)
            log.info("removed %s, left by a process that was killed", path)
        except OSError as exc:  # in use, or removed meanwhile: left for the next sweep
            log.info("cannot remove %s: %s", path, exc)
    return removed
