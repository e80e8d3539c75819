"""One merge, step by step inside one transaction: the documents, the tags, the annotations a
chunk at a time, then the pages. Each step is planned against the library (three-way for sets
of version 2, the later modification for version 1) and, unless it is a dry run, written at once
(:mod:`app.core.exchange.merge_writer`); what it did is added to the :class:`MergeReport`.

:class:`Merger` plans the set's head here (the documents matched, the tags merged); the
annotations and the pages are mixins of their own modules
(:mod:`app.core.exchange.merge_annotations`, :mod:`app.core.exchange.merge_pages`) over the state
every step shares (:mod:`app.core.exchange.merge_state`); what the library holds is read by
:mod:`app.core.exchange.merge_local`.
"""

from __future__ import annotations

from typing import Any

from app.core.annotating.reading import refresh_corrected_index
from app.core.annotating.revisions import (
    Version,
    conflicts_from_json,
    revisions_json,
    stamp,
    tag_fields,
)
from app.core.exchange.merge_annotations import AnnotationPlanning
from app.core.exchange.merge_local import check_cross_kind, local_documents
from app.core.exchange.merge_outcome import Settled, SkippedDocument, tag_outcome
from app.core.exchange.merge_pages import PagePlanning
from app.core.exchange.merge_state import history_free, normalise_times, winner
from app.core.exchange.merge_writer import MergePlan, apply_tags
from app.core.exchange.record_rules import InvalidAnnotationSet, check_tag_tree
from app.core.exchange.redline_json import tag_records
from app.core.exchange.three_way import merge_sides, merged_tag, tag_side
from app.core.wording import translate


class Merger(AnnotationPlanning, PagePlanning):
    """One merge inside the caller's session. Writes nothing on a dry run; with ``undo`` it
    keeps the rows it changed, before and after (the window's undo step)."""

    # -- documents and tags ---------------------------------------------------------------------

    def plan_documents(self) -> None:
        """The file's documents this library holds (by SHA-256); the others are skipped."""
        documents = self.head["documents"]
        check_cross_kind(self.conn, "documents", [d["uuid"] for d in documents])
        check_cross_kind(self.conn, "tags", [t["uuid"] for t in self.head["tags"]])
        local = local_documents(self.conn, [d["sha256"] for d in documents])
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
            tag = normalise_times(tag, ("created", "modified"))
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
            elif history_free(mine) != tag:
                self._v1_tag(plan, mine, tag)
        parents = {u: t["parent"] for u, t in local.items()}
        check_tag_tree(parents, plan.new_tags + plan.tag_updates, names)
        changed = [t["uuid"] for t in plan.new_tags + plan.tag_updates]
        self._write(plan, "tags", changed, apply_tags)

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
        side = winner(history_free(mine), tag)
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
