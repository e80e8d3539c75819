"""The guard against PySide6 6.12.0 dropping references to None and True on Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

import app.ui  # noqa: F401  (importing the package pins the singletons)


class _Source(QObject):
    changed = Signal(int)


def test_many_void_calls_and_emits_leave_none_and_true_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    source = _Source()
    got: list[int] = []
    source.changed.connect(got.append)
    for i in range(20_000):  # several times the references None and True start with
        widget.update()  # a void method: returns None
        widget.parentWidget()  # a null pointer: returns None
        source.changed.emit(i)  # returns True
    assert len(got) == 20_000
    assert sys.getrefcount(None) > 1_000_000 and sys.getrefcount(True) > 1_000_000
