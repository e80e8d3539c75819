"""The Edit, Annotate and Review menus of the review window, and the context menu entries for
the annotations under the mouse. Single-key shortcuts (1-9, A, R, N) act only while the document
view has the focus, so they never reach a text field elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.core.annotating.records import AnnotationRecord
from app.ui.annotating.actions import AnnotationActions
from app.ui.annotating.conflicts import ConflictsDialog, Show
from app.ui.annotating.history import show_history
from app.ui.annotating.proposals import accept_all_of_kind, decide, step_proposal
from app.ui.annotating.review_bar import ReviewBar
from app.ui.annotating.tag_manager import TagManager
from app.ui.base import settings as S
from app.ui.base.language import QT_TRANSLATE_NOOP, tr, translate
from app.ui.base.menu_keys import keys_to_menus
from app.ui.document.annotation_style import KIND_NOUNS, left_visible

LOCAL = Qt.ShortcutContext.WidgetWithChildrenShortcut


class AnnotationMenus:
    """Builds the menus and the context menus of the text pane and the scan; ``self.by_name``
    holds every action (tests trigger them by name)."""

    def __init__(self, window: QMainWindow, actions: AnnotationActions, review: ReviewBar) -> None:
        self.window, self.actions, self.review = window, actions, review
        self.by_name: dict[str, QAction] = {}
        self.conflicts_dialog: ConflictsDialog | None = None
        self.show: Show | None = None  # the window's: open a document at an annotation
        bar = window.menuBar()
        first = bar.actions()[1] if len(bar.actions()) > 1 else None
        self.edit = QMenu(QT_TRANSLATE_NOOP("Redline", "&Edit"), window)
        self.annotate = QMenu(QT_TRANSLATE_NOOP("Redline", "&Annotate"), window)
        self.reviewing = QMenu(QT_TRANSLATE_NOOP("Redline", "&Review"), window)
        for menu in (self.edit, self.annotate, self.reviewing):
            bar.insertMenu(first, menu) if first is not None else bar.addMenu(menu)
        self._edit_menu()
        self._annotate_menu()
        self._review_menu()
        view = actions.view
        view.text_pane.menu_builder = partial(fill_text_menu, actions)
        view.page_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.page_view.customContextMenuRequested.connect(partial(show_scan_menu, actions))
        self.keyboard_menu = KeyboardMenu(actions)
        actions.decide_conflict = lambda uuid: self.open_conflicts(uuid)

    def _add(
        self,
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], object],
        *keys: str,
        local: bool = False,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False: slot())
        if local:
            action.setShortcutContext(LOCAL)
            self.actions.view.addAction(action)
        menu.addAction(action)
        self.by_name[name] = action
        return action

    def _edit_menu(self) -> None:
        a, m = self.actions, self.edit
        undo = a.stack.createUndoAction(self.window, translate("Redline", "&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = a.stack.createRedoAction(self.window, translate("Redline", "&Redo"))
        redo.setShortcuts(redo_keys())
        m.addActions([undo, redo])
        self.by_name.update(undo=undo, redo=redo)
        m.addSeparator()
        self._add(
            m, "tags", QT_TRANSLATE_NOOP("Redline", "&Tags…"), self._manage_tags, "Ctrl+Shift+T"
        )
        self._add(
            m,
            "conflicts",
            QT_TRANSLATE_NOOP("Redline", "&Conflicts…"),
            self.open_conflicts,
            "Ctrl+Shift+K",
        )
        self._add(m, "author", QT_TRANSLATE_NOOP("Redline", "Your &name…"), a.author_source.edit)

    def _annotate_menu(self) -> None:
        a, m = self.actions, self.annotate
        self._add(
            m,
            "correction",
            QT_TRANSLATE_NOOP("Redline", "&Correction…"),
            partial(a.annotate_selection, "correction"),
            "Ctrl+Shift+C",
        )
        self._add(
            m,
            "tag",
            QT_TRANSLATE_NOOP("Redline", "&Tag…"),
            partial(a.annotate_selection, "tag"),
            "Ctrl+T",
        )
        self._add(
            m,
            "marking",
            QT_TRANSLATE_NOOP("Redline", "&Marking…"),
            partial(a.annotate_selection, "marking"),
            "Ctrl+M",
        )
        self._add(
            m,
            "note",
            QT_TRANSLATE_NOOP("Redline", "&Note…"),
            partial(a.annotate_selection, "note"),
            "Ctrl+Shift+N",
        )
        self._add(
            m,
            "redact",
            QT_TRANSLATE_NOOP("Redline", "&Redact the selected words…"),
            a.redact_selection,
            "Ctrl+Shift+R",
        )
        self._add(
            m,
            "page_note",
            QT_TRANSLATE_NOOP("Redline", "Note on the &page…"),
            a.annotate_page,
            "Ctrl+Alt+N",
        )
        kinds = ("correction", "tag", "marking", "note", "redact")
        a.selection_actions = [self.by_name[n] for n in kinds]
        tags = m.addMenu(QT_TRANSLATE_NOOP("Redline", "Tag with tag n&umber"))
        for n in range(1, 10):
            tag_n = translate("Redline", "Tag {n}").format(n=n)
            self._add(tags, f"tag{n}", tag_n, partial(a.tag_selection, n), str(n), local=True)
        m.addSeparator()
        draw = self._add(
            m,
            "draw",
            QT_TRANSLATE_NOOP("Redline", "&Draw regions on the scan"),
            self._toggle_draw,
            "Ctrl+D",
        )
        draw.setCheckable(True)
        self._add(
            m,
            "edit",
            QT_TRANSLATE_NOOP("Redline", "&Edit chosen annotation…"),
            self._edit_current,
            "F2",
            local=True,
        )
        self._add(
            m,
            "delete",
            QT_TRANSLATE_NOOP("Redline", "De&lete chosen annotation"),
            self._delete_current,
            "Del",
            local=True,
        )
        m.addSeparator()
        reading = m.addMenu(QT_TRANSLATE_NOOP("Redline", "Te&xt reading"))
        group = QActionGroup(self.window)  # exclusive: one reading at a time
        for mode, key in (
            ("original", "Ctrl+Alt+1"),
            ("corrected", "Ctrl+Alt+2"),
            ("both", "Ctrl+Alt+3"),
        ):
            action = self._add(
                reading, f"read_{mode}", tr(mode.capitalize()), partial(self._read, mode), key
            )
            action.setCheckable(True)
            action.setChecked(a.view.text_pane.mode == mode)
            group.addAction(action)

    def _review_menu(self) -> None:
        a, r, m = self.actions, self.review, self.reviewing
        # (name, text, slot, keys, local): single keys only while the document view has focus
        entries: tuple[tuple[str, str, Callable[[], object], tuple[str, ...], bool], ...] = (
            (
                "accept",
                QT_TRANSLATE_NOOP("Redline", "&Accept proposal"),
                partial(decide, a, "accepted"),
                ("A",),
                True,
            ),
            (
                "reject",
                QT_TRANSLATE_NOOP("Redline", "&Reject proposal"),
                partial(decide, a, "rejected"),
                ("R",),
                True,
            ),
            (
                "next_proposal",
                QT_TRANSLATE_NOOP("Redline", "&Next proposal"),
                partial(step_proposal, a, 1),
                ("N", "F8"),
                True,
            ),
            (
                "previous_proposal",
                QT_TRANSLATE_NOOP("Redline", "&Previous proposal"),
                partial(step_proposal, a, -1),
                ("Shift+N", "Shift+F8"),
                True,
            ),
            (
                "accept_page",
                QT_TRANSLATE_NOOP("Redline", "Accept all of this kind on the pa&ge"),
                partial(accept_all_of_kind, a, document=False),
                ("Ctrl+Shift+A",),
                False,
            ),
            (
                "accept_document",
                QT_TRANSLATE_NOOP("Redline", "Accept all of this kind in the d&ocument"),
                partial(accept_all_of_kind, a, document=True),
                ("Ctrl+Alt+A",),
                False,
            ),
            (
                "reviewed",
                QT_TRANSLATE_NOOP("Redline", "Page revie&wed"),
                partial(r.set_status, "reviewed"),
                ("Ctrl+Return",),
                False,
            ),
            (
                "in_progress",
                QT_TRANSLATE_NOOP("Redline", "Page &in progress"),
                partial(r.set_status, "in_progress"),
                ("Ctrl+Shift+Return",),
                False,
            ),
            (
                "unreviewed",
                QT_TRANSLATE_NOOP("Redline", "Page &unreviewed"),
                partial(r.set_status, "unreviewed"),
                (),
                False,
            ),
            (
                "next_unreviewed",
                QT_TRANSLATE_NOOP("Redline", "Next unre&viewed page"),
                r.next_unreviewed,
                ("Ctrl+J",),
                False,
            ),
        )
        for name, text, slot, keys, local in entries:
            if name == "reviewed":
                m.addSeparator()
            self._add(m, name, text, slot, *keys, local=local)
            if name == "previous_proposal":
                doubt = self._add(
                    m,
                    "doubtful_first",
                    QT_TRANSLATE_NOOP("Redline", "Most &doubtful first"),
                    self._toggle_doubt,
                )
                doubt.setCheckable(True)
                doubt.setChecked(a.context.settings.get(S.DOUBTFUL_FIRST))

    def _toggle_doubt(self) -> None:
        self.actions.context.settings.set(
            S.DOUBTFUL_FIRST, self.by_name["doubtful_first"].isChecked()
        )

    def open_conflicts(self, uuid: str | None = None) -> ConflictsDialog:
        """Edit › Conflicts…: what merges left to decide, side by side (one dialog)."""
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.actions, self.window, show=self.show)
        self.conflicts_dialog.open_at(uuid)
        return self.conflicts_dialog

    def _manage_tags(self) -> None:
        TagManager(self.actions.context, self.window).exec()

    def _toggle_draw(self) -> None:
        self.actions.page.drawer.drawing = self.by_name["draw"].isChecked()

    def _read(self, mode: str) -> None:
        self.actions.view.text_pane.set_mode(mode)
        self.actions.context.settings.set(S.TEXT_READING, mode)

    def _edit_current(self) -> None:
        if self.actions.page.current:
            self.actions.edit(self.actions.page.current)

    def _delete_current(self) -> None:
        if self.actions.page.current:
            self.actions.delete(self.actions.page.current)


def fill_record_menu(a: AnnotationActions, menu: QMenu, records: list[AnnotationRecord]) -> None:
    """Entries for the annotations under the mouse: edit, delete, accept/reject, history, and
    deciding a conflict a merge left."""
    for rec in records[:4]:
        menu.addSeparator()
        kind = tr(KIND_NOUNS.get(rec.kind, rec.kind))
        edit, delete = translate("Redline", "Edit {kind}…"), translate("Redline", "Delete {kind}")
        menu.addAction(edit.format(kind=kind), partial(a.edit, rec.uuid))
        menu.addAction(delete.format(kind=kind), partial(a.delete, rec.uuid))
        if rec.status != "accepted":
            accept = translate("Redline", "Accept {kind}").format(kind=kind)
            menu.addAction(accept, partial(a.set_status, rec.uuid, "accepted"))
        if rec.status != "rejected":
            reject = translate("Redline", "Reject {kind}").format(kind=kind)
            menu.addAction(reject, partial(a.set_status, rec.uuid, "rejected"))
        if rec.kind == "redaction":
            visible = menu.addAction(translate("Redline", "Leave visible in publications"))
            visible.setCheckable(True)
            visible.setChecked(left_visible(rec))
            visible.toggled.connect(partial(a.leave_visible, rec.uuid))
        menu.addAction(
            translate("Redline", "History of this {kind}…").format(kind=kind),
            partial(show_history, a.lib, rec.uuid, a.window),
        )
        if rec.in_conflict and a.decide_conflict is not None:
            menu.addAction(
                translate("Redline", "Decide the conflict…"), partial(a.decide_conflict, rec.uuid)
            )


def fill_text_menu(a: AnnotationActions, menu: QMenu, records: list[AnnotationRecord]) -> None:
    """The text pane's menu: the kinds for a selection, then the annotations under the mouse."""
    if a.view.text_pane.textCursor().hasSelection() and a.selection_actions:
        menu.addSeparator()
        menu.addActions(a.selection_actions)
    fill_record_menu(a, menu, records)


class KeyboardMenu(QObject):
    """The Menu key or Shift+F10 on the scan opens the chosen annotation's menu beside it (the
    menu was the mouse's alone: the annotation under the pointer, so a keyboard had no way to
    an annotation's history or to leaving a redaction visible)."""

    def __init__(self, actions: AnnotationActions) -> None:
        super().__init__(actions.view.page_view)
        self.actions = actions
        actions.view.page_view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            show_chosen_menu(self.actions)
            return True
        return False


def show_chosen_menu(a: AnnotationActions) -> None:
    """The chosen annotation's menu beside it on the scan (nothing chosen: the status bar says
    how to choose one)."""
    view = a.view.page_view
    uuid = a.page.current
    rec = a.page.shown(uuid) if uuid else None
    rect = a.page.overlay.rect_of(uuid) if uuid else None
    if rec is None or rect is None:
        a.message.emit(
            translate("Redline", "Choose an annotation first (N steps to the next proposal).")
        )
        return
    menu = QMenu(view)
    keys_to_menus(menu)
    fill_record_menu(a, menu, [rec])
    corner = view.mapFromScene(rect.bottomLeft())
    menu.exec(view.viewport().mapToGlobal(corner))


def show_scan_menu(a: AnnotationActions, pos: QPoint) -> None:
    """The scan's menu: the annotation under the mouse, if any."""
    view = a.view.page_view
    p = view.mapToScene(pos)
    rec = a.page.overlay.at(p.x(), p.y())
    if rec is None:
        return
    menu = QMenu(view)
    keys_to_menus(menu)
    fill_record_menu(a, menu, [rec])
    menu.exec(view.viewport().mapToGlobal(pos))


def redo_keys() -> list[QKeySequence]:
    """Redo's keys: the platform's, with Ctrl+Shift+Z and Ctrl+Y added where it lacks them, each
    once (where the platform's first is Ctrl+Y, as on Windows, listing it again made both keys
    ambiguous, and Ctrl+Y and Ctrl+Shift+Z did nothing)."""
    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    keys += [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    return [QKeySequence(k) for k in dict.fromkeys(k.toString() for k in keys if not k.isEmpty())]
