"""Help > Keyboard shortcuts: every key of the window on one sheet.

The menus' keys are read from the menus themselves (:func:`menu_rows`), so the sheet cannot
forget one; the keys that are not menu entries (in a text box, on the scan, with the mouse) are
listed in :data:`OTHER_KEYS`. A box at the top narrows the sheet to what is typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

TITLE = "Keyboard shortcuts"
FILTER_HINT = "Find a key or an action…"
HEADERS = ("Action", "Keys")
WINDOW_GROUP = "Window"


@dataclass(frozen=True)
class KeyRow:
    """One line of the sheet: where it applies, what it does, its keys."""

    group: str
    action: str
    keys: str


OTHER_KEYS = (
    KeyRow("Anywhere", "Next / previous control (Tab leaves a table)", "Tab, Shift+Tab"),
    KeyRow("Anywhere", "Close a dialog, leave the reading mode", "Esc"),
    KeyRow("Annotation forms", "Save (also from a note's lines)", "Ctrl+Enter"),
    KeyRow("Annotation forms", "Take the completion shown (tag path, exemption code)", "Enter"),
    KeyRow("Library", "Open the first document listed and go to its scan", "Enter in the filter"),
    KeyRow("Library", "Into the document table", "Down in the filter"),
    KeyRow("Library", "Open the document and go to its scan", "Enter on a row"),
    KeyRow("Library", "Edit the document's metadata", "Double-click a metadata cell"),
    KeyRow("Search", "Search all pages", "Enter in the search box"),
    KeyRow("Search", "Into the results", "Down in the search box"),
    KeyRow("Search", "Open the page with its matches", "Enter on a result"),
    KeyRow("Scan", "Zoom in / out", "Ctrl+wheel"),
    KeyRow("Scan", "Move the page", "Drag"),
    KeyRow("Scan", "Draw a region to annotate", "Shift+drag"),
    KeyRow("Scan", "Select the word in the text", "Click a word"),
    KeyRow("Scan", "What an annotation is, who made it and when", "Hover it"),
    KeyRow("Text", "Outline the word on the scan", "Click or hover a word"),
    KeyRow("Text", "What an annotation is, who made it and when", "Hover its words"),
)


def plain(text: str) -> str:
    """A menu text as read: without its mnemonic marks ("&Find…" → "Find…")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_of(action: QAction) -> str:
    """The action's keys as the platform writes them, each once."""
    keys = (s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
    return ", ".join(dict.fromkeys(k for k in keys if k))


def menu_rows(menu_bar: QMenuBar, window_actions: Iterable[QAction] = ()) -> list[KeyRow]:
    """A row for every action with a key: those of the menus (the group names the menu, and
    the submenu), then those of the window itself that no menu holds."""
    rows: list[KeyRow] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} › {plain(action.text())}")
            elif keys_of(action) and id(action) not in seen:
                seen.add(id(action))
                rows.append(KeyRow(path, plain(action.text()), keys_of(action)))

    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(top.text()))
    for action in window_actions:
        if keys_of(action) and id(action) not in seen and not action.menu():
            seen.add(id(action))
            rows.append(KeyRow(WINDOW_GROUP, plain(action.text()), keys_of(action)))
    return rows


class ShortcutsDialog(QDialog):
    """The sheet: the rows grouped as given, a filter box above them."""

    def __init__(self, rows: Sequence[KeyRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.rows = list(rows)
        self.filter = QLineEdit(placeholderText=FILTER_HINT)
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(list(HEADERS))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self._fill()
        self.filter.textChanged.connect(self._on_filter_changed)
        buttons.rejected.connect(self.reject)
        self.resize(640, 720)

    def _fill(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for row in self.rows:
            group = groups.get(row.group)
            if group is None:
                group = groups[row.group] = QTreeWidgetItem(self.tree, [row.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
            QTreeWidgetItem(group, [row.action, row.keys])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def _groups(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        tops = (self.tree.topLevelItem(g) for g in range(self.tree.topLevelItemCount()))
        return [
            (top, [c for c in (top.child(i) for i in range(top.childCount())) if c is not None])
            for top in tops
            if top is not None
        ]

    def _on_filter_changed(self, text: str) -> None:
        words = text.lower().split()
        for group, items in self._groups():
            shown = 0
            for item in items:
                line = f"{group.text(0)} {item.text(0)} {item.text(1)}".lower()
                hide = not all(w in line for w in words)
                item.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) of the rows shown (after the filter)."""
        return [
            (group.text(0), item.text(0), item.text(1))
            for group, items in self._groups()
            for item in items
            if not item.isHidden() and not group.isHidden()
        ]


def show_shortcuts(menu_bar: QMenuBar, window: QWidget) -> ShortcutsDialog:
    """Help > Keyboard shortcuts: the window's menus and its own keys, then the others."""
    dialog = ShortcutsDialog([*menu_rows(menu_bar, window.actions()), *OTHER_KEYS], window)
    dialog.open()
    return dialog
