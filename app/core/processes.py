"""Worker processes for work that holds Python's lock for long: MuPDF rendering, Tesseract runs.

MuPDF keeps the GIL for a whole page render (tens to hundreds of milliseconds), so rendering in a
thread of the GUI process freezes the window that long. OCR and the redaction-box search render
pages in worker processes instead, and importing a long PDF extracts its words in them; all take
their pool's start method and size from here, and a worker keeps the document it reads open
between its tasks (:func:`worker_document`).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.context
import os
import signal
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any

import pymupdf


def worker_count(tasks: int) -> int:
    """One worker per usable core, never more than there are tasks."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, tasks))


# Modules a fork server imports once, so each worker it forks starts with them loaded.
PRELOAD = [
    "app.core.documents.extract",
    "app.core.ocr.tesseract",
    "app.core.detection.redactions",
    "app.core.detection.bands",
]


def pool_context() -> multiprocessing.context.BaseContext:
    """How workers start: fork when this process has one thread (cheapest), else a fork server.

    Forking a process whose other threads (Qt's, a GUI's workers) may hold locks is unsafe; the
    fork server is a fresh single-threaded process that forks workers with PyMuPDF preloaded.
    """
    methods = multiprocessing.get_all_start_methods()
    alone = threading.current_thread() is threading.main_thread() and threading.active_count() == 1
    if "fork" in methods and alone:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def start_fork_server() -> None:
    """Start the fork server now, which :func:`pool_context` otherwise starts on first use: the
    window does, once its first page is painted, so that its first OCR, import of a long PDF or
    redaction search does not wait for it (0.4 s: a fresh interpreter loading :data:`PRELOAD`)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
    from multiprocessing import forkserver

    forkserver.ensure_running()


PR_SET_PDEATHSIG = 1  # linux/prctl.h
# Loaded once here, so that a child about to exec (tesseract's preexec_fn) does not load it.
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None


def die_with_parent() -> None:
    """Linux: have the kernel kill this process when its parent dies (a killed import, OCR or
    detection must not leave workers reading pages for minutes). Elsewhere nothing: a worker
    there ends when its pool's pipes break, after its current task."""
    if _LIBC is None:
        return
    parent = os.getppid()
    if _LIBC.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _release_fork_server() -> None:
    """A worker forked by the fork server inherits the pipe whose closing tells the server that
    the program is gone; close it, so the server (and with it this worker) ends with the program.
    (The attribute is multiprocessing's own; a worker starts no processes through the server.)"""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    fd = getattr(server, "_forkserver_alive_fd", None)
    if fd is not None:
        os.close(fd)
        server._forkserver_alive_fd = None  # type: ignore[union-attr]


def become_worker(program: int) -> None:
    """In a process started for the program whose pid is ``program``: die with it (through the
    fork server when that started this one)."""
    die_with_parent()
    if os.getppid() != program:  # forked by the fork server
        _release_fork_server()


def _start_worker(program: int, initializer: Callable[..., None] | None, *initargs: Any) -> None:
    become_worker(program)
    if initializer is not None:
        initializer(*initargs)


def worker_pool(
    workers: int,
    *,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    context: multiprocessing.context.BaseContext | None = None,
) -> ProcessPoolExecutor:
    """A process pool (started as :func:`pool_context` says) whose workers die with their
    parent: the importing process, or the fork server, which itself ends when that process does.
    """
    return ProcessPoolExecutor(
        workers,
        mp_context=context or pool_context(),
        initializer=_start_worker,
        initargs=(os.getpid(), initializer, *initargs),
    )


def end_workers(pool: Executor) -> list[int]:
    """Kill ``pool``'s worker processes now, whatever they are doing (a page stuck in native code
    that no cancel or timeout reaches), and return their pids. The pool is broken after this:
    its futures in hand fail with ``BrokenProcessPool``; what the workers started themselves
    dies with them (:func:`die_with_parent`). A pool of threads has no process to end."""
    processes = getattr(pool, "_processes", None) or {}  # (the executor's own: no other way in)
    killed = []
    for pid, process in list(processes.items()):
        if process.is_alive():
            process.kill()
            killed.append(pid)
    return killed


_worker_doc: dict[tuple[str, str | None, tuple[int, int] | None], pymupdf.Document] = {}
"""The document a worker has open, by path, type and identity (see :func:`worker_document`)."""
_worker_pid = os.getpid()  # the process _worker_doc belongs to: a forked worker starts afresh


def worker_document(
    path: str, filetype: str | None = None, identity: tuple[int, int] | None = None
) -> pymupdf.Document:
    """Worker process: the document at ``path``, opened by the first task that reads it and kept
    open for the next ones; opening another closes it. Raises what ``pymupdf.open`` raises.

    Opening a PDF and loading a page takes 2.1 ms, loading a page of an open one 0.09 ms. The file
    must not change while the pool lives (library sources are stored under their hash and never
    do), or must say it did: an import passes the file's size and time as its ``identity``.
    """
    global _worker_pid
    if _worker_pid != os.getpid():  # forked from a process with documents open: not ours to use
        _worker_doc.clear()
        _worker_pid = os.getpid()
    key = (path, filetype, identity)
    doc = _worker_doc.get(key)
    if doc is None:
        for old in _worker_doc.values():
            old.close()
        _worker_doc.clear()
        doc = _worker_doc[key] = pymupdf.open(path, filetype=filetype)
    return doc
