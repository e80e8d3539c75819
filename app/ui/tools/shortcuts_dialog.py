"""Help > Keyboard shortcuts: every key of the window on one sheet.

The menus' keys are read from the menus themselves (:func:`menu_rows`), so the sheet cannot
forget one; the keys that are not menu entries (in a text box, on the scan, with the mouse) are
listed in :data:`OTHER_KEYS`. A box at the top narrows the sheet to what is typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
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

from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, tr
from app.ui.base.screen_fit import fit_to_screen

TITLE = QT_TRANSLATE_NOOP("Redline", "Keyboard shortcuts")
FILTER_HINT = QT_TRANSLATE_NOOP("Redline", "Find a key or an action…")
HEADERS = (QT_TRANSLATE_NOOP("Redline", "Action"), QT_TRANSLATE_NOOP("Redline", "Keys"))
WINDOW_GROUP = QT_TRANSLATE_NOOP("Redline", "Window")


@dataclass(frozen=True)
class KeyRow:
    """One line of the sheet: where it applies, what it does, its keys."""

    group: str
    action: str
    keys: str


def native_keys(keys: str) -> str:
    """A key sequence written portably ("Ctrl+Enter", "Esc") as the window's language names its
    keys, as the menus' keys are shown ("Strg+Enter", "Échap"); anything else (a gesture, a
    sentence) as it is."""
    sequence = QKeySequence(keys, QKeySequence.SequenceFormat.PortableText)
    if sequence.isEmpty() or sequence.toString(QKeySequence.SequenceFormat.PortableText) != keys:
        return keys
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


OTHER_KEYS = (
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Anywhere"),
        QT_TRANSLATE_NOOP("Redline", "Next / previous control (Tab leaves a table)"),
        QT_TRANSLATE_NOOP("Redline", "Tab, Shift+Tab"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Anywhere"),
        QT_TRANSLATE_NOOP("Redline", "Close a dialog, leave the reading mode"),
        "Esc",
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Annotation forms"),
        QT_TRANSLATE_NOOP("Redline", "Save (also from a note's lines)"),
        "Ctrl+Enter",
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Annotation forms"),
        QT_TRANSLATE_NOOP(
            "Redline",
            "Take the completion shown (tag path, exemption code); a code typed whole is saved",
        ),
        "Enter",
    ),
    KeyRow(  # (Qt's own key of a tab widget: no menu lists it, so the sheet left it out)
        QT_TRANSLATE_NOOP("Redline", "Side panel"),
        QT_TRANSLATE_NOOP("Redline", "Next / previous tab (Library, Search, Annotations…)"),
        QT_TRANSLATE_NOOP("Redline", "Ctrl+Tab, Ctrl+Shift+Tab in the panel"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Library"),
        QT_TRANSLATE_NOOP("Redline", "Open the first document listed and go to its scan"),
        QT_TRANSLATE_NOOP("Redline", "Enter in the filter"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Library"),
        QT_TRANSLATE_NOOP("Redline", "Into the document table"),
        QT_TRANSLATE_NOOP("Redline", "Down in the filter"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Library"),
        QT_TRANSLATE_NOOP("Redline", "Open the document and go to its scan"),
        QT_TRANSLATE_NOOP("Redline", "Enter on a row"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Library"),
        QT_TRANSLATE_NOOP("Redline", "Edit the document's metadata"),
        QT_TRANSLATE_NOOP("Redline", "Double-click a metadata cell"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Search"),
        QT_TRANSLATE_NOOP("Redline", "Search all pages"),
        QT_TRANSLATE_NOOP("Redline", "Enter in the search box"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Search"),
        QT_TRANSLATE_NOOP("Redline", "Into the results"),
        QT_TRANSLATE_NOOP("Redline", "Down in the search box"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Search"),
        QT_TRANSLATE_NOOP("Redline", "Open the page with its matches"),
        QT_TRANSLATE_NOOP("Redline", "Enter on a result"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Scan"),
        QT_TRANSLATE_NOOP("Redline", "Zoom in / out"),
        QT_TRANSLATE_NOOP("Redline", "Ctrl+wheel"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Scan"),
        QT_TRANSLATE_NOOP("Redline", "Move the page"),
        QT_TRANSLATE_NOOP("Redline", "Drag"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Scan"),
        QT_TRANSLATE_NOOP(
            "Redline", "Draw a region to annotate (by keyboard: select words, Ctrl+Shift+R)"
        ),
        QT_TRANSLATE_NOOP("Redline", "Shift+drag"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Scan"),
        QT_TRANSLATE_NOOP("Redline", "The chosen annotation's menu (its history, and more)"),
        QT_TRANSLATE_NOOP("Redline", "Menu key, Shift+F10"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Scan"),
        QT_TRANSLATE_NOOP("Redline", "Select the word in the text"),
        QT_TRANSLATE_NOOP("Redline", "Click a word"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Scan"),
        QT_TRANSLATE_NOOP("Redline", "What an annotation is, who made it and when"),
        QT_TRANSLATE_NOOP("Redline", "Hover it"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Text"),
        QT_TRANSLATE_NOOP("Redline", "Outline the word on the scan"),
        QT_TRANSLATE_NOOP("Redline", "Click or hover a word"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Text"),
        QT_TRANSLATE_NOOP("Redline", "What an annotation is, who made it and when"),
        QT_TRANSLATE_NOOP("Redline", "Hover its words"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Text"),
        QT_TRANSLATE_NOOP("Redline", "Move the cursor, its word outlined on the scan (not pages)"),
        QT_TRANSLATE_NOOP("Redline", "Arrows, Home, End"),
    ),
    KeyRow(
        QT_TRANSLATE_NOOP("Redline", "Text"),
        QT_TRANSLATE_NOOP("Redline", "Select words to annotate"),
        QT_TRANSLATE_NOOP("Redline", "Shift+arrows, Ctrl+Shift+Right"),
    ),
)


def plain(text: str) -> str:
    """A menu text as read: without its mnemonic marks ("Fin&d…" → "Find…")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# Keys of a few old or special keyboards that a platform adds to its standard keys (X11 gives
# Redo the Redo key): no usual keyboard has them, and "Ctrl+Shift+Z, Redo, Ctrl+Y" read like a
# slip. They still work; the sheet leaves them out.
SPECIAL_KEYS = frozenset(
    {
        Qt.Key.Key_Redo, Qt.Key.Key_Undo, Qt.Key.Key_Copy, Qt.Key.Key_Cut, Qt.Key.Key_Paste,
        Qt.Key.Key_Find, Qt.Key.Key_Open, Qt.Key.Key_Close, Qt.Key.Key_Save, Qt.Key.Key_New,
    }
)  # fmt: skip


def pressable(sequence: QKeySequence) -> bool:
    """Whether ``sequence`` is pressed on a usual keyboard (not a lone special key)."""
    return not (sequence.count() == 1 and sequence[0].key() in SPECIAL_KEYS)  # type: ignore[index]


def keys_of(action: QAction) -> str:
    """The action's keys as the platform writes them, each once, those of a usual keyboard."""
    keys = (
        s.toString(QKeySequence.SequenceFormat.NativeText)
        for s in action.shortcuts()
        if pressable(s)
    )
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
            rows.append(KeyRow(tr(WINDOW_GROUP), plain(action.text()), keys_of(action)))
    return rows


class ShortcutsDialog(QDialog):
    """The sheet: the rows grouped as given, a filter box above them."""

    def __init__(self, rows: Sequence[KeyRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(TITLE))
        self.rows = list(rows)
        self.filter = QLineEdit(placeholderText=tr(FILTER_HINT))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        named(self.filter, QT_TRANSLATE_NOOP("Redline", "Filter the keys"), tr(FILTER_HINT))
        named(
            self.tree,
            QT_TRANSLATE_NOOP("Redline", "Keyboard shortcuts"),
            QT_TRANSLATE_NOOP("Redline", "Every key of the window and what it does."),
        )
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
        # Wide enough for both columns whole ("Strg+Umschalt+Z, Strg+Y", not "Strg+Umschalt+Z,
        # …"), as far as the screen allows.
        keys = self.tree.sizeHintForColumn(1) + 2 * self.tree.frameWidth() + 24
        want = self.tree.columnWidth(0) + keys + self.tree.verticalScrollBar().sizeHint().width()
        margins = layout.contentsMargins()
        screen = self.screen().availableGeometry().width() if self.screen() else 1600
        self.resize(min(max(640, want + margins.left() + margins.right()), screen - 40), 720)
        fit_to_screen(self)

    def _fill(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for row in self.rows:
            group = groups.get(row.group)
            if group is None:
                group = groups[row.group] = QTreeWidgetItem(self.tree, [tr(row.group)])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
            # (the menus' rows come translated; the others are marked where they are listed)
            item = QTreeWidgetItem(group, [tr(row.action), native_keys(tr(row.keys))])
            item.setToolTip(1, item.text(1))  # (whole, where a narrow screen cuts the column)
        self.tree.expandAll()
        # The actions' width: a group's title spans both columns and may run past it.
        metrics, indent = self.tree.fontMetrics(), self.tree.indentation()
        widest = max(
            (metrics.horizontalAdvance(c.text(0)) for _, items in self._groups() for c in items),
            default=0,
        )
        self.tree.setColumnWidth(0, widest + indent + 24)

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
