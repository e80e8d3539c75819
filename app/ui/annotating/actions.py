"""Making, editing and deleting annotations in the open document, with undo.

Each user action writes through the Qt-free service on the GUI thread (short transactions, 1-3 ms:
fine there) and is one QUndoCommand on the stack; a live correction writes at every key (an
unchanged body is a no-op change, so no key reads the record first; on a team library, where a
write waits for the server, the latest reading at most every :data:`LIVE_WRITE_MS` and at OK),
the keys merged into one step. What the service returned is then announced on the context's
``changed``, by the same path an undo or a redo of the step takes, and every pane (the page's
annotations among them) redraws from it. Dialogs are methods (``ask_body``,
``ask_region_kind``) so tests can answer them.

The actions hold the page's annotations (:class:`PageAnnotations`), not the other way round: they
ask it what is chosen, what the tags are and where a shape was drawn, and the page needs nothing
of them (it draws from the changes). That is two roles with two sets of collaborators (the undo
stack, the dialogs and the service here; the panes and the overlay there), so two classes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.core.annotating import annotation_rows
from app.core.annotating import annotations as A
from app.core.annotating import tag_store as TS
from app.core.annotating import tags as T
from app.core.annotating.already_marked import AlreadyMarked, AlreadyMarkedError
from app.core.annotating.records import AnnotationChange, AnnotationRecord, Region, Span
from app.core.annotating.snapshots import RowChange
from app.core.annotating.vocabulary import LEAVE_VISIBLE, Kind, Status, check_kind
from app.core.changelog import last_changed_by
from app.core.errors import RedlineError
from app.ui.annotating.context import AnnotatingContext
from app.ui.annotating.drafts import Draft, DraftKeeper, DraftStore, anchors_of, drafts_folder
from app.ui.annotating.editor import NEW_TAG, AnnotationDialog, Submit, flatten_tags
from app.ui.annotating.overlay import (
    KeptBeside,
    beside,
    frame_margins,
    region_of_span,
    region_on_screen,
)
from app.ui.annotating.page_annotations import PageAnnotations
from app.ui.annotating.undo_commands import (
    MERGE_CORRECTION,
    AnnotationCommand,
    RowsCommand,
    StepGroup,
    TagCommand,
)
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.base.menu_keys import keys_to_menus
from app.ui.base.read_only import read_only_text
from app.ui.document.annotated_text_pane import rivals_note
from app.ui.document.annotation_style import KIND_NOUNS, describe

RESTORED = QT_TRANSLATE_NOOP(
    "Redline", "Restored: this was typed here when Redline stopped, and not saved."
)
GONE = QT_TRANSLATE_NOOP(
    "Redline", "The annotation this draft was an edit of is no longer there; the draft is kept."
)
# An edit refused because another reviewer changed the annotation while its form was open: the
# form shows theirs (AnnotationDialog.show_theirs) above this, the person's typing kept in it.
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Redline",
    "Another reviewer changed this annotation while this form was open. Theirs is shown above, "
    "yours is kept here: OK again saves yours over theirs, Cancel keeps theirs.",
)
# The same refusal of a correction written as it is typed: the next key writes, as OK does.
CHANGED_WHILE_TYPED = QT_TRANSLATE_NOOP(
    "Redline",
    "Another reviewer changed this correction while this form was open. Theirs is shown above, "
    "yours is kept here: typing on, or OK, saves yours over theirs.",
)
RIVALS_SAVED = QT_TRANSLATE_NOOP(
    "Redline", "A change saved here makes this correction the newest: the reading then shows it."
)
SAVED_BY = QT_TRANSLATE_NOOP("Redline", "saved by {who}, {when}")
# Accepting a proposal whose words already carry it (app/core/annotating/already_marked.py):
# what the person is told, under "These words are already marked SECRET by Rita.", and offered.
TWICE = QT_TRANSLATE_NOOP(
    "Redline",
    "Accepting this proposal would mark them a second time. Reject it as redundant? "
    "(Undo takes the rejection back.)",
)
REJECT_REDUNDANT = QT_TRANSLATE_NOOP("Redline", "&Reject as redundant")
KEEP_PROPOSAL = QT_TRANSLATE_NOOP("Redline", "&Keep the proposal")
REGION_KINDS: tuple[Kind, ...] = ("redaction", "tag", "marking", "note")
REGION_MENU = {  # the region menu's entries, each with its letter (it had none)
    "redaction": QT_TRANSLATE_NOOP("Redline", "&Redaction"),
    "tag": QT_TRANSLATE_NOOP("Redline", "&Tag"),
    "marking": QT_TRANSLATE_NOOP("Redline", "&Marking"),
    "note": QT_TRANSLATE_NOOP("Redline", "&Note"),
}


def region_menu(parent: QWidget, chosen: Kind = REGION_KINDS[0]) -> QMenu:
    """What a rectangle drawn on the scan may become, each entry with its underlined letter;
    it opens on ``chosen`` (the kind chosen last), so Enter takes it: it opened on nothing,
    and a first Enter was lost, the code typed next with it."""
    menu = QMenu(parent)
    keys_to_menus(menu)
    for kind in REGION_KINDS:
        action = menu.addAction(tr(REGION_MENU[kind]))
        action.setData(kind)
        if kind == chosen:
            menu.setActiveAction(action)
    return menu


# A correction typed on a team library is written at most this often while the keys come (the
# latest reading each time, and at OK): each write waits for the server's round trips (7 of
# them: 70 ms over a 10 ms link), which at every key would hold the keys up. A folder library
# writes at every key (a millisecond).
LIVE_WRITE_MS = 250


class AnnotationActions(QObject):
    """Making, editing, deleting and deciding annotations on ``page``: each written through the
    service as it is made, and one undo step."""

    def __init__(self, context: AnnotatingContext, page: PageAnnotations) -> None:
        super().__init__(context)
        self.context, self.page = context, page
        self.lib, self.view, self.window = context.lib, context.view, context.window
        self.stack, self.message = context.stack, context.message
        self.author_source = context.author
        self.selection_actions: list[QAction] = []  # offered in the text pane's context menu
        self._edit_session = itertools.count(1)
        page.drawer.region_drawn.connect(self._on_region_drawn)
        self.decide_conflict: Callable[[str], object] | None = None  # the menus' Conflicts
        self.held_notice: QMessageBox | None = None  # what accept all left (proposals.py)
        self.region_kind: Kind = REGION_KINDS[0]  # the region menu opens on the last chosen

    def author(self) -> str:
        return self.context.author_name()

    # -- making ---------------------------------------------------------------------------------

    def ask_body(
        self,
        kind: Kind,
        quote: str = "",
        body: Mapping[str, Any] | None = None,
        on_edit: Callable[[dict[str, Any]], None] | None = None,
        submit: Submit | None = None,
        region: Region | None = None,
        draft: Draft | None = None,
        fields: Mapping[str, Any] | None = None,
        opened: Callable[[AnnotationDialog], None] | None = None,
    ) -> dict[str, Any] | None:
        """The dialog for ``kind``; None when cancelled. Given ``submit``, the dialog makes the
        annotation with it and stays open, saying why, while it refuses. Given the ``region``
        it is about, it opens beside the region as the region menu does, else centred. Given
        a ``draft`` (what the form is about), what is typed is kept as a draft while it is
        open (``drafts.py``); ``fields``: a draft's, put back into the form. ``opened`` is
        given the dialog before it is shown (an edit shows in it what another reviewer saved
        meanwhile)."""
        dialog = AnnotationDialog(
            kind,
            quote=quote,
            body=body,
            tags=self.page.tags,
            on_edit=on_edit,
            submit=submit,
            parent=self.window,
        )
        if fields is not None:
            dialog.fill(fields, translate("Redline", RESTORED))
        if draft is not None:
            DraftKeeper(dialog, self.draft_store(), draft)
        if opened is not None:
            opened(dialog)
        return dialog.body() if self._exec_beside(dialog, region) else None

    def draft_store(self) -> DraftStore:
        """Where this library's and this person's draft is kept."""
        lib = self.lib
        key = lib.location if lib.on_server else str(lib.root.resolve())
        return DraftStore(drafts_folder(self.context.settings), key, self.author())

    def _draft(self, kind: Kind, quote: str, **about: Any) -> Draft | None:
        """A draft of a form about the page shown (None: no page)."""
        view, summary = self.view, self.view.summary
        if summary is None or view.page is None:
            return None
        return Draft(
            library="", author="", kind=kind, document=int(summary.id), title=summary.title,
            page=view.index, page_id=int(view.page.id), quote=quote, **about,
        )  # fmt: skip

    def resume(self, draft: Draft) -> bool:
        """Open again the form a draft was kept of (the page it is about shown), filled in;
        False when it cannot be (the library takes no writes, the annotation is gone)."""
        if not self.ready_to_write():
            return False
        kind = check_kind(draft.kind)
        if draft.editing is not None:
            return self.edit(draft.editing, fields=draft.fields)
        anchors = draft.anchors()
        made = self._ask_and_create(kind, None, draft.quote, fields=draft.fields, **anchors)
        return made is not None

    def _exec_beside(self, dialog: AnnotationDialog, region: Region | None) -> bool:
        """Run ``dialog`` beside ``region`` (the box it is about) and on the screen, as a
        popover would; centred on the window when there is none or it is out of sight."""
        dialog.adjustSize()
        where = None if region is None else self._on_screen(region)
        if where is not None:  # (moved: Qt no longer centres it over the window when shown)
            dialog.placement = KeptBeside(dialog, *where, margins=frame_margins(self.window))
        return bool(dialog.exec())

    def _on_screen(self, region: Region) -> tuple[QRect, QRect] | None:
        """Where ``region`` of the page is on the screen, and the screen's free area, for a popup
        to go beside it (None: the region is not in sight)."""
        view = self.view.page_view
        drawn = region_on_screen(view, region)
        vp = view.viewport()
        shown = QRect(vp.mapToGlobal(QPoint(0, 0)), vp.size())
        if drawn is None or not drawn.intersects(shown):
            return None
        return drawn, view.screen().availableGeometry()

    def confirm_redaction(
        self, body: Mapping[str, Any], region: Region | None = None
    ) -> dict[str, Any] | None:
        """Accepting a proposed redaction: the exemption codes detected beside its box, filled
        in for the person to confirm or change, in a form beside the box (``region``); None
        when cancelled."""
        detected = [str(c) for c in body.get("exemptions", [])]
        dialog = AnnotationDialog(
            "redaction", body=body, detected=detected, tags=self.page.tags, parent=self.window
        )
        dialog.setWindowTitle(translate("Redline", "Accept redaction"))
        return dialog.body() if self._exec_beside(dialog, region) else None

    def ask_region_kind(self, region: Region | None = None) -> Kind | None:
        """What a rectangle drawn on the scan becomes: a small menu beside the rectangle (not
        over it: the person sees what they drew while choosing), else at the mouse."""
        menu = region_menu(self.window, self.region_kind)
        self.region_menu = menu  # (tests look at where it opened)
        where = None if region is None else self._on_screen(region)
        at = None if where is None else beside(where[0], menu.sizeHint(), where[1])
        chosen = menu.exec(self.view.page_view.cursor().pos() if at is None else at)
        if chosen is None:
            return None
        self.region_kind = check_kind(str(chosen.data()))
        return self.region_kind

    def selected_span(self, *, whole_words: bool = False) -> Span | None:
        """The text selected in the text pane, without the spaces or line breaks it starts or
        ends with (Ctrl+Shift+Right selects a word with the space after it: a correction of
        "IST " to "1ST" ran "1STNR" together); ``whole_words``: widened to the words it
        touches (a mouse selection rarely stops on a word's edge)."""
        pane, text = self.view.text_pane, self.view.page_text
        start, end = pane.selected_span()
        shown = pane.text
        while start < end and shown[start].isspace():
            start += 1
        while end > start and shown[end - 1].isspace():
            end -= 1
        if text is None or start >= end:
            self.message.emit(translate("Redline", "Select some text in the text pane first."))
            return None
        if whole_words:
            touched = [w for w in text.words if w.start < end and w.end > start]
            start = min([start, *(w.start for w in touched)])
            end = max([end, *(w.end for w in touched)])
        return Span(start, end, text.layer_id)

    def annotate_selection(self, kind: Kind, body: Mapping[str, Any] | None = None) -> str | None:
        """Make a ``kind`` annotation on the selected text (a correction on exactly that, the
        others on the words it touches, whole); returns its uuid."""
        span = self.selected_span(whole_words=kind != "correction")
        if span is None or not self.ready_to_write():
            return None
        quote = self.view.text_pane.text[span.start : span.end]
        return self._ask_and_create(kind, body, quote, text=span)

    def annotate_page(self) -> str | None:
        """A note on the whole page (no anchor)."""
        if self.view.page is None or not self.ready_to_write():
            return None
        return self._ask_and_create("note", None)

    def tag_selection(self, number: int) -> str | None:
        """Tag the selected text with the ``number``-th tag (1-based, tree order)."""
        tags = flatten_tags(self.page.tags)
        if not 1 <= number <= len(tags):
            self.message.emit(
                translate(
                    "Redline", "There is no tag {number}: Ctrl+T makes one as you type its name."
                ).format(number=number)
            )
            return None
        return self.annotate_selection("tag", {"tag": tags[number - 1][0].uuid})

    def redact_selection(self, body: Mapping[str, Any] | None = None) -> str | None:
        """A redaction from the keyboard: the box around the selected words, anchored to them."""
        span, text = self.selected_span(whole_words=True), self.view.page_text
        if span is None or text is None:
            return None
        rotation = self.view.page.rotation if self.view.page is not None else 0
        region = region_of_span(text.words, span.start, span.end, rotation)
        if region is None:
            self.message.emit(
                translate(
                    "Redline", "These words have no boxes on the scan: Shift+drag the region."
                )
            )
            return None
        if not self.ready_to_write():
            return None
        return self._ask_and_create("redaction", body, text=span, region=region)

    def _on_region_drawn(self, region: Region) -> None:
        self.annotate_region(region)

    def annotate_region(
        self, region: Region, kind: Kind | None = None, body: Mapping[str, Any] | None = None
    ) -> str | None:
        """Make an annotation of a rectangle drawn on the scan (what it is asked for when no
        ``kind`` is given, its body when no ``body``)."""
        if self.view.page is None or not self.ready_to_write():
            return None
        kind = kind or self.ask_region_kind(region)
        return None if kind is None else self._ask_and_create(kind, body, region=region)

    def _ask_and_create(
        self,
        kind: Kind,
        body: Mapping[str, Any] | None,
        quote: str = "",
        fields: Mapping[str, Any] | None = None,
        **anchors: Any,
    ) -> str | None:
        """Make the annotation from ``body``, or from the dialog, which makes it itself and
        stays open while the service refuses (nothing typed or drawn is lost, and what is
        typed is kept as a draft while it is open; ``fields``: a draft's, put back)."""
        if body is not None:
            return self._create(kind, body, **anchors)
        made: list[str] = []
        draft = self._draft(kind, quote, **anchors_of(anchors))

        def submit(typed: dict[str, Any]) -> str | None:
            try:
                made.append(self._write_new(kind, typed, anchors))
            except RedlineError as exc:
                return say(exc)
            return None

        region = anchors.get("region")
        asked = self.ask_body(kind, quote, submit=submit, region=region, draft=draft, fields=fields)
        if asked is None or made:
            return made[0] if made else None
        return self._create(kind, asked, **anchors)  # (a dialog answered without submitting)

    def _create(self, kind: Kind, body: Mapping[str, Any], **anchors: Any) -> str | None:
        try:
            return self._write_new(kind, body, anchors)
        except RedlineError as exc:
            self.message.emit(say(exc))
            return None

    def _write_new(self, kind: Kind, body: Mapping[str, Any], anchors: Mapping[str, Any]) -> str:
        """Make an annotation; raises what the service refuses."""
        page = self.view.page
        assert page is not None
        change = self._write(
            body,
            lambda b: A.create_annotation(
                self.lib, page.id, kind, body=b, author=self.author(), **anchors
            ),
            translate("Redline", "Add {kind}").format(kind=tr(KIND_NOUNS[kind])),
            choose=True,
        )
        return change.uuid

    def _write(
        self,
        body: Mapping[str, Any],
        write: Callable[[Mapping[str, Any]], AnnotationChange],
        text: str,
        merge_id: int = -1,
        *,
        choose: bool = False,
    ) -> AnnotationChange:
        """``write(body)`` and push it as ``text`` (by default "Edit <kind>"); a tag path typed
        that is not in the tree yet is made first, the tag, its missing parents and the
        annotation one undo step. ``choose``: the annotation becomes the chosen one."""
        if NEW_TAG not in body:
            change = write(body)
            if choose:
                self.page.current = change.uuid
            self.push([change], text or _edit_text(change), merge_id)
            return change
        uuid, tag_change = T.create_tag_path(self.lib, body[NEW_TAG], author=self.author())
        try:
            change = write({"tag": uuid})
        except RedlineError:
            if tag_change is not None:  # the tag was made for this use alone
                TS.revert_tag_change(self.lib, tag_change, author=self.author())
            raise
        text = text or _edit_text(change)
        if choose:
            self.page.current = change.uuid
        if tag_change is None:
            self.push([change], text, merge_id)
        else:
            path = T.PATH_SEPARATOR.join(body[NEW_TAG])
            step = translate("Redline", "{step}, new tag {path}").format(step=text, path=path)
            self._push_with_tag(tag_change, change, step)
        return change

    def _push_with_tag(self, tag: TS.TagChange, change: AnnotationChange, text: str) -> None:
        """A new tag and its first use as one undo step (undone: the use, then the tag)."""
        c = self.context
        steps: list[TagCommand | AnnotationCommand] = [
            TagCommand(
                self.lib, tag, text, author=self.author, done=c.tags_changed, failed=c.step_failed
            ),
            AnnotationCommand(
                self.lib, [change], text, author=self.author, done=c.annotations_changed,
                failed=c.step_failed,
            ),
        ]  # fmt: skip
        self.stack.push(StepGroup(text, steps))
        c.tags_changed(tag)  # as the step's undo and redo will be: the tree, then the use
        c.annotations_changed([change])

    def push(self, changes: Sequence[AnnotationChange], text: str, merge_id: int = -1) -> None:
        """Put changes the service has made on the undo stack and show them (no-op changes are
        left out: nothing to undo or draw)."""
        changes = [c for c in changes if not c.is_noop]
        if not changes:
            return
        self.stack.push(
            AnnotationCommand(
                self.lib,
                changes,
                text,
                author=self.author,
                done=self.context.annotations_changed,
                failed=self.context.step_failed,
                merge_id=merge_id,
            )
        )
        self.context.annotations_changed(changes)  # as the step's undo and redo will be

    def push_rows(self, rows: Sequence[RowChange], text: str) -> None:
        """Put a merge or a conflict's decision (already written) on the undo stack as one
        step; it, its undo and its redo are announced on the context's ``changed``."""
        if not rows:
            return
        context = self.context
        self.stack.push(
            RowsCommand(
                self.lib, rows, text, author=self.author, done=context.rows_changed,
                failed=context.step_failed, runner=context.db,
            )
        )  # fmt: skip
        context.rows_changed(rows)

    # -- editing --------------------------------------------------------------------------------

    def edit(self, uuid: str, fields: Mapping[str, Any] | None = None) -> bool:
        """Edit an annotation's body; typing a correction updates it live, one undo step (and
        is in the library at every key: the other kinds' forms keep a draft). ``fields``: a
        draft's, put back into the form."""
        rec = self.page.record(uuid)
        if rec is None:
            if fields is not None:
                self.message.emit(translate("Redline", GONE))
            return False
        if not self.ready_to_write():
            return False
        quote = rec.text.quote if rec.text else ""
        start = self.stack.index()
        merge_id = MERGE_CORRECTION + next(self._edit_session) % 100_000

        latest: list[dict[str, Any]] = []  # typed, not written yet (a team library)
        timer = QTimer(self, singleShot=True, interval=LIVE_WRITE_MS)
        # What this form's writes are made from: the record it opened on, then what it wrote.
        # (The window's drawn record, which a colleague's change redraws while the form is
        # open, let OK write over their change without a word.)
        basis = [rec]
        forms: list[AnnotationDialog] = []  # the form, once open

        def write(typed: Mapping[str, Any], refusal: str = CHANGED_MEANWHILE) -> AnnotationChange:
            """Write ``typed``; refused because another reviewer changed the annotation
            meanwhile, the form shows theirs and says ``refusal``, and the next write is
            made over theirs, knowingly."""
            try:
                change = self._write_update(uuid, typed, merge_id, expected=basis[0])
            except annotation_rows.StaleEditError as exc:
                fresh = self.page.record(uuid)
                if fresh is None:
                    raise
                basis[0] = fresh
                if forms:
                    self._show_theirs(forms[0], fresh)
                raise annotation_rows.StaleEditError(translate("Redline", refusal)) from exc
            if change.after is not None:
                basis[0] = change.after
            if forms:
                forms[0].drop_theirs()  # (saved over theirs, knowingly: no longer what is there)
            return change

        def update(typed: Mapping[str, Any]) -> bool:
            try:
                write(typed, CHANGED_WHILE_TYPED)
            except annotation_rows.StaleEditError as exc:  # a live correction's key
                if forms and forms[0].isVisible():  # said in the form, theirs shown in it
                    forms[0].show_error(say(exc))
                    self.view.read_again()
                else:
                    self.refused(exc)
                return False
            except RedlineError as exc:
                self.refused(exc)
                return False
            return True

        def write_latest() -> None:
            if latest:
                update(latest.pop())

        timer.timeout.connect(write_latest)

        def live(typed: dict[str, Any]) -> None:  # each key of a correction
            if not self.lib.on_server:
                update(typed)
                return
            latest[:] = [typed]
            if not timer.isActive():  # (not restarted: written while the keys keep coming)
                timer.start()

        on_edit = live if rec.kind == "correction" else None
        saved: list[bool] = []

        def submit(typed: dict[str, Any]) -> str | None:
            timer.stop()  # (what OK writes is the latest)
            latest.clear()
            try:
                write(typed)
            except RedlineError as exc:
                return say(exc)
            saved.append(True)
            return None

        draft = None if on_edit is not None else self._draft(rec.kind, quote, editing=uuid)
        rivals = rivals_note(rec, self.page.reading, self.page.records)

        def opened(form: AnnotationDialog) -> None:
            forms.append(form)
            if rivals:  # (saving a change makes this one the newest: the reading shows it)
                form.show_rivals("\n".join((rivals, translate("Redline", RIVALS_SAVED))))

        body = self.ask_body(
            rec.kind, quote, rec.body, on_edit=on_edit, submit=submit, draft=draft,
            fields=fields, opened=opened,
        )  # fmt: skip
        timer.stop()
        timer.deleteLater()
        if body is None:
            latest.clear()  # cancelled: what was typed and not written is not written
            while self.stack.index() > start:  # cancelled: take back what the typing did
                self.stack.undo()
            return False
        latest.clear()
        return bool(saved) or update(body)

    def _show_theirs(self, form: AnnotationDialog, theirs: AnnotationRecord) -> None:
        """Show in ``form`` what another reviewer saved meanwhile, who and when."""
        when = theirs.modified_at.strftime("%Y-%m-%d %H:%M UTC")
        try:
            who = last_changed_by(self.lib, theirs.uuid) or translate("Redline", "unknown")
        except RedlineError:  # (the form says what they saved all the same)
            who = translate("Redline", "unknown")
        said = (
            translate("Redline", "(deleted)")
            if theirs.deleted
            else describe(theirs, self.page.tag_names)
        )
        form.show_theirs(said, translate("Redline", SAVED_BY).format(who=who, when=when))

    def _update(
        self, uuid: str, body: Mapping[str, Any], merge_id: int = -1, *, text: str = ""
    ) -> bool:
        """Write the body (at every key of a live correction: no read first; a body that changes
        nothing comes back as a no-op change, which :meth:`push` leaves off the stack)."""
        try:
            self._write_update(uuid, body, merge_id, text=text)
        except RedlineError as exc:
            self.refused(exc)
            return False
        return True

    def refused(self, exc: RedlineError) -> None:
        """Say why; an edit of what another reviewer changed meanwhile reloads the page, so the
        annotation shows their version (nothing of theirs was overwritten)."""
        self.message.emit(say(exc))
        if isinstance(exc, annotation_rows.StaleEditError):
            self.view.read_again()

    def ready_to_write(self) -> bool:
        """The library takes writes and the person is named (asked, the first time); else
        said, before any form opens (a reader's role on a team server opened the note and
        accept forms, and refused what they made only at OK)."""
        if self.lib.read_only:
            self.message.emit(
                translate("Redline", "{why}: nothing can be changed here.").format(
                    why=read_only_text(self.lib.db.read_only_reason)
                )
            )
            return False
        return bool(self.author_source.require())

    def _write_update(
        self,
        uuid: str,
        body: Mapping[str, Any],
        merge_id: int = -1,
        *,
        text: str = "",
        expected: AnnotationRecord | None = None,
    ) -> AnnotationChange:
        """Write ``body``, compared with ``expected`` (by default the record as drawn)."""
        base = expected if expected is not None else self.page.shown(uuid)

        def write(b: Mapping[str, Any]) -> AnnotationChange:
            return A.update_annotation(self.lib, uuid, author=self.author(), body=b, expected=base)

        return self._write(body, write, text, merge_id)

    def leave_visible(self, uuid: str, visible: bool) -> bool:
        """Choose whether a redaction is left visible in publications (one undo step)."""
        rec = self.page.record(uuid)
        if rec is None or rec.kind != "redaction" or not self.ready_to_write():
            return False
        body: dict[str, Any] = {k: v for k, v in rec.body.items() if k != LEAVE_VISIBLE}
        if visible:
            body[LEAVE_VISIBLE] = True
        text = (
            translate("Redline", "Leave redaction visible")
            if visible
            else translate("Redline", "Burn redaction in")
        )
        return self._update(uuid, body, text=text)

    def delete(self, uuid: str) -> None:
        try:
            change = A.delete_annotation(
                self.lib, uuid, author=self.author(), expected=self.page.shown(uuid)
            )
        except RedlineError as exc:
            self.refused(exc)
            return
        if self.page.current == uuid:
            self.page.current = None
        kind = change.before.kind if change.before else "note"
        self.push([change], translate("Redline", "Delete {kind}").format(kind=tr(KIND_NOUNS[kind])))

    def set_status(self, uuid: str, status: Status) -> bool:
        """Accept, reject or propose; False (and why, said) when it was not written. A proposal
        whose words already carry it is not accepted: the person is offered to reject it as
        redundant instead (True when they did)."""
        try:
            change = A.set_status(
                self.lib, uuid, status, author=self.author(), expected=self.page.shown(uuid)
            )
        except AlreadyMarkedError as exc:
            return self.offer_reject_redundant(exc.found)
        except RedlineError as exc:
            self.refused(exc)
            return False
        step = {
            "accepted": translate("Redline", "Accepted {kind}"),
            "rejected": translate("Redline", "Rejected {kind}"),
        }.get(status, translate("Redline", "Proposed {kind}"))
        self.push([change], step.format(kind=tr(KIND_NOUNS[change.record.kind])))
        return True

    def ask_reject_redundant(self, found: AlreadyMarked) -> bool:
        """Whether to reject a proposal whose words already carry it (a question beside the
        window, its default the rejection)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Redline", "Already marked"),
            say(found.said),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setInformativeText(translate("Redline", TWICE))
        reject = box.addButton(tr(REJECT_REDUNDANT), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr(KEEP_PROPOSAL), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reject)
        box.exec()
        return box.clickedButton() is reject

    def offer_reject_redundant(self, found: AlreadyMarked) -> bool:
        """Tell the person the proposal's words already carry it and offer to reject it as
        redundant (one undo step); True when it was rejected."""
        if not self.ask_reject_redundant(found):
            self.message.emit(
                " ".join(
                    (say(found.said), translate("Redline", "Not accepted: it is still a proposal."))
                )
            )
            return False
        uuid = found.proposal
        try:
            change = A.set_status(
                self.lib, uuid, "rejected", author=self.author(), expected=self.page.shown(uuid)
            )
        except RedlineError as exc:
            self.refused(exc)
            return False
        kind = tr(KIND_NOUNS[change.record.kind])
        self.push([change], translate("Redline", "Reject redundant {kind}").format(kind=kind))
        done = translate("Redline", "Rejected the proposal as redundant.")
        self.message.emit(" ".join((done, say(found.said))))
        return True


def _edit_text(change: AnnotationChange) -> str:
    return translate("Redline", "Edit {kind}").format(kind=tr(KIND_NOUNS[change.record.kind]))
