"""CSV export: one annotation per row, for a spreadsheet.

RFC 4180 (comma-separated, fields with commas, quotes or line breaks in double quotes, CRLF
between records), UTF-8 with a byte-order mark so that Excel reads it as UTF-8 too (LibreOffice
and Python's ``utf-8-sig`` skip it). A text cell that a spreadsheet would take for a formula (it
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is prefixed with ``'``, as
OWASP advises, so that opening the file runs nothing. The same publication rules as the W3C and
IIIF exports: accepted annotations only unless proposals are asked for, quotes masked under
accepted redactions, annotations over them left out (:mod:`app.core.exchange.redacted`). A
redaction's ``redaction_boxes`` cell says what it covers, as those exports' targets do: one box a
printed line of a quoted phrase over several lines, else its region.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.core.exchange.canvas import PageSpace, PublishedIds, document_pages
from app.core.exchange.common import (
    Cancel,
    ExportCancelled,
    ExportScope,
    ResolvedScope,
    annotation_record,
    export_stream,
    iter_annotation_rows,
)
from app.core.exchange.readback import check_csv
from app.core.exchange.redacted import burned_redactions
from app.core.exchange.redline_json import ExportSummary
from app.core.exchange.w3c import LAYER_COLUMN, status_filter
from app.core.exchange.web_annotation import over_redaction, published_text, redaction_boxes
from app.core.ids import TextLayerId
from app.core.library import Library
from app.core.wording import translate

COLUMNS = (
    "document", "page", "kind", "status", "tag", "category", "value", "quote",
    "region_x", "region_y", "region_w", "region_h", "redaction_boxes", "exemptions", "note",
    "replacement",
    "author", "origin", "created", "modified", "document_id", "annotation_id",
)  # fmt: skip
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """A text cell a spreadsheet shows as text (see module doc); numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return "" if value is None else value


def tag_paths(conn: Connection) -> dict[str, str]:
    """Each tag's path in the taxonomy, ``parent / child``, by tag uuid."""
    rows = conn.exec_driver_sql("SELECT id, uuid, name, parent_id FROM tags").all()
    by_id = {int(r[0]): r for r in rows}
    out = {}
    for tag_id, tag_uuid, _, _ in rows:
        names, seen, current = [], set(), by_id.get(int(tag_id))
        while current is not None and int(current[0]) not in seen:
            seen.add(int(current[0]))
            names.append(str(current[2]))
            current = by_id.get(int(current[3])) if current[3] is not None else None
        out[str(tag_uuid)] = " / ".join(reversed(names))
    return out


def _quote(rec: dict[str, Any], layer_id: TextLayerId | None, page: PageSpace) -> str:
    text = rec["anchor"].get("text")
    if text is None:
        return ""
    if layer_id is None:
        return str(text["quote"] or "")
    published = published_text(page, layer_id)
    return published[text["start"] : text["end"]]


def _points(value: float | None) -> float | str:
    return "" if value is None else round(float(value), 2)


def boxes_cell(boxes: Sequence[tuple[float, float, float, float]]) -> str:
    """A redaction's boxes (x0, y0, x1, y1 in points) as ``x y w h`` each, two decimals, one box
    a printed line, separated by ``; ``."""
    return "; ".join(
        " ".join(str(_points(v)) for v in (x0, y0, x1 - x0, y1 - y0)) for x0, y0, x1, y1 in boxes
    )


def row_of(
    rec: dict[str, Any],
    layer_id: TextLayerId | None,
    page: PageSpace,
    title: str,
    tags: dict[str, str],
) -> list[Any]:
    body, kind = rec["body"], rec["kind"]
    region = rec["anchor"].get("region") or {}
    origin = rec["origin"]["type"]
    if origin == "detector" and rec["origin"]["rule"]:
        origin = f"detector: {rec['origin']['rule']}"
    note = body.get("text") if kind == "note" else None
    if kind == "redaction" and rec["status"] != "accepted":
        note = body.get("note")  # an accepted redaction's note is the reviewer's, not published
    values = [
        title, rec["page"] + 1, kind, rec["status"],
        tags.get(rec["tag"] or "", "") if kind == "tag" else "",
        body.get("category", "") if kind == "marking" else "",
        body.get("value", "") if kind == "marking" else "",
        _quote(rec, layer_id, page),
        *(_points(region.get(k)) for k in ("x", "y", "w", "h")),
        boxes_cell(redaction_boxes(rec, layer_id, page)),
        "; ".join(str(c) for c in body.get("exemptions", [])) if kind == "redaction" else "",
        note or "", body.get("replacement", "") if kind == "correction" else "",
        rec["author"], origin, rec["created"], rec["modified"], rec["document"], rec["uuid"],
    ]  # fmt: skip
    return [cell(v) for v in values]


def _rows(
    conn: Connection, scope: ResolvedScope, include_proposals: bool, skipped: list[int]
) -> Iterator[Sequence[Any]]:
    tags = tag_paths(conn)
    where = status_filter(scope, include_proposals)
    for doc_id, doc_uuid in zip(scope.document_ids, scope.document_uuids, strict=True):
        title = str(
            conn.exec_driver_sql("SELECT title FROM documents WHERE id = ?", (doc_id,)).scalar()
        )
        pages = document_pages(
            conn, doc_id, doc_uuid, PublishedIds(), burned_redactions(conn, doc_id)
        )
        rows = iter_annotation_rows(
            conn, doc_id, scope, live_only=True, where=where, extra_columns=LAYER_COLUMN
        )
        for row in rows:
            rec, layer_id = annotation_record(row), row[-1]
            page = pages[rec["page"]]
            if over_redaction(rec, layer_id, page):
                skipped[0] += 1
                continue
            yield row_of(rec, layer_id, page, title, tags)


def export_csv(
    lib: Library,
    path: Path | str,
    scope: ExportScope | None = None,
    *,
    include_proposals: bool = False,
    cancel: Cancel | None = None,
    overwrite: bool = False,
) -> ExportSummary:
    """Write the annotations of ``scope`` to the CSV file ``path`` (atomically; an existing file
    only with ``overwrite``), once it reads back with nothing redacted in it
    (:func:`app.core.exchange.readback.check_csv`)."""
    path = Path(path)
    skipped = [0]
    count = 0
    # newline="": the csv writer ends records with CRLF itself (RFC 4180).
    stream = export_stream(
        lib, path, scope, encoding="utf-8-sig", newline="", overwrite=overwrite,
        check=lambda conn, written: check_csv(conn, written, path.name),
    )  # fmt: skip
    with stream as (conn, out, resolved):
        writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for count, row in enumerate(_rows(conn, resolved, include_proposals, skipped), start=1):
            writer.writerow(row)
            if cancel is not None and count % 1000 == 0 and cancel():
                raise ExportCancelled(translate("Redline", "export cancelled; no file was written"))
    return ExportSummary(len(resolved.document_ids), count, 0, str(path), left_out=skipped[0])
