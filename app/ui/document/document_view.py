"""One open document: thumbnails, the scan and its OCR text side by side, linked word by word.

The view asks for what the current page needs (pixels at the zoom on screen, then, in one read,
everything else the window shows of it: ``read_page``) and for the neighbours' pixels; it draws
whatever arrives if it is still for the page shown, and hands the page read to the other panes
(``page_read``). A read a team library's server does not answer may be given up
(``watched_reads``: its bar under the page).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.core.annotating.page_content import PageContent, read_page
from app.core.documents.queries import DocumentSummary, PageInfo, PageText
from app.core.documents.render import PageGeometry
from app.core.library import Library
from app.ui.base.accessible import named
from app.ui.base.focus_frame import focus_frame
from app.ui.base.language import QT_TRANSLATE_NOOP, say, translate
from app.ui.base.server_wait import ServerWait
from app.ui.base.watched_reads import WatchedReads
from app.ui.base.workers import Dropped, TaskRunner, report_failure
from app.ui.document.annotated_text_pane import AnnotatedTextPane
from app.ui.document.ocr_offer import OcrOffer
from app.ui.document.page_view import PageView
from app.ui.document.render_cache import PRIORITY_PAGE, PRIORITY_PREFETCH, PageRenderer, RenderKey
from app.ui.document.thumbnails import ThumbnailModel, ThumbnailStrip

RERENDER_DELAY_MS = 120  # wait for the wheel to settle before rendering at a new zoom
# A page's read (its text and all else shown of it) waits until its pixels are painted, so its
# render has the second core to itself and no database read holds Python's lock while the paint
# waits; never longer than this.
READY_LIMIT_MS = 250


class DocumentView(QWidget):
    """Shows pages of one document. ``page_changed(index, count)`` at once on a flip;
    ``page_ready(page_id)`` once its pixels are painted (or failed, or took too long), when
    the page is read; ``page_read(PageContent)`` once it is (its text is drawn by then; the
    annotating panes draw the rest); ``settled()`` once the page shown has its pixels at the
    current zoom and its text."""

    page_changed = Signal(int, int)
    page_ready = Signal(int)
    zoom_changed = Signal(float)
    settled = Signal()
    message = Signal(str)
    page_read = Signal(object)  # PageContent of the page shown: its text is on screen
    # The page shown could not be read (its id): what other panes show of the page before is
    # not this page's (its review, layers, annotations)
    page_unread = Signal(int)

    def __init__(
        self,
        lib: Library,
        renderer: PageRenderer,
        db: TaskRunner,
        parent: QWidget | None = None,
        *,
        ocr: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.lib, self.renderer, self.db = lib, renderer, db
        self.summary: DocumentSummary | None = None
        self.index = 0
        self.page_text: PageText | None = None
        self.search_query = ""  # the search whose matches are tinted on every page shown
        self.thumbnail_model = ThumbnailModel(renderer)
        self.thumbnails = ThumbnailStrip(self.thumbnail_model)
        self.page_view = PageView()
        self.text_pane = named(
            AnnotatedTextPane(),
            QT_TRANSLATE_NOOP("Redline", "Text"),
            QT_TRANSLATE_NOOP(
                "Redline", "The page's OCR text, read-only, linked word by word to the scan."
            ),
        )
        self.focus_frames = [focus_frame(self.page_view), focus_frame(self.text_pane)]
        self.ocr_offer = OcrOffer(lib, ocr or db)
        self.server_wait = ServerWait()
        self.reads = WatchedReads(db, self)  # the page's reads (Stop waiting under the page)
        self.splitter = self._compose()
        self._rerender = QTimer(self, singleShot=True, interval=RERENDER_DELAY_MS)
        self._rerender.timeout.connect(self._request_pixels)
        self._unready: PageInfo | None = None  # the page shown, until page_ready
        self._ready_limit = QTimer(self, singleShot=True, interval=READY_LIMIT_MS)
        self._ready_limit.timeout.connect(self._make_ready)
        self._connect()
        renderer.fetcher = self._fetch_source

    def _compose(self) -> QSplitter:
        """Thumbnails | scan | (OCR offer over the text), in a splitter filling the view."""
        self.text_side = text_side = QWidget()
        text_layout = QVBoxLayout(text_side)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.setSpacing(0)
        text_layout.addWidget(self.ocr_offer)
        text_layout.addWidget(self.text_pane, 1)  # (the offer as tall as its words need)
        named(
            text_side,
            QT_TRANSLATE_NOOP("Redline", "Text pane"),
            QT_TRANSLATE_NOOP(
                "Redline", "The page's text, or the offer to run OCR on a page without."
            ),
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for w in (self.thumbnails, self.page_view, text_side):
            splitter.addWidget(w)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setCollapsible(1, False)
        splitter.setSizes([150, 600, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.server_wait)  # (under the page and its text: the text may be hidden)
        return splitter

    def _connect(self) -> None:
        self.renderer.rendered.connect(self._on_rendered)
        self.renderer.failed.connect(self._on_render_failed)
        self.page_view.zoom_changed.connect(self._on_zoom_changed)
        self.page_view.word_clicked.connect(self._on_scan_word_clicked)
        # Queued: what the page's readiness starts runs after the painted pixels reach the screen
        # (they are flushed when the paint event returns), not in the paint event, before them.
        self.page_view.pixels_painted.connect(self._make_ready, Qt.ConnectionType.QueuedConnection)
        self.text_pane.word_hovered.connect(self._on_text_word_hovered)
        self.text_pane.word_clicked.connect(self._on_text_word_hovered)
        self.text_pane.hits_changed.connect(self._on_hits_moved)
        self.thumbnails.selectionModel().selectionChanged.connect(self._on_thumbnail_selected)
        self.ocr_offer.page_done.connect(self._on_ocr_page_done)
        self.reads.attach(
            self.server_wait, self.read_again, (self.page_view, self.text_pane, self.thumbnails)
        )
        self.db.late.connect(self.message)  # (a write given up with the read: said once ended)

    # -- opening and flipping -------------------------------------------------------------------

    @property
    def page(self) -> PageInfo | None:
        return None if self.summary is None else self.summary.pages[self.index]

    @property
    def page_count(self) -> int:
        return 0 if self.summary is None else len(self.summary.pages)

    def start_opening(self, source_sha256: str, page: PageInfo) -> None:
        """Start rendering the page a document is about to be opened at, at the zoom it will be
        shown at, before the document's list of pages is read: :meth:`open_document` then finds
        it under way (the list takes a millisecond or more, the render no longer waits for it)."""
        self.page_view.set_page(PageGeometry(page.width, page.height, page.rotation))
        key = RenderKey.at(source_sha256, page.index, self.page_view.device_zoom())
        self.renderer.set_wanted({key})
        self.renderer.request(key, PRIORITY_PAGE, area=page.width * page.height)

    def open_document(
        self, summary: DocumentSummary, index: int = 0, query: str | None = None
    ) -> None:
        """Show ``summary`` at page ``index`` (clamped); ``query`` (if given) becomes the search
        whose hits are tinted."""
        self.summary = summary
        self.thumbnail_model.set_document(summary)
        self.show_page(index, query)

    def show_page(self, index: int, query: str | None = None) -> None:
        """Show page ``index`` (clamped); ``query`` (if given) becomes the search tinted."""
        if self.summary is None or not self.summary.pages:
            return
        self.index = max(0, min(index, len(self.summary.pages) - 1))
        if query is not None:
            self.search_query = query
        page = self.summary.pages[self.index]
        self.page_text = None
        self.page_view.set_page(PageGeometry(page.width, page.height, page.rotation))
        self._unready = None
        self.reads.withdraw()
        self._request_pixels()  # first, so the render starts while the rest of the flip runs
        self.text_pane.clear_page(translate("Redline", "Loading the text…"))
        self.ocr_offer.offer(None)
        self.thumbnails.select_page(self.index)
        self.page_view.set_position(self.index, len(self.summary.pages))
        self.page_changed.emit(self.index, len(self.summary.pages))
        self._unready = page
        self._ready_limit.start()
        if self.page_view.pixmap_zoom:  # it was cached
            self._pixels_shown()

    def _make_ready(self) -> None:
        """The page's pixels are on screen (or will not come soon): read the page."""
        page, self._unready = self._unready, None
        self._ready_limit.stop()
        if page is None or page is not self.page:
            return
        self._read(page)
        self.page_ready.emit(int(page.id))

    def next_page(self) -> None:
        self.show_page(self.index + 1)

    def previous_page(self) -> None:
        self.show_page(self.index - 1)

    def first_page(self) -> None:
        self.show_page(0)

    def last_page(self) -> None:
        self.show_page(self.page_count - 1)

    # -- pixels ---------------------------------------------------------------------------------

    def _key(self, index: int) -> RenderKey:
        assert self.summary is not None
        return RenderKey.at(self.summary.source_sha256, index, self.page_view.device_zoom())

    def _request_pixels(self) -> None:
        self._rerender.stop()  # (a flip's new fit zoom started it) this asks at the zoom now
        if self.summary is None:
            return
        key = self._key(self.index)
        neighbours = [
            self._key(i) for i in (self.index + 1, self.index - 1) if 0 <= i < self.page_count
        ]
        self.renderer.set_wanted({key, *neighbours})
        page = self.summary.pages[self.index]
        pixmap = self.renderer.request(key, PRIORITY_PAGE, area=page.width * page.height)
        if pixmap is not None:
            self._show_pixmap(key, pixmap)
        for k in neighbours:
            self.renderer.request(k, PRIORITY_PREFETCH)

    def _on_rendered(self, key: RenderKey, pixmap: QPixmap) -> None:
        if self.summary is not None and key == self._key(self.index):
            self._show_pixmap(key, pixmap)

    def _show_pixmap(self, key: RenderKey, pixmap: QPixmap) -> None:
        self.page_view.set_pixmap(pixmap, key.zoom)
        if self.page_view.isVisible():
            # Painted now, not after whatever else is queued (Qt posts repaints at low priority).
            self.page_view.viewport().repaint()
        self._pixels_shown()
        self._check_settled()

    def _pixels_shown(self) -> None:
        """The page's pixels are in the view: it is ready once they are painted
        (``pixels_painted``, or already), so no database read holds Python's lock while the paint
        waits; at once when nothing will paint them, or when the database runs inline (tests)."""
        pv = self.page_view
        if self.db.synchronous or not pv.isVisible() or not pv.awaiting_paint:
            self._make_ready()

    def _on_render_failed(self, key: RenderKey, message: str) -> None:
        if self.summary is not None and key.index == self.index:
            self.message.emit(message)
            self._make_ready()

    def _on_zoom_changed(self, zoom: float) -> None:
        self.zoom_changed.emit(zoom)
        if self.summary is not None:
            self._rerender.start()

    def is_settled(self) -> bool:
        """The page shown has its text and its pixels at the zoom on screen."""
        if self.summary is None:
            return False
        return (
            self.page_text is not None and self.page_view.pixmap_zoom == self._key(self.index).zoom
        )

    def _check_settled(self) -> None:
        if self.is_settled():
            self.settled.emit()

    # -- the page read: text and words, and what the other panes show -------------------------

    def _read(self, page: PageInfo) -> None:
        """One read (database worker) of everything the window shows of ``page``."""
        said = report_failure(self.message.emit, translate("Redline", "Cannot read the page"))

        def failed(exc: BaseException) -> None:
            shown = self.page is not None and self.page.id == page.id
            said(exc)
            if not isinstance(exc, Dropped) and shown:
                self.page_unread.emit(int(page.id))
                # (the text pane said "Loading the text…" for ever: a team library's server
                # gone, the page turned back to)
                reason = say(exc)
                self.text_pane.clear_page(
                    translate("Redline", "Cannot read the page: {reason}").format(reason=reason)
                )

        def stopped() -> None:  # (the person gave it up: the bar says so, the pane whole)
            if self.page is not None and self.page.id == page.id:
                self.text_pane.clear_page(self.server_wait.given_up(self.lib.location))
                self.page_unread.emit(int(page.id))

        self.reads.submit(
            lambda: read_page(self.lib, page.id),
            self._on_page_read,
            failed,
            stopped=stopped,
            wanted=lambda: self.page is not None and self.page.id == page.id,
        )

    def _fetch_source(self, sha256: str) -> None:
        """A team library's source, fetched from its server the first time one of its pages is
        shown (``PageRenderer.fetcher``): one of the page's reads, under its Stop waiting (on the
        render thread, a server that did not answer held it with no way out)."""
        lib = self.lib
        self.reads.submit(
            lambda: lib.source_path(sha256),
            lambda _path: self.renderer.source_fetched(sha256),
            lambda exc: self.renderer.source_unfetched(sha256, say(exc)),
            stopped=lambda: self.renderer.source_unfetched(sha256),
        )

    def read_again(self) -> None:
        """Read the page shown again (after a change made elsewhere: OCR, a step that failed);
        its scan too when its source was not fetched (given up: Read again)."""
        if self.summary is not None and not self.lib.source_is_local(self.summary.source_sha256):
            self._request_pixels()
        if self.page is not None and self._unready is None:
            self._read(self.page)

    def _on_page_read(self, content: PageContent) -> None:
        if self.page is None or content.page_id != self.page.id:
            return  # the person has moved on
        text = content.text
        self.page_text = text
        self.text_pane.set_page_text(text.text, text.words)
        self.ocr_offer.offer(None if text.text.strip() else text.page_id)
        self.page_view.set_words(text.words)
        self.highlight_query(self.search_query)
        self.page_read.emit(content)
        self._check_settled()

    def set_search_query(self, query: str) -> None:
        """A new search (or none: ""): its matches replace the old ones on the page shown, and
        are tinted on every page shown after."""
        self.search_query = query
        self.highlight_query(query)

    def highlight_query(self, query: str) -> None:
        """Mark the search ``query``'s matches in the text (in the reading shown) and on the
        scan, scrolled into view; "" clears them."""
        if self.page_text is None:
            return
        self._on_hits_moved(self.text_pane.set_query(query), scroll=True)

    def _on_hits_moved(self, spans: list[tuple[int, int]], scroll: bool = False) -> None:
        """Tint on the scan the words under the matches (``spans``: code points of the text)."""
        words = self.page_text.words if self.page_text is not None else ()
        seqs = [w.seq for w in words if any(w.start < e and s < w.end for s, e in spans)]
        self.page_view.set_hits(seqs, scroll=scroll)

    def _on_ocr_page_done(self, page_id: int) -> None:
        if self.page is not None and self.page.id == page_id:
            self.read_again()

    def _on_text_word_hovered(self, seq: int) -> None:
        self.page_view.focus_word(seq)

    def _on_scan_word_clicked(self, seq: int) -> None:
        self.text_pane.select_word(seq)

    def _on_thumbnail_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = [i.row() for i in selected.indexes()]
        if rows and rows[0] != self.index:
            self.show_page(rows[0])
