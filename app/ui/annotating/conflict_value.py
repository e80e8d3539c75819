"""Edit… in Edit › Conflicts…: a value of one's own for a field in conflict, written in a form
made for it — a choice of the vocabulary's words (a status, a page's review), a check box for a
yes/no field (deleted, orphaned), the codes as a list, a text in a box; raw JSON only for what
has no form of its own. What the form cannot read, or the decision refuses (an exemption code the
vocabulary does not know, a conflict decided meanwhile), is said in the form, which stays open
with what was typed, to mend or cancel; nothing is changed until a value is taken.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.ui.base.accessible import named
from app.ui.base.language import translate
from app.ui.base.plain_label import plain_label

Submit = Callable[[Any], str | None]  # a value -> None (taken) or why it was not


class NotReadable(ValueError):
    """What was typed is no value of the field (said in the form)."""


class ValueEditor(QDialog):
    """The form for one field: ``submit`` is asked on OK; the form closes only once it takes
    the value (returns None), else shows what it said."""

    def __init__(
        self,
        name: str,
        current: Any,
        submit: Submit,
        parent: QWidget | None = None,
        *,
        choices: tuple[tuple[str, str], ...] = (),  # (value, as shown)
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Redline", "Decide the conflict"))
        self.submit = submit
        title = name[:1].upper() + name[1:]
        layout = QVBoxLayout(self)
        self.input: QWidget
        self._read: Callable[[], Any]
        if choices:
            combo = QComboBox()
            for value, shown in choices:
                combo.addItem(shown, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            self.input, self._read = combo, combo.currentData
            layout.addWidget(QLabel(title + ":"))
        elif isinstance(current, bool):  # yes or no: never JSON
            box = QCheckBox(title)
            box.setChecked(current)
            self.input, self._read = box, box.isChecked
        elif isinstance(current, list) and all(isinstance(v, str) for v in current):
            line = QLineEdit(", ".join(current))
            self.input = line
            self._read = lambda: [v.strip() for v in line.text().split(",") if v.strip()]
            layout.addWidget(QLabel(title + ":"))
        elif isinstance(current, str) or current is None:
            text = QPlainTextEdit(current or "")
            self.input, self._read = text, text.toPlainText
            layout.addWidget(QLabel(title + ":"))
        else:
            raw = QPlainTextEdit(json.dumps(current, ensure_ascii=False))
            self.input, self._read = raw, lambda: _json(raw.toPlainText())
            layout.addWidget(QLabel(translate("Redline", "{field} (JSON):").format(field=title)))
        named(self.input, title, translate("Redline", "Write the value to keep yourself"))
        layout.addWidget(self.input)
        self.said = plain_label()  # why the value was not taken, when it was not
        self.said.setWordWrap(True)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        self.refusal = QWidget()
        row = QHBoxLayout(self.refusal)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.said, 1)
        self.refusal.hide()
        layout.addWidget(self.refusal)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        # wide enough for its title beside the frame's buttons: a yes/no form was as narrow as
        # its check box and OK, and its title read "Decid… onflict"
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.windowTitle()) * 2 + 120)

    def value(self) -> Any:
        """The value as written (NotReadable: it is none)."""
        return self._read()

    def accept(self) -> None:
        try:
            value = self.value()
        except NotReadable as exc:
            self.refuse(str(exc))
            return
        refused = self.submit(value)
        if refused is not None:
            self.refuse(refused)
            return
        super().accept()

    def refuse(self, text: str) -> None:
        """Say why, in the form, which stays open with what was typed."""
        self.said.setText(text)
        self.refusal.show()
        self.input.setFocus()


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise NotReadable(
            translate("Redline", "That is not a JSON value; nothing was changed.")
        ) from None
