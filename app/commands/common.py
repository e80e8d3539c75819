"""Output helpers shared by the command modules: JSON on stdout, a progress line on stderr."""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.errors import RedlineError

if TYPE_CHECKING:
    from app.core.ocr.run import PageOutcome


def _default(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    raise TypeError(f"cannot serialise {type(obj).__name__}")


def read_text_file(path: Path) -> str:
    """A text file given on the command line (UTF-8; undecodable bytes replaced)."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise RedlineError(f"cannot read {path}: {exc.strerror or exc}") from exc


def print_ocr_failures(failed: Iterable[PageOutcome]) -> None:
    """One line on stderr for each page OCR could not read."""
    for p in failed:
        where = f"page {p.page_index + 1} (page id {p.page_id})"
        print(f"failed: OCR of {where}: {p.message}", file=sys.stderr)


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
