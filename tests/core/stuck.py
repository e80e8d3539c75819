"""A worker stuck where no timeout or cancel of its own reaches, and what it may leave behind:
shared by the OCR and detection tests of the supervisor that ends such workers."""

from __future__ import annotations

import ctypes
import tempfile
from pathlib import Path


def native_sleep(seconds: int) -> None:
    """Sleep in C (ctypes lets go of Python's lock): no monitor call, no Python in between."""
    ctypes.CDLL(None).sleep(seconds)


def workers_left(pids: Path) -> list[str]:
    """The worker processes recorded in ``pids`` (a file named by each pid) that still run
    (zombies do not count)."""
    left = []
    for path in pids.iterdir():
        stat = Path("/proc") / path.name / "stat"
        try:
            state = stat.read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state != "Z":
            left.append(path.name)
    return left


def scratch_of(pids: Path, kind: str) -> list[str]:
    """The scratch folders of ``kind`` (``redline-<kind>-<pid>-...``) of the workers in ``pids``."""
    names = {p.name for p in pids.iterdir()}
    return [
        p.name
        for p in Path(tempfile.gettempdir()).glob(f"redline-{kind}-*")
        if p.name.split("-")[2] in names
    ]


def at_stage(stage: int, then_sleep_s: int = 0) -> int:
    """A supervised task: report ``stage`` (0: report nothing), then sleep in native code for
    ``then_sleep_s`` seconds; return the stage."""
    from app.core.supervisor import report_stage

    if stage:
        report_stage(stage)
    if then_sleep_s:
        native_sleep(then_sleep_s)
    return stage
