"""Edit › Conflicts…: what a merge could not decide, put to a person side by side.

On the left every annotation, tag and page review in conflict, by document and page; on the
right the chosen one's fields: this library's value ("Here") beside the other side's ("There"),
each with who set it and when, and the choice: keep here, take there, or edit a value of one's
own. Each choice is written at once and is one undo step (Edit › Undo). The list is read on the
database worker.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.annotating.conflicts import Conflict, decide, list_conflicts
from app.core.annotating.exemptions import UnknownExemptionsError
from app.core.annotating.revisions import FieldConflict, Value
from app.core.annotating.vocabulary import STATUSES
from app.core.documents.review_status import PAGE_STATUSES
from app.core.errors import NotFoundError, RedlineError
from app.core.exchange import conflict_lines
from app.core.exchange.merge_words import FIELDS, Words, quoted
from app.core.ids import DocumentId
from app.core.wording import joined
from app.ui.annotating.actions import AnnotationActions
from app.ui.annotating.conflict_value import ValueEditor
from app.ui.annotating.context import Changes
from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.base.plain_label import plain_label, plain_tip
from app.ui.base.screen_fit import fit_to_screen
from app.ui.base.server_wait import ReadWords, ServerWait
from app.ui.base.watched_reads import WatchedReads
from app.ui.document.annotation_style import KIND_NOUNS

Show = Callable[[DocumentId, int, str], bool]
CHOICES: dict[str, tuple[str, ...]] = {"status": STATUSES, "review": PAGE_STATUSES}


class ShownWords(Words):
    """The core's words for who and what, in the window's language."""

    def who(self, name: str) -> str:
        if not name:
            return translate("Redline", "someone")
        return translate("Redline", "you") if self.you and name == self.you else name

    def when(self, at: str) -> str:
        """As the core's, with the month in the window's language (QLocale's)."""
        said = str(super().when(at))
        if not at:
            return translate("Redline", "at an unknown time")
        month = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(self.tz).month
        english = QLocale(QLocale.Language.English).monthName(month, QLocale.FormatType.ShortFormat)
        return said.replace(english, QLocale().monthName(month, QLocale.FormatType.ShortFormat), 1)

    def value(self, field: str, value: Any) -> str:
        if value is None or value == [] or value == "":
            return translate("Redline", "none")
        if isinstance(value, bool):
            return translate("Redline", "yes") if value else translate("Redline", "no")
        if field in ("status", "review"):
            return tr(str(value).replace("_", " "))
        return say(super().value(field, value))


def field_name(field: str) -> str:
    """A field's name as the report says it (language.CORE_WORDS marks them)."""
    return tr(FIELDS.get(field, field))


def where(c: Conflict) -> str:
    if c.entity == "tag":
        return translate("Redline", "Tags")
    page = translate("Redline", "page {n}").format(n=(c.page or 0) + 1)
    return f"{c.document}, {page}" if c.document else page


def what(c: Conflict, w: Words) -> str:
    if c.entity == "tag":
        return translate("Redline", "tag '{name}'").format(name=c.label)
    if c.entity == "page":
        return translate("Redline", "the page's review")
    kind = tr(KIND_NOUNS.get(c.kind or "", c.kind or ""))
    if c.label:
        return translate("Redline", "{kind} over '{label}'").format(kind=kind, label=c.label)
    said = f" ({say(quoted(c.text[:40]))})" if c.text else ""  # („…“ in German, as the report)
    if w.you and c.author == w.you:
        return translate("Redline", "{kind} by you").format(kind=kind) + said
    return translate("Redline", "{kind} by {who}").format(kind=kind, who=w.who(c.author)) + said


def one_line(text: str) -> str:
    """``text`` on one line, as a row of the list shows it: each line break a space."""
    return " ".join(text.splitlines()) if "\n" in text or "\r" in text else text


def change_lines(c: Conflict, w: Words) -> str:
    """A deletion in conflict: what the side that kept the annotation changed that the deletion
    never saw, a line a field (old → new, who, when), as ``redline conflicts`` says it."""
    return "\n".join(say(line) for line in conflict_lines.change_lines(c, w))


def shown(field: str, value: Any, w: Words) -> str:
    """A value in full, as a person reads it (the report shortens; here there is room)."""
    if isinstance(value, str) and field not in ("status", "review", "body.tag", "parent"):
        return value or translate("Redline", "(empty)")
    return say(w.value(field, value))


MARGIN = 16  # pixels an item's text needs beside it in a column (the style's margins, rounded up)


CONFLICTS_READ = ReadWords(
    QT_TRANSLATE_NOOP("Redline", "Waiting for the conflicts"),
    QT_TRANSLATE_NOOP(
        "Redline", "The library's server is not answering; the conflicts have not been read yet."
    ),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Stop waiting for the conflicts (Esc): their read is cancelled on the library's server.",
    ),
    QT_TRANSLATE_NOOP("Redline", "The conflicts were not read."),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Redline stopped waiting for the server holding {location}; the conflicts were not read.",
    ),
    QT_TRANSLATE_NOOP("Redline", "Read the conflicts again."),
)


class ConflictsDialog(QDialog):
    """Not modal; one per window. ``ask_value`` is a method so tests can answer it."""

    def __init__(
        self, actions: AnnotationActions, parent: QWidget | None = None, *, show: Show | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QT_TRANSLATE_NOOP("Redline", "Conflicts"))
        self.ann, self.show_in_window = actions, show
        self.conflicts: list[Conflict] = []
        self.current: Conflict | None = None
        self.wanted: str | None = None  # shown once the list is read
        self.refused = ""  # why the last decision was not taken ("" it was)
        self.editor: ValueEditor | None = None  # Edit…'s form, while open
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                QT_TRANSLATE_NOOP("Redline", "Where"),
                QT_TRANSLATE_NOOP("Redline", "What"),
                QT_TRANSLATE_NOOP("Redline", "In conflict"),
            ]
        )
        named(
            self.tree,
            QT_TRANSLATE_NOOP("Redline", "Conflicts"),
            QT_TRANSLATE_NOOP("Redline", "What merges left for a person to decide."),
        )
        self.tree.setRootIsDecorated(False)
        # Long document titles are elided in the middle ("cia-cib-0…, page 4"), whole on hover;
        # "What" takes the room the other two leave, so no column runs past the pane.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.heading = QLabel(QT_TRANSLATE_NOOP("Redline", "Nothing is in conflict."))
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
        splitter.setSizes([430, 520])
        self.tree.viewport().installEventFilter(self)
        self.show_button = QPushButton(QT_TRANSLATE_NOOP("Redline", "Show in the document"))
        self.show_button.clicked.connect(self._on_show_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        # A choice refused is said here, in front, not in the window's status bar behind.
        self.said = plain_label()
        self.said.setWordWrap(True)
        self.said.hide()
        self.server_wait = ServerWait(CONFLICTS_READ)
        self.reads = WatchedReads(actions.context.db, self)
        self.reads.attach(self.server_wait, self.reload, (self.tree,))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.server_wait)  # (under the list it reads)
        layout.addWidget(self.said)
        layout.addWidget(buttons)
        self.resize(980, 520)
        fit_to_screen(self)
        actions.context.changed.connect(self._on_changed)

    def words(self) -> Words:
        return ShownWords(self.ann.author_source.name or "")

    # -- the list ---------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        """A step that may have decided (or undone the decision of) a conflict: read again."""
        if self.isVisible() and (changes.rows or changes.annotations or changes.tags is not None):
            self.reload()

    def reload(self) -> None:
        lib = self.ann.lib
        self.reads.submit(
            lambda: list_conflicts(lib),
            self._on_loaded,
            lambda exc: self.ann.message.emit(
                translate("Redline", "Cannot list the conflicts: {error}").format(error=exc)
            ),
            stopped=lambda: self.heading.setText(self.server_wait.given_up(lib.location)),
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
            fields = ", ".join(field_name(f.field) for f in c.fields)
            texts = [where(c), what(c, w), fields]
            item = QTreeWidgetItem([one_line(t) for t in texts])  # (a quote's lines: one row)
            for column, text in enumerate(texts):
                item.setToolTip(column, plain_tip(text))  # the whole, where the column elides it
            item.setData(0, Qt.ItemDataRole.UserRole, c.uuid)
            self.tree.addTopLevelItem(item)
        self._fit_columns()
        self.tree.blockSignals(False)
        uuids = [c.uuid for c in conflicts]
        row = uuids.index(keep) if keep in uuids else 0
        said = not self.said.isHidden()  # (why the list is read again, if a choice was refused)
        if conflicts:
            self.tree.setCurrentItem(self._item(row))
        else:
            self._show(None)
        self.said.setVisible(said)

    def _fit_columns(self) -> None:
        """ "Where" and "In conflict" as wide as their texts, up to a share of the list's width;
        "What" stretches over the rest."""
        room = self.tree.viewport().width()
        header, metrics = self.tree.header(), self.tree.fontMetrics()
        items = [self._item(i) for i in range(self.tree.topLevelItemCount())]
        for column, share in ((0, 0.45), (2, 0.25)):
            texts = [metrics.horizontalAdvance(item.text(column)) + MARGIN for item in items]
            natural = max([header.sectionSizeHint(column), *texts])
            self.tree.setColumnWidth(column, min(natural, int(room * share)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # the dialog resized, or the splitter moved
        return super().eventFilter(watched, event)

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
        self.said.hide()  # (said of the conflict shown before)
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
            self.heading.setText(translate("Redline", "Nothing is in conflict."))
            return
        w = self.words()
        explained = translate(
            "Redline",
            "Changed differently here and in the library the set came from. Choose which value "
            "to keep, or write another.",
        )
        # (French: "{where} : {what}"; titles and tags are data, escaped)
        about = html.escape(
            translate("Redline", "{where}: {what}").format(
                where=where(conflict), what=what(conflict, w)
            )
        )
        self.heading.setText(f"<b>{about}</b><br>{html.escape(explained)}")
        for i, f in enumerate(conflict.fields):
            self.panel_layout.insertWidget(1 + i, self._field_box(conflict, f, w))

    def _field_box(self, conflict: Conflict, f: FieldConflict, w: Words) -> QGroupBox:
        name = field_name(f.field)
        box = QGroupBox(name[:1].upper() + name[1:])
        grid = QGridLayout(box)
        one = len(f.there) == 1
        sides = [(translate("Redline", "Here"), translate("Redline", "Keep here"), f.here, "here")]
        for n, v in enumerate(f.there, 1):
            there = translate("Redline", "There") if one else translate("Redline", "There ({n})")
            take = (
                translate("Redline", "Take there")
                if one
                else translate("Redline", "Take there ({n})")
            )
            sides.append((there.format(n=n), take.format(n=n), v, "there" if one else f"there:{n}"))
        for column, (title, label, value, take) in enumerate(sides):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            value_label = self._value_label(f.field, value, w)
            if f.field == "deleted" and not value.value and conflict.changed:
                # what "Take there" (or "Keep here") brings back, beside the deletion
                value_label.setText(f"{value_label.text()}\n{change_lines(conflict, w)}")
            grid.addWidget(value_label, 1, column)
            grid.addWidget(plain_label(self._who(value, w)), 2, column)
            button = QPushButton(label)
            button.clicked.connect(
                lambda _=False, t=take, n=f.field, u=conflict.uuid: self.choose(u, n, t)
            )
            grid.addWidget(button, 3, column)
            grid.setColumnStretch(column, 1)
        edit = QPushButton(translate("Redline", "Edit…"))
        edit.setToolTip(translate("Redline", "Write the value to keep yourself"))
        edit.clicked.connect(lambda _=False, c=conflict, n=f: self._on_edit_clicked(c, n))
        grid.addWidget(edit, 4, 0)
        return box

    @staticmethod
    def _value_label(field: str, value: Value, w: Words) -> QLabel:
        label = plain_label(shown(field, value.value, w))
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
        # (one sentence to translate: "Keep here" + ": " + the field spaced no French colon;
        # and "deleted" read as if the step deleted it where taking there brought it back)
        if field == "deleted":
            text = (
                translate("Redline", "Keep here: deleted or not")
                if take == "here"
                else translate("Redline", "Take there: deleted or not")
            )
        else:
            text = (
                translate("Redline", "Keep here: {field}")
                if take == "here"
                else translate("Redline", "Take there: {field}")
            ).format(field=field_name(field))
        return self._decide(uuid, field, text, take=take)

    def edit(self, uuid: str, field: str, value: Any) -> bool:
        """Decide one field with a value of the person's own: one undo step."""
        decided = translate("Redline", "Decide: {field}").format(field=field_name(field))
        return self._decide(uuid, field, decided, value=value)

    def _decide(self, uuid: str, field: str, text: str, **how: Any) -> bool:
        """Decide, or say in the dialog (and the window's status bar) why not: ``refused``."""
        a = self.ann
        heard: list[str] = []
        a.message.connect(heard.append)  # (why the library takes no writes, if it does not)
        try:
            ready = a.ready_to_write()
        finally:
            a.message.disconnect(heard.append)
        if not ready:
            return self._refuse(heard[-1] if heard else "")
        self.refused = ""
        try:
            decision = decide(a.lib, uuid, author=a.author(), field=field, **how)
        except UnknownExemptionsError as exc:  # (with the known codes, in the form of Edit…)
            a.message.emit(say(exc.unknown))
            return self._refuse(say(joined("\n", (exc.unknown, exc.known))), told=True)
        except NotFoundError:  # (decided meanwhile: its raw id was said "not in conflict")
            self._refuse(
                translate(
                    "Redline",
                    "This conflict was decided meanwhile, by another reviewer or in another "
                    "window; the list is read again.",
                )
            )
            self.reload()
            return False
        except RedlineError as exc:
            return self._refuse(say(exc))
        self.said.hide()
        a.push_rows(decision.rows, text)
        a.message.emit(translate("Redline", "{step}: decided.").format(step=text))
        return True

    def _refuse(self, text: str, *, told: bool = False) -> bool:
        """``text`` said in the dialog (under its list) and, unless ``told``, the status bar."""
        self.refused = text or translate("Redline", "Nothing was changed.")
        if text and not told:
            self.ann.message.emit(text)
        self.said.setText(self.refused)
        self.said.setVisible(self.editor is None)  # (with Edit…'s form open: said in it)
        return False

    def _on_edit_clicked(self, conflict: Conflict, f: FieldConflict) -> ValueEditor:
        """Edit…: a form for the value, this side's to start with; OK decides, and what is
        refused is said in the form, which stays open with what was typed."""
        if self.editor is not None:
            self.editor.close()
        editor = self.value_editor(conflict, f)
        editor.finished.connect(lambda _r, e=editor: self._on_editor_done(e))
        self.editor = editor
        editor.open()  # (modal to this dialog; waits for nothing)
        return editor

    def _on_editor_done(self, editor: ValueEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def value_editor(self, conflict: Conflict, f: FieldConflict) -> ValueEditor:
        """The form for ``f``'s value (as its kind is written: a choice, yes/no, codes, a
        text; JSON only for the rest)."""
        choices: tuple[tuple[str, str], ...] = ()
        if f.field in CHOICES:
            choices = tuple((v, tr(v.replace("_", " "))) for v in CHOICES[f.field])

        def submit(value: Any) -> str | None:
            return None if self.edit(conflict.uuid, f.field, value) else self.refused

        editor = ValueEditor(field_name(f.field), f.here.value, submit, self, choices=choices)
        self.said.hide()  # (its refusals: in the form)
        return editor

    def _on_show_clicked(self) -> None:
        c = self.current
        if c is None or c.entity != "annotation" or c.document_id is None:
            return
        if self.show_in_window is not None:
            self.show_in_window(c.document_id, c.page or 0, c.uuid)
        else:
            self.ann.page.show_annotation(c.uuid)
