"""Importing a Redline JSON annotation set into a library, merging it with what is there.

The file is checked whole first (:mod:`app.core.exchange.validate`), then planned against the
library, then applied in one transaction. Documents are matched by SHA-256, tags and annotations
by uuid. When both sides hold the same annotation or tag with different content, the later
``modified`` wins (ties: the larger canonical JSON, so both merge directions agree) and the
conflict is listed. Tombstones are carried like any edit. A second import of the same file
changes nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.core.errors import RedlineError
from app.core.exchange.annotation_set import AnnotationSet, OtherLayout, open_annotation_set
from app.core.exchange.common import (
    ANNOTATION_COLUMNS,
    annotation_record,
    canonical_time,
    dump,
    iso,
    parse_iso,
)
from app.core.exchange.merge_writer import (
    Conflict,
    MergePlan,
    MergeReport,
    SkippedDocument,
    Winner,
    apply_annotations,
    apply_pages,
    apply_tags,
)
from app.core.exchange.record_rules import InvalidAnnotationSet, check_tag_tree
from app.core.exchange.redline_json import metadata_records, tag_records
from app.core.exchange.validate import MAX_BYTES
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.library import Library

LOOKUP_CHUNK = 500


class MergeCancelled(RedlineError):
    """The person cancelled an import; the library is unchanged."""


@dataclass(frozen=True)
class Watch:
    """Progress and cancel hooks of a merge (for the window's progress dialog)."""

    on_progress: Callable[[int, int], None] | None = None
    cancel: Callable[[], bool] | None = None

    def tick(self, done: int, total: int) -> None:
        if self.cancel is not None and self.cancel():
            raise MergeCancelled("import cancelled; nothing was changed")
        if self.on_progress is not None:
            self.on_progress(done, total)


MERGE_CACHE_KB = -65536  # SQLite page cache of 64 MB while a merge writes
MERGE_CHUNK = 5000  # annotations planned and written at a time


@dataclass
class _LocalPage:
    id: PageId
    active_layer: TextLayerId | None
    layers: dict[str, TextLayerId]  # source -> layer id (the active one preferred)


@dataclass
class _LocalDocument:
    id: DocumentId
    uuid: str
    pages: list[_LocalPage]


def winner(local: dict[str, Any], incoming: dict[str, Any]) -> Winner:
    """The side whose version is kept: later ``modified``; on a tie the larger canonical JSON."""
    lm, im = parse_iso(local["modified"]), parse_iso(incoming["modified"])
    assert lm is not None and im is not None
    if lm != im:
        return "incoming" if im > lm else "local"
    return "incoming" if dump(incoming) > dump(local) else "local"


def _normalise_times(record: dict[str, Any], keys: Sequence[str]) -> dict[str, Any]:
    out = dict(record)
    for key in keys:
        out[key] = canonical_time(out[key])
    return out


def _local_pages(conn: Connection, document_id: DocumentId) -> list[_LocalPage]:
    pages = []
    for page_id, active in conn.exec_driver_sql(
        "SELECT id, active_text_layer_id FROM pages WHERE document_id = ? ORDER BY page_index",
        (document_id,),
    ).all():
        # The active layer comes last, so it wins among layers of the same source.
        layers = {
            str(src): TextLayerId(int(lid))
            for lid, src in conn.exec_driver_sql(
                "SELECT id, source FROM text_layers WHERE page_id = ? ORDER BY id = ?, id",
                (page_id, active),
            )
        }
        active_layer = None if active is None else TextLayerId(int(active))
        pages.append(_LocalPage(PageId(int(page_id)), active_layer, layers))
    return pages


def _local_documents(conn: Connection, hashes: Sequence[str]) -> dict[str, _LocalDocument]:
    found: dict[str, _LocalDocument] = {}
    for sha in hashes:
        row = conn.exec_driver_sql(
            "SELECT id, uuid FROM documents WHERE source_sha256 = ?", (sha,)
        ).first()
        if row is not None:
            doc_id = DocumentId(int(row[0]))
            found[sha] = _LocalDocument(doc_id, str(row[1]), _local_pages(conn, doc_id))
    return found


def _uuid_owners(conn: Connection, uuids: Sequence[str], table: str) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(uuids), LOOKUP_CHUNK):
        chunk = uuids[i : i + LOOKUP_CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT uuid FROM {table} WHERE uuid IN ({marks})"
        found.update(str(r[0]) for r in conn.exec_driver_sql(sql, tuple(chunk)))
    return found


_OTHER_TABLES = {
    "tags": ("annotations", "documents", "text_layers"),
    "annotations": ("tags", "documents", "text_layers"),
    "documents": ("tags", "annotations", "text_layers"),
}


def _check_cross_kind(conn: Connection, kind: str, items: Sequence[dict[str, Any]]) -> None:
    """Refuse ids that this library already uses for another kind of thing."""
    if items:
        uuids = [item["uuid"] for item in items]
        for table in _OTHER_TABLES[kind]:
            clash = _uuid_owners(conn, uuids, table)
            if clash:
                one = sorted(clash)[0]
                raise InvalidAnnotationSet(
                    f"id {one} of the file's {kind} is already used in this library by "
                    f"{table.replace('_', ' ')}"
                )


def _local_annotations(conn: Connection, uuids: Sequence[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for i in range(0, len(uuids), LOOKUP_CHUNK):
        chunk = uuids[i : i + LOOKUP_CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = (
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations a JOIN pages p ON p.id = a.page_id "
            "JOIN documents d ON d.id = p.document_id "
            "LEFT JOIN text_layers tl ON tl.id = a.text_layer_id "
            f"LEFT JOIN tags t ON t.id = a.tag_id WHERE a.uuid IN ({marks})"
        )
        for row in conn.exec_driver_sql(sql, tuple(chunk)):
            found[str(row[0])] = annotation_record(row)
    return found


local_annotations = (
    _local_annotations  # also read by the W3C importer (app.core.exchange.w3c_import)
)


def _plan_tags(conn: Connection, data: dict[str, Any], plan: MergePlan) -> None:
    local = {t["uuid"]: t for t in tag_records(conn)}
    incoming = {t["uuid"] for t in data["tags"]}
    names = {t["uuid"]: t["name"] for t in [*local.values(), *data["tags"]]}
    for tag in data["tags"]:
        tag = _normalise_times(tag, ("created", "modified"))
        if tag["parent"] is not None and tag["parent"] not in incoming | local.keys():
            raise InvalidAnnotationSet(f"tag {tag['name']!r} has a parent that is nowhere")
        mine = local.get(tag["uuid"])
        if mine is None:
            plan.new_tags.append(tag)
            plan.report.tags_added.append(tag["uuid"])
        elif mine != tag:
            side = winner(mine, tag)
            plan.report.conflicts.append(
                Conflict("tag", tag["uuid"], mine["modified"], tag["modified"], side)
            )
            if side == "incoming":
                plan.tag_updates.append(tag)
                plan.befores[tag["uuid"]] = mine
                plan.report.tags_updated.append(tag["uuid"])
    parents = {u: t["parent"] for u, t in local.items()}
    check_tag_tree(parents, plan.new_tags + plan.tag_updates, names)


def _resolve_layer(
    conn: Connection, page: _LocalPage, ann: dict[str, Any], texts: dict[TextLayerId, str]
) -> TextLayerId | None:
    """The local text layer a text anchor refers to, with its offsets checked against it."""
    anchor = ann["anchor"].get("text")
    if anchor is None:
        return None
    layer_id = page.layers.get(anchor["layer"]) if anchor["layer"] else None
    if layer_id is None:
        if anchor["layer"] is not None:  # a copy: the caller's data stays as it was
            ann["anchor"] = {**ann["anchor"], "text": {**anchor, "layer": None}}
        return None
    if layer_id not in texts:
        texts[layer_id] = str(
            conn.exec_driver_sql("SELECT text FROM text_layers WHERE id = ?", (layer_id,)).scalar()
        )
    text = texts[layer_id]
    if anchor["end"] > len(text):
        raise InvalidAnnotationSet(
            f"annotation {ann['uuid']}: text offsets {anchor['start']}-{anchor['end']} lie "
            f"beyond the page text ({len(text)} characters)"
        )
    return layer_id


def _quote_ok(
    ann: dict[str, Any], layer_id: TextLayerId | None, texts: dict[TextLayerId, str]
) -> bool:
    anchor = ann["anchor"].get("text")
    if anchor is None or layer_id is None or anchor["quote"] is None:
        return True
    return bool(texts[layer_id][anchor["start"] : anchor["end"]] == anchor["quote"])


def _plan_documents(
    conn: Connection, data: dict[str, Any]
) -> tuple[dict[str, tuple[_LocalDocument, dict[str, Any]]], list[dict[str, Any]]]:
    """The file's documents this library holds (by SHA-256), and the others (skipped)."""
    local = _local_documents(conn, [d["sha256"] for d in data["documents"]])
    matched = {}
    skipped = []
    for doc in data["documents"]:
        mine = local.get(doc["sha256"])
        if mine is None:
            skipped.append(doc)
            continue
        if len(mine.pages) != doc["page_count"]:
            raise InvalidAnnotationSet(
                f"document {doc['title']!r} has {doc['page_count']} pages in the file but "
                f"{len(mine.pages)} in this library"
            )
        matched[doc["uuid"]] = (mine, doc)
    for doc in data["documents"]:
        sha = _document_sha(conn, doc["uuid"])
        if sha is not None and sha != doc["sha256"]:
            raise InvalidAnnotationSet(
                f"document id {doc['uuid']} names another source in this library"
            )
    return matched, skipped


def _document_sha(conn: Connection, doc_uuid: str) -> str | None:
    sha = conn.exec_driver_sql(
        "SELECT source_sha256 FROM documents WHERE uuid = ?", (doc_uuid,)
    ).scalar()
    return None if sha is None else str(sha)


def _incoming_record(ann: dict[str, Any], doc_uuid: str, tags: set[str]) -> dict[str, Any]:
    rec = _normalise_times(ann, ("created", "modified"))
    rec["document"] = doc_uuid
    body = rec.get("body")
    if rec.get("kind") == "redaction" and isinstance(body, dict) and "publish" in body:
        # the opt-in flag of sets written before every accepted redaction was burned in
        # (migration 0004 dropped it here too): the same redaction, not a conflict
        rec["body"] = {k: v for k, v in body.items() if k != "publish"}
    if rec["tag"] is not None and rec["tag"] not in tags:
        raise InvalidAnnotationSet(f"annotation {ann['uuid']} refers to a tag that is nowhere")
    return rec


def _same_place(mine: dict[str, Any], rec: dict[str, Any]) -> None:
    if (mine["document"], mine["page"], mine["kind"]) != (
        rec["document"],
        rec["page"],
        rec["kind"],
    ):
        raise InvalidAnnotationSet(
            f"annotation id {rec['uuid']} is already used in this library by a {mine['kind']} "
            f"on page {mine['page'] + 1} of another or the same document; the file has a "
            f"{rec['kind']} on page {rec['page'] + 1}"
        )


def _plan_one(
    plan: MergePlan,
    rec: dict[str, Any],
    mine: dict[str, Any] | None,
    target: tuple[PageId, TextLayerId | None],
) -> None:
    report = plan.report
    if mine is None:
        plan.inserts.append((rec, *target))
        if rec["deleted"]:
            report.tombstones_stored += 1
        else:
            report.added.append(rec["uuid"])
        return
    _same_place(mine, rec)
    if mine == rec:
        report.unchanged += 1
        return
    side = winner(mine, rec)
    report.conflicts.append(
        Conflict("annotation", rec["uuid"], mine["modified"], rec["modified"], side)
    )
    if side == "incoming":
        plan.updates.append((rec, *target))
        plan.befores[rec["uuid"]] = mine
        deleting = rec["deleted"] and not mine["deleted"]
        (report.deleted if deleting else report.updated).append(rec["uuid"])


def _plan_annotations(
    conn: Connection,
    chunk: Sequence[dict[str, Any]],
    matched: dict[str, tuple[_LocalDocument, dict[str, Any]]],
    plan: MergePlan,
    tags: set[str],
    texts: dict[TextLayerId, str],
) -> None:
    """Plan one chunk of the file's annotations (``texts`` caches layer texts across chunks)."""
    _check_cross_kind(conn, "annotations", chunk)
    anns = [a for a in chunk if a["document"] in matched]
    local = _local_annotations(conn, [a["uuid"] for a in anns])
    for ann in anns:
        doc = matched[ann["document"]][0]
        page = doc.pages[ann["page"]]
        rec = _incoming_record(ann, doc.uuid, tags)
        layer_id = _resolve_layer(conn, page, rec, texts)
        if not _quote_ok(rec, layer_id, texts):
            plan.report.quote_mismatches.append(rec["uuid"])
        _plan_one(plan, rec, local.get(rec["uuid"]), (page.id, layer_id))


def _review_wins(local: dict[str, Any], incoming: dict[str, Any]) -> bool:
    lat, iat = parse_iso(local["at"]), parse_iso(incoming["at"])
    if iat is None or local == incoming:
        return False
    if lat is None or iat != lat:
        return lat is None or iat > lat
    return dump(incoming) > dump(local)


def _plan_pages(
    conn: Connection, matched: dict[str, tuple[_LocalDocument, dict[str, Any]]], plan: MergePlan
) -> None:
    for mine, doc in matched.values():
        for local_page, page in zip(mine.pages, doc["pages"], strict=True):
            row = conn.exec_driver_sql(
                "SELECT review_status, reviewed_by, reviewed_at FROM pages WHERE id = ?",
                (local_page.id,),
            ).one()
            local = {"status": row[0], "by": row[1], "at": iso(row[2])}
            incoming = {**page["review"], "at": iso(parse_iso(page["review"]["at"]))}
            if _review_wins(local, incoming):
                review = {"page": page["index"], **incoming}
                plan.page_reviews.append((local_page.id, mine.uuid, review))
        _plan_metadata(conn, mine, doc, plan)


def _plan_metadata(
    conn: Connection, mine: _LocalDocument, doc: dict[str, Any], plan: MergePlan
) -> None:
    local = metadata_records(conn, mine.id)
    for key, value in sorted(doc["metadata"].items()):
        value = _normalise_times(value, ("modified",))
        kept = local.get(key)
        if kept is None or (kept != value and winner(kept, value) == "incoming"):
            plan.metadata.append((mine.id, mine.uuid, key, value))


def _chunks(items: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while chunk := list(islice(items, size)):
        yield chunk


def merge_set(
    conn: Connection,
    aset: AnnotationSet,
    *,
    dry_run: bool = False,
    author: str = "",
    watch: Watch | None = None,
) -> MergeReport:
    """Merge the checked set ``aset`` inside the caller's transaction (a dry run writes
    nothing): tags first, then the annotations a chunk at a time, planned and written, then page
    reviews and metadata. Memory holds one chunk of annotations, never the whole set."""
    watch = watch or Watch()
    head = aset.head
    plan = MergePlan(MergeReport(dry_run=dry_run))
    _check_cross_kind(conn, "tags", head["tags"])
    _check_cross_kind(conn, "documents", head["documents"])
    matched, skipped = _plan_documents(conn, head)
    _plan_tags(conn, head, plan)
    if not dry_run:
        apply_tags(conn, plan, author)
    tags = {t["uuid"] for t in head["tags"]} | {t["uuid"] for t in tag_records(conn)}
    texts: dict[TextLayerId, str] = {}
    done = 0
    watch.tick(0, aset.estimate)
    for chunk in _chunks(aset.annotations(), MERGE_CHUNK):
        step = MergePlan(plan.report, befores=plan.befores)
        _plan_annotations(conn, chunk, matched, step, tags, texts)
        if not dry_run:
            apply_annotations(conn, step, author)
        plan.befores.clear()
        done += len(chunk)
        watch.tick(done, max(done, aset.estimate))
    watch.tick(done, done)
    plan.report.skipped = [
        SkippedDocument(d["uuid"], d["title"], d["sha256"], aset.per_document[d["uuid"]])
        for d in skipped
    ]
    _plan_pages(conn, matched, plan)
    plan.report.pages_updated = len(plan.page_reviews)
    plan.report.metadata_updated = len(plan.metadata)
    if not dry_run:
        apply_pages(conn, plan, author)
    return plan.report


def merge_annotation_set(
    lib: Library,
    data: dict[str, Any] | AnnotationSet,
    *,
    dry_run: bool = False,
    author: str = "",
    watch: Watch | None = None,
) -> MergeReport:
    """Merge an already checked annotation set into ``lib``, all or nothing."""
    aset = data if isinstance(data, AnnotationSet) else AnnotationSet.of(data)
    if dry_run:
        with lib.reading() as session:
            return merge_set(session.connection(), aset, dry_run=True, watch=watch)
    with lib.transaction() as session:
        conn = session.connection()
        if lib.on_server:  # the server sizes its own caches
            return merge_set(conn, aset, author=author, watch=watch)
        old = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = {MERGE_CACHE_KB}")  # bulk index updates
        try:
            return merge_set(conn, aset, author=author, watch=watch)
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(old or -2000)}")


def import_annotations(
    lib: Library,
    path: Path | str,
    *,
    dry_run: bool = False,
    author: str = "",
    max_bytes: int = MAX_BYTES,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> MergeReport:
    """Check the Redline JSON file at ``path`` and merge it into ``lib`` (see module doc).

    The file is read in a stream (:mod:`app.core.exchange.annotation_set`): its annotations
    are checked and merged a chunk at a time in one transaction, undone whole if any is bad.
    ``on_progress(done, total)`` follows the merge; ``cancel()`` returning true stops it and
    undoes it (:class:`MergeCancelled`).
    """
    watch = Watch(on_progress, cancel)
    with _no_gc():
        try:
            with open_annotation_set(path, max_bytes=max_bytes) as aset:
                return merge_annotation_set(lib, aset, dry_run=dry_run, author=author, watch=watch)
        except OtherLayout:  # an annotation spanned lines: undone, and redone read whole
            pass
        with open_annotation_set(path, max_bytes=max_bytes, whole=True) as aset:
            return merge_annotation_set(lib, aset, dry_run=dry_run, author=author, watch=watch)


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: a large set is millions of acyclic objects, and
    repeated full collections over them would take longer than the import itself."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
