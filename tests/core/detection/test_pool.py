"""Detecting many documents starts the redaction-box search's worker processes once, not once a
document, and finds what detecting each document alone finds."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from app.core import processes, supervisor
from app.core.annotating.annotations import list_annotations
from app.core.annotating.records import AnnotationFilter
from app.core.detection import run as detect
from app.core.documents.ingest import import_file
from app.core.library import Library
from app.core.processes import worker_pool
from app.core.supervisor import Supervisor
from app.samples.generator import generate_memo_pdf


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
