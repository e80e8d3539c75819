"""Making, editing and deleting annotations in the open document, with undo.

Each user action writes through the Qt-free service on the GUI thread (short transactions, 1-3 ms:
fine there), editing after reading the annotation it changes, and is one QUndoCommand on the
stack; a live correction writes at every key, the keys merged into one step. The change set is
then drawn (``PageAnnotations._show_own``); reading a page's annotations runs on the database
worker. Dialogs are methods (``ask_body``, ``ask_region_kind``) so tests can answer them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QMenu

from app.core.annotating import annotations as A
from app.core.annotating.records import AnnotationChange, Region, Span
from app.core.annotating.snapshots import RowChange
from app.core.annotating.vocabulary import LEAVE_VISIBLE
from app.core.errors import RedlineError
from app.ui.annotating.context import AnnotatingContext
from app.ui.annotating.editor import AnnotationDialog, flatten_tags
from app.ui.annotating.overlay import region_of_span
from app.ui.annotating.page_annotations import PageAnnotations
from app.ui.annotating.undo_commands import MERGE_CORRECTION, AnnotationCommand, RowsCommand
from app.ui.document.annotation_style import KIND_LABELS

REGION_KINDS = ("redaction", "tag", "marking", "note")


class AnnotationActions(PageAnnotations):
    """Making, editing, deleting and deciding annotations: each written through the service as
    it is made, and one undo step."""

    def __init__(self, context: AnnotatingContext) -> None:
        super().__init__(context)
        self._edit_session = itertools.count(1)
        self.drawer.region_drawn.connect(self._on_region_drawn)
        self.decide_conflict: Callable[[str], object] | None = None  # the menus' Conflicts

    # -- making ---------------------------------------------------------------------------------

    def ask_body(
        self, kind: str, quote: str = "", body: dict[str, Any] | None = None, on_edit: Any = None
    ) -> dict[str, Any] | None:
        """The dialog for ``kind``; None when cancelled."""
        dialog = AnnotationDialog(
            kind, quote=quote, body=body, tags=self.tags, on_edit=on_edit, parent=self.window
        )
        return dialog.body() if dialog.exec() else None

    def ask_region_kind(self) -> str | None:
        """What a rectangle drawn on the scan becomes (a small menu at the mouse)."""
        menu = QMenu(self.window)
        for kind in REGION_KINDS:
            menu.addAction(KIND_LABELS[kind]).setData(kind)
        chosen = menu.exec(self.view.page_view.cursor().pos())
        return None if chosen is None else str(chosen.data())

    def selected_span(self) -> Span | None:
        pane, text = self.view.text_pane, self.view.page_text
        start, end = pane.selected_span()
        if text is None or start >= end:
            self.message.emit("Select some text in the text pane first.")
            return None
        return Span(start, end, text.layer_id)

    def annotate_selection(self, kind: str, body: dict[str, Any] | None = None) -> str | None:
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
        tags = flatten_tags(self.tags)
        if not 1 <= number <= len(tags):
            self.message.emit(f"There is no tag {number}; make tags in the tag manager.")
            return None
        return self.annotate_selection("tag", {"tag": tags[number - 1][0]})

    def redact_selection(self, body: dict[str, Any] | None = None) -> str | None:
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

    def annotate_region(self, region: Region, kind: str | None = None) -> str | None:
        if self.view.page is None or not self.author_source.require():
            return None
        kind = kind or self.ask_region_kind()
        body = None if kind is None else self.ask_body(kind)
        return None if kind is None or body is None else self._create(kind, body, region=region)

    def _create(self, kind: str, body: dict[str, Any], **anchors: Any) -> str | None:
        assert self.view.page is not None
        try:
            change = A.create_annotation(
                self.lib, self.view.page.id, kind, body=body, author=self.author(), **anchors
            )
        except RedlineError as exc:
            self.message.emit(str(exc))
            return None
        self.current = change.uuid
        self.push([change], f"Add {KIND_LABELS[kind].lower()}")
        return change.uuid

    def push(self, changes: Sequence[AnnotationChange], text: str, merge_id: int = -1) -> None:
        """Put changes the service has made on the undo stack and show them."""
        if not changes:
            return
        self.stack.push(
            AnnotationCommand(
                self.lib,
                changes,
                text,
                author=self.author,
                done=self.after_change,
                failed=self.message.emit,
                merge_id=merge_id,
            )
        )
        self._show_own(changes)
        self.changed.emit()

    def push_rows(self, rows: Sequence[RowChange], text: str) -> None:
        """Put a merge or a conflict's decision (already written) on the undo stack as one
        step, and show the page again."""
        if not rows:
            return
        self.stack.push(
            RowsCommand(
                self.lib, list(rows), text, author=self.author, done=self.after_change,
                failed=self.message.emit, runner=self.db,
            )
        )  # fmt: skip
        self.after_change()

    # -- editing --------------------------------------------------------------------------------

    def edit(self, uuid: str) -> bool:
        """Edit an annotation's body; typing a correction updates it live, one undo step."""
        rec = self.record(uuid)
        if rec is None or not self.author_source.require():
            return False
        quote = rec.text.quote if rec.text else ""
        start = self.stack.index()
        merge_id = MERGE_CORRECTION + next(self._edit_session) % 100_000
        live = (lambda b: self._update(uuid, b, merge_id)) if rec.kind == "correction" else None
        body = self.ask_body(rec.kind, quote, rec.body, on_edit=live)
        if body is None:
            while self.stack.index() > start:  # cancelled: take back what the typing did
                self.stack.undo()
            return False
        return self._update(uuid, body, merge_id)

    def _update(
        self, uuid: str, body: dict[str, Any], merge_id: int = -1, *, text: str = ""
    ) -> bool:
        rec = self.record(uuid)
        if rec is None or rec.body == body:
            return rec is not None
        try:
            change = A.update_annotation(self.lib, uuid, author=self.author(), body=body)
        except RedlineError as exc:
            self.message.emit(str(exc))
            return False
        self.push([change], text or f"Edit {KIND_LABELS[rec.kind].lower()}", merge_id)
        return True

    def leave_visible(self, uuid: str, visible: bool) -> bool:
        """Choose whether a redaction is left visible in publications (one undo step)."""
        rec = self.record(uuid)
        if rec is None or rec.kind != "redaction" or not self.author_source.require():
            return False
        body = {k: v for k, v in rec.body.items() if k != LEAVE_VISIBLE}
        if visible:
            body[LEAVE_VISIBLE] = True
        text = "Leave redaction visible" if visible else "Burn redaction in"
        return self._update(uuid, body, text=text)

    def delete(self, uuid: str) -> None:
        try:
            change = A.delete_annotation(self.lib, uuid, author=self.author())
        except RedlineError as exc:
            self.message.emit(str(exc))
            return
        self.current = None if self.current == uuid else self.current
        kind = change.before.kind if change.before else "note"
        self.push([change], f"Delete {KIND_LABELS[kind].lower()}")

    def set_status(self, uuid: str, status: str) -> None:
        try:
            change = A.set_status(self.lib, uuid, status, author=self.author())
        except RedlineError as exc:
            self.message.emit(str(exc))
            return
        self.push([change], f"{status.capitalize()} {KIND_LABELS[change.record.kind].lower()}")
