"""Importing a Redline annotation set into a library, merging it with what is there.

The set is read in a stream (:mod:`app.core.exchange.annotation_set`): its head (tags,
documents) is checked whole, its annotations one at a time as the merge takes them, each by the
schema of its version and the annotation services' own rules
(:mod:`app.core.exchange.validate`, :mod:`app.core.exchange.record_rules`). The merge then
writes, inside one transaction, the tags, each chunk of annotations as it is planned, and the
pages (:mod:`app.core.exchange.merge_planner`): a set refused half-way (a bad record, Cancel, a
full disk) leaves the library as it was. Documents are matched by SHA-256, tags and annotations
by uuid. A second import of the same set changes nothing.

Version 2 sets carry field revisions: annotations, tags and page reviews merge three-way, field by
field (:mod:`app.core.exchange.three_way`), and what both sides changed differently is kept as a
conflict for a person. Version 1 sets (and W3C annotations, which become one) carry none: there
the later ``modified`` wins the whole record, as before revisions existed, and each such case
is listed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.core.errors import RedlineError
from app.core.exchange.annotation_set import AnnotationSet, OtherLayout, open_annotation_set
from app.core.exchange.bounded_read import MAX_BYTES
from app.core.exchange.gc_pause import collector_paused
from app.core.exchange.merge_local import local_annotations as _local_annotations
from app.core.exchange.merge_outcome import MergeReport
from app.core.exchange.merge_planner import Merger
from app.core.exchange.merge_state import winner
from app.core.library import Library
from app.core.wording import translate

__all__ = [
    "MergeCancelled",
    "MergeReport",
    "Watch",
    "import_annotations",
    "merge_annotation_set",
    "winner",
]

MERGE_CHUNK = 5000  # annotations planned and written at a time
MERGE_CACHE_KB = -65536  # SQLite page cache of 64 MB while a merge writes


class MergeCancelled(RedlineError):
    """The person cancelled an import; the library is unchanged."""


@dataclass(frozen=True)
class Watch:
    """Progress and cancel hooks of a merge (for the window's progress dialog)."""

    on_progress: Callable[[int, int], None] | None = None
    cancel: Callable[[], bool] | None = None

    def tick(self, done: int, total: int) -> None:
        if self.cancel is not None and self.cancel():
            raise MergeCancelled(translate("Redline", "import cancelled; nothing was changed"))
        if self.on_progress is not None:
            self.on_progress(done, total)


def local_annotations(conn: Connection, uuids: list[str]) -> dict[str, dict[str, Any]]:
    """This library's annotations as records of version 1 (no revisions): what the W3C
    importer (:mod:`app.core.exchange.w3c_convert`) compares and builds its set from."""
    return _local_annotations(conn, uuids, history=False)


def _run(merger: Merger, aset: AnnotationSet, watch: Watch) -> None:
    """Documents and tags, then the annotations a chunk at a time (planned and written), then
    the pages: memory holds one chunk of annotations, never the whole set."""
    merger.plan_documents()
    merger.plan_tags()
    records = aset.annotations()
    done = 0
    watch.tick(0, aset.estimate)
    while chunk := list(islice(records, MERGE_CHUNK)):
        merger.plan_annotations(chunk)
        done += len(chunk)
        watch.tick(done, max(done, aset.estimate))
    merger.plan_pages()
    merger.finish()
    watch.tick(done, done)


def merge_annotation_set(
    lib: Library,
    data: dict[str, Any] | AnnotationSet,
    *,
    dry_run: bool = False,
    author: str = "",
    watch: Watch | None = None,
    undo: bool = False,
    name: str = "",
) -> MergeReport:
    """Merge a checked annotation set (a file open in a stream, or a set in memory that
    :func:`.validate.parse` checked: the W3C importer builds one) into ``lib``, all or nothing
    (see the module doc). With ``undo`` the report keeps the rows the merge changed, before and
    after, so the window can undo it."""
    aset = data if isinstance(data, AnnotationSet) else AnnotationSet.of(data)
    watch = watch or Watch()
    report = MergeReport(dry_run=dry_run, file=name, version=aset.version)
    if dry_run:
        with lib.reading() as session:
            _run(Merger(session, aset, report, author=author), aset, watch)
        return report
    with lib.transaction() as session:
        conn = session.connection()
        if lib.on_server:  # the server sizes its own caches
            _run(Merger(session, aset, report, author=author, undo=undo), aset, watch)
            return report
        old = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = {MERGE_CACHE_KB}")  # bulk index updates
        try:
            _run(Merger(session, aset, report, author=author, undo=undo), aset, watch)
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(old or -2000)}")
    return report


def import_annotations(
    lib: Library,
    path: Path | str,
    *,
    dry_run: bool = False,
    author: str = "",
    max_bytes: int = MAX_BYTES,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    undo: bool = False,
) -> MergeReport:
    """Check the Redline JSON file at ``path`` and merge it into ``lib`` (see module doc).

    The file is read in a stream (:mod:`app.core.exchange.annotation_set`): its annotations
    are checked and merged a chunk at a time in one transaction, undone whole if any is bad.
    ``on_progress(done, total)`` follows the merge (in annotations); ``cancel()`` returning
    true stops it and undoes it (:class:`MergeCancelled`).
    """
    path = Path(path)
    kw: dict[str, Any] = {"dry_run": dry_run, "author": author, "undo": undo, "name": path.name}
    watch = Watch(on_progress, cancel)
    with collector_paused():  # (a large set: millions of acyclic objects)
        try:
            with open_annotation_set(path, max_bytes=max_bytes) as aset:
                return merge_annotation_set(lib, aset, watch=watch, **kw)
        except OtherLayout:  # an annotation spanned lines: undone, and redone read whole
            pass
        with open_annotation_set(path, max_bytes=max_bytes, whole=True) as aset:
            return merge_annotation_set(lib, aset, watch=watch, **kw)
