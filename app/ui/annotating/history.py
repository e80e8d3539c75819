"""An annotation's change history (who changed what, when, from what to what) in a dialog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.core.annotating.tag_store import TagNode, list_tags
from app.core.changelog import ChangeEntry, history
from app.core.detection.redaction_notes import read_note
from app.core.exchange.merge_words import Words
from app.core.library import Library
from app.ui.annotating.conflicts import ShownWords, field_name
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr
from app.ui.base.plain_label import plain_tip
from app.ui.base.screen_fit import fit_to_screen

QUOTE = QT_TRANSLATE_NOOP("Redline", "quoted text")  # what a text annotation's anchor quotes
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


def _fields(state: dict[str, Any] | None) -> dict[str, Any]:
    """A logged state's fields a person reads, named as the merge report names them: its
    status, whether deleted, the text it quotes and its body's fields (``body.note`` …)."""
    if state is None:
        return {}
    out: dict[str, Any] = {k: state[k] for k in ("status", "deleted") if k in state}
    anchor = state.get("text")
    if isinstance(anchor, dict) and "quote" in anchor:
        out["quote"] = anchor["quote"]
    body = state.get("body")
    if isinstance(body, dict):
        out.update({f"body.{k}": v for k, v in body.items()})
    return out


def _name(field: str) -> str:
    return tr(QUOTE) if field == "quote" else field_name(field)


def _value(field: str, value: Any, words: Words, whole: bool) -> str:
    if field == "body.note" and isinstance(value, str):
        value = say(read_note(value))  # a detector's note in the window's language
    if whole and isinstance(value, str) and value and field not in ("status", "body.tag"):
        return f"'{value}'"  # (the report's shortening is for the column)
    return str(words.value(field, value))


def changes(entry: ChangeEntry, words: Words, *, whole: bool = False) -> list[str]:
    """What a change did, a line a field in the window's language: ``status: proposed →
    accepted``; a creation, what it was made with (``codes: B1``). Long texts are cut short
    unless ``whole``."""
    before, after = _fields(entry.before), _fields(entry.after)
    empty: tuple[Any, ...] = (None, [], "", False)  # (a field made so was not set)
    lines = []
    for field in dict.fromkeys([*after, *before]):
        old, new = before.get(field), after.get(field)
        if entry.before is None:
            if new not in empty:
                lines.append(f"{_name(field)}: {_value(field, new, words, whole)}")
        elif old != new and not (old in empty and new in empty):
            was, now = _value(field, old, words, whole), _value(field, new, words, whole)
            lines.append(f"{_name(field)}: {was} → {now}")
    return lines


DETECTOR = QT_TRANSLATE_NOOP("Redline", "the detector")  # who made a proposal it logged


def who(entry: ChangeEntry) -> str:
    """Who made a change: its author, or the detector for the proposals it logged unsigned."""
    state = entry.after or entry.before or {}
    if not entry.author and state.get("origin") == "detector":
        return tr(DETECTOR)
    return entry.author


class HistoryDialog(QDialog):
    """One row per change-log entry, oldest first. Deleted when closed."""

    def __init__(
        self, entries: list[ChangeEntry], words: Words, parent: QWidget | None = None
    ) -> None:
        """``words``: how its values read (tag names, who "you" are)."""
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
                QT_TRANSLATE_NOOP("Redline", "What changed"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        for e in entries:
            when = e.at.strftime("%Y-%m-%d %H:%M:%S")
            said = "; ".join(changes(e, words))
            item = QTreeWidgetItem([when, who(e), action_text(e.action), said])
            item.setToolTip(3, plain_tip("\n".join(changes(e, words, whole=True))))
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        QVBoxLayout(self).addWidget(self.tree)
        fit_to_screen(self)


def show_history(lib: Library, uuid: str, parent: QWidget | None = None) -> HistoryDialog:
    """The history of annotation ``uuid``, shown (not modal)."""
    tags = {n.tag.uuid: n.tag.name for n in _all_tags(list_tags(lib))}
    dialog = HistoryDialog(history(lib, uuid), ShownWords("", tags=tags), parent)
    dialog.show()
    return dialog


def _all_tags(nodes: Sequence[TagNode]) -> list[TagNode]:
    return [t for n in nodes for t in (n, *_all_tags(n.children))]
