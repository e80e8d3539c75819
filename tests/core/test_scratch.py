"""Scratch folders a killed worker leaves in the temporary folder are swept when a library is next
opened for writing: those of dead processes at once, those named without a process after a day;
the folders of live processes, other programs' and fresh ones stay."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from app.core import scratch
from app.core.library import Library

_KILLED = """
import os, signal
from app.core.scratch import scratch_dir
with scratch_dir("verify") as work:
    open(os.path.join(work, "page-1.pgm"), "wb").write(b"P5 ...")
    print(work, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # as a publication worker killed mid-verification
"""


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout)


def _folder(where: Path, name: str, age_s: float = 0) -> Path:
    folder = where / name
    folder.mkdir()
    (folder / "x.pgm").write_bytes(b"x")
    if age_s:
        then = time.time() - age_s
        for path in (folder / "x.pgm", folder):
            os.utime(path, (then, then))
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="process ids are checked on POSIX only")
def test_the_sweep_removes_what_dead_processes_left_and_nothing_else(tmp_path: Path) -> None:
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead = _folder(tmp_path, f"redline-verify-{_dead_pid()}-k2j4h5")
        mine = _folder(tmp_path, f"redline-ocr-{os.getpid()}-a1b2c3")
        running = _folder(tmp_path, f"redline-verify-{live.pid}-zz9y8x")
        old = _folder(tmp_path, "redline-bands-q8w7e6r5", age_s=2 * scratch.STALE_AFTER_S)
        fresh = _folder(tmp_path, "redline-bands-t5y6u7i8")
        others = [_folder(tmp_path, "redline-samples-abc", age_s=2 * scratch.STALE_AFTER_S),
                  _folder(tmp_path, "pytest-of-root", age_s=2 * scratch.STALE_AFTER_S)]  # fmt: skip
        assert sorted(scratch.sweep_scratch(tmp_path)) == sorted([dead.name, old.name])
        assert not dead.exists() and not old.exists()
        assert all(p.exists() for p in (mine, running, fresh, *others))
    finally:
        live.kill()
        live.wait()
    assert scratch.sweep_scratch(tmp_path) == [running.name]  # its process is gone now


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_workers_folder_goes_when_a_library_is_next_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp)}
    done = subprocess.run([sys.executable, "-c", _KILLED], env=env, capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == -9
    left = Path(done.stdout.strip())
    assert left.parent == temp and (left / "page-1.pgm").exists()  # what a kill leaves
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    Library.open(tmp_path / "lib").close()
    assert not left.exists()


def test_a_folder_is_kept_while_anything_in_it_changed_within_a_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = scratch.STALE_AFTER_S
    old = _folder(tmp_path, "redline-ocr-a1b2c3", age_s=2 * day)
    deep = _folder(tmp_path, "redline-ocr-d4e5f6", age_s=2 * day)
    (deep / "x.pgm").unlink()
    (deep / "sub").mkdir()
    (deep / "sub" / "page.png").write_bytes(b"written an hour ago")
    os.utime(deep / "sub" / "page.png", (time.time() - 3600, time.time() - 3600))
    os.utime(deep, (time.time() - 2 * day, time.time() - 2 * day))
    walked: list[str] = []
    real = Path.rglob

    def rglob(self: Path, pattern: str) -> object:
        walked.append(self.name)
        return real(self, pattern)

    monkeypatch.setattr(Path, "rglob", rglob)
    recent = [_folder(tmp_path, f"redline-ocr-{n}x9y8z7") for n in range(5)]
    assert sorted(scratch.sweep_scratch(tmp_path)) == [old.name]
    assert deep.exists() and all(folder.exists() for folder in recent)
    assert sorted(walked) == sorted([old.name, deep.name])  # a folder changed today: not walked
