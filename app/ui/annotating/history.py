"""An annotation's change history (who changed what, when, from what to what) in a dialog."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.core.changelog import ChangeEntry, history
from app.core.library import Library
from app.ui.base.language import QT_TRANSLATE_NOOP

SHOWN_FIELDS = ("status", "body", "quote", "deleted")


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
                QTreeWidgetItem([when, e.author, e.action, _summary(e.before), _summary(e.after)])
            )
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        QVBoxLayout(self).addWidget(self.tree)


def show_history(lib: Library, uuid: str, parent: QWidget | None = None) -> HistoryDialog:
    """The history of annotation ``uuid``, shown (not modal)."""
    dialog = HistoryDialog(history(lib, uuid), parent)
    dialog.show()
    return dialog
