"""W3C annotations converted into a Redline annotation set placed in this library (version 1,
as a W3C annotation carries no history): each annotation's records
(:mod:`app.core.exchange.w3c_records`), what has no place here listed with why, and an
annotation this library already has reconciled with its record: kept exactly when the file says
the same (what a W3C annotation can say: kind, page, status, body text, box to the pixel, text
span), else the library's record with what the file changed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from app import __version__
from app.core.changelog import utcnow
from app.core.exchange.common import FORMAT, iso
from app.core.exchange.merge import MergeCancelled, local_annotations
from app.core.exchange.record_rules import shortened
from app.core.exchange.redline_json import document_record
from app.core.exchange.w3c_place import TOLERANCE, LocalDocuments, NotPlaced, Placement
from app.core.exchange.w3c_records import Context, records_of
from app.core.wording import Sentence, translate


def _said_in_body(rec: dict[str, Any]) -> Any:
    """What a W3C annotation's bodies can say of a record of its kind."""
    body, kind = rec["body"], rec["kind"]
    if kind == "correction":
        return body.get("replacement")
    if kind == "tag":
        return rec["tag"]
    if kind == "marking":
        return (body.get("category"), body.get("value"))
    if kind == "redaction":
        note = body.get("note") or None if rec["status"] != "accepted" else None
        return (tuple(body.get("exemptions", [])), note)
    return body.get("text")


def _said(rec: dict[str, Any]) -> tuple[Any, ...]:
    """What a W3C annotation can say about a record (the region is compared apart)."""
    said, kind = _said_in_body(rec), rec["kind"]
    text = rec["anchor"].get("text")
    span = None if text is None else (text["start"], text["end"])
    return (kind, rec["document"], rec["page"], rec["status"], said, span)


def _same_region(local: dict[str, Any], incoming: dict[str, Any], where: Placement) -> bool:
    """Whether the box the file gives is the local annotation's, to the exported pixel."""
    mine = local["anchor"].get("region")
    if mine is None or where.pixels is None or where.ref.dpi is None:
        return mine is None and incoming["anchor"].get("region") is None
    box = (mine["x"], mine["y"], mine["x"] + mine["w"], mine["y"] + mine["h"])
    pixels = where.page.geometry.to_image(box, where.ref.dpi)
    return all(abs(a - b) <= TOLERANCE for a, b in zip(pixels, where.pixels, strict=True))


def _reconcile(local: dict[str, Any], incoming: dict[str, Any], where: Placement) -> dict[str, Any]:
    """The record to merge for an annotation the library has: its own when the file says the
    same, else the library's with what the file changed."""
    same_region = _same_region(local, incoming, where)
    if _said(local) == _said(incoming) and same_region:
        return local
    out = copy.deepcopy(local)
    out["status"] = incoming["status"]
    out["body"] = {**local["body"], **incoming["body"]}
    if incoming["kind"] == "redaction" and incoming["status"] == "accepted":
        out["body"]["note"] = local["body"].get("note", "")  # not published: not changed
    if _said(local)[-1] != _said(incoming)[-1] and "text" in incoming["anchor"]:
        out["anchor"]["text"] = incoming["anchor"]["text"]
    if not same_region:
        out["anchor"].pop("region", None)
        if "region" in incoming["anchor"]:
            out["anchor"]["region"] = incoming["anchor"]["region"]
    out["modified"] = incoming["modified"]
    return out


CANCEL_EVERY = 1000


@dataclass
class Converted:
    data: dict[str, Any]
    not_placed: list[str]


def _not_placed(name: object, exc: NotPlaced) -> Sentence:
    """Why the annotation ``name`` has no place here (a reason past 300 characters cut, as
    English: a schema's reason may quote a whole record)."""
    reason = str(exc)
    return Sentence(
        translate("Redline", "annotation {name}: {reason}").format(
            name=name, reason=exc if len(reason) <= 300 else reason[:300]
        )
    )


def convert(
    conn: Connection,
    items: list[dict[str, Any]],
    author: str,
    cancel: Callable[[], bool] | None = None,
) -> Converted:
    """A Redline annotation set of the W3C annotations ``items``, placed in this library;
    ``cancel()`` is asked every :data:`CANCEL_EVERY` annotations."""
    now = str(iso(utcnow()))
    ctx = Context(conn, LocalDocuments(conn), author, now)
    ctx.tags = {
        str(n): str(u)
        for u, n in conn.exec_driver_sql(
            "SELECT uuid, name FROM tags WHERE NOT deleted ORDER BY parent_id IS NULL, id DESC"
        )
    }  # the same name twice: the last one read wins, a top-level tag, the oldest
    ctx.known = {str(r[0]) for r in conn.exec_driver_sql("SELECT uuid FROM tags")}
    records: list[tuple[dict[str, Any], Placement]] = []
    not_placed: list[str] = []
    seen: set[str] = set()
    for i, annotation in enumerate(items):
        if cancel is not None and i % CANCEL_EVERY == 0 and cancel():
            raise MergeCancelled(translate("Redline", "import cancelled; nothing was changed"))
        try:
            made, where = records_of(annotation, ctx)
        except NotPlaced as exc:
            name = shortened(str(annotation.get("id", i) if isinstance(annotation, dict) else i))
            not_placed.append(_not_placed(name, exc))
            continue
        for rec in made:
            if rec["uuid"] not in seen:
                seen.add(rec["uuid"])
                records.append((rec, where))
    local = local_annotations(conn, [r["uuid"] for r, _ in records])
    annotations = [
        _reconcile(local[r["uuid"]], r, where) if r["uuid"] in local else r for r, where in records
    ]
    documents = sorted({d.uuid: d for d in ctx.documents.found.values() if d}.values(),
                       key=lambda d: d.uuid)  # fmt: skip
    data = {
        "format": FORMAT, "version": 1, "exported_at": now,
        "generator": {"name": "Redline W3C import", "version": __version__},
        "scope": {"documents": [d.uuid for d in documents], "tag": None, "status": None},
        "tags": list(ctx.new_tags.values()),
        "documents": [document_record(conn, d.id, history=False) for d in documents],
        "annotations": annotations,
    }  # fmt: skip
    return Converted(data, not_placed)
