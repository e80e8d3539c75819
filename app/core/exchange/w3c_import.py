"""Importing W3C Web Annotations: Redline's own W3C and IIIF exports, and annotations made on
their canvases in Mirador, Annotorious or any W3C tool, become notes, tags, markings, redactions
and corrections on the right page and place (:mod:`app.core.exchange.w3c_place`).

Each annotation becomes Redline annotation records (:mod:`app.core.exchange.w3c_records`: the
kind from its motivation and body purposes, the status from an ``assessing`` body, the author
from its creator). A W3C id holding a uuid keeps it (other ids give a name-based uuid), so
importing the same file twice adds nothing. An annotation this library already has and that says
the same as the library's (what a W3C annotation can say: kind, page, status, body text, box to
the pixel, text span) keeps the library's record exactly; one that says something else updates
those parts (:mod:`app.core.exchange.w3c_convert`). The records form a Redline annotation set
that is checked and merged like a Redline JSON file (:mod:`app.core.exchange.merge`): all or
nothing, dry run, conflicts by modification time. Here: the file read (in a worker process when
it is large or a IIIF site), converted, written as a set among the temporary files and merged
from there.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import RedlineError
from app.core.exchange import worker
from app.core.exchange.annotation_set import write_set
from app.core.exchange.bounded_read import MAX_BYTES, open_regular
from app.core.exchange.gc_pause import collector_paused
from app.core.exchange.merge import MergeCancelled, import_annotations
from app.core.exchange.merge_outcome import MergeReport
from app.core.exchange.record_rules import InvalidAnnotationSet
from app.core.exchange.w3c_convert import convert
from app.core.exchange.w3c_read import kind_of, load_json, read_annotations, refers_to_files
from app.core.library import Library
from app.core.scratch import scratch_dir
from app.core.wording import translate

PROCESS_BYTES = 4 * 2**20  # a W3C file this large is read in a worker process (``in_process``)


@collector_paused()  # (the file's JSON and the records made of it: see gc_pause)
def import_w3c(
    lib: Library,
    path: Path | str,
    *,
    dry_run: bool = False,
    author: str = "",
    max_bytes: int = MAX_BYTES,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    undo: bool = False,
    in_process: bool = False,
    fingerprint: str | None = None,
) -> MergeReport:
    """Import the W3C or IIIF file at ``path`` (see module doc); a file in which no annotation
    has a place in this library is refused, and nothing is changed. ``in_process``: a large
    file, or a IIIF collection or manifest (their annotation pages are other files), is read
    and converted in a worker process (the window's: one ``json.loads`` of 100,000 annotations
    holds Python's lock a second, and the window's thread waits). ``fingerprint``: the file's
    :func:`file_fingerprint` taken just before this call; a dry run given one keeps its
    conversion, and the import that follows with the same one reuses it (see
    :class:`_Kept`)."""
    path = Path(path)
    key = None if fingerprint is None else _key(lib, path, fingerprint, author, max_bytes)
    kept = None if dry_run or key is None else _take_kept(key)
    if kept is not None:  # the dry run's conversion: the same file, the library unchanged
        try:
            report = import_annotations(
                lib, kept.written, dry_run=False, author=author, on_progress=on_progress,
                cancel=cancel, undo=undo, max_bytes=max(max_bytes, kept.size),
            )  # fmt: skip
        finally:
            kept.folder.cleanup()
        report.not_placed = kept.not_placed
        report.w3c = True
        return report
    # Merged as a Redline set read in a stream, through the same checks: written to a scratch
    # file a line an annotation and read back one at a time, the file's JSON and the converted
    # set freed first. Dumped and parsed whole (until 2026-12-07), 100,000 annotations held
    # Python's lock in two calls of about a second each, the window's thread waiting.
    try:
        scratch = scratch_dir("merge")
    except OSError as exc:
        raise _no_room(path, exc) from exc
    keep: _Kept | None = None
    try:
        written = Path(scratch.name) / path.name
        large = in_process and path.is_file() and path.stat().st_size >= PROCESS_BYTES
        loaded = None if large else load_json(path, max_bytes=max_bytes)  # (here, once)
        if large or (in_process and refers_to_files(loaded)):
            kind, not_placed, whole = _convert_in_process(
                lib.address, str(written), str(path), author=author, max_bytes=max_bytes,
                cancel=cancel,
            )  # fmt: skip
        else:
            kind, not_placed = _convert(lib, path, loaded, written, author, cancel)
            whole = not refers_to_files(loaded)
        loaded = None  # (freed before the merge)
        if kind == "redline":
            return import_annotations(
                lib, path, dry_run=dry_run, author=author, on_progress=on_progress,
                cancel=cancel, undo=undo,
            )  # fmt: skip
        size = written.stat().st_size
        report = import_annotations(
            lib, written, dry_run=dry_run, author=author, on_progress=on_progress,
            cancel=cancel, undo=undo,
            max_bytes=max(max_bytes, size),  # (ours, from a file within it)
        )  # fmt: skip
        if dry_run and key is not None and whole:
            keep = _Kept(key, scratch, written, size, not_placed)
    finally:
        if keep is not None:
            _keep(keep)
        else:
            scratch.cleanup()
    report.not_placed = not_placed
    report.w3c = True
    return report


@dataclass(frozen=True)
class _Kept:
    """A dry run's conversion (the Redline set it wrote among the temporary files) kept for
    the import that follows it: the window's Apply after its dry run converted the same file
    again (for 100,000 annotations, seconds of a worker process). One is kept at a time, and
    reused once, when its :func:`_key` is the same: the same file's digest (the caller's
    :func:`file_fingerprint`), library, author and size cap, and the library as it was
    (:func:`_library_state`: a conversion keeps the library's own record of an annotation the
    file says the same of, and names its documents, pages and tags). A IIIF site or manifest
    is not kept: its digest is its ``collection.json``'s, not its annotation pages'."""

    key: tuple[str, ...]
    folder: tempfile.TemporaryDirectory[str]
    written: Path
    size: int
    not_placed: list[str]


_kept: list[_Kept] = []  # (at most one)
_kept_lock = threading.Lock()  # (imports run on worker threads)


def _keep(kept: _Kept) -> None:
    with _kept_lock:
        old, _kept[:] = list(_kept), [kept]
    for k in old:
        k.folder.cleanup()


def _take_kept(key: tuple[str, ...]) -> _Kept | None:
    """The kept conversion of ``key``, no longer kept; None when there is none (any other
    kept one is let go: the import that follows a dry run is the one that could use it)."""
    with _kept_lock:
        old, _kept[:] = list(_kept), []
    found = None
    for k in old:
        if k.key == key and k.written.is_file():
            found = k
        else:
            k.folder.cleanup()
    return found


def forget_kept_conversion() -> None:
    """Let go of a dry run's kept conversion (its temporary file): a dialog closed without
    Apply. (One left is replaced by the next dry run, or removed when the program ends.)"""
    with _kept_lock:
        old, _kept[:] = list(_kept), []
    for k in old:
        k.folder.cleanup()


# What a conversion reads of the library, as a few numbers that every change of it moves: the
# change log (every edit of an annotation, a tag or a page's review logs a row in its
# transaction: app.core.changelog), and besides it the documents, their text layers and the
# pages' active ones, the tags, annotations and metadata (counts, the latest times, versions).
_STATE = (
    "SELECT (SELECT max(id) FROM change_log), (SELECT count(*) FROM documents), "
    "(SELECT max(modified_at) FROM documents), (SELECT count(*) FROM text_layers), "
    "(SELECT max(id) FROM text_layers), (SELECT sum(active_text_layer_id) FROM pages), "
    "(SELECT count(*) FROM tags), (SELECT max(modified_at) FROM tags), "
    "(SELECT count(*) FROM annotations), (SELECT max(modified_at) FROM annotations), "
    "(SELECT sum(version) FROM annotations), (SELECT count(*) FROM document_metadata), "
    "(SELECT max(modified_at) FROM document_metadata)"
)


def _library_state(lib: Library) -> str:
    with lib.reading() as session:
        row = session.connection().exec_driver_sql(_STATE).one()
    return repr(tuple(row))


def _key(
    lib: Library, path: Path, fingerprint: str, author: str, max_bytes: int
) -> tuple[str, ...] | None:
    """What a kept conversion is reused for (:class:`_Kept`); None: nothing is kept (a file
    that could not be read has no fingerprint)."""
    if not fingerprint:
        return None
    return (fingerprint, str(path.resolve()), lib.address, author, str(max_bytes),
            _library_state(lib))  # fmt: skip


def _convert(
    lib: Library,
    path: Path,
    loaded: Any,
    written: Path,
    author: str,
    cancel: Callable[[], bool] | None,
) -> tuple[str, list[str]]:
    """The data ``loaded`` from the file ``path``, W3C or IIIF annotations, written as a Redline
    set to the file ``written``: ("w3c", what has no place here); a Redline set: ("redline",
    []), nothing written. Anything else is refused, and so is a file of which nothing has a
    place here."""
    if kind_of(loaded) == "redline":
        return "redline", []
    if kind_of(loaded) != "w3c":
        raise InvalidAnnotationSet(
            translate(
                "Redline", "{name} is neither a Redline annotation set nor W3C or IIIF annotations"
            ).format(name=path.name)
        )
    return "w3c", _write_converted(lib, path, loaded, author, written, cancel)


@collector_paused()
def convert_file(
    lib: Library,
    written: str,
    source: str,
    *,
    author: str,
    max_bytes: int,
    cancel: Callable[[], bool] | None = None,
) -> tuple[str, list[str], bool]:
    """Worker process: the file ``source`` read and :func:`_convert`-ed into ``written``; with
    whether the file holds its annotations itself (not a IIIF collection or manifest)."""
    path = Path(source)
    loaded = load_json(path, max_bytes=max_bytes)
    kind, not_placed = _convert(lib, path, loaded, Path(written), author, cancel)
    return kind, not_placed, not refers_to_files(loaded)


def _convert_in_process(
    address: str, written: str, source: str, **options: Any
) -> tuple[str, list[str], bool]:
    """:func:`convert_file` in a worker process that opens the library at ``address``."""
    cancel = options.pop("cancel", None)
    result: tuple[str, list[str], bool] = worker.in_process(
        address, convert_file, written, source, cancel=cancel,
        cancelled=lambda: MergeCancelled(
            translate("Redline", "import cancelled; nothing was changed")
        ),
        stopped=lambda code: RedlineError(
            translate(
                "Redline",
                "the import's reading process stopped unexpectedly (exit code {exitcode}); "
                "nothing was changed",
            ).format(exitcode=code)
        ),
        failed=lambda kind, text: RedlineError(
            translate(
                "Redline", "reading {name} failed: {kind}: {exc}; nothing was changed"
            ).format(name=Path(source).name, kind=kind, exc=text)
        ),
        **options,
    )  # fmt: skip
    return result


def _write_converted(
    lib: Library,
    path: Path,
    loaded: Any,
    author: str,
    written: Path,
    cancel: Callable[[], bool] | None = None,
) -> list[str]:
    """The annotations of the W3C or IIIF data ``loaded`` (read from ``path``) as a Redline set
    in the file ``written``; what has no place here. A file of which nothing has a place is
    refused, and nothing is written."""
    items = read_annotations(loaded, path.parent, path.name)
    with lib.reading() as session:
        converted = convert(session.connection(), items, author, cancel)
    if items and not converted.data["annotations"]:
        raise InvalidAnnotationSet(
            translate(
                "Redline",
                "none of the {count} annotations in {name} has a place in this library: {reason}",
            ).format(count=len(items), name=path.name, reason=converted.not_placed[0])
        )
    try:
        with written.open("w", encoding="utf-8") as f:
            write_set(converted.data, f)
    except OSError as exc:  # (a full or read-only disk where temporary files go)
        raise _no_room(path, exc) from exc
    return converted.not_placed


def _no_room(path: Path, exc: OSError) -> RedlineError:
    return RedlineError(
        translate(
            "Redline",
            "cannot write a working copy of {name} among the temporary files ({reason}); "
            "nothing was changed",
        ).format(name=path.name, reason=exc.strerror or exc)
    )


def is_redline_json(path: Path) -> bool:
    """Whether ``path`` looks like a Redline JSON set (its format is named near the start). A
    device, a pipe or a folder is refused unread (:func:`open_regular`: a pipe with no writer
    hung the import here, and ``/dev/zero`` was read without end by the W3C reader)."""
    with open_regular(path, MAX_BYTES) as f:
        return b'"redline-annotations"' in f.read(65536)


def import_annotation_file(
    lib: Library,
    path: Path | str,
    *,
    dry_run: bool = False,
    author: str = "",
    on_progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    undo: bool = False,
    in_process: bool = False,
    fingerprint: str | None = None,
) -> MergeReport:
    """Import a Redline JSON set or a W3C/IIIF file, whichever ``path`` is (``undo``: keep the
    rows it changes, for the window's undo step; ``in_process``: a large W3C/IIIF file read in
    a worker process; ``fingerprint``: a dry run's conversion kept for the import that
    follows, :func:`import_w3c`)."""
    path = _the_file(Path(path))
    kw: dict[str, Any] = {
        "dry_run": dry_run, "author": author, "on_progress": on_progress, "undo": undo
    }  # fmt: skip
    if is_redline_json(path):
        return import_annotations(lib, path, cancel=cancel, **kw)
    return import_w3c(
        lib, path, cancel=cancel, in_process=in_process, fingerprint=fingerprint, **kw
    )


def file_fingerprint(path: Path | str) -> str:
    """What the annotation file at ``path`` holds, as a digest (a IIIF site: its
    ``collection.json``): the window's Apply compares it with its dry run's, so that what is
    merged is what the person was shown. A file that cannot be read is "" (its import says
    why)."""
    try:
        with open(_the_file(Path(path)), "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return ""


def _the_file(path: Path) -> Path:
    """A IIIF export's folder stands for its ``collection.json`` (the folder `redline export
    --format iiif -o site/` wrote); any other path is itself."""
    collection = path / "collection.json"
    return collection if path.is_dir() and collection.is_file() else path
