"""Tools > Document metadata… (or a double-click in the library table): the document's metadata
values, each showing whether a person or the detector set it; what the person changes is saved
with origin "person" and a change-log row (``app.core.documents.metadata``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.documents.metadata import (
    FIELDS,
    MetadataValue,
    document_metadata_entries,
    set_document_metadata,
)
from app.core.documents.queries import document_summary
from app.core.ids import DocumentId
from app.core.library import Library
from app.ui.base.author import person_name
from app.ui.base.language import say, tr, translate
from app.ui.base.plain_label import plain_label
from app.ui.base.screen_fit import fit_to_screen
from app.ui.tools.host import ToolHost


def origin_text(entry: MetadataValue | None) -> str:
    """Who set a value, for the column beside it (the detector's rule: :func:`origin_tip`)."""
    if entry is None:
        return ""
    if entry.origin == "person":
        if entry.author:
            return translate("Redline", "typed by {who}").format(who=entry.author)
        return translate("Redline", "typed by a person")
    if entry.confidence is None:
        return translate("Redline", "detected")
    sure = f"{entry.confidence:.0%}"
    return translate("Redline", "detected, {percent} sure").format(percent=sure)


def origin_tip(entry: MetadataValue | None) -> str:
    """The detector's rule that found a value (its technical name, for a bug report)."""
    if entry is None or entry.origin == "person" or not entry.rule_id:
        return ""
    return translate("Redline", "Detection rule: {rule}").format(rule=entry.rule_id)


class MetadataDialog(QDialog):
    """One line edit per key with the value's origin beside it; OK saves what changed."""

    def __init__(
        self,
        lib: Library,
        doc_id: DocumentId,
        title: str,
        parent: QWidget | None = None,
        *,
        author: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Redline", "Metadata — {title}").format(title=title))
        self.lib, self.doc_id, self.author = lib, doc_id, author
        self.entries = document_metadata_entries(lib, doc_id)
        self.edits: dict[str, QLineEdit] = {}
        self.origins: dict[str, QLabel] = {}
        self.changed: list[str] = []
        grid = QGridLayout()
        keys = [k for k, _ in FIELDS] + sorted(set(self.entries) - {k for k, _ in FIELDS})
        labels = dict(FIELDS)
        for row, key in enumerate(keys):
            entry = self.entries.get(key)
            self.edits[key] = QLineEdit(entry.value if entry else "")
            self.edits[key].setMinimumWidth(280)
            self.origins[key] = plain_label(origin_text(entry))
            self.origins[key].setToolTip(origin_tip(entry))
            self.origins[key].setEnabled(False)  # greyed: a note, not a field
            label = QLabel(tr(labels.get(key, key.replace("_", " ").capitalize())) + ":")
            label.setBuddy(self.edits[key])  # (its name for screen readers)
            grid.addWidget(label, row, 0)
            grid.addWidget(self.edits[key], row, 1)
            grid.addWidget(self.origins[key], row, 2)
        grid.setColumnStretch(1, 1)
        self.error = plain_label()
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not lib.read_only)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 0)
        fit_to_screen(self)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)

    def edited_values(self) -> dict[str, str]:
        """The keys whose text differs from what is stored."""
        out = {}
        for key, edit in self.edits.items():
            entry = self.entries.get(key)
            if edit.text().strip() != (entry.value if entry else ""):
                out[key] = edit.text()
        return out

    def _on_accepted(self) -> None:
        # One short transaction of a few rows: fast enough for the GUI thread.
        try:
            self.changed = set_document_metadata(
                self.lib, self.doc_id, self.edited_values(), author=self.author
            )
        except Exception as exc:  # shown to the person; the transaction rolled back
            self.error.setText(translate("Redline", "Not saved: {reason}").format(reason=say(exc)))
            self.error.show()
            return
        self.accept()


def edit_metadata(host: ToolHost, doc_id: DocumentId | None = None) -> MetadataDialog | None:
    """Tools > Document metadata…: the dialog for ``doc_id`` (default: the open document)."""
    doc_id = doc_id if doc_id is not None else host.document_id
    if doc_id is None:
        host.show_message(translate("Redline", "Open a document first."))
        return None
    summary = document_summary(host.lib, doc_id)
    dialog = MetadataDialog(
        host.lib, doc_id, summary.title, host.window(), author=person_name(host.settings)
    )
    dialog.accepted.connect(host.reload_library)
    dialog.open()
    return dialog
