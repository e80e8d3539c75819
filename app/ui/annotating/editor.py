"""Dialogs that ask for an annotation's body: one form per kind, prefilled when editing.

``AnnotationDialog.body()`` is the dict the service validates; the service normalises values
(marking capitals, exemption codes). The form checks what a person typed before it closes
(:func:`~app.core.annotating.bodies.validate_body`, exemption codes against their vocabulary)
and, given ``submit``, makes the annotation itself: a refusal is shown in the dialog, which stays
open with everything typed (and the rectangle drawn) kept. The focus starts on the field a person
types first; Ctrl+Enter submits, also from a note's several lines.

The tag box takes an existing tag's path or a new one ("Places › Vienna"), completed as it is
typed; a new path comes back as ``body()[NEW_TAG]`` (its names, top first) for the caller to make.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.core.annotating.bodies import normalise_marking_value, validate_body
from app.core.annotating.exemptions import (
    UnknownExemptionsError,
    check_exemptions,
    exemption_codes,
    known_exemption,
)
from app.core.annotating.tag_store import TagNode, TagRecord, walk_tags
from app.core.annotating.tags import PATH_SEPARATOR, split_tag_path
from app.core.annotating.vocabulary import LEAVE_VISIBLE, AnnotationError, Kind, marking_categories
from app.core.detection.redaction_notes import read_note
from app.core.detection.rules import load_rules
from app.core.errors import RedlineError
from app.ui.base.language import say, tr, translate
from app.ui.base.plain_label import plain_label, plain_tip
from app.ui.base.screen_fit import fit_to_screen
from app.ui.document.annotation_style import KIND_LABELS

NEW_TAG = "new_tag"  # body key: the names of a tag path typed that is not in the tree yet
SUBMIT_KEYS = ("Ctrl+Return", "Ctrl+Enter")
MIN_WIDTH = 440  # pixels: room for a tag's path, several codes, an error on two lines
QUOTE_LINES = 4  # the most lines of the words annotated the form shows at once
Submit = Callable[[dict[str, Any]], str | None]  # makes the annotation; an error, or None
# The field a person types first in each kind's form (its text in :meth:`AnnotationDialog.typed`)
MAIN_FIELD = {
    "correction": "replacement",
    "tag": "tag",
    "marking": "value",
    "redaction": "exemptions",
    "note": "text",
}
# The body fields each kind's form shows; the others an edited body keeps as they were (a
# detector's marking its ``text`` as the page prints it, a redaction its ``share``): the form
# dropped the marking's, and a later merge said "text kept from here" of a field nobody edited.
SHOWN_FIELDS: dict[str, frozenset[str]] = {
    "correction": frozenset({"replacement"}),
    "tag": frozenset({"tag"}),
    "marking": frozenset({"category", "value", "struck"}),
    "redaction": frozenset({"exemptions", "note", LEAVE_VISIBLE}),
    "note": frozenset({"text"}),
}


def _escaped(text: str) -> str:
    """``text`` as rich text shows it as written."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def flatten_tags(nodes: Sequence[TagNode]) -> list[tuple[TagRecord, str]]:
    """(tag, indented name) for every tag of the tree, parents before their children."""
    return [(n.tag, "    " * (len(path) - 1) + n.tag.name) for n, path in walk_tags(nodes)]


def read_as_marking(text: str, categories: Sequence[str]) -> tuple[str, str] | None:
    """(category, value) when ``text`` as a whole reads as a value of one of ``categories``,
    tried in their order, as the marking detection reads it ("Secret", "S E C R E T": SECRET);
    the value normalised as the detection writes it. None when it reads as none."""
    rules = load_rules()
    folded = " ".join(text.split()).translate(rules.fold)
    for category in categories:
        candidate = normalise_marking_value(category, folded)
        for rule in rules.rules:
            found = rule.pattern.fullmatch(candidate) if rule.category == category else None
            if found is not None:
                return category, rule.value_for(found)
    return None


class CodesCompleter(QCompleter):
    """Completes the last of the comma-separated exemption codes being typed; the list shows
    what each code stands for.

    Enter in its open list takes the code chosen there (with the arrows); and when what was
    typed already is a whole code ("b6", "b7" above B7(A)…), that same Enter saves the form
    (:attr:`whole_code_entered`): Qt's Enter only closed the list, and a second one saved. A
    code begun ("b") only closes the list, for the person to go on."""

    whole_code_entered = Signal()

    def __init__(self, parent: QWidget) -> None:
        model = QStandardItemModel(parent)
        for c in exemption_codes():
            item = QStandardItem(f"{c.code} — {c.meaning}")
            item.setData(c.code, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        super().__init__(model, parent)
        self.setCompletionRole(Qt.ItemDataRole.UserRole)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].replace(";", "").strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        before = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return before + str(index.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.popup()
        if (
            popup is not None
            and watched is popup
            and popup.isVisible()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._enter(popup)
            return True
        return super().eventFilter(watched, event)

    def _enter(self, popup: QAbstractItemView) -> None:
        """Enter in the open list (the class's docstring)."""
        field = self.widget()
        assert isinstance(field, QLineEdit)
        # what was typed: the field shows the row the arrows are on
        typed = self.splitPath(self.completionPrefix())[0]
        whole = known_exemption(typed) if typed else None
        chosen = popup.currentIndex()
        code = str(chosen.data(Qt.ItemDataRole.UserRole)) if chosen.isValid() else whole
        popup.hide()
        if code is None:
            return
        before = field.text().rsplit(",", 1)[0] + ", " if "," in field.text() else ""
        field.setText(before + code)
        field.textEdited.emit(field.text())  # (as typed: the form's draft keeps it)
        if code == whole:
            self.whole_code_entered.emit()


class QuoteBox(QScrollArea):
    """The words annotated, wrapped, at most :data:`QUOTE_LINES` lines high; a longer quote
    scrolls (and is whole on hover). Shown whole, a page's text made the form 770 px high, its
    fields and buttons below a small screen's edge."""

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.most = QUOTE_LINES * label.fontMetrics().lineSpacing()
        self.setMaximumHeight(self.most)
        self.setToolTip(plain_tip(label.text()))
        size = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        size.setHeightForWidth(True)
        self.setSizePolicy(size)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        whole = self.label.heightForWidth(width)
        if whole > self.most:  # (a scroll bar then takes some of the width)
            whole = self.label.heightForWidth(width - self.verticalScrollBar().sizeHint().width())
        return min(whole, self.most)

    def sizeHint(self) -> QSize:
        width = self.label.sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.label.minimumSizeHint().width(), self.label.fontMetrics().lineSpacing())


class AnnotationDialog(QDialog):
    """Ask for (or edit) the body of one annotation of ``kind``. ``on_edit(body)``, when given, is
    called as the person types a correction, so the corrected reading follows the keys.
    ``edited`` is emitted at every change of a field (a draft is kept of what is typed:
    ``drafts.py``); :meth:`typed` is what the fields hold, :meth:`fill` puts it back."""

    edited = Signal()

    def __init__(
        self,
        kind: Kind,
        *,
        quote: str = "",
        body: Mapping[str, Any] | None = None,
        tags: Sequence[TagNode] = (),
        on_edit: Callable[[dict[str, Any]], None] | None = None,
        detected: Sequence[str] | None = None,
        submit: Submit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self._on_edit, self._detected = kind, on_edit, detected
        self._submit = submit
        self.first_field: QWidget | None = None  # where the focus starts
        self.placement: QObject | None = None  # what keeps it beside a rectangle (KeptBeside)
        self.setMinimumWidth(MIN_WIDTH)
        body = body or {}
        # What the form does not show, given back in :meth:`body` as it was
        self._kept = {k: v for k, v in body.items() if k not in SHOWN_FIELDS[kind]}
        title = tr(KIND_LABELS.get(kind, kind))
        edited = translate("Redline", "{kind} — edit").format(kind=title)
        self.setWindowTitle(edited if body else title)
        self.form = QFormLayout(self)
        if quote:
            label = plain_label(translate("Redline", "“{text}”").format(text=quote))
            label.setWordWrap(True)
            self.quote = QuoteBox(label)
            self.form.addRow(translate("Redline", "Text:"), self.quote)
        builders = {
            "correction": lambda: self._correction(quote, body),
            "tag": lambda: self._tag(tags, body),
            "marking": lambda: self._marking(quote, body),
            "redaction": lambda: self._redaction(body),
            "note": lambda: self._note(body),
        }
        builders[kind]()
        self.theirs: QuoteBox | None = None  # what another reviewer saved meanwhile
        self._theirs_row = self.form.rowCount()  # where it goes: under the fields
        # A correction of words that have other accepted corrections: which the reading shows
        self.rivals = plain_label()
        self.rivals.setWordWrap(True)
        self.rivals.hide()
        self.form.addRow(self.rivals)
        self.restored = QLabel()  # says the form holds a draft Redline kept when it stopped
        self.restored.setWordWrap(True)
        self.restored.hide()
        self.form.addRow(self.restored)
        self._watch_edits()
        self.error = QLabel()  # what stops the form from closing, in the form itself
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.form.addRow(self.error)
        # Details of an error, shown on asking: the known exemption codes, a family on a line.
        self.details_button = QToolButton()
        self.details_button.setText(translate("Redline", "Known codes"))
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.toggled.connect(self._show_details)
        self.details_button.hide()
        self.form.addRow(self.details_button)
        self.details = QLabel()
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        self.form.addRow(self.details)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        self.submit_keys = [QShortcut(QKeySequence(k), self) for k in SUBMIT_KEYS]
        for shortcut in self.submit_keys:
            shortcut.activated.connect(self.accept)
        if self.first_field is not None:
            self.first_field.setFocus()
        fit_to_screen(self)

    def _watch_edits(self) -> None:
        """:attr:`edited` at every change a person makes to a field."""

        def edited(*_args: object) -> None:
            self.edited.emit()

        if self.kind == "correction":
            self.replacement.textEdited.connect(edited)
        elif self.kind == "tag":
            line = self.tag.lineEdit()
            assert line is not None
            line.textEdited.connect(edited)
            self.tag.activated.connect(edited)
        elif self.kind == "marking":
            line = self.value.lineEdit()
            assert line is not None
            line.textEdited.connect(edited)
            self.value.activated.connect(edited)
            self.category.activated.connect(edited)
            self.struck.clicked.connect(edited)
        elif self.kind == "redaction":
            self.exemptions.textEdited.connect(edited)
            self.redaction_note.textEdited.connect(edited)
            self.leave_visible.clicked.connect(edited)
        else:
            self.note.textChanged.connect(edited)

    def typed(self) -> dict[str, Any]:
        """What the form's fields hold, as typed (a draft's content: :meth:`fill`)."""
        if self.kind == "correction":
            return {"replacement": self.replacement.text()}
        if self.kind == "tag":
            return {"tag": self.tag.currentText()}
        if self.kind == "marking":
            return {
                "category": self.category.currentData(),
                "value": self.value.currentText(),
                "struck": self.struck.isChecked(),
            }
        if self.kind == "redaction":
            return {
                "exemptions": self.exemptions.text(),
                "note": self.redaction_note.text(),
                "leave_visible": self.leave_visible.isChecked(),
            }
        return {"text": self.note.toPlainText()}

    def fill(self, fields: Mapping[str, Any], restored: str = "") -> None:
        """Put ``fields`` (:meth:`typed`) back into the form; ``restored`` says where from."""
        text = str(fields.get(MAIN_FIELD[self.kind], ""))
        if self.kind == "correction":
            self.replacement.setText(text)
        elif self.kind == "tag":
            self.tag.setEditText(text)
        elif self.kind == "marking":
            index = self.category.findData(fields.get("category"))
            self.category.setCurrentIndex(max(index, 0))
            self.value.setCurrentText(text)
            self.struck.setChecked(bool(fields.get("struck")))
        elif self.kind == "redaction":
            self.exemptions.setText(text)
            self.redaction_note.setText(str(fields.get("note", "")))
            self.leave_visible.setChecked(bool(fields.get("leave_visible")))
        else:
            self.note.setPlainText(text)
            self.note.moveCursor(QTextCursor.MoveOperation.End)
        if restored:
            self.restored.setText(restored)
            self.restored.show()

    def accept(self) -> None:
        """Close only once the body is good (and, given ``submit``, made); otherwise say why in
        the form and keep it open."""
        details: list[str] = []
        try:
            body = self.checked_body()
            problem = None if self._submit is None else self._submit(body)
        except UnknownExemptionsError as exc:  # the codes named; the known ones on asking
            problem, details = say(exc.unknown), [say(line) for line in exc.lines]
        except RedlineError as exc:
            problem = say(exc)
        if problem:
            self.show_error(problem, details)
            return
        super().accept()

    def show_error(self, text: str, details: Sequence[str] = ()) -> None:
        """Say in the form why it cannot close; ``details`` (lines) are shown on asking."""
        self.error.setText(
            translate("Redline", "<b>Not saved:</b> {reason}").format(reason=_escaped(text))
        )
        self.error.show()
        self.details.setText("<br>".join(_escaped(line) for line in details))
        self.details_button.setVisible(bool(details))
        self._show_details(bool(details) and self.details_button.isChecked())
        if self.first_field is not None:
            self.first_field.setFocus()

    def show_theirs(self, theirs: str, saved_by: str) -> None:
        """Show, read-only and above the refusal, what another reviewer saved while the form
        was open (``theirs``, in the words of the annotation list; ``saved_by``: who, when),
        the person's own typing kept in the fields: they see what OK again would write over."""
        text = "\n".join((theirs, saved_by))
        if self.theirs is None:
            label = plain_label(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.theirs = QuoteBox(label)
            self.form.insertRow(self._theirs_row, translate("Redline", "Theirs:"), self.theirs)
            for widget in (self.theirs, self.form.labelForField(self.theirs)):
                if widget is not None:
                    widget.show()  # (now: a layout shows what it is given at the next event)
        else:
            self.theirs.label.setText(text)
            self.theirs.setToolTip(plain_tip(text))
        self.adjustSize()

    def drop_theirs(self) -> None:
        """Take theirs away once the person's version is saved over it (the row is made anew if
        another reviewer saves again)."""
        if self.theirs is None:
            return
        self.form.removeRow(self.theirs)  # (the row's label and box deleted with it)
        self.theirs = None
        self.adjustSize()

    def show_rivals(self, text: str) -> None:
        """Say, under the fields, that the words have other accepted corrections (``text``:
        which one the reading shows, and the others, with their authors)."""
        self.rivals.setText(text)
        self.rivals.show()
        self.adjustSize()

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.details_button.setArrowType(arrow)
        self.adjustSize()  # (the message wraps: the form grows, or shrinks, to show it whole)

    def checked_body(self) -> dict[str, Any]:
        """:meth:`body`, checked as the service will check it (codes against the vocabulary,
        written back into the form as the vocabulary writes them); raises what is wrong."""
        if self.kind == "redaction":
            codes = check_exemptions(self.body()["exemptions"])
            self.exemptions.setText(", ".join(codes))
        typed = self.value.currentText() if self.kind == "marking" else ""
        if typed.strip() and self.category.currentData() == "exemption":
            self.value.setCurrentText(check_exemptions([typed])[0])
        body = self.body()
        if self.kind == "tag":
            if not body.get("tag") and not body.get(NEW_TAG):
                raise AnnotationError(translate("Redline", "Type a tag's name, or choose one."))
            return body
        validate_body(self.kind, body)
        return body

    def _correction(self, quote: str, body: Mapping[str, Any]) -> None:
        self.replacement = QLineEdit(body.get("replacement", quote))
        self.replacement.selectAll()
        self.replacement.textEdited.connect(self._on_text_edited)
        self.replacement.textEdited.connect(self._clear_error)
        self.form.addRow(translate("Redline", "Reads:"), self.replacement)
        self.first_field = self.replacement

    def _on_text_edited(self, _text: str) -> None:
        if self._on_edit is not None:
            self._on_edit(self.body())

    def _tag(self, tags: Sequence[TagNode], body: Mapping[str, Any]) -> None:
        """An editable box of tag paths: choose one, or type a new path (its missing parents
        are made too), completed from the tree as it is typed."""
        self._paths = [(n.tag.uuid, tuple(path)) for n, path in walk_tags(tags)]
        self.tag = QComboBox()
        self.tag.setEditable(True)
        self.tag.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for uuid, path in self._paths:
            self.tag.addItem(PATH_SEPARATOR.join(path), uuid)
        completer = self.tag.completer()
        assert completer is not None  # (an editable box has one)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        i = self.tag.findData(body.get("tag")) if body.get("tag") else -1
        self.tag.setCurrentIndex(i)
        if i < 0:
            self.tag.setEditText("")
        line = self.tag.lineEdit()
        assert line is not None
        example = PATH_SEPARATOR.join((translate("Redline", "Places"), "Vienna"))
        line.setPlaceholderText(
            translate("Redline", "a tag, or a new one: {example}").format(example=example)
        )
        line.selectAll()
        line.textEdited.connect(self._clear_error)
        self.form.addRow(translate("Redline", "Tag:"), self.tag)
        self.first_field = self.tag

    def tag_choice(self) -> tuple[str | None, list[str]]:
        """(uuid of the tag the box names, or None; the names typed, top first). A bare name
        that only one tag of the tree has names that tag, wherever it is."""
        names = split_tag_path(self.tag.currentText())
        key = [n.casefold() for n in names]
        for uuid, path in self._paths:
            if [p.casefold() for p in path] == key:
                return uuid, names
        if len(names) == 1:
            alike = [uuid for uuid, path in self._paths if path[-1].casefold() == key[0]]
            if len(alike) == 1:
                return alike[0], names
        return None, names

    def _marking(self, quote: str, body: Mapping[str, Any]) -> None:
        """A category and its value; a new marking of words that read as a value (a level, a
        code) starts with that value, and its category."""
        self.category = QComboBox()
        for c in marking_categories():
            self.category.addItem(tr(c.label), c.id)
        self.value = QComboBox()
        self.value.setEditable(True)
        self.value.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        read = None if body else read_as_marking(quote, [c.id for c in marking_categories()])
        category, value = read or (body.get("category"), body.get("value", ""))
        self.category.currentIndexChanged.connect(self._on_category_changed)
        self.category.setCurrentIndex(max(self.category.findData(category), 0))
        self._on_category_changed(self.category.currentIndex())
        self.value.setCurrentText(value)
        line = self.value.lineEdit()
        assert line is not None  # (an editable box has one)
        line.selectAll()
        line.textEdited.connect(self._clear_error)
        line.installEventFilter(self)
        self.value.installEventFilter(self)
        self.category.currentIndexChanged.connect(self._clear_error)
        self.struck = QCheckBox(translate("Redline", "Struck through (marked, then cancelled)"))
        self.struck.setChecked(bool(body.get("struck", False)))
        self.form.addRow(translate("Redline", "Category:"), self.category)
        self.form.addRow(translate("Redline", "Value:"), self.value)
        self.form.addRow("", self.struck)
        self.first_field = self.value

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a marking's value saves what the field shows, a completion shown in it
        too (the completer took the first Enter for itself, and a second one saved). The box
        itself has the keys a real keyboard sends (its field is its focus proxy's inside): there
        Enter went to QComboBox, which put the first entry containing the text in its place
        ("SECRET" saved as "TOP SECRET", "(C)" as "(TS)")."""
        if (
            self.kind == "marking"
            and watched in (self.value, self.value.lineEdit())
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.value.setCurrentText(self.value.currentText())  # (the completion taken)
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def _clear_error(self) -> None:
        """Hide a refusal once the form is edited: it spoke of what was there before."""
        if self.error.isHidden():
            return
        self.error.hide()
        self.details_button.hide()
        self.details.hide()
        self.adjustSize()  # (no empty band where the refusal was)

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
                translate("Redline", "Detected beside the box: {codes}").format(
                    codes=", ".join(self._detected)
                )
                if self._detected
                else translate("Redline", "No exemption code was detected beside the box.")
            )
            self.detected_label = QLabel(said)
            self.form.addRow(self.detected_label)
        self.exemptions = QLineEdit(", ".join(body.get("exemptions", [])))
        self.exemptions.setPlaceholderText(
            translate("Redline", "e.g. {codes}").format(codes="B1, B6, 1.4(c), 3.3(h)(2)")
        )
        codes = CodesCompleter(self.exemptions)
        codes.whole_code_entered.connect(self.accept)
        self.exemptions.setCompleter(codes)
        self.exemptions.textEdited.connect(self._clear_error)
        self.exemptions.setToolTip(
            translate("Redline", "Codes are checked against the exemption vocabulary.")
        )
        # The detector's note in the window's language; kept as stored unless it is edited.
        self._stored_note = str(body.get("note", ""))
        self._shown_note = say(read_note(self._stored_note))
        self.redaction_note = QLineEdit(self._shown_note)
        self.redaction_note.setCursorPosition(0)  # (a long note shows its beginning)
        self.leave_visible = QCheckBox(
            translate("Redline", "Leave visible in publications (do not burn it in)")
        )
        self.leave_visible.setToolTip(
            translate(
                "Redline",
                "Accepted redactions are burned into publication PDFs: the text and pixels under "
                "the box are removed. Tick this to publish what is under this one.",
            )
        )
        self.leave_visible.setChecked(body.get(LEAVE_VISIBLE) is True)
        self.form.addRow(translate("Redline", "Exemption codes:"), self.exemptions)
        self.form.addRow(translate("Redline", "Note:"), self.redaction_note)
        self.form.addRow(translate("Redline", "Publishing:"), self.leave_visible)
        self.first_field = self.exemptions

    def _note(self, body: Mapping[str, Any]) -> None:
        self.note = QPlainTextEdit(body.get("text", ""))
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._clear_error)
        self.note.setPlaceholderText(translate("Redline", "Ctrl+Enter saves"))
        self.form.addRow(translate("Redline", "Note:"), self.note)
        self.first_field = self.note

    def body(self) -> dict[str, Any]:
        """The body as the form now reads."""
        return {**self._kept, **self._shown_body()}

    def _shown_body(self) -> dict[str, Any]:
        """The fields the form shows (:data:`SHOWN_FIELDS`), as it now reads."""
        if self.kind == "correction":
            return {"replacement": self.replacement.text()}
        if self.kind == "tag":
            uuid, names = self.tag_choice()
            return {"tag": uuid} if uuid is not None or not names else {NEW_TAG: names}
        if self.kind == "marking":
            marking = {"category": self.category.currentData(), "value": self.value.currentText()}
            return {**marking, "struck": True} if self.struck.isChecked() else marking
        if self.kind == "redaction":
            codes = [c.strip() for c in self.exemptions.text().replace(";", ",").split(",")]
            out: dict[str, Any] = {"exemptions": [c for c in codes if c]}
            note = self.redaction_note.text().strip()
            if note:
                out["note"] = self._stored_note if note == self._shown_note.strip() else note
            if self.leave_visible.isChecked():
                out[LEAVE_VISIBLE] = True
            return out
        return {"text": self.note.toPlainText()}
