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
        dead = _folder(tmp_path, f"redline-verify-{_dead_pid()}-k2j4h5l6")
        mine = _folder(tmp_path, f"redline-ocr-{os.getpid()}-a1b2c3d4")
        running = _folder(tmp_path, f"redline-verify-{live.pid}-zz9y8x7w")
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
    old = _folder(tmp_path, "redline-ocr-a1b2c3d4", age_s=2 * day)
    deep = _folder(tmp_path, "redline-ocr-d4e5f6g7", age_s=2 * day)
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
    recent = [_folder(tmp_path, f"redline-ocr-{n}x9y8z7w") for n in range(5)]
    assert sorted(scratch.sweep_scratch(tmp_path)) == [old.name]
    assert deep.exists() and all(folder.exists() for folder in recent)
    assert sorted(walked) == sorted([old.name, deep.name])  # a folder changed today: not walked


def _aged(path: Path, age_s: float) -> Path:
    """``path`` and what it holds, last changed ``age_s`` ago."""
    then = time.time() - age_s
    for p in (*path.rglob("*"), path):
        os.utime(p, (then, then), follow_symlinks=False)
    return path


def test_an_older_versions_ocr_folder_goes_after_an_hour_and_only_what_is_surely_redlines(
    tmp_path: Path,
) -> None:
    """Versions before 2026-12-05 named OCR's folders without the process (``redline-ocr-`` and
    tempfile's eight letters); each held one page while Tesseract (stopped after three minutes)
    read it. Such a folder, holding only the page's image and TSV (or nothing), unchanged for an
    hour, goes; any other folder named so waits a day, and what is not surely Redline's stays."""
    hour = scratch.OLD_OCR_STALE_AFTER_S

    def made(name: str, files: tuple[str, ...] = ("page.pgm", "page.tsv")) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        for f in files:
            (folder / f).write_bytes(b"P5 ..." if f.endswith(".pgm") else b"level\tpage_num")
        return folder

    gone = [
        _aged(made("redline-ocr-0890mact"), 2 * hour),
        _aged(made("redline-ocr-0asl1j9g", ()), 2 * hour),  # killed before the page was written
        _aged(made("redline-ocr-0pt__d63", ("page.pgm",)), 2 * hour),  # killed while reading
    ]
    linked = made("redline-ocr-1link2ab", ("page.pgm",))
    (linked / "page.tsv").symlink_to(tmp_path / "elsewhere.tsv")
    kept = [
        made("redline-ocr-3reading"),  # a page being read now (a version's OCR still running)
        _aged(made("redline-ocr-4abcdefg"), hour / 2),  # read half an hour ago: waits the hour
        _aged(made("redline-ocr-5abcdefg", ("page.pgm", "notes.txt")), 2 * hour),  # not OCR's
        _aged(linked, 2 * hour),  # a link in it: not what OCR writes
        _aged(made("redline-verify-6abcdefg"), 2 * hour),  # a check: a day, as before
        _aged(made("redline-ocr-7abc"), 2 * scratch.STALE_AFTER_S),  # not tempfile's name
        _aged(made("redline-ocr-8ABCDEFG"), 2 * scratch.STALE_AFTER_S),
        _aged(made("redline-ocr-jfk.png"), 2 * scratch.STALE_AFTER_S),
        _aged(made("redline-ocr-9abcdefg-x"), 2 * scratch.STALE_AFTER_S),
    ]
    picture = tmp_path / "redline-ocr-usda0123"  # a file so named, not a folder
    picture.write_bytes(b"\x89PNG")
    _aged(picture, 2 * scratch.STALE_AFTER_S)
    assert sorted(scratch.sweep_scratch(tmp_path)) == sorted(p.name for p in gone)
    assert not any(p.exists() for p in gone)
    assert all(p.exists() for p in (*kept, picture))
    assert (tmp_path / "redline-ocr-3reading" / "page.pgm").exists()
