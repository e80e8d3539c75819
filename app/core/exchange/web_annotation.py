"""One Redline annotation as one W3C Web Annotation on a page's canvas (W3C and IIIF exports).

Each annotation has exactly one target, in the pixels of the page's canvas
(:mod:`app.core.exchange.canvas`): a region targets ``CANVAS#xywh=x,y,w,h``; a text anchor targets
its words' box, as a SpecificResource whose selectors are that ``FragmentSelector`` (what image
viewers read) and then a ``TextQuoteSelector`` and ``TextPositionSelector`` on the page text
(published as the canvas's ``rendering``); an annotation anchored nowhere targets the whole
canvas. A redaction of a phrase over several lines covers one box per printed line
(:func:`redaction_boxes`): its selectors start with an ``SvgSelector`` of one rectangle a line,
which Mirador draws (wherever it stands) and Annotorious reads (it reads only the first), so
neither outlines the unredacted words beside the phrase; the ``FragmentSelector`` of the box
around them follows, for viewers (and Redline's own import) that read only that.

Motivations: tagging, commenting, and for corrections and markings/redactions
``editing``/``classifying`` followed by ``commenting`` (Mirador shows only commenting, tagging and
painting annotations unless configured otherwise). A proposal or rejected annotation, exported
only when asked, carries an ``assessing`` body saying so; a review verdict (a proposal accepted or
rejected) is an ``assessing`` body whose creator is the reviewer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from app.core.exchange.canvas import PageSpace
from app.core.exchange.common import iso
from app.core.exchange.redacted import burned_boxes, mask, masked_spans
from app.core.ids import DocumentId, TextLayerId

MEDIA_FRAGMENTS = "http://www.w3.org/TR/media-frags/"
SVG_NS = "http://www.w3.org/2000/svg"
MOTIVATIONS: dict[str, str | list[str]] = {
    "correction": ["editing", "commenting"],
    "tag": "tagging",
    "marking": ["classifying", "commenting"],
    "redaction": ["classifying", "commenting"],
    "note": "commenting",
}
STATUS_PURPOSE = "assessing"
DETECTOR = "Redline detector"


@dataclass(frozen=True)
class Verdict:
    """Who set an annotation's current review status, and when."""

    status: str
    reviewer: str
    at: str | None


@dataclass
class Publication:
    """What every annotation of one export needs besides its own row."""

    tag_names: dict[str, str]
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    left_out: int = 0  # annotations over burned-in redactions, not published


def text_body(value: str, purpose: str) -> dict[str, Any]:
    return {"type": "TextualBody", "value": value, "purpose": purpose, "format": "text/plain"}


def bodies(rec: dict[str, Any], tag_names: dict[str, str]) -> list[dict[str, Any]]:
    """The bodies of one annotation record (a published redaction's note is left out: it is
    the reviewer's note on what the box hides)."""
    body, kind = rec["body"], rec["kind"]
    if kind == "correction":
        return [text_body(str(body.get("replacement", "")), "editing")]
    if kind == "tag":
        tag = rec["tag"] or body.get("tag")
        # The tag's uuid as the body's id: a library without the tag makes it with that id.
        return [
            {"id": f"urn:uuid:{tag}", **text_body(tag_names.get(tag or "", str(tag)), "tagging")}
        ]
    if kind == "marking":
        category, value = body.get("category", "marking"), body.get("value", "")
        return [text_body(f"{category}: {value}", "classifying")]
    if kind == "redaction":
        codes = [text_body(str(c), "classifying") for c in body.get("exemptions", [])]
        note = body.get("note") if rec["status"] != "accepted" else None
        return codes + ([text_body(str(note), "commenting")] if note else []) or [
            text_body("redacted", "classifying")
        ]
    return [text_body(str(body.get("text", "")), "commenting")]


def status_body(rec: dict[str, Any], verdict: Verdict | None) -> dict[str, Any] | None:
    """``assessing`` body: the status of a proposal or rejected annotation, or the verdict
    that accepted a proposal (with the reviewer as its creator)."""
    if verdict is not None and verdict.status != rec["status"]:
        verdict = None  # changed since by something that left no verdict (a merge)
    if rec["status"] == "accepted" and verdict is None:
        return None
    reviewer = verdict.reviewer if verdict is not None else ""
    value = f"{rec['status']} by {reviewer}" if reviewer else rec["status"]
    out = text_body(value, STATUS_PURPOSE)  # read by people in viewers; the first word counts
    if verdict is not None:
        if reviewer:
            out["creator"] = {"type": "Person", "name": reviewer}
        if verdict.at:
            out["created"] = verdict.at
    return out


def creator(rec: dict[str, Any]) -> dict[str, Any] | None:
    if rec["origin"]["type"] == "detector":
        return {"type": "Software", "name": rec["origin"]["rule"] or DETECTOR}
    return {"type": "Person", "name": rec["author"]} if rec["author"] else None


Box = tuple[float, float, float, float]


def published_text(page: PageSpace, layer_id: TextLayerId) -> str:
    """The text of a layer of ``page`` as published: what lies under burned-in redactions masked."""
    if layer_id == page.layer_id:
        return page.text
    raw = page.other_layer_text(layer_id)
    return mask(raw, masked_spans(page.redactions, layer_id, page.words(layer_id)))


def text_selectors(
    text: dict[str, Any], layer_id: TextLayerId | None, page: PageSpace
) -> list[dict[str, Any]]:
    """TextQuoteSelector (and TextPositionSelector, when the offsets count into the published
    page text) of a text anchor, with what lies under burned-in redactions masked."""
    start, end = int(text["start"]), int(text["end"])
    quote, prefix, suffix = text["quote"] or "", text["prefix"] or "", text["suffix"] or ""
    if layer_id is not None:
        published = published_text(page, layer_id)
        if end <= len(published):
            quote = published[start:end]
            prefix = published[max(0, start - len(prefix)) : start]
            suffix = published[end : end + len(suffix)]
    if not quote:
        return []
    selector: dict[str, Any] = {"type": "TextQuoteSelector", "exact": quote}
    if prefix:
        selector["prefix"] = prefix
    if suffix:
        selector["suffix"] = suffix
    out = [selector]
    if layer_id is not None and layer_id == page.layer_id:
        out.append({"type": "TextPositionSelector", "start": start, "end": end})
    return out


def anchor_box(
    rec: dict[str, Any], layer_id: TextLayerId | None, page: PageSpace, *, lines: bool = False
) -> Box | None:
    """Where an annotation lies on the page in points: its region, else its words' box (with
    ``lines``, their line boxes: what a redaction covers)."""
    region = rec["anchor"].get("region")
    if region is not None:
        x, y = float(region["x"]), float(region["y"])
        return (x, y, x + float(region["w"]), y + float(region["h"]))
    text = rec["anchor"].get("text")
    if text is not None and layer_id is not None:
        return page.words_box(int(text["start"]), int(text["end"]), layer_id, lines=lines)
    return None


def over_redaction(rec: dict[str, Any], layer_id: TextLayerId | None, page: PageSpace) -> bool:
    """Whether an annotation (other than a redaction) lies over a burned-in redaction, and so
    is not published (as the publication PDF leaves out its notes there)."""
    if rec["kind"] == "redaction":
        return False
    return page.redactions.covers(anchor_box(rec, layer_id, page, lines=True))


def redaction_boxes(
    rec: dict[str, Any], layer_id: TextLayerId | None, page: PageSpace
) -> list[Box]:
    """What a redaction covers, in points: one box per printed line of a quoted phrase over
    several lines, as every publication burns it (:func:`~app.core.exchange.redacted.
    burned_boxes`), else its region; [] for other kinds or a redaction without a region."""
    region = rec["anchor"].get("region")
    if rec["kind"] != "redaction" or region is None:
        return []
    x, y = float(region["x"]), float(region["y"])
    box = (x, y, x + float(region["w"]), y + float(region["h"]))
    text = rec["anchor"].get("text")
    if text is None or layer_id is None or layer_id != page.layer_id:
        return [box]
    span = (int(text["start"]), int(text["end"]))
    lines = page.line_boxes(layer_id)
    return burned_boxes(page.words(layer_id), lines, span, box, page.geometry.rotation)


def svg_selector(rects: list[tuple[int, int, int, int]]) -> dict[str, Any]:
    """An SvgSelector of rectangles (x, y, w, h in the canvas's pixels), one ``<path>`` each:
    Mirador draws every path of it, Annotorious reads the paths as one multi-polygon."""
    paths = "".join(
        f'<path d="M {x},{y} L {x + w},{y} L {x + w},{y + h} L {x},{y + h} Z"/>'
        for x, y, w, h in rects
    )
    return {"type": "SvgSelector", "value": f'<svg xmlns="{SVG_NS}">{paths}</svg>'}


def target(
    rec: dict[str, Any], layer_id: TextLayerId | None, page: PageSpace, manifest: str
) -> Any:
    """The one target of an annotation on ``page`` (see the module's doc)."""
    box = anchor_box(rec, layer_id, page)
    x, y, w, h = page.pixels(box) if box is not None else (0, 0, 0, 0)
    if w == 0 or h == 0:  # anchored nowhere, or a box that rounds to nothing: the whole page
        x, y, (w, h) = 0, 0, page.size
    fragment = f"xywh={x},{y},{w},{h}"
    text = rec["anchor"].get("text")
    selectors = [] if text is None else text_selectors(text, layer_id, page)
    rects = [r for r in map(page.pixels, redaction_boxes(rec, layer_id, page)) if r[2] and r[3]]
    # A redaction of a phrase over several lines: a box per line, first (see the module's doc).
    shapes = [svg_selector(rects)] if len(rects) > 1 else []
    if not selectors and not shapes:
        return f"{page.canvas}#{fragment}"
    source: dict[str, Any] = {
        "id": page.canvas,
        "type": "Canvas",
        "partOf": [{"id": manifest, "type": "Manifest"}],
        "rendering": [{"id": page.text_id, "type": "Text", "format": "text/plain"}],
    }
    first = {"type": "FragmentSelector", "conformsTo": MEDIA_FRAGMENTS, "value": fragment}
    return {"type": "SpecificResource", "source": source, "selector": [*shapes, first, *selectors]}


def web_annotation(
    rec: dict[str, Any],
    layer_id: TextLayerId | None,
    page: PageSpace,
    annotation_id: str,
    manifest: str,
    publication: Publication,
) -> dict[str, Any] | None:
    """The W3C annotation of a record (anchored in text layer ``layer_id``, if in any); None
    when it lies over a burned-in redaction."""
    if over_redaction(rec, layer_id, page):
        publication.left_out += 1
        return None
    body = bodies(rec, publication.tag_names)
    verdict = status_body(rec, publication.verdicts.get(rec["uuid"]))
    out: dict[str, Any] = {
        "id": annotation_id,
        "type": "Annotation",
        "motivation": MOTIVATIONS[rec["kind"]],
        "body": body if verdict is None else [*body, verdict],
        "target": target(rec, layer_id, page, manifest),
        "created": rec["created"],
        "modified": rec["modified"],
    }
    made_by = creator(rec)
    if made_by is not None:
        out["creator"] = made_by
    return out


def review_verdicts(conn: Connection, document_id: DocumentId) -> dict[str, Verdict]:
    """Who last changed the review status of each annotation of a document, from the change log
    (a status set by a merge that added the annotation is not known: it has no verdict)."""
    rows = conn.exec_driver_sql(
        "SELECT c.entity_uuid, c.author, c.at, c.before, c.after FROM change_log c "
        "WHERE c.entity = 'annotation' AND c.action != 'create' AND c.before IS NOT NULL "
        "AND c.after IS NOT NULL AND c.entity_uuid IN (SELECT a.uuid FROM annotations a "
        "JOIN pages p ON p.id = a.page_id WHERE p.document_id = ? "
        "AND (a.origin != 'person' OR a.status != 'accepted')) ORDER BY c.id",
        (document_id,),
    )
    found: dict[str, Verdict] = {}
    for entity, author, at, before, after in rows:
        try:
            old, new = json.loads(before).get("status"), json.loads(after).get("status")
        except (ValueError, AttributeError):
            continue
        if old != new and new is not None:
            found[str(entity)] = Verdict(str(new), str(author or ""), iso(at))
    return found
