"""The window's side of live updates on a server library: a thread waits for other reviewers'
notices (:mod:`app.core.live`) and hands each to the GUI thread as a signal, which re-reads
what it names: the page shown (annotations, its review status) and the library table."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from app.core.library import Library
from app.core.live import Listener, RemoteChange

log = logging.getLogger(__name__)
POLL_S = 0.25  # how often the thread looks whether it should stop


class LiveUpdates(QObject):
    """Emits ``changed(RemoteChange)`` in the GUI thread for each notice of another process."""

    changed = Signal(object)

    def __init__(self, lib: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lib = lib
        self._stop = threading.Event()
        self.listening = threading.Event()  # set once the notices are listened to
        self._thread = threading.Thread(target=self._run, name="redline-live", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:  # (connected here, not in the GUI thread: it never waits on the network)
            listener = Listener(self._lib)
        except Exception as exc:  # the server went away: the window goes on, without live updates
            log.warning("live updates not started: %s", exc)
            return
        self.listening.set()
        try:
            while not self._stop.is_set():
                for change in listener.wait(POLL_S):
                    self.changed.emit(change)  # (queued into the GUI thread)
        except Exception as exc:
            log.warning("live updates stopped: %s", exc)
        finally:
            listener.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)


__all__ = ["LiveUpdates", "RemoteChange"]
