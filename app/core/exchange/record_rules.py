"""What a merge may accept: each record of an annotation set as Redline itself could have made it.

The annotation set's JSON Schema checks shapes; this module checks each record with the rules
the annotation services apply when a person makes or edits the same thing (one set of rules,
in :mod:`app.core.annotating.vocabulary`, :mod:`app.core.annotating.review` and
:mod:`app.core.annotating.tags`), plus what only a file can get wrong: times that are not real
dates or lie in the future (a ``modified`` of 9999-12-31 would win every later conflict),
numbers that are not finite or do not fit the database, text that is not Unicode.

:func:`check_records` needs only the file; :func:`check_tag_tree` also the tags the library
holds. A merge of any kind (Redline JSON, another format turned into its records, a three-way
merge) calls them before it writes; each raises :class:`InvalidAnnotationSet` naming the
record and the rule.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from app.core.annotating.bodies import validate_body
from app.core.annotating.review import ReviewError, check_review_status
from app.core.annotating.tags import is_own_ancestor
from app.core.annotating.vocabulary import (
    AnnotationError,
    check_anchors,
    check_origin,
    check_region_size,
    check_span,
)
from app.core.errors import RedlineError
from app.core.wording import Joined, Message, joined, translate

FUTURE_SKEW = timedelta(days=1)  # clocks of the machines a set passes through may disagree
MAX_INTEGER = 2**63 - 1  # what SQLite stores
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_NUL_ESCAPE = re.compile(rb"\\u0000")  # (a pattern: searched quicker than bytes.find here)
# Either escape: one search of an annotation line in place of the two (which it needs only when
# this finds one): 0.3 against 0.6 us a line of Redline's, 27 against 64 ms for 100,000.
_EITHER_ESCAPE = re.compile(rb"\\u(?:[dD][89a-fA-F][0-9a-fA-F]{2}|0000)")

__all__ = [
    "InvalidAnnotationSet",
    "check_annotation",
    "check_page_review",
    "check_records",
    "check_tag_tree",
]


class InvalidAnnotationSet(RedlineError):
    """A file that is not a readable Redline annotation set; nothing was changed."""


QUOTED = 60  # characters of a long value from a file that a message quotes
_LONG_VALUE = re.compile(r'"(?:[^"\\]|\\.){101,}"|[^\s"]{101,}')  # (100: said whole)


def shortened(text: str, keep: int = QUOTED) -> str | Message:
    """A value from a file as a message quotes it: its first ``keep`` characters, "…" and how
    long it was (an author of 5 million characters was said back whole: a 5 MB line)."""
    if len(text) <= keep:
        return text
    return translate("Redline", "{start}… ({count} characters)").format(
        start=text[:keep], count=len(text)
    )


def shortened_values(text: str) -> str | Joined:
    """``text`` (a validator's reason, which quotes the value it refuses) with each quoted
    string or unbroken run longer than 100 characters :func:`shortened`."""
    parts: list[object] = []
    last = 0
    for found in _LONG_VALUE.finditer(text):
        value = found.group()
        if value.startswith('"'):  # a text: shortened within its quotes
            inner = value[1:-1]
            short: object = translate("Redline", '"{start}…" ({count} characters)').format(
                start=inner[:QUOTED], count=len(inner)
            )
        else:
            short = shortened(value)
        parts += [text[last : found.start()], short]
        last = found.end()
    if not parts:
        return text
    return joined("", [*parts, text[last:]])


def finite_float(text: str) -> float:
    """``json`` parse_float: a number too large for a float (``1e999``) is refused, not kept as
    Infinity (every later export would be invalid JSON)."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(
            translate("Redline", "the number {value} is too large").format(value=text[:40])
        )
    return value


def bounded_int(text: str) -> int:
    """``json`` parse_int: an integer SQLite cannot store is refused."""
    value = int(text)
    if abs(value) > MAX_INTEGER:
        raise ValueError(
            translate("Redline", "the integer {value}… is too large").format(value=text[:40])
        )
    return value


def check_unicode(raw: bytes, data: Any) -> None:
    """Refuse text holding a lone surrogate (``"\\ud800"``): it is not Unicode and cannot be
    stored. Only a file that escapes surrogates at all is walked."""
    if _SURROGATE_ESCAPE.search(raw) is None:
        return
    todo = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            todo.extend(item.keys())
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, str) and _LONE_SURROGATE.search(item):
            raise InvalidAnnotationSet(
                translate(
                    "Redline",
                    "the file holds text that is not Unicode (a lone surrogate in {text!r})",
                ).format(text=item[:40])
            )


def check_escapes(raw: bytes, data: Any) -> bool:
    """:func:`check_unicode` of ``data`` decoded from ``raw``, then :func:`holds_nul_escape` of
    ``raw``: the same verdicts, in one search of ``raw`` when it holds neither escape (an
    annotation line of a set: the usual case)."""
    if _EITHER_ESCAPE.search(raw) is None:
        return False
    check_unicode(raw, data)
    return holds_nul_escape(raw)


def holds_nul_escape(raw: bytes) -> bool:
    """Whether the JSON text ``raw`` holds the escape ``\\u0000``: the only way a value
    decoded from it can hold U+0000 in a text, as JSON allows no control character in a string
    as it is (and the decoders refuse one). Without it, a record's texts need no looking
    through for U+0000."""
    return _NUL_ESCAPE.search(raw) is not None


def _time(where: str, value: str | None, latest: datetime) -> None:
    if value is None:
        return
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidAnnotationSet(
            translate("Redline", "{where}: {value!r} is not a real date and time").format(
                where=where, value=value
            )
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if parsed > latest:
        raise InvalidAnnotationSet(
            translate(
                "Redline",
                "{where}: {value} lies in the future (later than {latest:%Y-%m-%d %H:%M} UTC)",
            ).format(where=where, value=value, latest=latest)
        )


def _rule(where: str, check: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
    try:
        check(*args, **kwargs)
    except (AnnotationError, ReviewError) as exc:
        raise InvalidAnnotationSet(_at(where, exc)) from None


def _at(where: str, exc: Exception) -> Message:
    """The services' reason ``exc`` (a message) for the record at ``where``."""
    return translate("Redline", "{where}: {reason}").format(where=where, reason=exc)


def check_annotation(
    where: str, ann: Mapping[str, Any], latest: datetime, *, may_hold_nul: bool = True
) -> None:
    """One annotation record (schema-checked) as the services would accept it
    (``may_hold_nul``: see :func:`~app.core.annotating.bodies.validate_body`)."""
    kind = ann["kind"]
    text, region = ann["anchor"].get("text"), ann["anchor"].get("region")
    try:  # one block rather than one _rule each: this runs for every annotation of a set
        validate_body(kind, ann["body"], may_hold_nul=may_hold_nul)
        check_origin(ann["origin"]["type"], ann["author"])
        check_anchors(kind, text=text is not None, region=region is not None)
    except AnnotationError as exc:
        raise InvalidAnnotationSet(_at(where, exc)) from None
    if region is not None:
        try:  # (not _rule: its place is said only when it is wrong)
            check_region_size(region["w"], region["h"])
        except AnnotationError as exc:
            raise InvalidAnnotationSet(_at(f"{where}.anchor.region", exc)) from None
    if text is not None:
        try:
            check_span(text["start"], text["end"])
        except AnnotationError as exc:
            raise InvalidAnnotationSet(_at(f"{where}.anchor.text", exc)) from None
    if kind == "tag" and ann["tag"] != ann["body"]["tag"]:
        raise InvalidAnnotationSet(
            translate("Redline", "{where}: the tag and the body's tag differ").format(where=where)
        )
    if kind != "tag" and ann["tag"] is not None:
        raise InvalidAnnotationSet(
            translate("Redline", "{where}: only a tag annotation has a tag").format(where=where)
        )
    _time(f"{where}.created", ann["created"], latest)
    if ann["modified"] != ann["created"]:  # (the same text: the same verdict, given already)
        _time(f"{where}.modified", ann["modified"], latest)


def check_page_review(where: str, page: Mapping[str, Any], latest: datetime) -> None:
    """A page record's review (schema-checked) as the review service would set it."""
    at = f"{where}.review"
    _rule(at, check_review_status, page["review"]["status"])
    _time(f"{at}.at", page["review"]["at"], latest)


def _document(where: str, doc: Mapping[str, Any], latest: datetime) -> None:
    for key, value in doc["metadata"].items():
        _time(f"{where}.metadata.{key}.modified", value["modified"], latest)
    for page in doc["pages"]:
        check_page_review(f"{where}.pages[{page['index']}]", page, latest)


def latest_time(now: datetime | None = None) -> datetime:
    """The latest time a record may carry: ``now`` (default: the clock) + :data:`FUTURE_SKEW`."""
    latest = (now or datetime.now(UTC)) + FUTURE_SKEW
    return latest if latest.tzinfo is not None else latest.replace(tzinfo=UTC)


def check_records(
    data: Mapping[str, Any], *, now: datetime | None = None, latest: datetime | None = None
) -> None:
    """Every tag, document and annotation of a (schema-checked) set as the services would
    accept it; times no later than :func:`latest_time` (or ``latest``). A set read in a stream
    has no ``annotations`` here: each is checked with :func:`check_annotation` as it comes."""
    latest = latest or latest_time(now)
    _time("exported_at", data.get("exported_at"), latest)
    for i, tag in enumerate(data["tags"]):
        _time(f"tags[{i}].created", tag["created"], latest)
        _time(f"tags[{i}].modified", tag["modified"], latest)
    for i, doc in enumerate(data["documents"]):
        _document(f"documents[{i}]", doc, latest)
    for i, ann in enumerate(data.get("annotations", ())):
        check_annotation(f"annotations[{i}]", ann, latest)


def check_tag_tree(
    local: Mapping[str, str | None], applied: Iterable[Mapping[str, Any]], names: Mapping[str, str]
) -> None:
    """The tag tree after a merge: the library's tags (uuid -> parent uuid) with the file's
    tags that will be written (new ones and winning edits) put in; no tag may be its own
    ancestor, through the library's tags or the file's."""
    parents = dict(local)
    incoming = list(applied)
    for tag in incoming:
        parents[tag["uuid"]] = tag["parent"]
    for tag in incoming:
        if is_own_ancestor(parents, tag["uuid"]):
            raise InvalidAnnotationSet(
                translate(
                    "Redline",
                    "tag {name!r} would be its own ancestor once merged with this library's tags "
                    "(tags were moved under each other here and there): move one back, then import",
                ).format(name=names.get(tag["uuid"], tag["uuid"]))
            )
