"""Redline's log file: where an unexpected error's traceback goes, from the command line and the
window alike, so that a person who started Redline from the desktop menu (no terminal, nobody
reads stderr) can still send it. A crash of the process itself (a segfault in a library) is
written there too, by :mod:`faulthandler`."""

from __future__ import annotations

import faulthandler
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from platformdirs import user_log_path

from app import __version__

LOG_NAME = "redline.log"
_crash_file: TextIO | None = None  # open for the life of the process (faulthandler needs it)


def log_folder() -> Path:
    """The user log folder (``~/.local/state/redline/log`` on Linux)."""
    return user_log_path("redline", appauthor=False)


def log_file() -> Path:
    return log_folder() / LOG_NAME


def log_exception(exc: BaseException, context: str = "") -> Path | None:
    """Append ``exc``'s traceback (with the time, the version and ``context``) to the log file;
    its path, or None when it cannot be written (a read-only or full disk: nothing to add)."""
    heading = f"--- {datetime.now(UTC).isoformat()} redline {__version__}"
    text = "".join(traceback.format_exception(exc))
    try:
        log_folder().mkdir(parents=True, exist_ok=True)
        with log_file().open("a", encoding="utf-8") as f:
            f.write(f"{heading}{' ' + context if context else ''}\n{text}")
    except OSError:
        return None
    return log_file()


def write_crashes_to_log() -> Path | None:
    """Have :mod:`faulthandler` write the Python stack of every thread to the log file if the
    process crashes (a fatal signal in a C library: MuPDF, Qt). Cheap: opens the file once."""
    global _crash_file
    if _crash_file is not None:
        return log_file()
    try:
        log_folder().mkdir(parents=True, exist_ok=True)
        _crash_file = log_file().open("a", encoding="utf-8")
    except OSError:
        return None
    faulthandler.enable(file=_crash_file, all_threads=True)
    return log_file()
