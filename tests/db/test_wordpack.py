"""Packing a text layer's words into one BLOB and back."""

from __future__ import annotations

import math
import struct

import pytest

from db.wordpack import WordColumns, WordRow, pack, unpack

WORDS = [
    WordRow(0, "Memorandum", 0, 10, 72.0, 49.25, 140.5, 62.9900016784668, None, 0, 0, 0),
    WordRow(1, "für", 11, 14, None, None, None, None, 41.5, 0, 0, 1),  # no box, low confidence
    WordRow(2, "𝔘nit", 16, 20, 300.125, 700.5, 333.0, 712.0, 96.0, 1, 3, 0),  # beyond the BMP
    WordRow(3, "", 21, 21, 0.0, 0.0, 0.0, 0.0, 0.0, 2, 0, 0),  # an empty word stays one
]


def _columns(words: list[WordRow]) -> WordColumns:
    cols = list(zip(*words, strict=True)) if words else [()] * 12
    return WordColumns(*cols[1:])


def test_words_come_back_as_packed() -> None:
    assert unpack(pack(_columns(WORDS))) == WORDS
    assert WORDS[1].box is None and WORDS[2].box == (300.125, 700.5, 333.0, 712.0)


def test_no_words() -> None:
    assert unpack(pack(_columns([]))) == []


def test_boxes_and_confidences_keep_four_decimals() -> None:
    x = 612.123456789
    word = WordRow(0, "x", 0, 1, x, x, x, x, 87.654321, 0, 0, 0)
    back = unpack(pack(_columns([word])))[0]
    assert back.x0 is not None and back.confidence is not None
    assert back.x0 != x and math.isclose(back.x0, x, abs_tol=1e-4)
    assert math.isclose(back.confidence, 87.654321, abs_tol=1e-4)


def test_an_unknown_encoding_is_refused() -> None:
    data = pack(_columns(WORDS))
    newer = data[:3] + struct.pack("<B", 99) + data[4:]
    with pytest.raises(ValueError, match="version 99"):
        unpack(newer)
    with pytest.raises(ValueError, match="unknown word encoding"):
        unpack(b"XYZ" + data[3:])


def test_confidence_unknown_for_every_word() -> None:
    boxed = [w for w in WORDS if w.box is not None]
    boxed = [w._replace(seq=i, confidence=None) for i, w in enumerate(boxed)]
    packed = pack(_columns(boxed)._replace(confidence=None))
    assert unpack(packed) == unpack(pack(_columns(boxed))) == boxed


def test_the_bytes_are_the_documented_format() -> None:
    """Header, five float32 columns, six int32 columns (lengths last), then the UTF-8 texts, all
    little-endian: blobs written by any version and on any machine read back alike."""
    words = [WORDS[0], WORDS[1]._replace(x0=-0.5, y0=1.0, x1=2.0, y1=3.0)]
    expected = b"".join(
        [
            struct.pack("<3sBI", b"RLW", 1, 2),
            struct.pack("<2f", 72.0, -0.5),
            struct.pack("<2f", 49.25, 1.0),
            struct.pack("<2f", 140.5, 2.0),
            struct.pack("<2f", 62.9900016784668, 3.0),
            struct.pack("<2f", math.nan, 41.5),
            struct.pack("<2i", 0, 11),
            struct.pack("<2i", 10, 14),
            struct.pack("<2i", 0, 0),
            struct.pack("<2i", 0, 0),
            struct.pack("<2i", 0, 1),
            struct.pack("<2i", 10, 3),
            "Memorandumfür".encode(),
        ]
    )
    assert pack(_columns(words)) == expected
    assert unpack(expected) == words


def test_any_nan_reads_as_unknown() -> None:
    data = bytearray(pack(_columns(WORDS[:1])))
    data[8 + 4 * 4 : 8 + 4 * 5] = struct.pack("<f", -math.nan)  # confidence, sign bit set
    assert unpack(bytes(data))[0].confidence is None


def test_columns_of_unequal_length_are_refused() -> None:
    cols = _columns(WORDS)._replace(line=(0, 0))
    with pytest.raises(ValueError, match="one value per word"):
        pack(cols)
