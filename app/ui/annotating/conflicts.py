"""Edit › Conflicts…: what a merge could not decide, put to a person side by side.

On the left every annotation, tag and page review in conflict, by document and page; on the
right the chosen one's fields: this library's value ("Here") beside the other side's ("There"),
each with who set it and when, and the choice: keep here, take there, or edit a value of one's
own. Each choice is written at once and is one undo step (Edit › Undo). The list is read on the
database worker.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.annotating.conflicts import Conflict, decide, list_conflicts
from app.core.annotating.revisions import FieldConflict, Value
from app.core.annotating.vocabulary import STATUSES
from app.core.documents.review_status import PAGE_STATUSES
from app.core.errors import RedlineError
from app.core.exchange.merge_report import FIELDS, Words
from app.core.ids import DocumentId
from app.ui.annotating.actions import AnnotationActions
from app.ui.annotating.context import Changes

Show = Callable[[DocumentId, int, str], bool]
CHOICES: dict[str, tuple[str, ...]] = {"status": STATUSES, "review": PAGE_STATUSES}


def where(c: Conflict) -> str:
    if c.entity == "tag":
        return "Tags"
    page = f"page {(c.page or 0) + 1}"
    return f"{c.document}, {page}" if c.document else page


def what(c: Conflict, w: Words) -> str:
    if c.entity == "tag":
        return f"tag '{c.label}'"
    if c.entity == "page":
        return "the page's review"
    if c.label:
        return f"{c.kind} over '{c.label}'"
    said = f" ('{c.text[:40]}')" if c.text else ""
    return f"{c.kind} by {w.who(c.author)}{said}"


def shown(field: str, value: Any, w: Words) -> str:
    """A value in full, as a person reads it (the report shortens; here there is room)."""
    if isinstance(value, str) and field not in ("status", "review", "body.tag", "parent"):
        return value or "(empty)"
    return w.value(field, value)


class ConflictsDialog(QDialog):
    """Not modal; one per window. ``ask_value`` is a method so tests can answer it."""

    def __init__(
        self, actions: AnnotationActions, parent: QWidget | None = None, *, show: Show | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Conflicts")
        self.ann, self.show_in_window = actions, show
        self.conflicts: list[Conflict] = []
        self.current: Conflict | None = None
        self.wanted: str | None = None  # shown once the list is read
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Where", "What", "In conflict"])
        self.tree.setRootIsDecorated(False)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.heading = QLabel("Nothing is in conflict.")
        self.heading.setWordWrap(True)
        self.panel = QWidget()
        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.addWidget(self.heading)
        self.panel_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(scroll)
        splitter.setSizes([330, 620])
        self.show_button = QPushButton("Show in the document")
        self.show_button.clicked.connect(self._on_show_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.resize(980, 520)
        actions.context.changed.connect(self._on_changed)

    def words(self) -> Words:
        return Words(self.ann.author_source.name or "")

    # -- the list ---------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        """A step that may have decided (or undone the decision of) a conflict: read again."""
        if self.isVisible() and (changes.rows or changes.annotations or changes.tags is not None):
            self.reload()

    def reload(self) -> None:
        lib = self.ann.lib
        self.ann.context.db.submit(
            lambda: list_conflicts(lib),
            self._on_loaded,
            lambda exc: self.ann.message.emit(f"Cannot list the conflicts: {exc}"),
        )

    def open_at(self, uuid: str | None = None) -> None:
        """Show the dialog with the conflicts read again (at ``uuid``'s, if given)."""
        self.wanted = uuid
        self.reload()
        self.show()
        self.raise_()

    def _on_loaded(self, conflicts: list[Conflict]) -> None:
        keep = self.wanted or (self.current.uuid if self.current is not None else None)
        self.wanted = None
        self.conflicts = conflicts
        w = self.words()
        self.tree.blockSignals(True)
        self.tree.clear()
        for c in conflicts:
            fields = ", ".join(FIELDS.get(f.field, f.field) for f in c.fields)
            item = QTreeWidgetItem([where(c), what(c, w), fields])
            item.setData(0, Qt.ItemDataRole.UserRole, c.uuid)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.tree.blockSignals(False)
        uuids = [c.uuid for c in conflicts]
        row = uuids.index(keep) if keep in uuids else 0
        if conflicts:
            self.tree.setCurrentItem(self._item(row))
        else:
            self._show(None)

    def select(self, uuid: str) -> bool:
        """Show the conflict of ``uuid`` (once the list is loaded)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self._item(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == uuid:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _item(self, row: int) -> QTreeWidgetItem:
        item = self.tree.topLevelItem(row)
        assert item is not None
        return item

    def _on_current_changed(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        uuid = None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
        self._show(next((c for c in self.conflicts if c.uuid == uuid), None))

    # -- side by side -----------------------------------------------------------------------------

    def _show(self, conflict: Conflict | None) -> None:
        self.current = conflict
        while self.panel_layout.count() > 2:  # the heading and the stretch stay
            taken = self.panel_layout.takeAt(1)
            widget = None if taken is None else taken.widget()
            if widget is not None:
                widget.deleteLater()
        self.show_button.setEnabled(conflict is not None and conflict.entity == "annotation")
        if conflict is None:
            self.heading.setText("Nothing is in conflict.")
            return
        w = self.words()
        self.heading.setText(
            f"<b>{where(conflict)}: {what(conflict, w)}</b><br>Changed differently here and "
            "in the library the set came from. Choose which value to keep, or write another."
        )
        for i, f in enumerate(conflict.fields):
            self.panel_layout.insertWidget(1 + i, self._field_box(conflict, f, w))

    def _field_box(self, conflict: Conflict, f: FieldConflict, w: Words) -> QGroupBox:
        box = QGroupBox(FIELDS.get(f.field, f.field).capitalize())
        grid = QGridLayout(box)
        sides = [("Here", f.here, "here")] + [
            (f"There{'' if len(f.there) == 1 else f' ({n})'}", v,
             "there" if len(f.there) == 1 else f"there:{n}")
            for n, v in enumerate(f.there, 1)
        ]  # fmt: skip
        for column, (title, value, take) in enumerate(sides):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            grid.addWidget(self._value_label(f.field, value, w), 1, column)
            grid.addWidget(QLabel(self._who(value, w)), 2, column)
            label = "Keep here" if take == "here" else f"Take {title.lower()}"
            button = QPushButton(label)
            button.clicked.connect(
                lambda _=False, t=take, n=f.field, u=conflict.uuid: self.choose(u, n, t)
            )
            grid.addWidget(button, 3, column)
            grid.setColumnStretch(column, 1)
        edit = QPushButton("Edit…")
        edit.setToolTip("Write the value to keep yourself")
        edit.clicked.connect(lambda _=False, c=conflict, n=f: self._on_edit_clicked(c, n))
        grid.addWidget(edit, 4, 0)
        return box

    @staticmethod
    def _value_label(field: str, value: Value, w: Words) -> QLabel:
        label = QLabel(shown(field, value.value, w))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFrameShape(QLabel.Shape.StyledPanel)
        label.setMinimumHeight(48)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    @staticmethod
    def _who(value: Value, w: Words) -> str:
        return f"{w.who(value.by)}, {w.when(value.at)}"

    # -- deciding ---------------------------------------------------------------------------------

    def choose(self, uuid: str, field: str, take: str) -> bool:
        """Keep here or take there for one field: one undo step."""
        text = "Keep here" if take == "here" else "Take there"
        return self._decide(uuid, field, f"{text}: {FIELDS.get(field, field)}", take=take)

    def edit(self, uuid: str, field: str, value: Any) -> bool:
        """Decide one field with a value of the person's own: one undo step."""
        return self._decide(uuid, field, f"Decide: {FIELDS.get(field, field)}", value=value)

    def _decide(self, uuid: str, field: str, text: str, **how: Any) -> bool:
        a = self.ann
        if not a.author_source.require():
            return False
        try:
            decision = decide(a.lib, uuid, author=a.author(), field=field, **how)
        except RedlineError as exc:
            a.message.emit(str(exc))
            return False
        a.push_rows(decision.rows, text)
        a.message.emit(f"{text}: decided.")
        return True

    def _on_edit_clicked(self, conflict: Conflict, f: FieldConflict) -> None:
        value = self.ask_value(f)
        if value is not None:
            self.edit(conflict.uuid, f.field, value)

    def ask_value(self, f: FieldConflict) -> Any | None:
        """The value a person writes for ``f`` (None: cancelled)."""
        title, label = "Decide the conflict", FIELDS.get(f.field, f.field).capitalize() + ":"
        current = f.here.value
        if f.field in CHOICES:
            options = list(CHOICES[f.field])
            at = options.index(current) if current in options else 0
            item, ok = QInputDialog.getItem(self, title, label, options, at, False)
            return item if ok else None
        if isinstance(current, list) and all(isinstance(v, str) for v in current):
            text, ok = QInputDialog.getText(
                self, title, label, QLineEdit.EchoMode.Normal, ", ".join(current)
            )
            return [v.strip() for v in text.split(",") if v.strip()] if ok else None
        if isinstance(current, str) or current is None:
            text, ok = QInputDialog.getMultiLineText(self, title, label, current or "")
            return text if ok else None
        text, ok = QInputDialog.getMultiLineText(
            self, title, label + " (JSON)", json.dumps(current)
        )
        if not ok:
            return None
        try:
            return json.loads(text)
        except ValueError:
            self.ann.message.emit("That is not a JSON value; nothing was changed.")
            return None

    def _on_show_clicked(self) -> None:
        c = self.current
        if c is None or c.entity != "annotation" or c.document_id is None:
            return
        if self.show_in_window is not None:
            self.show_in_window(c.document_id, c.page or 0, c.uuid)
        else:
            self.ann.page.show_annotation(c.uuid)
