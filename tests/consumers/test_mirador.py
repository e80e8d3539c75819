"""Mirador 4 opens the IIIF export of the real CIA bulletin: every exported annotation is listed
on its canvas with its box, as Mirador itself reads them (its redux state and selectors) and
shows them (the annotation panel), the OCR lines are loaded, and the page images are served."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.exchange.iiif import IiifOptions, export_iiif
from app.core.library import Library
from tests.consumers.helpers import Bulletin, collect_failures, expected_box, screenshot_path

WINDOW = "w1"  # the window id mirador.html gives its one window


def _open(page: Any, url: str, manifest: str) -> list[str]:
    """Open Mirador on ``manifest``; return the list that collects failures as they happen."""
    failures = collect_failures(page)
    page.goto(f"{url}mirador.html?manifest={manifest}")
    page.wait_for_function(
        """(m) => { const s = window.mirador.store.getState().manifests[m];
                    return s && s.json && !s.isFetching; }""",
        arg=manifest,
    )
    return failures


def _show_canvas(page: Any, canvas: str, pages: int) -> None:
    """Go to ``canvas`` and wait until Mirador has its ``pages`` annotation pages."""
    page.evaluate(
        "([w, c]) => window.mirador.store.dispatch(Mirador.setCanvas(w, c))", [WINDOW, canvas]
    )
    page.wait_for_function(
        """([c, n]) => { const a = window.mirador.store.getState().annotations[c] || {};
                         const got = Object.values(a);
                         return got.length === n && got.every(p => p.json && !p.isFetching); }""",
        arg=[canvas, pages],
    )


def _mirador_reads(page: Any, canvas: str) -> dict[str, dict[str, Any]]:
    """The annotations Mirador shows on ``canvas`` (its default motivations), as it parses them."""
    found: list[dict[str, Any]] = page.evaluate(
        """([w, c]) => Mirador.getAnnotationResourcesByMotivationForCanvas(
               window.mirador.store.getState(), { canvasId: c, windowId: w })
             .map(r => ({ id: r.id, target: r.targetId, box: r.fragmentSelector,
                          text: r.chars, tags: r.tags }))""",
        [WINDOW, canvas],
    )
    return {a["id"]: a for a in found}


def test_mirador_lists_every_annotation_on_its_canvas_with_its_box(
    browser: Any, serve: Any, bulletin: Bulletin, tmp_path: Path
) -> None:
    url = serve(bulletin.folder)
    manifest = f"{url}{bulletin.doc}/manifest.json"
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    failures = _open(page, url, manifest)
    exported = bulletin.annotation_pages()
    assert sum(len(items) for items in exported.values()) > 30  # proposals, note, tag
    canvases = page.evaluate(
        "(w) => Mirador.getCanvases(window.mirador.store.getState(), { windowId: w })"
        ".map(c => c.id)",
        WINDOW,
    )
    assert canvases == list(exported)  # four canvases, in order
    for canvas, items in exported.items():
        ref_pages = 2 if items else 1  # annotations and OCR lines, or the lines only
        _show_canvas(page, canvas, ref_pages)
        shown = _mirador_reads(page, canvas)
        assert set(shown) == {a["id"] for a in items}, canvas
        for item in items:
            target_canvas, box = expected_box(item["target"])
            assert target_canvas == canvas
            assert shown[item["id"]]["target"] == canvas
            assert shown[item["id"]]["box"] == box, item["id"]
        lines = page.evaluate(
            """(c) => Object.entries(window.mirador.store.getState().annotations[c])
                 .filter(([id]) => id.includes('lines-'))
                 .map(([, p]) => p.json.items.length)""",
            canvas,
        )
        assert lines and lines[0] > 0  # the page's OCR lines are there to show and search
        listed = page.locator('aside[aria-label="Annotations"] li[annotationid]')
        if items:
            listed.nth(len(items) - 1).wait_for()
        assert sorted(
            listed.evaluate_all("els => els.map(e => e.getAttribute('annotationid'))")
        ) == sorted(a["id"] for a in items)
    assert not failures, failures


def test_the_note_and_the_tag_read_as_written_and_a_screenshot(
    browser: Any, serve: Any, bulletin: Bulletin, tmp_path: Path
) -> None:
    url = serve(bulletin.folder)
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    failures = _open(page, url, f"{url}{bulletin.doc}/manifest.json")
    first = next(iter(bulletin.annotation_pages()))
    _show_canvas(page, first, 2)
    shown = _mirador_reads(page, first)
    note = next(a for i, a in shown.items() if i.endswith(bulletin.note))
    tag = next(a for i, a in shown.items() if i.endswith(bulletin.region_tag))
    assert note["text"] == "The bulletin's masthead; cf. the 1951 series."
    assert tag["tags"] == ["agency"]
    marks = [a["text"] for a in shown.values() if (a["text"] or "").startswith("classification")]
    assert marks and all(m.endswith("accepted by Rita") for m in marks)
    # The person picks the note in the annotation panel: Mirador outlines it on the scan.
    page.locator(f'li[annotationid$="{bulletin.note}"]').click()
    page.wait_for_function(
        "(w) => (window.mirador.store.getState().windows[w].selectedAnnotationId || '').length > 0",
        arg=WINDOW,
    )
    page.wait_for_timeout(1500)  # the deep-zoom image fades in; only the picture waits on it
    page.screenshot(path=str(screenshot_path("iiif-mirador.png", tmp_path)))
    assert not failures, failures


def test_with_a_base_url_the_folder_opens_from_another_place(
    browser: Any, serve: Any, bulletin: Bulletin, tmp_path: Path
) -> None:
    """The published case: the folder lies somewhere under the server (here /pub/) and the
    viewer page elsewhere, so only absolute ids (--base-url) can name the files."""
    url = serve(tmp_path)
    with Library.open(bulletin.lib_root) as lib:
        export_iiif(lib, tmp_path / "pub", options=IiifOptions(base_url=f"{url}pub/"))
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    failures = _open(page, url, f"{url}pub/{bulletin.doc}/manifest.json")
    canvas = f"{url}pub/{bulletin.doc}/150dpi/canvas/1"
    _show_canvas(page, canvas, 2)
    shown = _mirador_reads(page, canvas)
    assert any(i.endswith(bulletin.note) for i in shown) and len(shown) > 10
    assert all(a["target"] == canvas for a in shown.values())
    image = page.evaluate(
        "(u) => fetch(u).then(r => r.status)", f"{url}pub/{bulletin.doc}/150dpi/page-0001.jpg"
    )
    assert image == 200 and not failures, failures
