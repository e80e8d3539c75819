"""A list or table keeps its own moving keys while it has the focus.

The window's page keys (PgDn, PgUp, Right, Left, Home, End) are the whole window's, so in the
library's table End turned the open document to its last page while the table's row stayed
put, and PgDn paged the document, not the list. A widget given :func:`own_keys` takes the
arrows, PgUp, PgDn, Home and End (alone or with Shift; Home and End with Ctrl too) before any
shortcut does; Ctrl+PgDn and Ctrl+PgUp still go to the next and previous document. The text
pane gives its own test (its caret's keys: the arrows, Home and End, with Shift or Ctrl).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

K = Qt.Key
MOVING = frozenset({K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_PageUp,
                    K.Key_PageDown, K.Key_Home, K.Key_End})  # fmt: skip
M = Qt.KeyboardModifier


def is_moving_key(event: QKeyEvent) -> bool:
    """A key a list moves by, with no modifier but Shift (Home and End: Ctrl too)."""
    held = event.modifiers() & ~M.KeypadModifier
    allowed = M.ShiftModifier | (
        M.ControlModifier if event.key() in (K.Key_Home, K.Key_End) else M.NoModifier
    )
    return event.key() in MOVING and not held & ~allowed


class _OwnKeys(QObject):
    """Accepts the shortcut override of the keys ``taken`` says are the widget's own."""

    def __init__(self, taken: Callable[[QKeyEvent], bool], parent: QObject | None) -> None:
        super().__init__(parent)
        self.taken = taken

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.taken(event)
        ):
            event.accept()  # no shortcut: the key goes to the widget
            return True
        return False


def own_keys(widget: QWidget, taken: Callable[[QKeyEvent], bool] = is_moving_key) -> None:
    """Let ``widget`` take the keys ``taken`` picks (by default its moving keys) before the
    window's shortcuts do."""
    widget.installEventFilter(_OwnKeys(taken, widget))
