"""Fault injection for the reliability suite: run `redline` in a child process, kill it with
SIGKILL at a random moment, and check what the next open finds.

Every run checks the same things: ``PRAGMA integrity_check`` is ok, what the child acknowledged
(printed after its commit) is there, the next writer's open leaves no orphaned sources and no
temporaries, and no process the child started (workers, the fork server, tesseract) outlives it.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.core.library import Library, sweep_library
from db.engine import integrity_check

REPO = Path(__file__).resolve().parents[2]
TAG = "REDLINE_FAULT_RUN"  # in the environment of the child and everything it starts


def kill_runs() -> int:
    """Runs per operation: 10 in the suite, 20 under `make bench` (REDLINE_KILL_RUNS=20)."""
    return int(os.environ.get("REDLINE_KILL_RUNS", "10"))


@dataclass
class Run:
    """One child run: what it printed before it ended, and how it ended."""

    tag: str
    stdout: list[str] = field(default_factory=list)
    stderr: str = ""
    returncode: int | None = None
    killed: bool = False


def redline(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "app.cli", "--library", str(root), *args]


def run_and_kill(
    argv: Sequence[str],
    delay: float | None,
    *,
    timeout: float = 120,
    preexec: Callable[[], None] | None = None,
) -> Run:
    """Run ``argv``; SIGKILL it ``delay`` seconds after it started (None: let it finish)."""
    run = Run(uuid.uuid4().hex)
    env = {**os.environ, TAG: run.tag, "PYTHONPATH": str(REPO)}
    out_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"redline-fault-{run.tag}.out"
    with out_path.open("w+") as out:
        proc = subprocess.Popen(
            argv,
            stdout=out,
            stderr=subprocess.PIPE,
            env=env,
            cwd=REPO,
            text=True,
            preexec_fn=preexec,
            start_new_session=True,  # its worker processes in a group of their own
        )
        try:
            if delay is not None:
                try:
                    proc.wait(timeout=delay)
                except subprocess.TimeoutExpired:
                    proc.send_signal(signal.SIGKILL)
                    run.killed = True
                    proc.wait()
                    # Its orphaned workers end once they find its pipes closed, after the task
                    # in hand (a band reading under load can take a while): they hold the
                    # stderr pipe, so waiting for them is a wait on the machine's load.
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, signal.SIGKILL)
            _, run.stderr = proc.communicate(timeout=timeout)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        run.returncode = proc.returncode
        out.seek(0)
        text = out.read()
    out_path.unlink()
    lines = text.split("\n")
    run.stdout = lines[:-1]  # the last piece may be a torn line
    return run


def timed(argv: Sequence[str]) -> float:
    """How long ``argv`` takes when left alone (the window kills are drawn from)."""
    start = time.monotonic()
    run = run_and_kill(argv, None)
    assert run.returncode == 0, run.stderr
    return time.monotonic() - start


def delays(seed: str, span: float, runs: int) -> list[float]:
    """Kill moments spread over the operation and a little past it (so that some runs finish):
    one per slice, at random inside it."""
    rng = random.Random(seed)
    return [1.15 * span * (i + rng.random()) / runs for i in range(runs)]


def survivors(tag: str, wait: float = 5.0) -> list[str]:
    """Processes still alive that the run started (their environment carries its tag)."""
    needle = f"{TAG}={tag}".encode()
    deadline = time.monotonic() + wait
    while True:
        found = []
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                if needle in (proc / "environ").read_bytes().split(b"\0"):
                    state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
                    if state != "Z":
                        found.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode())
            except OSError:
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def copy_library(template: Path, target: Path) -> Path:
    shutil.copytree(template, target, symlinks=True)
    return target


@dataclass
class AfterKill:
    """What the next writer's open found and left."""

    integrity: str
    swept: list[str]
    litter: list[str]
    documents: int
    annotations: int


def reopen(root: Path) -> AfterKill:
    """Open for writing (which sweeps), check integrity, and list anything left to sweep."""
    with Library.open(root) as lib:
        swept = list(lib.swept)
        again = sweep_library(lib)  # a second sweep finds nothing: the first left no litter
        with lib.reading() as s:
            conn = s.connection()
            documents = int(conn.exec_driver_sql("SELECT count(*) FROM documents").scalar() or 0)
            annotations = int(
                conn.exec_driver_sql("SELECT count(*) FROM annotations").scalar() or 0
            )
        integrity = integrity_check(lib.db.engine)
    litter = again + [
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.name.endswith(".part") or p.name.startswith(".incoming-")
    ]
    return AfterKill(integrity, swept, litter, documents, annotations)


@dataclass
class Tally:
    """The line of the reliability table for one operation."""

    operation: str
    runs: int = 0
    killed: int = 0
    acknowledged: int = 0
    lost: int = 0
    swept: int = 0
    survivors: int = 0

    def line(self) -> str:
        return (
            f"[reliability] {self.operation}: {self.runs} runs, {self.killed} killed mid-way, "
            f"{self.acknowledged} acknowledged, {self.lost} lost, {self.swept} files swept on "
            f"the next open, {self.survivors} surviving processes"
        )


@dataclass(frozen=True)
class Material:
    """Files and libraries made once for the whole suite."""

    folder: Path  # PDFs to import: small ones and a long one (read in worker processes)
    library: Path  # holds a scan without text (for OCR), a memo with redactions, the long PDF
    annotation_set: Path  # many notes on the library's long PDF, to merge
    notes: int


SCAN_PAGES = 3  # OCRed by tesseract
LONG_PAGES = 60  # read in worker processes on import (40 pages or more)
_RANDOM_UUID = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-a' || substr(lower(hex(randomblob(2))), 2) || "
    "'-' || lower(hex(randomblob(6)))"
)


def make_material(root: Path) -> Material:
    from app.core.documents.ingest import import_file
    from app.core.exchange.merge_writer import db_time
    from app.core.exchange.redline_json import export_json
    from app.samples.generator import generate_memo_pdf
    from tests.builders import make_text_pdf
    from tests.core.exchange.helpers import T0

    folder = root / "in"
    folder.mkdir()
    for i in range(4):
        make_text_pdf(folder / f"memo-{i}.pdf", [f"memorandum {i} page {p}" for p in range(3)])
    long_pdf = make_text_pdf(
        folder / "long.pdf", [f"page {p} of a long file" for p in range(LONG_PAGES)]
    )
    scan = root / "scan.pdf"
    generate_memo_pdf(scan, pages=SCAN_PAGES, dpi=100, seed=3, text_layer="none")
    memo = root / "memo.pdf"
    generate_memo_pdf(memo, pages=3, dpi=100, seed=4, text_layer="noisy", redactions=2)
    library = root / "library"
    notes = 20_000 // LONG_PAGES * LONG_PAGES
    with Library.open(root / "source") as src:
        doc = import_file(src, long_pdf).document_id
        with src.transaction() as s:
            s.connection().exec_driver_sql(
                "INSERT INTO annotations (uuid, page_id, kind, status, body, origin, author, "
                f"created_at, modified_at, orphaned, deleted) SELECT {_RANDOM_UUID}, p.id, "
                "'note', 'accepted', '{\"text\": \"a note\"}', 'person', 'ann', ?, ?, 0, 0 "
                "FROM pages p, (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                "WHERE i < ?) SELECT i FROM n) WHERE p.document_id = ?",
                (db_time(T0), db_time(T0), notes // LONG_PAGES, doc),
            )
        export_json(src, root / "notes.json")
    with Library.open(library) as lib:
        for pdf in (scan, memo, long_pdf):
            assert import_file(lib, pdf).ok
    return Material(folder, library, root / "notes.json", notes)


def _mount(*args: str) -> bool:
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    return done.returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@contextmanager
def small_disk(where: Path, size_mib: int) -> Iterator[tuple[Path, str]]:
    """A folder on a filesystem of ``size_mib`` MiB: a tmpfs mounted for the test where this
    process may mount (root with CAP_SYS_ADMIN); otherwise a plain folder, and the caller limits
    file sizes instead (:func:`fsize_limit`). Yields (folder, "tmpfs" | "rlimit")."""
    where.mkdir(parents=True, exist_ok=True)
    if (
        os.geteuid() == 0
        and not os.environ.get("REDLINE_TEST_NO_MOUNT")  # to try the fallback where one may
        and shutil.which("mount")
        and _mount("-t", "tmpfs", "-o", f"size={size_mib}m,mode=0755", "tmpfs", str(where))
    ):
        try:
            yield where, "tmpfs"
        finally:
            _umount(where)
    else:
        yield where, "rlimit"


def fsize_limit(limit: int) -> Callable[[], None]:
    """A ``preexec_fn`` that caps every file the child writes at ``limit`` bytes (writes past it
    fail with EFBIG, as on a full disk; SIGXFSZ ignored so the child is not killed)."""

    def apply() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the filesystem holding ``folder`` until at most ``leave`` bytes are free."""
    filler = folder / "filler"
    with filler.open("wb") as f:
        chunk = b"\0" * 65536
        while True:
            free = shutil.disk_usage(folder).free
            if free <= leave:
                break
            try:
                f.write(chunk[: max(1, min(len(chunk), free - leave))])
                f.flush()
            except OSError:
                break
    return filler


@contextmanager
def read_only_view(library: Path, where: Path) -> Iterator[tuple[Path, str]]:
    """``library`` seen through a path where the kernel refuses every write: a read-only bind
    mount (as root, whom file modes do not stop), or, for another user, the folder and files
    made read-only by their modes. Yields (path, how)."""
    if os.geteuid() != 0:
        for p in [library, *library.rglob("*")]:
            p.chmod(p.stat().st_mode & ~0o222)
        try:
            yield library, "file modes"
        finally:
            for p in [library, *library.rglob("*")]:
                p.chmod(p.stat().st_mode | 0o200)
        return
    where.mkdir(parents=True, exist_ok=True)
    if not (_mount("--bind", str(library), str(where))):
        pytest.skip("needs a bind mount (root without CAP_SYS_ADMIN cannot make one)")
    try:
        if not _mount("-o", "remount,bind,ro", str(where)):
            pytest.skip("needs a read-only remount of a bind mount")
        yield where, "read-only bind mount"
    finally:
        _umount(where)


STUCK_BOUND_S = 60  # "at once", on a loaded machine: a hang against seconds


@dataclass(frozen=True)
class Interrupted:
    """How a command Ctrl-C ended while one of its workers was stuck."""

    returncode: int
    stderr: str
    tag: str  # its processes' tag (:func:`survivors`)


def interrupt_when_stuck(root: Path, hook: str, tmp_path: Path, *args: str) -> Interrupted:
    """Run ``redline --library root ARGS`` with ``hook`` as its ``sitecustomize`` (which its
    forked workers inherit; it touches the file named by ``REDLINE_TEST_STUCK`` when a worker is
    stuck), press Ctrl-C half a second after that, and wait (at most :data:`STUCK_BOUND_S`) for
    the command to end."""
    folder = tmp_path / "hook"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(hook)
    stuck = tmp_path / "stuck"
    tag = uuid.uuid4().hex
    env = {
        **os.environ,
        TAG: tag,
        "PYTHONPATH": f"{folder}{os.pathsep}{REPO}",
        "REDLINE_TEST_STUCK": str(stuck),
    }
    proc = subprocess.Popen(
        redline(root, *args),
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own group, which Ctrl-C at a terminal signals whole
    )
    try:
        waited = time.monotonic()
        while not stuck.exists():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() - waited < STUCK_BOUND_S, "no worker got to page 2"
            time.sleep(0.05)
        time.sleep(0.5)  # the other pages are being read meanwhile
        os.killpg(proc.pid, signal.SIGINT)
        pressed = time.monotonic()
        try:
            _, err = proc.communicate(timeout=STUCK_BOUND_S)
        except subprocess.TimeoutExpired:
            pytest.fail(f"redline {args[0]} still ran {STUCK_BOUND_S} s after Ctrl-C")
        assert time.monotonic() - pressed < STUCK_BOUND_S
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    return Interrupted(proc.returncode, err, tag)


def stuck_hook(module: str, function: str, params: str, when: str) -> str:
    """A ``sitecustomize`` (for :func:`interrupt_when_stuck`) that replaces ``module.function``
    (taking ``params``) by one that, where ``when`` holds, blocks Ctrl-C (native code goes on
    through it), says it is stuck and sleeps in C for twice :data:`STUCK_BOUND_S`."""
    return f"""
import ctypes, os, signal
from pathlib import Path

from {module.rsplit(".", 1)[0]} import {module.rsplit(".", 1)[1]} as _module

_real = _module.{function}


def _stuck({params}):
    if {when}:
        signal.pthread_sigmask(signal.SIG_BLOCK, {{signal.SIGINT}})
        Path(os.environ["REDLINE_TEST_STUCK"]).touch()
        ctypes.CDLL(None).sleep({2 * STUCK_BOUND_S + 30})
    return _real({params})


_module.{function} = _stuck
"""
