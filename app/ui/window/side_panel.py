"""The side panel: the Library, Search, Doubtful words and Annotations tabs.

The tabs stand on the panel's left edge, their names turned to read upwards (as in an IDE): the
four names, in any language, need the panel's height, not its width, so every tab stays in sight
and its name whole at the panel's narrowest (on top, at 245 px, "Doubtful words" was cut and the
Annotations tab was scrolled out of sight). Each tab says on hover what it holds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

# Up and Down walk tabs stacked on the left edge; QTabBar itself only takes Left and Right.
_ALONG = {Qt.Key.Key_Up: Qt.Key.Key_Left, Qt.Key.Key_Down: Qt.Key.Key_Right}


class _EdgeTabBar(QTabBar):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = _ALONG.get(Qt.Key(event.key()))
        if key is None:
            super().keyPressEvent(event)
            return
        super().keyPressEvent(QKeyEvent(event.type(), key, event.modifiers()))


class SidePanel(QTabWidget):
    """A tab widget with its tabs on the west edge, none scrolled out of sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(_EdgeTabBar(self))
        self.setTabPosition(QTabWidget.TabPosition.West)
        # (the bar needs the height of the four names, about 380 px in German: a shorter panel
        # cuts the longest names with "…" rather than scroll a tab out of sight)
        self.setUsesScrollButtons(False)

    def add(self, pane: QWidget, text: str, tip: str) -> None:
        """``pane`` as a tab named ``text``, whose tooltip is ``tip``."""
        self.setTabToolTip(self.addTab(pane, text), tip)
