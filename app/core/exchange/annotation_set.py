"""An annotation set read from a file in a stream, so that merging a large one keeps memory
bounded (a 500 MB set once took 3 GB).

Redline writes a set with its head first (format, scope, tags, documents) and then one
annotation per line (:mod:`app.core.exchange.redline_json`). Of such a file the head is parsed
and checked first; the annotations are then parsed and checked one at a time as the merge takes
them, a chunk at a time, inside its one transaction: a bad record anywhere undoes the whole
merge, and memory holds one chunk. A file laid out any other way (pretty-printed, hand-edited)
is read whole, as before, within the same size cap: found at once when its head is not
Redline's, or, should an annotation span lines, by the merge, which is then undone and redone
from the file read whole (:class:`OtherLayout`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from app.core.exchange.bounded_read import (
    MAX_BYTES,
    decode_json,
    decode_record,
    open_regular,
    read_rest,
)
from app.core.exchange.common import dump
from app.core.exchange.record_rules import InvalidAnnotationSet, check_escapes, check_unicode
from app.core.exchange.validate import check_format, check_head, parse
from app.core.wording import translate

MARKER = b'"annotations":['
END = b"]}"
MAX_LINE = 64 * 2**20  # a longer line means another layout: the file is read whole


class OtherLayout(Exception):
    """The file is not laid out as Redline writes it: read it whole instead."""


@dataclass
class AnnotationSet:
    """A checked annotation set: its head (``annotations`` empty) and its annotations, which
    :meth:`annotations` yields (checked) once. ``per_document`` counts the annotations of each
    document yielded so far; ``estimate`` is how many there are (exact for a set in memory, the
    lines left in a file for one read in a stream)."""

    head: dict[str, Any]
    estimate: int
    per_document: Counter[str]
    _stream: Callable[[], Iterator[dict[str, Any]]] = field(repr=False)

    @property
    def version(self) -> int:
        """The set's format version (2: with field revisions, merged three-way)."""
        return int(self.head["version"])

    def annotations(self) -> Iterator[dict[str, Any]]:
        return self._stream()

    @classmethod
    def of(cls, data: dict[str, Any]) -> AnnotationSet:
        """A set already in memory (checked by :func:`.validate.parse`)."""
        anns: list[dict[str, Any]] = data["annotations"]
        head = {**data, "annotations": []}
        return cls(head, len(anns), Counter(a["document"] for a in anns), lambda: iter(anns))


class _Lines:
    """Lines of the file, never more than ``max_bytes`` in all (a file may grow while read)."""

    def __init__(self, f: IO[bytes], name: str, max_bytes: int) -> None:
        self.f, self.name, self.left = f, name, max_bytes

    def next(self) -> bytes:
        try:
            line = self.f.readline(MAX_LINE + 1)
        except OSError as exc:
            raise InvalidAnnotationSet(
                translate("Redline", "cannot read {name}: {reason}").format(
                    name=self.name, reason=exc.strerror or exc
                )
            ) from exc
        self.left -= len(line)
        if self.left < 0:
            raise InvalidAnnotationSet(
                translate("Redline", "{name} grew past the size cap while it was read").format(
                    name=self.name
                )
            )
        if len(line) > MAX_LINE:
            raise OtherLayout
        return line


def _head(lines: _Lines) -> tuple[dict[str, Any], bytes]:
    """Parse the head (everything before the annotations) with an empty annotation list."""
    raw = bytearray()
    while True:
        line = lines.next()
        if not line or len(raw) > MAX_LINE:
            raise OtherLayout
        if line.rstrip(b"\r\n") == MARKER:
            break
        raw += line
    text = bytes(raw) + MARKER + END
    try:
        head = decode_json(text, name=lines.name)
    except InvalidAnnotationSet:
        raise OtherLayout from None
    if not isinstance(head, dict):
        raise OtherLayout
    return head, text


def _records(lines: _Lines) -> Iterator[tuple[bytes, Any]]:
    """(bytes, parsed record) of each annotation line; the layout is checked to its end."""
    more, count = True, 0
    while True:
        line = lines.next()
        body = line.rstrip(b"\r\n")
        if body == END:
            if more and count:  # a comma before the end
                raise OtherLayout
            if lines.f.read(1024).strip():
                raise OtherLayout  # something after the set
            return
        if not line or not more:
            raise OtherLayout
        more = body.endswith(b",")
        record = body[:-1] if more else body
        try:
            parsed = decode_record(record, name=lines.name)
        except InvalidAnnotationSet:
            raise OtherLayout from None
        yield record, parsed
        count += 1


def write_set(data: dict[str, Any], f: IO[str]) -> None:
    """A set held in memory (``data``: head and annotations) written as Redline writes one, its
    head first and then an annotation a line, so that it is read back in a stream."""
    head = {k: v for k, v in data.items() if k != "annotations"}
    f.write(dump(head)[:-1] + ",\n" + MARKER.decode())
    for i, ann in enumerate(data["annotations"]):
        f.write(",\n" if i else "\n")
        f.write(dump(ann))
    f.write("\n" + END.decode() + "\n")


def _lines_left(f: IO[bytes]) -> int:
    """Lines from here to the end less the closing one: the annotations, for progress."""
    start, count = f.tell(), 0
    while block := f.read(2**20):
        count += block.count(b"\n")
    f.seek(start)
    return max(0, count - 1)


def _streamed(f: IO[bytes], name: str, max_bytes: int) -> AnnotationSet:
    lines = _Lines(f, name, max_bytes)
    head, head_bytes = _head(lines)
    check_format(head, name)
    check_unicode(head_bytes, head)
    checker = check_head(head, name)
    per_document: Counter[str] = Counter()

    def stream() -> Iterator[dict[str, Any]]:
        for i, (raw, ann) in enumerate(_records(lines)):
            checker.check(i, ann, may_hold_nul=check_escapes(raw, ann))
            per_document[ann["document"]] += 1
            yield ann

    return AnnotationSet(head, _lines_left(f), per_document, stream)


@contextmanager
def open_annotation_set(
    path: Path | str, *, max_bytes: int = MAX_BYTES, whole: bool = False
) -> Iterator[AnnotationSet]:
    """The Redline JSON file at ``path``, its head checked, open for merging (see the module
    doc); ``whole`` reads and checks it all at once. Raises :class:`InvalidAnnotationSet`."""
    path = Path(path)
    with open_regular(path, max_bytes) as f:
        aset = None
        if not whole:
            try:
                aset = _streamed(f, path.name, max_bytes)
            except OtherLayout:
                f.seek(0)
        if aset is None:
            aset = AnnotationSet.of(parse(read_rest(f, path.name, max_bytes), name=path.name))
        yield aset
