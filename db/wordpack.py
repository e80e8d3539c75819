"""A text layer's words packed into one BLOB (table ``layer_words``), and unpacked again.

Words are only ever read a whole layer at a time, in reading order, so they are stored as one row
per layer: a 500-page import writes 500 rows instead of 220,000, which cost more to insert than
PyMuPDF takes to extract them. The encoding is column-wise so numpy packs and unpacks it without
a Python object per value.

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
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

import numpy as np

MAGIC = b"RLW"
VERSION = 1
_HEADER = struct.Struct("<3sBI")
_FLOATS = 5  # x0 y0 x1 y1 confidence
_INTS = 6  # start end block line word length


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


def _floats(values: Sequence[float | None], n: int) -> np.ndarray:
    try:
        return np.fromiter(values, np.float32, n)  # the common case: every value known
    except TypeError:
        return np.array(values, dtype=np.float32)  # None becomes NaN


def pack(cols: WordColumns) -> bytes:
    """The BLOB of these words (all columns have one value per word)."""
    n = len(cols.texts)
    floats = np.full((_FLOATS, n), np.nan, dtype="<f4")
    for row, values in enumerate((cols.x0, cols.y0, cols.x1, cols.y1, cols.confidence)):
        if values is not None:
            floats[row] = _floats(values, n)
    ints = np.empty((_INTS, n), dtype="<i4")
    lengths = map(len, cols.texts)
    for row, column in enumerate(
        (cols.starts, cols.ends, cols.block, cols.line, cols.word, lengths)
    ):
        ints[row] = np.fromiter(column, np.int32, n)
    return b"".join(
        (
            _HEADER.pack(MAGIC, VERSION, n),
            floats.tobytes(),
            ints.tobytes(),
            "".join(cols.texts).encode("utf-8", "surrogatepass"),
        )
    )


def _optional(values: np.ndarray) -> list[float | None]:
    out: list[float | None] = values.tolist()
    for i in np.flatnonzero(np.isnan(values)).tolist():
        out[i] = None
    return out


def unpack(data: bytes) -> list[WordRow]:
    """The words of a BLOB made by :func:`pack`, in reading order."""
    magic, version, n = _HEADER.unpack_from(data)
    if magic != MAGIC or version != VERSION:
        raise ValueError(f"unknown word encoding {magic!r} version {version}")
    offset = _HEADER.size
    floats = np.frombuffer(data, "<f4", _FLOATS * n, offset).reshape(_FLOATS, n)
    offset += floats.nbytes
    ints = np.frombuffer(data, "<i4", _INTS * n, offset).reshape(_INTS, n)
    offset += ints.nbytes
    joined = data[offset:].decode("utf-8", "surrogatepass")
    bounds = [0, *np.cumsum(ints[5]).tolist()]
    texts = [joined[a:b] for a, b in pairwise(bounds)]
    x0, y0, x1, y1, confidence = (_optional(c) for c in floats)
    start, end, block, line, word = (c.tolist() for c in ints[:5])
    columns = (range(n), texts, start, end, x0, y0, x1, y1, confidence, block, line, word)
    return list(map(WordRow._make, zip(*columns, strict=True)))
