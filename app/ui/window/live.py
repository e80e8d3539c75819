"""The window's side of live updates on a server library: a thread waits for other reviewers'
notices (:mod:`app.core.live`) and hands each to the GUI thread as a signal, which re-reads
what it names: the page shown (annotations, its review status) and the library table."""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, Signal

from app.core.library import Library
from app.core.live import Listener, RemoteChange

log = logging.getLogger(__name__)
POLL_S = 0.25  # how often the thread looks whether it should stop
RETRY_S = (0.5, 1.0, 2.0, 5.0)  # waits before each try to reach the server again, then the last
# What a window re-reads when it listens again after a gap: notices of that time were lost.
EVERYTHING = frozenset({"annotation", "page", "tag", "document", "document_metadata"})


class LiveUpdates(QObject):
    """Emits ``changed(RemoteChange)`` in the GUI thread for each notice of another process.
    A server that goes away (restarted, the network down) is tried again, sooner then every
    few seconds, until it answers; listening again, the window re-reads what it shows."""

    changed = Signal(object)

    def __init__(self, lib: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lib = lib
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while the notices are listened to
        self.gaps = 0  # times the connection was lost and made again
        self._thread = threading.Thread(target=self._run, name="redline-live", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        failures = 0  # tries in a row that did not reach the server
        lost = False  # a try failed or listening broke off: notices may have been missed
        while not self._stop.is_set():
            try:  # (connected here, not in the GUI thread: it never waits on the network)
                listener = Listener(self._lib)
            except Exception as exc:  # the server is away: the window goes on without them
                if failures == 0:
                    log.warning("live updates paused, the server cannot be reached: %s", exc)
                self._stop.wait(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures, lost = failures + 1, True
                continue
            failures = 0
            if lost:
                self.gaps += 1
                log.warning("live updates listening again")
                self.changed.emit(RemoteChange(EVERYTHING))  # what came meanwhile: read again
            self.listening.set()
            try:
                while not self._stop.is_set():
                    for change in listener.wait(POLL_S):
                        self.changed.emit(change)  # (queued into the GUI thread)
            except Exception as exc:
                log.warning("live updates interrupted: %s", exc)
                lost = True
            finally:
                self.listening.clear()
                with contextlib.suppress(Exception):  # (a connection the server cut off)
                    listener.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)


__all__ = ["LiveUpdates", "RemoteChange"]
