"""The annotation lines of a set read in a stream are decoded by orjson
(:func:`~app.core.exchange.bounded_read.decode_record`): the values must be those the bounded
``json`` decoder gives (:func:`~app.core.exchange.bounded_read.decode_json`), and every number
out of its bounds, anywhere on a line, refused with the same words, the library unchanged."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.exchange.annotation_set import write_set
from app.core.exchange.bounded_read import decode_json, decode_record
from app.core.exchange.merge import import_annotations
from app.core.exchange.record_rules import InvalidAnnotationSet
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from tests.core.exchange.helpers import add_annotation, new_library, scan_pdf, snapshot

# Numbers around every bound: SQLite's integers (2**63 - 1), orjson's (2**64 - 1, past which it
# makes a float), a double's largest and smallest, and their text forms past them.
_INTEGERS = st.one_of(
    st.integers(),
    st.sampled_from([2**63 - 1, 2**63, -(2**63) + 1, -(2**63), 2**64 - 1, 2**64, -(2**64)]),
    st.integers(min_value=2**62, max_value=2**66),
)
_FLOATS = st.floats(allow_nan=False, allow_infinity=False)
_SCALARS = st.one_of(st.none(), st.booleans(), _INTEGERS, _FLOATS, st.text())
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
_NUMBER_TEXTS = [
    "1e999", "-1e999", "1.7976931348623159e308", "1" + "0" * 400, "-" + "9" * 30, "NaN",
    "Infinity", "-Infinity", "9223372036854775807", "9223372036854775808", "18446744073709551615",
    "18446744073709551616", "-9223372036854775808", "4.9e-324", "1e-400", "-0", "-0.0",
    "0.1000000000000000055511151231257827", "1234567890123456789.5e-3",
]  # fmt: skip


def _decoded(raw: bytes, decode: Any) -> str:
    """The value (its repr: types, order and -0.0 told apart) or the refusal's words."""
    try:
        return repr(decode(raw))
    except InvalidAnnotationSet as exc:
        return f"refused: {exc}"


@settings(max_examples=400, deadline=None)
@given(value=_VALUES, ascii_only=st.booleans())
def test_a_line_decodes_to_the_values_of_the_bounded_json_decoder(
    value: Any, ascii_only: bool
) -> None:
    raw = json.dumps(value, ensure_ascii=ascii_only).encode()
    assert _decoded(raw, decode_record) == _decoded(raw, decode_json)


@pytest.mark.parametrize("number", _NUMBER_TEXTS)
def test_numbers_at_and_past_the_bounds_decode_as_the_bounded_decoder_says(number: str) -> None:
    for raw in (number, f'{{"a":[{number}]}}', f'{{"t":"{number}","n":{number}}}'):
        assert _decoded(raw.encode(), decode_record) == _decoded(raw.encode(), decode_json)


@pytest.fixture
def streamed(tmp_path: Path) -> Iterator[tuple[Library, dict[str, Any]]]:
    """Library ``b`` holding the scan, and a set from ``a`` with a redaction and a note."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    add_annotation(a, doc_a, 1, "redaction", region=(72, 72, 100, 20), body={"exemptions": []})
    add_annotation(a, doc_a, 0, "note", word="Havana", body={"text": "ref 1234567890123456789012"})
    export_json(a, tmp_path / "a.json")
    a.close()
    b, _ = new_library(tmp_path / "b", pdf)
    yield b, json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    b.close()


def _streamed_file(tmp_path: Path, data: dict[str, Any], old: str, new: str) -> Path:
    """``data`` written as Redline writes a set (an annotation a line: read in a stream), with
    ``old`` on its first annotation's line replaced by ``new``."""
    out = io.StringIO()
    write_set(data, out)
    text = out.getvalue()
    assert text.count(old) == 1
    path = tmp_path / "in.json"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_a_streamed_set_with_a_long_number_in_a_text_imports(
    streamed: tuple[Library, dict[str, Any]], tmp_path: Path
) -> None:
    lib, data = streamed
    path = _streamed_file(tmp_path, data, '"format"', '"format"')
    assert sorted(import_annotations(lib, path).added) == sorted(
        a["uuid"] for a in data["annotations"]
    )


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("9223372036854775808", "too large"),  # 2**63
        ("18446744073709551615", "too large"),  # 2**64 - 1: orjson keeps it
        ("18446744073709551616", "too large"),  # 2**64: orjson makes a float of it
        ("-9223372036854775808", "too large"),
        ("1" + "0" * 400, "too large"),
        ("1e999", "1e999 is too large"),
        ("-1e999", "too large"),
        ("NaN", "NaN is not a JSON number"),
        ("-Infinity", "Infinity is not a JSON number"),
    ],
)
@pytest.mark.parametrize("place", ["page", "x", "share"])
def test_a_number_out_of_bounds_on_a_streamed_line_is_refused(
    streamed: tuple[Library, dict[str, Any]],
    tmp_path: Path,
    number: str,
    message: str,
    place: str,
) -> None:
    """Wherever it is on the line (an integer field, a float field, a body's number), as the
    set read whole refuses it; nothing is changed."""
    lib, data = streamed
    first = next(a for a in data["annotations"] if a["kind"] == "redaction")
    data["annotations"] = [first]
    if place == "page":
        first["page"] = 1
        old = '"page":1'
    elif place == "x":
        first["anchor"]["region"]["x"] = 71.25
        old = '"x":71.25'
    else:
        first["body"]["share"] = 0.125
        old = '"share":0.125'
    path = _streamed_file(tmp_path, data, old, old.split(":")[0] + ":" + number)
    before = snapshot(lib)
    with pytest.raises(InvalidAnnotationSet, match=message):
        import_annotations(lib, path)
    assert snapshot(lib) == before
