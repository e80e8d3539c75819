"""Merging a set read in a stream: the same result as reading it whole, a bad record anywhere
undoes the whole merge, other layouts are read whole, and memory holds a chunk, not the set."""

from __future__ import annotations

import json
import re
import tracemalloc
import types
from pathlib import Path

import pytest

from app.core.exchange import merge
from app.core.exchange.annotation_set import open_annotation_set
from app.core.exchange.merge import import_annotations
from app.core.exchange.record_rules import InvalidAnnotationSet
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from tests.core.exchange.helpers import add_many_notes, new_library, scan_pdf, snapshot


def _set_of_notes(tmp_path: Path, notes: int) -> tuple[Path, Path]:
    """A set of ``notes`` notes on the scan (exported by Redline), and the scan."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    lib, doc = new_library(tmp_path / "source", pdf)
    add_many_notes(lib, doc, notes)
    export_json(lib, tmp_path / "set.json")
    lib.close()
    return tmp_path / "set.json", pdf


def _annotations(lib: Library) -> list[tuple[object, ...]]:
    with lib.reading() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT uuid, kind, body, author, created_at, modified_at FROM annotations "
            "ORDER BY uuid"
        )
        return [tuple(r) for r in rows]


def test_a_redline_set_is_streamed_and_merges_as_when_read_whole(tmp_path: Path) -> None:
    path, pdf = _set_of_notes(tmp_path, 30)
    with open_annotation_set(path) as aset:
        assert aset.head["annotations"] == [] and aset.estimate == 30
        stream = aset.annotations()
        assert isinstance(stream, types.GeneratorType)
        assert list(stream) == json.loads(path.read_text())["annotations"]
        assert aset.per_document.total() == 30
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(json.loads(path.read_text()), indent=2))
    with open_annotation_set(pretty) as aset:  # another layout: read whole
        assert isinstance(aset.annotations(), type(iter([])))
    merged = []
    for name, source in (("streamed", path), ("whole", pretty)):
        lib, _ = new_library(tmp_path / name, pdf)
        report = import_annotations(lib, source)
        assert len(report.added) == 30
        merged.append(_annotations(lib))
        lib.close()
    assert merged[0] == merged[1]


def test_an_annotation_spanning_lines_is_merged_read_whole(tmp_path: Path) -> None:
    path, pdf = _set_of_notes(tmp_path, 12)
    lines = path.read_text().split("\n")
    at = next(i for i, line in enumerate(lines) if '"note 7"' in line)
    record = json.loads(lines[at].rstrip(","))
    lines[at] = json.dumps(record, indent=1) + ("," if lines[at].endswith(",") else "")
    path.write_text("\n".join(lines))
    lib, _ = new_library(tmp_path / "lib", pdf)
    monkey = pytest.MonkeyPatch()
    monkey.setattr(merge, "MERGE_CHUNK", 3)  # chunks written before the odd line are undone
    try:
        assert len(import_annotations(lib, path).added) == 12
    finally:
        monkey.undo()
    assert len(_annotations(lib)) == 12
    lib.close()


def test_a_bad_record_at_the_end_undoes_the_chunks_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, pdf = _set_of_notes(tmp_path, 10)
    lines = path.read_text().split("\n")
    at = max(i for i, line in enumerate(lines) if '"created":"' in line)
    lines[at] = re.sub(r'"created":"[^"]*"', '"created":"2026-13-01T00:00:00Z"', lines[at])
    path.write_text("\n".join(lines))
    lib, _ = new_library(tmp_path / "lib", pdf)
    before = snapshot(lib)
    monkeypatch.setattr(merge, "MERGE_CHUNK", 3)
    with pytest.raises(InvalidAnnotationSet, match=r"annotations\[9\]\.created: .* not a real"):
        import_annotations(lib, path)
    assert snapshot(lib) == before
    lib.close()


@pytest.mark.parametrize("layout", ["streamed", "whole"])
def test_a_nul_in_a_text_is_refused_and_a_backslash_before_u0000_is_none(
    tmp_path: Path, layout: str
) -> None:
    """The body's texts are looked through for U+0000 only where the JSON holds ``\\u0000``:
    a NUL is still refused as the services refuse it, in a stream or read whole, and the text
    ``\\u0000`` (a backslash, then u0000) is stored as written."""
    path, pdf = _set_of_notes(tmp_path, 6)
    text = path.read_text()
    if layout == "whole":
        text = json.dumps(json.loads(text), indent=1)
    lib, _ = new_library(tmp_path / "lib", pdf)
    before = snapshot(lib)
    bad = tmp_path / "bad.json"
    bad.write_text(text.replace('"note 4"', '"note\\u00004"'))
    at = [a["body"]["text"] for a in json.loads(text)["annotations"]].index("note 4")
    with pytest.raises(
        InvalidAnnotationSet, match=rf"annotations\[{at}\]: The note holds a NUL character"
    ):
        import_annotations(lib, bad)
    assert snapshot(lib) == before
    good = tmp_path / "good.json"
    good.write_text(text.replace('"note 4"', '"note\\\\u00004"'))
    assert len(import_annotations(lib, good).added) == 6
    assert "note\\u00004" in [json.loads(str(r[2]))["text"] for r in _annotations(lib)]
    lib.close()


def _peak(lib: Library, path: Path) -> int:
    tracemalloc.start()
    try:
        report = import_annotations(lib, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(report.added) == 20_000
    return peak


@pytest.mark.slow
def test_memory_holds_a_chunk_not_the_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """tracemalloc's peak while merging 20,000 notes read in a stream is a fraction of the
    peak of the same merge with the set read whole: a chunk of records and the ids seen."""
    path, pdf = _set_of_notes(tmp_path, 20_000)
    monkeypatch.setattr(merge, "MERGE_CHUNK", 1000)
    lib, _ = new_library(tmp_path / "streamed", pdf)
    streamed = _peak(lib, path)
    lib.close()
    real = open_annotation_set
    monkeypatch.setattr(
        merge, "open_annotation_set", lambda p, **kw: real(p, **{**kw, "whole": True})
    )
    lib, _ = new_library(tmp_path / "whole", pdf)
    whole = _peak(lib, path)
    lib.close()
    size = path.stat().st_size / 2**20
    print(f"\n[merge] {size:.1f} MiB set: peak {streamed / 2**20:.1f} MiB streamed, "
          f"{whole / 2**20:.1f} MiB read whole")  # fmt: skip
    assert streamed < whole / 3


@pytest.mark.parametrize(
    "text",
    [
        r'{"text": "plain"}',
        r'{"text": "caf\u00e9"}',
        r'{"text": "nul\u0000here"}',
        r'{"text": "not a nul: \\u0000"}',
        r'{"text": "lone \ud800"}',
        r'{"text": "lone \uDC00 low"}',
        r'{"text": "a pair \ud83d\ude00"}',
        r'{"text": "\u0000 and \ud800"}',
        r'{"\ud800": "in a key"}',
    ],
)
def test_one_search_for_both_escapes_gives_the_two_checks_verdicts(text: str) -> None:
    """check_escapes (one search of an annotation line) says and refuses what check_unicode and
    holds_nul_escape say of it, one after the other."""
    from app.core.exchange.record_rules import check_escapes, check_unicode, holds_nul_escape

    raw, data = text.encode(), json.loads(text)

    def both() -> bool:
        check_unicode(raw, data)
        return holds_nul_escape(raw)

    outcomes: list[bool | str] = []
    for check in (both, lambda: check_escapes(raw, data)):
        try:
            outcomes.append(check())
        except InvalidAnnotationSet as exc:
            outcomes.append(str(exc))
    assert outcomes[0] == outcomes[1]
    assert outcomes[0] in (True, False) or "not Unicode" in str(outcomes[0])
