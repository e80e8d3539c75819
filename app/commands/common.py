"""Helpers shared by the command modules: JSON on stdout, a progress line on stderr, options
several commands take (`--timeout`)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import re
import signal
import sys
import threading
import time
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.errors import RedlineError
from app.core.ocr.limits import DEFAULT_TIMEOUT_S
from app.core.wording import Joined, Message, count

if TYPE_CHECKING:
    from app.core.ocr.companion import AlignmentReport
    from app.core.ocr.run import OcrReport, OcrStopped, PageOutcome

# Characters that would let a file name or title rewrite what a terminal shows: C0/C1 controls
# (a newline forges an output line, ESC moves the cursor) and the bidirectional overrides and
# isolates (an RTL override makes "gpj.exe" read as "exe.jpg").
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: object) -> str:
    """``text`` safe to print on one terminal line: controls, bidirectional overrides and the
    bytes of non-UTF-8 names escaped as ``\\xNN`` / ``\\uNNNN`` (printable text unchanged)."""
    return _UNSAFE.sub(_escape, str(text))


def _default(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, Message | Joined):  # (a core's sentence: its English text)
        return str(obj)
    raise TypeError(f"cannot serialise {type(obj).__name__}")


def read_text_file(path: Path) -> str:
    """A text file given on the command line (UTF-8; undecodable bytes replaced); a device, a
    pipe or a folder is refused unread (a pipe with no writer would hang the command)."""
    if path.exists() and not path.is_file():
        raise RedlineError(f"{path} is not a regular file (a device, pipe or folder)")
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise RedlineError(f"cannot read {path}: {exc.strerror or exc}") from exc


def positive_seconds(text: str) -> float:
    """An argparse ``type``: a number of seconds above zero (``--timeout 600``, ``1.5``)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds above 0")
    return value


def add_timeout_argument(parser: argparse.ArgumentParser) -> None:
    """``--timeout SECONDS``, of ``redline ocr`` and ``redline import --ocr``."""
    parser.add_argument(
        "--timeout",
        type=positive_seconds,
        metavar="SECONDS",
        help="how long Tesseract may read one page before that page fails; raise it for a slow "
        f"machine or huge pages (default: {DEFAULT_TIMEOUT_S:g})",
    )


def page_timeout(args: argparse.Namespace) -> float:
    """The ``--timeout`` given, else the default."""
    return DEFAULT_TIMEOUT_S if args.timeout is None else float(args.timeout)


def print_ocr_failures(failed: Iterable[PageOutcome]) -> None:
    """One line on stderr for each page OCR could not read."""
    for p in failed:
        where = f"page {p.page_index + 1} (page id {p.page_id})"
        print(f"failed: OCR of {where}: {p.message}", file=sys.stderr)


def interrupted_ocr(report: OcrReport) -> KeyboardInterrupt:
    """What to raise when Ctrl-C stopped an OCR run (:class:`CtrlC`): the command line then says
    "redline: interrupted" and which pages keep their new text (each is stored as it ends)."""
    return KeyboardInterrupt(
        count(
            report.ok,
            "the page read before it keeps its new text",
            "the {n} pages read before it keep their new text",
        )
        if report.ok
        else ""
    )


def print_ocr_stopped(stop: OcrStopped) -> None:
    """What to say when the library stopped an OCR run (the disk full, the server gone): why,
    then that the pages read before it keep their new text (each is stored as it ends)."""
    print(f"redline: {stop}", file=sys.stderr)
    if not stop.report.ok:  # (it said "the 0 pages read before it keep their new text")
        return
    kept = count(
        stop.report.ok,
        "the page read before it keeps its new text",
        "the {n} pages read before it keep their new text",
    )
    print(f"redline: stopped; {kept}", file=sys.stderr)


def print_poor_alignment(report: AlignmentReport) -> None:
    """A warning on stderr when few of a plain text's words were found on the scan."""
    if report.poor:
        print(
            f"redline: warning: only {report.alike_share:.0%} of the text's words were found "
            "on the scan: it may be another document's text",
            file=sys.stderr,
        )


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, default=_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


class TerminalProgress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, enabled: bool | None = None, width: int = 30) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.width = width
        self._last = 0.0

    def update(self, done: int, total: int, label: str = "") -> None:
        if not self.enabled or (time.monotonic() - self._last < 0.05 and done < total):
            return
        self._last = time.monotonic()
        filled = int(self.width * done / total) if total else self.width
        bar = "█" * filled + "·" * (self.width - filled)
        sys.stderr.write(f"\r{bar} {done}/{total} {label[:40]:<40}")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * (self.width + 52) + "\r")
            sys.stderr.flush()


class CtrlC:
    """Ctrl-C during long work asks the work to stop, as the window's Cancel does (pass
    :meth:`asked` as its cancel, then look at :attr:`pressed`); a second Ctrl-C interrupts at
    once. Raised wherever the program happened to be, the first one could land inside the
    worker pool's own locks or its fork hooks (a run that never ended, a traceback from a worker
    being started, a Ctrl-C swallowed by a hook that ignores exceptions); a flag is read where
    the work looks for it. Workers forked meanwhile inherit this handler until they ignore
    Ctrl-C, and set their own copy of the flag."""

    def __init__(self) -> None:
        self.pressed = False

    def asked(self) -> bool:
        return self.pressed

    def _on_sigint(self, signum: int, frame: object) -> None:
        if self.pressed:
            raise KeyboardInterrupt
        self.pressed = True

    def __enter__(self) -> CtrlC:
        self._before = signal.getsignal(signal.SIGINT)
        if threading.current_thread() is threading.main_thread():  # (signals: that thread only)
            signal.signal(signal.SIGINT, self._on_sigint)
        return self

    def __exit__(self, *exc: object) -> None:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, self._before)
