"""Python's cyclic garbage collected on the window's thread only, while a window is open.

Python collects cycles on whichever thread allocates when a collection is due: a worker's page
read, or a team library's call (``library_calls``). A widget left in a cycle (a closed dialog
whose slots refer to it) collected there is deleted off the window's thread, its timers left
registered, and Qt crashes at the next of them (seen: the live-updates test's second window,
about one run in three, in ``QTimerInfoList::activateTimers``). So while a window is open the
automatic collection is off, and a timer on the window's thread collects as Python would have
(the generation whose count is over its threshold); the last window closed turns it back on.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250  # how often the counts are looked at (a look is a microsecond)

_open = 0  # collectors started and not stopped
_was_enabled = True


class Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        global _open, _was_enabled
        if _open == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _open += 1
        running = [True]

        def release() -> None:  # (once; by stop, or when the window is deleted unclosed)
            global _open
            if running:
                running.clear()
                _open -= 1
                if _open == 0 and _was_enabled:
                    gc.enable()

        self._release = release
        self.destroyed.connect(release)  # (not a method: the object is gone by then)
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start()

    def stop(self) -> None:
        """The window is closing (a second call does nothing)."""
        self._timer.stop()
        self._release()


def collect_if_due() -> int:
    """Collect the oldest generation whose count is over its threshold, as Python's automatic
    collection does; the number of objects found unreachable (0: none was due)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [g for g in range(3) if thresholds[g] and counts[g] > thresholds[g]]
    return gc.collect(due[-1]) if due else 0
