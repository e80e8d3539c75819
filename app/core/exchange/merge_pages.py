"""A merge's step after the annotations: the page reviews of each matched document (three-way
for a set of version 2, the later review for version 1) and its metadata (the later value, in
both versions), written together, the metadata's rows kept for an undo.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from app.core.annotating.review import page_uuid
from app.core.annotating.revisions import Version, revisions_json, stamp
from app.core.annotating.snapshots import changes_between, read_rows
from app.core.exchange.common import dump, iso, parse_iso
from app.core.exchange.merge_local import LocalDocument, LocalPage
from app.core.exchange.merge_outcome import page_outcome
from app.core.exchange.merge_state import MergeState, normalise_times, winner
from app.core.exchange.merge_writer import MergePlan, apply_pages
from app.core.exchange.redline_json import metadata_records
from app.core.exchange.three_way import merge_sides, merged_page, page_side


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
        value = normalise_times(value, ("modified",))
        kept = local.get(key)
        if kept is None or (kept != value and winner(kept, value) == "incoming"):
            plan.metadata.append((mine.id, mine.uuid, key, value))


class PagePlanning(MergeState):
    """The page step of :class:`~app.core.exchange.merge_planner.Merger`."""

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
