"""The changes a merge makes, and writing them: bulk inserts and updates plus change-log rows.

:mod:`app.core.exchange.merge_planner` works out a :class:`MergePlan` for the tags, for each
chunk of annotations and for the pages, without writing; :func:`apply_tags`,
:func:`apply_annotations` (chunk by chunk) and :func:`apply_pages` (page reviews and metadata)
then write it inside the caller's transaction (inserts many rows a statement, :mod:`db.bulk`;
updates with executemany). Records carry their field
``revisions`` and ``conflicts``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from app.core.annotating.revisions import dump_column
from app.core.changelog import utcnow
from app.core.exchange.common import body_text, dump_compact, parse_iso
from app.core.exchange.in_turns import sorted_in_turns
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.live import notify
from db.bulk import insert_rows


@dataclass
class MergePlan:
    """What a merge will write (of its tags, one chunk of annotations, or its pages), worked out
    before it is written."""

    new_tags: list[dict[str, Any]] = field(default_factory=list)
    tag_updates: list[dict[str, Any]] = field(default_factory=list)
    inserts: list[tuple[dict[str, Any], PageId, TextLayerId | None]] = field(default_factory=list)
    updates: list[tuple[dict[str, Any], PageId, TextLayerId | None]] = field(default_factory=list)
    befores: dict[str, dict[str, Any]] = field(default_factory=dict)
    # (page id, document uuid, page record) and (document id, document uuid, key, value)
    page_reviews: list[tuple[PageId, str, dict[str, Any]]] = field(default_factory=list)
    metadata: list[tuple[DocumentId, str, str, dict[str, Any]]] = field(default_factory=list)


def db_time(value: str | datetime | None) -> str | None:
    """A timestamp as SQLAlchemy's DateTime stores it on SQLite (naive UTC, microseconds)."""
    if isinstance(value, str) and len(value) == 27 and value[10] == "T" and value[26] == "Z":
        return f"{value[:10]} {value[11:26]}"  # the canonical form of an export: fast path
    parsed = parse_iso(value) if isinstance(value, str) else value
    return None if parsed is None else parsed.isoformat(sep=" ", timespec="microseconds")


def _log(
    conn: Connection,
    rows: Sequence[tuple[str, str, dict[str, Any] | None, dict[str, Any] | None]],
    author: str,
) -> None:
    """Change-log rows (entity, uuid, before, after) with action ``merge``."""
    if not rows:
        return
    notify(conn, (r[0] for r in rows))  # other windows on a server library, on commit
    at = db_time(utcnow())
    insert_rows(
        conn,
        "INSERT INTO change_log (at, author, entity, entity_uuid, action, before, after)",
        "(?,?,?,?,'merge',?,?)",
        [
            (
                at,
                author,
                e,
                u,
                None if before is None else dump_compact(before),
                None if after is None else dump_compact(after),
            )
            for e, u, before, after in rows
        ],
    )


def _log_added(conn: Connection, entity: str, uuids: Sequence[str], author: str) -> None:
    """Change-log rows of things a merge added, logged without their record (``before`` and
    ``after`` NULL): on SQLite one statement reads the uuids from one JSON array (binding
    six values a row, 500 rows a statement, took a third of a second for 100,000); elsewhere
    as :func:`_log` writes rows."""
    if not uuids:
        return
    if conn.dialect.name != "sqlite":
        _log(conn, [(entity, u, None, None) for u in uuids], author)
        return
    conn.exec_driver_sql(
        "INSERT INTO change_log (at, author, entity, entity_uuid, action) "
        "SELECT ?, ?, ?, value, 'merge' FROM json_each(?) ORDER BY key",
        (db_time(utcnow()), author, entity, dump_compact(list(uuids))),
    )


def _tag_ids(conn: Connection) -> dict[str, int]:
    return {str(u): int(i) for i, u in conn.exec_driver_sql("SELECT id, uuid FROM tags")}


def apply_tags(conn: Connection, plan: MergePlan, author: str) -> None:
    if plan.new_tags:
        conn.exec_driver_sql(
            "INSERT INTO tags (uuid, name, colour, description, created_at, modified_at, "
            "deleted, revisions, conflicts) VALUES (?,?,?,?,?,?,?,?,?)",
            [_tag_values(t) for t in plan.new_tags],
        )
    if plan.tag_updates:
        conn.exec_driver_sql(
            "UPDATE tags SET name = ?, colour = ?, description = ?, created_at = ?, "
            "modified_at = ?, deleted = ?, revisions = ?, conflicts = ? WHERE uuid = ?",
            [(*_tag_values(t)[1:], t["uuid"]) for t in plan.tag_updates],
        )
    ids = _tag_ids(conn)
    changed = plan.new_tags + plan.tag_updates
    if changed:
        conn.exec_driver_sql(
            "UPDATE tags SET parent_id = ? WHERE uuid = ?",
            [(ids.get(t["parent"]) if t["parent"] else None, t["uuid"]) for t in changed],
        )
    _log(conn, [("tag", t["uuid"], plan.befores.get(t["uuid"]), t) for t in changed], author)


def _tag_values(t: dict[str, Any]) -> tuple[Any, ...]:
    return (
        t["uuid"],
        t["name"],
        t["colour"],
        t["description"],
        db_time(t["created"]),
        db_time(t["modified"]),
        t["deleted"],
        dump_column(t.get("revisions") or {}),
        dump_column(t.get("conflicts") or {}),
    )


_ANNOTATION_FIELDS = (
    'page_id, kind, status, text_layer_id, start, "end", quote, prefix, suffix, x, y, w, h, '
    "tag_id, body, origin, rule_id, confidence, author, created_at, modified_at, orphaned, "
    "deleted, revisions, conflicts"
)


_NO_TEXT = {"start": None, "end": None, "quote": None, "prefix": None, "suffix": None}
_NO_REGION = {"x": None, "y": None, "w": None, "h": None}


def _annotation_values(
    rec: dict[str, Any],
    page_id: PageId,
    layer_id: TextLayerId | None,
    tags: dict[str, int],
    flag: Callable[[bool], int | bool],
) -> tuple[Any, ...]:
    t = rec["anchor"].get("text") or _NO_TEXT
    r = rec["anchor"].get("region") or _NO_REGION
    origin = rec["origin"]
    return (
        page_id, rec["kind"], rec["status"], layer_id,
        t["start"], t["end"], t["quote"], t["prefix"], t["suffix"],
        r["x"], r["y"], r["w"], r["h"],
        tags.get(rec["tag"]) if rec["tag"] else None,
        body_text(rec["body"]), origin["type"], origin["rule"], origin["confidence"], rec["author"],
        db_time(rec["created"]), db_time(rec["modified"]), flag(rec["orphaned"]),
        flag(rec["deleted"]),
        dump_column(rec.get("revisions") or {}), dump_column(rec.get("conflicts") or {}),
    )  # fmt: skip


def _by_uuid(item: tuple[dict[str, Any], Any, Any]) -> str:
    return str(item[0]["uuid"])


def _flag(conn: Connection) -> Callable[[bool], int | bool]:
    """A flag as bound: on SQLite the number it stores (1 or 0), since sqlite3 binds a bool
    only after looking for an adapter for it, ten times as long as an int; PostgreSQL's
    boolean columns take a bool only."""
    return int if conn.dialect.name == "sqlite" else bool


def apply_annotations(conn: Connection, plan: MergePlan, author: str) -> None:
    tags, flag = _tag_ids(conn), _flag(conn)
    if plan.inserts:
        plan.inserts = sorted_in_turns(plan.inserts, _by_uuid)  # index order: fewer page splits
        insert_rows(
            conn,
            f"INSERT INTO annotations (uuid, {_ANNOTATION_FIELDS})",
            f"({'?,' * 25}?)",
            [(r["uuid"], *_annotation_values(r, p, la, tags, flag)) for r, p, la in plan.inserts],
        )
    if plan.updates:
        sets = ", ".join(f"{c.strip()} = ?" for c in _ANNOTATION_FIELDS.split(","))
        conn.exec_driver_sql(
            f"UPDATE annotations SET {sets}, version = version + 1 WHERE uuid = ?",
            [(*_annotation_values(r, p, la, tags, flag), r["uuid"]) for r, p, la in plan.updates],
        )
    # An annotation the merge adds is logged without its record: that state is its row (or the
    # ``before`` of its next change), and writing it twice doubled the cost of a large import.
    _log_added(conn, "annotation", [r["uuid"] for r, _, _ in plan.inserts], author)
    _log(
        conn,
        [("annotation", r["uuid"], plan.befores.get(r["uuid"]), r) for r, _, _ in plan.updates],
        author,
    )


def apply_pages(conn: Connection, plan: MergePlan, author: str) -> None:
    if plan.page_reviews:
        conn.exec_driver_sql(
            "UPDATE pages SET review_status = ?, reviewed_by = ?, reviewed_at = ?, revisions = ?, "
            "conflicts = ? WHERE id = ?",
            [
                (
                    p["review"]["status"],
                    p["review"]["by"],
                    db_time(p["review"]["at"]),
                    dump_column(p.get("revisions") or {}),
                    dump_column(p.get("conflicts") or {}),
                    pid,
                )
                for pid, _, p in plan.page_reviews
            ],
        )
    if plan.metadata:
        conn.exec_driver_sql(
            "INSERT INTO document_metadata (document_id, key, value, origin, rule_id, "
            "confidence, author, modified_at) VALUES (?,?,?,?,?,?,?,?) "
            "ON CONFLICT (document_id, key) DO UPDATE SET value = excluded.value, "
            "origin = excluded.origin, rule_id = excluded.rule_id, "
            "confidence = excluded.confidence, author = excluded.author, "
            "modified_at = excluded.modified_at",
            [
                (
                    d,
                    k,
                    v["value"],
                    v["origin"]["type"],
                    v["origin"]["rule"],
                    v["origin"]["confidence"],
                    v["author"],
                    db_time(v["modified"]),
                )
                for d, _, k, v in plan.metadata
            ],
        )
    rows: list[tuple[str, str, dict[str, Any] | None, dict[str, Any]]]
    rows = [("page", u, None, _page_log(p)) for _, u, p in plan.page_reviews]
    rows += [("document_metadata", u, None, {"key": k, **v}) for _, u, k, v in plan.metadata]
    _log(conn, rows, author)


def _page_log(page: dict[str, Any]) -> dict[str, Any]:
    """A page's review as the log keeps it: ``{"page", "status", "by", "at"}``."""
    return {"page": page["index"], **page["review"]}
