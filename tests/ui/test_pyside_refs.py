"""PySide6 must not leak away references to None and True (6.12.0 on Python 3.11 did)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_emit_and_void_calls_keep_singleton_refcounts(qapp: object) -> None:
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        emitter.fired.emit()
        emitter.blockSignals(False)
    # Other threads may hold a few transient references; a leak loses thousands.
    assert abs(sys.getrefcount(None) - none_before) < 500
    assert abs(sys.getrefcount(True) - true_before) < 500
