"""Reading a file's pages: size and rotation of each, and a PDF's text layer laid out and packed.

Pages are handed to the writer in order as they come, so a long document never sits in memory
whole. PyMuPDF's word extraction is most of an import's work (1.1 ms for a page of 440 words,
1.7 times what ``pdftotext`` takes for the whole page, and laying out and packing the words adds
0.3 ms), so no single process can import within twice ``pdftotext``'s time. A PDF of
:data:`PARALLEL_MIN_PAGES` pages or more is therefore read in worker processes, one per core:
each opens the file itself and returns its pages' text and packed words (:class:`PackedLayer`)
in chunks, while the importing process writes them in order into its one transaction. Shorter
PDFs and images are read in the importing process, where starting workers (20-30 ms) would cost
more than they save. One :class:`PagePool` serves every file of an import, and can start reading
the first before the library is open. Workers start as :func:`app.core.processes.pool_context`
says: a fork server when the GUI imports from a thread. When no worker can be started at all (a
limit on processes), the file is read here instead. Wherever a PDF is read, its pages' identical
fonts are made one first (:mod:`app.core.documents.fonts`), so MuPDF loads each font once.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections import deque
from collections.abc import Callable, Generator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass

import pymupdf

from app.core.documents.fonts import FontSharing
from app.core.documents.textlayer import PackedLayer, pack_pdf_words
from app.core.errors import IngestError
from app.core.processes import worker_count, worker_document, worker_pool
from app.core.wording import translate

pymupdf.TOOLS.mupdf_display_errors(False)  # MuPDF's own warnings go to our messages, not stderr

CancelCheck = Callable[[], bool]

PARALLEL_MIN_PAGES = 40  # below this, starting worker processes costs more than they save
CHUNK_PAGES = 16  # pages a worker reads per task: fewer round trips, prompt enough cancelling
IN_FLIGHT = 2  # chunks per worker submitted while pages are being written: none pile up unwritten
READ_AHEAD = 4  # chunks per worker read before the library is open (see PagePool.read_ahead)


class ImportCancelled(Exception):
    """The person cancelled; the document being imported was rolled back."""


@dataclass(frozen=True, slots=True)
class ParsedPage:
    width: float  # PDF points of the unrotated page
    height: float
    rotation: int
    layer: PackedLayer | None  # the PDF's text layer; None when the page has no words


def read_page(doc: pymupdf.Document, index: int, kind: str) -> ParsedPage:
    try:
        page = doc.load_page(index)
        box = page.cropbox  # the unrotated page: words and regions are stored in its space
        words = page.get_text("words") if kind == "pdf" else []
    except Exception as exc:  # MuPDF raises several types for damaged content
        raise IngestError(
            translate("Redline", "page {value} is damaged and cannot be read ({exc})").format(
                value=index + 1, exc=exc
            )
        ) from exc
    layer = pack_pdf_words(words) if words else None
    return ParsedPage(box.width, box.height, page.rotation, layer)


def read_chunk(path: str, start: int, stop: int, identity: tuple[int, int]) -> list[ParsedPage]:
    """Worker process: pages ``start`` to ``stop - 1`` of the PDF at ``path`` (kept open for the
    worker's next chunk while the file's ``identity``, its size and time, is the same)."""
    try:
        doc = worker_document(path, "pdf", identity)
    except Exception as exc:  # MuPDF raises several types for broken files
        raise IngestError(
            translate("Redline", "the file is damaged and cannot be read ({exc})").format(exc=exc)
        ) from exc
    return list(_read_pages(doc, range(start, stop), "pdf", _worker_fonts(doc)))


_fonts: FontSharing | None = None  # a worker's, for the document it has open


def _worker_fonts(doc: pymupdf.Document) -> FontSharing:
    """The worker's :class:`FontSharing` for ``doc``, kept for its next chunk of the same file."""
    global _fonts
    if _fonts is None or _fonts.doc is not doc:
        _fonts = FontSharing(doc)
    return _fonts


def _read_pages(
    doc: pymupdf.Document, indexes: range, kind: str, fonts: FontSharing | None
) -> Generator[ParsedPage, None, None]:
    """These pages, each page's fonts first made those of the pages before it (``fonts``: the
    document's :class:`FontSharing`; MuPDF then loads each only once)."""
    for index in indexes:
        if fonts is not None:
            fonts.share(index)
        yield read_page(doc, index, kind)


class WorkersUnavailable(Exception):
    """No worker process could be started (a limit on processes or memory)."""


def _identity(path: str) -> tuple[int, int]:
    """What tells a file from the same path rewritten: its size and modification time."""
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


def _worker_started() -> None:
    # A worker forked from `redline`, which pauses the collector while it starts
    # (app.core.startup), collects again: it lives as long as the import. What it inherited
    # (PyMuPDF and the rest, forked before the parent's own gc.freeze) is frozen first: the
    # first collections walked all of it, and wrote to every page of it that fork shared (on
    # the real scans, 60 ms of the workers' 0.9 s CPU, 13% of their wall time).
    gc.freeze()
    gc.enable()


class _Reading:
    """One file's chunks in flight (``depth`` per worker at most), submitted in page order."""

    def __init__(self, path: str, count: int) -> None:
        self.path, self.count = path, count
        self.identity = _identity(path)
        self.pending: deque[tuple[int, Future[list[ParsedPage]]]] = deque()
        self.next = 0  # the first page of the next chunk to submit

    def fill(self, pool: ProcessPoolExecutor, workers: int, depth: int = IN_FLIGHT) -> None:
        while self.next < self.count and len(self.pending) < depth * workers:
            stop = min(self.next + CHUNK_PAGES, self.count)
            future = pool.submit(read_chunk, self.path, self.next, stop, self.identity)
            self.pending.append((self.next, future))
            self.next = stop

    def cancel(self) -> None:
        for _, future in self.pending:
            future.cancel()
        self.pending.clear()


class PagePool:
    """Worker processes that read the pages of long PDFs for one import, however many files it
    has: started by the first PDF that needs them (starting two cost 20-30 ms a PDF; the GUI's
    first use of its fork server, 0.4 s), shut down by :meth:`close`. :meth:`read_ahead` starts
    reading a file before the library is even open (``redline import`` forks the workers from a
    process that has loaded PyMuPDF and nothing else, and they read while it loads the database
    layer and opens the library)."""

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None
        self._workers = 0
        self.unavailable = False  # no worker could be started: read in the importing process
        self._ahead: dict[str, _Reading] = {}

    def __enter__(self) -> PagePool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _pool(self, count: int) -> ProcessPoolExecutor:
        if self._executor is None:
            self._workers = worker_count(-(-count // CHUNK_PAGES))
            self._executor = worker_pool(self._workers, initializer=_worker_started)
        return self._executor

    def _start(self, path: str, count: int, depth: int = IN_FLIGHT) -> _Reading:
        """The file's first chunks submitted (the pool starts its processes with the first);
        raises WorkersUnavailable when no worker can be started."""
        reading = _Reading(path, count)
        try:
            reading.fill(self._pool(count), self._workers, depth)
        except (OSError, EOFError) as exc:  # a fork server that cannot fork: EOFError
            reading.cancel()
            self.unavailable = True
            raise WorkersUnavailable(str(exc)) from exc
        return reading

    def read_ahead(self, path: str, count: int) -> None:
        """Start reading the PDF at ``path`` (``count`` pages) now; :meth:`pages` takes what is
        read, unless the file changed meanwhile. Nothing happens when no worker can start.

        :data:`READ_AHEAD` chunks a worker, not :data:`IN_FLIGHT`: nothing asks for more until
        the library is open (loading the database layer and opening it takes the importing
        process about 0.25 s of CPU), and with two chunks each the workers sat idle for most of
        it; with four they read on through it (issue 22: 500 pages of the real scans 3-4% faster).
        """
        path = os.path.abspath(path)
        with contextlib.suppress(WorkersUnavailable, OSError):
            self._ahead[path] = self._start(path, count, READ_AHEAD)

    def discard(self, path: str) -> None:
        """Stop reading ahead a file that will not be read (it is already in the library)."""
        reading = self._ahead.pop(os.path.abspath(path), None)
        if reading is not None:
            reading.cancel()

    def pages(self, path: str, count: int) -> Generator[ParsedPage, None, None]:
        """Every page of the PDF at ``path``, read in the workers, in order.

        At most :data:`IN_FLIGHT` chunks per worker are in flight, so pages never pile up
        unwritten. Closing the generator cancels the chunks not started (the running ones finish
        in the workers).
        Raises WorkersUnavailable, before yielding any page, when the workers cannot start.
        """
        path = os.path.abspath(path)
        reading = self._ahead.pop(path, None)
        if reading is not None and (reading.count, reading.identity) != (count, _identity(path)):
            reading.cancel()  # the file changed since it was read ahead
            reading = None
        if reading is None:
            reading = self._start(path, count)
        try:
            assert self._executor is not None
            while reading.pending:
                start, future = reading.pending.popleft()
                try:
                    pages = future.result()
                except BrokenProcessPool as exc:
                    self._drop_broken()
                    last = min(start + CHUNK_PAGES, count)
                    raise IngestError(
                        translate(
                            "Redline",
                            "reading pages {value}-{last} crashed the PDF reader; "
                            "the file is damaged",
                        ).format(value=start + 1, last=last)
                    ) from exc
                reading.fill(self._executor, self._workers)
                yield from pages
        finally:
            reading.cancel()

    def _drop_broken(self) -> None:
        """A worker died: the pool is unusable; the next file starts a new one."""
        executor, self._executor = self._executor, None
        for reading in self._ahead.values():
            reading.cancel()
        self._ahead.clear()
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        """Cancel what is still queued, wait for the chunks being read, stop the workers."""
        for reading in self._ahead.values():
            reading.cancel()
        self._ahead.clear()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def _in_workers_or_here(
    doc: pymupdf.Document, count: int, pool: PagePool
) -> Generator[ParsedPage, None, None]:
    """The pages read in worker processes; here, more slowly, when none can be started."""
    if pool.unavailable:
        yield from _here(doc, count, "pdf")
        return
    workers = pool.pages(doc.name, count)
    try:
        first = next(workers, None)
    except WorkersUnavailable:
        yield from _here(doc, count, "pdf")
        return
    with closing(workers):
        if first is not None:
            yield first
        yield from workers


def _here(doc: pymupdf.Document, count: int, kind: str) -> Generator[ParsedPage, None, None]:
    """The pages read in this process."""
    return _read_pages(doc, range(count), kind, FontSharing(doc) if kind == "pdf" else None)


def reads_in_workers(kind: str, count: int) -> bool:
    """Whether a file of this kind and page count is read in worker processes."""
    return kind == "pdf" and count >= PARALLEL_MIN_PAGES and worker_count(2) > 1


def iter_pages(
    doc: pymupdf.Document,
    kind: str,
    cancel: CancelCheck | None = None,
    pool: PagePool | None = None,
) -> Generator[ParsedPage, None, None]:
    """Every page of ``doc`` in order; raises ImportCancelled as soon as ``cancel()`` is true.
    A long PDF is read in ``pool``'s workers (or, without one, in workers started for it).

    Close the iterator when done with it early (``contextlib.closing``): that stops the workers.
    """
    count = doc.page_count
    own = pool is None and reads_in_workers(kind, count)
    if own:
        pool = PagePool()
    if pool is not None and reads_in_workers(kind, count):
        pages = _in_workers_or_here(doc, count, pool)
    else:
        pages = _here(doc, count, kind)
    try:
        with closing(pages):
            for page in pages:
                if cancel is not None and cancel():
                    raise ImportCancelled()
                yield page
    finally:
        if own and pool is not None:
            pool.close()
