"""Reading a Redline JSON file someone else wrote: size, syntax, schema, internal sense, then
each record by the annotation services' own rules (:mod:`app.core.exchange.record_rules`).

Everything here is checked before anything is written, so a bad file is refused whole, with a
message that says where it is wrong.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import IO, Any

from app.core.exchange.common import FORMAT, VERSION
from app.core.exchange.record_rules import (
    InvalidAnnotationSet,
    bounded_int,
    check_annotation,
    check_records,
    check_unicode,
    finite_float,
    latest_time,
)
from app.core.resources import resource_path

SCHEMA_PATH = resource_path("schemas", "redline-export-v1.schema.json")
MAX_BYTES = 512 * 1024 * 1024
MAX_BODY_DEPTH = 16
EDGE = 0.5  # points a region may stick out of the page (rounding in other tools)


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


def _schema_check(data: Any, validator: Any = None, at: Sequence[Any] = ()) -> None:
    validator = validator or _validator()
    if validator.is_valid(data):  # the common case, and faster than collecting errors
        return
    for error in validator.iter_errors(data):
        path = getattr(error, "instance_path", None)
        if path is None:
            path = error.absolute_path
        raise InvalidAnnotationSet(f"{_where([*at, *path])}: {error.message}")


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


@cache
def _decoder() -> json.JSONDecoder:
    """Made once: ``json.loads`` with hooks builds a decoder per call (a merge parses a line
    per annotation)."""
    return json.JSONDecoder(
        parse_constant=_no_constant, parse_float=finite_float, parse_int=bounded_int
    )


def decode_json(raw: bytes, *, name: str = "the file") -> Any:
    """UTF-8 JSON text as Python values, or one clear :class:`InvalidAnnotationSet`: finite
    numbers only, integers SQLite can store."""
    try:
        return _decoder().decode(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InvalidAnnotationSet(f"{name} is not UTF-8 text (byte {exc.start})") from exc
    except RecursionError as exc:
        raise InvalidAnnotationSet(f"{name} is nested too deeply to be an annotation set") from exc
    except ValueError as exc:
        raise InvalidAnnotationSet(f"{name} is not valid JSON: {exc}") from exc


def check_format(data: Any, name: str) -> dict[str, Any]:
    """``data`` itself once it is a Redline annotation set of the version this Redline reads."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidAnnotationSet(f"{name} is not a Redline annotation set (no format {FORMAT!r})")
    if data.get("version") != VERSION:
        raise InvalidAnnotationSet(
            f"{name} is annotation-set version {data.get('version')!r}; "
            f"this Redline reads version {VERSION}"
        )
    return data


def _check_depth(where: str, ann: Any) -> None:
    body = ann.get("body") if isinstance(ann, dict) else None
    if not _depth(body, MAX_BODY_DEPTH):
        raise InvalidAnnotationSet(f"{where}.body is nested deeper than {MAX_BODY_DEPTH} levels")


def parse(raw: bytes, *, name: str = "the file") -> dict[str, Any]:
    """Parse and check an annotation set held in memory (see :func:`read_annotation_set`)."""
    data = check_format(decode_json(raw, name=name), name)
    for i, ann in enumerate(data.get("annotations") or []):
        _check_depth(f"annotations[{i}]", ann)
    _schema_check(data)
    check_unicode(raw, data)
    checker = RecordChecker(data)
    for i, ann in enumerate(data["annotations"]):
        checker.check_consistency(i, ann)
    check_records(data)
    return data


class RecordChecker:
    """The checks of a set's annotations one by one, once its head (everything but the
    annotations) is checked: :meth:`check` for a streamed record (schema, sense, the services'
    rules), :meth:`check_consistency` for the sense alone."""

    def __init__(self, head: dict[str, Any]) -> None:
        self.seen = _unique_ids(head)
        _check_documents(head)
        _check_tags(head)
        self.docs = {d["uuid"]: d for d in head["documents"]}
        self.latest = latest_time()

    def check(self, i: int, ann: Any) -> None:
        where = f"annotations[{i}]"
        _check_depth(where, ann)
        _schema_check(ann, _part_validator("annotation"), ("annotations", i))
        self.check_consistency(i, ann)
        check_annotation(where, ann, self.latest)

    def check_consistency(self, i: int, ann: dict[str, Any]) -> None:
        where = f"annotations[{i}]"
        seen = self.seen.get(ann["uuid"])
        if seen is not None:
            also = seen if isinstance(seen, str) else f"annotations[{seen}]"
            raise InvalidAnnotationSet(f"{where}: id {ann['uuid']} is used twice (also {also})")
        self.seen[ann["uuid"]] = i  # an index, not a text: a set may hold a million
        doc = self.docs.get(ann["document"])
        if doc is None:
            raise InvalidAnnotationSet(f"{where}: document {ann['document']} is not in the file")
        if ann["page"] >= doc["page_count"]:
            raise InvalidAnnotationSet(
                f"{where}: page {ann['page'] + 1} of a {doc['page_count']}-page document"
            )
        _check_anchor(where, ann, doc["pages"][ann["page"]])


def mib(size: int) -> str:
    """A size in MiB as people read it (512 MiB, 0.3 MiB; a small one in bytes)."""
    value = size / 2**20
    if value < 0.1:
        return f"{size} bytes"
    return f"{value:.0f} MiB" if value >= 10 or value == int(value) else f"{value:.1f} MiB"


def open_regular(path: Path, max_bytes: int) -> IO[bytes]:
    """The file at ``path`` opened for reading: a regular file within ``max_bytes``.

    A device (``/dev/zero``), a pipe or a socket is refused before anything is read (opened
    without blocking, so a pipe with no writer cannot hang the import).
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InvalidAnnotationSet(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise InvalidAnnotationSet(
            f"{path.name} is not a regular file (a device, pipe or folder); "
            "save the annotation set to a file first"
        )
    if st.st_size > max_bytes:
        os.close(fd)
        raise InvalidAnnotationSet(
            f"{path.name} is {mib(st.st_size)}; annotation sets over {mib(max_bytes)} are refused"
        )
    return os.fdopen(fd, "rb")


def read_rest(f: IO[bytes], name: str, max_bytes: int) -> bytes:
    """What is left of ``f``, never more than ``max_bytes + 1`` bytes (a file may grow)."""
    try:
        # read(n) allocates n bytes first: ask for what the file holds, not for the cap
        want = min(max_bytes, max(0, os.fstat(f.fileno()).st_size - f.tell())) + 1
        raw = f.read(want)
        if len(raw) == want and want <= max_bytes:  # the file grew while it was read
            raw += f.read(max_bytes + 1 - len(raw))
    except OSError as exc:
        raise InvalidAnnotationSet(f"cannot read {name}: {exc.strerror or exc}") from exc
    if len(raw) > max_bytes:
        raise InvalidAnnotationSet(
            f"{name} grew past {mib(max_bytes)} while it was read; annotation sets over "
            f"{mib(max_bytes)} are refused"
        )
    return raw


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path`` (see :func:`open_regular`), at most
    ``max_bytes``."""
    with open_regular(path, max_bytes) as f:
        return read_rest(f, path.name, max_bytes)


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
                    f"{where}: id {item['uuid']} is used twice (also {seen[item['uuid']]})"
                )
            seen[item["uuid"]] = where
    return seen


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
