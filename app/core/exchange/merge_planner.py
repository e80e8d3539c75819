"""One merge, step by step inside one transaction: the documents, the tags, the annotations a
chunk at a time, then the pages. Each step is planned against the library (three-way for sets
of version 2, the later modification for version 1) and, unless it is a dry run, written at once
(:mod:`app.core.exchange.merge_writer`); what it did is added to the :class:`MergeReport`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app.core.annotating.exemptions import unknown_codes
from app.core.annotating.reading import refresh_corrected_index
from app.core.annotating.review import page_uuid
from app.core.annotating.revisions import (
    Stamp,
    Version,
    annotation_fields,
    conflicts_from_json,
    next_change,
    revisions_json,
    stamp,
    tag_fields,
)
from app.core.annotating.snapshots import RowChanges, changes_between, read_rows
from app.core.annotating.vocabulary import kind_name
from app.core.exchange.annotation_set import AnnotationSet
from app.core.exchange.common import (
    ANNOTATION_COLUMNS,
    ANNOTATION_JOINS,
    annotation_record,
    canonical_time,
    driver_rows,
    dump,
    iso,
    parse_iso,
)
from app.core.exchange.merge_outcome import (
    MergeReport,
    Settled,
    SkippedDocument,
    UnknownCodes,
    Winner,
    annotation_outcome,
    page_outcome,
    tag_outcome,
    v1_outcome,
)
from app.core.exchange.merge_writer import MergePlan, apply_annotations, apply_pages, apply_tags
from app.core.exchange.record_rules import InvalidAnnotationSet, check_tag_tree
from app.core.exchange.redline_json import metadata_records, tag_records
from app.core.exchange.three_way import (
    annotation_side,
    merge_sides,
    merged_annotation,
    merged_page,
    merged_tag,
    page_side,
    tag_side,
)
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.wording import Message, translate

LOOKUP_CHUNK = 500


@dataclass
class LocalPage:
    id: PageId
    active_layer: TextLayerId | None
    layers: dict[str, TextLayerId]  # source -> layer id (the active one preferred)


@dataclass
class LocalDocument:
    id: DocumentId
    uuid: str
    title: str
    pages: list[LocalPage]


def winner(local: dict[str, Any], incoming: dict[str, Any]) -> Winner:
    """Version 1: the side whose record is kept: the later ``modified``; on a tie the larger
    canonical JSON (so both merge directions agree)."""
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


def _local_pages(conn: Connection, document_id: DocumentId) -> list[LocalPage]:
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
        pages.append(LocalPage(PageId(int(page_id)), active_layer, layers))
    return pages


def _local_documents(conn: Connection, hashes: Sequence[str]) -> dict[str, LocalDocument]:
    found: dict[str, LocalDocument] = {}
    for sha in hashes:
        row = conn.exec_driver_sql(
            "SELECT id, uuid, title FROM documents WHERE source_sha256 = ?", (sha,)
        ).first()
        if row is not None:
            doc_id = DocumentId(int(row[0]))
            pages = _local_pages(conn, doc_id)
            found[sha] = LocalDocument(doc_id, str(row[1]), str(row[2]), pages)
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
_THINGS = {  # the kinds of thing an id names, as a sentence names them
    "tags": translate("Redline", "tags"),
    "annotations": translate("Redline", "annotations"),
    "documents": translate("Redline", "documents"),
    "text_layers": translate("Redline", "text layers"),
}


def _check_cross_kind(conn: Connection, kind: str, uuids: Sequence[str]) -> None:
    """Refuse ids that this library already uses for another kind of thing."""
    for table in _OTHER_TABLES[kind]:
        clash = _uuid_owners(conn, uuids, table)
        if clash:
            one = sorted(clash)[0]
            raise InvalidAnnotationSet(
                translate(
                    "Redline",
                    "id {id} of the file's {kind} is already used in this library by {table}",
                ).format(id=one, kind=_THINGS[kind], table=_THINGS[table])
            )


def local_annotations(
    conn: Connection, uuids: Sequence[str], *, history: bool = True
) -> dict[str, dict[str, Any]]:
    """This library's annotations of ``uuids`` as export records (with their revisions and
    conflicts unless ``history`` is false)."""
    found: dict[str, dict[str, Any]] = {}
    for i in range(0, len(uuids), LOOKUP_CHUNK):
        chunk = uuids[i : i + LOOKUP_CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {ANNOTATION_COLUMNS} {ANNOTATION_JOINS}WHERE a.uuid IN ({marks})"
        for row in driver_rows(conn, sql, chunk):
            found[str(row[0])] = annotation_record(row, history=history)
    return found


def _resolve_layer(
    conn: Connection, page: LocalPage, ann: dict[str, Any], texts: dict[TextLayerId, str]
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
            translate(
                "Redline",
                "annotation {id}: text offsets {start}-{end} lie beyond the page text "
                "({length} characters)",
            ).format(id=ann["uuid"], start=anchor["start"], end=anchor["end"], length=len(text))
        )
    return layer_id


def _quote_ok(
    ann: dict[str, Any], layer_id: TextLayerId | None, texts: dict[TextLayerId, str]
) -> bool:
    anchor = ann["anchor"].get("text")
    if anchor is None or layer_id is None or anchor["quote"] is None:
        return True
    return bool(texts[layer_id][anchor["start"] : anchor["end"]] == anchor["quote"])


def _same_place(mine: dict[str, Any], rec: dict[str, Any]) -> None:
    if (mine["document"], mine["page"]) != (rec["document"], rec["page"]) or (
        mine["kind"] != rec["kind"] and "revisions" not in rec
    ):
        raise InvalidAnnotationSet(
            translate(
                "Redline",
                "annotation id {id} is already used in this library by a {kind} on page {page} "
                "of another or the same document; the file has a {kind2} on page {page2}",
            ).format(
                id=rec["uuid"], kind=kind_name(mine["kind"]), page=mine["page"] + 1,
                kind2=kind_name(rec["kind"]), page2=rec["page"] + 1,
            )
        )  # fmt: skip


def _history_free(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("revisions", "conflicts")}


def _json(raw: str | None) -> dict[str, Any]:
    return {} if not raw else dict(json.loads(raw))


def _review_wins(local: dict[str, Any], incoming: dict[str, Any]) -> bool:
    """Version 1: whether the incoming page review is the later one."""
    lat, iat = parse_iso(local["at"]), parse_iso(incoming["at"])
    if iat is None or local == incoming:
        return False
    if lat is None or iat != lat:
        return lat is None or iat > lat
    return dump(incoming) > dump(local)


def _plan_metadata(
    conn: Connection, mine: LocalDocument, doc: dict[str, Any], plan: MergePlan
) -> None:
    """Document metadata: the later value wins (in both versions of the format)."""
    local = metadata_records(conn, mine.id)
    for key, value in sorted(doc["metadata"].items()):
        value = _normalise_times(value, ("modified",))
        kept = local.get(key)
        if kept is None or (kept != value and winner(kept, value) == "incoming"):
            plan.metadata.append((mine.id, mine.uuid, key, value))


class Merger:
    """One merge inside the caller's session. Writes nothing on a dry run; with ``undo`` it
    keeps the rows it changed, before and after (the window's undo step)."""

    def __init__(
        self, session: Session, aset: AnnotationSet, report: MergeReport, *, author: str,
        undo: bool = False,
    ) -> None:  # fmt: skip
        self.session, self.conn = session, session.connection()
        self.head, self.report = aset.head, report
        self.three_way = aset.version >= 2
        self.author = author
        self.undo: RowChanges | None = RowChanges() if undo else None
        self.texts: dict[TextLayerId, str] = {}
        self.corrected_pages: set[PageId] = set()
        self.matched: dict[str, tuple[LocalDocument, dict[str, Any]]] = {}
        self.tags: set[str] = set()
        self.skipped = Counter[str]()
        self._stamp: Stamp | None = None

    @property
    def writing(self) -> bool:
        return not self.report.dry_run

    def change_stamp(self, by: str, at: str) -> Stamp:
        """This library's change number for what a version 1 set changes here (one a merge)."""
        if self._stamp is None:
            replica, number = next_change(self.conn) if self.writing else ("", 0)
            self._stamp = Stamp(replica, number, by, at)
        return Stamp(self._stamp.replica, self._stamp.number, by, at)

    # -- documents and tags ---------------------------------------------------------------------

    def plan_documents(self) -> None:
        """The file's documents this library holds (by SHA-256); the others are skipped."""
        documents = self.head["documents"]
        _check_cross_kind(self.conn, "documents", [d["uuid"] for d in documents])
        _check_cross_kind(self.conn, "tags", [t["uuid"] for t in self.head["tags"]])
        local = _local_documents(self.conn, [d["sha256"] for d in documents])
        for doc in documents:
            sha = self.conn.exec_driver_sql(
                "SELECT source_sha256 FROM documents WHERE uuid = ?", (doc["uuid"],)
            ).scalar()
            if sha is not None and sha != doc["sha256"]:
                raise InvalidAnnotationSet(
                    translate("Redline", "document id {id} names another source in this library")
                    .format(id=doc["uuid"])
                )  # fmt: skip
            mine = local.get(doc["sha256"])
            if mine is None:
                continue
            if len(mine.pages) != doc["page_count"]:
                raise InvalidAnnotationSet(
                    translate(
                        "Redline",
                        "document {title!r} has {count} pages in the file but {mine} in this "
                        "library",
                    ).format(title=doc["title"], count=doc["page_count"], mine=len(mine.pages))
                )
            self.matched[doc["uuid"]] = (mine, doc)

    def plan_tags(self) -> None:
        local = {t["uuid"]: t for t in tag_records(self.conn)}
        self.tags = {t["uuid"] for t in self.head["tags"]} | local.keys()
        names = self.report.tag_names
        names.update({u: t["name"] for u, t in local.items()})
        names.update({t["uuid"]: t["name"] for t in self.head["tags"]})
        plan = MergePlan()
        for tag in self.head["tags"]:
            tag = _normalise_times(tag, ("created", "modified"))
            self._check_tag_refs(tag, "parent", tag["name"])
            mine = local.get(tag["uuid"])
            if mine is None:
                plan.new_tags.append({"revisions": {}, "conflicts": {}, **tag})
                if tag["deleted"]:  # (stored, to travel on: it was never here to add)
                    self.report.tombstones_stored += 1
                else:
                    self.report.tags_added.append(tag["uuid"])
                self.report.outcomes.append(tag_outcome(tag))
            elif self.three_way:
                self._three_way_tag(plan, mine, tag)
            elif _history_free(mine) != tag:
                self._v1_tag(plan, mine, tag)
        parents = {u: t["parent"] for u, t in local.items()}
        check_tag_tree(parents, plan.new_tags + plan.tag_updates, names)
        changed = [t["uuid"] for t in plan.new_tags + plan.tag_updates]
        self._write(plan, "tags", changed, apply_tags)

    def _check_tag_refs(self, record: dict[str, Any], name: str, what: str | Message) -> None:
        """A tag a record, or a value it holds in conflict, refers to must be somewhere."""
        refs = [record.get(name) if name == "parent" else record.get("tag")]
        refs += [s.get("value") for s in record.get("conflicts", {}).get(name, [])]
        for ref in refs:
            if ref is not None and ref not in self.tags:
                raise InvalidAnnotationSet(
                    translate("Redline", "{what} refers to a tag that is nowhere").format(what=what)
                )

    def _three_way_tag(self, plan: MergePlan, mine: dict[str, Any], tag: dict[str, Any]) -> None:
        tag = {"revisions": {}, "conflicts": {}, **tag}
        if mine == tag:
            return
        merged = merge_sides(tag_side(mine), tag_side(tag))
        if not merged.changed:
            return
        plan.tag_updates.append(merged_tag(mine, tag, merged))
        plan.befores[tag["uuid"]] = mine
        if merged.new_conflicts():
            self.report.conflicts.append(tag["uuid"])
        outcome = tag_outcome(mine, merged)
        deleted = outcome.action == "deleted"
        (self.report.tags_deleted if deleted else self.report.tags_updated).append(tag["uuid"])
        self.report.outcomes.append(outcome)
        if outcome.action == "settled":
            self.report.decided.append(tag["uuid"])

    def _v1_tag(self, plan: MergePlan, mine: dict[str, Any], tag: dict[str, Any]) -> None:
        side = winner(_history_free(mine), tag)
        settled = Settled("tag", tag["uuid"], mine["modified"], tag["modified"], side)
        self.report.settled.append(settled)
        if side == "incoming":
            change = self.change_stamp(self.author, tag["modified"])
            versions = {n: Version.from_json(v) for n, v in mine["revisions"].items()}
            versions = stamp(versions, tag_fields(mine), tag_fields(tag), change,
                             conflicts=conflicts_from_json(mine["conflicts"]))  # fmt: skip
            after = {**tag, "revisions": revisions_json(versions), "conflicts": mine["conflicts"]}
            plan.tag_updates.append(after)
            plan.befores[tag["uuid"]] = mine
            deleting = tag["deleted"] and not mine["deleted"]
            (self.report.tags_deleted if deleting else self.report.tags_updated).append(tag["uuid"])

    # -- annotations ----------------------------------------------------------------------------

    def plan_annotations(self, chunk: list[dict[str, Any]]) -> None:
        """Plan (and write) one chunk of the file's annotations."""
        mine_only = []
        for ann in chunk:
            if ann["document"] in self.matched:
                mine_only.append(ann)
            else:
                self.skipped[ann["document"]] += 1
        if not mine_only:
            return
        uuids = [a["uuid"] for a in mine_only]
        _check_cross_kind(self.conn, "annotations", uuids)
        local = local_annotations(self.conn, uuids)
        plan = MergePlan()
        where: dict[str, tuple[str, int]] = {}
        for ann in mine_only:
            doc = self.matched[ann["document"]][0]
            page = doc.pages[ann["page"]]
            rec = self._incoming(ann, doc.uuid)
            where[rec["uuid"]] = (doc.title, int(ann["page"]) + 1)
            mine = local.get(rec["uuid"])
            if mine is not None:
                _same_place(mine, rec)
            if mine is not None and self.three_way:
                self._plan_three_way(plan, rec, mine, page, doc)
            else:
                self._plan_v1(plan, rec, mine, page, doc)
        for r, _, _ in plan.inserts + plan.updates:  # stored as written, but not silently
            unknown = unknown_codes(str(r.get("kind")), r.get("body") or {})
            if unknown:
                title, number = where[r["uuid"]]
                self.report.unknown_codes.append(UnknownCodes(r["uuid"], title, number, unknown))
        changed = [r["uuid"] for r, _, _ in plan.inserts + plan.updates]
        self._write(plan, "annotations", changed, apply_annotations)

    def _incoming(self, ann: dict[str, Any], doc_uuid: str) -> dict[str, Any]:
        rec = _normalise_times(ann, ("created", "modified"))
        rec["document"] = doc_uuid
        body = rec.get("body")
        if rec.get("kind") == "redaction" and isinstance(body, dict) and "publish" in body:
            # the opt-in flag of sets written before every accepted redaction was burned in
            # (migration 0004 dropped it here too): the same redaction, not a conflict
            rec["body"] = {k: v for k, v in body.items() if k != "publish"}
        what = translate("Redline", "annotation {id}").format(id=ann["uuid"])
        self._check_tag_refs(rec, "body.tag", what)
        if self.three_way:
            rec.setdefault("revisions", {})
            rec.setdefault("conflicts", {})
        return rec

    def _bind(self, rec: dict[str, Any], page: LocalPage) -> TextLayerId | None:
        layer_id = _resolve_layer(self.conn, page, rec, self.texts)
        if not _quote_ok(rec, layer_id, self.texts):
            self.report.quote_mismatches.append(rec["uuid"])
        return layer_id

    def _plan_v1(
        self,
        plan: MergePlan,
        rec: dict[str, Any],
        mine: dict[str, Any] | None,
        page: LocalPage,
        doc: LocalDocument,
    ) -> None:
        """A new annotation (any version), or one of a version 1 set: the later one wins."""
        report = self.report
        if mine is None:
            plan.inserts.append(({"revisions": {}, "conflicts": {}, **rec}, page.id,
                                 self._bind(rec, page)))  # fmt: skip
            if rec["deleted"]:
                report.tombstones_stored += 1
            else:
                report.added.append(rec["uuid"])
            report.outcomes.append(annotation_outcome(doc.title, rec))
            self._note_correction(page, rec)
            return
        if _history_free(mine) == rec:
            report.unchanged += 1
            return
        side = winner(_history_free(mine), rec)
        settled = Settled("annotation", rec["uuid"], mine["modified"], rec["modified"], side)
        report.settled.append(settled)
        report.outcomes.append(v1_outcome(doc.title, mine, rec, side))
        if side == "incoming":
            change = self.change_stamp(self.author, rec["modified"])
            versions = {n: Version.from_json(v) for n, v in mine["revisions"].items()}
            versions = stamp(versions, annotation_fields(mine), annotation_fields(rec), change,
                             conflicts=conflicts_from_json(mine["conflicts"]))  # fmt: skip
            after = {**rec, "revisions": revisions_json(versions), "conflicts": mine["conflicts"]}
            plan.updates.append((after, page.id, self._bind(after, page)))
            plan.befores[rec["uuid"]] = mine
            deleting = rec["deleted"] and not mine["deleted"]
            (report.deleted if deleting else report.updated).append(rec["uuid"])
            self._note_correction(page, mine, rec)

    def _plan_three_way(
        self,
        plan: MergePlan,
        rec: dict[str, Any],
        mine: dict[str, Any],
        page: LocalPage,
        doc: LocalDocument,
    ) -> None:
        report = self.report
        merged = None if mine == rec else merge_sides(annotation_side(mine), annotation_side(rec))
        if merged is None or not merged.changed:
            report.unchanged += 1
            return
        after = merged_annotation(mine, rec, merged)
        plan.updates.append((after, page.id, self._bind(after, page)))
        plan.befores[rec["uuid"]] = mine
        outcome = annotation_outcome(doc.title, after, merged)
        report.outcomes.append(outcome)
        if merged.new_conflicts():
            report.conflicts.append(rec["uuid"])
        self._count(outcome.action, rec["uuid"])
        self._note_correction(page, mine, after)

    def _count(self, action: str, uuid: str) -> None:
        if action == "deleted":
            self.report.deleted.append(uuid)
        elif action in ("updated", "restored"):
            self.report.updated.append(uuid)
        elif action == "settled":
            self.report.decided.append(uuid)
        elif action == "versions":
            self.report.history_only += 1

    def _note_correction(self, page: LocalPage, *records: dict[str, Any]) -> None:
        if any(r["kind"] == "correction" for r in records):
            self.corrected_pages.add(page.id)

    # -- pages ----------------------------------------------------------------------------------

    def plan_pages(self) -> None:
        plan = MergePlan()
        for mine, doc in self.matched.values():
            for local_page, page in zip(mine.pages, doc["pages"], strict=True):
                self._plan_page(plan, mine, local_page, page)
            _plan_metadata(self.conn, mine, doc, plan)
        self.report.pages_updated = len(plan.page_reviews)
        self.report.metadata_updated = len(plan.metadata)
        changed = [pid for pid, _, _ in plan.page_reviews]
        metadata = self._metadata_rows() if plan.metadata else {}
        self._write(plan, "pages", changed, apply_pages, always=bool(plan.metadata))
        if self.undo is not None and plan.metadata and self.writing:
            after = self._metadata_rows()
            self.undo.extend(changes_between("document_metadata", metadata, after))

    def _metadata_rows(self) -> dict[Any, tuple[Any, ...]]:
        if self.undo is None:
            return {}
        docs = [mine.id for mine, _ in self.matched.values()]
        marks = ",".join("?" * len(docs))
        ids = self.conn.exec_driver_sql(
            f"SELECT id FROM document_metadata WHERE document_id IN ({marks})", tuple(docs)
        ).scalars()
        return read_rows(self.conn, "document_metadata", list(ids))

    def _plan_page(
        self, plan: MergePlan, doc: LocalDocument, local_page: LocalPage, page: dict[str, Any]
    ) -> None:
        row = self.conn.exec_driver_sql(
            "SELECT review_status, reviewed_by, reviewed_at, revisions, conflicts FROM pages "
            "WHERE id = ?",
            (local_page.id,),
        ).one()
        review = {"status": row[0], "by": row[1], "at": iso(row[2])}
        local = {**page, "review": review, "revisions": _json(row[3]), "conflicts": _json(row[4])}
        theirs = {**page["review"], "at": iso(parse_iso(page["review"]["at"]))}
        if not self.three_way:
            if _review_wins(review, theirs):
                change = self.change_stamp(theirs["by"] or "", theirs["at"] or "")
                versions = {n: Version.from_json(v) for n, v in local["revisions"].items()}
                versions = stamp(versions, review, theirs, change)
                after = {**local, "review": theirs, "revisions": revisions_json(versions)}
                plan.page_reviews.append((local_page.id, doc.uuid, after))
                key = page_uuid(doc.uuid, page["index"])
                outcome = page_outcome(doc.title, page["index"], theirs, uuid=key)
                self.report.outcomes.append(outcome)
            return
        incoming = {"revisions": {}, "conflicts": {}, **page, "review": theirs}
        merged = merge_sides(page_side(local), page_side(incoming), liveness=False)
        if not merged.changed:
            return
        after = merged_page(local, merged)
        plan.page_reviews.append((local_page.id, doc.uuid, after))
        key = page_uuid(doc.uuid, page["index"])
        if merged.new_conflicts():
            self.report.conflicts.append(key)
        outcome = page_outcome(doc.title, page["index"], after["review"], merged, uuid=key)
        self.report.outcomes.append(outcome)
        if outcome.action == "settled":
            self.report.decided.append(key)

    # -- writing --------------------------------------------------------------------------------

    def _write(
        self,
        plan: MergePlan,
        table: str,
        keys: list[Any],
        apply: Callable[[Connection, MergePlan, str], None],
        *,
        always: bool = False,
    ) -> None:
        """Write one planned step (keeping the rows before and after, for an undo)."""
        if not self.writing or not (keys or always):
            return
        before = read_rows(self.conn, table, keys) if self.undo is not None else {}
        apply(self.conn, plan, self.author)
        if self.undo is not None:
            self.undo.extend(changes_between(table, before, read_rows(self.conn, table, keys)))

    def finish(self) -> None:
        """The corrected reading of pages whose corrections changed; skipped documents."""
        if self.writing and self.corrected_pages:
            refresh_corrected_index(self.session, sorted(self.corrected_pages))
        self.report.skipped = [
            SkippedDocument(d["uuid"], d["title"], d["sha256"], self.skipped[d["uuid"]])
            for d in self.head["documents"]
            if d["uuid"] not in self.matched
        ]
        self.report.undo = self.undo
