"""Python's cyclic garbage collected on the window's thread only, while a window is open.

Python collects cycles on whichever thread allocates when a collection is due: a worker's page
read, or a team library's call (``library_calls``). A widget left in a cycle (a closed dialog
whose slots refer to it) collected there is deleted off the window's thread, its timers left
registered, and Qt crashes at the next of them (seen: the live-updates test's second window,
about one run in three, in ``QTimerInfoList::activateTimers``). So while a window is open the
automatic collection is off, and a timer on the window's thread collects as Python would have
(the generation whose count is over its threshold); the last window closed turns it back on.

The counts are looked at every 25 ms: a worker merging 100,000 annotations allocates so much in
a quarter of a second (the look's interval until 2026-12-07) that collecting the youngest
generation took 20–50 ms and the middle one up to 145 ms; looked at ten times as often, 10–30.

While a window is open, a thread that wants Python's lock has it handed over within a
millisecond (``sys.setswitchinterval``; Python's own is 5 ms). The window's thread asks for it
again after every call that lets it go (a file's ``stat``, a socket, a lock): beside a worker
running Python, each such call cost it up to 5 ms, and the window's start of its handover
listener (a path resolved a folder at a time) stood 85–130 ms while a merge was read (bench_gui:
the longest stall of a 100,000-annotation dry run 98 → 34 ms).
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 25  # how often the counts are looked at (a look is a microsecond)
SWITCH_S = 0.001  # the longest a thread waits for Python's lock held by another

_open = 0  # collectors started and not stopped
_was_enabled = True
_was_switch = 0.005


class Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        global _open, _was_enabled, _was_switch
        if _open == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
            _was_switch = sys.getswitchinterval()
            sys.setswitchinterval(min(SWITCH_S, _was_switch))
        _open += 1
        running = [True]

        def release() -> None:  # (once; by stop, or when the window is deleted unclosed)
            global _open
            if running:
                running.clear()
                _open -= 1
                if _open == 0:
                    sys.setswitchinterval(_was_switch)
                    if _was_enabled:
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
