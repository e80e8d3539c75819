"""Helpers for the window tests of opening another library: the window that took a window's
place, and a library folder whose opening is held until the test lets it go on."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.ui.window.main_window import MainWindow

HELD_AT_MOST_S = 3.0  # (the code before opened on the window's thread: nothing let it go there)


def successor(window: MainWindow) -> MainWindow | None:
    """The window that took ``window``'s place, once there is one."""
    others = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, MainWindow) and w is not window and w.isVisible()]  # fmt: skip
    return others[0] if others else None


def taken_over(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: successor(window) is not None, timeout=30_000)
    new = successor(window)
    assert new is not None
    qtbot.addWidget(new)
    return new


class HeldOpen:
    """``Library.open`` of the folder ``root`` held until :meth:`let_go` (a slow disk, a large
    library), counting the calls and how often ``tick`` (a timer of the window's thread) was
    counted while one was held."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, root: Path, ticks: Callable[[], int]
    ) -> None:
        self.root, self.ticks = root.resolve(), ticks
        self.calls = 0
        self._entered_at = 0
        self.ticks_while_held = 0
        self.entered = threading.Event()
        self.over = threading.Event()
        self._go = threading.Event()
        real = Library.open.__func__  # type: ignore[attr-defined]

        def held(cls: type[Library], place: Any, **kw: Any) -> Library:
            if isinstance(place, Path) and place.resolve() == self.root:
                self.calls += 1
                self._entered_at = self.ticks()
                self.entered.set()
                self._go.wait(HELD_AT_MOST_S)
                self.ticks_while_held = self.ticks() - self._entered_at
                self.over.set()
            opened: Library = real(cls, place, **kw)
            return opened

        monkeypatch.setattr(Library, "open", classmethod(held))

    def ticked_while_held(self) -> int:
        """How often the timer was counted while the held call was held, so far."""
        if self.over.is_set():
            return self.ticks_while_held
        return self.ticks() - self._entered_at if self.entered.is_set() else 0

    def let_go(self) -> None:
        self._go.set()


class HeldLook:
    """Whether ``folder`` holds a library (``Path.is_file`` of its database) held until
    :meth:`let_go`, on whichever thread asks: a folder on a hung network disk.
    ``returned_while_held()``: a held look has not come back yet."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        self.database = folder / "library.sqlite"
        self.entered = threading.Event()
        self.returned = threading.Event()
        self._go = threading.Event()
        real = Path.is_file

        def held(path: Path) -> bool:
            if path == self.database:
                self.entered.set()
                self._go.wait(HELD_AT_MOST_S)
                self.returned.set()
            return real(path)

        monkeypatch.setattr(Path, "is_file", held)

    def let_go(self) -> None:
        self._go.set()
