"""Importing scanned PDFs and images into a library.

One transaction per document: a file either imports whole (its source copied once under its
SHA-256, its pages, text layers and packed words written as :mod:`app.core.documents.extract`
reads them, in page order) or leaves the library exactly as it was. Importing the same bytes
again changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pymupdf

from app.core.documents.extract import (
    CancelCheck,
    ImportCancelled,
    PagePool,
    ParsedPage,
    iter_pages,
    reads_in_workers,
)
from app.core.documents.textlayer import INDEX, UNINDEX, PackedLayer, insert_layer
from app.core.errors import IngestError, RedlineError
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.wording import Sentence, translate

if TYPE_CHECKING:  # (read_ahead starts its workers before the database layer is loaded)
    from sqlalchemy import Connection

    from app.core.library import Library

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
SUPPORTED_SUFFIXES = {".pdf", *IMAGE_SUFFIXES}
PageCallback = Callable[[int, int], None]  # (pages done, pages in this file)
log = logging.getLogger(__name__)
PDF_LAYER = ("pdf-text-layer", "pymupdf", pymupdf.VersionBind, None, None)  # text layer provenance


@dataclass(frozen=True)
class ImportOutcome:
    path: str
    status: Literal["imported", "duplicate", "failed", "cancelled"]
    message: str
    document_id: DocumentId | None = None
    document_uuid: str | None = None
    title: str | None = None
    pages: int = 0
    pages_needing_ocr: int = 0

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "duplicate")


# Documents are named by their bytes: the same scan gets the same uuid in every library, so
# annotation sets exported from different machines name their documents alike.
DOCUMENT_NAMESPACE = uuid.UUID("14ec1bb4-c368-4e0b-a5e4-9a2b03a3603f")


def document_uuid(sha256: str) -> str:
    """The stable uuid of a document whose source file has this SHA-256."""
    return str(uuid.uuid5(DOCUMENT_NAMESPACE, sha256))


def sniff_kind(path: Path) -> Literal["pdf", "image"]:
    """Tell a PDF or an image by its first bytes, not its name."""
    with path.open("rb") as f:
        head = f.read(1024)
    if not head:
        raise IngestError(translate("Redline", "the file is empty (0 bytes)"))
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    raise IngestError(translate("Redline", "not a PDF or a PNG, JPEG or TIFF image"))


def sha256_of(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _check_pdf_complete(path: Path) -> None:
    size = path.stat().st_size
    with path.open("rb") as f:
        f.seek(max(0, size - 2048))
        tail = f.read()
    if b"%%EOF" not in tail:
        raise IngestError(
            translate("Redline", "the PDF is truncated (no end-of-file marker); download it again")
        )


def _open(path: Path, kind: str) -> pymupdf.Document:
    if kind == "pdf":
        _check_pdf_complete(path)
    try:
        doc = pymupdf.open(path, filetype="pdf" if kind == "pdf" else None)
    except Exception as exc:  # MuPDF raises several types for broken files
        raise IngestError(
            translate("Redline", "the file is damaged and cannot be read ({exc})").format(exc=exc)
        ) from exc
    try:
        encrypted, pages = doc.needs_pass, doc.page_count
    except Exception as exc:  # a page tree whose count lies (negative, huge)
        doc.close()
        raise IngestError(
            translate("Redline", "the file is damaged and cannot be read ({exc})").format(exc=exc)
        ) from exc
    if encrypted:
        doc.close()
        raise IngestError(
            translate("Redline", "the PDF is encrypted with a password; Redline cannot open it")
        )
    if pages == 0:
        doc.close()
        raise IngestError(translate("Redline", "the file has no pages"))
    return doc


def _name_of(path: Path) -> str:
    """The file name as text: bytes of a name that is not UTF-8 kept as ``\\xNN``."""
    return os.fsencode(path.name).decode("utf-8", "backslashreplace")


def _title_of(path: Path) -> str:
    # Scanners fill the PDF title with junk ("HighView Image", "…[15587351].tif"): the archive's
    # file name is the better title until a person or the detector gives one.
    return Path(_name_of(path)).stem


@contextmanager
def _openable(lib: Library, path: Path) -> Iterator[Path]:
    """``path``, or where its name is not UTF-8 (MuPDF cannot open it by such a name) a link to
    it under a plain name in the library's sources, removed afterwards (swept if killed)."""
    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        yield path
        return
    from app.core.library import INCOMING

    link = lib.sources_dir / f"{INCOMING}{uuid.uuid4().hex}"
    os.symlink(os.path.abspath(path), link)
    try:
        yield link
    finally:
        link.unlink(missing_ok=True)


def _store_source(lib: Library, path: Path, sha: str) -> tuple[Path, bool]:
    """Copy ``path`` into sources/ under its hash; return (target, whether we created it)."""
    target = lib.source_path(sha)
    if target.exists():
        return target, False
    from app.core.library import INCOMING

    tmp = lib.sources_dir / f"{INCOMING}{uuid.uuid4().hex}"
    try:
        shutil.copyfile(path, tmp)
        with tmp.open("rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        from app.core.library import storage_os_error

        said = storage_os_error(lib.root, exc)
        if said is not None:  # (the library's disk, not the file: as the database says it)
            raise said from exc
        raise IngestError(
            translate("Redline", "cannot store a copy in the library: {strerror}").format(
                strerror=exc.strerror
            )
        ) from exc
    return target, True


def _existing(lib: Library, sha: str) -> tuple[int, str, str, int] | None:
    with lib.read_connection() as conn:
        row = conn.exec_driver_sql(
            "SELECT id, uuid, title, page_count FROM documents WHERE source_sha256 = ?", (sha,)
        ).first()
    return None if row is None else (int(row[0]), str(row[1]), str(row[2]), int(row[3]))


class _PageRows:
    """A document's new pages, written :data:`BATCH` at a time in the import's transaction: the
    pages' rows with one statement (a list of parameters) and their ids read back with one, each
    text layer with :func:`~app.core.documents.textlayer.insert_layer`, then the rows that make
    the layers active and searchable one statement a kind. The rows are those that writing each
    page and :func:`~app.core.documents.textlayer.set_active_layer` one after another left, the
    ids included; six statements a page through SQLAlchemy cost more than SQLite took to write
    them (500 pages of the real bulletins: 129 ms of the importing process's CPU, 89 ms so)."""

    BATCH = 32

    def __init__(self, conn: Connection, document_id: int, created_at: datetime) -> None:
        self.conn, self.document_id, self.created_at = conn, document_id, created_at
        self._waiting: list[tuple[int, ParsedPage]] = []

    def add(self, index: int, page: ParsedPage) -> bool:
        """Page ``index`` to write; whether a batch is full (then :meth:`flush`)."""
        self._waiting.append((index, page))
        return len(self._waiting) >= self.BATCH

    def flush(self) -> None:
        """Write the pages added since the last flush."""
        if not self._waiting:
            return
        conn, doc_id, waiting = self.conn, self.document_id, self._waiting
        self._waiting = []
        conn.exec_driver_sql(
            "INSERT INTO pages (document_id, page_index, width, height, rotation, needs_ocr, "
            "review_status) VALUES (?,?,?,?,?,?, 'unreviewed')",
            [
                (
                    doc_id,
                    i,
                    p.width,
                    p.height,
                    p.rotation,
                    p.layer is None or not p.layer.text.strip(),
                )
                for i, p in waiting
            ],
        )
        page_ids: dict[int, int] = dict(
            conn.exec_driver_sql(
                "SELECT page_index, id FROM pages WHERE document_id = ? "
                "AND page_index BETWEEN ? AND ?",
                (doc_id, waiting[0][0], waiting[-1][0]),
            ).all()
        )
        layers: list[tuple[int, TextLayerId, PackedLayer]] = []
        for i, p in waiting:
            if p.layer is not None:
                pid = page_ids[i]
                layer_id = insert_layer(conn, PageId(pid), p.layer, PDF_LAYER, self.created_at)
                layers.append((pid, layer_id, p.layer))
        if not layers:
            return
        conn.exec_driver_sql(
            "UPDATE pages SET active_text_layer_id = ? WHERE id = ?",
            [(layer_id, pid) for pid, layer_id, _ in layers],
        )
        conn.exec_driver_sql(UNINDEX, [(pid,) for pid, _, _ in layers])
        conn.exec_driver_sql(INDEX, [(pid, layer.text) for pid, _, layer in layers])


def _write(
    lib: Library,
    path: Path,
    sha: str,
    doc: pymupdf.Document,
    kind: str,
    on_page: PageCallback | None,
    cancel: CancelCheck | None,
    pool: PagePool | None,
) -> tuple[int, str, int]:
    """Write the document and its pages as they are read, in one transaction.

    Returns (document id, uuid, pages needing OCR).
    """
    total = doc.page_count
    needing = 0
    now = datetime.now(UTC).replace(tzinfo=None)
    doc_uuid = document_uuid(sha)
    _, created = _store_source(lib, path, sha)
    try:
        with lib.writing() as conn:  # (SQLAlchemy's ORM is not loaded for an import)
            if lib.on_server:  # the team's copy: in the database, in this same transaction
                from app.core.live import notify

                lib.store_source_chunks(conn, sha, path)
                notify(conn, ["document"])  # other windows' library tables, on commit
            cur = conn.exec_driver_sql(
                "INSERT INTO documents (uuid, title, source_sha256, source_name, source_kind, "
                "source_size, page_count, imported_at, modified_at) VALUES (?,?,?,?,?,?,?,?,?) "
                "RETURNING id",
                (
                    doc_uuid,
                    _title_of(path),
                    sha,
                    _name_of(path),
                    kind,
                    path.stat().st_size,
                    total,
                    now,
                    now,
                ),
            )
            doc_id = int(cur.scalar_one())
            rows = _PageRows(conn, doc_id, now)
            with closing(iter_pages(doc, kind, cancel, pool)) as pages:  # closed on every path
                for index, p in enumerate(pages):
                    needing += p.layer is None
                    if rows.add(index, p):
                        rows.flush()
                    if on_page is not None:
                        on_page(index + 1, total)
            rows.flush()
    except BaseException:
        if created:
            lib.source_path(sha).unlink(missing_ok=True)
        raise
    return doc_id, doc_uuid, needing


def import_file(
    lib: Library,
    path: Path | str,
    *,
    on_page: PageCallback | None = None,
    cancel: CancelCheck | None = None,
    pool: PagePool | None = None,
) -> ImportOutcome:
    """Import one file. Never raises for bad input: the outcome says what happened and why.
    ``pool``: the worker processes that read a long PDF (else started for this file alone)."""
    shown = str(path)
    path = Path(path)
    try:
        lib.check_writable()  # (a read-only library said so, not "Read-only file system")
        if not path.exists():
            raise IngestError(translate("Redline", "no such file"))
        if not path.is_file():
            raise IngestError(translate("Redline", "not a regular file"))
        kind = sniff_kind(path)
        sha = sha256_of(path)
        existing = _existing(lib, sha)
        if existing is not None:
            if pool is not None:
                pool.discard(str(path))  # (read ahead for nothing)
            doc_id, doc_uuid, title, count = existing
            return ImportOutcome(
                shown,
                "duplicate",
                Sentence(translate("Redline", "already in the library")),
                DocumentId(doc_id),
                doc_uuid,
                title,
                count,
            )
        with _openable(lib, path) as readable:
            doc = _open(readable, kind)
            try:
                pages = doc.page_count
                doc_id, doc_uuid, needing = _write(lib, path, sha, doc, kind, on_page, cancel, pool)
            finally:
                doc.close()
    except ImportCancelled:
        cancelled = translate("Redline", "cancelled; nothing was imported")
        return ImportOutcome(shown, "cancelled", Sentence(cancelled))
    except IngestError as exc:
        return ImportOutcome(shown, "failed", Sentence(exc))
    except PermissionError as exc:
        reason = translate("Redline", "cannot read the file: {reason}")
        return ImportOutcome(shown, "failed", Sentence(reason.format(reason=exc.strerror)))
    except OSError as exc:
        reason = translate("Redline", "cannot import: {reason}")
        return ImportOutcome(shown, "failed", Sentence(reason.format(reason=exc.strerror or exc)))
    except RedlineError as exc:  # the library itself (a full disk): said as such
        return ImportOutcome(shown, "failed", Sentence(exc))
    except Exception as exc:  # anything else fails this file alone, never the files after it
        log.exception("importing %s failed", shown)
        return ImportOutcome(shown, "failed", f"cannot import: {type(exc).__name__}: {exc}")
    return ImportOutcome(
        shown,
        "imported",
        f"{pages} pages",
        DocumentId(doc_id),
        doc_uuid,
        _title_of(path),
        pages,
        needing,
    )


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as named, and the supported files inside named folders (recursively, sorted)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file()
                    and f.suffix.lower() in SUPPORTED_SUFFIXES
                    and not any(part.startswith(".") for part in f.relative_to(p).parts)
                )
            )
        else:
            out.append(p)
    return out


FileProgress = Callable[[int, int, str], None]  # (file index, file count, file name)


def import_paths(
    lib: Library,
    paths: Iterable[Path | str],
    *,
    on_file: FileProgress | None = None,
    on_page: PageCallback | None = None,
    on_outcome: Callable[[ImportOutcome], None] | None = None,
    cancel: CancelCheck | None = None,
    pool: PagePool | None = None,
) -> list[ImportOutcome]:
    """Import every file (folders expanded); one bad file never stops the others. The long PDFs
    among them are read by one pool of worker processes: ``pool`` (see :func:`read_ahead`), else
    one started for this call.

    ``on_outcome`` hears each file's outcome as soon as it is final (committed or refused)."""
    if pool is None:
        with PagePool() as own:
            return import_paths(
                lib, paths, on_file=on_file, on_page=on_page, on_outcome=on_outcome,
                cancel=cancel, pool=own,
            )  # fmt: skip
    paths = list(paths)
    files = expand_paths(paths)
    outcomes = [
        ImportOutcome(
            str(p),
            "failed",
            Sentence(translate("Redline", "the folder holds no PDF or image files")),
        )
        for p in map(Path, paths)
        if p.is_dir() and not expand_paths([p])
    ]
    if on_outcome is not None:
        for o in outcomes:
            on_outcome(o)
    for i, f in enumerate(files):
        if cancel is not None and cancel():
            break
        if on_file is not None:
            on_file(i, len(files), f.name)
        outcome = import_file(lib, f, on_page=on_page, cancel=cancel, pool=pool)
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return outcomes


def read_ahead(paths: Iterable[Path | str]) -> PagePool:
    """A pool of worker processes already reading the first file of ``paths`` when it is a long
    PDF: call it before opening the library, and pass the pool to :func:`import_paths`. The
    command line does, so that its workers read while it loads the database layer and opens the
    library (and are forked from a process holding little more than PyMuPDF)."""
    pool = PagePool()
    files = expand_paths(paths)
    if files and files[0].is_file():  # (a pipe is not opened: with no writer it waits forever)
        with contextlib.suppress(IngestError, OSError):
            first = files[0]
            if sniff_kind(first) == "pdf":
                doc = _open(first, "pdf")
                count = doc.page_count
                doc.close()
                if reads_in_workers("pdf", count):
                    pool.read_ahead(str(first), count)
    return pool
