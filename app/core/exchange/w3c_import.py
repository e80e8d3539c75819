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
from collections.abc import Callable
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
) -> MergeReport:
    """Import the W3C or IIIF file at ``path`` (see module doc); a file in which no annotation
    has a place in this library is refused, and nothing is changed. ``in_process``: a large
    file, or a IIIF collection or manifest (their annotation pages are other files), is read
    and converted in a worker process (the window's: one ``json.loads`` of 100,000 annotations
    holds Python's lock a second, and the window's thread waits)."""
    path = Path(path)
    # Merged as a Redline set read in a stream, through the same checks: written to a scratch
    # file a line an annotation and read back one at a time, the file's JSON and the converted
    # set freed first. Dumped and parsed whole (until 2026-12-07), 100,000 annotations held
    # Python's lock in two calls of about a second each, the window's thread waiting.
    try:
        scratch = scratch_dir("merge")
    except OSError as exc:
        raise _no_room(path, exc) from exc
    with scratch as folder:
        written = Path(folder) / path.name
        large = in_process and path.is_file() and path.stat().st_size >= PROCESS_BYTES
        loaded = None if large else load_json(path, max_bytes=max_bytes)  # (here, once)
        if large or (in_process and refers_to_files(loaded)):
            kind, not_placed = _convert_in_process(
                lib.address, str(written), str(path), author=author, max_bytes=max_bytes,
                cancel=cancel,
            )  # fmt: skip
        else:
            kind, not_placed = _convert(lib, path, loaded, written, author, cancel)
        loaded = None  # (freed before the merge)
        if kind == "redline":
            return import_annotations(
                lib, path, dry_run=dry_run, author=author, on_progress=on_progress,
                cancel=cancel, undo=undo,
            )  # fmt: skip
        report = import_annotations(
            lib, written, dry_run=dry_run, author=author, on_progress=on_progress,
            cancel=cancel, undo=undo,
            max_bytes=max(max_bytes, written.stat().st_size),  # (ours, from a file within it)
        )  # fmt: skip
    report.not_placed = not_placed
    report.w3c = True
    return report


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
) -> tuple[str, list[str]]:
    """Worker process: the file ``source`` read and :func:`_convert`-ed into ``written``."""
    path = Path(source)
    loaded = load_json(path, max_bytes=max_bytes)
    return _convert(lib, path, loaded, Path(written), author, cancel)


def _convert_in_process(
    address: str, written: str, source: str, **options: Any
) -> tuple[str, list[str]]:
    """:func:`convert_file` in a worker process that opens the library at ``address``."""
    cancel = options.pop("cancel", None)
    result: tuple[str, list[str]] = worker.in_process(
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
    items = read_annotations(loaded, path.parent)
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
) -> MergeReport:
    """Import a Redline JSON set or a W3C/IIIF file, whichever ``path`` is (``undo``: keep the
    rows it changes, for the window's undo step; ``in_process``: a large W3C/IIIF file read in
    a worker process, :func:`import_w3c`)."""
    path = _the_file(Path(path))
    kw: dict[str, Any] = {
        "dry_run": dry_run, "author": author, "on_progress": on_progress, "undo": undo
    }  # fmt: skip
    if is_redline_json(path):
        return import_annotations(lib, path, cancel=cancel, **kw)
    return import_w3c(lib, path, cancel=cancel, in_process=in_process, **kw)


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
