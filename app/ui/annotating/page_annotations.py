"""The open page's annotations: read on the database worker, drawn in the text pane and on the
scan, and brought into view when chosen. :class:`~app.ui.annotating.actions.AnnotationActions`
adds making and editing on top."""

from __future__ import annotations

from bisect import insort_right
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from app.core.annotating import annotations as A
from app.core.annotating.reading import CorrectedText, corrected_reading
from app.core.annotating.records import (
    AnnotationChange,
    AnnotationFilter,
    AnnotationRecord,
    reading_order,
)
from app.core.annotating.tags import TagNode, list_tags
from app.core.errors import RedlineError
from app.ui.annotating.context import AnnotatingContext
from app.ui.annotating.overlay import AnnotationOverlay, RegionDrawer, Shape, WordSpans, shapes_for
from app.ui.base import settings as S
from app.ui.base.workers import report_failure
from app.ui.document.annotation_style import tag_maps

PageLoad = tuple[list[AnnotationRecord], CorrectedText, list[TagNode]]


class PageAnnotations(QObject):
    """The page's annotations, drawn. ``page_loaded()`` when the page's annotations are on
    screen; ``chosen(uuid)``; ``changed()`` (the context's) after every change, undo or redo."""

    page_loaded = Signal()
    records_changed = Signal(object, object)  # uuids gone, records added: a change made here
    chosen = Signal(str)

    def __init__(self, context: AnnotatingContext) -> None:
        super().__init__(context)
        self.context = context
        view = context.view
        self.lib, self.view, self.db, self.window = context.lib, view, context.db, context.window
        self.stack, self.author_source = context.stack, context.author
        self.message, self.changed = context.message, context.changed
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
        self._word_spans: WordSpans | None = None
        self.selection_actions: list[QAction] = []  # offered in the text pane's context menu
        view.text_pane.set_mode(context.settings.get(S.TEXT_READING))
        view.page_changed.connect(self._on_page_changed)
        view.text_shown.connect(self._on_text_shown)
        self.drawer.annotation_clicked.connect(self._on_annotation_clicked)

    # -- loading --------------------------------------------------------------------------------

    def author(self) -> str:
        return self.context.author_name()

    def reload(self) -> None:
        """Read the page's annotations and corrected reading again (database worker)."""
        page = self.view.page
        if page is None or self.view.page_text is None:
            return
        pid = page.id

        def load() -> PageLoad:
            recs = A.list_annotations(self.lib, AnnotationFilter(page_id=pid))
            return recs, corrected_reading(self.lib, pid), list_tags(self.lib)

        self.db.submit(
            load,
            lambda result: self._on_loaded(pid, result),
            report_failure(self.message.emit, "Cannot read the annotations"),
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
        on_layer = self._on_layer(self.records)
        self.view.text_pane.set_annotations(on_layer, reading, self.tag_colours)
        self.overlay.set_shapes(self._shapes(self.records))
        self.overlay.set_selected(self.current)
        self.page_loaded.emit()

    def _on_layer(self, records: Sequence[AnnotationRecord]) -> list[AnnotationRecord]:
        """Spans count in their own layer's text: only those of the layer shown can be drawn."""
        text = self.view.page_text
        assert text is not None
        return [r for r in records if r.text is not None and r.text.layer_id == text.layer_id]

    def _shapes(self, records: Sequence[AnnotationRecord]) -> list[Shape]:
        text = self.view.page_text
        assert text is not None
        if self._word_spans is None or self._word_spans.words is not text.words:
            self._word_spans = WordSpans(text.words)
        spans = {r.uuid for r in self._on_layer(records)}
        drawable = [r for r in records if r.region is not None or r.uuid in spans]
        return shapes_for(self.view.page_view, drawable, self._word_spans, self.tag_colours)

    def _show_own(self, changes: Sequence[AnnotationChange]) -> None:
        """After a change made here: the change set says what moved, so the page is redrawn from
        it without reading the page's annotations again (only the corrected reading, when a
        correction changed: the text pane then redraws the page's text whole, the scan and the
        list still only the change). Undo, redo and tag actions re-read the page instead."""
        page = self.view.page
        if page is None or self.view.page_text is None or page.id != self._loaded_page:
            self.reload()
            return
        gone = {c.uuid for c in changes}
        added = [
            c.after
            for c in changes
            if c.after is not None and not c.after.deleted and c.after.page_id == page.id
        ]
        if any(r.uuid in gone for r in self.records):
            self.records = [r for r in self.records if r.uuid not in gone]
        for rec in added:  # in reading order, after any that read alike (as a stable sort)
            insort_right(self.records, rec, key=reading_order)
        kinds = {r.kind for c in changes for r in (c.before, c.after) if r is not None}
        pane = self.view.text_pane
        if "correction" in kinds:  # the corrected reading changes: the page's text whole
            reading = corrected_reading(self.lib, page.id)
            pane.set_annotations(self._on_layer(self.records), reading, self.tag_colours)
        else:  # only what changed is drawn (one note among a page's hundreds)
            pane.change_annotations(gone, self._on_layer(added))
        # On the scan and in the list, only what changed, a correction too.
        self.overlay.change_shapes(gone, self._shapes(added))
        self.overlay.set_selected(self.current)
        self.records_changed.emit(gone, added)

    def _on_page_changed(self, _index: int, _count: int) -> None:
        page = self.view.page
        if page is None or page.id != self._loaded_page:  # (a synchronous load may come first)
            self.records, self._loaded_page = [], None
            self.overlay.set_shapes([])

    def _on_text_shown(self, _page_id: int) -> None:
        self.reload()

    def after_change(self) -> None:
        """After an undo, a redo or a tag action: the page read again; ``changed()``."""
        self.reload()
        self.changed.emit()

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

    def record(self, uuid: str) -> AnnotationRecord | None:
        try:
            return A.get_annotation(self.lib, uuid)
        except RedlineError as exc:
            self.message.emit(str(exc))
            return None
