"""Corrected text export: each page's active text layer with its accepted corrections applied.

Where accepted corrections overlap, the most recently modified one applies, as in the text pane
and the search index (app.core.annotating.reading). Pages are marked by a line
``--- page N ---``, and every page after the first of a file starts with a form feed, so
``split('\\f')`` gives the pages.

What a person redacted does not leave in it: the characters under every redaction that burns in
(the one publication rule, :mod:`app.core.exchange.redacted`) read as :data:`MASK`, and so does
a correction's replacement wherever the corrected span meets them. Each file is read back before
it takes its name (:func:`check_text`), and refused if it still holds a redacted character.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection

from app.core.annotating.reading import accepted_corrections
from app.core.documents.textlayer import load_words
from app.core.exchange.common import (
    ExportScope,
    progress_step,
    resolve_scope,
)
from app.core.exchange.destination import atomic_file, check_file, check_folder, made_folder
from app.core.exchange.readback import leaked_characters, unreadable
from app.core.exchange.redacted import (
    PageRedactions,
    burned_redactions,
    mask,
    masked_spans,
    readable,
)
from app.core.exchange.redline_json import ExportSummary
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.library import Library

FORM_FEED = "\f"


@dataclass(frozen=True)
class Correction:
    start: int
    end: int
    replacement: str


def page_corrections(conn: Connection, page_id: PageId, layer_id: TextLayerId) -> list[Correction]:
    """The corrections that apply to a page's layer, by start (overlaps resolved as everywhere
    else: :func:`app.core.annotating.reading.accepted_corrections`)."""
    return [Correction(*c) for c in accepted_corrections(conn, page_id, layer_id)]


def apply_corrections(text: str, corrections: Sequence[Correction]) -> str:
    """``text`` with non-overlapping ``corrections`` applied, from the end so offsets hold."""
    for c in sorted(corrections, key=lambda c: c.start, reverse=True):
        text = text[: c.start] + c.replacement + text[c.end :]
    return text


def _meets(c: Correction, start: int, end: int) -> bool:
    """Whether a correction changes text of the span ``start``-``end`` (an insertion: inside it,
    or at its start)."""
    return c.start < end and start < max(c.end, c.start + 1)


def masked_corrections(
    corrections: Sequence[Correction], spans: Sequence[tuple[int, int]]
) -> list[Correction]:
    """``corrections`` with the replacement of each one that meets a masked span masked whole:
    a correction of a redacted word must not spell it out again."""
    return [
        Correction(c.start, c.end, mask(c.replacement, [(0, len(c.replacement))]))
        if any(_meets(c, start, end) for start, end in spans)
        else c
        for c in corrections
    ]


def corrected_span(start: int, end: int, corrections: Sequence[Correction]) -> tuple[int, int]:
    """Where the span ``start``-``end`` of a text lies once ``corrections`` (non-overlapping)
    are applied, with the replacements of those that meet it."""
    before = inside = 0
    low, high = start, end
    for c in corrections:
        grows = len(c.replacement) - (c.end - c.start)
        if _meets(c, start, end):
            low, high, inside = min(low, c.start), max(high, c.end), inside + grows
        elif c.start < start:
            before += grows
    return low + before, high + before + inside


def _pages(conn: Connection, document_id: DocumentId) -> Sequence[Any]:
    return conn.exec_driver_sql(
        "SELECT p.id, p.page_index, p.active_text_layer_id, t.text FROM pages p "
        "LEFT JOIN text_layers t ON t.id = p.active_text_layer_id "
        "WHERE p.document_id = ? ORDER BY p.page_index",
        (document_id,),
    ).all()


def corrected_pages(conn: Connection, document_id: DocumentId) -> Iterator[str]:
    """The corrected text of each page of a document, in page order ('' where there is none),
    with what burns in masked."""
    redacted = burned_redactions(conn, document_id)
    for page_id, index, layer_id, text in _pages(conn, document_id):
        if layer_id is None:
            yield ""
            continue
        corrections = page_corrections(conn, page_id, layer_id)
        page = redacted.get(int(index), PageRedactions())
        spans = masked_spans(page, layer_id, load_words(conn, layer_id) if page.boxes else ())
        yield apply_corrections(mask(str(text), spans), masked_corrections(corrections, spans))


def write_document_text(
    conn: Connection, out: IO[str], document_id: DocumentId, *, first: bool = True
) -> None:
    """Write one document's corrected pages; ``first``: nothing precedes it in the file."""
    for n, text in enumerate(corrected_pages(conn, document_id), start=1):
        if not (first and n == 1):
            out.write(FORM_FEED)
        out.write(f"--- page {n} ---\n")
        out.write(text)
        out.write("\n")


def _write_one(conn: Connection, document_id: DocumentId, out: IO[str]) -> None:
    write_document_text(conn, out, document_id)


def file_name(title: str, document_uuid: str) -> str:
    """A portable file name for a document's text: its title, made safe, and a uuid prefix."""
    slug = re.sub(r"[^\w.-]+", "_", title, flags=re.UNICODE).strip("._")[:80] or "document"
    return f"{slug}-{document_uuid[:8]}.txt"


class _Reader:
    """A written text file, read from the start: what is expected next, and what it holds."""

    def __init__(self, path: Path, name: str) -> None:
        with path.open(encoding="utf-8", newline="") as f:
            self.text, self.at, self.name = f.read(), 0, name

    def expect(self, line: str) -> None:
        if not self.text.startswith(line, self.at):
            raise unreadable(self.name, f"{line.strip()!r} at character {self.at}")
        self.at += len(line)

    def take(self, length: int) -> str:
        taken = self.text[self.at : self.at + length]
        self.at += length
        return taken


def check_text(
    conn: Connection, path: Path, name: str, docs: Sequence[tuple[DocumentId, str]], titled: bool
) -> None:
    """Read a written text file back (a plain read): it is laid out as written (the documents
    ``docs`` in order, each after its title line when ``titled``; each page's text as long as its
    text and corrections make it), and every character under a burned-in redaction, where the
    page's corrections moved it, is masked (the library's own redactions, read afresh)."""
    reader = _Reader(path, name)
    for i, (doc_id, title) in enumerate(docs):
        if titled:
            reader.expect(("" if i == 0 else FORM_FEED) + f"=== {title} ===\n")
        redacted = burned_redactions(conn, doc_id)
        for n, (page_id, index, layer_id, text) in enumerate(_pages(conn, doc_id), start=1):
            reader.expect(("" if n == 1 else FORM_FEED) + f"--- page {n} ---\n")
            corrections = [] if layer_id is None else page_corrections(conn, page_id, layer_id)
            length = len(text or "") + sum(
                len(c.replacement) - (c.end - c.start) for c in corrections
            )
            page = reader.take(length)
            reader.expect("\n")
            burned = redacted.get(int(index))
            if burned is None or layer_id is None:
                continue
            words = load_words(conn, layer_id) if burned.boxes else ()
            for start, end in masked_spans(burned, layer_id, words):
                low, high = corrected_span(start, end, corrections)
                if readable(page[low:high]):
                    raise leaked_characters(int(index), title, name, (start, end))
    if reader.at != len(reader.text):
        raise unreadable(name, f"more text after the last page, at character {reader.at}")


def _write_atomic(
    path: Path,
    write: Callable[[IO[str]], None],
    check: Callable[[Path], None],
    *,
    overwrite: bool,
) -> None:
    with atomic_file(path, overwrite=overwrite) as tmp:
        with tmp.open("w", encoding="utf-8", newline="\n") as out:
            write(out)
        check(tmp)  # before it is published


def export_text(
    lib: Library,
    out: Path | str,
    scope: ExportScope | None = None,
    *,
    per_document: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    overwrite: bool = False,
) -> ExportSummary:
    """Corrected text of the scope: one file ``out``, or one file per document in folder ``out``.

    Existing files are replaced only with ``overwrite`` (all targets are checked before the
    first is written).

    In one file, each document begins with a line ``=== title ===`` (preceded by a form feed when
    another document comes before it) right before its ``--- page 1 ---``.
    ``on_progress(documents done, documents)``; ``cancel()`` stops before the next document
    (raising ExportCancelled; a single file is then not written, per-document files already
    written stay).
    """
    step = progress_step(on_progress, cancel)
    out = Path(out)
    with lib.snapshot() as session:
        conn = session.connection()
        resolved = resolve_scope(conn, scope or ExportScope())
        docs = [
            (d, *conn.exec_driver_sql("SELECT title, uuid FROM documents WHERE id = ?", (d,)).one())
            for d in resolved.document_ids
        ]
        if per_document:
            check_folder(out)
            targets = [out / file_name(title, doc_uuid) for _, title, doc_uuid in docs]
            for target in targets:
                check_file(target, overwrite=overwrite)
            with made_folder(out):
                for i, ((doc_id, title, _), target) in enumerate(zip(docs, targets, strict=True)):
                    step(i, len(docs))
                    check = partial(check_text, conn, name=target.name, docs=[(doc_id, title)],
                                    titled=False)  # fmt: skip
                    _write_atomic(
                        target, partial(_write_one, conn, doc_id), check, overwrite=overwrite
                    )
        else:

            def write_all(f: IO[str]) -> None:
                for i, (doc_id, title, _) in enumerate(docs):
                    step(i, len(docs))
                    f.write(("" if i == 0 else FORM_FEED) + f"=== {title} ===\n")
                    write_document_text(conn, f, doc_id)

            titles = [(doc_id, title) for doc_id, title, _ in docs]
            check = partial(check_text, conn, name=out.name, docs=titles, titled=True)
            _write_atomic(out, write_all, check, overwrite=overwrite)
    step(len(docs), len(docs))
    return ExportSummary(len(docs), 0, 0, str(out))
