"""OCR of pages with Tesseract: pages in parallel worker processes, results stored as text layers.

Each worker renders its page and reads it with single-threaded Tesseract (``OMP_THREAD_LIMIT=1``;
its library in the worker's process when that is the command's own, else the ``tesseract`` command):
on a small machine, one process per core beats Tesseract's own threads by far. At most one page
per worker is in flight, so memory stays bounded. The pages likely to take longest go first
(:func:`by_cost`), so that no core waits at the end while another reads a long page. A failure,
timeout or crash of one page fails that page only (:class:`app.core.supervisor.Supervisor` ends
the workers of a page stuck where no timeout reaches). The library is written in the calling
process, one short transaction per page; annotations of a re-OCRed page are re-anchored onto the
new layer (:mod:`app.core.ocr.reanchor`).
"""

from __future__ import annotations

import contextlib
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from typing import Any, Literal

import pymupdf

from app.core.changelog import utcnow
from app.core.documents.textlayer import insert_text_layer, set_active_layer
from app.core.errorlog import log_exception
from app.core.errors import NotFoundError, RedlineError, said_in_a_run
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.library import Library
from app.core.ocr.reanchor import reanchor_page
from app.core.ocr.tesseract import (
    DEFAULT_TIMEOUT_S,
    READING,
    RENDERING,
    OcrError,
    PageJob,
    PageResult,
    TesseractMissingError,
    active_tessdata,
    check_language,
    ocr_page_in_worker,
    require_tesseract,
    tesseract_available,
    tesseract_version,
)
from app.core.processes import pool_context, worker_count
from app.core.supervisor import Failure, Finished, Supervisor, Task
from app.core.wording import Sentence, translate

__all__ = [
    "OcrError",
    "OcrReport",
    "OcrStopped",
    "PageOutcome",
    "TesseractMissingError",
    "ocr_documents",
    "ocr_pages",
    "tesseract_available",
    "tesseract_version",
]

Progress = Callable[[int, int], None]  # (pages done, pages in the run)
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class PageOutcome:
    """One page's result: status ``ok``, ``failed`` or ``cancelled``, and a message."""

    page_id: PageId
    page_index: int
    status: Literal["ok", "failed", "cancelled"]
    message: str = ""
    words: int = 0
    text_layer_id: TextLayerId | None = None
    orphaned_annotations: int = 0


@dataclass
class OcrReport:
    """What an OCR run did, page by page."""

    pages: list[PageOutcome] = field(default_factory=list)
    engine_version: str = ""
    stopped_by: RedlineError | None = None  # the library stopped the run (:class:`OcrStopped`)

    @property
    def ok(self) -> int:
        return sum(1 for p in self.pages if p.status == "ok")

    @property
    def failed(self) -> list[PageOutcome]:
        return [p for p in self.pages if p.status == "failed"]

    @property
    def cancelled(self) -> int:
        return sum(1 for p in self.pages if p.status == "cancelled")


class OcrStopped(RedlineError):
    """The library stopped an OCR run (the disk full, the server gone): its error (``reason``,
    said as this error is) and ``report``, the pages read before it, each stored as it ended
    (they keep their new text; ``report.stopped_by`` is this error)."""

    def __init__(self, reason: RedlineError, report: OcrReport) -> None:
        super().__init__(*said_in_a_run(reason))
        self.reason, self.report = reason, report
        report.stopped_by = self


@dataclass(frozen=True)
class _PageRow:
    page_id: PageId
    page_index: int
    source: str


def _page_rows(lib: Library, page_ids: Sequence[PageId]) -> dict[PageId, _PageRow]:
    """Each page's index and source file, looked up 500 ids at a time (SQLite's variable cap)."""
    sql = (
        "SELECT p.id, p.page_index, d.source_sha256 FROM pages p JOIN documents d "
        "ON d.id = p.document_id WHERE p.id IN ({})"
    )
    ids = list(dict.fromkeys(page_ids))
    out: dict[PageId, _PageRow] = {}
    with lib.reading() as s:
        conn = s.connection()
        for k in range(0, len(ids), 500):
            chunk = tuple(ids[k : k + 500])
            for r in conn.exec_driver_sql(sql.format(",".join("?" * len(chunk))), chunk):
                page_id = PageId(int(r[0]))
                out[page_id] = _PageRow(page_id, int(r[1]), str(lib.source_path(r[2])))
    return out


def _store(
    lib: Library, job: PageJob, result: PageResult, version: str
) -> tuple[TextLayerId, int, int]:
    """Write one page's layer, activate it, re-anchor annotations: (layer id, words, orphans)."""
    now = utcnow()
    with lib.transaction() as session:
        conn = session.connection()
        layer_id, text = insert_text_layer(
            conn,
            job.page_id,
            result.words,
            source="tesseract",
            created_at=now,
            engine="tesseract",
            engine_version=version,
            language=job.language,
            dpi=result.dpi or job.dpi,  # (as read: fewer on a poster, an image file's own)
        )
        set_active_layer(conn, job.page_id, layer_id, text)
        anchors = reanchor_page(session, job.page_id, layer_id, text, now)
    return layer_id, len(result.words), len(anchors.orphaned)


def page_ink(source: str, indices: Iterable[int]) -> dict[int, int]:
    """How much a scan holds on each of these pages, as the bytes of its images' compressed
    streams (the whole file's size for an image file); 0 where that cannot be told."""
    out = dict.fromkeys(indices, 0)
    with contextlib.suppress(Exception), pymupdf.open(source) as doc:  # (damaged: no order)
        if not doc.is_pdf:
            return dict.fromkeys(out, os.path.getsize(source))
        for index in out:
            with contextlib.suppress(Exception):
                images = doc.load_page(index).get_images()
                out[index] = sum(len(doc.xref_stream_raw(img[0]) or b"") for img in images)
    return out


def by_cost(jobs: Sequence[PageJob]) -> list[PageJob]:
    """The jobs, those likely to take longest first (others in their order).

    Tesseract's time on a page follows the ink on it, which the size of a scan's compressed
    image follows: on the 63-page JFK file the two correlate at 0.9. Longest first, the pages
    still running when the queue empties are the shortest, so the tail where one core waits for
    the other is short: on 7 pages of that file 2.72 s of work a core instead of 3.11 s in page
    order (the pages' CPU times, two workers).
    """
    by_source: dict[str, list[int]] = defaultdict(list)
    for job in jobs:
        by_source[job.source].append(job.page_index)
    ink = {src: page_ink(src, indices) for src, indices in by_source.items()}
    return sorted(jobs, key=lambda j: -ink[j.source].get(j.page_index, 0))


def _page_result(job: PageJob, finished: Finished[PageResult]) -> PageResult:
    """A page's result, or the reason the supervisor gives for there being none."""
    if finished.result is not None:
        return finished.result
    if finished.failure is Failure.LATE:
        return PageResult(job.page_id, error=_late(finished.stage, job.timeout_s))
    if finished.failure is Failure.CRASHED:
        crashed = translate("Redline", "the OCR worker process crashed on this page")
        return PageResult(job.page_id, error=Sentence(crashed))
    if finished.error is not None:  # (Failure.RAISED: a page MuPDF cannot render, say)
        log_exception(finished.error, f"OCR of page {job.page_index + 1} of {job.source}")
        failed = translate("Redline", "the page could not be read: {reason}")
        return PageResult(job.page_id, error=Sentence(failed.format(reason=finished.error.reason)))
    return PageResult(job.page_id, error="cancelled")


def _late(stage: int, timeout_s: float) -> Sentence:
    """Why a page its worker was ended for is late: what it was doing then."""
    if stage == RENDERING:
        late = translate("Redline", "rendering the page took longer than {timeout_s:g} s")
    elif stage == READING:
        late = translate("Redline", "Tesseract took longer than {timeout_s:g} s")
    else:  # (it said nothing: it never started)
        late = translate("Redline", "the page took longer than {timeout_s:g} s")
    return Sentence(late.format(timeout_s=timeout_s))


def ocr_pages(
    lib: Library,
    page_ids: Sequence[PageId],
    *,
    language: str = "eng",
    dpi: int = 300,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> OcrReport:
    """OCR ``page_ids`` in parallel and store each as the page's active text layer."""
    exe = require_tesseract()
    check_language(language)
    report = OcrReport(engine_version=tesseract_version())
    rows = _page_rows(lib, list(page_ids)) if page_ids else {}
    for missing in (p for p in page_ids if p not in rows):
        report.pages.append(
            PageOutcome(missing, -1, "failed", Sentence(translate("Redline", "no such page")))
        )
    tessdata = active_tessdata()
    jobs = [
        PageJob(
            r.page_id,
            r.source,
            r.page_index,
            language,
            dpi,
            timeout_s,
            tesseract=exe,
            tessdata=tessdata,
        )
        for r in (rows[p] for p in dict.fromkeys(page_ids) if p in rows)
    ]
    if progress is not None:
        progress(0, len(jobs))
    if jobs:
        tasks = [Task(ocr_page_in_worker, (j,), j.timeout_s, j) for j in by_cost(jobs)]
        with (
            Supervisor(worker_count(len(jobs)), context=pool_context()) as workers,
            # (a page that raises fails alone; an error here stops the workers)
            closing(workers.run(tasks, cancel, contain=True)) as results,
        ):
            done = 0
            for finished in results:
                job = finished.task.tag
                result = _page_result(job, finished)
                try:
                    outcome = _outcome(lib, job, result, report.engine_version)
                except RedlineError as exc:  # (the library's: leaving stops the workers)
                    _in_order(report, page_ids)
                    raise OcrStopped(exc, report) from exc
                report.pages.append(outcome)
                if outcome.status != "cancelled":  # (a bar filled by them says all got done)
                    done += 1
                    if progress is not None:
                        progress(done, len(jobs))
    _in_order(report, page_ids)
    return report


def _in_order(report: OcrReport, page_ids: Sequence[PageId]) -> None:
    """The report's pages in the order asked for (they end in any order)."""
    order = {p: i for i, p in enumerate(page_ids)}
    report.pages.sort(key=lambda o: order.get(o.page_id, -1))


def _outcome(lib: Library, job: PageJob, result: PageResult, version: str) -> PageOutcome:
    pid = job.page_id
    if result.error == "cancelled":
        return PageOutcome(pid, job.page_index, "cancelled", "cancelled")
    if result.error is not None:
        return PageOutcome(pid, job.page_index, "failed", result.error)
    layer_id, words, orphans = _store(lib, job, result, version)
    msg = f"{words} words" + (f", {orphans} annotations orphaned" if orphans else "")
    return PageOutcome(pid, job.page_index, "ok", msg, words, layer_id, orphans)


def document_pages(
    lib: Library, doc_id: DocumentId, *, only_needing_ocr: bool = False
) -> list[PageId]:
    """The page ids of a document in page order (optionally only those without text)."""
    sql = "SELECT id, needs_ocr FROM pages WHERE document_id = ? ORDER BY page_index"
    with lib.reading() as s:
        conn = s.connection()
        if conn.exec_driver_sql("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).first() is None:
            raise NotFoundError(
                translate("Redline", "there is no document {doc_id}").format(doc_id=doc_id)
            )
        rows = conn.exec_driver_sql(sql, (doc_id,)).all()
    return [PageId(int(r[0])) for r in rows if r[1] or not only_needing_ocr]


def ocr_documents(
    lib: Library,
    doc_ids: Sequence[DocumentId],
    mode: Literal["auto", "always"] = "auto",
    **options: Any,
) -> OcrReport:
    """OCR several documents in one run (one pool, all cores busy even on 1-page documents)."""
    only = mode == "auto"
    pages = [p for d in doc_ids for p in document_pages(lib, d, only_needing_ocr=only)]
    return ocr_pages(lib, pages, **options) if pages else OcrReport()
