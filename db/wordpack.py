"""A text layer's words packed into one BLOB (table ``layer_words``), and unpacked again.

Words are only ever read a whole layer at a time, in reading order, so they are stored as one row
per layer: a 500-page import writes 500 rows instead of 220,000, which cost more to insert than
PyMuPDF takes to extract them. The encoding is column-wise, so the standard library's ``array``
packs and unpacks it in C, without a Python object per value (numpy did the same as fast, but
its import cost every process that reads words ~60 ms: ``redline list`` and an import's workers
included).

Format version 1, little-endian, ``n`` words::

    header   3 bytes b"RLW", 1 byte version, uint32 n
    float32  x0[n] y0[n] x1[n] y1[n]   box in PDF points of the unrotated page; NaN: no box
    float32  confidence[n]             0..100; NaN: unknown
    int32    start[n] end[n]           code-point span in the layer's text
    int32    block[n] line[n] word[n]  the engine's numbering
    int32    length[n]                 code points of each word's text
    utf-8    the words' texts, concatenated

MuPDF computes in single precision, so float32 keeps a PDF text layer's boxes exactly; for
Tesseract's boxes it is within 1e-4 point. A new version adds a branch to :func:`unpack`; old
blobs stay readable.
"""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Sequence
from itertools import accumulate, pairwise
from typing import Any, NamedTuple

MAGIC = b"RLW"
VERSION = 1
_HEADER = struct.Struct("<3sBI")
_FLOATS = 5  # x0 y0 x1 y1 confidence
_INTS = 6  # start end block line word length
NAN = float("nan")
_NAN32 = array("f", [NAN]).tobytes()  # the NaN written for an unknown value
_NAN32_NEGATIVE = array("f", [-NAN]).tobytes()
_BIG_ENDIAN = sys.byteorder == "big"  # the format is little-endian: swap on such a machine
assert array("f").itemsize == 4 and array("i").itemsize == 4


class WordRow(NamedTuple):
    """One stored word: ``seq`` is its place in reading order; None where a value is unknown."""

    seq: int
    text: str
    start: int
    end: int
    x0: float | None
    y0: float | None
    x1: float | None
    y1: float | None
    confidence: float | None
    block: int
    line: int
    word: int

    @property
    def box(self) -> tuple[float, float, float, float] | None:
        """(x0, y0, x1, y1), or None when the word has no box."""
        if self.x0 is None or self.y0 is None or self.x1 is None or self.y1 is None:
            return None
        return (self.x0, self.y0, self.x1, self.y1)


class WordColumns(NamedTuple):
    """The words of a layer column by column, as :func:`pack` takes them (None: unknown)."""

    texts: Sequence[str]
    starts: Sequence[int]
    ends: Sequence[int]
    x0: Sequence[float | None]
    y0: Sequence[float | None]
    x1: Sequence[float | None]
    y1: Sequence[float | None]
    confidence: Sequence[float | None] | None  # None: unknown for every word (a PDF's own text)
    block: Sequence[int]
    line: Sequence[int]
    word: Sequence[int]


def _floats(values: Sequence[float | None]) -> array[float]:
    try:
        return array("f", values)  # type: ignore[arg-type]  # the common case: every value known
    except TypeError:
        return array("f", [NAN if v is None else v for v in values])


def pack(cols: WordColumns) -> bytes:
    """The BLOB of these words (all columns have one value per word)."""
    n = len(cols.texts)
    floats = array("f")
    for values in (cols.x0, cols.y0, cols.x1, cols.y1, cols.confidence):
        floats.extend(array("f", [NAN]) * n if values is None else _floats(values))
    ints = array("i")
    for column in (cols.starts, cols.ends, cols.block, cols.line, cols.word, map(len, cols.texts)):
        ints.extend(array("i", column))
    if len(floats) != _FLOATS * n or len(ints) != _INTS * n:
        raise ValueError("every column must have one value per word")
    if _BIG_ENDIAN:
        floats.byteswap()
        ints.byteswap()
    return b"".join(
        (
            _HEADER.pack(MAGIC, VERSION, n),
            floats.tobytes(),
            ints.tobytes(),
            "".join(cols.texts).encode("utf-8", "surrogatepass"),
        )
    )


def _values(code: str, raw: bytes) -> list[Any]:
    """The numbers of a little-endian column of ``array`` type ``code``."""
    values = array(code)
    values.frombytes(raw)
    if _BIG_ENDIAN:
        values.byteswap()
    return values.tolist()


def _optional(raw: bytes, n: int) -> list[float | None]:
    """A float column, NaN read as None (whole columns of NaN and of numbers without a test per
    value: the bytes tell, a NaN's bytes at an unaligned place only costing the slow path)."""
    if _NAN32 not in raw and _NAN32_NEGATIVE not in raw:
        return _values("f", raw)
    if raw == _NAN32 * n:
        return [None] * n
    return [None if v != v else v for v in _values("f", raw)]


def unpack(data: bytes) -> list[WordRow]:
    """The words of a BLOB made by :func:`pack`, in reading order."""
    magic, version, n = _HEADER.unpack_from(data)
    if magic != MAGIC or version != VERSION:
        raise ValueError(f"unknown word encoding {magic!r} version {version}")
    size = 4 * n
    offset = _HEADER.size
    x0, y0, x1, y1, confidence = (
        _optional(data[offset + size * i : offset + size * (i + 1)], n) for i in range(_FLOATS)
    )
    offset += size * _FLOATS
    start, end, block, line, word, lengths = (
        _values("i", data[offset + size * i : offset + size * (i + 1)]) for i in range(_INTS)
    )
    offset += size * _INTS
    joined = data[offset:].decode("utf-8", "surrogatepass")
    texts = [joined[a:b] for a, b in pairwise(accumulate(lengths, initial=0))]
    columns = (range(n), texts, start, end, x0, y0, x1, y1, confidence, block, line, word)
    return list(map(WordRow._make, zip(*columns, strict=True)))
