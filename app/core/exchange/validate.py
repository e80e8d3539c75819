"""Reading a Redline JSON file someone else wrote: size, syntax, schema, then internal sense.

Everything here is checked before anything is written, so a bad file is refused whole, with a
message that says where it is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from app.core.errors import RedlineError
from app.core.exchange.common import FORMAT, VERSION
from app.core.resources import resource_path

SCHEMA_PATH = resource_path("schemas", "redline-export-v1.schema.json")
MAX_BYTES = 512 * 1024 * 1024
MAX_BODY_DEPTH = 16
EDGE = 0.5  # points a region may stick out of the page (rounding in other tools)


class InvalidAnnotationSet(RedlineError):
    """A file that is not a readable Redline annotation set; nothing was changed."""


@cache
def load_schema() -> dict[str, Any]:
    with SCHEMA_PATH.open(encoding="utf-8") as f:
        schema: dict[str, Any] = json.load(f)
    return schema


@cache
def _validator() -> Any:
    try:
        import jsonschema_rs
    except ImportError:  # the pure-Python validator gives the same verdicts, only slower
        import jsonschema

        return jsonschema.Draft202012Validator(load_schema())
    return jsonschema_rs.validator_for(load_schema())


@cache
def _part_validator(definition: str) -> Any:
    schema = load_schema()
    part = {"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]}
    try:
        import jsonschema_rs
    except ImportError:
        import jsonschema

        return jsonschema.Draft202012Validator(part)
    return jsonschema_rs.validator_for(part)


def part_error(definition: str, value: Any) -> str | None:
    """Why ``value`` is not a valid ``definition`` of the schema (e.g. ``annotation``), or None:
    for an importer that checks record by record and keeps the good ones."""
    validator = _part_validator(definition)
    if validator.is_valid(value):
        return None
    for error in validator.iter_errors(value):
        path = getattr(error, "instance_path", None)
        if path is None:
            path = error.absolute_path
        return f"{_where(path)}: {error.message}"
    return "not valid"


def _where(path: Iterable[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the top level"


def _schema_check(data: Any) -> None:
    validator = _validator()
    if validator.is_valid(data):  # the common case, and faster than collecting errors
        return
    for error in validator.iter_errors(data):
        path = getattr(error, "instance_path", None)
        if path is None:
            path = error.absolute_path
        raise InvalidAnnotationSet(f"{_where(path)}: {error.message}")


def _depth(value: Any, limit: int) -> bool:
    """Whether ``value`` nests no deeper than ``limit`` (iteratively, so no recursion error)."""
    if isinstance(value, dict) and not any(isinstance(v, dict | list) for v in value.values()):
        return limit >= 1  # the usual flat body: no walk needed
    todo = [(value, 1)]
    while todo:
        item, depth = todo.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return False
            children = item.values() if isinstance(item, dict) else item
            todo.extend((c, depth + 1) for c in children)
    return True


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def decode_json(raw: bytes, *, name: str = "the file") -> Any:
    """UTF-8 JSON text as Python values, or one clear :class:`InvalidAnnotationSet`."""
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        raise InvalidAnnotationSet(f"{name} is not UTF-8 text (byte {exc.start})") from exc
    except RecursionError as exc:
        raise InvalidAnnotationSet(f"{name} is nested too deeply to be an annotation set") from exc
    except ValueError as exc:
        raise InvalidAnnotationSet(f"{name} is not valid JSON: {exc}") from exc


def parse(raw: bytes, *, name: str = "the file") -> dict[str, Any]:
    """Parse and check an annotation set held in memory (see :func:`read_annotation_set`)."""
    data = decode_json(raw, name=name)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidAnnotationSet(f"{name} is not a Redline annotation set (no format {FORMAT!r})")
    if data.get("version") != VERSION:
        raise InvalidAnnotationSet(
            f"{name} is annotation-set version {data.get('version')!r}; "
            f"this Redline reads version {VERSION}"
        )
    for i, ann in enumerate(data.get("annotations") or []):
        body = ann.get("body") if isinstance(ann, dict) else None
        if not _depth(body, MAX_BODY_DEPTH):
            raise InvalidAnnotationSet(
                f"annotations[{i}].body is nested deeper than {MAX_BODY_DEPTH} levels"
            )
    _schema_check(data)
    check_consistency(data)
    return data


def read_annotation_set(path: Path | str, *, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    """Read, parse and check a Redline JSON file; raise :class:`InvalidAnnotationSet` if bad."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InvalidAnnotationSet(
                f"{path.name} is {size / 1e6:.1f} MB; annotation sets over "
                f"{max_bytes / 1e6:.0f} MB are refused"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidAnnotationSet(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    return parse(raw, name=path.name)


def _unique_ids(data: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    for kind in ("tags", "documents", "annotations"):
        for i, item in enumerate(data[kind]):
            where = f"{kind}[{i}]"
            if item["uuid"] in seen:
                raise InvalidAnnotationSet(
                    f"{where}: id {item['uuid']} is used twice (also {seen[item['uuid']]})"
                )
            seen[item["uuid"]] = where


def _check_documents(data: dict[str, Any]) -> None:
    hashes: set[str] = set()
    for i, doc in enumerate(data["documents"]):
        if doc["sha256"] in hashes:
            raise InvalidAnnotationSet(f"documents[{i}]: the same source appears twice")
        hashes.add(doc["sha256"])
        indexes = [p["index"] for p in doc["pages"]]
        if indexes != list(range(doc["page_count"])):
            raise InvalidAnnotationSet(
                f"documents[{i}]: pages must be numbered 0 to {doc['page_count'] - 1} in order"
            )


def _check_tags(data: dict[str, Any]) -> None:
    parents = {t["uuid"]: t["parent"] for t in data["tags"]}
    for i, tag in enumerate(data["tags"]):
        seen = {tag["uuid"]}
        parent = tag["parent"]
        while parent is not None and parent in parents:
            if parent in seen:
                raise InvalidAnnotationSet(f"tags[{i}]: the tag is its own ancestor")
            seen.add(parent)
            parent = parents[parent]


def _check_anchor(where: str, ann: dict[str, Any], page: dict[str, Any]) -> None:
    region = ann["anchor"].get("region")
    if region is not None and (
        region["x"] + region["w"] > page["width"] + EDGE
        or region["y"] + region["h"] > page["height"] + EDGE
    ):
        raise InvalidAnnotationSet(
            f"{where}: the region lies outside page {page['index'] + 1} "
            f"({page['width']:g} x {page['height']:g} points)"
        )
    text = ann["anchor"].get("text")
    if text is not None:
        if text["start"] > text["end"]:
            raise InvalidAnnotationSet(f"{where}: the text anchor ends before it starts")
        quote = text["quote"]
        if quote is not None and len(quote) != text["end"] - text["start"]:
            raise InvalidAnnotationSet(f"{where}: the quote does not span the anchor's offsets")


def check_consistency(data: dict[str, Any]) -> None:
    """What the schema cannot say: unique ids, references that resolve, anchors on the page."""
    _unique_ids(data)
    _check_documents(data)
    _check_tags(data)
    docs = {d["uuid"]: d for d in data["documents"]}
    for i, ann in enumerate(data["annotations"]):
        where = f"annotations[{i}]"
        doc = docs.get(ann["document"])
        if doc is None:
            raise InvalidAnnotationSet(f"{where}: document {ann['document']} is not in the file")
        if ann["page"] >= doc["page_count"]:
            raise InvalidAnnotationSet(
                f"{where}: page {ann['page'] + 1} of a {doc['page_count']}-page document"
            )
        _check_anchor(where, ann, doc["pages"][ann["page"]])
