"""Reading a file someone else wrote, within bounds: a regular file only (a device, pipe or
socket is refused before anything is read), never past a size cap (nor past it when the file
grows while it is read), a megabyte at a time; and its JSON decoded within bounds (no NaN or
Infinity, finite numbers, integers SQLite can store), any failure one clear
:class:`~app.core.exchange.record_rules.InvalidAnnotationSet`. A set's annotation lines are
decoded by :func:`decode_record`: the same values, in half the time.
"""

from __future__ import annotations

import json
import os
import stat
from functools import cache
from pathlib import Path
from typing import IO, Any

import orjson

from app.core.exchange.record_rules import InvalidAnnotationSet, bounded_int, finite_float
from app.core.wording import Message, translate

MAX_BYTES = 512 * 1024 * 1024


def _no_constant(name: str) -> Any:
    raise ValueError(translate("Redline", "{name} is not a JSON number").format(name=name))


@cache
def decoder() -> json.JSONDecoder:
    """The one JSON decoder of annotation sets: no NaN or Infinity, finite numbers only,
    integers SQLite can store. Made once: ``json.loads`` with hooks builds a decoder per call
    (a merge parses a line per annotation)."""
    return json.JSONDecoder(
        parse_constant=_no_constant, parse_float=finite_float, parse_int=bounded_int
    )


def decode_json(raw: bytes, *, name: str = "the file") -> Any:
    """UTF-8 JSON text as Python values, or one clear :class:`InvalidAnnotationSet`. A byte
    order mark before it is passed over, as RFC 8259 allows (Windows' Notepad writes one)."""
    try:
        return decoder().decode(raw.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError as exc:
        raise InvalidAnnotationSet(
            translate("Redline", "{name} is not UTF-8 text (byte {byte})").format(
                name=name, byte=exc.start
            )
        ) from exc
    except RecursionError as exc:
        raise InvalidAnnotationSet(
            translate("Redline", "{name} is nested too deeply to be an annotation set").format(
                name=name
            )
        ) from exc
    except ValueError as exc:
        raise InvalidAnnotationSet(
            translate("Redline", "{name} is not valid JSON: {exc}").format(name=name, exc=exc)
        ) from exc


# Nineteen digits in a row: an integer that may lie beyond SQLite's range (2**63 - 1 has 19),
# which orjson would keep (up to 2**64 - 1) or make a float of. A number it parses otherwise
# lies within bounds: it refuses what is not finite (1e999), NaN and Infinity itself.
_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19


def decode_record(raw: bytes, *, name: str = "the file") -> Any:
    """One annotation line of a set: the value :func:`decode_json` gives, or its refusal.

    orjson decodes a line in half the time of ``json`` with the bounds' hooks (a set of 100,000
    annotations: 0.5 s against 1.2 s) and gives the same values (floats correctly rounded; the
    last of a repeated key). What it refuses (a number out of bounds, a lone surrogate, a byte
    order mark, bad JSON), and a line with 19 digits in a row (a string's digits alike: a
    number only might be out of range), goes to :func:`decode_json`, which decides and says
    why as it always has.
    """
    if _LONG_NUMBER not in raw.translate(_DIGITS):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return decode_json(raw, name=name)


def mib(size: int) -> str | Message:
    """A size in MiB as people read it (512 MiB, 0.3 MiB; a small one in bytes)."""
    value = size / 2**20
    if value < 0.1:
        return translate("Redline", "{size} bytes").format(size=size)
    return f"{value:.0f} MiB" if value >= 10 or value == int(value) else f"{value:.1f} MiB"


# Read a megabyte at a time: a read lets go of the interpreter's lock for a moment, and a thread
# busy in Python that does so more often than every 5 ms keeps another waiting for the lock (the
# window's, while a merge reads its file on a worker: 0.1 s stalls with the default 8 KB, a read
# every 14 annotations; docs/ARCHITECTURE.md, "The window").
READ_BUFFER = 2**20


def open_regular(path: Path, max_bytes: int) -> IO[bytes]:
    """The file at ``path`` opened for reading: a regular file within ``max_bytes``.

    A device (``/dev/zero``), a pipe or a socket is refused before anything is read (opened
    without blocking, so a pipe with no writer cannot hang the import). A file that cannot be
    opened, or is no file, is named by its path as given (for /etc it said "etc is not …").
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InvalidAnnotationSet(
            translate("Redline", "cannot read {name}: {reason}").format(
                name=path, reason=exc.strerror or exc
            )
        ) from exc
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise InvalidAnnotationSet(
            translate(
                "Redline",
                "{name} is not a regular file (a device, pipe or folder); "
                "save the annotation set to a file first",
            ).format(name=path)
        )
    if st.st_size > max_bytes:
        os.close(fd)
        raise InvalidAnnotationSet(
            translate("Redline", "{name} is {size}; annotation sets over {cap} are refused")
            .format(name=path.name, size=mib(st.st_size), cap=mib(max_bytes))
        )  # fmt: skip
    return os.fdopen(fd, "rb", buffering=READ_BUFFER)


def read_rest(f: IO[bytes], name: str, max_bytes: int) -> bytes:
    """What is left of ``f``, never more than ``max_bytes + 1`` bytes (a file may grow)."""
    try:
        # read(n) allocates n bytes first: ask for what the file holds, not for the cap
        want = min(max_bytes, max(0, os.fstat(f.fileno()).st_size - f.tell())) + 1
        raw = f.read(want)
        if len(raw) == want and want <= max_bytes:  # the file grew while it was read
            raw += f.read(max_bytes + 1 - len(raw))
    except OSError as exc:
        raise InvalidAnnotationSet(
            translate("Redline", "cannot read {name}: {reason}").format(
                name=name, reason=exc.strerror or exc
            )
        ) from exc
    if len(raw) > max_bytes:
        raise InvalidAnnotationSet(
            translate(
                "Redline",
                "{name} grew past {cap} while it was read; annotation sets over {cap} are refused",
            ).format(name=name, cap=mib(max_bytes))
        )
    return raw


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path`` (see :func:`open_regular`), at most
    ``max_bytes``."""
    with open_regular(path, max_bytes) as f:
        return read_rest(f, path.name, max_bytes)
