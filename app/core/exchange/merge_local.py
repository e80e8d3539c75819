"""This library's side of a merge: its documents (matched by SHA-256) with their pages and text
layers, its annotations by uuid as export records, the ids it already uses for another kind of
thing, and the text layer (with its text) a text anchor of the file refers to. Ids are looked up
:data:`LOOKUP_CHUNK` at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from app.core.exchange.common import (
    ANNOTATION_COLUMNS,
    ANNOTATION_JOINS,
    annotation_record,
    driver_rows,
)
from app.core.exchange.record_rules import InvalidAnnotationSet
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.wording import translate

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


def local_documents(conn: Connection, hashes: Sequence[str]) -> dict[str, LocalDocument]:
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


def check_cross_kind(conn: Connection, kind: str, uuids: Sequence[str]) -> None:
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


def resolve_layer(
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


def quote_ok(
    ann: dict[str, Any], layer_id: TextLayerId | None, texts: dict[TextLayerId, str]
) -> bool:
    anchor = ann["anchor"].get("text")
    if anchor is None or layer_id is None or anchor["quote"] is None:
        return True
    return bool(texts[layer_id][anchor["start"] : anchor["end"]] == anchor["quote"])
