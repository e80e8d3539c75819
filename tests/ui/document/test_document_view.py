"""Opening a document, flipping pages, zooming and rotating, word linking both ways, and a page
without text, on a generated document (synchronous workers: no waiting on threads)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPaintEvent, QTextCursor
from pytestqt.qtbot import QtBot

from app.core.documents.queries import DocumentSummary, WordBox
from app.core.library import Library
from app.ui.base.workers import Done, Failed, TaskRunner
from app.ui.document.document_view import READY_LIMIT_MS, RERENDER_DELAY_MS, DocumentView
from app.ui.document.ocr_text_pane import NO_TEXT
from app.ui.document.page_view import ZOOM_STEP, PageView
from app.ui.document.render_cache import PageRenderer, RenderCache, RenderKey
from tests.ui.document.helpers import hover, make_view
from tests.ui.helpers import record_requests


def test_opening_shows_page_one_with_text_and_pixels(
    qtbot: QtBot,
    review_library: Library,
    review_doc: DocumentSummary,
    renderer: PageRenderer,
    sync_runner: TaskRunner,
) -> None:
    view = make_view(qtbot, review_library, renderer, sync_runner)
    with qtbot.waitSignal(view.page_changed) as changed:
        view.open_document(review_doc)
    assert changed.args == [0, 4]
    assert "courier arrived in Vienna" in view.text_pane.toPlainText()
    assert view.is_settled()
    assert view.page_view.pixmap_zoom == RenderKey.at("", 0, view.page_view.device_zoom()).zoom
    assert view.thumbnails.currentIndex().row() == 0


def test_flipping_pages_and_clamping(qtbot: QtBot, view: DocumentView) -> None:
    view.next_page()
    assert view.index == 1 and "no contact with the courier" in view.text_pane.toPlainText()
    view.last_page()
    assert view.index == 3
    view.next_page()
    assert view.index == 3  # no page after the last
    view.first_page()
    view.previous_page()
    assert view.index == 0
    view.thumbnails.setCurrentIndex(view.thumbnail_model.index(2))
    assert view.index == 2 and "budget figures" in view.text_pane.toPlainText()


def test_neighbours_are_prefetched_so_the_flip_is_served_from_cache(
    qtbot: QtBot, view: DocumentView, renderer: PageRenderer, sync_runner: TaskRunner
) -> None:
    assert view._key(1) in renderer.cache
    before = sync_runner.pending()
    view.next_page()
    assert view.page_view.pixmap_zoom > 0 and sync_runner.pending() == before


def test_page_without_text_says_so(
    qtbot: QtBot,
    review_library: Library,
    review_doc: DocumentSummary,
    renderer: PageRenderer,
    sync_runner: TaskRunner,
) -> None:
    view = make_view(qtbot, review_library, renderer, sync_runner)
    view.open_document(review_doc, 3)
    assert view.text_pane.toPlainText() == ""
    assert view.text_pane.placeholderText() == NO_TEXT
    assert view.is_settled()


def test_zoom_fit_and_rotate_rerender_sharp(qtbot: QtBot, view: DocumentView) -> None:
    pv = view.page_view
    start = pv.zoom
    with qtbot.waitSignal(view.zoom_changed):
        pv.zoom_in()
    assert pv.zoom == start * ZOOM_STEP and pv.fit_mode is None
    qtbot.waitUntil(view.is_settled)  # re-rendered at the new zoom once the wheel settles
    assert pv.pixmap_zoom == RenderKey.at("", 0, pv.device_zoom()).zoom
    pv.fit_page()
    page_zoom = pv.zoom
    pv.fit_width()
    width_zoom = pv.zoom
    assert width_zoom >= page_zoom and pv.fit_mode == "width"
    pv.turn(90)
    assert pv.user_rotation == 90 and pv.fit_mode == "width"
    assert pv.zoom < width_zoom  # turned sideways, the long edge now spans the width
    qtbot.waitUntil(view.is_settled)


def _word(view: DocumentView, text: str) -> WordBox:
    assert view.page_text is not None
    return next(w for w in view.page_text.words if view.page_text.text[w.start : w.end] == text)


def test_text_to_scan_linking(qtbot: QtBot, view: DocumentView) -> None:
    word = _word(view, "Vienna")
    cursor = QTextCursor(view.text_pane.document())
    cursor.setPosition(word.start + 2)
    pos = view.text_pane.cursorRect(cursor).center()
    hover(view.text_pane.viewport(), pos)
    focus = view.page_view._focus
    assert focus.isVisible()
    word_rect = view.page_view.word_rect(word.seq)
    assert word_rect is not None
    assert focus.rect().contains(word_rect)
    qtbot.mouseClick(view.text_pane.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.text_pane.selected_span() == (word.start, word.end)


def test_scan_to_text_linking_on_a_rotated_page(
    qtbot: QtBot,
    review_library: Library,
    review_doc: DocumentSummary,
    renderer: PageRenderer,
    sync_runner: TaskRunner,
) -> None:
    view = make_view(qtbot, review_library, renderer, sync_runner)
    view.open_document(review_doc, 2)  # /Rotate 90
    word = _word(view, "budget")
    rect = view.page_view.word_rect(word.seq)
    assert rect is not None and rect.height() > rect.width()  # a sideways word stands tall
    point = view.page_view.mapFromScene(rect.center())
    qtbot.mouseClick(view.page_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.text_pane.selected_span() == (word.start, word.end)
    assert view.text_pane.textCursor().selectedText() == "budget"


def test_word_boxes_toggle_and_low_confidence_tint(qtbot: QtBot, view: DocumentView) -> None:
    pv = view.page_view
    assert view.page_text is not None
    seqs = [w.seq for w in view.page_text.words]
    assert pv.words.visible_boxes() == []  # a PDF text layer has no confidences: nothing tinted
    plain = pv.grab().toImage()
    pv.set_show_word_boxes(True)
    assert sorted(pv.words.visible_boxes()) == sorted(seqs)
    assert pv.grab().toImage() != plain  # the outlines are drawn
    pv.set_show_word_boxes(False)
    graded = [
        w.__class__(w.seq, w.start, w.end, w.box, 12.0 if w.seq % 2 else 95.0)
        for w in view.page_text.words
    ]
    pv.set_words(graded)
    assert pv.words.visible_boxes() == sorted(s for s in seqs if s % 2)
    assert pv.grab().toImage() != plain  # the tint is drawn


def test_a_click_that_drags_pans_instead_of_selecting(qtbot: QtBot, view: DocumentView) -> None:
    hits: list[int] = []
    view.page_view.word_clicked.connect(hits.append)
    rect = view.page_view.word_rect(_word(view, "Vienna").seq)
    assert rect is not None
    start = view.page_view.mapFromScene(rect.center())
    vp = view.page_view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(30, 30))
    assert hits == []


def test_a_500_page_document_shows_page_one_without_rendering_the_rest(
    qtbot: QtBot,
    library: Library,
    sync_runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.core.documents.ingest import import_file
    from app.core.documents.queries import document_summary
    from app.ui.document.render_cache import RenderCache
    from tests.builders import make_text_pdf

    path = make_text_pdf(tmp_path / "long.pdf", [f"page {i + 1}" for i in range(500)])
    outcome = import_file(library, path)
    assert outcome.document_id is not None
    renderer = PageRenderer(library, sync_runner, RenderCache(256 << 20))
    asked = record_requests(monkeypatch, renderer)
    view = make_view(qtbot, library, renderer, sync_runner)
    view.open_document(document_summary(library, outcome.document_id))
    qtbot.wait(50)  # let the thumbnail strip paint what is in sight
    pages = {key.index for key in asked}
    assert view.is_settled() and 0 in pages
    assert 2 < len(pages) < 20  # page 1, its neighbour, and the thumbnails in sight


class GatedRunner(TaskRunner):
    """A threaded runner whose tasks wait for :attr:`gate` (a render that has not finished)."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Done,
        on_error: Failed | None = None,
        *,
        priority: int = 0,
        wanted: Callable[[], bool] | None = None,
    ) -> int:
        def gated() -> Any:
            self.gate.wait(10)
            return fn()

        return super().submit(gated, on_done, on_error, priority=priority, wanted=wanted)


def test_the_text_is_read_once_the_pixels_are_on_screen(
    qtbot: QtBot, review_library: Library, review_doc: DocumentSummary, sync_runner: TaskRunner
) -> None:
    """A page's first render has the processor to itself: its text (and page_ready's readers)
    wait for the pixels."""
    gated = GatedRunner()
    renderer = PageRenderer(review_library, gated, RenderCache(64 << 20))
    view = make_view(qtbot, review_library, renderer, sync_runner)
    ready: list[int] = []
    view.page_ready.connect(ready.append)
    view._ready_limit.setInterval(60_000)  # only the pixels make it ready here
    view.open_document(review_doc, 1)
    qtbot.wait(50)
    assert view.page_text is None and not ready
    assert view.text_pane.toPlainText() == ""
    with qtbot.waitSignal(view.page_ready, timeout=10_000):
        gated.gate.set()
    assert ready == [review_doc.pages[1].id]
    assert view.page_view.pixmap_zoom > 0
    assert "no contact with the courier" in view.text_pane.toPlainText()
    gated.wait()


def test_a_slow_render_does_not_hold_the_text_back(
    qtbot: QtBot, review_library: Library, review_doc: DocumentSummary, sync_runner: TaskRunner
) -> None:
    gated = GatedRunner()
    renderer = PageRenderer(review_library, gated, RenderCache(64 << 20))
    view = make_view(qtbot, review_library, renderer, sync_runner)
    view.open_document(review_doc, 1)
    with qtbot.waitSignal(view.page_ready, timeout=READY_LIMIT_MS * 8):
        pass
    assert view.page_view.pixmap_zoom == 0  # still rendering
    assert "no contact with the courier" in view.text_pane.toPlainText()
    gated.gate.set()
    gated.wait()


def test_a_cached_page_is_ready_at_once(qtbot: QtBot, view: DocumentView) -> None:
    ready: list[int] = []
    changed: list[int] = []
    view.page_changed.connect(lambda i, _n: changed.append(i))
    view.page_ready.connect(lambda pid: ready.append(len(changed)))
    view.next_page()  # prefetched
    assert ready == [1]  # after page_changed, before show_page returned


def make_threaded_view(
    qtbot: QtBot, lib: Library
) -> tuple[DocumentView, PageRenderer, GatedRunner, TaskRunner]:
    """A view whose renders arrive later from a worker thread and whose database runs on a
    thread of its own; it becomes ready only when its pixels are painted."""
    gated = GatedRunner()
    gated.gate.set()
    renderer = PageRenderer(lib, gated, RenderCache(64 << 20))
    db = TaskRunner()
    view = make_view(qtbot, lib, renderer, db)
    view._ready_limit.setInterval(60_000)
    return view, renderer, gated, db


def test_with_a_threaded_database_the_page_is_ready_once_painted(
    qtbot: QtBot, review_library: Library, review_doc: DocumentSummary, sync_runner: TaskRunner
) -> None:
    """The reads page_ready starts would hold Python's lock while the paint waits: they start
    once the new pixels are painted, on an uncached flip and on a cached one."""
    view, renderer, gated, db = make_threaded_view(qtbot, review_library)
    pv = view.page_view
    painted_at_ready: list[bool] = []
    view.page_ready.connect(lambda _pid: painted_at_ready.append(not pv.awaiting_paint))
    view.open_document(review_doc)
    assert painted_at_ready == []  # not rendered yet
    qtbot.waitUntil(lambda: bool(painted_at_ready), timeout=5_000)
    assert painted_at_ready == [True]
    gated.wait()  # the neighbours are rendered (prefetch)
    qtbot.waitUntil(lambda: view._key(1) in renderer.cache, timeout=5_000)
    painted_at_ready.clear()
    view.next_page()  # cached: painted at once
    qtbot.waitUntil(lambda: bool(painted_at_ready), timeout=5_000)
    assert painted_at_ready == [True]
    qtbot.waitUntil(view.is_settled, timeout=5_000)
    db.wait()


def test_what_page_ready_starts_runs_after_the_paint_event(
    qtbot: QtBot,
    review_library: Library,
    review_doc: DocumentSummary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The painted pixels are flushed to the screen when the paint event returns: the text read,
    the review bar and the rest that page_ready starts come after that, not inside the paint."""
    painting: list[bool] = [False]
    paint = PageView.paintEvent

    def watched(self: PageView, event: QPaintEvent) -> None:
        painting[0] = True
        try:
            paint(self, event)
        finally:
            painting[0] = False

    monkeypatch.setattr(PageView, "paintEvent", watched)
    view, renderer, gated, db = make_threaded_view(qtbot, review_library)
    in_paint: list[bool] = []
    view.page_ready.connect(lambda _pid: in_paint.append(painting[0]))
    view.open_document(review_doc)
    qtbot.waitUntil(lambda: bool(in_paint), timeout=5_000)
    gated.wait()
    qtbot.waitUntil(lambda: view._key(1) in renderer.cache, timeout=5_000)
    view.next_page()  # cached
    qtbot.waitUntil(lambda: len(in_paint) == 2, timeout=5_000)
    assert in_paint == [False, False]
    qtbot.waitUntil(view.is_settled, timeout=5_000)
    db.wait()


def test_a_flip_to_a_page_of_another_size_asks_for_its_pixels_once(
    qtbot: QtBot,
    review_library: Library,
    review_doc: DocumentSummary,
    renderer: PageRenderer,
    sync_runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A flip's new fit zoom is asked for by the flip itself: the re-render that a zoom by hand
    schedules must not follow it (a needless render when the cache has been trimmed)."""
    view = make_view(qtbot, review_library, renderer, sync_runner)
    view.open_document(review_doc)
    assert review_doc.pages[2].rotation == 90  # shown sideways: wider, so another fit zoom
    asked = record_requests(monkeypatch, renderer)
    zoom = view.page_view.zoom
    view.show_page(2)
    assert view.page_view.zoom != zoom  # the fit changed
    qtbot.wait(RERENDER_DELAY_MS * 3)
    assert asked.count(view._key(2)) == 1  # (thumbnails are asked for at their own zoom)


def test_a_text_read_dropped_by_a_flip_is_not_reported_as_an_error(
    qtbot: QtBot, review_library: Library, review_doc: DocumentSummary, renderer: PageRenderer
) -> None:
    db = TaskRunner(threads=1)
    view = make_view(qtbot, review_library, renderer, db)
    messages: list[str] = []
    view.message.connect(messages.append)
    release = threading.Event()
    db.submit(lambda: release.wait(10), lambda _r: None)  # the database thread is busy
    view.open_document(review_doc)
    qtbot.waitUntil(lambda: db.pending() == 2)  # page 1's text read waits behind it
    view.next_page()  # and is no longer wanted once it could start
    release.set()
    qtbot.waitUntil(lambda: view.page_text is not None, timeout=5_000)
    db.wait()
    qtbot.wait(20)  # (the dropped read's report arrives by the event loop)
    assert view.page_text is not None and view.page_text.page_id == review_doc.pages[1].id
    assert messages == [], messages
