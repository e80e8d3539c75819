"""The whole window: search and jump, keyboard navigation, the status bar, remembered state,
import with progress, cancel and failures, drag and drop, and the screenshot command."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.core.documents.ingest import ImportOutcome, import_file
from app.core.documents.queries import DocumentSummary
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr import run as ocr_run
from app.core.ocr.run import OcrReport
from app.ui.base import settings as S
from app.ui.base.job_dialog import Cancel, Progress, run_job
from app.ui.base.settings import Settings
from app.ui.document import render_cache
from app.ui.document.render_cache import PRIORITY_PAGE, PRIORITY_THUMBNAIL, RenderKey
from app.ui.document.render_process import Started
from app.ui.window import navigation
from app.ui.window.launch import run_gui
from tests.builders import make_image_only_pdf, make_text_pdf
from tests.ui.helpers import (
    activate,
    make_review_pdf,
    make_window,
    record_requests,
    review_library_doc_id,
)


def test_search_opens_the_page_with_hits_in_text_and_scan(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    pane = window.search_pane
    pane.query.setText("budget")
    qtbot.keyClick(pane.query, Qt.Key.Key_Return)
    assert pane.model.rowCount() == 1 and pane.status.text() == "1 page matches."
    pane.results.activated.emit(pane.model.index(0))
    view = window.document_view
    assert window.document_id is not None and view.index == 2
    assert view.text_pane.extraSelections()  # the match is marked in the text …
    assert view.page_view._hits  # … and on the scan
    assert window.status_page.text() == "Page 3 of 4"


def test_search_hits_wrap_to_a_narrow_side_panel(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """A hit's title, page and snippet wrap to the list however narrow it is: each is as tall
    as its lines at the list's width, none wider (a fixed 200 px wrap cut them beside a
    horizontal scroll bar in a side panel narrower than that)."""
    window = make_window(qtbot, review_library, settings)
    pane = window.search_pane
    pane.query.setText("budget OR memorandum")
    qtbot.keyClick(pane.query, Qt.Key.Key_Return)
    assert pane.model.rowCount() >= 1
    window.side.setCurrentWidget(pane)
    window.resize(900, 600)
    window.splitter.setSizes([170, 730])
    qtbot.waitUntil(lambda: 0 < pane.results.viewport().width() < 170)
    width = pane.results.viewport().width()
    delegate = pane.results.itemDelegate()
    for row in range(pane.model.rowCount()):
        rect = pane.results.visualRect(pane.model.index(row))
        option = QStyleOptionViewItem()
        option.initFrom(pane.results)
        option.widget = pane.results
        hint = delegate.sizeHint(option, pane.model.index(row))
        assert hint.width() <= width, (row, hint, width)
        assert rect.height() >= hint.height() - 1
    assert not pane.results.horizontalScrollBar().isVisible()


def test_a_malformed_query_says_why(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    window.search_pane.run('"unclosed')
    assert window.search_pane.model.rowCount() == 0
    assert window.search_pane.status.text()


def test_words_are_chosen_in_the_text_from_the_keyboard(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """The text pane had no caret: Shift+arrows selected nothing, and Left, Right, Home and End
    turned pages, so a correction or note on chosen words needed the mouse."""
    window = make_window(qtbot, review_library, settings)
    doc = window.library_model.document_id(0)
    assert doc is not None and window.open_document(doc)
    view = window.document_view
    activate(qtbot, window)
    text = view.text_pane
    text.setFocus()
    hovered: list[int] = []
    text.word_hovered.connect(hovered.append)
    qtbot.keyClick(text, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(text, Qt.Key.Key_Right, ctrl_shift)
    qtbot.keyClick(text, Qt.Key.Key_Right, ctrl_shift)
    start, end = text.selected_span()
    first_words = text.text[start:end].split()
    assert start == 0 and len(first_words) == 2, text.text[:40]
    qtbot.keyClick(text, Qt.Key.Key_Right)  # the caret, not the page
    qtbot.keyClick(text, Qt.Key.Key_End)
    assert view.index == 0 and text.textCursor().position() > end
    assert hovered  # the word at the caret shown on the scan
    qtbot.keyClick(text, Qt.Key.Key_PageDown)  # PgDn still turns the page from the text
    assert view.index == 1


def test_the_pane_with_the_focus_is_framed(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """Fusion draws no focus on the scan or the text: with F6 between them nothing on screen
    changed, and the document's single keys act only where it has the focus."""
    window = make_window(qtbot, review_library, settings)
    doc = window.library_model.document_id(0)
    assert doc is not None and window.open_document(doc)
    view = window.document_view
    activate(qtbot, window)
    scan_frame, text_frame = view.focus_frames
    view.page_view.setFocus()
    qtbot.waitUntil(lambda: scan_frame.isVisible())
    assert not text_frame.isVisible() and scan_frame.geometry() == view.page_view.rect()
    qtbot.keyClick(view.page_view, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: text_frame.isVisible())
    assert view.text_pane.hasFocus() and not scan_frame.isVisible()
    ink = view.text_pane.grab().toImage()
    highlight = view.text_pane.palette().color(QPalette.ColorRole.Highlight)
    assert ink.pixelColor(ink.width() // 2, 0) == highlight  # drawn on its top edge


def test_a_list_with_the_focus_keeps_its_own_moving_keys(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """In the library's table End turned the open document to its last page (the row stayed),
    and PgDn paged the document, not the table."""
    for n in range(2):
        pdf = make_text_pdf(review_library.root.parent / f"more{n}.pdf", [f"Memo {n}."])
        import_file(review_library, pdf)
    window = make_window(qtbot, review_library, settings)
    assert window.open_document(review_library_doc_id(review_library))  # (4 pages)
    view = window.document_view
    activate(qtbot, window)
    table = window.library_pane.table
    rows = table.model().rowCount()
    assert rows > 1
    doc = review_library_doc_id(review_library)
    row = next(r for r in range(rows) if window.library_model.document_id(r) == doc)
    table.setCurrentIndex(table.model().index(row, 0))  # (the row of the open document)
    table.setFocus()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_End):
        qtbot.keyClick(table, key)
        assert view.index == 0, key
    assert table.currentIndex().row() == rows - 1
    qtbot.keyClick(table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.document_view.summary is not None  # Ctrl+PgDn: still the window's


def test_keyboard_navigation_and_status_bar(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    doc = window.library_model.document_id(0)
    assert doc is not None and window.open_document(doc)
    view = window.document_view
    activate(qtbot, window)
    view.page_view.setFocus()
    qtbot.keyClick(view.page_view, Qt.Key.Key_PageDown)
    assert view.index == 1 and window.status_page.text() == "Page 2 of 4"
    pv = view.page_view
    qtbot.keyClick(pv, Qt.Key.Key_End)
    assert view.index == 3
    qtbot.keyClick(pv, Qt.Key.Key_Left)
    assert view.index == 2
    qtbot.keyClick(pv, Qt.Key.Key_Home)
    assert view.index == 0
    zoom = pv.zoom
    qtbot.keyClick(pv, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert pv.zoom > zoom and window.status_zoom.text().endswith("%")
    qtbot.keyClick(pv, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.side.currentWidget() is window.search_pane
    assert window.status_document.text() == "review-memo"


def test_next_and_previous_document(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    make_text_pdf(tmp_path / "in" / "zulu.pdf", ["last in title order"])
    window = make_window(qtbot, review_library, settings)
    window.import_paths([tmp_path / "in" / "zulu.pdf"])
    first, second = (window.library_model.document_id(r) for r in (0, 1))
    assert first is not None and second is not None
    window.open_document(first)
    window.step_document(1)
    assert window.document_id == second
    window.step_document(1)
    assert window.document_id == second  # no document after the last
    window.step_document(-1)
    assert window.document_id == first


def test_window_remembers_document_page_and_geometry(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    doc = window.library_model.document_id(0)
    assert doc is not None
    window.open_document(doc, 2)
    window.resize(701, 503)
    window.close()
    again = make_window(qtbot, review_library, settings)
    assert again.reopen_last()
    assert again.document_id == doc and again.document_view.index == 2
    assert again.size().width() == 701


def test_import_reports_progress_and_lists_failures(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    make_text_pdf(folder / "good.pdf", ["one", "two", "three"])
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a PDF\n")
    window = make_window(qtbot, review_library, settings)
    pages: list[tuple[int, int]] = []
    with qtbot.waitSignal(window.import_finished) as done:
        dialog = window.import_paths([folder])
        dialog.job.progress.connect(lambda d, t: pages.append((d, t)))
    outcomes: list[ImportOutcome] = done.args[0]
    assert sorted(o.status for o in outcomes) == ["failed", "imported"]
    assert dialog.failures.isVisible() and dialog.failures.count() == 1
    assert dialog.failures.item(0).text().startswith("broken.pdf: ")
    # Each reason whole, wrapped, in a list some lines tall (4 lines, cut at the right edge).
    assert (
        dialog.failures.wordWrap() and dialog.failures.height() >= 6 * dialog.fontMetrics().height()
    )
    # Done: the files' bar full, the bar of one file's pages put away (it stood at 0% when the
    # last file read had failed, beside the full one: two bars that disagreed).
    assert dialog.files.value() == dialog.files.maximum() and not dialog.pages.isVisible()
    # A folder: the dialog stays with what it did (here a summary, not just a closed dialog).
    assert dialog.isVisible()
    assert dialog.label.text() == "1 document imported (3 pages), 1 file failed."
    assert window.current_message() == dialog.label.text()
    assert window.library_model.total == 2
    assert pages == [] or pages[-1] == (3, 3)


def test_import_can_be_cancelled(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    path = make_text_pdf(tmp_path / "long.pdf", [f"page {i}" for i in range(30)])
    window = make_window(qtbot, review_library, settings)
    from app.ui.library.import_dialog import ImportDialog, ImportJob

    job = ImportJob(review_library, [path], window.import_runner)
    dialog = ImportDialog(job, window)
    seen: list[int] = []

    def _on_page(done: int, _total: int) -> None:
        seen.append(done)
        if done == 3:
            dialog.buttons.rejected.emit()  # the person presses Cancel

    job.progress.connect(_on_page)
    job.start()
    assert job.done and [o.status for o in job.result] == ["cancelled"]
    assert max(seen) < 30
    assert dialog.label.text().startswith("Cancelled: ")
    window.library_model.reload()
    assert window.library_model.total == 1  # nothing of the cancelled file was kept


def test_import_in_a_real_worker_thread(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    path = make_text_pdf(tmp_path / "threaded.pdf", ["from a worker"])
    window = make_window(qtbot, review_library, settings, synchronous=False)
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as done:
        window.import_paths([path])
    assert [o.status for o in done.args[0]] == ["imported"]
    qtbot.waitUntil(lambda: window.library_model.total == 2)  # reloaded on the database worker
    window.close()


def test_dropping_files_imports_them(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    path = make_text_pdf(tmp_path / "dropped.pdf", ["dropped here"])
    window = make_window(qtbot, review_library, settings)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton)
    # Qt delivers a drop only inside a real drag, so the handler is called directly.
    drop = QDropEvent(QPointF(50, 50), *args, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.import_finished):
        window.dropEvent(drop)
    assert window.library_model.total == 2
    # one new document is opened (it was only listed; the view stayed where it was)
    summary = window.document_view.summary
    assert summary is not None and summary.title == "dropped"


def test_one_file_imported_from_the_menu_is_opened_a_batch_only_listed(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.ui.window import intake

    window = make_window(qtbot, review_library, settings)
    first = window.library_model.document_id(0)
    assert first is not None and window.open_document(first)
    chosen: list[str] = []
    monkeypatch.setattr(
        intake.QFileDialog, "getOpenFileNames", lambda *_a, **_k: (list(chosen), "")
    )
    chosen[:] = [str(make_text_pdf(tmp_path / f"b{i}.pdf", [f"batch {i}"])) for i in (1, 2)]
    with qtbot.waitSignal(window.import_finished):
        window.on_import_files()
    assert window.document_id == first  # a batch: listed, the view kept
    chosen[:] = [str(make_text_pdf(tmp_path / "one.pdf", ["just this one"]))]
    with qtbot.waitSignal(window.import_finished):
        window.on_import_files()
    summary = window.document_view.summary
    assert summary is not None and summary.title == "one" and window.document_id != first


def test_open_with_screenshot_writes_the_window(qapp: QApplication, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    pdf = make_review_pdf(tmp_path / "in" / "memo.pdf")
    out = tmp_path / "shot.png"
    assert run_gui(tmp_path / "lib", str(pdf), page=2, screenshot=out) == 0
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    with Library.open(tmp_path / "lib") as lib:  # the file was imported on the way
        from app.core.documents.queries import count_documents

        assert count_documents(lib) == 1


def test_the_page_turned_to_finds_a_render_process_idle_while_thumbnails_render(
    qtbot: QtBot,
    review_library: Library,
    review_doc: DocumentSummary,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Prefetches and thumbnails keep one render process free: the page a person turns to is
    sent to it at once instead of waiting behind them."""
    window = make_window(qtbot, review_library, settings, synchronous=False)
    procs = window.render_processes
    assert procs is not None
    procs.wait_ready()
    convert = render_cache._to_qimage

    def slowly(pixels: Any, width: int, height: int, stride: int, zoom: float) -> QImage:
        time.sleep(0.05)  # a render holds its process until converted: no idle gaps between them
        return convert(pixels, width, height, stride, zoom)

    monkeypatch.setattr(render_cache, "_to_qimage", slowly)
    sha, renderer = review_doc.source_sha256, window.renderer
    for step in range(40):  # more than both processes can render in the time below
        renderer.request(RenderKey.at(sha, step % 3, 2 + step / 100), PRIORITY_THUMBNAIL)
    qtbot.wait(50)
    assert window.render_runner.pending() > 0
    started: list[Started | None] = []
    start = procs.start

    def spy(path: Path, index: int, zoom: float) -> Started | None:
        started.append(start(path, index, zoom))
        return started[-1]

    monkeypatch.setattr(procs, "start", spy)
    key = RenderKey.at(sha, 1, 1.01)
    renderer.set_wanted({key})
    with qtbot.waitSignal(
        renderer.rendered, timeout=30_000, check_params_cb=lambda k, _p: k == key
    ):
        assert renderer.request(key, PRIORITY_PAGE) is None
    assert len(started) == 1 and started[0] is not None
    window.close()


def test_opening_a_document_asks_for_its_page_before_reading_its_pages(
    qtbot: QtBot,
    review_library: Library,
    review_doc: DocumentSummary,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The render of the page opened at starts before the list of the document's pages is read,
    at the zoom the page is then shown at (so the open finds it under way, not asked twice)."""
    window = make_window(qtbot, review_library, settings)
    asked = record_requests(monkeypatch, window.renderer)
    read_at: list[int] = []
    summary = navigation.document_summary

    def reading(lib: Library, doc_id: DocumentId) -> DocumentSummary:
        read_at.append(len(asked))
        return summary(lib, doc_id)

    monkeypatch.setattr(navigation, "document_summary", reading)
    assert window.open_document(review_doc.id, 2)
    assert read_at == [1] and asked[0] == window.document_view._key(2)
    assert window.document_view.page_view.pixmap_zoom == asked[0].zoom  # shown
    before = len(asked)
    assert window.open_document(review_doc.id, 9)  # past the end: clamped, nothing asked early
    assert read_at[1] == before and window.document_view.index == 3


def test_closing_the_window_cancels_a_running_job(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """Closing the window asks a long job still running to stop (it rolls back what is partial)
    instead of waiting until it is done."""
    window = make_window(qtbot, review_library, settings, synchronous=False)
    started = threading.Event()
    saw_cancel: list[bool] = []

    def work(_progress: Progress, cancel: Cancel) -> None:
        started.set()
        deadline = time.monotonic() + 10
        while not cancel() and time.monotonic() < deadline:
            time.sleep(0.01)
        saw_cancel.append(cancel())

    run_job(window, "A long job", work, window.import_runner, lambda _r: "")
    assert started.wait(10)
    window.close()  # returns once the job has stopped
    assert saw_cancel == [True]


def test_ocr_from_the_text_pane_reads_in_the_chosen_language(
    qtbot: QtBot,
    review_library: Library,
    review_doc: DocumentSummary,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The text pane's Run OCR uses the OCR language setting, and finds Tesseract where the OCR
    itself does (REDLINE_TESSERACT), not only on the PATH."""
    fake = tmp_path / "my-tesseract"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("REDLINE_TESSERACT", str(fake))
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    asked: list[str] = []

    def ocr(_lib: Library, _pages: list[int], *, language: str) -> OcrReport:
        asked.append(language)
        return OcrReport([])

    monkeypatch.setattr(ocr_run, "ocr_pages", ocr)  # (the offer imports it when clicked)
    settings.set(S.OCR_LANGUAGE, "eng+fra")
    window = make_window(qtbot, review_library, settings)
    window.open_document(review_doc.id, 3)  # the page without text
    offer = window.document_view.ocr_offer
    assert offer.isVisible() and offer.button.isEnabled()
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    assert asked == ["eng+fra"]


def test_import_summary_counts_documents_pages_duplicates_and_pages_for_ocr(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    from app.ui.library.import_dialog import summarize_import

    folder = tmp_path / "release"
    folder.mkdir()
    make_text_pdf(folder / "cable.pdf", ["one", "two"])
    make_image_only_pdf(folder / "scan.pdf")  # a page without text
    window = make_window(qtbot, review_library, settings)
    with qtbot.waitSignal(window.import_finished) as done:
        dialog = window.import_paths([folder])
    assert dialog.isVisible() and not dialog.failures.isVisible()
    assert dialog.label.text() == (
        "2 documents imported (3 pages). 1 page has no text yet: Tools › OCR pages without text "
        "in the library reads it."
    )
    with qtbot.waitSignal(window.import_finished) as again:
        dialog = window.import_paths([folder])
    assert dialog.label.text() == "0 documents imported, 2 were in the library already."
    assert summarize_import(done.args[0][:1]) == "1 document imported (2 pages)."
    assert again.args[0]
    single = make_text_pdf(tmp_path / "single.pdf", ["alone"])
    with qtbot.waitSignal(window.import_finished):
        dialog = window.import_paths([single])
    assert not dialog.isVisible()  # one file: the status bar is enough
    assert window.current_message() == "1 document imported (1 page)."


def test_zoom_and_side_tab_are_remembered(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    doc = window.library_model.document_id(0)
    assert doc is not None and window.open_document(doc)
    pv = window.document_view.page_view
    pv.zoom_in()
    pv.zoom_in()
    chosen = pv.zoom
    window.side.setCurrentWidget(window.annotation_list)
    window.close()
    again = make_window(qtbot, review_library, settings)
    assert again.reopen_last()
    assert again.document_view.page_view.fit_mode is None
    assert again.document_view.page_view.zoom == pytest.approx(chosen)
    assert again.side.currentWidget() is again.annotation_list
    again.document_view.page_view.fit_page()
    again.side.setCurrentWidget(again.search_pane)
    again.close()
    third = make_window(qtbot, review_library, settings)
    assert third.document_view.page_view.fit_mode == "page"
    assert third.side.currentWidget() is third.search_pane


def test_a_zoom_chosen_by_hand_outlives_a_killed_process(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """Saved only at close, a zoom chosen by hand came back as the fit after a kill -9 (the
    document and page, saved as each page is shown, did come back)."""
    window = make_window(qtbot, review_library, settings)
    doc = window.library_model.document_id(0)
    assert doc is not None and window.open_document(doc)
    pv = window.document_view.page_view
    pv.zoom_in()
    chosen = pv.zoom
    settings.sync()  # what the event loop writes on its own; no close
    again = Settings(QSettings(settings.store.fileName(), QSettings.Format.IniFormat))
    assert again.get(S.ZOOM_FIT) == "" and again.get(S.ZOOM) == pytest.approx(chosen)


def test_the_windows_size_outlives_a_killed_process(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """Saved only at close, the window's size came back as the default after a kill -9."""
    window = make_window(qtbot, review_library, settings)
    window.resize(713, 517)
    qtbot.waitUntil(lambda: not settings.get(S.GEOMETRY).isEmpty(), timeout=3000)
    settings.sync()  # what the event loop writes on its own; no close
    again = Settings(QSettings(settings.store.fileName(), QSettings.Format.IniFormat))
    other = make_window(qtbot, review_library, again)
    assert other.size().width() == 713


def test_the_library_tables_sort_and_column_widths_are_remembered(
    qtbot: QtBot, library: Library, settings: Settings, tmp_path: Path
) -> None:
    """Sorted by title, Z to A, with a wider title column: so again after closing the window
    (it went back to A to Z and its first widths)."""
    from app.core.documents.ingest import import_paths

    files = [make_text_pdf(tmp_path / f"cable-{c}.pdf", [f"cable {c}"]) for c in "abc"]
    assert all(o.ok for o in import_paths(library, files))
    window = make_window(qtbot, library, settings)
    table = window.library_pane.table
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    table.setColumnWidth(0, 333)
    qtbot.waitUntil(lambda: window.library_model.index(0, 0).data() == "cable-c")
    window.close()
    again = make_window(qtbot, library, settings)
    header = again.library_pane.table.horizontalHeader()
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.library_pane.table.columnWidth(0) == 333
    qtbot.waitUntil(lambda: again.library_model.index(0, 0).data() == "cable-c")


def test_a_status_message_the_status_bar_would_cut_shows_whole_in_the_message_strip(
    qtbot: QtBot, review_library: Library, settings: Settings, qtlog: Any
) -> None:
    """The status bar shows a message in the room its document title, page, zoom, text layer
    and review status leave; a longer one goes to the strip above it, whole, wrapped."""
    window = make_window(qtbot, review_library, settings)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.statusBar().width() == 1000)
    # (connected straight to the C++ slot, PySide warned on the terminal of every start)
    assert not [r.message for r in qtlog.records if "libpyside" in r.message]
    window.show_message("Saved.")
    assert window.statusBar().currentMessage() == "Saved." and window.message_strip.isHidden()
    assert window.statusBar().toolTip() == "Saved."
    long = "Not saved: another reviewer changed this annotation since you opened it. " * 3
    window.show_message(long)
    strip = window.message_strip
    assert window.statusBar().currentMessage() == "" and strip.isVisible()
    assert strip.label.text() == long and window.current_message() == long
    line = strip.label.fontMetrics().height()
    assert strip.label.height() >= 2 * line  # wrapped, not cut
    assert strip.geometry().bottom() < window.statusBar().geometry().top()
    window.show_message("Saved.")  # a short one after it: back in the status bar
    assert strip.isHidden() and window.current_message() == "Saved."
    window.show_message(long)
    strip.close_button.click()
    assert strip.isHidden() and window.current_message() == ""
    window.statusBar().hide()  # (as the reading mode does): any message in the strip
    window.show_message("Saved.")
    assert strip.isVisible() and window.current_message() == "Saved."


def test_a_wait_and_the_conflicts_left_are_said_whole_in_a_narrow_window(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """In a window 795 pixels wide the status bar's page and zoom cut "Waiting for the
    library's ser…" and "Conflicts t…": they were put in the bar straight, not through the
    check that sends a message the bar would cut to the strip above it."""
    from app.core.exchange.merge_outcome import MergeReport
    from app.ui.base.language import tr
    from app.ui.base.stop_waiting import WAITING

    window = make_window(qtbot, review_library, settings)
    assert window.open_document(review_library_doc_id(review_library))
    window.resize(795, 600)
    qtbot.waitUntil(lambda: window.statusBar().width() == 795)

    def whole(text: str) -> bool:
        bar = window.statusBar()
        in_bar = bar.currentMessage() == text and window.status._fits(text)
        return window.message_strip.text() == text or in_bar

    window.status.waiting(True)
    try:
        assert whole(tr(WAITING))
    finally:
        window.status.waiting(False)
    assert window.current_message() == ""
    report = MergeReport(dry_run=False, conflicts=["a", "b", "c"])
    window._on_annotations_merged(report)
    assert whole("Conflicts to decide: 3 (Edit › Conflicts…)")
