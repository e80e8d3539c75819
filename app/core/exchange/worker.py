"""A library's work in a worker process, so that a window calling it never stalls.

Python runs one thread at a time, and a C call that holds its lock (MuPDF's render of a page, a
``json.loads`` of a large file) or a thread that lets go of it for a moment more often than
every 5 ms (the interpreter asks a holder to let go only after 5 ms without a switch) keeps the
window's thread waiting: such work runs in a process of its own (started as
:mod:`app.core.processes` says) that opens the library read-only (:attr:`Library.address`: a
team library's server), and reports progress back through a queue; Cancel is an event it checks
as the work does. Exports use it (:mod:`app.core.exchange.export_process`), and the W3C import
its conversion (:mod:`app.core.exchange.w3c_import`).
"""

from __future__ import annotations

import atexit
import contextlib
import inspect
import multiprocessing.util  # noqa: F401 (its exit handler registered before ours, below)
import os
import pickle
import queue as queues
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.errors import RedlineError
from app.core.library import Library
from app.core.processes import become_worker, pool_context

POLL_S = 0.05
STOP_WAIT_S = 10.0
_running: set[Any] = set()  # the workers running now


@atexit.register  # (after multiprocessing's own: atexit runs the last registered first)
def _end_running() -> None:
    """End the workers still running as this process exits: multiprocessing's exit joins a
    worker that is not a daemon, and the program would wait for its work to end."""
    for proc in list(_running):
        proc.terminate()


def _portable(exc: BaseException) -> BaseException | tuple[str, str]:
    """``exc`` as it can cross to the parent: a Redline error itself if it pickles, else its
    message; any other error (a fault) its kind and message, for the parent to word."""
    if isinstance(exc, RedlineError):
        try:
            pickle.loads(pickle.dumps(exc))
            return exc
        except Exception:  # an error type whose arguments do not round-trip
            return RedlineError(str(exc))
    return (type(exc).__name__, str(exc))


def _child(
    root: str,
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    options: dict[str, Any],
    messages: Any,
    stop: Any,
    program: int,
    progress: bool,
) -> None:
    """Worker process: ``fn(lib, *args, cancel=…, **options)``, sending ("progress", (done,
    total)) when it reports it, then ("done", its result) or ("error", exception)."""
    become_worker(program)  # a killed window takes its export with it
    try:
        with Library.open(root, read_only=True, allow_read_only=True) as lib:
            if progress:
                options["on_progress"] = lambda done, total: messages.put(
                    ("progress", (done, total))
                )
            result = fn(lib, *args, cancel=stop.is_set, **options)
        messages.put(("done", result))
    except BaseException as exc:  # everything goes back to the parent, which decides
        messages.put(("error", _portable(exc)))


def _remove_partials(out: Path, pid: int | None) -> None:
    """What a dead worker (process ``pid``) was writing beside ``out``, or inside it for a
    folder (:func:`app.core.exchange.destination.part_path` names each part by its writer)."""
    if pid is None:
        return
    folder = out if out.is_dir() else out.parent
    for part in folder.glob(f".*.{pid}.*.part"):
        with contextlib.suppress(OSError):
            if part.is_dir():
                shutil.rmtree(part)
            else:
                part.unlink()


def in_process(
    library: str | Path,
    fn: Callable[..., Any],
    *args: Any,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    cancelled: Callable[[], BaseException],
    stopped: Callable[[int | None], BaseException],
    failed: Callable[[str, str], BaseException],
    partials: Path | None = None,
    **options: Any,
) -> Any:
    """``fn(lib, *args, cancel=…, **options)`` (a module-level function: it is sent by name)
    in a worker process that opens the library read-only (``library``:
    :attr:`Library.address`, a team library's server, not its cache folder); the same result
    error (:class:`RedlineError`; another, a fault, raises ``failed(its kind, its message)``).
    ``on_progress`` is handed to ``fn`` when it takes one. A cancel the worker ends on without
    a word raises ``cancelled()``; a worker that dies so otherwise, ``stopped(its exit
    code)``. Whatever the outcome the worker is gone on return (asked to stop, then ended),
    and what it was writing beside or inside ``partials`` removed. The worker may start
    workers of its own (the page images of IIIF and OCR exports), so it is not a daemon, which
    multiprocessing forbids: it dies with this process all the same
    (:func:`app.core.processes.become_worker`), and is ended when this process exits while it
    runs (multiprocessing would wait for it)."""
    ctx = pool_context()
    messages = ctx.Queue()
    stop = ctx.Event()
    progress = "on_progress" in inspect.signature(fn).parameters
    proc = ctx.Process(  # type: ignore[attr-defined]
        target=_child,
        args=(str(library), fn, args, options, messages, stop, os.getpid(), progress),
        daemon=False,
    )
    proc.start()
    _running.add(proc)
    try:
        while True:
            if cancel is not None and cancel():
                stop.set()
            try:
                kind, payload = messages.get(timeout=POLL_S)
            except queues.Empty:
                if not proc.is_alive():
                    try:
                        kind, payload = messages.get(timeout=POLL_S)
                    except queues.Empty:
                        if stop.is_set():
                            raise cancelled() from None
                        raise stopped(proc.exitcode) from None
                else:
                    continue
            if kind == "progress":
                if on_progress is not None:
                    on_progress(*payload)
            elif kind == "done":
                return payload
            elif isinstance(payload, tuple):
                raise failed(*payload)
            else:
                raise payload
    finally:
        if proc.is_alive():
            stop.set()
            proc.join(STOP_WAIT_S)
            if proc.is_alive():
                proc.terminate()
        proc.join()
        _running.discard(proc)
        messages.close()
        if partials is not None:
            _remove_partials(partials, proc.pid)
