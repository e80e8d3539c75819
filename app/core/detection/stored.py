"""Detection's side of the library: the pages it reads (their text, words and boxes), and the
proposals and metadata it writes for a document — in one transaction, skipping any proposal the
detector made before (same page, rule and anchor, whatever a person did with it since) and any
the document already has (a live marking of the same category and value over an overlapping
span or box, a live redaction over the same box: a person's, or a proposal accepted, rejected or
still open), never overwriting a metadata value a person set."""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, cast

from sqlalchemy import Connection, Table, insert, select, update

from app.core.annotating.bodies import normalise_marking_value
from app.core.annotating.records import anchor_at
from app.core.changelog import log_many, utcnow
from app.core.detection.bands import BandMarking
from app.core.detection.markings import Detection
from app.core.detection.memo import agree_per_record, document_metadata
from app.core.detection.redaction_notes import SEPARATOR as NOTE_SEPARATOR
from app.core.detection.redactions import Box, Redaction
from app.core.documents.metadata import MetadataValue
from app.core.documents.textlayer import load_words
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.library import Library
from app.core.wording import Text, translate
from db.models import Annotation, DocumentMetadata

ANN = cast(Table, Annotation.__table__)
META = cast(Table, DocumentMetadata.__table__)
AUTHOR = "redline-detector"


@dataclass(frozen=True)
class DetectionSummary:
    """What one run over a document found and added."""

    document_id: DocumentId
    pages: int
    markings_found: int
    markings_added: int
    redactions_found: int
    redactions_added: int
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: tuple[Text, ...] = ()  # (messages: the window's language; str() is English)
    pages_without_text: int = 0  # markings need text: these pages wait for OCR
    pages_rescanned: int = 0  # pages whose banners were re-read from the scan
    pages_from_cache: int = 0  # pages whose banners this process had read before (its cache)
    markings_known: int = 0  # found but left out: the document already had them
    redactions_known: int = 0


@dataclass
class PageData:
    page_id: PageId
    index: int
    width: float
    height: float
    layer_id: TextLayerId | None
    text: str
    words: list[tuple[int, int, str, Box | None, int, int]]  # start, end, text, box, block, line
    detections: list[Detection] = field(default_factory=list)
    redactions: list[Redaction] = field(default_factory=list)
    bands: list[BandMarking] = field(default_factory=list)  # markings read from the scan
    rescan: bool = False  # re-read the banners from the scan
    bands_from: Literal["", "scan", "cache"] = ""  # where the banners' reading came from


def read_pages(conn: Connection, doc_id: DocumentId) -> list[PageData]:
    rows = conn.exec_driver_sql(
        "SELECT p.id, p.page_index, p.width, p.height, t.id, t.text FROM pages p "
        "LEFT JOIN text_layers t ON t.id = p.active_text_layer_id "
        "WHERE p.document_id = ? ORDER BY p.page_index",
        (doc_id,),
    ).all()
    pages = []
    for pid, index, width, height, layer_id, text in rows:
        words = [
            (w.start, w.end, w.text, None if w.box is None else Box(*w.box), w.block, w.line)
            for w in ([] if layer_id is None else load_words(conn, layer_id))
        ]
        pages.append(PageData(pid, index, width, height, layer_id, text or "", words))
    return pages


def boxes_of(page: PageData, d: Detection) -> list[Box]:
    """The boxes of the words a detection spans."""
    return [b for s, e, _, b, _, _ in page.words if b and s < d.end and d.start < e]


def on_page(index: int, note: Text) -> Text:
    """A page's note, its page named ("page 3: banners not re-read (…)")."""
    return translate("Redline", "page {page}: {note}").format(page=index + 1, note=note)


def _marking_row(page: PageData, d: Detection, now: Any) -> dict[str, Any]:
    region = _region(boxes_of(page, d), page)
    body: dict[str, Any] = {"category": d.category, "value": d.value, "text": d.text}
    if d.struck:
        body["struck"] = True
    anchor = anchor_at(page.text, d.start, d.end)
    return {
        **_common(page, "marking", body, d.rule_id, d.confidence, now),
        "text_layer_id": page.layer_id,
        "start": d.start,
        "end": d.end,
        "quote": d.text,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        **region,
    }


def _band_row(page: PageData, m: BandMarking, now: Any) -> dict[str, Any]:
    """A marking read from the scan's bands: anchored by its words' box (no text span)."""
    body: dict[str, Any] = {"category": m.category, "value": m.value, "text": m.text}
    if m.struck:
        body["struck"] = True
    return {
        **_common(page, "marking", body, m.rule_id, m.confidence, now),
        **dict.fromkeys(("text_layer_id", "start", "end", "quote", "prefix", "suffix")),
        **_region([m.box], page),
    }


def _as_detection(m: BandMarking) -> Detection:
    return Detection(m.category, m.value, -1, -1, m.text, m.confidence, m.rule_id, m.struck)


def _redaction_row(page: PageData, r: Redaction, now: Any) -> dict[str, Any]:
    body = {
        "exemptions": list(r.exemptions),
        "note": NOTE_SEPARATOR.join(map(str, r.notes)),  # (English; read_note reads it back)
        "share": r.share,
    }
    confidence = 0.9 if r.kind != "outlined" else 0.8
    return {
        **_common(page, "redaction", body, r.rule_id, confidence, now),
        **dict.fromkeys(("text_layer_id", "start", "end", "quote", "prefix", "suffix")),
        **_region([r.box], page),
    }


def _common(
    page: PageData, kind: str, body: dict[str, Any], rule: str, conf: float, now: Any
) -> dict[str, Any]:
    return {
        "uuid": str(uuidlib.uuid4()),
        "page_id": page.page_id,
        "kind": kind,
        "status": "proposed",
        "body": json.dumps(body, ensure_ascii=False, sort_keys=True),
        "origin": "detector",
        "rule_id": rule,
        "confidence": conf,
        "author": AUTHOR,
        "created_at": now,
        "modified_at": now,
        "orphaned": False,
        "deleted": False,
    }


def _region(boxes: Sequence[Box], page: PageData) -> dict[str, Any]:
    """The box around ``boxes``, clipped to the page: OCR layers put words past its edges."""
    if boxes:
        x0, y0 = max(0.0, min(b.x0 for b in boxes)), max(0.0, min(b.y0 for b in boxes))
        x1 = min(page.width, max(b.x1 for b in boxes))
        y1 = min(page.height, max(b.y1 for b in boxes))
        if x1 > x0 and y1 > y0:
            return {"x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0}
    return {"x": None, "y": None, "w": None, "h": None}


def _key(row: dict[str, Any]) -> tuple[Any, ...]:
    """What makes two detector proposals the same: page, rule and anchor (a marking read from
    the scan has no text span: its box is its anchor)."""
    if row["kind"] == "marking" and row["start"] is not None:
        return (row["page_id"], row["rule_id"], row["text_layer_id"], row["start"], row["end"])
    return (row["page_id"], row["rule_id"], *(round(row[k] or 0.0) for k in ("x", "y", "w", "h")))


SAME_BOX = 0.5  # IoU from which two boxes are one (as the evaluation matches redaction boxes)


@dataclass(frozen=True)
class _Live:
    """A live marking or redaction of the document: what it says and where."""

    kind: str
    said: tuple[str, str]  # a marking's category and value (a redaction's: empty)
    span: tuple[int, int, int] | None  # text layer, start, end
    box: Box | None


def _said(kind: str, body: dict[str, Any]) -> tuple[str, str]:
    if kind != "marking":
        return ("", "")
    category, value = str(body.get("category", "")), str(body.get("value", ""))
    return (category, normalise_marking_value(category, value))


def _live_of(row: dict[str, Any], body: dict[str, Any], page: PageData) -> _Live:
    span = None
    if row["text_layer_id"] is not None and row["start"] is not None and row["end"] is not None:
        span = (int(row["text_layer_id"]), int(row["start"]), int(row["end"]))
    box = None
    if None not in (row["x"], row["y"], row["w"], row["h"]):
        box = Box(row["x"], row["y"], row["x"] + row["w"], row["y"] + row["h"])
    elif span is not None and span[0] == page.layer_id:  # (a span without a box: its words')
        words = [b for s, e, _, b, _, _ in page.words if b and s < span[2] and span[1] < e]
        if words:
            box = Box(
                min(b.x0 for b in words),
                min(b.y0 for b in words),
                max(b.x1 for b in words),
                max(b.y1 for b in words),
            )
    return _Live(row["kind"], _said(row["kind"], body), span, box)


def _live_annotations(conn: Connection, pages: Sequence[PageData]) -> dict[PageId, list[_Live]]:
    """The document's live markings and redactions by page (anyone's, any status)."""
    by_id = {p.page_id: p for p in pages}
    cols = [ANN.c[c] for c in ("page_id", "kind", "text_layer_id", "start", "end", "body")]
    cols += [ANN.c[c] for c in ("x", "y", "w", "h")]
    rows = conn.execute(
        select(*cols).where(
            ANN.c.page_id.in_(list(by_id)),
            ANN.c.kind.in_(("marking", "redaction")),
            ANN.c.deleted.is_(False),
        )
    ).mappings()
    live: dict[PageId, list[_Live]] = {}
    for r in rows:
        try:
            body = json.loads(r["body"] or "{}")
        except ValueError:
            continue  # (a body no one can read says nothing)
        if isinstance(body, dict):
            live.setdefault(r["page_id"], []).append(_live_of(dict(r), body, by_id[r["page_id"]]))
    return live


def _already_there(proposal: _Live, live: Sequence[_Live]) -> bool:
    """Whether a live annotation says what ``proposal`` says where it says it: the same kind
    (and a marking's category and value) over an overlapping span of the same text layer, or
    else over the same box (IoU >= SAME_BOX)."""
    for other in live:
        if other.kind != proposal.kind or other.said != proposal.said:
            continue
        if proposal.span and other.span and proposal.span[0] == other.span[0]:
            if proposal.span[1] < other.span[2] and other.span[1] < proposal.span[2]:
                return True
        elif proposal.box and other.box and proposal.box.iou(other.box) >= SAME_BOX:
            return True
    return False


def _existing_keys(conn: Connection, page_ids: Sequence[PageId]) -> set[tuple[Any, ...]]:
    cols = [ANN.c[c] for c in ("page_id", "kind", "rule_id", "text_layer_id", "start", "end")]
    cols += [ANN.c[c] for c in ("x", "y", "w", "h")]
    rows = conn.execute(
        select(*cols).where(ANN.c.page_id.in_(page_ids), ANN.c.origin == "detector")
    ).mappings()
    return {_key(dict(r)) for r in rows}


def store(
    lib: Library, doc_id: DocumentId, pages: Sequence[PageData], warnings: Sequence[Text] = ()
) -> DetectionSummary:
    now = utcnow()
    agreed = agree_per_record([d for p in pages for d in p.detections])
    for p in pages:  # (a record's number misread on a page is proposed as the record's)
        p.detections = [
            replace(d, value=agreed[d.value])
            if d.category == "identifier" and d.value in agreed
            else d
            for d in p.detections
        ]
    rows = [_marking_row(p, d, now) for p in pages for d in p.detections]
    rows += [_band_row(p, m, now) for p in pages for m in p.bands]
    rows += [_redaction_row(p, r, now) for p in pages for r in p.redactions]
    all_detections = [d for p in pages for d in p.detections]
    all_detections += [_as_detection(m) for p in pages for m in p.bands]
    meta = document_metadata(all_detections, pages[0].text if pages else "")
    with lib.transaction() as session:
        conn = session.connection()
        made_before = _existing_keys(conn, [p.page_id for p in pages])
        live = _live_annotations(conn, pages)
        by_id = {p.page_id: p for p in pages}
        seen: set[tuple[Any, ...]] = set()  # (this run's)
        new = []
        known = {"marking": 0, "redaction": 0}
        for row in rows:
            key = _key(row)
            if key in seen:
                continue
            seen.add(key)
            proposal = _live_of(row, json.loads(row["body"]), by_id[row["page_id"]])
            if key in made_before or _already_there(proposal, live.get(row["page_id"], ())):
                known[row["kind"]] += 1
            else:
                new.append(row)
        if new:
            conn.execute(insert(ANN), new)
            entries = [("annotation", r["uuid"], "create", None, r) for r in new]
            log_many(session, entries, author=AUTHOR, at=now)
        written = _write_metadata(conn, doc_id, meta, now)
    leaks = [on_page(p.index, note) for p in pages for r in p.redactions for note in r.notes]
    return DetectionSummary(
        doc_id,
        len(pages),
        sum(len(p.detections) + len(p.bands) for p in pages),
        sum(1 for r in new if r["kind"] == "marking"),
        sum(len(p.redactions) for p in pages),
        sum(1 for r in new if r["kind"] == "redaction"),
        written,
        (*warnings, *leaks),
        sum(1 for p in pages if not p.text.strip()),
        sum(1 for p in pages if p.bands_from == "scan"),
        sum(1 for p in pages if p.bands_from == "cache"),
        known["marking"],
        known["redaction"],
    )


def _write_metadata(
    conn: Connection, doc_id: DocumentId, meta: dict[str, MetadataValue], now: Any
) -> dict[str, str]:
    """Upsert detector metadata; a value whose origin is "person" is left alone."""
    current = {
        r.key: r.origin
        for r in conn.execute(select(META.c.key, META.c.origin).where(META.c.document_id == doc_id))
    }
    written = {}
    for key, mv in meta.items():
        values = {
            "value": mv.value,
            "origin": "detector",
            "rule_id": mv.rule_id,
            "confidence": mv.confidence,
            "author": AUTHOR,
            "modified_at": now,
        }
        if key not in current:
            conn.execute(insert(META).values(document_id=doc_id, key=key, **values))
        elif current[key] != "person":
            where = (META.c.document_id == doc_id) & (META.c.key == key)
            conn.execute(update(META).where(where).values(**values))
        else:
            continue
        written[key] = mv.value
    return written
