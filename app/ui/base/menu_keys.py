"""An open menu takes the keys typed into it.

Qt lets a shortcut win over a menu's own keys: with the View menu open, R (its "Rotate view"
mnemonic) ran the document's one-key Reject, because an action in a menu counts as in reach of
the menu bar, and the bar holds the focus while a menu of it is open. A key without Ctrl, Alt
or Meta typed into an open menu, or into the menu bar while it has the keyboard (Alt, then a
letter), is the menu's: its mnemonic, or nothing. Ctrl+Z and the like still reach their
actions.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

_HELD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class _MenuKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & _HELD
            and (
                isinstance(watched, QMenu) or (isinstance(watched, QWidget) and watched.hasFocus())
            )
        ):
            event.accept()  # no shortcut: the key goes to the menu as typed
            return True
        return False


_filter: _MenuKeys | None = None


def menus_of(bar: QMenuBar) -> list[QMenu]:
    """Every menu the bar opens, and their submenus, in order (a menu made with the window as
    its parent is not a child of the bar: ``findChildren`` missed Edit, Annotate and Review)."""
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu) and sub not in found:
                walk(sub)

    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu)
    return found


def keys_to_menus(*widgets: QMenu | QMenuBar) -> None:
    """Let each menu (and each menu bar, while it has the keyboard) take the keys typed into
    it before any shortcut does."""
    global _filter
    if _filter is None:
        _filter = _MenuKeys()
    for widget in widgets:
        widget.installEventFilter(_filter)
