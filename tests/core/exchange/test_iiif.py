"""IIIF Presentation 3 export: the folder, the manifest and canvases in the page image's pixels,
one target per annotation in those pixels, what is published and what is burned in, and a folder
that appears whole or not at all. (Mirador and Annotorious open it in tests/consumers.)"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from app.core.documents.ingest import import_file
from app.core.documents.metadata import set_document_metadata
from app.core.documents.render import PageGeometry
from app.core.exchange.canvas import parse_page_ref
from app.core.exchange.common import ExportCancelled, ExportError, ExportScope
from app.core.exchange.iiif import IiifOptions, export_iiif
from app.core.exchange.page_images import Label, placed
from app.core.exchange.redacted import MASK
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr.tesseract import run_tesseract, tesseract_path
from tests.builders import make_text_pdf
from tests.core.exchange.published_helpers import (
    PUBLISHED_BY_DEFAULT,
    REVIEWER,
    Published,
    publication_pdf,
    published_library,
)

CONTEXT = "http://iiif.io/api/presentation/3/context.json"
XYWH = re.compile(r"#xywh=(\d+),(\d+),(\d+),(\d+)$")


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _annotations(folder: Path, doc: str) -> dict[str, dict[str, Any]]:
    """Every annotation of the export by its Redline uuid, with the page file it is in."""
    out = {}
    for path in sorted((folder / doc / "150dpi").glob("annotations-*.json")):
        page = _json(path)
        assert page["type"] == "AnnotationPage" and page["@context"] == CONTEXT
        for item in page["items"]:
            out[item["id"].rsplit("/", 1)[-1]] = {**item, "_file": path.name}
    return out


def _fragment(target: Any) -> tuple[str, tuple[int, ...]]:
    """(canvas id, x y w h) of a target, string or SpecificResource."""
    if isinstance(target, str):
        found = XYWH.search(target)
        assert found, target
        return target.split("#")[0], tuple(int(v) for v in found.groups())
    first = target["selector"][0]
    assert first["type"] == "FragmentSelector"
    assert first["conformsTo"] == "http://www.w3.org/TR/media-frags/"
    found = re.fullmatch(r"xywh=(\d+),(\d+),(\d+),(\d+)", first["value"])
    assert found, first["value"]
    return target["source"]["id"], tuple(int(v) for v in found.groups())


def test_folder_manifest_and_canvases(pub: Published, tmp_path: Path) -> None:
    out = tmp_path / "site"
    summary = export_iiif(pub.lib, out)
    assert (summary.documents, summary.pages, summary.annotations) == (1, 2, 7)
    assert "Access-Control-Allow-Origin" in (out / ".htaccess").read_text()  # CORS on Apache
    collection = _json(out / "collection.json")
    assert collection["type"] == "Collection" and collection["@context"] == CONTEXT
    assert [m["id"] for m in collection["items"]] == [f"{pub.doc_uuid}/manifest.json"]
    manifest = _json(out / pub.doc_uuid / "manifest.json")
    assert manifest["type"] == "Manifest" and manifest["@context"] == CONTEXT
    assert manifest["id"] == f"{pub.doc_uuid}/manifest.json"
    assert manifest["label"] == {"none": ["memo-0"]}
    assert {"label": {"en": ["Source file"]}, "value": {"none": ["memo-0.pdf"]}} in manifest[
        "metadata"
    ]
    assert len(manifest["items"]) == 2
    for index, canvas in enumerate(manifest["items"]):
        size = PageGeometry(612, 792).image_size(150)
        assert canvas["type"] == "Canvas" and (canvas["width"], canvas["height"]) == size
        assert canvas["id"] == f"{pub.doc_uuid}/150dpi/canvas/{index + 1}"
        painting = canvas["items"][0]["items"][0]
        assert painting["motivation"] == "painting" and painting["target"] == canvas["id"]
        image = painting["body"]
        assert image["type"] == "Image" and image["format"] == "image/jpeg"
        with Image.open(out / image["id"]) as img:
            assert img.size == size == (image["width"], image["height"])
        pages = [p["id"] for p in canvas["annotations"]]
        assert pages == [
            f"{pub.doc_uuid}/150dpi/annotations-{index + 1:04d}.json",
            f"{pub.doc_uuid}/150dpi/lines-{index + 1:04d}.json",
        ]
        assert all((out / p).is_file() for p in pages)
        assert canvas["rendering"][0]["id"] == f"{pub.doc_uuid}/text/page-{index + 1:04d}.txt"


def test_each_annotation_has_one_target_in_canvas_pixels(pub: Published, tmp_path: Path) -> None:
    out = tmp_path / "site"
    export_iiif(pub.lib, out)
    items = _annotations(out, pub.doc_uuid)
    assert {name for name, u in pub.ids.items() if u in items} == set(PUBLISHED_BY_DEFAULT)
    page_of = {name: 0 for name in ("corr", "region_tag", "note", "mark")}
    page_of.update({"tag": 1, "page_note": 1, "red": 1})
    geometry = PageGeometry(612, 792)
    for name, index in page_of.items():
        item = items[pub.ids[name]]
        assert item["_file"] == f"annotations-{index + 1:04d}.json"
        assert not isinstance(item["target"], list)  # one target, not a list
        canvas, box = _fragment(item["target"])
        assert canvas == f"{pub.doc_uuid}/150dpi/canvas/{index + 1}"
        ref = parse_page_ref(canvas)
        assert ref is not None and (ref.document, ref.index, ref.dpi) == (pub.doc_uuid, index, 150)
        if name == "region_tag":
            assert box == geometry.to_image((300, 500, 420, 560), 150) == (625, 1042, 250, 125)
        if name == "page_note":
            assert box == (0, 0, *geometry.image_size(150))  # anchored nowhere: the page
    # A text anchor targets its words' box, with its quote and offsets on the page text after.
    corr = items[pub.ids["corr"]]["target"]
    _, box = _fragment(corr)
    assert 0 < box[2] < 200 and 0 < box[3] < 40
    quote, position = corr["selector"][1:]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "Havana"
    text = (out / corr["source"]["rendering"][0]["id"]).read_text(encoding="utf-8")
    assert text[position["start"] : position["end"]] == "Havana"


def test_bodies_motivations_creators_and_verdicts(pub: Published, tmp_path: Path) -> None:
    out = tmp_path / "site"
    export_iiif(pub.lib, out)
    items = _annotations(out, pub.doc_uuid)

    def values(name: str) -> list[tuple[str, str]]:
        return [(b["purpose"], b["value"]) for b in items[pub.ids[name]]["body"]]

    assert values("corr") == [("editing", "HAVANA")]
    assert items[pub.ids["corr"]]["motivation"] == ["editing", "commenting"]
    assert values("tag") == [("tagging", "people")]
    assert items[pub.ids["tag"]]["motivation"] == "tagging"
    assert values("note") == [("commenting", "Who is this?")]
    assert values("red") == [("classifying", "B6")]  # the reviewer's note is not published
    mark = items[pub.ids["mark"]]
    assert mark["motivation"] == ["classifying", "commenting"]
    assert mark["creator"] == {"type": "Software", "name": "classification.banner"}
    verdict = mark["body"][-1]
    assert verdict["purpose"] == "assessing" and verdict["value"] == f"accepted by {REVIEWER}"
    assert verdict["creator"] == {"type": "Person", "name": REVIEWER}
    assert items[pub.ids["note"]]["creator"] == {"type": "Person", "name": "Ada"}


def test_proposals_only_when_asked_and_marked_in_the_body(pub: Published, tmp_path: Path) -> None:
    out = tmp_path / "site"
    export_iiif(pub.lib, out, options=IiifOptions(include_proposals=True))
    items = _annotations(out, pub.doc_uuid)
    status = {
        name: [b["value"] for b in items[u]["body"] if b["purpose"] == "assessing"]
        for name, u in pub.ids.items()
        if u in items
    }
    assert status["rejected"] == [f"rejected by {REVIEWER}"]
    assert status["proposed"] == ["proposed"]
    assert status["corr"] == []  # a person's own annotation: no verdict
    proposed = [b["value"] for b in items[pub.ids["proposed"]]["body"]]
    assert proposed == ["B1", "proposed note", "proposed"]  # not burned in: its note is shown


def test_accepted_redactions_are_burned_in_everywhere(pub: Published, tmp_path: Path) -> None:
    out = tmp_path / "site"
    summary = export_iiif(pub.lib, out)
    assert summary.left_out == 1  # the note over the redaction
    items = _annotations(out, pub.doc_uuid)
    assert pub.ids["over"] not in items
    _, (x, y, w, h) = _fragment(items[pub.ids["red"]]["target"])
    with Image.open(out / pub.doc_uuid / "150dpi" / "page-0002.jpg") as img:
        pixels = np.asarray(img.convert("L")).copy()
    place = placed(Label((x, y, w, h), "(b)(6)"), 150)
    assert place is not None
    lx, ly, lw, lh = place.letters
    pixels[ly - 2 : ly + lh + 2, lx - 2 : lx + lw + 2] = 0  # (its exemption code, printed)
    assert pixels[y + 3 : y + h - 3, x + 3 : x + w - 3].max() < 40  # black inside the box
    assert pixels[y - 8 : y - 4, x : x + w].min() > 200  # white paper just above it
    text = (out / pub.doc_uuid / "text" / "page-0002.txt").read_text(encoding="utf-8")
    assert "Mexico" not in text and "City" not in text
    assert f"to {MASK * 6} {MASK * 4} station" in text  # the offsets still hold
    lines = _json(out / pub.doc_uuid / "150dpi" / "lines-0002.json")["items"]
    assert all("Mexico" not in line["body"]["value"] for line in lines)
    assert any(MASK * 6 in line["body"]["value"] for line in lines)
    for path in out.rglob("*"):
        if path.suffix in (".json", ".txt"):
            assert "Mexico" not in path.read_text(encoding="utf-8"), path


def _box_pixels(out: Path, pub: Published, name: str) -> tuple[np.ndarray, tuple[int, ...]]:
    _, (x, y, w, h) = _fragment(_annotations(out, pub.doc_uuid)[pub.ids[name]]["target"])
    with Image.open(out / pub.doc_uuid / "150dpi" / "page-0002.jpg") as img:
        return np.asarray(img.convert("L"))[y : y + h, x : x + w], (x, y, w, h)


def test_exemption_codes_are_printed_in_the_burned_box_as_in_the_pdf(
    pub: Published, tmp_path: Path
) -> None:
    """The accepted redaction's B6 is printed white in its black box, "(b)(6)" as agencies print
    it, placed as the publication PDF places it; Tesseract reads it there. Not with
    ``print_codes`` off: the box is black."""
    export_iiif(pub.lib, tmp_path / "site")
    inside, box = _box_pixels(tmp_path / "site", pub, "red")
    place = placed(Label((box[0], box[1], box[2], box[3]), "(b)(6)"), 150)
    assert place is not None
    lx, ly, lw, lh = place.letters
    ys, xs = np.nonzero(inside > 128)
    assert len(xs) > 20  # the letters
    assert xs.min() + box[0] >= lx - 1 and xs.max() + box[0] <= lx + lw
    assert ys.min() + box[1] >= ly - 1 and ys.max() + box[1] <= ly + lh
    crop = Image.fromarray(inside).resize((inside.shape[1] * 4, inside.shape[0] * 4))
    crop.save(tmp_path / "box.png")
    exe = tesseract_path()
    assert exe is not None, "tesseract is needed (make test installs it)"
    read = run_tesseract(tmp_path / "box.png", "eng", 7, 60.0, lambda: False, exe)
    assert "(b)(6)" in "".join(line.split("\t")[-1] for line in read.splitlines()[1:])

    export_iiif(pub.lib, tmp_path / "plain", options=IiifOptions(print_codes=False))
    inside, _ = _box_pixels(tmp_path / "plain", pub, "red")
    assert inside[3:-3, 3:-3].max() < 40


def test_base_url_gives_absolute_ids(pub: Published, tmp_path: Path) -> None:
    out = tmp_path / "site"
    base = "https://example.org/releases/memo"
    export_iiif(pub.lib, out, options=IiifOptions(base_url=base, dpi=100))
    manifest = _json(out / pub.doc_uuid / "manifest.json")
    assert manifest["id"] == f"{base}/{pub.doc_uuid}/manifest.json"
    canvas = manifest["items"][0]
    assert canvas["id"] == f"{base}/{pub.doc_uuid}/100dpi/canvas/1"
    assert (canvas["width"], canvas["height"]) == PageGeometry(612, 792).image_size(100)
    ids = re.findall(r'"id":"([^"]+)"', (out / pub.doc_uuid / "manifest.json").read_text())
    assert ids and all(i.startswith(base + "/") for i in ids)
    assert (out / pub.doc_uuid / "100dpi" / "page-0001.jpg").is_file()


def test_rotated_pages_use_the_displayed_orientation(tmp_path: Path) -> None:
    pub = published_library(tmp_path / "lib", publication_pdf(tmp_path, rotation=90))
    try:
        out = tmp_path / "site"
        export_iiif(pub.lib, out)
        canvas = _json(out / pub.doc_uuid / "manifest.json")["items"][0]
        geometry = PageGeometry(612, 792, 90)
        assert (canvas["width"], canvas["height"]) == geometry.image_size(150) == (1650, 1275)
        with Image.open(out / pub.doc_uuid / "150dpi" / "page-0001.jpg") as img:
            assert img.size == (1650, 1275)
        tag = _annotations(out, pub.doc_uuid)[pub.ids["region_tag"]]
        assert _fragment(tag["target"])[1] == geometry.to_image((300, 500, 420, 560), 150)
    finally:
        pub.lib.close()


def test_progress_counts_pages_and_cancel_leaves_nothing(pub: Published, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_iiif(pub.lib, tmp_path / "a", on_progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (2, 2) and (1, 2) in seen
    with pytest.raises(ExportCancelled):
        export_iiif(pub.lib, tmp_path / "b", on_progress=lambda d, t: None, cancel=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]  # no b, no temporary folder


def test_a_failed_export_leaves_the_previous_one(pub: Published, tmp_path: Path) -> None:
    out = tmp_path / "site"
    export_iiif(pub.lib, out)
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    source = next(p for p in (pub.lib.root / "sources").rglob("*") if p.is_file())
    source.rename(source.with_suffix(".moved"))
    try:
        with pytest.raises(ExportError, match="missing"):
            export_iiif(pub.lib, out, options=IiifOptions(dpi=72))
    finally:
        source.with_suffix(".moved").rename(source)
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_folder_of_other_files_is_refused(pub: Published, tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep me")
    with pytest.raises(ExportError, match="holds other files"):
        export_iiif(pub.lib, tmp_path)
    assert (tmp_path / "mine.txt").read_text() == "keep me"
    with pytest.raises(ExportError, match="resolution"):
        export_iiif(pub.lib, tmp_path / "x", options=IiifOptions(dpi=5000))
    with pytest.raises(ExportError, match="no document"):
        export_iiif(pub.lib, tmp_path / "y", ExportScope(tag=pub.tags["people"], status="rejected"))


def test_metadata_and_rights_of_the_manifest(tmp_path: Path) -> None:
    pub = published_library(tmp_path / "lib", publication_pdf(tmp_path))
    try:
        cc0 = "http://creativecommons.org/publicdomain/zero/1.0/"
        values = {"case_number": "F-2017-13804", "memo_subject": "<b>Plan</b>", "rights": cc0}
        set_document_metadata(pub.lib, DocumentId(pub.doc_id), values, author="Ada")
        export_iiif(pub.lib, tmp_path / "a")
        manifest = _json(tmp_path / "a" / pub.doc_uuid / "manifest.json")
        assert manifest["rights"] == cc0
        shown = {m["label"]["en"][0]: m["value"]["none"][0] for m in manifest["metadata"]}
        assert shown["Case number"] == "F-2017-13804"
        assert shown["Subject"] == "<span>&lt;b&gt;Plan&lt;/b&gt;</span>"  # shown, never run
        set_document_metadata(pub.lib, DocumentId(pub.doc_id), {"rights": "all mine"}, author="A")
        export_iiif(pub.lib, tmp_path / "b")
        assert "rights" not in _json(tmp_path / "b" / pub.doc_uuid / "manifest.json")
    finally:
        pub.lib.close()


def test_a_page_too_large_for_an_image_is_refused(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as lib:
        poster = make_text_pdf(tmp_path / "poster.pdf", ["A poster"], size=(5000, 5000))
        assert import_file(lib, poster).ok
        with pytest.raises(ExportError, match="10417 x 10417 pixels at 150 dpi; choose a lower"):
            export_iiif(lib, tmp_path / "site")
        assert export_iiif(lib, tmp_path / "site", options=IiifOptions(dpi=72)).pages == 1
