"""Redline JSON export: the documents, pages, tag taxonomy and annotations of a scope, streamed.

The file is written piece by piece (annotations one line each, read from the database in chunks)
into a temporary file that replaces the target only when complete. Records have sorted keys and a
fixed order, so the same library gives the same bytes apart from ``exported_at``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection

from app import __version__
from app.core.changelog import utcnow
from app.core.exchange.common import (
    FORMAT,
    VERSION,
    Cancel,
    ExportCancelled,
    ExportScope,
    Progress,
    ResolvedScope,
    annotation_filter,
    annotation_line,
    dump,
    export_stream,
    iso,
    iter_annotation_rows,
)
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.wording import translate


@dataclass(frozen=True)
class ExportSummary:
    documents: int
    annotations: int
    tombstones: int
    path: str = ""
    left_out: int = 0  # publications: annotations not published over burned-in redactions
    pages: int = 0  # IIIF: page images written
    conflicts: int = 0  # Redline JSON: annotations in conflict (a person has yet to decide)


def _history(record: dict[str, Any], revisions: str | None, conflicts: str | None) -> None:
    """Add a record's field ``revisions`` and ``conflicts`` (stored as JSON) to it."""
    record["revisions"] = {} if not revisions else json.loads(revisions)
    record["conflicts"] = {} if not conflicts else json.loads(conflicts)


def tag_records(conn: Connection, *, history: bool = True) -> list[dict[str, Any]]:
    """The whole tag taxonomy (tombstoned tags too, so merges carry deletions), by uuid, with
    each tag's field revisions and conflicts unless ``history`` is false (version 1)."""
    rows = conn.exec_driver_sql(
        "SELECT t.uuid, t.name, t.colour, p.uuid, t.description, t.created_at, t.modified_at, "
        "t.deleted, t.revisions, t.conflicts FROM tags t LEFT JOIN tags p ON p.id = t.parent_id "
        "ORDER BY t.uuid"
    ).all()
    out = []
    for r in rows:
        tag = {
            "uuid": r[0],
            "name": r[1],
            "colour": r[2],
            "parent": r[3],
            "description": r[4] or "",
            "created": iso(r[5]),
            "modified": iso(r[6]),
            "deleted": bool(r[7]),
        }
        if history:
            _history(tag, r[8], r[9])
        out.append(tag)
    return out


def metadata_records(conn: Connection, document_id: DocumentId) -> dict[str, Any]:
    rows = conn.exec_driver_sql(
        "SELECT key, value, origin, rule_id, confidence, author, modified_at "
        "FROM document_metadata WHERE document_id = ? ORDER BY key",
        (document_id,),
    ).all()
    return {
        r[0]: {
            "value": r[1],
            "origin": {"type": r[2], "rule": r[3], "confidence": r[4]},
            "author": r[5],
            "modified": iso(r[6]),
        }
        for r in rows
    }


def _pages(conn: Connection, document_id: DocumentId, history: bool) -> list[dict[str, Any]]:
    rows = conn.exec_driver_sql(
        "SELECT p.page_index, p.width, p.height, p.rotation, p.review_status, p.reviewed_by, "
        "p.reviewed_at, tl.source, p.revisions, p.conflicts FROM pages p "
        "LEFT JOIN text_layers tl ON tl.id = p.active_text_layer_id "
        "WHERE p.document_id = ? ORDER BY p.page_index",
        (document_id,),
    ).all()
    out = []
    for r in rows:
        page = {
            "index": r[0],
            "width": r[1],
            "height": r[2],
            "rotation": r[3],
            "layer": r[7],
            "review": {"status": r[4], "by": r[5], "at": iso(r[6])},
        }
        if history:
            _history(page, r[8], r[9])
        out.append(page)
    return out


def document_record(
    conn: Connection, document_id: DocumentId, *, history: bool = True
) -> dict[str, Any]:
    """One document with its metadata and pages (no path, no local import time); the pages'
    review revisions and conflicts unless ``history`` is false (version 1)."""
    r = conn.exec_driver_sql(
        "SELECT uuid, title, source_sha256, source_name, source_kind, source_size, page_count "
        "FROM documents WHERE id = ?",
        (document_id,),
    ).one()
    return {
        "uuid": r[0],
        "title": r[1],
        "sha256": r[2],
        "source_name": r[3],
        "source_kind": r[4],
        "source_size": r[5],
        "page_count": r[6],
        "metadata": metadata_records(conn, document_id),
        "pages": _pages(conn, document_id, history),
    }


def _count(conn: Connection, scope: ResolvedScope) -> int:
    if not scope.document_ids:
        return 0
    cond, params = annotation_filter(scope)
    marks = ",".join("?" * len(scope.document_ids))
    sql = (
        "SELECT COUNT(*) FROM annotations a JOIN pages p ON p.id = a.page_id "
        f"WHERE p.document_id IN ({marks}){cond}"
    )
    return int(conn.exec_driver_sql(sql, (*scope.document_ids, *params)).scalar() or 0)


def _header(scope: ResolvedScope, exported_at: datetime) -> str:
    head = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": iso(exported_at),
        "generator": {"name": "Redline", "version": __version__},
        "scope": {
            "documents": scope.document_uuids,
            "tag": scope.tag_uuid,
            "status": scope.status,
        },
    }
    return dump(head)[:-1]  # left open: the lists follow


def write_json(
    conn: Connection,
    out: IO[str],
    scope: ResolvedScope,
    *,
    exported_at: datetime | None = None,
    on_progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportSummary:
    """Write the Redline JSON of ``scope`` to ``out``, one chunk of annotations at a time.

    ``on_progress(annotations written, annotations in the scope)``."""
    total = _count(conn, scope) if on_progress is not None else 0
    out.write(_header(scope, exported_at or utcnow()))
    out.write(',\n"tags":[')
    out.write(",".join("\n" + dump(t) for t in tag_records(conn)))
    out.write('\n],\n"documents":[')
    out.write(",".join("\n" + dump(document_record(conn, d)) for d in scope.document_ids))
    out.write('\n],\n"annotations":[')
    done = tombstones = conflicts = 0
    for doc_id in scope.document_ids:
        for row in iter_annotation_rows(conn, doc_id, scope):
            out.write(",\n" if done else "\n")
            out.write(annotation_line(row))
            done += 1
            tombstones += bool(row[24])
            conflicts += row[28] is not None
            if done % 1000 == 0:
                if cancel is not None and cancel():
                    raise ExportCancelled(
                        translate("Redline", "export cancelled; no file was written")
                    )
                if on_progress is not None:
                    on_progress(done, total)
    out.write("\n]}\n")
    if on_progress is not None:
        on_progress(done, total)
    return ExportSummary(
        len(scope.document_ids), done - tombstones, tombstones, conflicts=conflicts
    )


def export_json(
    lib: Library,
    path: Path | str,
    scope: ExportScope | None = None,
    *,
    exported_at: datetime | None = None,
    on_progress: Progress | None = None,
    cancel: Cancel | None = None,
    overwrite: bool = False,
) -> ExportSummary:
    """Export ``scope`` (default: the whole library) as Redline JSON to ``path``, atomically
    (an existing file only with ``overwrite``)."""
    path = Path(path)
    with export_stream(lib, path, scope, overwrite=overwrite) as (conn, out, resolved):
        summary = write_json(
            conn,
            out,
            resolved,
            exported_at=exported_at,
            on_progress=on_progress,
            cancel=cancel,
        )
    return ExportSummary(
        summary.documents,
        summary.annotations,
        summary.tombstones,
        str(path),
        conflicts=summary.conflicts,
    )
