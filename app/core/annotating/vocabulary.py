"""The vocabulary of annotations: kinds, statuses, origins, marking categories, body shapes (one
``TypedDict`` per kind).

Marking categories are data (resources/markings/categories.json), so adding one is an edit of that
file. Body checks here are about shape only; checks that need the library (does the tag exist?)
live in the annotation service (app.core.annotating.annotations), which returns the records of
:mod:`app.core.annotating.records`.
"""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal, NotRequired, TypedDict, get_args

from app.core.errors import RedlineError
from app.core.resources import resource_path
from app.core.wording import Message, joined, translate

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

# Categories whose values are written in capitals on the page; normalising them to capitals makes
# "Secret" from OCR and "SECRET" typed by a person the same value.
_UPPERCASE_CATEGORIES = frozenset({"classification", "portion", "control", "release"})
# The body key of a redaction a person chose not to burn into publication PDFs.
LEAVE_VISIBLE: Final = "leave_visible"
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
        raise RedlineError(
            translate("Redline", "The marking vocabulary {path} cannot be read: {exc}").format(
                path=path, exc=exc
            )
        ) from exc


@cache  # (asked per annotation by the W3C import: a twentieth of its time, built each time)
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


# A FOIA exemption as people type it: "b6", "B 6", "(b)(6)", "b7c", "b7(C)", "(b)(7)(C)".
_FOIA = re.compile(r"\(?[bB]\)?\(?(\d)\)?((?:\(\w+\)|[a-zA-Z])*)")


def normalise_exemption(code: str) -> str:
    """FOIA exemptions are written ``B1``..``B9`` with sub-paragraphs in brackets (``B7(C)``),
    however they were typed (``b 6``, ``(b)(6)``, ``b7c``); E.O. categories ``1.4(d)``, their
    letters in lower case (``1.4(B) AND (D)`` is ``1.4(b)(d)``); other codes are kept as
    written."""
    code = _SPACES.sub("", code)
    found = _FOIA.fullmatch(code)
    if found is not None:
        subs = re.findall(r"\((\w+)\)|([a-zA-Z])", found.group(2))
        return "B" + found.group(1) + "".join(f"({(a or b).upper()})" for a, b in subs)
    eo = re.fullmatch(r"(1\.[4-6])((?:(?:,|and|AND|&)*\([A-Za-z]\))+)", code)
    if eo:
        letters = dict.fromkeys(x.lower() for x in re.findall(r"\(([A-Za-z])\)", eo[2]))
        return eo[1] + "".join(f"({x})" for x in letters)
    return code


EXEMPTIONS_PATH = resource_path("markings", "exemptions.json")


@dataclass(frozen=True)
class ExemptionCode:
    """A code a redaction may give, as the service writes it, and what it stands for."""

    code: str
    meaning: str


@cache
def exemption_codes(path: Path = EXEMPTIONS_PATH) -> tuple[ExemptionCode, ...]:
    """The exemption vocabulary (resources/markings/exemptions.json), in the file's order."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return tuple(ExemptionCode(str(c["code"]), str(c["meaning"])) for c in data["codes"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RedlineError(
            translate("Redline", "The exemption vocabulary {path} cannot be read: {exc}").format(
                path=path, exc=exc
            )
        ) from exc


def _code_key(code: str) -> str:
    """A code without case, spaces and brackets: "(b)(6)", "B6" and "b 6" read alike."""
    return re.sub(r"[\s()]", "", code).casefold()


@cache
def _known_codes() -> dict[str, str]:
    return {_code_key(c.code): c.code for c in exemption_codes()}


def known_exemption(code: str) -> str | None:
    """``code`` as the vocabulary writes it (``b6`` -> ``B6``, ``3.3(H)(2)`` -> ``3.3(h)(2)``,
    ``1.4(B) and (D)`` -> ``1.4(b)(d)``), or None when it is not one of its codes. A combined
    E.O. code is known when each of its letters is."""
    normal = normalise_exemption(code)
    known = _known_codes()
    found = known.get(_code_key(normal)) or known.get(_code_key(code))
    if found is not None:
        return found
    combined = re.fullmatch(r"(1\.[4-6])((?:\([a-z]\)){2,})", normal)
    if combined and all(f"{combined[1]}{x}".casefold() in known for x in combined[2][1::3]):
        return normal
    return None


class UnknownExemptionsError(AnnotationError):
    """Codes a person typed that are not in the vocabulary: the error names them (with the known
    code each is likely a slip for) and lists the known ones grouped by family, a family on a
    line. The window shows :attr:`unknown` and the list as details; the command line prints all."""

    def __init__(self, codes: Sequence[str]) -> None:
        self.codes = tuple(codes)
        self.unknown = (
            translate("Redline", "Unknown exemption codes: {codes}.")
            .counted(len(self.codes), one="Unknown exemption code: {codes}.")
            .format(codes=joined(", ", [unknown_code_said(c) for c in self.codes]))
        )
        self.lines = known_code_lines()  # the known codes, a family on a line
        self.known = joined(
            "\n",
            (translate("Redline", "Known codes:"), *(joined("", ("  ", x)) for x in self.lines)),
        )
        super().__init__(joined("\n", (self.unknown, self.known)))

    def __reduce__(self) -> tuple[type[UnknownExemptionsError], tuple[tuple[str, ...]]]:
        return (type(self), (self.codes,))  # (pickled as the codes: the message is made again)


def check_exemptions(codes: Sequence[str]) -> list[str]:
    """The codes as the vocabulary writes them, or an :class:`UnknownExemptionsError` that names
    the unknown ones and lists the known ones. (A person typing codes is held to the vocabulary;
    the service keeps whatever codes an import or the detector brings.)"""
    out, unknown = [], []
    for code in (c.strip() for c in codes):
        if code:
            known = known_exemption(code)
            out.append(known) if known is not None else unknown.append(code)
    if unknown:
        raise UnknownExemptionsError(unknown)
    return list(dict.fromkeys(out))


# Letters OCR (and a hurried typist) put for digits: "BG" is B6, "Bl" is B1, "25XI" is 25X1,
# "l.4(c)" is 1.4(c).
_LOOKALIKE_DIGITS = str.maketrans("lI|iOoGSsZz", "11110065522")


def close_exemptions(code: str) -> list[str]:
    """The known codes ``code`` is likely a slip for (at most three, likeliest first): with a
    letter that looks like a digit read as that digit ("BG" -> B6), else those spelled almost
    alike ("B10" -> B1, "b8c" -> B8, "50X1" -> 50X1-HUM); none when nothing is close."""
    code = code.strip()
    if not code:
        return []
    read = known_exemption(code.translate(_LOOKALIKE_DIGITS))  # (B is no digit here)
    if read is not None:
        return [read]
    known = _known_codes()
    key = _code_key(normalise_exemption(code))
    # (sorted stably, in the vocabulary's order: of codes as close, the first first)
    scored = sorted(((difflib.SequenceMatcher(None, k, key).ratio(), k) for k in known),
                    key=lambda s: -s[0])  # fmt: skip
    close = [k for score, k in scored if score >= 0.8]
    longer = [k for k in known if len(key) >= 3 and k.startswith(key) and k not in close]
    return [known[k] for k in (close + longer)[:3]]


def unknown_code_said(code: str) -> Message | str:
    """An unknown code as an error names it: with the known codes it is likely a slip for."""
    close = close_exemptions(code)
    if not close:
        return code
    return translate("Redline", "{code} (did you mean {codes}?)").format(
        code=code, codes=", ".join(close)
    )


# The families the known codes are listed in, a family on a line (a code goes in the first
# family its start matches; one of none, added to the vocabulary later, under "Other codes").
_FAMILIES: Final = (
    (translate("Redline", "FOIA"), re.compile(r"B\d")),
    (translate("Redline", "E.O. 13526 §1.4"), re.compile(r"1\.4\(")),
    (translate("Redline", "E.O. 12958 §1.5"), re.compile(r"1\.5\(")),
    (translate("Redline", "E.O. 13526 §3.3, §3.5"), re.compile(r"3\.\d\(")),
    (translate("Redline", "25X and 50X exemptions"), re.compile(r"\d\dX")),
    (translate("Redline", "JFK Records Act §6"), re.compile(r"6\(")),
)
# A code as its stem, its last letter or digit and a closing bracket if any: "3.3(b)(", "1", ")".
_LAST = re.compile(r"(.*?)([0-9A-Za-z])(\)?)")


def known_code_lines(path: Path = EXEMPTIONS_PATH) -> list[Message]:
    """The known codes by family, a line each ("FOIA: B1–B9, B7(A)–B7(F)"): three or more in a
    row that differ only in their last letter or digit are written as a range."""
    families: dict[int, list[str]] = {}
    for c in exemption_codes(path):
        at = next((i for i, (_, p) in enumerate(_FAMILIES) if p.match(c.code)), len(_FAMILIES))
        families.setdefault(at, []).append(c.code)
    return [
        translate("Redline", "{family}: {codes}").format(
            family=_FAMILIES[i][0] if i < len(_FAMILIES) else translate("Redline", "Other codes"),
            codes=", ".join(_ranges(codes)),
        )
        for i, codes in sorted(families.items())
    ]


def _ranges(codes: Sequence[str]) -> list[str]:
    """``codes`` grouped by stem (in the order each stem comes first), each run of three or more
    consecutive last letters or digits as ``first–last``."""
    stems: dict[tuple[str, str], list[str]] = {}
    for code in codes:
        m = _LAST.fullmatch(code)
        stems.setdefault((m[1], m[3]) if m else (code, "~"), []).append(code)
    out: list[str] = []
    for group in stems.values():
        run: list[str] = []
        for code in [*group, ""]:
            if run and code and ord(_last(code)) == ord(_last(run[-1])) + 1:
                run.append(code)
                continue
            out.extend([f"{run[0]}–{run[-1]}"] if len(run) >= 3 else run)
            run = [code]
    return out


def _last(code: str) -> str:
    """The last letter or digit of ``code`` (before a closing bracket)."""
    return code.rstrip(")")[-1:] or " "


def unknown_codes(kind: str, body: Mapping[str, Any]) -> list[str]:
    """The exemption codes an annotation carries that are not in the vocabulary: a redaction's
    codes, or the value of an exemption marking (what the detector read beside a box, or what
    a colleague's set brought). Accepting checks them, as the form checks what a person types."""
    if kind == "redaction":
        codes = body.get("exemptions") or []
    elif kind == "marking" and body.get("category") == "exemption":
        codes = [body.get("value", "")]
    else:
        return []
    if not isinstance(codes, list | tuple):
        return []
    return [c for c in codes if isinstance(c, str) and c.strip() and known_exemption(c) is None]


def agency_code(code: str) -> str:
    """An exemption as agencies print it beside a released box: ``B7(C)`` -> ``(b)(7)(C)``."""
    if re.fullmatch(r"B\d(\(\w+\))*", code):
        return f"(b)({code[1]}){code[2:]}"
    return code


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


def _string(kind: str, body: Mapping[str, Any], key: str, *, empty_ok: bool = True) -> str:
    value = body[key]
    if not isinstance(value, str):
        raise AnnotationError(
            translate("Redline", "The {key} of a {kind} must be text.").format(
                key=key, kind=kind_name(kind)
            )
        )
    if not empty_ok and not value.strip():
        raise AnnotationError(
            translate("Redline", "The {key} of a {kind} cannot be empty.").format(
                key=key, kind=kind_name(kind)
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


def burns_in(status: str, body: Mapping[str, Any]) -> bool:
    """The publication rule, one for every output that leaves the machine (the publication PDF,
    IIIF, W3C, CSV, ALTO/PAGE/hOCR): a redaction is burned in when it is accepted (drawn by a
    person, or a proposal a person accepted), unless a person chose to leave it visible."""
    return status == "accepted" and body.get(LEAVE_VISIBLE) is not True


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


def validate_body(kind: str, body: Mapping[str, Any]) -> Body:
    """Check ``body`` against the shape of ``kind``; return a normalised copy."""
    check = _BODY_CHECKS[check_kind(kind)]
    if not isinstance(body, Mapping):
        raise AnnotationError(
            translate("Redline", "The body of a {kind} must be an object.").format(
                kind=kind_name(kind)
            )
        )
    clean = check(body)
    if _holds_nul(clean):  # PostgreSQL's text cannot hold it: the same rule on both engines
        raise AnnotationError(
            translate(
                "Redline",
                "The {kind} holds a NUL character (U+0000), which a "
                "library cannot store; remove it.",
            ).format(kind=kind_name(kind))
        )
    return clean


def _holds_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, Mapping):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_holds_nul(v) for v in value)
    return False


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
