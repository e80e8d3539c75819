"""A worker keeps the document it reads open between tasks, one at a time."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pymupdf
import pytest

from app.core import processes
from tests.builders import make_text_pdf


@pytest.mark.usefixtures("no_documents_left_open")
def test_the_document_stays_open_until_another_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = str(make_text_pdf(tmp_path / "a.pdf", ["one", "two"]))
    b = str(make_text_pdf(tmp_path / "b.pdf", ["three"]))
    opened: list[str] = []
    real = pymupdf.open

    def counting(path: str, *args: object, **kwargs: object) -> pymupdf.Document:
        opened.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(pymupdf, "open", counting)
    first = processes.worker_document(a, "pdf")
    assert processes.worker_document(a, "pdf") is first and opened == ["a.pdf"]
    other = processes.worker_document(b, "pdf")
    assert first.is_closed and not other.is_closed and opened == ["a.pdf", "b.pdf"]
    assert other.load_page(0).get_text().strip() == "three"


_POOL_PARENT = """
import os, sys, threading, time
from app.core import processes

if sys.argv[1] == "forkserver":  # a second thread makes pool_context choose the fork server
    threading.Thread(target=time.sleep, args=(120,), daemon=True).start()
pool = processes.worker_pool(2)
print(pool._mp_context.get_start_method(), flush=True)
futures = [pool.submit(time.sleep, 120) for _ in range(2)]
while len(pool._processes) < 2:
    time.sleep(0.01)
time.sleep(0.5)  # the initializers ran
print(" ".join(str(p) for p in pool._processes), flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"  # a zombie has died
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_die_with_their_parent(method: str) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", _POOL_PARENT, method], stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    assert parent.stdout.readline().strip() == method
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert len(workers) == 2 and all(_alive(p) for p in workers)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(p) for p in workers), "workers outlived their killed parent"
