"""Making, editing and deleting annotations in the open document, with undo.

Each user action writes through the Qt-free service on the GUI thread (short transactions, 1-3 ms:
fine there) and is one QUndoCommand on the stack; a live correction writes at every key (an
unchanged body is a no-op change, so no key reads the record first), the keys merged into one
step. What the service returned is then announced on the context's ``changed``, by the same
path an undo or a redo of the step takes, and every pane (the page's annotations among them)
redraws from it. Dialogs are methods (``ask_body``, ``ask_region_kind``) so tests can answer them.

The actions hold the page's annotations (:class:`PageAnnotations`), not the other way round: they
ask it what is chosen, what the tags are and where a shape was drawn, and the page needs nothing
of them (it draws from the changes). That is two roles with two sets of collaborators (the undo
stack, the dialogs and the service here; the panes and the overlay there), so two classes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.core.annotating import annotations as A
from app.core.annotating.records import AnnotationChange, Region, Span
from app.core.annotating.vocabulary import LEAVE_VISIBLE, Kind, Status, check_kind
from app.core.errors import RedlineError
from app.ui.annotating.context import AnnotatingContext
from app.ui.annotating.editor import AnnotationDialog, flatten_tags
from app.ui.annotating.overlay import region_of_span
from app.ui.annotating.page_annotations import PageAnnotations
from app.ui.annotating.undo_commands import MERGE_CORRECTION, AnnotationCommand
from app.ui.document.annotation_style import KIND_LABELS

REGION_KINDS: tuple[Kind, ...] = ("redaction", "tag", "marking", "note")


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

    def author(self) -> str:
        return self.context.author_name()

    # -- making ---------------------------------------------------------------------------------

    def ask_body(
        self,
        kind: Kind,
        quote: str = "",
        body: Mapping[str, Any] | None = None,
        on_edit: Callable[[dict[str, Any]], None] | None = None,
    ) -> dict[str, Any] | None:
        """The dialog for ``kind``; None when cancelled."""
        dialog = AnnotationDialog(
            kind, quote=quote, body=body, tags=self.page.tags, on_edit=on_edit, parent=self.window
        )
        return dialog.body() if dialog.exec() else None

    def confirm_redaction(self, body: Mapping[str, Any]) -> dict[str, Any] | None:
        """Accepting a proposed redaction: the exemption codes detected beside its box, filled
        in for the person to confirm or change; None when cancelled."""
        detected = [str(c) for c in body.get("exemptions", [])]
        dialog = AnnotationDialog("redaction", body=body, detected=detected, parent=self.window)
        dialog.setWindowTitle("Accept redaction")
        return dialog.body() if dialog.exec() else None

    def ask_region_kind(self) -> Kind | None:
        """What a rectangle drawn on the scan becomes (a small menu at the mouse)."""
        menu = QMenu(self.window)
        for kind in REGION_KINDS:
            menu.addAction(KIND_LABELS[kind]).setData(kind)
        chosen = menu.exec(self.view.page_view.cursor().pos())
        return None if chosen is None else check_kind(str(chosen.data()))

    def selected_span(self) -> Span | None:
        pane, text = self.view.text_pane, self.view.page_text
        start, end = pane.selected_span()
        if text is None or start >= end:
            self.message.emit("Select some text in the text pane first.")
            return None
        return Span(start, end, text.layer_id)

    def annotate_selection(self, kind: Kind, body: Mapping[str, Any] | None = None) -> str | None:
        """Make a ``kind`` annotation on the selected text; returns its uuid."""
        span = self.selected_span()
        if span is None or not self.author_source.require():
            return None
        quote = self.view.text_pane.text[span.start : span.end]
        body = body if body is not None else self.ask_body(kind, quote)
        return None if body is None else self._create(kind, body, text=span)

    def annotate_page(self) -> str | None:
        """A note on the whole page (no anchor)."""
        if self.view.page is None or not self.author_source.require():
            return None
        body = self.ask_body("note")
        return None if body is None else self._create("note", body)

    def tag_selection(self, number: int) -> str | None:
        """Tag the selected text with the ``number``-th tag (1-based, tree order)."""
        tags = flatten_tags(self.page.tags)
        if not 1 <= number <= len(tags):
            self.message.emit(f"There is no tag {number}; make tags in the tag manager.")
            return None
        return self.annotate_selection("tag", {"tag": tags[number - 1][0].uuid})

    def redact_selection(self, body: Mapping[str, Any] | None = None) -> str | None:
        """A redaction from the keyboard: the box around the selected words, anchored to them."""
        span, text = self.selected_span(), self.view.page_text
        if span is None or text is None:
            return None
        region = region_of_span(text.words, span.start, span.end)
        if region is None:
            self.message.emit("These words have no boxes on the scan: Shift+drag the region.")
            return None
        if not self.author_source.require():
            return None
        body = body if body is not None else self.ask_body("redaction")
        return None if body is None else self._create("redaction", body, text=span, region=region)

    def _on_region_drawn(self, region: Region) -> None:
        self.annotate_region(region)

    def annotate_region(self, region: Region, kind: Kind | None = None) -> str | None:
        if self.view.page is None or not self.author_source.require():
            return None
        kind = kind or self.ask_region_kind()
        body = None if kind is None else self.ask_body(kind)
        return None if kind is None or body is None else self._create(kind, body, region=region)

    def _create(self, kind: Kind, body: Mapping[str, Any], **anchors: Any) -> str | None:
        assert self.view.page is not None
        try:
            change = A.create_annotation(
                self.lib, self.view.page.id, kind, body=body, author=self.author(), **anchors
            )
        except RedlineError as exc:
            self.message.emit(str(exc))
            return None
        self.page.current = change.uuid
        self.push([change], f"Add {KIND_LABELS[kind].lower()}")
        return change.uuid

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

    # -- editing --------------------------------------------------------------------------------

    def edit(self, uuid: str) -> bool:
        """Edit an annotation's body; typing a correction updates it live, one undo step."""
        rec = self.page.record(uuid)
        if rec is None or not self.author_source.require():
            return False
        quote = rec.text.quote if rec.text else ""
        start = self.stack.index()
        merge_id = MERGE_CORRECTION + next(self._edit_session) % 100_000

        def live(typed: dict[str, Any]) -> None:  # each key of a correction
            self._update(uuid, typed, merge_id)

        on_edit = live if rec.kind == "correction" else None
        body = self.ask_body(rec.kind, quote, rec.body, on_edit=on_edit)
        if body is None:
            while self.stack.index() > start:  # cancelled: take back what the typing did
                self.stack.undo()
            return False
        return self._update(uuid, body, merge_id)

    def _update(
        self, uuid: str, body: Mapping[str, Any], merge_id: int = -1, *, text: str = ""
    ) -> bool:
        """Write the body (at every key of a live correction: no read first; a body that changes
        nothing comes back as a no-op change, which :meth:`push` leaves off the stack)."""
        try:
            change = A.update_annotation(
                self.lib, uuid, author=self.author(), body=body, expected=self.page.shown(uuid)
            )
        except RedlineError as exc:
            self._refused(exc)
            return False
        kind = KIND_LABELS[change.record.kind].lower()
        self.push([change], text or f"Edit {kind}", merge_id)
        return True

    def _refused(self, exc: RedlineError) -> None:
        """Say why; an edit of what another reviewer changed meanwhile reloads the page, so the
        annotation shows their version (nothing of theirs was overwritten)."""
        self.message.emit(str(exc))
        if isinstance(exc, A.StaleEditError):
            self.view.read_again()

    def leave_visible(self, uuid: str, visible: bool) -> bool:
        """Choose whether a redaction is left visible in publications (one undo step)."""
        rec = self.page.record(uuid)
        if rec is None or rec.kind != "redaction" or not self.author_source.require():
            return False
        body: dict[str, Any] = {k: v for k, v in rec.body.items() if k != LEAVE_VISIBLE}
        if visible:
            body[LEAVE_VISIBLE] = True
        text = "Leave redaction visible" if visible else "Burn redaction in"
        return self._update(uuid, body, text=text)

    def delete(self, uuid: str) -> None:
        try:
            change = A.delete_annotation(
                self.lib, uuid, author=self.author(), expected=self.page.shown(uuid)
            )
        except RedlineError as exc:
            self._refused(exc)
            return
        if self.page.current == uuid:
            self.page.current = None
        kind = change.before.kind if change.before else "note"
        self.push([change], f"Delete {KIND_LABELS[kind].lower()}")

    def set_status(self, uuid: str, status: Status) -> None:
        try:
            change = A.set_status(
                self.lib, uuid, status, author=self.author(), expected=self.page.shown(uuid)
            )
        except RedlineError as exc:
            self._refused(exc)
            return
        self.push([change], f"{status.capitalize()} {KIND_LABELS[change.record.kind].lower()}")
