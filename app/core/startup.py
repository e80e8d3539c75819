"""What a `redline` process does about its own start: Python's cyclic garbage collector waits
until the modules are loaded.

Loading Redline's modules (SQLAlchemy's, Qt's bindings, PyMuPDF's) makes some 150,000 objects
that live as long as the process. Collecting as they are made walked them again and again: 180
to 340 collections, a fifth of the time `redline list` or the window took to start. The command
line pauses the collector from its first line (:func:`pause_collector`); once what a command needs
is loaded (its library open, or the window shown), :func:`settle` moves everything made so far out
of the collector's reach for good (``gc.freeze``: it is never garbage) and lets it run again for
what the command makes from then on.
"""

from __future__ import annotations

import gc


def pause_collector() -> bool:
    """Pause the cyclic collector; return whether it was running (for :func:`resume`)."""
    was_running = gc.isenabled()
    gc.disable()
    return was_running


def settle(*, collect: bool = True) -> None:
    """Start-up is over: what it made is kept out of every collection from now on, and the
    collector runs again (``collect=False``: the caller collects itself, as a window does on its
    own thread, ``app.ui.base.collector``)."""
    gc.freeze()
    if collect:
        gc.enable()


def resume(was_running: bool) -> None:
    """Undo :func:`pause_collector` and :func:`settle` (a process that runs commands in turn)."""
    gc.unfreeze()
    if was_running:
        gc.enable()
    else:
        gc.disable()
