"""Importing W3C and IIIF annotations: Redline's own exports round-trip (into the same library:
nothing changes; into another holding the same scan: the same annotations come back), and
annotations made in Mirador or Annotorious on the exported canvases become notes, tags and
regions on the right page and place. Bad files change nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pytest

from app.cli import main
from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.records import AnnotationFilter, AnnotationRecord
from app.core.annotating.vocabulary import NoteBody, TagBody
from app.core.documents.ingest import import_file
from app.core.documents.render import PageGeometry
from app.core.exchange.iiif import export_iiif
from app.core.exchange.merge import MergeCancelled
from app.core.exchange.record_rules import InvalidAnnotationSet
from app.core.exchange.w3c import export_w3c
from app.core.exchange.w3c_import import import_annotation_file, import_w3c
from app.core.library import Library
from tests.core.exchange.helpers import conversions
from tests.core.exchange.published_helpers import (
    PUBLISHED_BY_DEFAULT,
    Published,
    publication_pdf,
    published_library,
)

PIXEL = 72 / 150  # points per pixel at the export's 150 dpi


@pytest.fixture
def pub(tmp_path: Path) -> Iterator[Published]:
    published = published_library(tmp_path / "lib", publication_pdf(tmp_path))
    yield published
    published.lib.close()


@pytest.fixture
def fresh(pub: Published, tmp_path: Path) -> Iterator[Library]:
    """Another library holding the same scan, and nothing else."""
    lib = Library.open(tmp_path / "fresh")
    assert import_file(lib, pub.pdf).ok
    yield lib
    lib.close()


def _records(lib: Library) -> dict[str, AnnotationRecord]:
    return {a.uuid: a for a in list_annotations(lib, AnnotationFilter(include_deleted=True))}


def _assert_same(mine: AnnotationRecord, theirs: AnnotationRecord, pixel: float = PIXEL) -> None:
    """The same annotation; a region to the exported pixel (each edge rounds by half of one)."""
    body = dict(mine.body)
    if mine.kind == "redaction" and mine.status == "accepted":
        body["note"] = ""  # the reviewer's note on what a published box hides stays home
    assert (theirs.kind, theirs.status, theirs.body) == (mine.kind, mine.status, body)
    if mine.text is not None and theirs.text is not None:
        assert (theirs.text.start, theirs.text.end, theirs.text.quote) == (
            mine.text.start, mine.text.end, mine.text.quote,
        )  # fmt: skip
    if mine.region is not None and theirs.region is not None:
        for a, b in zip(
            (mine.region.x, mine.region.y, mine.region.w, mine.region.h),
            (theirs.region.x, theirs.region.y, theirs.region.w, theirs.region.h),
            strict=True,
        ):
            assert abs(a - b) <= pixel, (mine.region, theirs.region)


def test_own_iiif_export_changes_nothing_in_its_library(pub: Published, tmp_path: Path) -> None:
    export_iiif(pub.lib, tmp_path / "site")
    before = _records(pub.lib)
    for name in ("collection.json", f"{pub.doc_uuid}/manifest.json"):
        report = import_annotation_file(pub.lib, tmp_path / "site" / name, author="me")
        assert not report.changed and report.unchanged == len(PUBLISHED_BY_DEFAULT), name
        assert not report.conflicts and not report.not_placed
    assert _records(pub.lib) == before


def test_own_iiif_export_round_trips_into_another_library(
    pub: Published, fresh: Library, tmp_path: Path
) -> None:
    export_iiif(pub.lib, tmp_path / "site")
    report = import_annotation_file(fresh, tmp_path / "site" / "collection.json", author="me")
    assert len(report.added) == len(PUBLISHED_BY_DEFAULT) and not report.not_placed
    mine, theirs = _records(pub.lib), _records(fresh)
    for name in PUBLISHED_BY_DEFAULT:
        _assert_same(mine[pub.ids[name]], theirs[pub.ids[name]])
    mark = theirs[pub.ids["mark"]]
    assert (mark.origin, mark.rule_id) == ("detector", "classification.banner")
    assert theirs[pub.ids["region_tag"]].region is not None
    assert theirs[pub.ids["corr"]].region is None  # its box was only its words'
    assert theirs[pub.ids["page_note"]].region is None  # the whole page
    again = import_annotation_file(fresh, tmp_path / "site" / "collection.json", author="me")
    assert not again.changed


@pytest.mark.parametrize("mark", [b"", b"\xef\xbb\xbf"], ids=["plain", "byte-order-mark"])
def test_own_w3c_export_round_trips(
    pub: Published, fresh: Library, tmp_path: Path, mark: bytes
) -> None:
    """With a byte order mark too (the file saved again in Windows' Notepad)."""
    path = tmp_path / "set.jsonld"
    export_w3c(pub.lib, path, base_url="https://example.org/pub", dpi=100)
    path.write_bytes(mark + path.read_bytes())
    assert not import_w3c(pub.lib, path, author="me").changed
    report = import_w3c(fresh, path, author="me")
    assert len(report.added) == len(PUBLISHED_BY_DEFAULT)
    mine, theirs = _records(pub.lib), _records(fresh)
    for name in PUBLISHED_BY_DEFAULT:
        _assert_same(mine[pub.ids[name]], theirs[pub.ids[name]], pixel=72 / 100)


def _viewer_annotation(pub: Published, page: int, target: Any, body: list[Any]) -> dict[str, Any]:
    """An annotation as Annotorious 3 writes it (W3CImageFormat) on an exported canvas."""
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "9a1d5b1e-3c2f-4e7a-9d40-1b2c3d4e5f60",
        "type": "Annotation",
        "body": body,
        "created": "2026-06-01T10:00:00.000Z",
        "creator": {"isGuest": True, "id": "1i_O7U7kijRBbgzOvZGB"},
        "modified": None,
        "target": target,
    }


def test_annotations_made_in_a_viewer_come_back(pub: Published, tmp_path: Path) -> None:
    canvas = f"{pub.doc_uuid}/150dpi/canvas/2"
    made = _viewer_annotation(
        pub,
        1,
        {
            "source": canvas,
            "type": "SpecificResource",
            "selector": {
                "type": "FragmentSelector",
                "conformsTo": "http://www.w3.org/TR/media-frags/",
                "value": "xywh=pixel:200.5,300,200,80.25",
            },
        },
        [
            {"type": "TextualBody", "purpose": "commenting", "value": "A stamp?"},
            {"type": "TextualBody", "purpose": "tagging", "value": "people"},
            {"type": "TextualBody", "purpose": "tagging", "value": "witness"},
        ],
    )
    mirador = {
        "id": "https://colleague.example/anno/1",
        "type": "Annotation",
        "motivation": "commenting",
        "body": {"type": "TextualBody", "value": "Same hand as page 1"},
        "target": f"https://pub.example/{canvas}#xywh=10,20,30,40",
    }
    path = tmp_path / "from-viewers.json"
    path.write_text(json.dumps([made, mirador]), encoding="utf-8")
    report = import_w3c(pub.lib, path, author="Bea")
    assert len(report.added) == 4 and report.tags_added and not report.not_placed
    new = [a for a in _records(pub.lib).values() if a.uuid not in pub.ids.values()]
    notes = sorted(
        (a for a in new if a.kind == "note"), key=lambda a: cast(NoteBody, a.body)["text"]
    )
    assert [cast(NoteBody, n.body)["text"] for n in notes] == ["A stamp?", "Same hand as page 1"]
    assert all(n.page_id == pub.page_ids[1] and n.origin == "import" for n in notes)
    assert notes[0].uuid == made["id"] and notes[0].author == "Bea"
    region = notes[0].region
    assert region is not None
    expected = PageGeometry(612, 792).from_image((200.5, 300, 200, 80.25), 150)
    assert (region.x, region.y) == pytest.approx(expected[:2])
    assert (region.w, region.h) == pytest.approx(
        (expected[2] - expected[0], expected[3] - expected[1])
    )
    tags = {cast(TagBody, a.body)["tag"] for a in new if a.kind == "tag"}
    assert pub.tags["people"] in tags and len(tags) == 2  # "people" reused, "witness" made
    assert not import_w3c(pub.lib, path, author="Bea").changed  # the same file again


def test_an_edit_made_in_a_viewer_updates_the_annotation(pub: Published, tmp_path: Path) -> None:
    export_iiif(pub.lib, tmp_path / "site")
    page = tmp_path / "site" / pub.doc_uuid / "150dpi" / "annotations-0001.json"
    data = json.loads(page.read_text(encoding="utf-8"))
    (note,) = [a for a in data["items"] if a["id"].endswith(pub.ids["note"])]
    note["body"][0]["value"] = "The Director of Central Intelligence"
    note["modified"] = f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%S.%fZ}"  # later, but not the future
    page.write_text(json.dumps(data), encoding="utf-8")
    report = import_annotation_file(pub.lib, page, author="me")
    assert report.updated == [pub.ids["note"]] and report.unchanged == 3
    after = _records(pub.lib)[pub.ids["note"]]
    assert after.body == {"text": "The Director of Central Intelligence"}
    assert after.author == "Ada" and after.text is not None  # the rest is the library's


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (b'{"type": "Annotation", ', "not valid JSON"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"hello": 1}', "neither a Redline annotation set nor W3C"),
        (
            b'[{"type": "Annotation", "body": [], "target": "https://elsewhere/x#xywh=1,2,3,4"}]',
            "not a page of a Redline export",
        ),
    ],
)
def test_bad_files_are_refused_and_change_nothing(
    pub: Published, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = _records(pub.lib)
    with pytest.raises(InvalidAnnotationSet, match=message):
        import_annotation_file(pub.lib, path, author="me")
    assert _records(pub.lib) == before


def test_a_file_over_the_cap_is_refused_in_one_message(pub: Published, tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"[" + b" " * 2000 + b"]")
    before = _records(pub.lib)
    with pytest.raises(InvalidAnnotationSet) as refused:
        import_w3c(pub.lib, path, max_bytes=1000)
    said = "big.json is 2002 bytes; annotation sets over 1000 bytes are refused"
    assert str(refused.value) == said
    assert _records(pub.lib) == before


def test_a_manifest_cannot_make_the_import_read_other_files(pub: Published, tmp_path: Path) -> None:
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps({"type": "AnnotationPage", "items": []}))
    folder = tmp_path / "site" / pub.doc_uuid
    folder.mkdir(parents=True)
    evil = f"{pub.doc_uuid}/../../secret.json"
    manifest = {
        "type": "Manifest",
        "items": [{"annotations": [{"id": evil, "type": "AnnotationPage"}]}],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(InvalidAnnotationSet, match="is not in the folder"):
        import_annotation_file(pub.lib, folder / "manifest.json", author="me")


def test_cli_imports_w3c_and_lists_what_has_no_place(
    pub: Published, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _viewer_annotation(
        pub, 0, f"{pub.doc_uuid}/150dpi/canvas/1#xywh=10,10,50,50",
        [{"type": "TextualBody", "purpose": "commenting", "value": "hello"}],
    )  # fmt: skip
    stray = {**good, "id": "elsewhere-1", "target": "https://elsewhere/canvas/1#xywh=1,1,1,1"}
    path = tmp_path / "page.jsonld"
    path.write_text(json.dumps({"type": "AnnotationPage", "items": [good, stray]}))
    lib = str(pub.lib.root)
    pub.lib.close()
    assert main(["--library", lib, "import-annotations", str(path), "--author", "Cy"]) == 0
    out = capsys.readouterr()
    assert "1 added" in out.out and "1 annotation not placed" in out.out
    assert "W3C annotations carry no history" in out.out
    no_place = "no place in this library (not imported):\n  annotation elsewhere-1: its target"
    assert no_place in out.out
    assert main(["--library", lib, "import-annotations", str(path)]) == 0
    again = capsys.readouterr().out
    assert "added" not in again and "1 annotation unchanged" in again


def test_hostile_annotations_are_refused_or_passed_over_never_a_crash(
    pub: Published, tmp_path: Path
) -> None:
    canvas = f"{pub.doc_uuid}/150dpi/canvas/1"
    good = {"type": "Annotation", "body": {"value": "ok"}, "target": f"{canvas}#xywh=1,2,3,4"}
    hostile: list[Any] = [
        {"type": "Annotation", "id": {"nested": ["id"]}, "target": f"{canvas}#xywh=1,2,3,4"},
        {"type": "Annotation", "target": {"source": {"id": 5}, "selector": "x"}},
        {"type": "Annotation", "target": [{"source": canvas, "selector": [None, 3, {}]}]},
        {"type": "Annotation", "target": f"{canvas}#xywh=-5,-5,99999999,99999999"},
        {"type": "Annotation", "target": f"{pub.doc_uuid}/150dpi/canvas/99999999999#xywh=1,1,1,1"},
        {"type": "Annotation", "target": f"{pub.doc_uuid}/150dpi/canvas/0"},
        {"type": "Annotation", "motivation": {"a": 1}, "body": [{"value": 7}], "target": canvas},
        {"type": "Annotation", "motivation": "editing", "body": "x", "target": canvas},
        {"type": "Annotation", "created": 12, "modified": "not a date", "target": canvas,
         "creator": [{"type": "Person", "name": ["x"]}],
         "body": {"purpose": "tagging", "value": ""}},
        {"type": "Annotation", "body": {"purpose": "classifying", "value": "nonsense: " * 1000},
         "target": {"source": canvas, "selector": [
             {"type": "TextQuoteSelector", "exact": "(" * 50},
             {"type": "TextPositionSelector", "start": -1, "end": 10**12}]}},
        "a string", 12, None, [],
    ]  # fmt: skip
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps([good, *hostile]), encoding="utf-8")
    report = import_w3c(pub.lib, path, author="me")
    assert len(report.added) >= 1
    assert len(report.not_placed) >= 4  # no canvas, no page, an empty tag, a bad correction, …


def test_a_w3c_set_is_merged_read_in_a_stream_not_dumped_and_parsed_whole(
    pub: Published, fresh: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The converted set goes to the merge as a Redline set written a line an annotation and
    read back one at a time (dumped and parsed whole, 100,000 annotations held Python's lock
    in two calls of about a second each while the window waited)."""
    from app.core.exchange import annotation_set, w3c_import

    def whole(*args: object, **kwargs: object) -> object:
        raise AssertionError("the set was parsed whole")

    monkeypatch.setattr(annotation_set, "read_rest", whole)  # (the reader's whole-file path)
    monkeypatch.setattr(w3c_import, "parse", whole, raising=False)
    path = tmp_path / "set.jsonld"
    export_w3c(pub.lib, path, base_url="https://example.org/pub", dpi=100)
    report = import_w3c(fresh, path, author="me")
    assert len(report.added) == len(PUBLISHED_BY_DEFAULT) and report.w3c
    assert report.file == "set.jsonld"


def test_the_collector_is_paused_while_a_w3c_file_is_read_converted_and_merged(
    pub: Published, fresh: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Here and in a worker process (convert_file): the file's JSON and the records made of it
    are millions of acyclic objects for 100,000 annotations, and full collections over them as
    they were made took a fifth of the import (2.9 of 14.5 s, collecting nothing)."""
    import gc

    from app.core.exchange import w3c_import
    from app.core.exchange.merge_planner import Merger
    from app.core.exchange.w3c_read import load_json

    seen: list[tuple[str, bool]] = []
    load, convert, plan = load_json, w3c_import._convert, Merger.plan_annotations

    def loading(*args: Any, **kwargs: Any) -> Any:
        seen.append(("load", gc.isenabled()))
        return load(*args, **kwargs)

    def converting(*args: Any, **kwargs: Any) -> Any:
        seen.append(("convert", gc.isenabled()))
        return convert(*args, **kwargs)

    def planning(self: Merger, chunk: Any) -> None:
        seen.append(("merge", gc.isenabled()))
        plan(self, chunk)

    monkeypatch.setattr(w3c_import, "load_json", loading)
    monkeypatch.setattr(w3c_import, "_convert", converting)
    monkeypatch.setattr(Merger, "plan_annotations", planning)
    path = tmp_path / "set.jsonld"
    export_w3c(pub.lib, path, base_url="https://example.org/pub", dpi=100)
    was = gc.isenabled()
    gc.enable()
    try:
        assert import_w3c(fresh, path, author="me", dry_run=True).added
        assert gc.isenabled()
        written = tmp_path / "converted.json"
        assert w3c_import.convert_file(
            fresh, str(written), str(path), author="me", max_bytes=2**30
        ) == ("w3c", [], True)
        assert gc.isenabled()
    finally:
        if not was:
            gc.disable()
    assert [what for what, _ in seen] == ["load", "convert", "merge", "load", "convert"]
    assert not any(on for _, on in seen), seen


def test_a_disk_that_refuses_the_working_copy_is_one_line_and_changes_nothing(
    pub: Published, fresh: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(The converted set goes through a file among the temporary files: a full or read-only
    disk there is said in one line, and the library is as it was.)"""
    from app.core.errors import RedlineError
    from app.core.exchange import w3c_import

    path = tmp_path / "set.jsonld"
    export_w3c(pub.lib, path, base_url="https://example.org/pub", dpi=100)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(w3c_import, "write_set", full)
    with pytest.raises(RedlineError, match="No space left on device") as caught:
        import_w3c(fresh, path, author="me")
    assert "set.jsonld" in str(caught.value) and "nothing was changed" in str(caught.value)
    assert not _records(fresh)


def test_the_working_copy_is_not_held_to_the_cap_its_file_was_read_within(
    pub: Published, fresh: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Redline set made of a W3C file (its head names each document and its pages) may be
    larger than the file, which is what the cap is for: the reader of the working copy (its
    cap lowered here below the copy's size) does not refuse it."""
    from app.core.exchange import merge

    mirador = {
        "id": "https://colleague.example/anno/1",
        "type": "Annotation",
        "motivation": "commenting",
        "body": {"type": "TextualBody", "value": "Same hand"},
        "target": f"https://pub.example/{pub.doc_uuid}/150dpi/canvas/2#xywh=10,20,30,40",
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps(mirador), encoding="utf-8")
    defaults = merge.import_annotations.__kwdefaults__
    assert defaults is not None
    monkeypatch.setitem(defaults, "max_bytes", path.stat().st_size)
    report = import_w3c(fresh, path, author="me", max_bytes=path.stat().st_size)
    assert len(report.added) == 1


@pytest.mark.parametrize("site", [False, True], ids=["w3c-file", "iiif-collection"])
def test_in_process_reads_a_large_file_or_a_iiif_site_in_a_worker(
    pub: Published, fresh: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, site: bool
) -> None:
    """The window's import (``in_process``) of a W3C file of ``PROCESS_BYTES`` or more, or of a
    IIIF collection (small, naming its annotation pages), converts it in a worker process: the
    same outcome as here. A small W3C file is converted here."""
    import app.core.exchange.w3c_import as module

    if site:
        export_iiif(pub.lib, tmp_path / "site")
        path = tmp_path / "site" / "collection.json"
    else:
        path = tmp_path / "set.jsonld"
        export_w3c(pub.lib, path, base_url="https://example.org/pub", dpi=100)
        monkeypatch.setattr(module, "PROCESS_BYTES", path.stat().st_size)
    where = conversions(monkeypatch)
    dry = import_annotation_file(fresh, path, author="me", dry_run=True, in_process=True)
    report = import_annotation_file(fresh, path, author="me", in_process=True)
    assert where == ["worker", "worker"]
    assert len(dry.added) == len(report.added) == len(PUBLISHED_BY_DEFAULT)
    assert report.w3c and not report.not_placed
    mine, theirs = _records(pub.lib), _records(fresh)
    for name in PUBLISHED_BY_DEFAULT:
        _assert_same(mine[pub.ids[name]], theirs[pub.ids[name]], pixel=PIXEL if site else 72 / 100)
    if not site:  # a byte smaller: read here
        monkeypatch.setattr(module, "PROCESS_BYTES", path.stat().st_size + 1)
        assert not import_annotation_file(fresh, path, author="me", in_process=True).changed
        assert where[2:] == ["here"]


def test_in_process_refusals_and_cancel_are_the_same_as_here(
    pub: Published, fresh: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of which nothing has a place, and a cancel, come back from the worker as they do
    here: one clear message, nothing changed."""
    import app.core.exchange.w3c_import as module

    monkeypatch.setattr(module, "PROCESS_BYTES", 0)
    path = tmp_path / "elsewhere.json"
    annotation = {
        "type": "Annotation", "id": "urn:uuid:8c6f0f6e-4f44-4c1e-9a55-b1a7a0c0f001",
        "motivation": "commenting", "body": {"type": "TextualBody", "value": "hello"},
        "target": "https://example.org/not-here/canvas/1",
    }  # fmt: skip
    path.write_text(json.dumps([annotation]))
    before = _records(fresh)
    messages = []
    for in_process in (False, True):
        with pytest.raises(InvalidAnnotationSet) as caught:
            import_w3c(fresh, path, author="me", in_process=in_process)
        messages.append(str(caught.value))
    assert messages[0] == messages[1] and "has a place in this library" in messages[0]
    path.write_text(json.dumps([annotation] * 3)[:-20])  # cut short
    for in_process in (False, True):
        with pytest.raises(InvalidAnnotationSet) as caught:
            import_w3c(fresh, path, author="me", in_process=in_process)
        messages.append(str(caught.value))
    assert messages[2] == messages[3] and "not valid JSON" in messages[2], messages[2:]
    site = tmp_path / "site"
    export_iiif(pub.lib, site)
    with pytest.raises(MergeCancelled, match="nothing was changed"):
        import_annotation_file(fresh, site, author="me", cancel=lambda: True, in_process=True)
    assert _records(fresh) == before


def test_a_team_library_reads_a_iiif_site_in_a_worker_from_its_server(
    pub: Published, tmp_path: Path, pg_library_url: str
) -> None:
    """The window's import on a team library: the worker opens the server (a team library's
    ``root`` is only its cache folder), and the annotations land as on a folder library."""
    export_iiif(pub.lib, tmp_path / "site")
    with Library.open(pg_library_url) as team:
        assert import_file(team, pub.pdf).ok
        site = tmp_path / "site" / "collection.json"
        dry = import_annotation_file(team, site, author="me", dry_run=True, in_process=True)
        assert len(dry.added) == len(PUBLISHED_BY_DEFAULT) and not _records(team)
        report = import_annotation_file(team, site, author="me", in_process=True)
        assert len(report.added) == len(PUBLISHED_BY_DEFAULT)
        mine, theirs = _records(pub.lib), _records(team)
    for name in PUBLISHED_BY_DEFAULT:
        _assert_same(mine[pub.ids[name]], theirs[pub.ids[name]])


def test_a_file_imported_again_after_a_change_here_is_not_said_changed_on_both_sides(
    pub: Published, fresh: Library, tmp_path: Path
) -> None:
    """The walk: a W3C set imported, the page OCRed (its annotations re-anchored), the same file
    imported again: "kept from here: changed on both sides" of what only this library changed.
    A file without history cannot say which side changed; the report names what differs."""
    from app.core.annotating.annotations import update_annotation

    path = tmp_path / "set.jsonld"
    export_w3c(pub.lib, path, base_url="https://example.org/pub", dpi=100)
    assert import_w3c(fresh, path, author="me").added
    note = _records(fresh)[pub.ids["page_note"]]
    update_annotation(fresh, note.uuid, author="me", body={**note.body, "text": "mine now"})
    from app.core.exchange.merge_report import describe

    said = describe(import_w3c(fresh, path, author="me"))
    assert "changed on both sides" not in said
    assert (
        "kept from here where it differs from the file's (text): this library's version is "
        "the later one" in said
    ), said
    assert dict(_records(fresh)[note.uuid].body)["text"] == "mine now"


def _own_export(pub: Published, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    path = tmp_path / "set.jsonld"
    export_w3c(pub.lib, path, base_url="https://example.org/pub", dpi=100)
    return path, json.loads(path.read_text(encoding="utf-8"))


def _item(data: dict[str, Any], record_uuid: str) -> dict[str, Any]:
    (found,) = [a for a in data["first"]["items"] if a["id"].endswith(record_uuid)]
    return cast(dict[str, Any], found)


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        ("body-number", r"annotation \S+: its body is a number"),
        ("body-list-null", r"annotation \S+: its body 2 is null"),
        ("items-text", r"the collection's first page: its items are a text, not a list"),
        ("top-list-of-numbers", r"set.jsonld holds no annotations: item 1 is a number"),
    ],
)
def test_malformed_w3c_is_refused_naming_where_and_changes_nothing(
    pub: Published, tmp_path: Path, spoil: str, message: str
) -> None:
    """Redline's own export with one redaction's body 42 was merged: '1 updated', its code
    B6 gone; ``[1,2,3]`` and ``"items": "nope"`` were 'changed nothing', exit 0."""
    path, data = _own_export(pub, tmp_path)
    red = _item(data, pub.ids["red"])
    if spoil == "body-number":
        red["body"] = 42
    elif spoil == "body-list-null":
        red["body"] = [*red["body"][:1], None]
    elif spoil == "items-text":
        data["first"]["items"] = "nope"
    else:
        data = [1, 2, 3]  # type: ignore[assignment]
    path.write_text(json.dumps(data), encoding="utf-8")
    before = _records(pub.lib)
    with pytest.raises(InvalidAnnotationSet, match=message):
        import_annotation_file(pub.lib, path, author="me")
    assert _records(pub.lib) == before
    assert dict(before[pub.ids["red"]].body)["exemptions"] == ["B6"]


@pytest.mark.parametrize(
    "body",
    [
        ["https://example.org/codes/B6"],
        [{"type": "SpecificResource", "purpose": "classifying", "source": "https://x/B6"}],
        [{"type": "TextualBody", "purpose": "classifying", "value": 6}],
        "https://example.org/codes/B6",
    ],
    ids=["link-in-list", "resource", "number-value", "link"],
)
def test_a_body_redline_cannot_read_is_not_placed_and_erases_nothing(
    pub: Published, tmp_path: Path, body: Any
) -> None:
    """Valid W3C that Redline cannot read (a link, a resource, a value not text): the
    annotation is listed as not placed; the library's of the same id keeps its fields."""
    path, data = _own_export(pub, tmp_path)
    red = _item(data, pub.ids["red"])
    red["body"] = body
    red["modified"] = f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%S.%fZ}"  # later: it would win
    path.write_text(json.dumps(data), encoding="utf-8")
    before = _records(pub.lib)
    report = import_annotation_file(pub.lib, path, author="me")
    assert not report.changed
    (said,) = [n for n in report.not_placed if pub.ids["red"] in n]
    assert "its body" in said and ("cannot read" in said or "no text value" in said), said
    assert _records(pub.lib) == before


@pytest.mark.parametrize("content", [b"", b"  \n\t ", b"\xef\xbb\xbf"])
def test_an_empty_file_is_said_to_be_empty(pub: Published, tmp_path: Path, content: bytes) -> None:
    """As `redline import` says it; it said 'not valid JSON: Expecting value: line 1 column 1'."""
    path = tmp_path / "empty.json"
    path.write_bytes(content)
    with pytest.raises(InvalidAnnotationSet, match=rf"empty.json is empty \({len(content)} bytes"):
        import_annotation_file(pub.lib, path, author="me")


def test_a_huge_value_is_shortened_where_a_refusal_quotes_it(
    pub: Published, tmp_path: Path
) -> None:
    """An author of 5 million characters was said back whole (a 5 MB line); a huge float too."""
    from app.core.exchange.redline_json import export_json

    path = tmp_path / "set.json"
    export_json(pub.lib, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["annotations"][0]["author"] = "A" * 5_000_000
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidAnnotationSet) as refused:
        import_annotation_file(pub.lib, path, author="me")
    said = str(refused.value)
    assert len(said) < 200 and '"' + "A" * 60 + '…" (5000000 characters)' in said, said
    data["annotations"][0]["author"] = "Ada"
    data["annotations"][0]["anchor"]["region"] = {"x": 1, "y": 1, "w": 1e300, "h": 1}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidAnnotationSet) as refused:
        import_annotation_file(pub.lib, path, author="me")
    assert len(str(refused.value)) < 200, str(refused.value)


def test_cli_refuses_a_malformed_w3c_file_in_one_short_line(
    pub: Published, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, data = _own_export(pub, tmp_path)
    _item(data, pub.ids["red"])["body"] = 42
    path.write_text(json.dumps(data), encoding="utf-8")
    lib = str(pub.lib.root)
    pub.lib.close()
    assert main(["--library", lib, "import-annotations", str(path), "--author", "Cy"]) != 0
    out = capsys.readouterr()
    assert "updated" not in out.out
    (line,) = out.err.strip().splitlines()
    assert pub.ids["red"] in line and "its body is a number" in line, line


def test_a_redaction_of_quoted_words_goes_into_another_library_with_the_same_text(
    pub: Published, fresh: Library, tmp_path: Path
) -> None:
    """A redaction made on words (``annotate add --quote``: its box is its words' box) was
    exported with that box as its fragment, which the import takes for "only the words' box"
    and drops: "A redaction needs a region of the scan", and the whole set was refused in a
    library holding the same scan with its text (the walk)."""
    from app.core.annotating.annotations import create_annotation
    from app.core.annotating.locate import find_text

    found = find_text(pub.lib, pub.page_ids[1], "Mexico City")
    assert found.region is not None
    made = create_annotation(
        pub.lib, pub.page_ids[1], "redaction", text=found.span, region=found.region,
        body={"exemptions": ["B6"]}, author="Ada",
    ).uuid  # fmt: skip
    path = tmp_path / "set.jsonld"
    export_w3c(pub.lib, path, base_url="https://example.org/pub", dpi=100)
    report = import_w3c(fresh, path, author="me")
    assert made in report.added and not report.not_placed
    theirs = _records(fresh)[made]
    assert theirs.text is not None and theirs.text.quote == "Mexico City"
    _assert_same(_records(pub.lib)[made], theirs, pixel=72 / 100)
    assert not import_w3c(fresh, path, author="me").changed  # and again: nothing to change
