"""The redaction report: every redaction of a document or the library, with totals by exemption.

What a historian attaches to a FOIA appeal or a Mandatory Declassification Review request: page,
exemption codes, size and share of the page, and the reviewer's notes, as CSV or JSON. Rejected
and deleted redactions are left out; proposals are listed with their status.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from app.core.ids import DocumentId
from app.core.library import Library
from app.core.wording import count

_QUERY = """
SELECT d.id, d.title, p.page_index, p.width, p.height, a.uuid, a.status, a.x, a.y, a.w, a.h,
       a.body, a.origin
FROM annotations a JOIN pages p ON p.id = a.page_id JOIN documents d ON d.id = p.document_id
WHERE a.kind = 'redaction' AND NOT a.deleted AND a.status != 'rejected'
"""


@dataclass(frozen=True, slots=True)
class RedactionRow:
    """One redaction as the report lists it (size in PDF points; page is 1-based)."""

    document_id: DocumentId
    document: str
    page: int
    uuid: str
    status: str
    origin: str
    exemptions: tuple[str, ...]
    x: float
    y: float
    width: float
    height: float
    share_of_page: float
    note: str


@dataclass(frozen=True)
class ExemptionTotal:
    code: str  # "(none)" for boxes without a code
    redactions: int
    area: float  # square points
    documents: int


@dataclass(frozen=True)
class RedactionReport:
    rows: tuple[RedactionRow, ...]
    totals: tuple[ExemptionTotal, ...]


def _row(r: Sequence[Any]) -> RedactionRow:
    doc_id, title, index, pw, ph, uuid, status, x, y, w, h, body, origin = r
    data = json.loads(body or "{}")
    w, h = float(w or 0.0), float(h or 0.0)
    return RedactionRow(
        DocumentId(int(doc_id)),
        str(title),
        int(index) + 1,
        str(uuid),
        str(status),
        str(origin),
        tuple(str(c) for c in data.get("exemptions", [])),
        round(float(x or 0.0), 1),
        round(float(y or 0.0), 1),
        round(w, 1),
        round(h, 1),
        round(w * h / (float(pw) * float(ph)), 4) if pw and ph else 0.0,
        str(data.get("note", "")),
    )


def _totals(rows: Sequence[RedactionRow]) -> tuple[ExemptionTotal, ...]:
    count: dict[str, int] = {}
    area: dict[str, float] = {}
    docs: dict[str, set[int]] = {}
    for r in rows:
        for code in r.exemptions or ("(none)",):
            count[code] = count.get(code, 0) + 1
            area[code] = area.get(code, 0.0) + r.width * r.height
            docs.setdefault(code, set()).add(r.document_id)
    return tuple(
        ExemptionTotal(c, count[c], round(area[c], 1), len(docs[c]))
        for c in sorted(count, key=lambda c: (-count[c], c))
    )


def redaction_report(
    lib: Library, document_ids: Sequence[DocumentId] | None = None
) -> RedactionReport:
    """The redactions of the given documents (all documents when None), in page order."""
    sql, params = _QUERY, ()
    if document_ids:
        sql += f" AND d.id IN ({','.join('?' * len(document_ids))})"
        params = tuple(int(d) for d in document_ids)  # type: ignore[assignment]
    sql += " ORDER BY d.id, p.page_index, a.y, a.x"
    with lib.reading() as s:
        rows = tuple(_row(tuple(r)) for r in s.connection().exec_driver_sql(sql, params))
    return RedactionReport(rows, _totals(rows))


def report_json(report: RedactionReport) -> dict[str, Any]:
    return {
        "redactions": [asdict(r) for r in report.rows],
        "totals_by_exemption": [asdict(t) for t in report.totals],
        "count": len(report.rows),
    }


_CSV_FIELDS = [
    "document_id",
    "document",
    "page",
    "exemptions",
    "x",
    "y",
    "width",
    "height",
    "share_of_page",
    "status",
    "origin",
    "note",
    "uuid",
]


def report_csv(report: RedactionReport) -> str:
    """One line per redaction, then one "TOTAL" line per exemption code (count, area)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for r in report.rows:
        writer.writerow({**asdict(r), "exemptions": " ".join(r.exemptions)})
    for t in report.totals:
        writer.writerow(
            {
                "document": "TOTAL",
                "exemptions": t.code,
                "note": count(t.redactions, "{n} redaction", "{n} redactions")
                + " in "
                + count(t.documents, "{n} document", "{n} documents")
                + f", {t.area} square points",
            }
        )
    return out.getvalue()
