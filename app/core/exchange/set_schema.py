"""The JSON Schemas of Redline annotation sets, one a format version (resources/schemas),
compiled once each, whole or one definition of them (``annotation``, ``tag``, ``page``), and
where a value first breaks one, said as a path into the set (``annotations[3].page: ...``).
The Rust validator (jsonschema-rs) when it is there; the pure-Python one gives the same verdicts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from app.core.exchange.common import VERSION, VERSIONS
from app.core.exchange.record_rules import InvalidAnnotationSet, shortened_values
from app.core.resources import resource_path
from app.core.wording import Message, translate

SCHEMA_PATHS = {v: resource_path("schemas", f"redline-export-v{v}.schema.json") for v in VERSIONS}
SCHEMA_PATH = SCHEMA_PATHS[VERSION]


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
def set_validator(version: int) -> Any:
    return _compile(load_schema(version))


@cache
def part_validator(definition: str, version: int) -> Any:
    schema = load_schema(version)
    return _compile({"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]})


def first_error(validator: Any, value: Any, at: Sequence[Any] = ()) -> Message | None:
    """Where ``value`` breaks the schema and how (``annotations[3].page: ...``), or None."""
    if validator.is_valid(value):  # the common case, and faster than collecting errors
        return None
    for error in validator.iter_errors(value):
        path = getattr(error, "instance_path", None)
        if path is None:
            path = error.absolute_path
        return translate("Redline", "{where}: {reason}").format(
            where=_where([*at, *path]), reason=shortened_values(error.message)
        )
    return translate("Redline", "{where}: not valid").format(where=_where(at))


def part_error(definition: str, value: Any, version: int = VERSION) -> Message | None:
    """Why ``value`` is not a valid ``definition`` of the schema (e.g. ``annotation``), or None:
    for an importer that checks record by record and keeps the good ones."""
    return first_error(part_validator(definition, version), value)


def _where(path: Iterable[Any]) -> str | Message:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or translate("Redline", "the top level")


def schema_check(data: Any, validator: Any, at: Sequence[Any] = ()) -> None:
    problem = first_error(validator, data, at)
    if problem is not None:
        raise InvalidAnnotationSet(problem)
