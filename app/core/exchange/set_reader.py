"""Reading a Redline JSON set in pieces: everything but the annotations first, whole, then the
annotations one by one, each checked as it is read.

A merge then holds the file's text and one chunk of records, not the whole set parsed: json.loads
of a 54 MB set of 100,000 annotations builds 240 MB of Python objects. The text is walked with
the standard library's own decoder (``raw_decode`` of one value at a time), so any layout of the
JSON reads, not only the one-record-per-line layout Redline writes. A set whose annotations come
before its documents or tags (a hand-made file) is parsed whole instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.exchange.validate import (
    DECODER,
    MAX_BYTES,
    InvalidAnnotationSet,
    SetIndex,
    check_annotation,
    check_head,
    decode_json,
    read_bytes,
)

_SPACE = re.compile(r"[ \t\n\r]*")
# What must come before the annotations for them to be read one by one (Redline writes them so).
_HEAD_KEYS = ("format", "version", "exported_at", "generator", "scope", "tags", "documents")


@dataclass
class AnnotationSet:
    """A checked set: its head (all but the annotations) and its annotations, read lazily.

    ``size`` and :attr:`position` measure progress in characters of the file (or annotations,
    for a set made in memory)."""

    head: dict[str, Any]
    index: SetIndex
    size: int
    _text: str | None = None
    _start: int = 0
    _records: list[Any] | None = None
    position: int = 0

    @property
    def version(self) -> int:
        return self.index.version

    def annotations(self) -> Iterator[dict[str, Any]]:
        """The annotations in file order, each checked before it is given (once only)."""
        if self._records is not None:
            for i, ann in enumerate(self._records):
                check_annotation(self.index, i, ann)
                self.position = i + 1
                yield ann
            return
        assert self._text is not None
        text, self._text = self._text, None  # read once: the text goes with the iterator
        yield from self._stream(text)

    def _stream(self, text: str) -> Iterator[dict[str, Any]]:
        pos = _skip(text, self._start + 1)  # past "["
        i = 0
        if text.startswith("]", pos):
            self._finish(text, pos + 1)
            return
        while True:
            ann, pos = _decode(text, pos, f"annotations[{i}]")
            check_annotation(self.index, i, ann)
            self.position = pos
            yield ann
            i += 1
            pos = _skip(text, pos)
            if text.startswith(",", pos):
                pos = _skip(text, pos + 1)
            elif text.startswith("]", pos):
                self._finish(text, pos + 1)
                return
            else:
                raise InvalidAnnotationSet(f"annotations: expected ',' or ']' after item {i - 1}")

    def _finish(self, text: str, pos: int) -> None:
        """After the annotations: nothing but the end of the set (or more of its head)."""
        rest, end = _members(text, pos)
        extra = sorted(rest.keys())
        if extra:
            raise InvalidAnnotationSet(
                f"the top level: {', '.join(extra)} after the annotations (write them first)"
            )
        if _skip(text, end) != len(text):
            raise InvalidAnnotationSet("the file goes on after the annotation set")
        self.position = self.size


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def _decode(text: str, pos: int, where: str) -> tuple[Any, int]:
    try:
        return DECODER.raw_decode(text, pos)
    except RecursionError as exc:
        raise InvalidAnnotationSet(f"{where} is nested too deeply") from exc
    except ValueError as exc:
        raise InvalidAnnotationSet(f"the file is not valid JSON: {exc}") from exc


def _members(text: str, pos: int, *, stop: str | None = None) -> tuple[dict[str, Any], int]:
    """The members of a JSON object from ``pos`` (after its ``{`` or a ``,``) up to its ``}``,
    or up to the member named ``stop`` (returned at the position of its value)."""
    out: dict[str, Any] = {}
    pos = _skip(text, pos)
    if text.startswith(",", pos):
        pos = _skip(text, pos + 1)
    while not text.startswith("}", pos):
        key, pos = _decode(text, pos, "the top level")
        pos = _skip(text, pos)
        if not isinstance(key, str) or not text.startswith(":", pos):
            raise InvalidAnnotationSet("the file is not valid JSON: expected a member name")
        pos = _skip(text, pos + 1)
        if key == stop:
            return out, pos
        out[key], pos = _decode(text, pos, key)
        pos = _skip(text, pos)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
        elif not text.startswith("}", pos):
            raise InvalidAnnotationSet("the file is not valid JSON: expected ',' or '}'")
    return out, pos + 1


def read_set(path: Path | str, *, max_bytes: int = MAX_BYTES) -> AnnotationSet:
    """Open the Redline JSON set at ``path``: its head is read and checked now, its annotations
    as :meth:`AnnotationSet.annotations` gives them."""
    path = Path(path)
    raw = read_bytes(path, max_bytes=max_bytes)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidAnnotationSet(f"{path.name} is not UTF-8 text (byte {exc.start})") from exc
    del raw
    pos = _skip(text, 0)
    head: dict[str, Any] = {}
    at = 0
    if text.startswith("{", pos):
        try:
            head, at = _members(text, pos + 1, stop="annotations")
        except InvalidAnnotationSet:
            head = {}  # parsed whole below, for the decoder's own message
    if not all(k in head for k in _HEAD_KEYS) or not text.startswith("[", at):
        return whole_set(decode_json(text.encode("utf-8"), name=path.name), path.name)
    index = check_head(head, path.name)
    return AnnotationSet(head, index, len(text), text, at)


def whole_set(data: Any, name: str = "the file") -> AnnotationSet:
    """A set parsed whole (a file of an unusual layout; W3C imports build one in memory): its
    head is checked now, its annotations as they are read."""
    index = check_head(data, name)
    records = data.get("annotations")
    if not isinstance(records, list):
        raise InvalidAnnotationSet("the top level: 'annotations' is missing or not a list")
    head = {k: v for k, v in data.items() if k != "annotations"}
    return AnnotationSet(head, index, len(records), _records=records)
