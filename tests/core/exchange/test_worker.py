"""The worker process the window's exports and large imports run in: a program that exits while
one runs does not wait for its work (it is not a daemon, so that it may start workers of its own,
and multiprocessing would join it)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from app.core.library import Library

ROOT = Path(__file__).resolve().parents[3]  # the repository

PROGRAM = """
import os, sys, threading, time
sys.path[:0] = [{root!r}, {here!r}]
from app.core.exchange.worker import in_process

def run():
    in_process({lib!r}, slow.work, cancelled=RuntimeError, stopped=RuntimeError,
               failed=RuntimeError)

import slow
threading.Thread(target=run, daemon=True).start()
while not os.path.exists({started!r}):
    time.sleep(0.05)
print("exiting", flush=True)
"""

SLOW = """
import time
from pathlib import Path

def work(lib, *, cancel):
    Path({started!r}).touch()
    time.sleep(600)  # (does not look at cancel: work in a C call, say)
"""


def test_a_program_exiting_while_its_worker_runs_ends_the_worker(tmp_path: Path) -> None:
    Library.open(tmp_path / "lib").close()
    started = tmp_path / "started"
    (tmp_path / "slow.py").write_text(textwrap.dedent(SLOW.format(started=str(started))))
    program = PROGRAM.format(
        root=str(ROOT), here=str(tmp_path), lib=str(tmp_path / "lib"), started=str(started)
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120
    )  # (a worker the exit waited for would sleep 600 s: the run would time out)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "exiting\n"
