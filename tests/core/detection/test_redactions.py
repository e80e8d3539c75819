"""Redaction boxes on page images and drawn over PDFs, linked codes, leaks, and the report."""

from __future__ import annotations

import numpy as np
import pymupdf
import pytest

from app.core.detection import redaction_boxes
from app.core.detection.redaction_boxes import EDGE_SLACK, _first_bottoms, raster_boxes, row_runs
from app.core.detection.redactions import Box, find_redactions, render_gray, to_points


def _page_image() -> np.ndarray:
    img = np.full((1100, 850), 255, dtype=np.uint8)
    img[200:260, 100:400] = 0  # solid black box
    img[500, 150:600] = 170  # a thin grey outline, as the CIA bulletins have
    img[560, 150:600] = 170
    img[500:561, 150] = 170
    img[500:561, 599] = 170
    img[800:803, 100:700] = 0  # a rule under a heading: a line, not a box
    for x in range(100, 700, 9):  # a line of "text"
        img[900:912, x : x + 5] = 0
    return img


def test_solid_and_outlined_boxes_are_found_and_lines_are_not() -> None:
    found = sorted(raster_boxes(_page_image(), dpi=150), key=lambda kb: kb[1][1])
    assert [k for k, _ in found] == ["solid", "outlined"]
    solid, outlined = (b for _, b in found)
    assert abs(solid[0] - 100) <= 2 and abs(solid[3] - 260) <= 2
    assert abs(outlined[0] - 150) <= 2 and abs(outlined[2] - 600) <= 2


def test_an_outlined_box_with_text_inside_is_a_frame_not_a_redaction() -> None:
    img = _page_image()
    img[512:550, 200:500:2] = 0  # lines of text inside a frame
    assert [k for k, _ in raster_boxes(img, dpi=150)] == ["solid"]


def _pdf_page() -> tuple[pymupdf.Document, pymupdf.Page]:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 200), "The agent met the source in Vienna on Tuesday.", fontsize=11)
    page.draw_rect(pymupdf.Rect(150, 185, 330, 205), color=(0, 0, 0), fill=(0, 0, 0))
    page.insert_text((350, 200), "(b)(1)", fontsize=10)
    page.draw_rect(pymupdf.Rect(72, 400, 300, 430), color=(0.3, 0.3, 0.3), width=0.6)
    page.insert_text((320, 420), "3.5(c)", fontsize=10)
    return doc, page


def test_drawn_box_over_text_is_leaky_and_codes_are_linked() -> None:
    doc, page = _pdf_page()
    found = find_redactions(page)
    doc.close()
    kinds = sorted((r.kind, r.exemptions) for r in found)
    assert kinds == [("outlined", ("3.5(c)",)), ("vector", ("B1",))]
    vector = next(r for r in found if r.kind == "vector")
    assert vector.leaky and any("text under the box" in str(n) for n in vector.notes)
    outlined = next(r for r in found if r.kind == "outlined")
    assert not outlined.leaky
    assert abs(outlined.box.x0 - 72) < 3 and abs(outlined.box.y1 - 430) < 3
    assert abs(vector.share - (180 * 20) / (612 * 792)) < 1e-3


def test_box_iou() -> None:
    a = Box(0, 0, 10, 10)
    assert a.iou(Box(0, 0, 10, 10)) == 1.0
    assert a.iou(Box(5, 0, 15, 10)) == 50 / 150
    assert a.iou(Box(20, 20, 30, 30)) == 0.0


def test_text_layer_under_a_burned_in_box_is_a_leak() -> None:
    img = np.full((1650, 1275), 255, dtype=np.uint8)  # 612 x 792 pt at 150 dpi
    img[400:440, 300:900] = 0
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    pix = pymupdf.Pixmap(pymupdf.csGRAY, 1275, 1650, img.tobytes(), False)
    page.insert_image(page.rect, pixmap=pix)
    page.insert_text((160, 205), "the agent met the source", fontsize=10, render_mode=3)
    (found,) = find_redactions(page)
    doc.close()
    assert found.kind == "solid" and found.leaky
    assert "words under the box" in str(found.notes[0])


@pytest.mark.parametrize("rotation", [0, 90, 270])
def test_boxes_are_in_points_of_the_unrotated_page(rotation: int) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.draw_rect(pymupdf.Rect(100, 200, 300, 240), color=(0, 0, 0), fill=(0, 0, 0))
    page.set_rotation(rotation)
    gray = render_gray(page, 150)
    ((kind, px),) = raster_boxes(gray, 150)
    box = to_points(page, px, 150)
    doc.close()
    assert kind == "solid"
    assert box.iou(Box(100, 200, 300, 240)) > 0.9


def test_white_on_black_title_is_not_a_stack_of_redactions() -> None:
    img = np.full((1100, 850), 255, dtype=np.uint8)
    img[100:220, 60:790] = 0  # the black ground of a title
    for x in range(90, 760, 70):  # white letters cut it into pieces
        img[120:200, x : x + 14] = 255
        img[150:165, x : x + 50] = 255
    img[600:640, 200:420] = 0  # one real redaction
    found = raster_boxes(img, dpi=150)
    assert [(k, b[1]) for k, b in found] == [("solid", 600)]


def test_outlined_box_on_a_skewed_scan() -> None:
    img = np.full((1100, 850), 255, dtype=np.uint8)
    x0, x1, y0, y1, drop = 150, 600, 500, 560, 7  # rules fall 7 px across the box (~0.9 degrees)
    for x in range(x0, x1 + 1):
        dy = (x - x0) * drop // (x1 - x0)
        img[y0 + dy, x] = 150
        img[y1 + dy, x] = 150
    img[y0 : y1 + 1, x0] = 150
    img[y0 + drop : y1 + drop + 1, x1] = 150
    ((kind, box),) = raster_boxes(img, dpi=150)
    assert kind == "outlined"
    assert Box(*map(float, box)).iou(Box(x0, y0, x1, y1 + drop)) > 0.8


def _scan_with_outline(words: str | None) -> list[str]:
    img = np.full((1650, 1275), 255, dtype=np.uint8)  # 612 x 792 pt at 150 dpi
    img[400, 300:900] = 120
    img[460, 300:900] = 120
    img[400:461, 300] = 120
    img[400:461, 899] = 120
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_image(
        page.rect, pixmap=pymupdf.Pixmap(pymupdf.csGRAY, 1275, 1650, img.tobytes(), False)
    )
    if words:
        page.insert_text((160, 210), words, fontsize=10, render_mode=3)
    kinds = [r.kind for r in find_redactions(page)]
    doc.close()
    return kinds


def test_an_outline_around_readable_words_is_a_frame() -> None:
    assert _scan_with_outline(None) == ["outlined"]
    assert _scan_with_outline("AGENT REPORT form") == []


def test_a_form_row_divided_into_cells_is_not_a_box() -> None:
    img = np.full((1100, 850), 255, dtype=np.uint8)
    img[300, 100:700] = 120
    img[360, 100:700] = 120
    for x in (100, 400, 699):  # outer sides and a divider
        img[300:361, x] = 120
    assert raster_boxes(img, dpi=150) == []


def _runs_one_by_one(mask: np.ndarray, least: int) -> list[tuple[int, int, int]]:
    out = []
    for y, row in enumerate(mask.tolist()):
        x = 0
        while x < len(row):
            if row[x]:
                end = x
                while end < len(row) and row[end]:
                    end += 1
                if end - x >= least:
                    out.append((y, x, end))
                x = end
            else:
                x += 1
    return out


def test_row_runs_are_each_rows_runs_never_one_across_two_rows() -> None:
    rng = np.random.default_rng(7)
    for shape in [(1, 1), (3, 5), (40, 60), (7, 1)]:
        mask = rng.random(shape) < 0.6
        mask[:, -1] = True  # a run to each row's end, where the next row's may begin
        for least in (1, 2, 4):
            rows, starts, ends = row_runs(mask, least)
            got = list(zip(rows.tolist(), starts.tolist(), ends.tolist(), strict=True))
            assert got == _runs_one_by_one(mask, least)


def _first_bottoms_one_by_one(thin: list[list[int]], min_h: int) -> list[tuple[int, int]]:
    """Each top's first band below that may close its box, pair by pair."""

    def same_span(a: list[int], b: list[int]) -> bool:
        left, right = abs(a[0] - b[0]) <= EDGE_SLACK, abs(a[1] - b[1]) <= EDGE_SLACK
        shorter = min(a[1] - a[0], b[1] - b[0])
        longer = max(a[1] - a[0], b[1] - b[0])
        return (left and right) or ((left or right) and shorter >= 0.25 * longer)

    out = []
    for i, top in enumerate(thin):
        for j in range(i + 1, len(thin)):
            if thin[j][2] - top[3] >= min_h and same_span(top, thin[j]):
                out.append((i, j))
                break
    return out


@pytest.mark.parametrize("block", [(512, 2048), (7, 5)])  # (as shipped, and small: many windows)
def test_each_thin_band_is_paired_with_the_first_that_may_close_its_box(
    block: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(redaction_boxes, "_PAIR_BLOCK", block[0])
    monkeypatch.setattr(redaction_boxes, "_PAIR_WINDOW", block[1])
    rng = np.random.default_rng(3)
    for n in (0, 1, 2, 30, 700):  # 700: more tops than one block compares at once
        thin = []
        for _ in range(n):
            x0 = int(rng.choice([50, 52, 300, int(rng.integers(0, 800))]))
            x1 = x0 + int(rng.choice([5, 200, 203, int(rng.integers(1, 600))]))
            y0 = int(rng.integers(0, 2000))
            thin.append([x0, x1, y0, y0 + int(rng.integers(1, 4))])
        thin.sort(key=lambda b: b[2])
        assert list(_first_bottoms(thin, 20)) == _first_bottoms_one_by_one(thin, 20)
