"""A merge's annotations, a chunk at a time: each matched to this library's record of its uuid
(in the same place), then added, merged three-way (version 2) or settled by the later
``modified`` (version 1), bound to the local text layer its anchor names, and the chunk written;
exemption codes outside the vocabulary and quotes of other text are noted for the report.
"""

from __future__ import annotations

from typing import Any

from app.core.annotating.exemptions import unknown_codes
from app.core.annotating.revisions import (
    Version,
    annotation_fields,
    conflicts_from_json,
    revisions_json,
    stamp,
)
from app.core.annotating.vocabulary import kind_name
from app.core.exchange.merge_local import (
    LocalDocument,
    LocalPage,
    check_cross_kind,
    local_annotations,
    quote_ok,
    resolve_layer,
)
from app.core.exchange.merge_outcome import Settled, UnknownCodes, annotation_outcome, v1_outcome
from app.core.exchange.merge_state import MergeState, history_free, normalise_times, winner
from app.core.exchange.merge_writer import MergePlan, apply_annotations
from app.core.exchange.record_rules import InvalidAnnotationSet
from app.core.exchange.three_way import annotation_side, merge_sides, merged_annotation
from app.core.ids import TextLayerId
from app.core.wording import Message, translate


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


def _annotation_named(uuid: str) -> Message:
    return translate("Redline", "annotation {id}").format(id=uuid)


class AnnotationPlanning(MergeState):
    """The annotation step of :class:`~app.core.exchange.merge_planner.Merger`."""

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
        check_cross_kind(self.conn, "annotations", uuids)
        local = local_annotations(self.conn, uuids)
        plan = MergePlan()
        for ann in mine_only:
            doc = self.matched[ann["document"]][0]
            page = doc.pages[ann["page"]]
            rec = self._incoming(ann, doc.uuid)
            mine = local.get(rec["uuid"])
            if mine is not None:
                _same_place(mine, rec)
            if mine is not None and self.three_way:
                self._plan_three_way(plan, rec, mine, page, doc)
            else:
                self._plan_v1(plan, rec, mine, page, doc)
        changed = []
        titles: dict[str, str] = {}  # by uuid here, as a planned record names its document
        for r, _, _ in plan.inserts + plan.updates:  # stored as written, but not silently
            changed.append(r["uuid"])
            unknown = unknown_codes(str(r.get("kind")), r.get("body") or {})
            if unknown:
                titles = titles or {doc.uuid: doc.title for doc, _ in self.matched.values()}
                self.report.unknown_codes.append(
                    UnknownCodes(r["uuid"], titles[r["document"]], int(r["page"]) + 1, unknown)
                )
        self._write(plan, "annotations", changed, apply_annotations)

    def _incoming(self, ann: dict[str, Any], doc_uuid: str) -> dict[str, Any]:
        rec = normalise_times(ann, ("created", "modified"))
        rec["document"] = doc_uuid
        body = rec.get("body")
        if rec.get("kind") == "redaction" and isinstance(body, dict) and "publish" in body:
            # the opt-in flag of sets written before every accepted redaction was burned in
            # (migration 0004 dropped it here too): the same redaction, not a conflict
            rec["body"] = {k: v for k, v in body.items() if k != "publish"}
        self._check_tag_refs(rec, "body.tag", lambda: _annotation_named(ann["uuid"]))
        if self.three_way:
            rec.setdefault("revisions", {})
            rec.setdefault("conflicts", {})
        return rec

    def _bind(self, rec: dict[str, Any], page: LocalPage) -> TextLayerId | None:
        layer_id = resolve_layer(self.conn, page, rec, self.texts)
        if not quote_ok(rec, layer_id, self.texts):
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
        if mine is None:  # (a version 2 record has its revisions and conflicts: no copy)
            new = rec if self.three_way else {"revisions": {}, "conflicts": {}, **rec}
            plan.inserts.append((new, page.id, self._bind(rec, page)))
            if rec["deleted"]:
                report.tombstones_stored += 1
            else:
                report.added.append(rec["uuid"])
            report.outcomes.append_new(doc.title, rec)
            self._note_correction(page, rec)
            return
        if history_free(mine) == rec:
            report.unchanged += 1
            return
        side = winner(history_free(mine), rec)
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
        for r in records:  # (a loop: a generator for one or two records cost more)
            if r["kind"] == "correction":
                self.corrected_pages.add(page.id)
                return
