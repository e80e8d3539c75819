"""The collector waits while a command loads its modules, and everything is as it was after."""

from __future__ import annotations

import gc

from app.core import startup


def test_paused_settled_and_resumed() -> None:
    assert gc.isenabled()
    was_running = startup.pause_collector()
    try:
        assert was_running and not gc.isenabled()
        startup.settle()
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        startup.resume(was_running)
    assert gc.isenabled() and gc.get_freeze_count() == 0
