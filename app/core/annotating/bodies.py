"""Checking an annotation's body against the shape of its kind (:func:`validate_body`): the keys
it needs and may have, their types, and their values written one way (a marking's value in
capitals where the page prints them, exemption codes as the vocabulary writes them).

Checks of shape only: whether a tag exists, or a person's codes are known, is checked where the
library or the person is (:mod:`.annotations`, :func:`.exemptions.check_exemptions`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from app.core.annotating.exemptions import normalise_exemption
from app.core.annotating.vocabulary import (
    LEAVE_VISIBLE,
    AnnotationError,
    Body,
    CorrectionBody,
    MarkingBody,
    NoteBody,
    RedactionBody,
    TagBody,
    category_ids,
    check_kind,
    kind_name,
    marking_categories,
)
from app.core.wording import Message, translate

# Categories whose values are written in capitals on the page; normalising them to capitals makes
# "Secret" from OCR and "SECRET" typed by a person the same value.
_UPPERCASE_CATEGORIES = frozenset({"classification", "portion", "control", "release"})
_SPACES = re.compile(r"\s+")


def normalise_marking_value(category: str, value: str) -> str:
    """Collapse spaces; capitals for categories printed in capitals; ``b1`` -> ``B1``."""
    value = _SPACES.sub(" ", value).strip()
    if category in _UPPERCASE_CATEGORIES:
        return value.upper()
    if category == "exemption":
        return normalise_exemption(value)
    return value


def _require_keys(
    kind: str, body: Mapping[str, Any], required: set[str], optional: set[str]
) -> None:
    missing = required - body.keys()
    if missing:
        raise AnnotationError(
            translate("Redline", "A {kind} needs {value}.").format(
                kind=kind_name(kind), value=", ".join(sorted(missing))
            )
        )
    extra = body.keys() - required - optional
    if extra:
        raise AnnotationError(
            translate("Redline", "A {kind} has no field {value}.").format(
                kind=kind_name(kind), value=", ".join(sorted(extra))
            )
        )


# A body's fields as a sentence names them, in the window's language as its forms label them
# ("Wert", not "value": the form's label is "Wert:"); the command line's English is the key.
FIELD_NAMES: dict[str, Message] = {
    "value": translate("Redline", "value"),
    "category": translate("Redline", "category"),
    "text": translate("Redline", "text"),
    "note": translate("Redline", "note"),
    "tag": translate("Redline", "tag"),
    "replacement": translate("Redline", "replacement"),
}


def _string(kind: str, body: Mapping[str, Any], key: str, *, empty_ok: bool = True) -> str:
    value = body[key]
    name = FIELD_NAMES.get(key, key)
    if not isinstance(value, str):
        raise AnnotationError(
            translate("Redline", "The {key} of a {kind} must be text.").format(
                key=name, kind=kind_name(kind)
            )
        )
    if not empty_ok and not value.strip():
        raise AnnotationError(
            translate("Redline", "The {key} of a {kind} cannot be empty.").format(
                key=name, kind=kind_name(kind)
            )
        )
    return value


def _marking_body(body: Mapping[str, Any]) -> MarkingBody:
    _require_keys("marking", body, {"category", "value"}, {"text", "struck"})
    category = _string("marking", body, "category")
    if category not in category_ids():
        known = ", ".join(c.id for c in marking_categories())
        raise AnnotationError(
            translate("Redline", "Unknown marking category {category!r}; known: {known}.").format(
                category=category, known=known
            )
        )
    value = normalise_marking_value(category, _string("marking", body, "value", empty_ok=False))
    out = MarkingBody(category=category, value=value)
    if "text" in body:
        out["text"] = _string("marking", body, "text")
    if "struck" in body:  # a level with a line through it: marked, then cancelled
        if not isinstance(body["struck"], bool):
            raise AnnotationError(
                translate("Redline", "Whether a marking is struck through is true or false.")
            )
        out["struck"] = body["struck"]
    return out


def _redaction_body(body: Mapping[str, Any]) -> RedactionBody:
    _require_keys("redaction", body, {"exemptions"}, {"note", "share", LEAVE_VISIBLE, "publish"})
    codes = body["exemptions"]
    if not isinstance(codes, list | tuple) or not all(isinstance(c, str) for c in codes):
        raise AnnotationError(
            translate("Redline", "The exemptions of a redaction must be a list of codes.")
        )
    exemptions = [normalise_exemption(c) for c in codes if c.strip()]
    note = _string("redaction", body, "note") if "note" in body else ""
    out = RedactionBody(exemptions=exemptions, note=note)
    if "share" in body:  # the detector's measure: the box's fraction of the page area
        share = body["share"]
        if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 1:
            raise AnnotationError(
                translate("Redline", "The share of a redaction is a fraction of the page, 0 to 1.")
            )
        out["share"] = float(share)
    # Every accepted redaction is burned into publication PDFs unless a person chose to leave it
    # visible (stored only when chosen). "publish", the opt-in flag this replaced, is dropped:
    # files written before still import, and their redactions are burned in.
    if LEAVE_VISIBLE in body:
        if not isinstance(body[LEAVE_VISIBLE], bool):
            raise AnnotationError(
                translate("Redline", "Whether a redaction is left visible is true or false.")
            )
        if body[LEAVE_VISIBLE]:
            out[LEAVE_VISIBLE] = True
    return out


def _tag_body(body: Mapping[str, Any]) -> TagBody:
    _require_keys("tag", body, {"tag"}, set())
    return TagBody(tag=_string("tag", body, "tag", empty_ok=False))


def _correction_body(body: Mapping[str, Any]) -> CorrectionBody:
    _require_keys("correction", body, {"replacement"}, set())
    return CorrectionBody(replacement=_string("correction", body, "replacement"))


def _note_body(body: Mapping[str, Any]) -> NoteBody:
    _require_keys("note", body, {"text"}, set())
    return NoteBody(text=_string("note", body, "text", empty_ok=False))


_BODY_CHECKS: dict[str, Callable[[Mapping[str, Any]], Body]] = {
    "correction": _correction_body,
    "tag": _tag_body,
    "marking": _marking_body,
    "redaction": _redaction_body,
    "note": _note_body,
}


def validate_body(kind: str, body: Mapping[str, Any], *, may_hold_nul: bool = True) -> Body:
    """Check ``body`` against the shape of ``kind``; return a normalised copy. ``may_hold_nul``
    false: the caller knows that no text in it holds U+0000 (a merge's record decoded from JSON
    without the escape, :func:`app.core.exchange.record_rules.holds_nul_escape`), and it is not
    looked for."""
    check = _BODY_CHECKS[check_kind(kind)]
    if not isinstance(body, dict | Mapping):  # (dict first: an ABC's check is slower)
        raise AnnotationError(
            translate("Redline", "The body of a {kind} must be an object.").format(
                kind=kind_name(kind)
            )
        )
    clean = check(body)
    # PostgreSQL's text cannot hold U+0000: the same rule on both engines
    if may_hold_nul and _holds_nul(clean):
        raise AnnotationError(
            translate(
                "Redline",
                "The {kind} holds a NUL character (U+0000), which a "
                "library cannot store; remove it.",
            ).format(kind=kind_name(kind))
        )
    return clean


def _holds_nul(value: object) -> bool:
    """Whether any text in ``value`` (keys too, however deep) holds U+0000; without recursion,
    and the usual body (a few strings, a list of them) in one pass."""
    todo = [value]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, dict | Mapping):
            todo.extend(item.keys())
            todo.extend(item.values())
        elif isinstance(item, list | tuple):
            todo.extend(item)
    return False
