"""Rendering in separate processes, so that MuPDF (which holds the GIL for a whole page) never
stalls the GUI thread.

Each render process serves one pipe and writes pixels into a shared-memory block that belongs to
its channel: a page costs one small round trip on the pipe and one copy of the pixels. The
processes keep their own LRU of open documents (``app.core.documents.render``).

``redline`` starts them first thing, before Qt is loaded or the library opened, by forking
(``RenderProcesses(fork=True)``): the process is single-threaded then, holds no database or lock,
and the render processes start with PyMuPDF already loaded, in a few milliseconds. Started with
``spawn`` (a fresh interpreter importing PyMuPDF), they took 0.3-1 s of a two-core machine while the
window was being built, and the first page waited for them. Forking a process that runs Qt threads
is unsafe, so later ones (the window in tests, a process replacing one that died) are spawned.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.shared_memory import SharedMemory
from pathlib import Path
from typing import Any, TypeVar

import pymupdf

from app.core.documents.render import MAX_PIXELS, Band, render_file_band, render_file_pixmap
from app.core.errors import RedlineError

RENDER_PROCESSES = 2
TRIM_EVERY = 32  # renders between two trims of a render process's memory (see _trim)
BUFFER_BYTES = MAX_PIXELS * 3 + 4096  # the largest render, RGB; tmpfs allocates it lazily
T = TypeVar("T")
Convert = Callable[[memoryview, int, int, int, float], T]  # pixels, width, height, stride, zoom


class RenderError(RedlineError):
    """A page that MuPDF cannot render."""


def _trim() -> None:
    """Let go of what past renders left: MuPDF keeps decoded images in its store (up to 256 MB)
    and the C library keeps freed memory. A render process that had drawn 500 pages of scans
    held 360 MB; trimmed every 32 renders, it stays near 100 MB, at the cost of decoding again an
    image it would have kept (a page re-rendered after 32 others: rare when flipping through)."""
    pymupdf.TOOLS.store_shrink(100)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def _serve(conn: Connection, buffer_name: str, inherited: Sequence[Connection] = ()) -> None:
    """The render process: answer requests until the pipe closes, then exit at once (nothing to
    save; tearing the interpreter down took 0.1-0.3 s of the window's closing). ``inherited``:
    the parent's ends of the pipes, which a forked process holds copies of and must close (else
    no render process would see its pipe close)."""
    for other in inherited:
        other.close()
    # Ctrl+C in the terminal reaches the whole process group: the window decides, and its
    # closing the pipe ends this process (no traceback from here).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    renders = 0
    shm = SharedMemory(buffer_name)
    buffer = shm.buf
    assert buffer is not None
    try:
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                del buffer
                shm.close()
                os._exit(0)
            if request is None:
                conn.send(("ready",))
                continue
            band: Band | None = None
            try:
                if len(request) == 5:  # a band of the page: (path, index, zoom, part, parts)
                    pix, zoom, band = render_file_band(Path(request[0]), *request[1:])
                else:
                    pix, zoom = render_file_pixmap(Path(request[0]), request[1], request[2])
            except Exception as exc:  # MuPDF raises several types for broken pages
                conn.send(("error", str(exc)))
                continue
            size = pix.stride * pix.height
            buffer[:size] = pix.samples_mv
            conn.send(("image", pix.width, pix.height, pix.stride, zoom, band))
            renders += 1
            if renders % TRIM_EVERY == 0:
                _trim()
    except (BrokenPipeError, ConnectionResetError):
        pass  # the window hung up while a page rendered: exit as when the pipe is found closed
    finally:
        del buffer  # a live view of the block keeps it from closing
        shm.close()
    os._exit(0)


def can_fork() -> bool:
    """Whether render processes may be forked from this process now: one thread, no Qt."""
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and "PySide6.QtCore" not in sys.modules
    )


class _Channel:
    """One render process, the parent's end of its pipe, and its pixel buffer. ``fork``: the
    parent's ends of the other channels' pipes (forked processes close their copies)."""

    def __init__(self, fork: Sequence[Connection] | None = None) -> None:
        ctx: Any = multiprocessing.get_context("spawn" if fork is None else "fork")
        self.shm = SharedMemory(create=True, size=BUFFER_BYTES)
        self.conn, child = ctx.Pipe()
        inherited = () if fork is None else (*fork, self.conn)
        self.process: Any = ctx.Process(
            target=_serve, args=(child, self.shm.name, inherited), daemon=True
        )
        self.process.start()
        child.close()

    def ask(self, request: tuple[Any, ...] | None) -> tuple[Any, ...]:
        self.conn.send(request)
        return tuple(self.conn.recv())

    def hang_up(self) -> None:
        """Close the pipe: the process exits when it has read what was sent."""
        self.conn.close()

    def close(self) -> None:
        self.hang_up()
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.shm.close()
        self.shm.unlink()


@dataclass
class Started:
    """A render handed to a process, waiting for :meth:`RenderProcesses.finish`."""

    channel: _Channel
    request: tuple[Any, ...]  # (path, index, zoom) or, for a band, (…, part, parts)
    sent: bool


@dataclass(frozen=True)
class BandImage:
    """One band's pixels (as ``convert`` made them) and where they go in the page."""

    image: Any
    top: int
    height: int  # of the whole page's render


class RenderProcesses:
    """Render processes shared by the render worker threads; :meth:`render` blocks only the
    calling thread, which waits with the GIL released."""

    def __init__(self, processes: int = RENDER_PROCESSES, *, fork: bool = False) -> None:
        """``fork``: fork the processes from this one when :func:`can_fork` (else spawn them)."""
        self._idle: queue.Queue[_Channel] = queue.Queue()
        self._all: list[_Channel] = []
        self._lock = threading.Lock()
        self._closed = False
        self.forked = fork and can_fork()
        if self.forked:  # (a forked process must not write out the parent's buffers)
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(OSError, ValueError, AttributeError):
                    stream.flush()
        for _ in range(processes):
            channel = _Channel([c.conn for c in self._all] if self.forked else None)
            self._all.append(channel)
            self._idle.put(channel)

    def wait_ready(self) -> None:
        """Block until every process answers (benchmarks and the screenshot command)."""
        channels = [self._idle.get() for _ in self._all]
        try:
            for channel in channels:
                channel.ask(None)
        finally:
            for channel in channels:
                self._idle.put(channel)

    def render(self, path: Path, index: int, zoom: float, convert: Convert[T]) -> T:
        """Render a page in an idle process and hand its pixels to ``convert`` (which must copy
        what it keeps: the buffer is reused). Blocks the calling worker thread only."""
        channel = self._idle.get()
        return self._finish(Started(channel, (str(path), index, zoom), sent=False), convert)

    def start(self, path: Path, index: int, zoom: float) -> Started | None:
        """Send a render to an idle process at once, without blocking (the GUI thread asks
        for the page on screen this way, so it renders while a worker thread wakes up); None
        when every process is busy. A started render must be passed to :meth:`finish`."""
        try:
            channel = self._idle.get_nowait()
        except queue.Empty:
            return None
        started = Started(channel, (str(path), index, zoom), sent=True)
        try:
            channel.conn.send(started.request)
        except OSError:
            started.sent = False  # a dead process: finish() replaces it
        return started

    def finish(self, started: Started, convert: Convert[T]) -> T:
        """Wait for a render sent by :meth:`start` and hand its pixels to ``convert``."""
        return self._finish(started, convert)

    def start_bands(self, path: Path, index: int, zoom: float) -> list[Started] | None:
        """Send the page on screen to every process at once, a band (a clip) each, without
        blocking: both cores render it, so it shows sooner (two bands of a scanned page take
        50-70 % of the time of the page). None unless every process is idle."""
        channels: list[_Channel] = []
        while len(channels) < len(self._all):
            try:
                channels.append(self._idle.get_nowait())
            except queue.Empty:
                for channel in channels:
                    self._idle.put(channel)
                return None
        out = []
        for part, channel in enumerate(channels):
            started = Started(channel, (str(path), index, zoom, part, len(channels)), sent=True)
            try:
                channel.conn.send(started.request)
            except OSError:
                started.sent = False  # a dead process: finish() replaces it
            out.append(started)
        return out

    def finish_bands(self, started: list[Started], convert: Convert[T]) -> list[BandImage]:
        """Wait for every band sent by :meth:`start_bands` (each converted by ``convert``); all
        are received, so that no answer is left on a pipe, before a failure is raised."""
        bands: list[BandImage] = []
        failure: BaseException | None = None
        for s in started:
            try:
                bands.append(self._finish(s, convert))
            except Exception as exc:  # (RenderError, or a process that died twice)
                failure = failure or exc
        if failure is not None:
            raise failure
        return bands

    def _finish(self, started: Started, convert: Convert[T]) -> Any:
        """If the process died (MuPDF crashed on a hostile page), a fresh one replaces it and
        the page is tried once more."""
        channel = started.channel
        try:
            try:
                if not started.sent:
                    channel.conn.send(started.request)
                return self._receive(channel, convert)
            except (EOFError, OSError):
                channel = self._replace(channel)
                channel.conn.send(started.request)
                return self._receive(channel, convert)
        finally:
            self._idle.put(channel)

    @staticmethod
    def _receive(channel: _Channel, convert: Convert[T]) -> Any:
        """The converted pixels, or for a band, a BandImage holding them."""
        head = tuple(channel.conn.recv())
        if head[0] == "error":
            raise RenderError(head[1])
        _, width, height, stride, used_zoom, band = head
        buffer = channel.shm.buf
        assert buffer is not None
        image = convert(buffer[: stride * height], width, height, stride, used_zoom)
        return image if band is None else BandImage(image, band.top, band.height)

    def _replace(self, dead: _Channel) -> _Channel:
        dead.close()
        fresh = _Channel()
        with self._lock:
            self._all[self._all.index(dead)] = fresh
        return fresh

    def pids(self) -> list[int]:
        return [c.process.pid for c in self._all]

    def close(self) -> None:
        """Stop the processes (again: nothing more to do)."""
        if self._closed:
            return
        self._closed = True
        for channel in self._all:  # every process told at once, then each waited for
            channel.hang_up()
        for channel in self._all:
            channel.close()
