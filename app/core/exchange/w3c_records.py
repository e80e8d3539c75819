"""One W3C Web Annotation as Redline annotation records: the kind from its motivation and body
purposes (editing: correction; classifying: a marking when a body reads ``category: value`` with
a known category, else a redaction with the bodies as exemption codes; commenting: a note;
tagging: a tag per tag body, by name, made when new), the status from an ``assessing`` body, the
author from its creator, the place from its target (:mod:`app.core.exchange.w3c_place`). A W3C
id holding a uuid keeps it (other ids give a name-based uuid).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection

from app.core.annotating.bodies import validate_body
from app.core.annotating.vocabulary import (
    STATUSES,
    AnnotationError,
    Kind,
    Status,
    TagBody,
    category_ids,
    check_status,
)
from app.core.exchange.common import dump, iso, parse_iso
from app.core.exchange.record_rules import shortened
from app.core.exchange.set_schema import part_error
from app.core.exchange.w3c_place import (
    LocalDocuments,
    NotPlaced,
    Placement,
    place,
    whole_page_region,
)
from app.core.wording import Message, said, translate

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MARKING = re.compile(r"^([a-z_]+): (.+)$", re.DOTALL)
TAG_COLOUR = "#f0c419"
BARE_REGION = "Marked region"  # the note a box drawn with no comment becomes
MAX_TAG_NAME = 1000  # as the Redline JSON schema


@dataclass
class _Bodies:
    """An annotation's bodies sorted by what they do."""

    motivations: set[str]
    editing: list[str] = field(default_factory=list)
    classifying: list[str] = field(default_factory=list)
    commenting: list[str] = field(default_factory=list)
    tagging: list[str] = field(default_factory=list)
    tag_ids: dict[str, str] = field(default_factory=dict)  # name -> uuid a tag body carries
    status: Status = "accepted"


def _bodies(annotation: dict[str, Any]) -> _Bodies:
    raw = annotation.get("motivation", [])
    motivations = {str(m).split(":")[-1] for m in (raw if isinstance(raw, list) else [raw])}
    out = _Bodies(motivations)
    body = annotation.get("body", [])
    only_tags = motivations == {"tagging"}
    listed = isinstance(body, list)
    for n, b in enumerate(body if listed else [body], 1):
        if not isinstance(b, dict) or not isinstance(b.get("value"), str):
            raise NotPlaced(_unread(b, n if listed else None))
        value, purpose = b["value"].strip(), str(b.get("purpose") or "").split(":")[-1]
        purpose = purpose or ("tagging" if only_tags else "commenting")
        if purpose == "assessing":
            word = value.split(" ", 1)[0].lower()
            out.status = check_status(word) if word in STATUSES else out.status
        elif purpose in ("editing", "classifying", "tagging", "commenting"):
            getattr(out, purpose).append(value)
            carried = _UUID.findall(str(b.get("id", "")).lower())
            if purpose == "tagging" and carried:
                out.tag_ids[value] = carried[-1]
        else:
            out.commenting.append(value)  # describing, questioning, …: a note says it
    return out


def _unread(body: Any, n: int | None) -> Message:
    """Why a body (the ``n``th, or the only one) is one Redline cannot read: a link, or an
    object without a text ``value`` (a resource, a choice). Such an annotation is not placed:
    read as no body, it erased the codes or text of the library's annotation of its id."""
    which = (
        translate("Redline", "its body")
        if n is None
        else translate("Redline", "its body {n}").format(n=n)
    )
    if isinstance(body, str):
        return translate("Redline", "{which} is a link ({link}), which Redline cannot read").format(
            which=which, link=shortened(body)
        )
    return translate("Redline", "{which} has no text value that Redline can read").format(
        which=which
    )


def _primary(bodies: _Bodies) -> tuple[Kind, dict[str, Any]]:
    """The kind and body of the annotation's main record."""
    if bodies.editing or "editing" in bodies.motivations:
        return "correction", {"replacement": (bodies.editing or bodies.commenting or [""])[0]}
    if bodies.classifying or "classifying" in bodies.motivations:
        for value in bodies.classifying:
            found = _MARKING.match(value)
            if found and found[1] in category_ids():
                return "marking", {"category": found[1], "value": found[2]}
        codes = [c for c in bodies.classifying if c != "redacted"]
        return "redaction", {"exemptions": codes, "note": "\n".join(bodies.commenting)}
    if bodies.commenting:
        return "note", {"text": "\n".join(bodies.commenting)}
    if bodies.tagging:
        return "tag", {}
    return "note", {"text": BARE_REGION}


def annotation_uuid(annotation_id: Any) -> str:
    """The uuid a W3C id holds (the last one in it), or a name-based one of the whole id."""
    text = str(annotation_id or "")
    found = _UUID.findall(text.lower())
    return found[-1] if found else str(uuid.uuid5(uuid.NAMESPACE_URL, text or dump(annotation_id)))


@dataclass
class Context:
    conn: Connection
    documents: LocalDocuments
    author: str
    now: str
    tags: dict[str, str] = field(default_factory=dict)  # name -> uuid, live tags
    known: set[str] = field(default_factory=set)  # uuids of every tag here, deleted too
    new_tags: dict[str, dict[str, Any]] = field(default_factory=dict)

    def tag(self, name: str, carried: str | None = None) -> str:
        """The tag a tag body names: this library's with its id, else with its name, else a
        new one (with the id the body carries, or one made from the name)."""
        if carried in self.known and carried in self.tags.values():
            return carried
        if not 0 < len(name) <= MAX_TAG_NAME:
            raise NotPlaced(
                translate("Redline", "a tag name must be 1 to {most} characters").format(
                    most=MAX_TAG_NAME
                )
            )
        if name not in self.tags:
            tag_uuid = carried if carried and carried not in self.known else None
            tag_uuid = tag_uuid or str(uuid.uuid5(uuid.NAMESPACE_URL, "redline-tag:" + name))
            self.new_tags[name] = {
                "uuid": tag_uuid, "name": name, "colour": TAG_COLOUR, "parent": None,
                "description": "", "created": self.now, "modified": self.now, "deleted": False,
            }  # fmt: skip
            self.tags[name] = tag_uuid
        return self.tags[name]


def _origin_and_author(annotation: dict[str, Any], ctx: Context) -> tuple[dict[str, Any], str]:
    creator = annotation.get("creator")
    creator = creator[0] if isinstance(creator, list) and creator else creator
    if isinstance(creator, dict):
        kind, name = str(creator.get("type", "")).split(":")[-1], creator.get("name")
        if kind == "Software" and (name is None or isinstance(name, str)):
            return {"type": "detector", "rule": name or None, "confidence": None}, ""
        if kind == "Person" and isinstance(name, str) and name:
            return {"type": "person", "rule": None, "confidence": None}, name
    return {"type": "import", "rule": None, "confidence": None}, ctx.author


def _time(value: Any, default: str) -> str:
    try:
        return str(iso(parse_iso(value))) if isinstance(value, str) and value else default
    except ValueError:
        return default


def _words_region(where: Placement) -> dict[str, float] | None:
    """The box of the words a text anchor covers, in points (None when they have none)."""
    text = where.text or {}
    box = where.page.words_box(int(text.get("start", 0)), int(text.get("end", 0)))
    if box is None:
        return None
    x0, y0, x1, y1 = box
    return {"x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0}


def _anchor(kind: Kind, where: Placement) -> dict[str, Any]:
    anchor: dict[str, Any] = {}
    if where.text is not None:
        anchor["text"] = where.text
    region = where.region
    if region is None and kind == "redaction" and where.text is not None:
        # a redaction needs its box: the one written, when it was only its words' (a set
        # exported with a redaction of quoted words failed whole in another library holding
        # the same scan and its text: "A redaction needs a region of the scan"), else the words'
        region = where.words_region or _words_region(where)
    if region is None and kind in ("tag", "marking", "redaction") and where.text is None:
        region = whole_page_region(where.page)  # these need a place; the page is the place
    if region is not None:
        anchor["region"] = region
    return anchor


def _record(
    annotation: dict[str, Any], kind: Kind, body: dict[str, Any], where: Placement,
    ctx: Context, record_uuid: str, status: Status,
) -> dict[str, Any]:  # fmt: skip
    anchor = _anchor(kind, where)
    if kind == "correction" and "text" not in anchor:
        if not where.page.text.strip():  # (the window and the command line say how to run it)
            raise NotPlaced(
                translate(
                    "Redline",
                    "a correction needs the text it corrects, and page {page} has no text yet: "
                    "read the document with OCR first, then import the file again",
                ).format(page=where.ref.index + 1)
            )
        raise NotPlaced(
            translate("Redline", "a correction needs the text it corrects, and none was found")
        )
    try:
        clean = validate_body(kind, body)
    except AnnotationError as exc:
        raise NotPlaced(said(exc) or str(exc)) from None
    origin, author = _origin_and_author(annotation, ctx)
    created = _time(annotation.get("created"), ctx.now)
    record = {
        "uuid": record_uuid, "document": where.document.uuid, "page": where.ref.index,
        "kind": kind, "status": status, "anchor": anchor,
        "tag": cast(TagBody, clean)["tag"] if kind == "tag" else None, "body": clean,
        "origin": origin,
        "author": author, "created": created,
        "modified": _time(annotation.get("modified"), created), "orphaned": False,
        "deleted": False,
    }  # fmt: skip
    problem = part_error("annotation", record)  # one bad annotation does not refuse the file
    if problem is not None:
        raise NotPlaced(problem)
    return record


def records_of(annotation: dict[str, Any], ctx: Context) -> tuple[list[dict[str, Any]], Placement]:
    """The Redline records of one W3C annotation and its place (NotPlaced when it has none)."""
    where = place(annotation, ctx.documents)
    bodies = _bodies(annotation)
    kind, body = _primary(bodies)
    main_uuid = annotation_uuid(annotation.get("id"))
    tags = list(bodies.tagging)
    if kind == "tag":
        first = tags.pop(0)
        body = {"tag": ctx.tag(first, bodies.tag_ids.get(first))}
    out = [_record(annotation, kind, body, where, ctx, main_uuid, bodies.status)]
    if kind in ("correction", "marking") and bodies.commenting:
        note = {"text": "\n".join(bodies.commenting)}
        note_uuid = str(uuid.uuid5(uuid.UUID(main_uuid), "note"))
        out.append(_record(annotation, "note", note, where, ctx, note_uuid, bodies.status))
    for name in tags:
        tag_uuid = str(uuid.uuid5(uuid.UUID(main_uuid), "tag:" + name))
        tag_body = {"tag": ctx.tag(name, bodies.tag_ids.get(name))}
        out.append(_record(annotation, "tag", tag_body, where, ctx, tag_uuid, bodies.status))
    return out, where
