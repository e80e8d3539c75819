"""Every item model of the window passes Qt's model tester; the library model loads lazily."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.core.documents.ingest import import_paths
from app.core.documents.queries import DocumentRow, DocumentSummary
from app.core.documents.search import SearchHit
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.ui.document.render_cache import PageRenderer
from app.ui.document.thumbnails import ThumbnailModel
from app.ui.library.library_model import DOCUMENT_ID_ROLE, LibraryModel
from app.ui.library.library_pane import LibraryPane
from app.ui.library.search_pane import SearchResultsModel
from tests.builders import make_text_pdf


def _library_of(lib: Library, tmp_path: Path, count: int) -> None:
    files = [make_text_pdf(tmp_path / f"doc-{i:03}.pdf", [f"document {i}"]) for i in range(count)]
    assert all(o.ok for o in import_paths(lib, files))


def test_library_model_passes_the_tester_and_fetches_lazily(
    qtmodeltester: ModelTester, library: Library, tmp_path: Path
) -> None:
    _library_of(library, tmp_path, 25)
    model = LibraryModel(library, page_rows=10)
    assert model.rowCount() == 10 and model.total == 25
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    assert model.data(model.index(0, 0)) == "doc-000"
    assert model.data(model.index(0, 1)) == "1"
    assert model.data(model.index(0, 6)) == "0/1"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Classification"
    qtmodeltester.check(model)


def test_library_model_sorts_and_filters_in_sql(
    qtmodeltester: ModelTester, library: Library, tmp_path: Path
) -> None:
    _library_of(library, tmp_path, 12)
    model = LibraryModel(library, page_rows=5)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "doc-011"  # the last title, though not loaded before
    model.set_filter("doc-00")
    assert model.total == 10 and model.rowCount() == 5
    doc_id = model.data(model.index(0, 0), DOCUMENT_ID_ROLE)
    assert model.row_of(DocumentId(doc_id)) == 0
    model.set_filter("nothing like this")
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_thumbnail_model(
    qtmodeltester: ModelTester, renderer: PageRenderer, review_doc: DocumentSummary
) -> None:
    model = ThumbnailModel(renderer)
    qtmodeltester.check(model)
    model.set_document(review_doc)
    assert model.rowCount() == 4
    assert model.data(model.index(0), Qt.ItemDataRole.DisplayRole) == "1"
    pixmap = model.data(model.index(2), Qt.ItemDataRole.DecorationRole)  # a synchronous render
    assert pixmap is not None and pixmap.height() < pixmap.width() * 1.0  # page 3 lies sideways
    qtmodeltester.check(model)


def test_search_results_model(qtmodeltester: ModelTester) -> None:
    model = SearchResultsModel()
    qtmodeltester.check(model)
    model.set_hits([SearchHit(DocumentId(1), "memo", PageId(3), 2, "the «courier» came", 1.0)])
    assert model.data(model.index(0)) == "memo — page 3\nthe «courier» came"
    qtmodeltester.check(model)


def test_library_model_queries_off_the_gui_thread(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.ui.base.workers import TaskRunner
    from app.ui.library import library_model

    _library_of(library, tmp_path, 7)
    threads: list[threading.Thread] = []
    query = library_model.list_documents

    def spy(*args: Any, **kwargs: Any) -> list[DocumentRow]:
        threads.append(threading.current_thread())
        return query(*args, **kwargs)

    monkeypatch.setattr(library_model, "list_documents", spy)
    runner = TaskRunner()
    model = LibraryModel(library, runner, page_rows=3)
    assert model.rowCount() == 0 and model.loading  # nothing read on the GUI thread
    with qtbot.waitSignal(model.reloaded):
        pass
    assert model.rowCount() == 3 and not model.loading
    assert threads and threading.main_thread() not in threads  # the first screenful too
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())  # one fetch at a time
    qtbot.waitUntil(lambda: model.rowCount() == 6)
    with qtbot.waitSignal(model.reloaded):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 3 and model.data(model.index(0, 0)) == "doc-006"
    qtmodeltester.check(model)
    runner.wait()


def test_search_hits_are_drawn_with_their_matches_marked(qtmodeltester: ModelTester) -> None:
    from app.ui.library.search_pane import SNIPPET_HTML_ROLE

    model = SearchResultsModel()
    model.set_hits([SearchHit(DocumentId(1), "a<b", PageId(3), 0, "x < «courier» y", 1.0)])
    html = model.data(model.index(0), SNIPPET_HTML_ROLE)
    assert html.startswith("<b>a&lt;b</b> — page 1<br>x &lt; <b ")
    assert ">courier</b> y" in html
    qtmodeltester.check(model)


def test_a_filter_that_matches_nothing_says_so(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    """An empty table said nothing when the filter matched no document."""
    _library_of(library, tmp_path, 3)
    pane = LibraryPane(LibraryModel(library, page_rows=5))
    qtbot.addWidget(pane)
    pane.show()
    pane.filter.setText("nothing like this")
    qtbot.waitUntil(lambda: pane.no_match.isVisible())
    assert pane.no_match.text() == "No document matches “nothing like this”."
    pane.filter.setText("doc-00")
    qtbot.waitUntil(lambda: not pane.no_match.isVisible())
    assert pane.model.rowCount() == 3


def test_end_in_the_table_goes_to_the_librarys_last_document(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    """End (and Ctrl+End) stopped at the last row read so far (the 200th of 316 documents)."""
    _library_of(library, tmp_path, 12)
    pane = LibraryPane(LibraryModel(library, page_rows=5))
    qtbot.addWidget(pane)
    pane.show()
    assert pane.model.rowCount() == 5
    pane.table.setCurrentIndex(pane.model.index(0, 0))
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: pane.table.currentIndex().row() == 11)
    assert pane.model.rowCount() == 12 and pane.model.data(pane.model.index(11, 0)) == "doc-011"
    qtbot.keyClick(pane.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert pane.table.currentIndex().row() == 0
    qtbot.keyClick(pane.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert pane.table.currentIndex().row() == 11
