"""Reading a Redline JSON file someone else wrote: size, syntax, schema, then internal sense.

Everything here is checked before anything is written, so a bad file is refused whole, with a
message that says where it is wrong. The checks come in two steps, so a large set can be checked
as it is read (:mod:`app.core.exchange.set_reader`): :func:`check_head` takes everything but the
annotations, :func:`check_annotation` one annotation at a time. Version 1 and version 2 (field
revisions and conflicts) are read, each against its own schema.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.core.errors import RedlineError
from app.core.exchange.common import FORMAT, VERSION, VERSIONS
from app.core.exchange.three_way import set_annotation_field
from app.core.resources import resource_path

SCHEMA_PATHS = {v: resource_path("schemas", f"redline-export-v{v}.schema.json") for v in VERSIONS}
SCHEMA_PATH = SCHEMA_PATHS[VERSION]
MAX_BYTES = 512 * 1024 * 1024
MAX_BODY_DEPTH = 16
EDGE = 0.5  # points a region may stick out of the page (rounding in other tools)


class InvalidAnnotationSet(RedlineError):
    """A file that is not a readable Redline annotation set; nothing was changed."""


@cache
def load_schema(version: int = VERSION) -> dict[str, Any]:
    with SCHEMA_PATHS[version].open(encoding="utf-8") as f:
        schema: dict[str, Any] = json.load(f)
    return schema


def _compile(schema: dict[str, Any]) -> Any:
    try:
        import jsonschema_rs
    except ImportError:  # the pure-Python validator gives the same verdicts, only slower
        import jsonschema

        return jsonschema.Draft202012Validator(schema)
    return jsonschema_rs.validator_for(schema)


@cache
def _validator(version: int) -> Any:
    return _compile(load_schema(version))


@cache
def _part_validator(definition: str, version: int) -> Any:
    schema = load_schema(version)
    return _compile({"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]})


def _first_error(validator: Any, value: Any, prefix: str = "") -> str | None:
    """Where ``value`` breaks the schema and how (``annotations[3].page: ...``), or None."""
    if validator.is_valid(value):  # the common case, and faster than collecting errors
        return None
    for error in validator.iter_errors(value):
        path = getattr(error, "instance_path", None)
        if path is None:
            path = error.absolute_path
        return f"{_where(path, prefix)}: {error.message}"
    return f"{prefix or 'the top level'}: not valid"


def part_error(definition: str, value: Any, version: int = VERSION) -> str | None:
    """Why ``value`` is not a valid ``definition`` of the schema (e.g. ``annotation``), or None:
    for an importer that checks record by record and keeps the good ones."""
    return _first_error(_part_validator(definition, version), value)


def _where(path: Iterable[Any], prefix: str = "") -> str:
    out = prefix
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the top level"


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


DECODER = json.JSONDecoder(parse_constant=_no_constant)


def decode_json(raw: bytes, *, name: str = "the file") -> Any:
    """UTF-8 JSON text as Python values, or one clear :class:`InvalidAnnotationSet`."""
    try:
        return DECODER.decode(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InvalidAnnotationSet(f"{name} is not UTF-8 text (byte {exc.start})") from exc
    except RecursionError as exc:
        raise InvalidAnnotationSet(f"{name} is nested too deeply to be an annotation set") from exc
    except ValueError as exc:
        raise InvalidAnnotationSet(f"{name} is not valid JSON: {exc}") from exc


def check_version(data: Any, name: str = "the file") -> int:
    """The set's format version, or :class:`InvalidAnnotationSet` when it is none this reads."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidAnnotationSet(f"{name} is not a Redline annotation set (no format {FORMAT!r})")
    version = data.get("version")
    if type(version) is not int or version not in VERSIONS:
        raise InvalidAnnotationSet(
            f"{name} is annotation-set version {version!r}; this Redline reads versions "
            + " and ".join(str(v) for v in VERSIONS)
        )
    return version


@dataclass
class SetIndex:
    """What checking one annotation needs of the rest of the set: its version, documents, and
    the ids seen so far (no id may name two things)."""

    version: int
    documents: dict[str, dict[str, Any]]
    seen: dict[str, str] = field(default_factory=dict)


def check_head(head: dict[str, Any], name: str = "the file") -> SetIndex:
    """Check everything of a set but its annotations (``head["annotations"]`` is ignored)."""
    version = check_version(head, name)
    problem = _first_error(_validator(version), {**head, "annotations": []})
    if problem is not None:
        raise InvalidAnnotationSet(problem)
    index = SetIndex(version, {d["uuid"]: d for d in head["documents"]})
    for kind in ("tags", "documents"):
        for i, item in enumerate(head[kind]):
            _unique(index, item["uuid"], f"{kind}[{i}]")
    _check_documents(head)
    _check_tags(head)
    if version >= 2:
        for i, tag in enumerate(head["tags"]):
            _check_siblings(f"tags[{i}]", tag, "tag", version, _set_plain)
        for d, doc in enumerate(head["documents"]):
            for p, page in enumerate(doc["pages"]):
                _check_siblings(f"documents[{d}].pages[{p}]", page, "page", version, _set_review)
    return index


def check_annotation(index: SetIndex, i: int, ann: Any) -> None:
    """Check the ``i``-th annotation of a set whose head gave ``index``."""
    where = f"annotations[{i}]"
    if isinstance(ann, dict):
        for value in (ann.get("body"), *_sibling_values(ann)):
            if not _depth(value, MAX_BODY_DEPTH):
                raise InvalidAnnotationSet(
                    f"{where}.body is nested deeper than {MAX_BODY_DEPTH} levels"
                )
    problem = _first_error(_part_validator("annotation", index.version), ann, where)
    if problem is not None:
        raise InvalidAnnotationSet(problem)
    _unique(index, ann["uuid"], where)
    doc = index.documents.get(ann["document"])
    if doc is None:
        raise InvalidAnnotationSet(f"{where}: document {ann['document']} is not in the file")
    if ann["page"] >= doc["page_count"]:
        raise InvalidAnnotationSet(
            f"{where}: page {ann['page'] + 1} of a {doc['page_count']}-page document"
        )
    page = doc["pages"][ann["page"]]
    _check_anchor(where, ann, page)
    if index.version >= 2:
        _check_siblings(where, ann, "annotation", index.version, set_annotation_field, page)


def _sibling_values(record: Mapping[str, Any]) -> list[Any]:
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


def _set_plain(record: dict[str, Any], name: str, value: Any) -> None:
    record[name] = value


def _set_review(record: dict[str, Any], name: str, value: Any) -> None:
    record["review"] = {**record["review"], "status": value}


def _check_siblings(
    where: str,
    record: dict[str, Any],
    definition: str,
    version: int,
    put: Callable[[dict[str, Any], str, Any], None],
    page: dict[str, Any] | None = None,
) -> None:
    """Each value a record holds in conflict must make a valid record in its place: a person
    may choose it."""
    for name, siblings in record.get("conflicts", {}).items():
        for n, sibling in enumerate(siblings):
            candidate = copy.deepcopy({k: v for k, v in record.items() if k != "conflicts"})
            try:
                put(candidate, name, sibling["value"])
            except (KeyError, TypeError, ValueError):
                problem: str | None = "the value does not fit the field"
            else:
                problem = _first_error(_part_validator(definition, version), candidate)
            if problem is not None:
                raise InvalidAnnotationSet(
                    f"{where}.conflicts.{name}[{n}]: its value is not a valid {name}: {problem}"
                )
            if definition == "annotation":
                _check_anchor(f"{where}.conflicts.{name}[{n}]", candidate, page)


def parse(raw: bytes, *, name: str = "the file") -> dict[str, Any]:
    """Parse and check an annotation set held in memory (see :func:`read_annotation_set`)."""
    data = decode_json(raw, name=name)
    index = check_head(data, name)
    annotations = data.get("annotations")
    if not isinstance(annotations, list):
        raise InvalidAnnotationSet("annotations: the annotations are not a list")
    for i, ann in enumerate(annotations):
        check_annotation(index, i, ann)
    return data


def read_annotation_set(path: Path | str, *, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    """Read, parse and check a Redline JSON file; raise :class:`InvalidAnnotationSet` if bad."""
    path = Path(path)
    return parse(read_bytes(path, max_bytes=max_bytes), name=path.name)


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the file at ``path``, refused when over ``max_bytes`` or unreadable."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InvalidAnnotationSet(
                f"{path.name} is {size / 1e6:.1f} MB; annotation sets over "
                f"{max_bytes / 1e6:.0f} MB are refused"
            )
        return path.read_bytes()
    except OSError as exc:
        raise InvalidAnnotationSet(f"cannot read {path.name}: {exc.strerror or exc}") from exc


def _unique(index: SetIndex, uuid: str, where: str) -> None:
    if uuid in index.seen:
        raise InvalidAnnotationSet(f"{where}: id {uuid} is used twice (also {index.seen[uuid]})")
    index.seen[uuid] = where


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


def _check_anchor(where: str, ann: dict[str, Any], page: dict[str, Any] | None) -> None:
    region = ann["anchor"].get("region")
    if (
        page is not None
        and region is not None
        and (
            region["x"] + region["w"] > page["width"] + EDGE
            or region["y"] + region["h"] > page["height"] + EDGE
        )
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
    """What the schema cannot say: unique ids, references that resolve, anchors on the page
    (a set already checked against its schema)."""
    index = check_head(data)
    for i, ann in enumerate(data["annotations"]):
        check_annotation(index, i, ann)
