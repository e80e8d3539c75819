"""The main window: composes the library, search and document panes, menus, shortcuts and the
status bar, and remembers its geometry and the last page between runs. It does no pane's work."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
)

from app.core.documents.ingest import ImportOutcome
from app.core.documents.queries import document_summary, page_to_open
from app.core.documents.search import SearchHit
from app.core.errors import NotFoundError
from app.core.exchange.merge_outcome import MergeReport
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.ui.annotating.actions import AnnotationActions
from app.ui.annotating.context import AnnotatingContext
from app.ui.annotating.list_pane import AnnotationListPane
from app.ui.annotating.menus import AnnotationMenus
from app.ui.annotating.review_bar import ReviewBar
from app.ui.base import settings as S
from app.ui.base.job_dialog import Job
from app.ui.base.workers import TaskRunner
from app.ui.document.document_view import DocumentView
from app.ui.document.doubtful_pane import DoubtfulPane, WordJump
from app.ui.document.layer_switcher import LayerSwitcher
from app.ui.document.render_cache import PageRenderer, RenderCache
from app.ui.document.render_process import RENDER_PROCESSES, RenderProcesses
from app.ui.library.import_dialog import ImportDialog, ImportJob
from app.ui.library.library_model import METADATA_COLUMNS, LibraryModel
from app.ui.library.library_pane import LibraryPane
from app.ui.library.search_pane import SearchPane
from app.ui.tools import detect_dialog, export_dialog, merge_dialog, metadata_dialog, ocr_dialog
from app.ui.tools.about_dialog import show_about, tesseract_notice

FILE_FILTER = "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"


class MainWindow(QMainWindow):
    """Redline's review window."""

    import_finished = Signal(list)  # list[ImportOutcome]

    def __init__(self, lib: Library, settings: S.Settings, *, synchronous: bool = False) -> None:
        super().__init__()
        self.lib, self.settings = lib, settings
        self.setWindowTitle("Redline")
        self.setAcceptDrops(True)
        # Rendering (in render processes, waited on by worker threads), database reads and imports
        # each get their own threads, so a slow render never holds up the text of the next page.
        # Prefetches and thumbnails keep to one process fewer than there are: the page a person
        # turns to always finds one idle (the page on screen is sent to it straight away).
        self.render_runner = TaskRunner(
            threads=max(1, RENDER_PROCESSES - 1), synchronous=synchronous, parent=self
        )
        self.db_runner = TaskRunner(threads=1, synchronous=synchronous, parent=self)
        # Imports and OCR runs: long jobs that must not hold up page text or search.
        self.import_runner = TaskRunner(threads=1, synchronous=synchronous, parent=self)
        cache = RenderCache(settings.get(S.RENDER_CACHE_MB) * 1024 * 1024)
        self.render_processes = None if synchronous else RenderProcesses()
        self.renderer = PageRenderer(
            lib, self.render_runner, cache, self, processes=self.render_processes
        )
        self.library_model = LibraryModel(lib, self.db_runner)
        self.library_pane = LibraryPane(self.library_model)
        self.search_pane = SearchPane(lib, self.db_runner)
        self.document_view = DocumentView(
            lib, self.renderer, self.db_runner, ocr=self.import_runner
        )
        self.document_view.ocr_offer.language = lambda: self.settings.get(S.OCR_LANGUAGE)
        self.document_id: DocumentId | None = None
        self._compose()
        self._build_menus()
        self._build_status_bar()
        self._build_annotations()
        self._connect()
        self._restore()

    def _compose(self) -> None:
        self.side = QTabWidget()
        self.side.addTab(self.library_pane, "Library")
        self.side.addTab(self.search_pane, "Search")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.document_view)
        self.splitter.setStretchFactor(1, 4)
        self.setCentralWidget(self.splitter)

    def _action(self, menu_name: str, text: str, slot, *keys) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self._menus[menu_name].addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus = {name: bar.addMenu(name) for name in ("&File", "&View", "&Go")}
        dv, pv = self.document_view, self.document_view.page_view
        K = QKeySequence.StandardKey
        self._action("&File", "&Import files…", self._on_import_files, K.Open)
        self._action("&File", "Import &folder…", self._on_import_folder, "Ctrl+Shift+O")
        self._action("&File", "&Find…", self._on_find, K.Find)
        self._action("&File", "&Quit", self.close, K.Quit)
        self._action("&View", "Zoom &in", pv.zoom_in, K.ZoomIn, "Ctrl+=")
        self._action("&View", "Zoom &out", pv.zoom_out, K.ZoomOut)
        self._action("&View", "Fit &width", pv.fit_width, "Ctrl+1")
        self._action("&View", "Fit &page", pv.fit_page, "Ctrl+0")
        self._action("&View", "&Rotate view", pv.turn, "Ctrl+R")
        self.word_boxes = self._action("&View", "Show &word boxes", self._on_word_boxes, "Ctrl+B")
        self.word_boxes.setCheckable(True)
        self.word_boxes.setChecked(self.settings.get(S.SHOW_WORD_BOXES))
        pv.set_show_word_boxes(self.word_boxes.isChecked())
        pv.low_confidence = self.settings.get(S.LOW_CONFIDENCE)
        self._action("&Go", "&Next page", dv.next_page, "PgDown", "Right")
        self._action("&Go", "&Previous page", dv.previous_page, "PgUp", "Left")
        self._action("&Go", "&First page", dv.first_page, "Home")
        self._action("&Go", "&Last page", dv.last_page, "End")
        self._action("&Go", "&Go to page…", self._on_go_to_page, "Ctrl+G")
        self._action("&Go", "Next &document", self._on_next_document, "Ctrl+PgDown")
        self._action("&Go", "Previous d&ocument", self._on_previous_document, "Ctrl+PgUp")
        self._build_tools_menu()

    def _build_tools_menu(self) -> None:
        """Export and Import Annotations (File), Tools, Help, the doubtful-word tab and the
        text-layer switcher; the work of each lives in its dialog's module."""
        self._menus.update({m: self.menuBar().addMenu(m) for m in ("&Tools", "&Help")})
        quit_action = self._menus["&File"].actions()[-1]
        w, T = self, "&Tools"
        for menu, text, run, *keys in (
            ("&File", "&Export…", lambda: export_dialog.open_export(w), "Ctrl+E"),
            ("&File", "Import &annotations…", self.import_annotations),
            (T, "OCR this &page", lambda: ocr_dialog.ocr_in(w, "page")),
            (T, "OCR this &document", lambda: ocr_dialog.ocr_in(w, "document")),
            (T, "OCR pages without text in the &library", lambda: ocr_dialog.ocr_in(w, "library")),
            (T, "OCR &language…", lambda: ocr_dialog.choose_language(w)),
            (T, "&Attach OCR text…", lambda: ocr_dialog.attach_text(w)),
            (T, "Detect &markings in this document", lambda: detect_dialog.detect_in(w, False)),
            (T, "Detect markings in the li&brary", lambda: detect_dialog.detect_in(w, True)),
            (T, "Document m&etadata…", lambda: metadata_dialog.edit_metadata(w)),
            ("&Go", "Next dou&btful word", self._on_next_doubtful, "F7"),
            ("&Help", "&About Redline", lambda: show_about(w)),
        ):
            action = self._action(menu, text, lambda _=False, run=run: run(), *keys)
            if menu == "&File":
                self._menus[menu].insertAction(quit_action, action)  # moves it above Quit
        self.doubtful_pane = DoubtfulPane(
            self.lib, self.db_runner, threshold=self.settings.get(S.LOW_CONFIDENCE)
        )
        self.side.addTab(self.doubtful_pane, "Doubtful words")
        self.word_jump = WordJump(self.document_view)
        self.doubtful_pane.word_chosen.connect(self.word_jump.go)
        self.layer_switcher = LayerSwitcher(self.lib, self.db_runner, self.import_runner)
        self.statusBar().addPermanentWidget(self.layer_switcher)
        self.layer_switcher.switched.connect(self._on_layer_switched)
        self.document_view.page_ready.connect(self._on_page_shown)
        self.document_view.ocr_offer.page_done.connect(self._on_page_done)
        self.library_pane.table.doubleClicked.connect(self._on_library_double_clicked)

    def _on_page_shown(self, _page_id: int = 0) -> None:
        page = self.document_view.page
        self.layer_switcher.set_page(None if page is None else page.id)
        self.doubtful_pane.set_document(self.document_id)

    def _on_page_done(self, _page_id: int) -> None:  # OCR from the text pane: a new text layer
        self._on_page_shown()
        self.doubtful_pane.set_document(self.document_id, force=True)

    def _on_next_doubtful(self) -> None:
        dv = self.document_view
        after = self.doubtful_pane.current_position()
        if after is None or after[0] != dv.index:
            after = (dv.index, -1)  # from the top of the page on screen
        if dv.summary is not None and self.doubtful_pane.next_word(after) is None:
            self.statusBar().showMessage("No doubtful words in this document.")

    def _on_layer_switched(self, _page_id: int, message: str) -> None:
        self.refresh()
        self.statusBar().showMessage(message)

    def _on_library_double_clicked(self, index: QModelIndex) -> None:
        doc_id = self.library_model.document_id(index.row())
        if doc_id is not None and index.column() in METADATA_COLUMNS:
            metadata_dialog.edit_metadata(self, doc_id)

    def import_annotations(self) -> merge_dialog.MergeDialog | None:
        """File › Import annotations…: a merge is one undo step, and its conflicts are put to
        the person (Edit › Conflicts…)."""
        dialog = merge_dialog.open_import(self)
        if dialog is not None:
            dialog.applied.connect(self._on_annotations_merged)
            dialog.decide_requested.connect(self.annotation_menus.open_conflicts)
        return dialog

    def _on_annotations_merged(self, report: MergeReport) -> None:
        self.annotations.push_rows(report.undo or [], "Import annotations")
        if report.conflicts:
            self.statusBar().showMessage(
                f"{len(report.conflicts)} conflict(s) to decide: Edit › Conflicts…"
            )

    def current_page_id(self) -> PageId | None:
        page = self.document_view.page
        return None if page is None else page.id

    def current_page_index(self) -> int | None:
        page = self.document_view.page
        return None if page is None else page.index

    def show_annotation(self, document: DocumentId, page_index: int, uuid: str) -> bool:
        if not self.open_document(document, page_index):
            return False
        self.annotations.show_annotation(uuid)
        return True

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def reload_library(self) -> None:
        self.library_model.reload()

    def refresh(self) -> None:
        """Show again what a job (OCR, detection, a merge, a layer switch) may have changed."""
        self.library_model.reload()
        if self.document_id is not None:
            self.open_document(self.document_id, self.document_view.index)
        self.doubtful_pane.set_document(self.document_id, force=True)

    def notify_missing_tesseract(self) -> bool:
        """Once ever: say that OCR needs Tesseract and how to install it (when it is missing)."""
        return tesseract_notice(self.settings, self._show_notice)

    def _show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text)
        self.notice = QMessageBox(QMessageBox.Icon.Information, "OCR needs Tesseract", text)
        self.notice.setParent(self, Qt.WindowType.Dialog)
        self.notice.open()  # not modal to the application: nothing waits for it

    def _build_status_bar(self) -> None:
        self.status_document = QLabel()
        self.status_page = QLabel()
        self.status_zoom = QLabel()
        for w in (self.status_document, self.status_page, self.status_zoom):
            self.statusBar().addPermanentWidget(w)

    def _build_annotations(self) -> None:
        """Annotating (app/ui/annotation_*.py): the list tab, the review bar, three menus."""
        self.annotating = AnnotatingContext(
            self.lib, self.db_runner, self.document_view, self.settings, self
        )
        self.annotations = AnnotationActions(self.annotating)
        self.annotation_list = AnnotationListPane(self.annotations)
        self.side.addTab(self.annotation_list, "Annotations")
        self.review_bar = ReviewBar(self.annotating)
        self.statusBar().addPermanentWidget(self.review_bar)
        self.annotation_menus = AnnotationMenus(self, self.annotations, self.review_bar)
        self.annotation_menus.show = self.show_annotation
        self.annotating.message.connect(self.statusBar().showMessage)
        self.review_bar.reviewed_changed.connect(self.library_model.reload)

    def _connect(self) -> None:
        self.library_pane.document_chosen.connect(self._on_document_chosen)
        self.library_model.reloaded.connect(self._on_reloaded)
        self.search_pane.hit_chosen.connect(self._on_hit_chosen)
        self.document_view.page_changed.connect(self._on_page_changed)
        self.document_view.zoom_changed.connect(self._on_zoom_changed)
        self.document_view.message.connect(self.statusBar().showMessage)

    # -- documents ------------------------------------------------------------------------------

    def open_document(self, doc_id: DocumentId, page: int = 0, query: str = "") -> bool:
        """Show a document at a 0-based page; False (and a message) if it is not there."""
        try:
            opening = page_to_open(self.lib, doc_id, page)
            if opening is not None:  # (a page past the end is clamped once the pages are read)
                self.document_view.start_opening(*opening)
            summary = document_summary(self.lib, doc_id)
        except NotFoundError as exc:
            self.statusBar().showMessage(str(exc))
            return False
        self.document_id = doc_id
        self.status_document.setText(summary.title)
        self.setWindowTitle(f"{summary.title} — Redline")
        self.library_pane.select_document(doc_id)
        self.document_view.open_document(summary, page, query)
        return True

    def _on_document_chosen(self, doc_id: int) -> None:
        if doc_id != self.document_id:
            self.open_document(DocumentId(doc_id))

    def _on_hit_chosen(self, hit: SearchHit, query: str) -> None:
        if hit.document_id == self.document_id:
            self.document_view.show_page(hit.page_index, query)
        else:
            self.open_document(hit.document_id, hit.page_index, query)

    def _on_next_document(self) -> None:
        self._step_document(1)

    def _on_previous_document(self) -> None:
        self._step_document(-1)

    def _step_document(self, step: int) -> None:
        if self.document_id is None:
            first = self.library_model.document_id(0)
            if first is not None:
                self.open_document(first)
            return
        target = self.library_pane.neighbour(self.document_id, step)
        if target is not None:
            self.open_document(target)

    def _on_go_to_page(self) -> None:
        count = self.document_view.page_count
        if not count:
            return
        page, ok = QInputDialog.getInt(
            self, "Go to page", f"Page (1–{count}):", self.document_view.index + 1, 1, count
        )
        if ok:
            self.document_view.show_page(page - 1)

    def _on_find(self) -> None:
        self.side.setCurrentWidget(self.search_pane)
        self.search_pane.focus_query()

    def _on_word_boxes(self, checked: bool) -> None:
        self.document_view.page_view.set_show_word_boxes(checked)
        self.settings.set(S.SHOW_WORD_BOXES, checked)

    def _on_page_changed(self, index: int, count: int) -> None:
        self.status_page.setText(f"Page {index + 1} of {count}")

    def _on_zoom_changed(self, zoom: float) -> None:
        self.status_zoom.setText(f"{zoom * 100:.0f}%")

    # -- import ---------------------------------------------------------------------------------

    def _on_import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Import scans", "", FILE_FILTER)
        if files:
            self.import_paths(files)

    def _on_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of scans")
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: Sequence[Path | str]) -> ImportDialog:
        """Import in the background with a progress dialog; the library pane reloads after."""
        job = ImportJob(self.lib, paths, self.import_runner)
        dialog = ImportDialog(job, self)
        job.finished.connect(self._on_import_finished)
        dialog.show()
        job.start()
        return dialog

    def _on_import_finished(self, outcomes: list[ImportOutcome]) -> None:
        self.library_model.reload()
        self.import_finished.emit(outcomes)

    def _on_reloaded(self) -> None:
        if self.document_id is not None:
            self.library_pane.select_document(self.document_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- remembered state -----------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.get(S.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        for setting, splitter in (
            (S.MAIN_SPLITTER, self.splitter),
            (S.DOCUMENT_SPLITTER, self.document_view.splitter),
        ):
            state = self.settings.get(setting)
            if not state.isEmpty():
                splitter.restoreState(state)
        if geometry.isEmpty():
            self.splitter.setSizes([440, 1000])
            self.document_view.splitter.setSizes([150, 470, 380])

    def reopen_last(self) -> bool:
        """Open the document and page shown when the window last closed, if it still exists."""
        last = self.settings.get(S.LAST_DOCUMENT)
        return bool(last) and self.open_document(DocumentId(last), self.settings.get(S.LAST_PAGE))

    def save_state(self) -> None:
        self.settings.set(S.GEOMETRY, self.saveGeometry())
        self.settings.set(S.MAIN_SPLITTER, self.splitter.saveState())
        self.settings.set(S.DOCUMENT_SPLITTER, self.document_view.splitter.saveState())
        self.settings.set(S.LAST_DOCUMENT, int(self.document_id or 0))
        self.settings.set(S.LAST_PAGE, self.document_view.index)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        # A long job still running (import, OCR, export, detection, merge) is cancelled, not waited
        # out: it stops at its next check and rolls back what it had not finished.
        for job in self.findChildren(Job):
            job.cancel()
        runners = (self.render_runner, self.renderer.page_runner, self.db_runner)
        for runner in (*runners, self.import_runner):
            runner.pool.clear()
            runner.wait()
        if self.render_processes is not None:
            self.render_processes.close()
        super().closeEvent(event)
