"""Scratch folders in the system's temporary folder, and the sweep of those a killed process left.

Publication checks, OCR and band reading write files beside them for a moment (poppler's renders,
a page image for Tesseract); a process killed meanwhile (a worker ended with its window, kill -9)
never removes its folder. :func:`scratch_dir` names each folder after the process that made it
(``redline-verify-<pid>-xxxx``), and :func:`sweep_scratch`, run when a library is opened for
writing, removes this user's folders whose process is gone. Folders named without a process id
(older versions; the band reader's ``redline-bands-xxxx`` of versions before 2026-12-06) are
removed once nothing in them has changed for :data:`STALE_AFTER_S` (a day: no run of Redline
writes to one that long); an OCR
folder of an older version (``redline-ocr-xxxxxxxx``: versions before 2026-12-05 named them
without the process) holding only what the OCR of one page writes, once nothing in it has changed
for :data:`OLD_OCR_STALE_AFTER_S` (an hour). Only names ``tempfile`` makes (eight of its letters
after the prefix), of folders (no links), of this user, are ever Redline's.
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

KINDS = ("verify", "ocr", "bands", "merge")  # what the folders are for (their names' second word)
STALE_AFTER_S = 24 * 3600
# An older version's OCR folder held one page while Tesseract read it, which is stopped after
# three minutes (ocr.tesseract.DEFAULT_TIMEOUT_S; those versions had no --timeout): one
# unchanged for an hour is no running OCR's. What it held: the page's image and Tesseract's TSV.
OLD_OCR_STALE_AFTER_S = 3600
_OLD_OCR_FILES = frozenset({"page.pgm", "page.tsv"})
# tempfile.TemporaryDirectory(prefix=...) adds eight of "a-z0-9_" (tempfile._RandomNameSequence).
_NAME = re.compile(rf"redline-({'|'.join(KINDS)})-(?:(\d+)-)?[a-z0-9_]{{8}}")


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
    kind, pid = match[1], match[2]
    if pids is not None and (pid is None or int(pid) not in pids):
        return False
    if hasattr(os, "getuid") and folder.lstat().st_uid != os.getuid():
        return False  # another user's
    if pid is not None and not alive(int(pid)):
        return True
    hour_ago = now - OLD_OCR_STALE_AFTER_S  # (the folder's own time first: read at once)
    old_ocr = pid is None and kind == "ocr" and folder.lstat().st_mtime < hour_ago
    if old_ocr and _holds_only(folder, _OLD_OCR_FILES):
        return _unchanged_since(folder, hour_ago)
    return _unchanged_since(folder, now - STALE_AFTER_S)


def _holds_only(folder: Path, names: frozenset[str]) -> bool:
    """Whether ``folder`` holds nothing but files (not links) named one of ``names``."""
    with os.scandir(folder) as entries:
        return all(e.name in names and e.is_file(follow_symlinks=False) for e in entries)


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
