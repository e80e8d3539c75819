"""Making, showing, editing and deleting annotations in the open document, with undo.

Each user action is one call into the Qt-free service (a short transaction, 1-3 ms: fine on the GUI
thread) and one QUndoCommand on the stack; reading a page's annotations runs on the database
worker. Dialogs are methods (``ask_body``, ``ask_region_kind``) so tests can answer them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from app.core import annotations as A
from app.core.errors import RedlineError
from app.core.library import Library
from app.core.review import CorrectedText, corrected_reading
from app.core.tags import TagNode, list_tags
from app.core.vocabulary import AnnotationChange, AnnotationRecord, Region, Span
from app.ui import settings as S
from app.ui.annotation_commands import MERGE_CORRECTION, AnnotationCommand
from app.ui.annotation_editor import AnnotationDialog, flatten_tags
from app.ui.annotation_overlay import AnnotationOverlay, RegionDrawer, shapes_for
from app.ui.annotation_style import KIND_LABELS, tag_maps
from app.ui.author import AuthorSource
from app.ui.document_view import DocumentView
from app.ui.workers import TaskRunner

REGION_KINDS = ("redaction", "tag", "marking", "note")
PageLoad = tuple[list[AnnotationRecord], CorrectedText, list[TagNode]]


def _reading_order(r: AnnotationRecord) -> tuple[float, float]:
    """As list_annotations orders a page: text position, then top of region, unanchored last."""
    inf = float("inf")
    return (r.text.start if r.text else inf, r.region.y if r.region else inf)


class AnnotationActions(QObject):
    """The annotation side of the review window. ``changed()`` after every change, undo or redo;
    ``page_loaded()`` when the page's annotations are on screen; ``chosen(uuid)``."""

    changed = Signal()
    page_loaded = Signal()
    chosen = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        lib: Library,
        settings: S.Settings,
        view: DocumentView,
        db: TaskRunner,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.lib, self.view, self.db, self.window = lib, view, db, parent
        self.stack = QUndoStack(self)
        self.author_source = AuthorSource(settings, parent)
        self.overlay = AnnotationOverlay()
        view.page_view.scene().addItem(self.overlay)
        self.drawer = RegionDrawer(view.page_view, self.overlay)
        self.records: list[AnnotationRecord] = []
        self.tags: list[TagNode] = []
        self.tag_colours: dict[int, str] = {}
        self.tag_names: dict[int, str] = {}
        self.tag_uuids: dict[int, str] = {}
        self.current: str | None = None
        self._pending: str | None = None  # shown once its page has loaded
        self._loaded_page: int | None = None
        self._edit_session = itertools.count(1)
        self.selection_actions: list[QAction] = []  # offered in the text pane's context menu
        view.text_pane.menu_builder = self._fill_text_menu
        view.text_pane.set_mode(settings.get(S.TEXT_READING))
        view.page_changed.connect(self._on_page_changed)
        view.text_shown.connect(self._on_text_shown)
        self.drawer.region_drawn.connect(self._on_region_drawn)
        self.drawer.annotation_clicked.connect(self._on_annotation_clicked)

    # -- loading --------------------------------------------------------------------------------

    def author(self) -> str:
        return self.author_source.name or "unknown"

    def reload(self) -> None:
        """Read the page's annotations and corrected reading again (database worker)."""
        page = self.view.page
        if page is None or self.view.page_text is None:
            return
        pid = page.id

        def load() -> PageLoad:
            recs = A.list_annotations(self.lib, page_id=pid)
            return recs, corrected_reading(self.lib, pid), list_tags(self.lib)

        self.db.submit(
            load,
            lambda result: self._on_loaded(pid, result),
            lambda exc: self.message.emit(f"Cannot read the annotations: {exc}"),
            wanted=lambda: self.view.page is not None and self.view.page.id == pid,
        )

    def _on_loaded(self, page_id: int, result: PageLoad) -> None:
        if self.view.page is None or self.view.page.id != page_id or self.view.page_text is None:
            return
        self.records, reading, self.tags = result
        self._loaded_page = page_id
        self.tag_colours, self.tag_names, self.tag_uuids = tag_maps(self.tags)
        self._show(reading)
        if self._pending is not None:
            uuid, self._pending = self._pending, None
            self.show_annotation(uuid)

    def _show(self, reading: CorrectedText | None) -> None:
        """Draw ``self.records`` in both panes; ``page_loaded()``."""
        text = self.view.page_text
        assert text is not None
        # Spans count in their own layer's text: only those of the layer shown can be drawn.
        on_layer = [
            r for r in self.records if r.text is not None and r.text.layer_id == text.layer_id
        ]
        self.view.text_pane.set_annotations(on_layer, reading, self.tag_colours)
        spans = {r.uuid for r in on_layer}
        drawable = [r for r in self.records if r.region is not None or r.uuid in spans]
        self.overlay.set_shapes(
            shapes_for(self.view.page_view, drawable, text.words, self.tag_colours)
        )
        self.overlay.set_selected(self.current)
        self.page_loaded.emit()

    def _show_own(self, changes: Sequence[AnnotationChange]) -> None:
        """After a change made here: the change set says what moved, so the page is redrawn from
        it without reading the page's annotations again (only the corrected reading, when a
        correction changed). Undo, redo and tag actions re-read the page instead."""
        page = self.view.page
        if page is None or self.view.page_text is None or page.id != self._loaded_page:
            self.reload()
            return
        by_uuid = {r.uuid: r for r in self.records}
        for c in changes:
            by_uuid.pop(c.uuid, None)
            if c.after is not None and not c.after.deleted and c.after.page_id == page.id:
                by_uuid[c.uuid] = c.after
        self.records = sorted(by_uuid.values(), key=_reading_order)
        kinds = {r.kind for c in changes for r in (c.before, c.after) if r is not None}
        pane = self.view.text_pane
        self._show(corrected_reading(self.lib, page.id) if "correction" in kinds else pane.reading)

    def _on_page_changed(self, _index: int, _count: int) -> None:
        page = self.view.page
        if page is None or page.id != self._loaded_page:  # (a synchronous load may come first)
            self.records, self._loaded_page = [], None
            self.overlay.set_shapes([])

    def _on_text_shown(self, _page_id: int) -> None:
        self.reload()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

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
                done=self._after_change,
                failed=self.message.emit,
                merge_id=merge_id,
            )
        )
        self._show_own(changes)
        self.changed.emit()

    # -- editing --------------------------------------------------------------------------------

    def record(self, uuid: str) -> AnnotationRecord | None:
        try:
            return A.get_annotation(self.lib, uuid)
        except RedlineError as exc:
            self.message.emit(str(exc))
            return None

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

    def _update(self, uuid: str, body: dict[str, Any], merge_id: int = -1) -> bool:
        rec = self.record(uuid)
        if rec is None or rec.body == body:
            return rec is not None
        try:
            change = A.update_annotation(self.lib, uuid, author=self.author(), body=body)
        except RedlineError as exc:
            self.message.emit(str(exc))
            return False
        self.push([change], f"Edit {KIND_LABELS[rec.kind].lower()}", merge_id)
        return True

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

    # -- showing --------------------------------------------------------------------------------

    def show_annotation(self, uuid: str) -> None:
        """Bring an annotation into view in both panes (flipping to its page if needed)."""
        rec = self.record(uuid)
        if rec is None or self.view.summary is None:
            return
        self.current = uuid
        page = next((p for p in self.view.summary.pages if p.id == rec.page_id), None)
        if page is not None and (self.view.page is None or self.view.page.id != page.id):
            self._pending = uuid
            self.view.show_page(page.index)
            return
        self.overlay.set_selected(uuid)
        self.view.text_pane.show_annotation(rec)
        rect = self.overlay.rect_of(uuid)
        if rect is not None:
            self.view.page_view.ensureVisible(rect, 40, 40)
        self.chosen.emit(uuid)

    def _on_annotation_clicked(self, uuid: str) -> None:
        self.show_annotation(uuid)

    def _fill_text_menu(self, menu: QMenu, records: list[AnnotationRecord]) -> None:
        from app.ui.annotation_menus import fill_text_menu  # (that module imports this one)

        fill_text_menu(self, menu, records)

    def scan_menu(self, pos: QPoint) -> None:
        """Context menu on the scan: the annotation under the mouse."""
        from app.ui.annotation_menus import show_scan_menu

        show_scan_menu(self, pos)
