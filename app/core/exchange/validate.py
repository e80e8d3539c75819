"""Reading a Redline JSON file someone else wrote: size, syntax, schema, internal sense, then each
record by the annotation services' own rules (:mod:`app.core.exchange.record_rules`).

Everything here is checked before anything is written, so a bad file is refused whole, with a
message that says where it is wrong. The checks come in two steps, so that a large set can be
checked as it is read (:mod:`app.core.exchange.annotation_set`): :func:`check_head` takes
everything but the annotations and gives a :class:`RecordChecker`, whose
:meth:`~RecordChecker.check` takes one annotation at a time. Version 1 and version 2 (field
revisions and conflicts) are read, each against its own schema; in version 2 each value a record
holds in conflict must make a record the services would accept in its place, since a person may
choose it. The schemas are :mod:`app.core.exchange.set_schema`'s; reading the file within its
cap and decoding its JSON, :mod:`app.core.exchange.bounded_read`'s.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from app.core.exchange.bounded_read import MAX_BYTES, decode_json, read_bounded
from app.core.exchange.common import FORMAT, VERSIONS
from app.core.exchange.record_rules import (
    InvalidAnnotationSet,
    check_annotation,
    check_page_review,
    check_records,
    check_unicode,
    holds_nul_escape,
    latest_time,
    shortened,
)
from app.core.exchange.set_schema import first_error, part_validator, schema_check, set_validator
from app.core.exchange.three_way import set_annotation_field
from app.core.wording import Message, translate

MAX_BODY_DEPTH = 16
EDGE = 0.5  # points a region may stick out of the page (rounding in other tools)

__all__ = ["InvalidAnnotationSet", "RecordChecker", "check_head", "parse", "read_annotation_set"]


_CONTAINERS = (dict, list)  # (a tuple: ``dict | list`` is a new object each time it is read)


def _depth(value: Any, limit: int) -> bool:
    """Whether ``value`` nests no deeper than ``limit`` (iteratively, so no recursion error)."""
    if isinstance(value, dict):  # the usual body: flat, or with a flat list (codes): no walk
        deepest = 1
        for v in value.values():
            if isinstance(v, _CONTAINERS):
                if type(v) is not list or any(isinstance(x, _CONTAINERS) for x in v):
                    break  # a dict in it, or a list holding more: walked
                deepest = 2
        else:
            return limit >= deepest
    todo = [(value, 1)]
    while todo:
        item, depth = todo.pop()
        if isinstance(item, _CONTAINERS):
            if depth > limit:
                return False
            children = item.values() if isinstance(item, dict) else item
            todo.extend((c, depth + 1) for c in children)
    return True


def check_format(data: Any, name: str = "the file") -> int:
    """The set's format version, or :class:`InvalidAnnotationSet` when it is none this reads."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidAnnotationSet(
            translate("Redline", "{name} is not a Redline annotation set (no format {format!r})")
            .format(name=name, format=FORMAT)
        )  # fmt: skip
    version = data.get("version")
    if type(version) is not int or version not in VERSIONS:
        first, last = VERSIONS[:-1], VERSIONS[-1]
        raise InvalidAnnotationSet(
            translate(
                "Redline",
                "{name} is annotation-set version {version}; this Redline reads versions "
                "{first} and {last}",
            ).format(
                name=name,
                version=shortened(repr(version)),
                first=", ".join(map(str, first)),
                last=last,
            )
        )
    return version


def _siblings(record: Mapping[str, Any]) -> list[Any]:
    """The values a record holds in conflict (each a person may choose)."""
    conflicts = record.get("conflicts")
    if not isinstance(conflicts, dict):
        return []
    return [
        s.get("value")
        for sibs in conflicts.values()
        if isinstance(sibs, list)
        for s in sibs
        if isinstance(s, dict)
    ]


def _check_depth(where: str, ann: Any) -> None:
    if not isinstance(ann, dict):
        return
    for value in (ann.get("body"), *_siblings(ann)):
        if not _depth(value, MAX_BODY_DEPTH):
            raise InvalidAnnotationSet(
                translate("Redline", "{where}.body is nested deeper than {depth} levels").format(
                    where=where, depth=MAX_BODY_DEPTH
                )
            )


Put = Callable[[dict[str, Any], str, Any], None]
Rules = Callable[[str, dict[str, Any]], None]  # (where, candidate record): the services' rules


def _set_plain(record: dict[str, Any], name: str, value: Any) -> None:
    record[name] = value


def _set_review(record: dict[str, Any], name: str, value: Any) -> None:
    record["review"] = {**record["review"], "status": value}


def _check_siblings(
    where: str, record: dict[str, Any], validator: Any, put: Put, rules: Rules
) -> None:
    """Each value a record holds in conflict must make a record the schema and the services'
    rules accept in its place: a person may choose it."""
    for name, siblings in record.get("conflicts", {}).items():
        for n, sibling in enumerate(siblings):
            at = f"{where}.conflicts.{name}[{n}]"
            candidate = copy.deepcopy({k: v for k, v in record.items() if k != "conflicts"})
            try:
                put(candidate, name, sibling["value"])
            except (KeyError, TypeError, ValueError, AttributeError):
                problem: Message | None = translate("Redline", "the value does not fit the field")
            else:
                problem = first_error(validator, candidate)
            if problem is not None:
                raise InvalidAnnotationSet(
                    translate("Redline", "{where}: its value is not a valid {name}: {problem}")
                    .format(where=at, name=name, problem=problem)
                )  # fmt: skip
            rules(at, candidate)


def check_head(head: dict[str, Any], name: str = "the file") -> RecordChecker:
    """Check everything of a set but its annotations (``head["annotations"]`` is ignored): its
    format and version, its schema, its sense (unique ids, pages in order, no tag cycle), its
    tags' and pages' times and review statuses by the services' rules, and (version 2) the
    values its tags and pages hold in conflict. Returns the checker of its annotations."""
    version = check_format(head, name)
    schema_check({**head, "annotations": []}, set_validator(version))
    checker = RecordChecker(head, version)
    check_records({**head, "annotations": []}, now=None, latest=checker.latest)
    if version >= 2:
        tag_validator = part_validator("tag", version)
        page_validator = part_validator("page", version)
        for i, tag in enumerate(head["tags"]):
            _check_siblings(f"tags[{i}]", tag, tag_validator, _set_plain, _no_rules)
        for d, doc in enumerate(head["documents"]):
            for p, page in enumerate(doc["pages"]):
                _check_siblings(
                    f"documents[{d}].pages[{p}]", page, page_validator, _set_review,
                    checker.page_rules,
                )  # fmt: skip
    return checker


def _no_rules(where: str, record: dict[str, Any]) -> None:
    """A tag's values are checked by the schema, and its parent by the merge's tag tree."""


class RecordChecker:
    """The checks of a set's annotations one by one, once its head is checked
    (:func:`check_head`): :meth:`check` for each record (schema, sense, the services' rules and,
    in version 2, the values it holds in conflict)."""

    def __init__(self, head: dict[str, Any], version: int) -> None:
        self.version = version
        self.seen = _unique_ids(head)
        _check_documents(head)
        _check_tags(head)
        self.docs = {d["uuid"]: d for d in head["documents"]}
        self.latest = latest_time()
        self.validator = part_validator("annotation", version)

    def check(self, i: int, ann: Any, *, may_hold_nul: bool = True) -> None:
        """Check the annotation ``ann`` at index ``i``; ``may_hold_nul`` false when the JSON
        text it was decoded from holds no ``\\u0000`` (:func:`.record_rules.holds_nul_escape`):
        its texts are then not looked through for U+0000."""
        where = f"annotations[{i}]"
        _check_depth(where, ann)
        if not self.validator.is_valid(ann):  # (said by schema_check; valid: asked once)
            schema_check(ann, self.validator, ("annotations", i))
        page = self._check_consistency(where, i, ann)
        check_annotation(where, ann, self.latest, may_hold_nul=may_hold_nul)
        if self.version >= 2 and ann.get("conflicts"):

            def rules(at: str, candidate: dict[str, Any]) -> None:
                _check_anchor(at, candidate, page)
                check_annotation(at, candidate, self.latest, may_hold_nul=may_hold_nul)

            _check_siblings(where, ann, self.validator, set_annotation_field, rules)

    def page_rules(self, where: str, page: dict[str, Any]) -> None:
        check_page_review(where, page, self.latest)

    def _check_consistency(self, where: str, i: int, ann: dict[str, Any]) -> dict[str, Any]:
        seen = self.seen.get(ann["uuid"])
        if seen is not None:
            also = seen if isinstance(seen, str) else f"annotations[{seen}]"
            raise InvalidAnnotationSet(
                translate("Redline", "{where}: id {id} is used twice (also {also})").format(
                    where=where, id=ann["uuid"], also=also
                )
            )
        self.seen[ann["uuid"]] = i  # an index, not a text: a set may hold a million
        doc = self.docs.get(ann["document"])
        if doc is None:
            raise InvalidAnnotationSet(
                translate("Redline", "{where}: document {id} is not in the file").format(
                    where=where, id=ann["document"]
                )
            )
        if ann["page"] >= doc["page_count"]:
            raise InvalidAnnotationSet(
                translate("Redline", "{where}: page {page} of a {count}-page document").format(
                    where=where, page=ann["page"] + 1, count=doc["page_count"]
                )
            )
        page: dict[str, Any] = doc["pages"][ann["page"]]
        _check_anchor(where, ann, page)
        return page


def parse(raw: bytes, *, name: str = "the file") -> dict[str, Any]:
    """Parse and check an annotation set held in memory (see :func:`read_annotation_set`):
    the same checks as a set read in a stream, in the same order."""
    data = decode_json(raw, name=name)
    check_format(data, name)
    annotations = data.get("annotations")
    if not isinstance(annotations, list):
        raise InvalidAnnotationSet(
            translate("Redline", "annotations: the annotations are missing or not a list")
        )
    check_unicode(raw, data)
    checker = check_head(data, name)
    nul = holds_nul_escape(raw)
    for i, ann in enumerate(annotations):
        checker.check(i, ann, may_hold_nul=nul)
    return dict(data)


def read_annotation_set(path: Path | str, *, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    """Read, parse and check a Redline JSON file; raise :class:`InvalidAnnotationSet` if bad."""
    path = Path(path)
    return parse(read_bounded(path, max_bytes), name=path.name)


def _unique_ids(data: dict[str, Any]) -> dict[str, str | int]:
    """The ids of the set's tags and documents (id -> where), refusing one used twice."""
    seen: dict[str, str | int] = {}
    for kind in ("tags", "documents"):
        for i, item in enumerate(data[kind]):
            where = f"{kind}[{i}]"
            if item["uuid"] in seen:
                raise InvalidAnnotationSet(
                    translate("Redline", "{where}: id {id} is used twice (also {also})").format(
                        where=where, id=item["uuid"], also=seen[item["uuid"]]
                    )
                )
            seen[item["uuid"]] = where
    return seen


def _check_documents(data: dict[str, Any]) -> None:
    hashes: set[str] = set()
    for i, doc in enumerate(data["documents"]):
        if doc["sha256"] in hashes:
            raise InvalidAnnotationSet(
                translate("Redline", "documents[{i}]: the same source appears twice").format(i=i)
            )
        hashes.add(doc["sha256"])
        indexes = [p["index"] for p in doc["pages"]]
        if indexes != list(range(doc["page_count"])):
            raise InvalidAnnotationSet(
                translate(
                    "Redline", "documents[{i}]: pages must be numbered 0 to {last} in order"
                ).format(i=i, last=doc["page_count"] - 1)
            )


def _check_tags(data: dict[str, Any]) -> None:
    parents = {t["uuid"]: t["parent"] for t in data["tags"]}
    for i, tag in enumerate(data["tags"]):
        seen = {tag["uuid"]}
        parent = tag["parent"]
        while parent is not None and parent in parents:
            if parent in seen:
                raise InvalidAnnotationSet(
                    translate("Redline", "tags[{i}]: the tag is its own ancestor").format(i=i)
                )
            seen.add(parent)
            parent = parents[parent]


def _check_anchor(where: str, ann: dict[str, Any], page: dict[str, Any]) -> None:
    region = ann["anchor"].get("region")
    if region is not None and (
        region["x"] + region["w"] > page["width"] + EDGE
        or region["y"] + region["h"] > page["height"] + EDGE
    ):
        raise InvalidAnnotationSet(
            translate(
                "Redline",
                "{where}: the region lies outside page {page} ({width:g} x {height:g} points)",
            ).format(
                where=where, page=page["index"] + 1, width=page["width"], height=page["height"]
            )
        )
    text = ann["anchor"].get("text")
    if text is not None:
        if text["start"] > text["end"]:
            raise InvalidAnnotationSet(
                translate("Redline", "{where}: the text anchor ends before it starts").format(
                    where=where
                )
            )
        quote = text["quote"]
        if quote is not None and len(quote) != text["end"] - text["start"]:
            raise InvalidAnnotationSet(
                translate("Redline", "{where}: the quote does not span the anchor's offsets")
                .format(where=where)
            )  # fmt: skip
