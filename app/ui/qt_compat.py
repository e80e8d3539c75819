"""A guard against a reference-count bug of PySide6 6.12.0.

There ``SignalInstance.emit()`` and ``.disconnect()`` return ``True`` without taking a reference
to it, so every call drops one reference to ``True`` that it never took; after a few hundred
calls CPython aborts ("bool_dealloc: deallocating True or False"). :func:`emit` measures the
bug once, on a probe signal, and gives the reference back only when the bug is there.
(``disconnect`` has the same bug; nothing here calls it.)
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    fired = Signal()


def _emit_drops_true() -> bool:
    probe = _Probe()
    calls = 8
    before = sys.getrefcount(True)
    for _ in range(calls):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        _incref(True)  # repair what the probe itself cost
    return lost >= calls


EMIT_DROPS_TRUE = _emit_drops_true()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, safe on PySide6 versions whose emit drops a reference to True."""
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]
    if EMIT_DROPS_TRUE and result is True:
        _incref(result)
