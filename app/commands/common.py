"""Output helpers shared by the command modules: JSON on stdout, a progress line on stderr."""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from datetime import date, datetime
from typing import Any


def _default(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    raise TypeError(f"cannot serialise {type(obj).__name__}")


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
