"""The vocabulary of annotations: kinds, statuses, marking categories, body shapes, record types.

Marking categories are data (resources/markings/categories.json), so adding one is an edit of that
file. Body checks here are about shape only; checks that need the library (does the tag exist?)
live in the annotation service (app.core.annotations), which returns the records defined here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from app.core.errors import NotFoundError, RedlineError
from app.core.ids import AnnotationId, PageId, TagId, TextLayerId

CATEGORIES_PATH = Path(__file__).resolve().parents[2] / "resources" / "markings" / "categories.json"

KINDS = ("correction", "tag", "marking", "redaction", "note")
STATUSES = ("proposed", "accepted", "rejected")
ORIGINS = ("person", "detector", "import")

# Categories whose values are written in capitals on the page; normalising them to capitals makes
# "Secret" from OCR and "SECRET" typed by a person the same value.
_UPPERCASE_CATEGORIES = frozenset({"classification", "portion", "control", "release"})
_SPACES = re.compile(r"\s+")


class AnnotationError(RedlineError):
    """An annotation that cannot be made or changed as asked (the message says why)."""


@dataclass(frozen=True)
class MarkingCategory:
    """One category a marking may have, with examples of normalised values."""

    id: str
    label: str
    examples: tuple[str, ...]


@cache
def marking_categories(path: Path = CATEGORIES_PATH) -> tuple[MarkingCategory, ...]:
    """The marking categories, in the order the file gives them (read once)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return tuple(
            MarkingCategory(str(c["id"]), str(c["label"]), tuple(str(e) for e in c["examples"]))
            for c in data["categories"]
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RedlineError(f"The marking vocabulary {path} cannot be read: {exc}") from exc


def category_ids() -> frozenset[str]:
    return frozenset(c.id for c in marking_categories())


def normalise_marking_value(category: str, value: str) -> str:
    """Collapse spaces; capitals for categories printed in capitals; ``b1`` -> ``B1``."""
    value = _SPACES.sub(" ", value).strip()
    if category in _UPPERCASE_CATEGORIES:
        return value.upper()
    if category == "exemption":
        return normalise_exemption(value)
    return value


def normalise_exemption(code: str) -> str:
    """FOIA exemptions are written ``B1``..``B9``; E.O. categories ``1.4(d)``, their letters in
    lower case (``1.4(B) AND (D)`` is ``1.4(b)(d)``); other codes are kept as written."""
    code = _SPACES.sub("", code)
    if re.fullmatch(r"[bB]\d(\(\w+\))*", code):
        return "B" + code[1:].upper()
    eo = re.fullmatch(r"(1\.[4-6])((?:(?:,|and|AND|&)*\([A-Za-z]\))+)", code)
    if eo:
        letters = dict.fromkeys(x.lower() for x in re.findall(r"\(([A-Za-z])\)", eo[2]))
        return eo[1] + "".join(f"({x})" for x in letters)
    return code


def _require_keys(
    kind: str, body: Mapping[str, Any], required: set[str], optional: set[str]
) -> None:
    missing = required - body.keys()
    if missing:
        raise AnnotationError(f"A {kind} needs {', '.join(sorted(missing))}.")
    extra = body.keys() - required - optional
    if extra:
        raise AnnotationError(f"A {kind} has no field {', '.join(sorted(extra))}.")


def _string(kind: str, body: Mapping[str, Any], key: str, *, empty_ok: bool = True) -> str:
    value = body[key]
    if not isinstance(value, str):
        raise AnnotationError(f"The {key} of a {kind} must be text.")
    if not empty_ok and not value.strip():
        raise AnnotationError(f"The {key} of a {kind} cannot be empty.")
    return value


def _marking_body(body: Mapping[str, Any]) -> dict[str, Any]:
    _require_keys("marking", body, {"category", "value"}, {"text", "struck"})
    category = _string("marking", body, "category")
    if category not in category_ids():
        known = ", ".join(c.id for c in marking_categories())
        raise AnnotationError(f"Unknown marking category {category!r}; known: {known}.")
    value = normalise_marking_value(category, _string("marking", body, "value", empty_ok=False))
    out: dict[str, Any] = {"category": category, "value": value}
    if "text" in body:
        out["text"] = _string("marking", body, "text")
    if "struck" in body:  # a level with a line through it: marked, then cancelled
        if not isinstance(body["struck"], bool):
            raise AnnotationError("Whether a marking is struck through is true or false.")
        out["struck"] = body["struck"]
    return out


def _redaction_body(body: Mapping[str, Any]) -> dict[str, Any]:
    _require_keys("redaction", body, {"exemptions"}, {"note", "share", "publish"})
    codes = body["exemptions"]
    if not isinstance(codes, list | tuple) or not all(isinstance(c, str) for c in codes):
        raise AnnotationError("The exemptions of a redaction must be a list of codes.")
    exemptions = [normalise_exemption(c) for c in codes if c.strip()]
    note = _string("redaction", body, "note") if "note" in body else ""
    out: dict[str, Any] = {"exemptions": exemptions, "note": note}
    if "share" in body:  # the detector's measure: the box's fraction of the page area
        share = body["share"]
        if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 1:
            raise AnnotationError("The share of a redaction is a fraction of the page, 0 to 1.")
        out["share"] = float(share)
    if "publish" in body:  # burned into the publication PDF (app.core.export.pdf)
        if not isinstance(body["publish"], bool):
            raise AnnotationError("Whether a redaction is published is true or false.")
        out["publish"] = body["publish"]
    return out


def _tag_body(body: Mapping[str, Any]) -> dict[str, Any]:
    _require_keys("tag", body, {"tag"}, set())
    return {"tag": _string("tag", body, "tag", empty_ok=False)}


def _correction_body(body: Mapping[str, Any]) -> dict[str, Any]:
    _require_keys("correction", body, {"replacement"}, set())
    return {"replacement": _string("correction", body, "replacement")}


def _note_body(body: Mapping[str, Any]) -> dict[str, Any]:
    _require_keys("note", body, {"text"}, set())
    return {"text": _string("note", body, "text", empty_ok=False)}


_BODY_CHECKS = {
    "correction": _correction_body,
    "tag": _tag_body,
    "marking": _marking_body,
    "redaction": _redaction_body,
    "note": _note_body,
}


def validate_body(kind: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """Check ``body`` against the shape of ``kind``; return a normalised copy."""
    check = _BODY_CHECKS.get(kind)
    if check is None:
        raise AnnotationError(f"Unknown annotation kind {kind!r}; known: {', '.join(KINDS)}.")
    if not isinstance(body, Mapping):
        raise AnnotationError(f"The body of a {kind} must be an object.")
    return check(body)


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise AnnotationError(f"Unknown status {status!r}; known: {', '.join(STATUSES)}.")
    return status


def check_origin(origin: str, author: str) -> str:
    """A known origin; a person's annotation must say who made it."""
    if origin not in ORIGINS:
        raise AnnotationError(f"Unknown origin {origin!r}; known: {', '.join(ORIGINS)}.")
    if origin == "person" and not author.strip():
        raise AnnotationError("Give your name (in Preferences) before making annotations.")
    return origin


# --- annotation records ------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A span a caller selects: code points of a text layer (None: the page's active layer)."""

    start: int
    end: int
    layer_id: TextLayerId | None = None


@dataclass(frozen=True)
class Region:
    """A rectangle in PDF points of the unrotated page, origin top-left."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class TextAnchor:
    """A stored text anchor; ``layer_id`` is None once its layer is gone (the quote remains)."""

    layer_id: TextLayerId | None
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class AnnotationRecord:
    """An annotation as stored. ``body`` is a fresh dict per record; treat it as read-only."""

    id: AnnotationId
    uuid: str
    page_id: PageId
    kind: str
    status: str
    text: TextAnchor | None
    region: Region | None
    tag_id: TagId | None
    body: dict[str, Any]
    origin: str
    rule_id: str | None
    confidence: float | None
    author: str
    created_at: datetime
    modified_at: datetime
    orphaned: bool
    deleted: bool

    def same_state(self, other: AnnotationRecord | None) -> bool:
        """Equal apart from the row id (a redone creation may get a new one)."""
        return other is not None and replace(self, id=other.id) == other


@dataclass(frozen=True)
class AnnotationChange:
    """One annotation's state before and after a change (None: the row did not exist)."""

    uuid: str
    before: AnnotationRecord | None
    after: AnnotationRecord | None

    @property
    def record(self) -> AnnotationRecord:
        """The state after the change (for changes that leave the annotation in place)."""
        if self.after is None:
            raise NotFoundError(f"Annotation {self.uuid} no longer exists.")
        return self.after

    def followed_by(self, later: AnnotationChange) -> AnnotationChange:
        """This change and a later one of the same annotation as one step (QUndoCommand.mergeWith:
        typing a correction is one undo step, not one per key)."""
        if later.uuid != self.uuid:
            raise AnnotationError("Only changes of the same annotation can be merged.")
        return AnnotationChange(self.uuid, self.before, later.after)


RECORD_COLUMNS = (
    *("id", "uuid", "page_id", "kind", "status"),
    *("text_layer_id", "start", "end", "quote", "prefix", "suffix", "x", "y", "w", "h"),
    *("tag_id", "body", "origin", "rule_id", "confidence", "author"),
    *("created_at", "modified_at", "orphaned", "deleted"),
)


def record_from_row(row: Sequence[Any]) -> AnnotationRecord:
    """A record from a row selecting :data:`RECORD_COLUMNS` in that order (unpacking a tuple is
    several times faster than reading a SQLAlchemy row by name; a page may hold hundreds)."""
    (id_, uuid, page_id, kind, status, layer, start, end, quote, prefix, suffix, x, y, w, h,
     tag_id, body, origin, rule_id, confidence, author, created, modified, orphaned, deleted,
     ) = row  # fmt: skip
    text = None
    if start is not None and end is not None:
        layer_id = None if layer is None else TextLayerId(layer)
        text = TextAnchor(layer_id, start, end, quote or "", prefix or "", suffix or "")
    region = None
    if x is not None and y is not None and w is not None and h is not None:
        region = Region(x, y, w, h)
    return AnnotationRecord(
        id=AnnotationId(id_),
        uuid=uuid,
        page_id=PageId(page_id),
        kind=kind,
        status=status,
        text=text,
        region=region,
        tag_id=None if tag_id is None else TagId(tag_id),
        body=dict(json.loads(body)),
        origin=origin,
        rule_id=rule_id,
        confidence=confidence,
        author=author,
        created_at=created,
        modified_at=modified,
        orphaned=bool(orphaned),
        deleted=bool(deleted),
    )


def record_columns(r: AnnotationRecord) -> dict[str, Any]:
    t, g = r.text, r.region
    return {
        "uuid": r.uuid,
        "page_id": r.page_id,
        "kind": r.kind,
        "status": r.status,
        "text_layer_id": t.layer_id if t else None,
        "start": t.start if t else None,
        "end": t.end if t else None,
        "quote": t.quote if t else None,
        "prefix": t.prefix if t else None,
        "suffix": t.suffix if t else None,
        "x": g.x if g else None,
        "y": g.y if g else None,
        "w": g.w if g else None,
        "h": g.h if g else None,
        "tag_id": r.tag_id,
        "body": json.dumps(r.body, ensure_ascii=False, sort_keys=True),
        "origin": r.origin,
        "rule_id": r.rule_id,
        "confidence": r.confidence,
        "author": r.author,
        "created_at": r.created_at,
        "modified_at": r.modified_at,
        "orphaned": r.orphaned,
        "deleted": r.deleted,
    }
