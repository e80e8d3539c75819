"""The guard against PySide6 6.12.0's emit dropping a reference to True."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from app.ui.qt_compat import emit


class _Source(QObject):
    changed = Signal(int)


def test_emitting_many_times_keeps_true_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    source = _Source()
    got: list[int] = []
    source.changed.connect(got.append)
    before = sys.getrefcount(True)
    for i in range(2000):  # far more than the few hundred references True starts with
        emit(source.changed, i)
    assert len(got) == 2000
    assert abs(sys.getrefcount(True) - before) < 50
