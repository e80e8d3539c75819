"""A redaction of a phrase over two lines of a real scan, as Mirador 4 and Annotorious 3 show it:
one box per printed line (the export's SvgSelector), not the box around the phrase that also
outlined the unredacted words beside it on both lines.

The library is made through the command line, as a person would: cia-cib-02003053 imported, on
page 4 the quote "notes that the USSH is employing" (from the middle of one line to the middle
of the next) redacted with code b1, then published as a IIIF folder."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from tests.builders import SHARED_SCANS
from tests.consumers.helpers import collect_failures, expected_box, screenshot_path

QUOTE = "notes that the USSH is employing"
PAGE = 4
WINDOW = "w1"  # the window id mirador.html gives its one window
_PATH = re.compile(r'<path d="M (\d+),(\d+) L (\d+),\2 L \3,(\d+) L \1,\4 Z"/>')


@dataclass
class Redacted:
    folder: Path
    doc: str
    redaction: dict[str, Any]  # as exported

    @property
    def canvas(self) -> str:
        return f"{self.doc}/150dpi/canvas/{PAGE}"

    def rects(self) -> list[tuple[int, int, int, int]]:
        """x0, y0, x1, y1 of each line's rectangle in the exported SvgSelector."""
        svg = self.redaction["target"]["selector"][0]
        assert svg["type"] == "SvgSelector"
        return [tuple(int(v) for v in m) for m in _PATH.findall(svg["value"])]  # type: ignore[misc]


def _cli(*argv: str) -> str:
    code = main(list(argv))
    assert code == 0, argv
    return ""


@pytest.fixture(scope="module")
def redacted(tmp_path_factory: pytest.TempPathFactory) -> Redacted:
    scan = SHARED_SCANS / "cia-cib-02003053.pdf"
    if not scan.is_file():
        pytest.skip(f"real scans not found at {SHARED_SCANS}")
    root = tmp_path_factory.mktemp("redacted")
    lib = ("--library", str(root / "lib"))
    _cli(*lib, "import", str(scan))
    _cli(*lib, "annotate", "add", "1", "--page", str(PAGE),
         "--kind", "redaction", "--quote", QUOTE, "--codes", "b1", "--author", "Ada")  # fmt: skip
    _cli(*lib, "export", "--format", "iiif", "-o", str(root / "site"))
    doc = next(p.name for p in (root / "site").iterdir() if p.is_dir())
    page = root / "site" / doc / "150dpi" / f"annotations-{PAGE:04d}.json"
    [item] = [i for i in json.loads(page.read_text("utf-8"))["items"]
              if i["body"][0]["value"] == "B1"]  # fmt: skip
    return Redacted(root / "site", doc, item)


def test_the_export_gives_a_box_per_line_inside_the_phrases_box(redacted: Redacted) -> None:
    rects = redacted.rects()
    assert len(rects) == 2
    _, (x, y, w, h) = expected_box(redacted.redaction["target"])
    (a0, a1, a2, a3), (b0, b1, b2, b3) = rects
    assert a3 <= b1 + 4 and a0 > b0  # two lines: the first starts mid-line, right of the second
    assert min(a0, b0) == x and min(a1, b1) == y and max(a2, b2) == x + w and max(a3, b3) == y + h


def test_mirador_draws_a_box_per_line(
    browser: Any, serve: Any, redacted: Redacted, tmp_path: Path
) -> None:
    url = serve(redacted.folder)
    manifest = f"{url}{redacted.doc}/manifest.json"
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    failures = collect_failures(page)
    page.goto(f"{url}mirador.html?manifest={manifest}&canvas={PAGE - 1}")
    page.wait_for_function(
        """([m, w, c]) => { const s = window.mirador.store.getState();
             const a = s.manifests[m] && s.annotations[c];
             return a && Object.values(a).length === 2
                    && Object.values(a).every(p => p.json && !p.isFetching); }""",
        arg=[manifest, WINDOW, redacted.canvas],
    )
    shown = page.evaluate(
        """([w, c]) => Mirador.getAnnotationResourcesByMotivationForCanvas(
               window.mirador.store.getState(), { canvasId: c, windowId: w })
             .map(r => ({ id: r.id, svg: r.svgSelector ? r.svgSelector.value : null,
                          box: r.fragmentSelector, text: r.chars }))""",
        [WINDOW, redacted.canvas],
    )
    [mine] = [a for a in shown if a["id"] == redacted.redaction["id"]]
    assert mine["text"] == "B1"
    assert [tuple(int(v) for v in m) for m in _PATH.findall(mine["svg"])] == redacted.rects()
    # What Mirador draws: one path a line (its CanvasAnnotationDisplay strokes each <path>).
    paths = page.evaluate(
        "(svg) => new DOMParser().parseFromString(svg, 'text/xml')"
        ".getElementsByTagName('path').length",
        mine["svg"],
    )
    assert paths == 2
    # The person picks the redaction in the annotation panel; Mirador outlines it on the scan.
    page.locator(f'li[annotationid="{redacted.redaction["id"]}"]').click()
    page.wait_for_function(
        "([w, id]) => window.mirador.store.getState().windows[w].selectedAnnotationId === id",
        arg=[WINDOW, redacted.redaction["id"]],
    )
    _, (x, y, w, h) = expected_box(redacted.redaction["target"])
    page.evaluate(
        "([w, x, y]) => window.mirador.store.dispatch("
        "Mirador.updateViewport(w, { x, y, zoom: 1 / 900 }))",
        [WINDOW, x + w / 2 - 150, y + h / 2],  # (the panel covers the left of the view)
    )
    page.wait_for_timeout(2000)  # the deep-zoom image fades in; only the picture waits on it
    page.screenshot(path=str(screenshot_path("iiif-mirador-multiline.png", tmp_path)))
    assert not failures, failures


def test_annotorious_reads_a_box_per_line(
    browser: Any, serve: Any, redacted: Redacted, tmp_path: Path
) -> None:
    url = serve(redacted.folder)
    page = browser.new_page(viewport={"width": 1300, "height": 1700})
    failures = collect_failures(page, console=True)
    image = f"{url}{redacted.doc}/150dpi/page-{PAGE:04d}.jpg"
    page.goto(f"{url}annotorious.html?image={image}&source={redacted.canvas}")
    page.wait_for_function("window.ready === true")
    loaded = page.evaluate(
        """(item) => { window.anno.setAnnotations([item], true);
             // (drawn in red for the screenshot: the default grey barely shows on black)
             window.anno.setStyle({ stroke: '#e00000', strokeWidth: 3, fill: '#e00000',
                                    fillOpacity: 0.25 });
             return window.anno.getAnnotations().map(a => a.target.selector); }""",
        redacted.redaction,
    )
    [selector] = loaded  # not discarded
    # Annotorious read the two rectangles as one shape of two polygons (it writes it back so).
    assert selector["type"] == "SvgSelector" and selector["value"].count("<path") == 2
    points = [[int(float(v)) for v in re.findall(r"[\d.]+", d)]
              for d in re.findall(r' d="([^"]+)"', selector["value"])]  # fmt: skip
    for (x0, y0, x1, y1), found in zip(redacted.rects(), points, strict=True):
        assert (min(found[0::2]), min(found[1::2]), max(found[0::2]), max(found[1::2])) == (
            x0, y0, x1, y1,
        )  # fmt: skip
    (x0, y0, x1, y1), (_, _, _, y3) = redacted.rects()
    page.screenshot(
        path=str(screenshot_path("iiif-annotorious-multiline.png", tmp_path)),
        clip={"x": 60, "y": y0 - 120, "width": 1150, "height": y3 - y0 + 240},
    )
    assert not failures, failures
