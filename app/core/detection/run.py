"""Running detection over library documents: marking and redaction proposals, and metadata.

Each document is read, detected page by page (progress and cancel between pages; the work on the
scans in worker processes, planned and taken in by :mod:`.scan_plan`), and written in one
transaction (:mod:`.stored`): annotations with status "proposed" and origin "detector", and
document_metadata rows.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Sequence
from contextlib import ExitStack, closing, suppress
from dataclasses import dataclass, field, replace
from typing import Any

from app.core.detection.marking_confidence import WordBox
from app.core.detection.markings import detect_markings
from app.core.detection.scan_plan import (
    PARTS,
    UNREAD,
    ScanPlan,
    failed_note,
    levels_with_boxes,
    plan_rescans,
    plan_scan,
    take,
)
from app.core.detection.stored import (
    DetectionSummary,
    PageData,
    on_page,
    read_pages,
    store,
)
from app.core.documents.queries import document_titles
from app.core.errorlog import log_exception
from app.core.errors import NotFoundError, RedlineError, said_in_a_run
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr.tesseract import tesseract_path
from app.core.processes import pool_context, worker_count
from app.core.supervisor import Failure, Finished, Supervisor, Task
from app.core.wording import Text, translate

Progress = Callable[[int, int], None]  # (pages done, pages)
Begun = Callable[[DocumentId], None]  # a document's detection begins (before its text is read)
Cancel = Callable[[], bool]
_store = store  # (what a run stores with: tests stand in one that fails)


class DetectionCancelled(Exception):
    """The person cancelled; nothing was written for the document being detected
    (``document_id``). ``done``: the documents the same run detected before it (stored, each in
    its own transaction)."""

    def __init__(
        self, document_id: DocumentId | None = None, done: Sequence[DetectionSummary] = ()
    ) -> None:
        super().__init__(document_id, tuple(done))
        self.document_id, self.done = document_id, tuple(done)

    def __str__(self) -> str:
        if self.document_id is None:
            return "detection cancelled"
        return f"detection cancelled: nothing written for document {self.document_id}"


class DetectionStopped(RedlineError):
    """The library stopped a run of several documents (a full disk, a server gone): its error
    (``reason``, said as this error is), nothing written for the document in hand
    (``document_id``), and ``done``, the documents stored before it (each in its own
    transaction: they keep their proposals, and the person is told which)."""

    def __init__(
        self,
        reason: RedlineError,
        document_id: DocumentId | None,
        done: Sequence[DetectionSummary] = (),
    ) -> None:
        super().__init__(*said_in_a_run(reason))
        self.reason, self.document_id, self.done = reason, document_id, tuple(done)


def _source(lib: Library, doc_id: DocumentId) -> tuple[str, str]:
    with lib.reading() as s:
        row = (
            s.connection()
            .exec_driver_sql(
                "SELECT source_sha256, source_kind FROM documents WHERE id = ?", (doc_id,)
            )
            .first()
        )
    if row is None:
        raise NotFoundError(
            translate("Redline", "No document with id {doc_id}.").format(doc_id=doc_id)
        )
    return str(row[0]), str(row[1])


def _detect_markings(page: PageData) -> None:
    boxes = [WordBox(s, e, b.x0, b.y0, b.x1, b.y1) for s, e, _, b, _, _ in page.words if b]
    page.detections = detect_markings(
        page.text, words=boxes or None, page_size=(page.width, page.height)
    )


class _Pages:
    """The progress of a run over documents, in pages of them all: a run starts the next
    document's work while one's last pages end, so the pages done are counted wherever they
    are, and the bar goes once through the whole run rather than once through each document."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.progress, self.done = total, progress, 0
        if progress is not None:
            progress(0, total)

    def step(self, pages: int) -> None:
        self.done += pages
        self.total = max(self.total, self.done)  # (a page added since the run was counted)
        if pages and self.progress is not None:
            self.progress(self.done, self.total)


@dataclass
class _DocumentRun:
    """One document under detection: its pages (their text's markings found), the work on its
    scans (:class:`ScanPlan`) and what has come back of it; its pages done count in the run's
    progress (``counted``) as they end."""

    document_id: DocumentId
    pages: list[PageData]
    plan: ScanPlan
    counted: _Pages
    notes: dict[int, list[tuple[int, Text]]] = field(default_factory=dict)  # (rank, note)s
    done: int = 0  # pages whose work on the scan has ended

    @property
    def complete(self) -> bool:
        return self.done == len(self.pages)

    def step(self, pages: int) -> None:
        self.done += pages
        self.counted.step(pages)

    def take(self, finished: Finished[Any]) -> None:
        """One of its tasks ended (its tag: this run, page position, what)."""
        _, i, what = finished.task.tag
        page = self.pages[i]
        if finished.failure is None:
            note = take(page, what, finished.result, self.plan.keys.get(i))
            if note:  # (ranked: a page's tasks end in any order, its notes read in one)
                self.notes.setdefault(i, []).append((list(UNREAD).index("bands"), note))
        else:
            if finished.error is not None:  # (Failure.RAISED)
                where = f"detection: document {self.document_id}, page {page.index + 1}, {what}"
                log_exception(finished.error, where)
            for part in PARTS.get(what, (what,)):  # each reading the task held is lost
                self.notes.setdefault(i, []).append(
                    (list(UNREAD).index(part), failed_note(UNREAD[part], finished))
                )
        self.plan.waiting[i] -= 1
        if not self.plan.waiting[i]:
            self.step(1)

    def warnings(self) -> list[Text]:
        return [
            n if i < 0 else on_page(self.pages[i].index, n)
            for i in sorted(self.notes)
            for _, n in sorted(self.notes[i], key=lambda ranked: ranked[0])
        ]


class InHand:
    """The progress of a run over documents that names the one it began last: ``report(done,
    total, title)`` on each step of its pages and as each document begins (``progress`` and
    ``begun`` are the run's callbacks). ``titles``: those of the documents begun, read as each
    began (a report of a run the library stopped names them by it, when it cannot read them)."""

    def __init__(self, lib: Library, report: Callable[[int, int, str], None]) -> None:
        self.lib, self.report = lib, report
        self.done, self.total, self.title = 0, 0, ""
        self.titles: dict[DocumentId, str] = {}

    def progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        self.report(done, total, self.title)

    def begun(self, doc_id: DocumentId) -> None:
        self.title = document_titles(self.lib, [doc_id]).get(doc_id, "")
        if self.title:
            self.titles[doc_id] = self.title
        self.report(self.done, self.total, self.title)

    def titles_of(self, ids: Sequence[DocumentId]) -> dict[DocumentId, str]:
        """The titles of ``ids``: those read as each began, the others read now — or not, when
        the library does not answer (the library that stopped the run: they go unnamed)."""
        titles = dict(self.titles)
        missing = [d for d in dict.fromkeys(ids) if d not in titles]
        if missing:
            with suppress(RedlineError):
                titles.update(document_titles(self.lib, missing))
        return titles


def _page_count(lib: Library, document_ids: Sequence[DocumentId]) -> int:
    """How many pages the documents have (those the library still has)."""
    ids = list(dict.fromkeys(document_ids))
    total = 0
    with lib.reading() as s:
        for i in range(0, len(ids), 500):  # (SQLite's bound parameters: a few hundred at a time)
            chunk = ids[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            total += int(
                s.connection()
                .exec_driver_sql(
                    f"SELECT COUNT(*) FROM pages WHERE document_id IN ({marks})", tuple(chunk)
                )
                .scalar_one()
            )
    return total


def _begin(
    lib: Library,
    document_id: DocumentId,
    counted: _Pages,
    cancel: Cancel | None,
    redactions: bool,
) -> _DocumentRun:
    """Read a document, find its text's markings and plan the work on its scans: the search of
    every page for redaction boxes, the planned pages' banners re-read. Its tasks are tagged
    with the run itself."""
    sha, kind = _source(lib, document_id)
    with lib.reading() as s:
        pages = read_pages(s.connection(), document_id)
    source = lib.source_path(sha)
    for page in pages:
        if cancel is not None and cancel():
            raise DetectionCancelled(document_id)
        _detect_markings(page)
    plan_rescans(pages)
    scan_side = source.exists() and (
        redactions or any(p.rescan or levels_with_boxes(p) for p in pages)
    )
    plan, notes = ScanPlan(), dict[int, list[tuple[int, Text]]]()
    if scan_side:
        exe = tesseract_path()
        if exe is None and any(p.rescan for p in pages):
            unread = translate(
                "Redline", "Tesseract is not installed: banners were not re-read from the scans"
            )
            notes[-1] = [(0, unread)]
        plan = plan_scan(str(source), sha, kind, pages, exe, redactions)
    else:  # the text side is quick: progress counts the work on the scans
        for p in pages:
            p.rescan = False
    run = _DocumentRun(document_id, pages, plan, counted, notes)
    plan.tasks = [replace(t, tag=(run, *t.tag)) for t in plan.tasks]
    run.step(sum(1 for i in range(len(pages)) if i not in plan.waiting))
    return run


def _detect(
    lib: Library,
    document_ids: Sequence[DocumentId],
    progress: Progress | None,
    cancel: Cancel | None,
    redactions: bool,
    supervisor: Supervisor,
    begun: Begun | None = None,
) -> list[DetectionSummary]:
    """Detect in each document, each stored as its work ends (one transaction each; the
    summaries in the order asked). The work on the scans
    runs in ``supervisor``'s workers, the next documents begun ahead while they work
    (:data:`app.core.supervisor.AHEAD`): no worker waits while a document's last pages end. A
    page's work still running :data:`.scan_plan.PAGE_TIMEOUT_S` (+ the supervisor's overrun)
    after it started is ended and warned of, as is one that raises in its worker; the others go
    on. ``progress``: pages of all the documents, as their work ends (whichever document they
    are of); ``begun(id)``: a document's detection begins, before its text is read (the next
    ones' may begin before one's last pages end). Cancelled: within about half a second of
    ``cancel()``, :class:`DetectionCancelled` names the first document begun and not stored
    (nothing written for it) and holds those stored; stopped by the library (a
    :class:`RedlineError`: the disk full, the server gone), :class:`DetectionStopped` holds
    those stored, its reason, and the document whose store or beginning failed (None when the
    failure was no document's)."""
    out: list[DetectionSummary] = []
    under_way: deque[_DocumentRun] = deque()  # begun, not stored, in the order begun
    waiting = iter(document_ids)
    # beginning a document failed: raised once those before end (the document, the error)
    failed: list[tuple[DocumentId, Exception]] = []
    storing: list[DocumentId] = []  # the document being stored (a failed store names it)
    counted = _Pages(_page_count(lib, document_ids), progress)

    def store_ended() -> None:
        # Each document as its work ends, wherever it is in the run: one begun after another
        # still searched ended first, and waited for it unstored (a run the server stopped
        # meanwhile lost it, though it had ended).
        for run in [r for r in under_way if r.complete]:
            if cancel is not None and cancel():
                raise DetectionCancelled(run.document_id)
            storing[:] = [run.document_id]
            out.append(_store(lib, run.document_id, run.pages, run.warnings()))
            under_way.remove(run)
            storing.clear()

    def more() -> list[Task[Any]] | None:
        for document_id in waiting:
            if cancel is not None and cancel():
                return None
            try:
                if begun is not None:  # (a failure here is the document's, as below)
                    begun(document_id)
                run = _begin(lib, document_id, counted, cancel, redactions)
            except DetectionCancelled:
                raise
            except Exception as exc:  # (a document gone, a database error: see below)
                failed.append((document_id, exc))
                return None
            under_way.append(run)
            if run.plan.tasks:
                return run.plan.tasks
            store_ended()
        return None

    try:
        with closing(supervisor.run([], cancel, contain=True, more=more)) as results:
            for finished in results:  # (leaving early stops the workers: the closing above)
                if finished.failure is Failure.CANCELLED:
                    raise DetectionCancelled(finished.task.tag[0].document_id)
                finished.task.tag[0].take(finished)
                store_ended()
        store_ended()
        if under_way:  # (cancelled: the supervisor handed out no more)
            raise DetectionCancelled(under_way[0].document_id)
        if failed:  # the documents begun before it are stored, as when they ran one by one
            raise failed[0][1]
    except DetectionCancelled as stop:
        in_hand = under_way[0].document_id if under_way else stop.document_id
        raise DetectionCancelled(in_hand, _in_order(out, document_ids)) from None
    except RedlineError as exc:  # (the library's: the disk full, the server gone, a document gone)
        # In hand: the document whose store or beginning failed; none when it was neither
        # (the others begun and not stored are among those not detected).
        in_hand = storing[0] if storing else (failed[0][0] if failed else None)
        raise DetectionStopped(exc, in_hand, _in_order(out, document_ids)) from exc
    return _in_order(out, document_ids)


def _in_order(
    summaries: Sequence[DetectionSummary], document_ids: Sequence[DocumentId]
) -> list[DetectionSummary]:
    """The documents' summaries in the order they were asked for (they are stored as they end)."""
    place = {d: i for i, d in reversed(list(enumerate(document_ids)))}
    return sorted(summaries, key=lambda s: place.get(s.document_id, len(place)))


def detect_document(
    lib: Library,
    document_id: DocumentId,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    redactions: bool = True,
    supervisor: Supervisor | None = None,
) -> DetectionSummary:
    """Detect markings and redactions in one document and store them as proposals.

    Markings are read from the text here; redaction boxes and banners, which need each page
    rendered, are searched in worker processes (``supervisor``'s, or its own) so that a GUI
    calling this from a thread stays responsive.
    """
    with ExitStack() as stack:
        if supervisor is None:
            with lib.reading() as s:
                count = s.connection().exec_driver_sql(
                    "SELECT count(*) FROM pages WHERE document_id = ?", (document_id,)
                )
                workers = worker_count(max(1, int(count.scalar_one())))
            supervisor = stack.enter_context(Supervisor(workers, context=pool_context()))
        summaries = _detect(lib, [document_id], progress, cancel, redactions, supervisor)
    if not summaries:  # cancelled before it began
        raise DetectionCancelled(document_id)
    return summaries[0]


def detect_documents(
    lib: Library,
    document_ids: Sequence[DocumentId],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    redactions: bool = True,
    begun: Begun | None = None,
) -> list[DetectionSummary]:
    """Detect in each document (each stored as it ends, in a transaction of its own;
    ``progress``: the pages of all
    the documents; ``begun(id)``: a document's detection begins); stops early when cancelled:
    between two documents it returns those detected, within one it raises
    :class:`DetectionCancelled` with them. The worker processes of the work on the scans
    (redaction boxes, banners re-read) are started once for all the documents, and the next
    document's work starts as soon as a worker is free."""
    workers = worker_count(sys.maxsize)  # one per usable core (started when first needed)
    with Supervisor(workers, context=pool_context()) as supervisor:
        return _detect(lib, document_ids, progress, cancel, redactions, supervisor, begun)
