"""Worker processes for work that holds Python's lock for long: MuPDF rendering, Tesseract runs.

MuPDF keeps the GIL for a whole page render (tens to hundreds of milliseconds), so rendering in a
thread of the GUI process freezes the window that long. OCR and the redaction-box search render
pages in worker processes instead, and importing a long PDF extracts its words in them; all take
their pool's start method and size from here.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import threading


def worker_count(tasks: int) -> int:
    """One worker per usable core, never more than there are tasks."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, tasks))


# Modules a fork server imports once, so each worker it forks starts with them loaded.
PRELOAD = ["app.core.extract", "app.core.ocr_engine", "app.core.redactions"]


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
