"""Reading a file's pages: size and rotation of each, and a PDF's text layer laid out and packed.

Pages are handed to the writer in order as they come, so a long document never sits in memory
whole. PyMuPDF's word extraction is most of an import's work (1.1 ms for a page of 440 words,
1.7 times what ``pdftotext`` takes for the whole page, and laying out and packing the words adds
0.3 ms), so no single process can import within twice ``pdftotext``'s time. A PDF of
:data:`PARALLEL_MIN_PAGES` pages or more is therefore read in worker processes, one per core:
each opens the file itself and returns its pages' text and packed words (:class:`PackedLayer`)
in chunks, while the importing process writes them in order into its one transaction. Shorter
PDFs and images are read in the importing process, where starting workers (20-30 ms) would cost
more than they save. Workers start as :func:`app.core.processes.pool_context` says: a fork server
when the GUI imports from a thread, whose first start costs about 0.4 s once per session. When no
worker can be started at all (a limit on processes), the file is read here instead.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass

import pymupdf

from app.core.documents.textlayer import PackedLayer, pack_pdf_words
from app.core.errors import IngestError
from app.core.processes import worker_count, worker_document, worker_pool

pymupdf.TOOLS.mupdf_display_errors(False)  # MuPDF's own warnings go to our messages, not stderr

CancelCheck = Callable[[], bool]

PARALLEL_MIN_PAGES = 40  # below this, starting worker processes costs more than they save
CHUNK_PAGES = 16  # pages a worker reads per task: fewer round trips, prompt enough cancelling


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
        raise IngestError(f"page {index + 1} is damaged and cannot be read ({exc})") from exc
    layer = pack_pdf_words(words) if words else None
    return ParsedPage(box.width, box.height, page.rotation, layer)


def read_chunk(path: str, start: int, stop: int) -> list[ParsedPage]:
    """Worker process: pages ``start`` to ``stop - 1`` of the PDF at ``path`` (kept open for the
    worker's next chunk)."""
    try:
        doc = worker_document(path, "pdf")
    except Exception as exc:  # MuPDF raises several types for broken files
        raise IngestError(f"the file is damaged and cannot be read ({exc})") from exc
    return [read_page(doc, i, "pdf") for i in range(start, stop)]


class WorkersUnavailable(Exception):
    """No worker process could be started (a limit on processes or memory)."""


def _pages_in_workers(path: str, count: int) -> Generator[ParsedPage, None, None]:
    """Every page of the PDF at ``path``, read in worker processes, in order.

    At most two chunks per worker are in flight, so pages never pile up unwritten. Closing the
    generator cancels the chunks not started and waits for the running ones (a few pages each).
    Raises WorkersUnavailable, before yielding any page, when the workers cannot start.
    """
    chunks = iter(range(0, count, CHUNK_PAGES))
    workers = worker_count(-(-count // CHUNK_PAGES))
    pending: deque[tuple[int, Future[list[ParsedPage]]]] = deque()
    with worker_pool(workers) as pool:

        def submit() -> None:
            start = next(chunks, None)
            if start is not None:
                stop = min(start + CHUNK_PAGES, count)
                pending.append((start, pool.submit(read_chunk, path, start, stop)))

        try:
            try:
                for _ in range(2 * workers):
                    submit()  # (the pool starts its processes here)
            except (OSError, EOFError) as exc:  # a fork server that cannot fork: EOFError
                raise WorkersUnavailable(str(exc)) from exc
            while pending:
                start, future = pending.popleft()
                try:
                    pages = future.result()
                except BrokenProcessPool as exc:
                    last = min(start + CHUNK_PAGES, count)
                    raise IngestError(
                        f"reading pages {start + 1}-{last} crashed the PDF reader; "
                        "the file is damaged"
                    ) from exc
                submit()
                yield from pages
        finally:
            for _, future in pending:
                future.cancel()


def _in_workers_or_here(doc: pymupdf.Document, count: int) -> Generator[ParsedPage, None, None]:
    """The pages read in worker processes; here, more slowly, when none can be started."""
    workers = _pages_in_workers(os.path.abspath(doc.name), count)
    try:
        first = next(workers, None)
    except WorkersUnavailable:
        yield from (read_page(doc, i, "pdf") for i in range(count))
        return
    with closing(workers):
        if first is not None:
            yield first
        yield from workers


def iter_pages(
    doc: pymupdf.Document, kind: str, cancel: CancelCheck | None = None
) -> Generator[ParsedPage, None, None]:
    """Every page of ``doc`` in order; raises ImportCancelled as soon as ``cancel()`` is true.

    Close the iterator when done with it early (``contextlib.closing``): that stops the workers.
    """
    count = doc.page_count
    if kind == "pdf" and count >= PARALLEL_MIN_PAGES and worker_count(2) > 1:
        pages = _in_workers_or_here(doc, count)
    else:
        pages = (read_page(doc, i, kind) for i in range(count))
    with closing(pages):
        for page in pages:
            if cancel is not None and cancel():
                raise ImportCancelled()
            yield page
