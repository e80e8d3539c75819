"""W3C Web Annotation (JSON-LD) export: one AnnotationCollection with its AnnotationPage.

Kinds map to motivations (correction: editing, tag: tagging, marking and redaction: classifying,
note: commenting); review verdicts become ``assessing`` annotations that target the annotation
they judge. Text anchors target the page text (TextQuoteSelector + TextPositionSelector), regions
the page image (FragmentSelector ``xywh=percent:``, so it holds at any scan resolution). Ids are
``urn:uuid:`` or, with a base URL, that URL followed by the uuid. Items are streamed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection

from app.core.changelog import utcnow
from app.core.exchange.common import (
    Cancel,
    ExportCancelled,
    ExportScope,
    ResolvedScope,
    annotation_record,
    dump,
    export_stream,
    iso,
    iter_annotation_rows,
)
from app.core.exchange.redline_json import ExportSummary
from app.core.library import Library

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MEDIA_FRAGMENTS = "http://www.w3.org/TR/media-frags/"
MOTIVATIONS = {
    "correction": "editing",
    "tag": "tagging",
    "marking": "classifying",
    "redaction": "classifying",
    "note": "commenting",
}


class Ids:
    """Ids of the published resources: ``urn:uuid:...`` or ``base_url`` + uuid."""

    def __init__(self, base_url: str | None) -> None:
        if base_url is not None and not base_url.endswith(("/", "#", "=")):
            base_url += "/"
        self.base = base_url

    def of(self, value: str) -> str:
        return f"urn:uuid:{value}" if self.base is None else f"{self.base}{value}"

    def derived(self, owner: str, what: str) -> str:
        """A stable id for a resource Redline does not store (a page's text, a verdict)."""
        return self.of(str(uuid.uuid5(uuid.UUID(owner), what)))


def _text(value: str, purpose: str) -> dict[str, Any]:
    return {"type": "TextualBody", "value": value, "purpose": purpose, "format": "text/plain"}


def bodies(rec: dict[str, Any], tag_names: dict[str, str]) -> list[dict[str, Any]]:
    """The W3C bodies of one Redline annotation record."""
    body, kind = rec["body"], rec["kind"]
    if kind == "correction":
        return [_text(str(body.get("replacement", "")), "editing")]
    if kind == "tag":
        tag = rec["tag"] or body.get("tag")
        return [_text(tag_names.get(tag or "", str(tag)), "tagging")]
    if kind == "marking":
        return [_text(f"{body.get('category', 'marking')}: {body.get('value', '')}", "classifying")]
    if kind == "redaction":
        codes = [_text(str(c), "classifying") for c in body.get("exemptions", [])]
        note = [_text(str(body["note"]), "commenting")] if body.get("note") else []
        return codes + note or [_text("redacted", "classifying")]
    return [_text(str(body.get("text", "")), "commenting")]


def targets(rec: dict[str, Any], ids: Ids, doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Text and image targets of a record (``doc``: uuid, title and page sizes)."""
    page, out = rec["page"], []
    label = f"{doc['title']}, page {page + 1}"
    text = rec["anchor"].get("text")
    if text is not None:
        quote = {"type": "TextQuoteSelector", "exact": text["quote"] or ""}
        quote.update({k: text[k] for k in ("prefix", "suffix") if text[k]})
        position = {"type": "TextPositionSelector", "start": text["start"], "end": text["end"]}
        source = {
            "id": ids.derived(doc["uuid"], f"page/{page}/text"),
            "type": "Text",
            "format": "text/plain",
            "label": f"{label}, text",
        }
        out.append({"type": "SpecificResource", "source": source, "selector": [quote, position]})
    region = rec["anchor"].get("region")
    if region is not None:
        width, height = doc["sizes"][page]
        values = (
            region["x"] / width,
            region["y"] / height,
            region["w"] / width,
            region["h"] / height,
        )
        source = _page_image(rec, ids, doc)
        xywh = ",".join(f"{100 * v:.4f}" for v in values)
        selector = {
            "type": "FragmentSelector",
            "conformsTo": MEDIA_FRAGMENTS,
            "value": f"xywh=percent:{xywh}",
        }
        out.append({"type": "SpecificResource", "source": source, "selector": selector})
    return out


def _page_image(rec: dict[str, Any], ids: Ids, doc: dict[str, Any]) -> dict[str, Any]:
    """The scan of the annotation's page, as a web resource (whole-page annotations target it)."""
    page = rec["page"]
    return {
        "id": ids.derived(doc["uuid"], f"page/{page}/image"),
        "type": "Image",
        "label": f"{doc['title']}, page {page + 1}, scan",
    }


def _creator(rec: dict[str, Any]) -> dict[str, Any] | None:
    if rec["origin"]["type"] == "detector":
        return {"type": "Software", "name": rec["origin"]["rule"] or "Redline detector"}
    return {"type": "Person", "name": rec["author"]} if rec["author"] else None


def annotations_of(
    rec: dict[str, Any], ids: Ids, doc: dict[str, Any], tag_names: dict[str, str]
) -> Iterator[dict[str, Any]]:
    """The W3C annotation of a record and, for a review verdict, its ``assessing`` annotation."""
    out: dict[str, Any] = {
        "id": ids.of(rec["uuid"]),
        "type": "Annotation",
        "motivation": MOTIVATIONS[rec["kind"]],
        "body": bodies(rec, tag_names),
        "target": targets(rec, ids, doc) or [_page_image(rec, ids, doc)],
        "created": rec["created"],
        "modified": rec["modified"],
    }
    creator = _creator(rec)
    if creator is not None:
        out["creator"] = creator
    yield out
    verdict = rec["status"] == "rejected" or (
        rec["status"] == "accepted" and rec["origin"]["type"] != "person"
    )
    if verdict:
        yield {
            "id": ids.derived(rec["uuid"], "assessing"),
            "type": "Annotation",
            "motivation": "assessing",
            "body": [_text(rec["status"], "assessing")],
            "target": out["id"],
            "created": rec["modified"],
        }


def _documents(conn: Connection, scope: ResolvedScope) -> dict[int, dict[str, Any]]:
    docs: dict[int, dict[str, Any]] = {}
    for doc_id in scope.document_ids:
        r = conn.exec_driver_sql("SELECT uuid, title FROM documents WHERE id = ?", (doc_id,)).one()
        sizes = conn.exec_driver_sql(
            "SELECT width, height FROM pages WHERE document_id = ? ORDER BY page_index", (doc_id,)
        ).all()
        docs[doc_id] = {"uuid": r[0], "title": r[1], "sizes": [tuple(s) for s in sizes]}
    return docs


def write_w3c(
    conn: Connection,
    out: IO[str],
    scope: ResolvedScope,
    *,
    base_url: str | None = None,
    exported_at: datetime | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Write the collection for ``scope`` to ``out``; return the number of W3C annotations."""
    ids = Ids(base_url)
    key = dump([scope.document_uuids, scope.tag_uuid, scope.status])
    collection_id = ids.of(str(uuid.uuid5(uuid.NAMESPACE_URL, "redline-collection:" + key)))
    page_id = ids.of(str(uuid.uuid5(uuid.NAMESPACE_URL, "redline-page-1:" + key)))
    tag_names = {str(u): str(n) for u, n in conn.exec_driver_sql("SELECT uuid, name FROM tags")}
    head = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": "Redline annotations",
        "generated": iso(exported_at or utcnow()),
    }
    out.write(dump(head)[:-1] + ',"first":')
    out.write(dump({"id": page_id, "type": "AnnotationPage", "partOf": collection_id})[:-1])
    out.write(',"startIndex":0,"items":[')
    count = 0
    for doc_id, doc in _documents(conn, scope).items():
        for row in iter_annotation_rows(conn, doc_id, scope, live_only=True):
            for item in annotations_of(annotation_record(row), ids, doc, tag_names):
                out.write(",\n" if count else "\n")
                out.write(dump(item))
                count += 1
            if cancel is not None and count % 1000 == 0 and cancel():
                raise ExportCancelled("export cancelled; no file was written")
    out.write(f'\n]}},"last":{dump(page_id)},"total":{count}}}\n')
    return count


def export_w3c(
    lib: Library,
    path: Path | str,
    scope: ExportScope | None = None,
    *,
    base_url: str | None = None,
    exported_at: datetime | None = None,
    cancel: Cancel | None = None,
    overwrite: bool = False,
) -> ExportSummary:
    """Export ``scope`` as a W3C Web Annotation collection (JSON-LD) to ``path``, atomically
    (an existing file only with ``overwrite``)."""
    path = Path(path)
    with export_stream(lib, path, scope, overwrite=overwrite) as (conn, out, resolved):
        count = write_w3c(
            conn, out, resolved, base_url=base_url, exported_at=exported_at, cancel=cancel
        )
    return ExportSummary(len(resolved.document_ids), count, 0, str(path))
