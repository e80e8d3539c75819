"""The vocabulary of annotations: kinds, statuses, origins, marking categories, body shapes (one
``TypedDict`` per kind), and the checks of a kind, a status, an origin and the anchors a kind
needs.

Marking categories are data (resources/markings/categories.json), so adding one is an edit of that
file. A body is checked against its shape by :mod:`app.core.annotating.bodies`; exemption codes
are :mod:`app.core.annotating.exemptions`. Checks that need the library (does the tag exist?)
live in the annotation service (app.core.annotating.annotations), which returns the records of
:mod:`app.core.annotating.records`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal, NotRequired, TypedDict, get_args

from app.core.errors import RedlineError
from app.core.resources import resource_path
from app.core.wording import Message, translate

CATEGORIES_PATH = resource_path("markings", "categories.json")

Kind = Literal["correction", "tag", "marking", "redaction", "note"]
Status = Literal["proposed", "accepted", "rejected"]
Origin = Literal["person", "detector", "import"]
KINDS: tuple[Kind, ...] = get_args(Kind)
STATUSES: tuple[Status, ...] = get_args(Status)
ORIGINS: tuple[Origin, ...] = get_args(Origin)


class CorrectionBody(TypedDict):
    replacement: str  # what the OCR should have read


class TagBody(TypedDict):
    tag: str  # the tag's uuid


class MarkingBody(TypedDict):
    category: str  # a marking category id (resources/markings/categories.json)
    value: str  # normalised (capitals where printed so, exemption codes as B1)
    text: NotRequired[str]  # as the page has it, when it differs
    struck: NotRequired[bool]  # a level with a line through it: marked, then cancelled


class RedactionBody(TypedDict):
    exemptions: list[str]  # FOIA exemption codes, normalised
    note: str
    share: NotRequired[float]  # the detector's measure: the box's fraction of the page
    leave_visible: NotRequired[bool]  # only ever True: a person chose not to burn it in (burns_in)


class NoteBody(TypedDict):
    text: str


Body = CorrectionBody | TagBody | MarkingBody | RedactionBody | NoteBody
"""An annotation's body: the shape its kind has (:func:`validate_body` makes sure)."""

# The body key of a redaction a person chose not to burn into publication PDFs.
LEAVE_VISIBLE: Final = "leave_visible"


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
        raise RedlineError(
            translate("Redline", "The marking vocabulary {path} cannot be read: {exc}").format(
                path=path, exc=exc
            )
        ) from exc


@cache  # (asked per annotation by the W3C import: a twentieth of its time, built each time)
def category_ids() -> frozenset[str]:
    return frozenset(c.id for c in marking_categories())


def burns_in(status: str, body: Mapping[str, Any]) -> bool:
    """The publication rule, one for every output that leaves the machine (the publication PDF,
    IIIF, W3C, CSV, ALTO/PAGE/hOCR): a redaction is burned in when it is accepted (drawn by a
    person, or a proposal a person accepted), unless a person chose to leave it visible."""
    return status == "accepted" and body.get(LEAVE_VISIBLE) is not True


def check_kind(kind: str) -> Kind:
    if kind not in KINDS:
        raise AnnotationError(
            translate("Redline", "Unknown annotation kind {kind!r}; known: {value}.").format(
                kind=kind, value=", ".join(KINDS)
            )
        )
    return kind


KIND_NAMES: dict[str, Message] = {  # the kinds as a sentence names them (the window's too)
    "correction": translate("Redline", "correction"),
    "tag": translate("Redline", "tag"),
    "marking": translate("Redline", "marking"),
    "redaction": translate("Redline", "redaction"),
    "note": translate("Redline", "note"),
}


def kind_name(kind: str) -> Message | str:
    """``kind`` as a sentence names it: a message for a known kind (the window says it in its
    language), else the word as written."""
    return KIND_NAMES.get(kind, kind)


TEXT_KINDS: frozenset[Kind] = frozenset({"correction"})  # need a span of the page text
REGION_KINDS: frozenset[Kind] = frozenset({"redaction"})  # need a region of the scan
ANCHORED_KINDS: frozenset[Kind] = frozenset({"tag", "marking"})  # need a span or a region


def check_anchors(kind: str, *, text: bool, region: bool) -> None:
    """The anchors ``kind`` needs: a correction its span, a redaction its region, a tag or a
    marking one of the two (a note may have neither)."""
    if kind in TEXT_KINDS and not text:
        raise AnnotationError(
            translate("Redline", "A {kind} needs a span of the page text.").format(
                kind=kind_name(kind)
            )
        )
    if kind in REGION_KINDS and not region:
        raise AnnotationError(
            translate("Redline", "A {kind} needs a region of the scan.").format(
                kind=kind_name(kind)
            )
        )
    if kind in ANCHORED_KINDS and not (text or region):
        raise AnnotationError(
            translate(
                "Redline", "A {kind} needs a span of the text or a region of the scan."
            ).format(kind=kind_name(kind))
        )


def check_region_size(w: float, h: float) -> None:
    """A region has a width and a height (finite, above zero)."""
    if not (0 < w < math.inf and 0 < h < math.inf):
        raise AnnotationError(translate("Redline", "A region needs a width and a height."))


def check_span(start: int, end: int, length: int | None = None) -> None:
    """A span covers at least one character, inside a text of ``length`` when that is known."""
    top = "" if length is None else f" (0-{length})"
    if not (0 <= start < end and (length is None or end <= length)):
        raise AnnotationError(
            translate(
                "Redline", "The span {start}-{end} is empty or outside the page text{top}."
            ).format(start=start, end=end, top=top)
        )


def check_status(status: str) -> Status:
    if status not in STATUSES:
        raise AnnotationError(
            translate("Redline", "Unknown status {status!r}; known: {value}.").format(
                status=status, value=", ".join(STATUSES)
            )
        )
    return status


def check_origin(origin: str, author: str) -> Origin:
    """A known origin; a person's annotation must say who made it."""
    if origin not in ORIGINS:
        raise AnnotationError(
            translate("Redline", "Unknown origin {origin!r}; known: {value}.").format(
                origin=origin, value=", ".join(ORIGINS)
            )
        )
    if origin == "person" and not author.strip():
        raise AnnotationError(
            translate("Redline", "Give your name (in Preferences) before making annotations.")
        )
    return origin
