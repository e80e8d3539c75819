"""The main window: composes the library, search and document panes, menus, shortcuts and the
status bar, and remembers its geometry and the last page between runs. It does no pane's work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QMoveEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.annotating.page_content import PageContent
from app.core.annotating.snapshots import tables_of
from app.core.errorlog import log_file, log_folder
from app.core.errors import RedlineError
from app.core.exchange.merge_outcome import MergeReport
from app.core.library import Library
from app.ui.annotating.actions import AnnotationActions
from app.ui.annotating.context import AnnotatingContext, Changes
from app.ui.annotating.draft_offer import DraftOffer
from app.ui.annotating.list_pane import AnnotationListPane
from app.ui.annotating.menus import AnnotationMenus
from app.ui.annotating.page_annotations import PageAnnotations
from app.ui.annotating.review_bar import ReviewBar
from app.ui.base import settings as S
from app.ui.base.accessible import named
from app.ui.base.collector import Collector
from app.ui.base.focus_frame import focus_frame
from app.ui.base.job_dialog import Job
from app.ui.base.language import QT_TRANSLATE_NOOP, translate
from app.ui.base.lazy import lazy_module
from app.ui.base.library_calls import LibraryCalls
from app.ui.base.menu_keys import keys_to_menus, menus_of
from app.ui.base.plain_label import plain_tip
from app.ui.base.workers import TaskRunner
from app.ui.document.document_view import DocumentView
from app.ui.document.doubtful_pane import DoubtfulPane, WordJump
from app.ui.document.layer_switcher import LayerSwitcher
from app.ui.document.render_cache import PageRenderer, RenderCache
from app.ui.document.render_process import RENDER_PROCESSES, RenderProcesses
from app.ui.library.library_model import METADATA_COLUMNS, LibraryModel
from app.ui.library.library_pane import LibraryPane
from app.ui.library.search_pane import SearchPane
from app.ui.window import welcome
from app.ui.window.colour_scheme import ColourSchemeMenu
from app.ui.window.focus import FocusCycle, Pane
from app.ui.window.intake import FileIntake
from app.ui.window.libraries import LibraryMenu, remember_library
from app.ui.window.live import LiveUpdates, RemoteChange
from app.ui.window.menus import FILE, VIEW, WORD_BOXES, build_menus
from app.ui.window.message_strip import MessageStrip
from app.ui.window.navigation import DocumentNavigation
from app.ui.window.opening import WindowOpening
from app.ui.window.panes import Panes
from app.ui.window.remembered import Remembered
from app.ui.window.side_panel import SidePanel
from app.ui.window.side_tabs import SIDE_TABS, panes_in_order
from app.ui.window.status import StatusLine

if TYPE_CHECKING:
    from app.ui.tools import (
        about_dialog,
        help_browser,
        merge_dialog,
        metadata_dialog,
        shortcuts_dialog,
    )
    from app.ui.window.handover import HandoverServer
else:  # The File, Tools and Help dialogs load the exporters, OCR and detection (lxml, numpy,
    # Pillow), Qt's text browser and the guide: none is needed to start. Imported when first used.
    about_dialog = lazy_module("app.ui.tools.about_dialog")
    help_browser = lazy_module("app.ui.tools.help_browser")
    merge_dialog = lazy_module("app.ui.tools.merge_dialog")
    metadata_dialog = lazy_module("app.ui.tools.metadata_dialog")
    shortcuts_dialog = lazy_module("app.ui.tools.shortcuts_dialog")


class MainWindow(DocumentNavigation, FileIntake, WindowOpening):
    """Redline's review window."""

    import_finished = Signal(list)  # list[ImportOutcome]
    files_handed_over = Signal(list)  # paths from "Open with Redline" (from another thread)

    # The library calls of this thread run off it on a folder library too, as on a team one (the
    # tests run the annotating tests so: tests/ui/test_calls_off_thread.py).
    calls_off_thread = False

    def __init__(
        self,
        lib: Library,
        settings: S.Settings,
        *,
        synchronous: bool = False,
        render_processes: RenderProcesses | None = None,
    ) -> None:
        """``render_processes``: started before the window (``redline`` forks them before Qt
        loads); the window starts its own when not given, and closes them either way."""
        super().__init__()
        self._layout_changed = QTimer(self)  # (resize and move events come from here on)
        self.lib, self.settings = lib, settings
        self.setWindowTitle(f"{lib.name} — Redline")  # (which library: two may be open)
        self.setAcceptDrops(True)
        # Rendering (in render processes, waited on by worker threads), database reads and imports
        # each get their own threads, so a slow render never holds up the text of the next page.
        # Prefetches and thumbnails keep to one process fewer than there are: the page a person
        # turns to always finds one idle (the page on screen is sent to it straight away).
        self.render_runner = TaskRunner(
            threads=max(1, RENDER_PROCESSES - 1), synchronous=synchronous, parent=self
        )
        self.db_runner = TaskRunner(threads=1, synchronous=synchronous, parent=self)
        self.db_runner.watch = lib.watch_call  # (a page's read on a hung server may be given up)
        # Imports and OCR runs: long jobs that must not hold up page text or search.
        self.import_runner = TaskRunner(threads=1, synchronous=synchronous, parent=self)
        cache = RenderCache(settings.get(S.RENDER_CACHE_MB) * 1024 * 1024)
        if render_processes is None and not synchronous:
            render_processes = RenderProcesses()
        self.render_processes = render_processes
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
        self.help: help_browser.HelpBrowser | None = None  # the help window, once opened
        self.owns_library = False  # opened by File > Open library: closed with the window
        self._compose()
        self._build_menus()
        self._build_document_tools()
        # (a server library's root is a cache folder, not a library: its address is kept)
        place = lib.location if lib.on_server else lib.root
        self.library_menu = LibraryMenu(
            self._menus[FILE], settings, place, self.take_library, self.show_message, self
        )
        remember_library(settings, place)
        self.handover: HandoverServer | None = None
        self.live: LiveUpdates | None = None  # other reviewers' changes, on a server library
        self.collector = Collector(self)  # (Python's garbage collected on this thread alone)
        # A server library's calls from this thread run off it (app.core.calls).
        self.library_calls: LibraryCalls | None = None
        if lib.on_server or self.calls_off_thread:
            self.library_calls = LibraryCalls(self, watch=lib.watch_call)
            lib.call_runner = self.library_calls
        if lib.on_server:
            self.live = LiveUpdates(lib, self)
            self.live.changed.connect(self._on_remote_change)
        if not synchronous and not lib.read_only:  # after the first paint: nothing waits for it
            self.after_first_paint(self._listen)
        self._build_status_bar()
        if self.library_calls is not None:
            self._connect_calls(self.library_calls)
        self._build_annotations()
        self._connect()
        if not synchronous:  # a form's draft kept when Redline stopped, offered back
            self.after_first_paint(self.offer_draft)
        self.remembered = Remembered(self)
        self.remembered.restore()
        # The zoom as it changes (a zoom chosen by hand was saved only at close: lost when the
        # process was killed).
        self.document_view.zoom_changed.connect(lambda _zoom: self.remembered.note_zoom())
        # The window's size and place and the panes' shares, half a second after they last
        # changed (saved only at close, they were lost when the process was killed).
        self._layout_changed.setSingleShot(True)
        self._layout_changed.setInterval(500)
        self._layout_changed.timeout.connect(self.remembered.note_layout)
        for splitter in (self.splitter, self.document_view.splitter):
            splitter.splitterMoved.connect(lambda *_: self._layout_changed.start())
        # Every menu's keys also work with the menu bar hidden (the reading mode hides it), but
        # the document's own (A, R, N, 1-9, F2, Del) only where the document view has the focus:
        # on the whole window they ran from the library's buttons and tab bar. And an open menu
        # takes the keys typed into it: with the View menu open, R ran Reject, not Rotate view.
        menus = menus_of(self.menuBar())
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.addActions(
            [
                a
                for m in menus
                for a in m.actions()
                if a.shortcutContext() != local and a.menu() is None  # (a submenu's entry on the
            ]  # window puts the submenu's own entries, 1-9, in reach of the whole window)
        )
        keys_to_menus(self.menuBar(), *menus)

    def _compose(self) -> None:
        self.side = SidePanel()
        self.side.add(self.library_pane, *SIDE_TABS["library"])
        self.side.add(self.search_pane, *SIDE_TABS["search"])
        named(
            self.side,
            QT_TRANSLATE_NOOP("Redline", "Side panel"),
            QT_TRANSLATE_NOOP(
                "Redline", "The library, search, doubtful words and annotations, one tab each."
            ),
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.document_view)
        self.splitter.setStretchFactor(1, 4)
        self.message_strip = MessageStrip()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.splitter, 1)
        column.addWidget(self.message_strip)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        """File, View, Go, Tools and Help (``menus.py``), and what joins the View menu."""
        self._menus, actions = build_menus(self)
        self.word_boxes = actions[WORD_BOXES]
        self.word_boxes.setCheckable(True)
        self.word_boxes.setChecked(self.settings.get(S.SHOW_WORD_BOXES))
        view = self._menus[VIEW]
        self.colour_scheme = ColourSchemeMenu(self, self.settings, view)
        view.addSeparator()
        dv = self.document_view
        self.panes = Panes(self, self.settings, self.splitter, self.side, dv, view)
        dv.page_view.set_show_word_boxes(self.word_boxes.isChecked())
        dv.page_view.low_confidence = self.settings.get(S.LOW_CONFIDENCE)

    def _build_document_tools(self) -> None:
        """The doubtful-word tab and the text-layer switcher, and what follows the page shown."""
        self.doubtful_pane = DoubtfulPane(
            self.lib, self.db_runner, threshold=self.settings.get(S.LOW_CONFIDENCE)
        )
        self.side.add(self.doubtful_pane, *SIDE_TABS["doubtful"])
        self.word_jump = WordJump(self.document_view)
        self.doubtful_pane.word_chosen.connect(self.word_jump.go)
        self.layer_switcher = LayerSwitcher(self.lib, self.import_runner)
        self.statusBar().addPermanentWidget(self.layer_switcher)
        self.layer_switcher.switched.connect(self._on_layer_switched)
        self.document_view.page_ready.connect(self._on_page_shown)
        self.document_view.page_read.connect(self._on_page_read)
        self.document_view.page_unread.connect(
            lambda _id: self.layer_switcher.show_layers(None, [])
        )
        self.document_view.ocr_offer.page_done.connect(self._on_page_done)
        self.library_pane.table.doubleClicked.connect(self._on_library_double_clicked)

    def panes_in_order(self) -> list[Pane]:
        """The panes F6 steps through, and F1 finds the help page of (``side_tabs.py``)."""
        return panes_in_order(
            self.side, self.library_pane, self.search_pane, self.doubtful_pane,
            self.annotation_list, self.document_view,
        )  # fmt: skip

    def on_help(self) -> None:
        """F1: the user guide at the page of the pane in focus."""
        pane = self.focus_cycle.current()
        self.help = help_browser.show_help(self, pane.key if pane else None, self.help)

    def on_shortcuts(self) -> None:
        self.shortcuts = shortcuts_dialog.show_shortcuts(self.menuBar(), self)

    def on_log_folder(self) -> None:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.show_message(translate("Redline", "The log file is {path}").format(path=log_file()))

    def _on_page_shown(self, _page_id: int = 0) -> None:
        self.doubtful_pane.set_document(self.document_id)

    def _on_page_read(self, content: PageContent) -> None:
        self.layer_switcher.show_layers(content.page_id, content.layers)

    def _on_page_done(self, _page_id: int) -> None:  # OCR from the text pane: a new text layer
        self.doubtful_pane.set_document(self.document_id, force=True)

    def on_next_doubtful(self) -> None:
        self.doubtful_pane.when_read(self._next_doubtful)  # (read the first time it is wanted)

    def _next_doubtful(self) -> None:
        dv = self.document_view
        after = self.doubtful_pane.current_position()
        if after is None or after[0] != dv.index:
            after = (dv.index, -1)  # from the top of the page on screen
        if dv.summary is not None and self.doubtful_pane.next_word(after) is None:
            if all(page.active_text_layer_id is None for page in dv.summary.pages):
                self.show_message(  # (none to doubt: OCR has not read it)
                    translate("Redline", "This document has no text yet: OCR reads it first.")
                )
            else:
                self.show_message(translate("Redline", "No doubtful words in this document."))

    def _on_layer_switched(self, _page_id: int, message: str) -> None:
        self.refresh()
        self.show_message(message)

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
        self.annotations.push_rows(report.undo or [], translate("Redline", "Import annotations"))
        if report.conflicts:
            left = translate("Redline", "Conflicts to decide: {n} (Edit › Conflicts…)")
            self.status.show(left.format(n=len(report.conflicts)), 0)  # (stays: a task left)

    def show_message(self, text: str) -> None:
        """A line in the status bar (or the message strip above it: :class:`StatusLine`)."""
        self.status.show(text)

    def current_message(self) -> str:
        """What the window says now, in the status bar or the message strip."""
        return self.status.current()

    def reload_library(self) -> None:
        self.library_model.reload()

    def refresh(self, *, quiet: bool = False) -> None:
        """Show again what a job (OCR, detection, a merge, a layer switch) may have changed;
        ``quiet``: a library that cannot be read now is not said (a job it stopped said so)."""
        self.library_model.reload()  # (on the worker: a failure is logged, not said)
        if self.document_id is not None:
            try:
                self.open_document(self.document_id, self.document_view.index)
            except RedlineError:
                if not quiet:
                    raise
        self.doubtful_pane.set_document(self.document_id, force=True)

    def notify_missing_tesseract(self) -> bool:
        """Once ever: say that OCR needs Tesseract and how to install it (when it is missing)."""
        return about_dialog.tesseract_notice(self.settings, self._show_notice)

    def welcome_once(self) -> bool:
        """Once ever, on a first start: what to press (``welcome.py``), in the message strip
        until dismissed or replaced."""
        return welcome.welcome_once(self.settings, lambda text: self.status.show(text, 0))

    def _show_notice(self, text: str) -> None:
        self.show_message(text)
        self.notice = QMessageBox(
            QMessageBox.Icon.Information, QT_TRANSLATE_NOOP("Redline", "OCR needs Tesseract"), text
        )
        self.notice.setParent(self, Qt.WindowType.Dialog)
        self.notice.open()  # not modal to the application: nothing waits for it

    def _build_status_bar(self) -> None:
        self.status = StatusLine(
            self.statusBar(),
            self.message_strip,
            read_only=self.lib.read_only,
            shown=self.isVisible,
            read_only_reason=self.lib.db.read_only_reason,
        )
        self.status_document, self.status_page = self.status.document, self.status.page
        self.status_zoom = self.status.zoom

    def _connect_calls(self, calls: LibraryCalls) -> None:
        """A call awaited a while is said in the status bar (then "Stop waiting" is offered
        at the window's foot: ``library_calls``), and one given up that ends later too."""
        calls.waiting.connect(self.status.waiting)
        calls.late.connect(self._on_late_call)

    def _on_late_call(self, said: str) -> None:
        """A change the person stopped waiting for has ended after all: said, and what the
        window shows read again (it may hold the change)."""
        self.show_message(said)
        self.document_view.read_again()
        self.library_model.reload()

    def _build_annotations(self) -> None:
        """Annotating (app/ui/annotating/): the page's annotations and the actions on them, the
        list tab, the review bar, three menus."""
        self.annotating = AnnotatingContext(
            self.lib, self.db_runner, self.document_view, self.settings, self
        )
        self.page_annotations = PageAnnotations(self.annotating)
        self.annotations = AnnotationActions(self.annotating, self.page_annotations)
        self.draft_offer = DraftOffer(self.annotations, self.open_document, self)
        self.annotation_list = AnnotationListPane(
            self.annotating, self.page_annotations, self.annotations
        )
        # Tab leaves the list rather than walking its cells (each row chosen shows its page).
        self.annotation_list.table.setTabKeyNavigation(False)
        self.side.add(self.annotation_list, *SIDE_TABS["annotations"])
        self.review_bar = ReviewBar(self.annotating)
        self.statusBar().addPermanentWidget(self.review_bar)
        # A long message (a refused stale edit, say) is cut by the permanent widgets: the whole
        # of it shows on hover, and no tooltip stays once the message is gone.
        bar = self.statusBar()
        bar.messageChanged.connect(lambda text: bar.setToolTip(plain_tip(text)))  # (not C++'s)
        self.annotation_menus = AnnotationMenus(self, self.annotations, self.review_bar)
        self.annotation_menus.show = self.show_annotation
        self.annotating.message.connect(self.show_message)
        self.annotating.changed.connect(self._on_annotating_changed)

    def _on_remote_change(self, change: RemoteChange) -> None:
        """Another reviewer committed a change: what it may touch is read again (in the
        background, as a page turn is), the page shown and the library table."""
        if change.entities & {"annotation", "page", "tag", "document_metadata"}:
            self.document_view.read_again()
        if change.entities & {"document", "page", "document_metadata"}:
            self.library_model.reload()
        conflicts = self.annotation_menus.conflicts_dialog  # (a conflict decided elsewhere
        touched = change.entities & {"annotation", "page", "tag"}  # stayed listed, its buttons
        if conflicts is not None and conflicts.isVisible() and touched:  # live)
            conflicts.reload()

    def _on_annotating_changed(self, changes: Changes) -> None:
        step = changes.annotations or changes.tags is not None or changes.review is not None
        if step or changes.rows:
            self.status.clear()  # a step made: what an earlier one said is over
        if changes.review is not None or changes.rows:  # the table's progress column follows
            self.library_model.reload()
        self._follow_corrections(changes)

    def _follow_corrections(self, changes: Changes) -> None:
        """A word a person corrected leaves the doubtful words (and one whose correction is
        undone comes back): the pages of the corrections a step changed read again there; a
        merge's rows, the document's words."""
        pages = {
            record.page_id
            for change in changes.annotations
            for record in (change.before, change.after)
            if record is not None and record.kind == "correction"
        }
        if pages:
            self.doubtful_pane.corrections_changed(pages)
        if changes.rows and "annotations" in tables_of(changes.rows):
            self.doubtful_pane.set_document(self.document_id, force=True)

    def _connect(self) -> None:
        self.focus_cycle = FocusCycle(self.panes_in_order, self.statusBar().showMessage)
        # The lists F6 reaches are framed while they have the keys, as the scan and the text
        # are (``focus_frame``): Fusion marks their current row alike with or without the focus.
        dv, search = self.document_view, self.search_pane
        self.focus_frames = [
            focus_frame(w)
            for w in (
                self.library_pane.table, search.results, self.doubtful_pane.list,
                self.annotation_list.table, dv.thumbnails,
            )
        ]  # fmt: skip
        self.library_pane.document_chosen.connect(self._on_document_chosen)
        self.library_pane.read_requested.connect(self._on_read_requested)
        self.library_model.reloaded.connect(self._on_reloaded)
        self.search_pane.hit_chosen.connect(self._on_hit_chosen)
        self.search_pane.query_changed.connect(self.document_view.set_search_query)
        self.document_view.page_changed.connect(self._on_page_changed)
        self.document_view.zoom_changed.connect(self._on_zoom_changed)
        self.document_view.message.connect(self.show_message)

    def on_find(self) -> None:
        self.side.setCurrentWidget(self.search_pane)
        self.search_pane.focus_query()

    def on_word_boxes(self) -> None:
        checked = self.word_boxes.isChecked()
        self.document_view.page_view.set_show_word_boxes(checked)
        self.settings.set(S.SHOW_WORD_BOXES, checked)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_changed.start()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._layout_changed.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """After a live change of language (Tools › Settings): the texts made from the state
        (the page and zoom in the status bar, the scan's description, the tables' headers and
        words) anew. Fixed texts are retranslated by ``language.translate_tree``."""
        view = self.document_view
        if view.page_count:
            self._on_page_changed(view.index, view.page_count)
            view.page_view.set_position(view.index, view.page_count)
        for table in (self.library_pane.table, self.annotation_list.table):
            model = table.model()
            if model.columnCount():
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            model.layoutChanged.emit()

    def _on_page_changed(self, index: int, count: int) -> None:
        self.status_page.setText(
            translate("Redline", "Page {page} of {count}").format(page=index + 1, count=count)
        )
        self.remembered.note_reading()  # (as each page is shown: a start after a crash too)
        self._on_zoom_changed(self.document_view.page_view.zoom)

    def _on_zoom_changed(self, zoom: float) -> None:
        """The zoom of the page shown; none while no page is (an empty library said "109%")."""
        shown = self.document_view.page_count > 0
        self.status_zoom.setText(f"{zoom * 100:.0f}%" if shown else "")

    # -- another library ------------------------------------------------------------------------

    def take_library(self, lib: Library) -> MainWindow:
        """A window on ``lib``, open (opened off this thread by File › Open library or Open
        team library: ``library_menu``), takes this one's place; this library is closed, its
        writer lock let go."""
        self.save_state()
        window = type(self)(lib, self.settings, synchronous=self.db_runner.synchronous)
        window.owns_library = True
        window.setGeometry(self.geometry())
        window.show()
        if not window.reopen_last():
            window.open_first_document()
        self.owns_library = True  # (the opener's `with` closes it again: that does nothing)
        self.close()
        return window

    def offer_draft(self) -> QMessageBox | None:
        """The draft of an annotation form that was open when Redline stopped on this library,
        offered back (``draft_offer.py``); None when there is none."""
        return self.draft_offer.offer()

    def save_state(self) -> None:
        self.remembered.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        calls = self.library_calls
        if calls is not None and calls.busy:  # (a library call awaited: closed once it is back)
            event.ignore()
            calls.after_call(self.close)
            return
        # An upgrade of another library running on an opening thread holds the process until it
        # commits (10 s on 3,000 pages): the window stays, saying so, and closes once it is done.
        if self.library_menu.finish_first(self.close):
            event.ignore()
            return
        self.library_menu.abandon()  # (a library still on its way: closed once open)
        # In the reading mode this saves the window and splitters as they were before it, so
        # the next start opens a normal window (Panes.normal_layout).
        self.save_state()
        # A long job still running (import, OCR, export, detection, merge) is cancelled, not waited
        # out: it stops at its next check and rolls back what it had not finished.
        for job in self.findChildren(Job):
            job.cancel()
        runners = (self.render_runner, self.renderer.page_runner, self.db_runner)
        for runner in (*runners, self.import_runner):
            runner.close()
        if self.render_processes is not None:
            self.render_processes.close()
        if self.handover is not None:
            self.handover.close()
        if self.live is not None:
            self.live.close()
        if calls is not None:
            self.lib.call_runner = None
            calls.close()
        self.collector.stop()
        if self.owns_library:
            self.lib.close()
        super().closeEvent(event)
