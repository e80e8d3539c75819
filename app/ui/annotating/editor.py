"""Dialogs that ask for an annotation's body: one form per kind, prefilled when editing.

``AnnotationDialog.body()`` is the dict the service validates; the service normalises values
(marking capitals, exemption codes), so the form does not second-guess them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.core.annotating.tags import TagNode, TagRecord, walk_tags
from app.core.annotating.vocabulary import LEAVE_VISIBLE, Kind, marking_categories
from app.ui.document.annotation_style import KIND_LABELS


def flatten_tags(nodes: Sequence[TagNode]) -> list[tuple[TagRecord, str]]:
    """(tag, indented name) for every tag of the tree, parents before their children."""
    return [(n.tag, "    " * (len(path) - 1) + n.tag.name) for n, path in walk_tags(nodes)]


class AnnotationDialog(QDialog):
    """Ask for (or edit) the body of one annotation of ``kind``. ``on_edit(body)``, when given, is
    called as the person types a correction, so the corrected reading follows the keys."""

    def __init__(
        self,
        kind: Kind,
        *,
        quote: str = "",
        body: Mapping[str, Any] | None = None,
        tags: Sequence[TagNode] = (),
        on_edit: Callable[[dict[str, Any]], None] | None = None,
        detected: Sequence[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self._on_edit, self._detected = kind, on_edit, detected
        body = body or {}
        self._kept = {k: v for k, v in body.items() if k == "share"}  # the detector's measure
        self.setWindowTitle(f"{KIND_LABELS.get(kind, kind)}{' — edit' if body else ''}")
        self.form = QFormLayout(self)
        if quote:
            label = QLabel(f"“{quote}”")
            label.setWordWrap(True)
            self.form.addRow("Text:", label)
        builders = {
            "correction": lambda: self._correction(quote, body),
            "tag": lambda: self._tag(tags, body),
            "marking": lambda: self._marking(body),
            "redaction": lambda: self._redaction(body),
            "note": lambda: self._note(body),
        }
        builders[kind]()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    def _correction(self, quote: str, body: Mapping[str, Any]) -> None:
        self.replacement = QLineEdit(body.get("replacement", quote))
        self.replacement.selectAll()
        self.replacement.textEdited.connect(self._on_text_edited)
        self.form.addRow("Reads:", self.replacement)

    def _on_text_edited(self, _text: str) -> None:
        if self._on_edit is not None:
            self._on_edit(self.body())

    def _tag(self, tags: Sequence[TagNode], body: Mapping[str, Any]) -> None:
        self.tag = QComboBox()
        for tag, name in flatten_tags(tags):
            self.tag.addItem(name, tag.uuid)
        i = self.tag.findData(body.get("tag"))
        self.tag.setCurrentIndex(max(i, 0))
        self.form.addRow("Tag:", self.tag)

    def _marking(self, body: Mapping[str, Any]) -> None:
        self.category = QComboBox()
        for c in marking_categories():
            self.category.addItem(c.label, c.id)
        self.value = QComboBox()
        self.value.setEditable(True)
        self.category.currentIndexChanged.connect(self._on_category_changed)
        self.category.setCurrentIndex(max(self.category.findData(body.get("category")), 0))
        self._on_category_changed(self.category.currentIndex())
        self.value.setCurrentText(body.get("value", ""))
        self.struck = QCheckBox("Struck through (marked, then cancelled)")
        self.struck.setChecked(bool(body.get("struck", False)))
        self.form.addRow("Category:", self.category)
        self.form.addRow("Value:", self.value)
        self.form.addRow("", self.struck)

    def _on_category_changed(self, _index: int) -> None:
        cid = self.category.currentData()
        examples = next((c.examples for c in marking_categories() if c.id == cid), ())
        text = self.value.currentText()
        self.value.clear()
        self.value.addItems(list(examples))
        self.value.setCurrentText(text)

    def _redaction(self, body: Mapping[str, Any]) -> None:
        if self._detected is not None:  # accepting a proposal: say where the codes came from
            said = (
                f"Detected beside the box: {', '.join(self._detected)}"
                if self._detected
                else "No exemption code was detected beside the box."
            )
            self.detected_label = QLabel(said)
            self.form.addRow(self.detected_label)
        self.exemptions = QLineEdit(", ".join(body.get("exemptions", [])))
        self.exemptions.setPlaceholderText("e.g. B1, B6, 1.4(c)")
        self.redaction_note = QLineEdit(body.get("note", ""))
        self.leave_visible = QCheckBox("Leave visible in publications (do not burn it in)")
        self.leave_visible.setToolTip(
            "Accepted redactions are burned into publication PDFs: the text and pixels under the "
            "box are removed. Tick this to publish what is under this one."
        )
        self.leave_visible.setChecked(body.get(LEAVE_VISIBLE) is True)
        self.form.addRow("Exemption codes:", self.exemptions)
        self.form.addRow("Note:", self.redaction_note)
        self.form.addRow("Publishing:", self.leave_visible)

    def _note(self, body: Mapping[str, Any]) -> None:
        self.note = QPlainTextEdit(body.get("text", ""))
        self.form.addRow("Note:", self.note)

    def body(self) -> dict[str, Any]:
        """The body as the form now reads."""
        if self.kind == "correction":
            return {"replacement": self.replacement.text()}
        if self.kind == "tag":
            return {"tag": self.tag.currentData()}
        if self.kind == "marking":
            marking = {"category": self.category.currentData(), "value": self.value.currentText()}
            return {**marking, "struck": True} if self.struck.isChecked() else marking
        if self.kind == "redaction":
            codes = [c.strip() for c in self.exemptions.text().replace(";", ",").split(",")]
            out: dict[str, Any] = {**self._kept, "exemptions": [c for c in codes if c]}
            if self.redaction_note.text().strip():
                out["note"] = self.redaction_note.text().strip()
            if self.leave_visible.isChecked():
                out[LEAVE_VISIBLE] = True
            return out
        return {"text": self.note.toPlainText()}
