"""An annotation's change history (who changed what, when, from what to what) in a dialog."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.core.changelog import ChangeEntry, history
from app.core.library import Library
from app.ui.base.language import QT_TRANSLATE_NOOP, tr

SHOWN_FIELDS = ("status", "body", "quote", "deleted")
# The change log's actions (app.core.changelog: what each entry did), as people say them.
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Redline", "Created"),
    "update": QT_TRANSLATE_NOOP("Redline", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Redline", "Deleted"),
    "status": QT_TRANSLATE_NOOP("Redline", "Status changed"),
    "undo": QT_TRANSLATE_NOOP("Redline", "Undone"),
    "redo": QT_TRANSLATE_NOOP("Redline", "Redone"),
    "merge": QT_TRANSLATE_NOOP("Redline", "Merged from a file"),
    "resolve": QT_TRANSLATE_NOOP("Redline", "Conflict decided"),
    "review": QT_TRANSLATE_NOOP("Redline", "Page reviewed"),
    "ignore": QT_TRANSLATE_NOOP("Redline", "Ignored"),
}


def action_text(action: str) -> str:
    """A change-log action in the window's language (an unknown one as it is logged)."""
    return tr(ACTIONS[action]) if action in ACTIONS else action


def _summary(state: dict[str, object] | None) -> str:
    if state is None:
        return "—"
    shown = {k: state[k] for k in SHOWN_FIELDS if k in state}
    return json.dumps(shown, ensure_ascii=False)


class HistoryDialog(QDialog):
    """One row per change-log entry, oldest first. Deleted when closed."""

    def __init__(self, entries: list[ChangeEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(QT_TRANSLATE_NOOP("Redline", "Annotation history"))
        self.resize(900, 320)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                QT_TRANSLATE_NOOP("Redline", "When (UTC)"),
                QT_TRANSLATE_NOOP("Redline", "Who"),
                QT_TRANSLATE_NOOP("Redline", "Action"),
                QT_TRANSLATE_NOOP("Redline", "Before"),
                QT_TRANSLATE_NOOP("Redline", "After"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        for e in entries:
            when = e.at.strftime("%Y-%m-%d %H:%M:%S")
            self.tree.addTopLevelItem(
                QTreeWidgetItem(
                    [when, e.author, action_text(e.action), _summary(e.before), _summary(e.after)]
                )
            )
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        QVBoxLayout(self).addWidget(self.tree)


def show_history(lib: Library, uuid: str, parent: QWidget | None = None) -> HistoryDialog:
    """The history of annotation ``uuid``, shown (not modal)."""
    dialog = HistoryDialog(history(lib, uuid), parent)
    dialog.show()
    return dialog
