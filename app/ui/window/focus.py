"""Which pane holds the keyboard focus, and moving it from pane to pane: F6 to the next pane,
Shift+F6 to the previous one (the side panel, thumbnails, scan, text: those shown), the way
desktop applications cycle their panes. The status bar names the pane reached. F1 asks the same
question to open the help at that pane's page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.base.language import tr

FOCUS_MESSAGE_MS = 2000


@dataclass(frozen=True)
class Pane:
    """A pane: its key (``library``, ``scan``…), the name the status bar gives it, the widget
    that holds it, and the widget that takes the focus when F6 comes to it."""

    key: str
    name: str  # (marked with QT_TRANSLATE_NOOP: said in the window's language)
    holder: QWidget
    target: QWidget
    # outside the holder but the pane's too: the side panel's tab bar, for the tab shown (the
    # focus is there in a fresh window, and F1 showed the help's contents)
    handle: QWidget | None = None


def pane_of(widget: QWidget | None, panes: Sequence[Pane]) -> Pane | None:
    """The pane that holds ``widget`` (the innermost, if several do)."""
    while widget is not None:
        for pane in panes:
            if widget in (pane.holder, pane.handle):
                return pane
        widget = widget.parentWidget()
    return None


class FocusCycle:
    """F6 / Shift+F6 over ``panes()``: the panes shown, in order."""

    def __init__(
        self, panes: Callable[[], Sequence[Pane]], say: Callable[[str, int], None]
    ) -> None:
        self.panes, self.say = panes, say

    def current(self) -> Pane | None:
        """The pane that has the focus now."""
        return pane_of(QApplication.focusWidget(), self.panes())

    def step(self, by: int) -> Pane | None:
        """Move the focus ``by`` panes on (wrapping); the pane reached."""
        panes = [p for p in self.panes() if p.holder.isVisible()]
        if not panes:
            return None
        here = self.current()
        keys = [p.key for p in panes]
        start = -1 if by > 0 else 0  # from outside every pane: F6 to the first, Shift+F6 last
        at = keys.index(here.key) if here is not None and here.key in keys else start
        pane = panes[(at + by) % len(panes)]
        pane.target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.say(tr(pane.name), FOCUS_MESSAGE_MS)  # (a name marked with QT_TRANSLATE_NOOP)
        return pane

    def next(self) -> None:
        self.step(1)

    def previous(self) -> None:
        self.step(-1)
