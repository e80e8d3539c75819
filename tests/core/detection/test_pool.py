"""Detecting many documents starts the redaction-box search's worker processes once, not once a
document, and finds what detecting each document alone finds; the next document's work starts
while the last pages of one end, each document is stored as its work ends, and the documents
are reported in turn."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from app.core import processes, supervisor
from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.records import AnnotationFilter
from app.core.detection import redactions, scan_plan
from app.core.detection import run as detect
from app.core.documents.ingest import import_file
from app.core.errors import NotFoundError
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.processes import worker_pool
from app.core.supervisor import Supervisor
from app.samples.generator import generate_memo_pdf
from tests.builders import make_text_pdf


def _proposals(lib: Library) -> list[tuple[str, str]]:
    return sorted(
        (r.kind, repr(sorted(r.body.items())))
        for r in list_annotations(lib, AnnotationFilter(status="proposed"))
    )


def test_one_pool_for_all_documents_finds_what_each_alone_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdfs = [tmp_path / f"memo{i}.pdf" for i in range(3)]
    for i, pdf in enumerate(pdfs):
        generate_memo_pdf(pdf, pages=2, dpi=100, seed=i, text_layer="noisy")
    started: list[int] = []
    real = worker_pool

    def counting(*args: Any, **kwargs: Any) -> Executor:
        started.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(supervisor, "worker_pool", counting)
    found = []
    for together in (True, False):
        with Library.open(tmp_path / f"lib{together}") as lib:
            ids = [import_file(lib, p).document_id for p in pdfs]
            started.clear()
            if together:
                detect.detect_documents(lib, ids)  # type: ignore[arg-type]
            else:
                for doc_id in ids:
                    detect.detect_document(lib, doc_id)  # type: ignore[arg-type]
            assert len(started) == (1 if together else 3)
            found.append(_proposals(lib))
    assert found[0] == found[1] and any(kind == "redaction" for kind, _ in found[0])


class _Inline(Executor):
    """Runs each task here at once, noting the task functions it was given (the task's own:
    :func:`supervisor._in_slot`, which runs it, is loaded with the worker's initializer)."""

    def __init__(self) -> None:
        self.functions: list[Callable[..., Any]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.functions.append(args[2] if fn is supervisor._in_slot else fn)  # (slot, contain, fn)
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


@pytest.mark.usefixtures("no_documents_left_open")
def test_the_search_runs_in_a_preloaded_module_and_opens_the_source_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = tmp_path / "memo.pdf"
    generate_memo_pdf(pdf, pages=3, dpi=100, seed=1, text_layer="noisy")
    with Library.open(tmp_path / "lib") as lib:
        doc_id = import_file(lib, pdf).document_id
        opened: list[str] = []
        real = pymupdf.open

        def counting(path: str, *args: object, **kwargs: object) -> pymupdf.Document:
            opened.append(str(path))
            return real(path, *args, **kwargs)

        monkeypatch.setattr(pymupdf, "open", counting)
        pool = _Inline()
        with Supervisor(1, executor=lambda _workers: pool) as workers:
            summary = detect.detect_document(lib, doc_id, supervisor=workers)  # type: ignore[arg-type]
    # Per page a box search, and a strike check of its banner levels (the generated memo's text
    # layer has them), all reading the one source opened once.
    assert summary.pages == 3 and len(pool.functions) == 6 and len(opened) == 1
    # The fork server has these modules loaded: its workers need not import the library's.
    assert {f.__module__ for f in pool.functions} <= set(processes.PRELOAD)


def _two_documents(lib: Library, tmp_path: Path, pages: list[str]) -> list[DocumentId]:
    """Documents "first" and "second", text PDFs of ``pages``, imported: their ids."""
    ids = []
    for name in ("first", "second"):
        doc_id = import_file(lib, make_text_pdf(tmp_path / f"{name}.pdf", pages)).document_id
        assert doc_id is not None
        ids.append(doc_id)
    return ids


def test_the_next_document_begins_while_the_last_page_of_one_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two workers, two documents of two pages: the first document's last page ends only once
    the second document's work has begun beside it (it waits for that, at most 10 s). The first
    document is still reported first, and progress counts the pages of both as they end, once
    through the run (4 pages), wherever they are."""
    began_beside = threading.Event()
    waited: list[bool] = []  # whether the first document's last page saw the second begin
    real = redactions.page_redactions

    def search(source: str, kind: str, index: int, *args: Any) -> Any:
        if source == first_source and index == 1:
            waited.append(began_beside.wait(10.0))
            time.sleep(0.3)  # (and ends after the second document's first page)
        elif source != first_source:
            began_beside.set()
        return real(source, kind, index, *args)

    monkeypatch.setattr(scan_plan, "page_redactions", search)
    pages = ["Memorandum for the file, page one.", "Memorandum for the file, page two."]
    with Library.open(tmp_path / "library") as lib:
        ids = _two_documents(lib, tmp_path, pages)
        first_source = str(lib.source_path(detect._source(lib, ids[0])[0]))
        progress: list[tuple[int, int]] = []
        begun: list[tuple[int, int]] = []  # (document, pages done when it began)
        with Supervisor(2, executor=ThreadPoolExecutor) as workers:
            summaries = detect._detect(  # (the run detect_documents makes, in threads)
                lib, ids, lambda d, t: progress.append((d, t)), None, True, workers,
                lambda doc: begun.append((doc, progress[-1][0])),
            )  # fmt: skip
    assert waited == [True]
    assert [s.document_id for s in summaries] == ids
    # each document said as it begins: the second asked for ahead, before a page has ended
    # (supervisor.AHEAD), so that a worker ending the first one's pages has the next at hand
    assert begun == [(ids[0], 0), (ids[1], 0)]
    # From none to all four, a page at a time, never back: the bar does not start again at
    # each document (nor stand full on one while the next is read).
    assert progress == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


def test_a_document_is_stored_as_it_ends_not_after_one_begun_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first document's page is still searched when the second ends: the second is stored
    then (it waited for the first, unstored: a run the library stopped meanwhile lost it, as a
    window's run on a server that went away did), and the run still reports them in order."""
    second_stored = threading.Event()
    waited: list[bool] = []
    real_search, real_store = redactions.page_redactions, detect._store

    def search(source: str, kind: str, index: int, *args: Any) -> Any:
        if source == first_source:
            waited.append(second_stored.wait(10.0))
        return real_search(source, kind, index, *args)

    def store(lib: Library, document_id: DocumentId, *args: Any) -> Any:
        summary = real_store(lib, document_id, *args)
        if document_id == ids[1]:
            second_stored.set()
        return summary

    monkeypatch.setattr(scan_plan, "page_redactions", search)
    monkeypatch.setattr(detect, "_store", store)
    with Library.open(tmp_path / "library") as lib:
        ids = _two_documents(lib, tmp_path, ["SECRET\nMemorandum, one page.\nSECRET"])
        first_source = str(lib.source_path(detect._source(lib, ids[0])[0]))
        with Supervisor(2, executor=ThreadPoolExecutor) as workers:
            summaries = detect._detect(lib, ids, None, None, True, workers)
    assert waited == [True]  # (the second was stored while the first was searched)
    assert [s.document_id for s in summaries] == ids


def test_a_document_that_cannot_be_begun_ends_the_run_after_those_before_it_are_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second document cannot be read (gone from the library) while the first one's last
    page is still being searched: the first is stored all the same, then the error is raised,
    as when documents ran one after the other."""
    asked = threading.Event()  # the second document was begun (and failed)
    real_search, real_source = redactions.page_redactions, detect._source

    def search(source: str, kind: str, index: int, *args: Any) -> Any:
        if index == 1:
            asked.wait(10.0)  # the first document's last page ends after that
        return real_search(source, kind, index, *args)

    def source_of(lib: Library, doc_id: Any) -> tuple[str, str]:
        if doc_id == ids[1]:
            asked.set()
            raise NotFoundError(f"No document with id {doc_id}.")
        return real_source(lib, doc_id)

    monkeypatch.setattr(scan_plan, "page_redactions", search)
    monkeypatch.setattr(detect, "_source", source_of)
    pages = ["SECRET\nMemorandum, page one.\nSECRET", "SECRET\nMemorandum, page two.\nSECRET"]
    with Library.open(tmp_path / "library") as lib:
        ids = _two_documents(lib, tmp_path, pages)
        with (
            Supervisor(2, executor=ThreadPoolExecutor) as workers,
            pytest.raises(detect.DetectionStopped) as stopped,
        ):
            detect._detect(lib, ids, None, None, True, workers)
        assert asked.is_set()
        assert isinstance(stopped.value.reason, NotFoundError)  # said as it: "No document …"
        assert stopped.value.document_id == ids[1]
        assert [d.document_id for d in stopped.value.done] == [ids[0]]
        with lib.reading() as s:
            stored = s.connection().exec_driver_sql(
                "SELECT DISTINCT p.document_id FROM annotations a JOIN pages p ON p.id = a.page_id"
            )
            assert [d for (d,) in stored] == [ids[0]]


def test_a_document_whose_beginning_cannot_be_said_ends_the_run_as_one_that_cannot_be_begun(
    tmp_path: Path,
) -> None:
    """``begun`` (which names the document in the window, from the library) failing for the
    second document: the first is stored, then the error is raised, as for a document gone."""
    pages = ["SECRET\nMemorandum, page one.\nSECRET"]
    with Library.open(tmp_path / "library") as lib:
        ids = _two_documents(lib, tmp_path, pages)

        def begun(doc_id: DocumentId) -> None:
            if doc_id == ids[1]:
                raise NotFoundError(f"No document with id {doc_id}.")

        with (
            Supervisor(2, executor=ThreadPoolExecutor) as workers,
            pytest.raises(detect.DetectionStopped, match="No document with id") as stopped,
        ):
            detect._detect(lib, ids, None, None, True, workers, begun)
        assert stopped.value.document_id == ids[1]
        assert [d.document_id for d in stopped.value.done] == [ids[0]]
        with lib.reading() as s:
            stored = s.connection().exec_driver_sql(
                "SELECT DISTINCT p.document_id FROM annotations a JOIN pages p ON p.id = a.page_id"
            )
            assert [d for (d,) in stored] == [ids[0]]
