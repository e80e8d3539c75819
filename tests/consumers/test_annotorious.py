"""Annotorious 3 on a page image of the exported bulletin: it loads the page's annotations
without an error or a discarded one, each on its box; an annotation a person draws there and
comments through its API, saved as W3C, imports back into Redline on the right page and region."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.core.annotating.annotation_listing import list_annotations
from app.core.documents.render import PageGeometry
from app.core.exchange.w3c_import import import_annotation_file
from app.core.library import Library
from tests.consumers.helpers import Bulletin, collect_failures, expected_box, screenshot_path

DRAG = ((250, 420), (780, 530))  # where the person drags, in the image's pixels
API_BOX = (100, 1380, 300, 90)  # x, y, w, h of the one made through the API


def _open(page: Any, url: str, bulletin: Bulletin, index: int) -> list[str]:
    """Annotorious on page ``index`` (its canvas id as the W3C source); failures collected."""
    failures = collect_failures(page, console=True)
    image = f"{url}{bulletin.doc}/150dpi/page-{index + 1:04d}.jpg"
    canvas = f"{bulletin.doc}/150dpi/canvas/{index + 1}"
    page.goto(f"{url}annotorious.html?image={image}&source={canvas}")
    page.wait_for_function("window.ready === true")
    return failures


def test_annotorious_loads_a_page_of_annotations(
    browser: Any, serve: Any, bulletin: Bulletin
) -> None:
    url = serve(bulletin.folder)
    canvas, items = next(iter(bulletin.annotation_pages().items()))
    page = browser.new_page(viewport={"width": 1300, "height": 1700})
    failures = _open(page, url, bulletin, 0)
    loaded = page.evaluate(
        """async (u) => {
             const p = await (await fetch(u)).json();
             window.anno.setAnnotations(p.items, true);
             return window.anno.getAnnotations().map(a => ({
               id: a.id, source: a.target.source, selector: a.target.selector.value }));
           }""",
        f"{url}{bulletin.doc}/150dpi/annotations-0001.json",
    )
    assert len(loaded) == len(items) > 10  # none discarded as invalid
    got = {a["id"]: a for a in loaded}
    for item in items:
        _, box = expected_box(item["target"])
        assert got[item["id"]]["source"] == canvas
        assert got[item["id"]]["selector"] == "xywh=pixel:{},{},{},{}".format(*box)
    assert not failures, failures


def test_a_drawn_and_commented_annotation_comes_back_to_redline(
    browser: Any, serve: Any, bulletin: Bulletin, tmp_path: Path
) -> None:
    url = serve(bulletin.folder)
    page = browser.new_page(viewport={"width": 1300, "height": 1700})
    failures = _open(page, url, bulletin, 1)
    origin = page.locator("#page").bounding_box()
    (x0, y0), (x1, y1) = DRAG
    page.mouse.move(origin["x"] + x0, origin["y"] + y0)
    page.mouse.down()
    page.mouse.move(origin["x"] + x1, origin["y"] + y1, steps=10)
    page.mouse.up()
    page.wait_for_function("window.anno.getAnnotations().length === 1")
    saved = page.evaluate(
        """(source) => {
             const [a] = window.anno.getAnnotations();
             window.anno.updateAnnotation({ ...a, body: [
               { type: 'TextualBody', purpose: 'commenting', value: 'Who signed this?' },
               { type: 'TextualBody', purpose: 'tagging', value: 'signatures' } ] });
             window.anno.addAnnotation({  // and one made through the API alone
               '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation',
               id: 'c0ffee00-0000-4000-8000-000000000017',
               body: [{ type: 'TextualBody', purpose: 'commenting', value: 'A second hand' }],
               target: { source, selector: { type: 'FragmentSelector',
                 conformsTo: 'http://www.w3.org/TR/media-frags/', value: API_BOX } } });
             return window.anno.getAnnotations();
           }""".replace("API_BOX", repr("xywh=pixel:{},{},{},{}".format(*API_BOX))),
        f"{bulletin.doc}/150dpi/canvas/2",
    )
    page.screenshot(path=str(screenshot_path("iiif-annotorious.png", tmp_path)))
    assert not failures, failures
    path = tmp_path / "from-annotorious.jsonld"
    path.write_text(json.dumps(saved), encoding="utf-8")
    with Library.open(bulletin.lib_root) as lib:
        report = import_annotation_file(lib, path, author="Bea")
        assert len(report.added) == 3 and not report.not_placed  # 2 notes, 1 tag
        made = {a.uuid: a for a in list_annotations(lib) if a.uuid in report.added}
    api = made.pop("c0ffee00-0000-4000-8000-000000000017")
    note = next(a for a in made.values() if a.kind == "note")
    tag = next(a for a in made.values() if a.kind == "tag")
    assert note.body == {"text": "Who signed this?"} and note.author == "Bea"
    assert note.page_id == tag.page_id and note.region == tag.region
    with Library.open(bulletin.lib_root) as lib, lib.reading() as s:
        index, width, height, rotation = (
            s.connection()
            .exec_driver_sql(
                "SELECT page_index, width, height, rotation FROM pages WHERE id = ?",
                (note.page_id,),
            )
            .one()
        )
    assert index == 1  # the page it was drawn on
    geometry = PageGeometry(width, height, rotation)
    expected = geometry.from_image((x0, y0, x1 - x0, y1 - y0), 150)
    for made_note, box in ((note, expected), (api, geometry.from_image(API_BOX, 150))):
        region = made_note.region
        assert region is not None and made_note.page_id == note.page_id
        got = (region.x, region.y, region.x + region.w, region.y + region.h)
        assert all(abs(a - b) <= 72 / 150 for a, b in zip(got, box, strict=True)), got
    assert api.body == {"text": "A second hand"}
