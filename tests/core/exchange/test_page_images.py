"""The page images' own check of their burned boxes, with exemption codes printed in them: the
letters may be as light as letters printed on black are, nothing else inside a box may be."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.core.exchange.page_images import (
    QUALITY,
    Label,
    PageImageError,
    check_burned,
    paint,
    placed,
    print_labels,
)
from app.core.exchange.redacted import printed_label

DPI = 150
BOX = (120, 140, 330, 70)
CODES = "(b)(1), (b)(3)"


def _scan() -> Image.Image:
    """A page of typed lines, paper and ink everywhere a box may be."""
    image = Image.new("RGB", (700, 400), (236, 234, 228))
    draw = ImageDraw.Draw(image)
    for row in range(10, 400, 18):
        draw.text((10, row), "the station chief reported from Mexico City " * 3, fill=(30, 30, 30))
    return image


def _written(
    tmp_path: Path, *, shift: int = 0, printed: bool = True, scan_in_letters: bool = False
) -> str:
    scan = _scan()
    image = scan.copy()
    paint(image, [BOX])
    x, y, w, h = BOX
    if printed:
        print_labels(image, [Label((x + shift, y, w, h), CODES)], DPI)
    if scan_in_letters:
        place = placed(Label(BOX, CODES), DPI)
        assert place is not None
        lx, ly, lw, lh = place.letters
        image.paste(scan.crop((lx, ly, lx + lw, ly + lh)), (lx, ly))
    path = tmp_path / "page.jpg"
    image.save(path, "JPEG", quality=QUALITY)
    return str(path)


def test_codes_printed_where_the_pdf_prints_them_pass(tmp_path: Path) -> None:
    check_burned(_written(tmp_path), [BOX], [Label(BOX, CODES)], DPI)


def test_codes_printed_are_light_inside_the_box(tmp_path: Path) -> None:
    """(Without the label told to the check, the box fails: the letters are there.)"""
    with pytest.raises(PageImageError, match="shows pixels inside the burned-in region"):
        check_burned(_written(tmp_path), [BOX], [], DPI)


def test_a_box_left_black_passes_where_codes_were_expected(tmp_path: Path) -> None:
    check_burned(_written(tmp_path, printed=False), [BOX], [Label(BOX, CODES)], DPI)


def test_codes_printed_elsewhere_in_the_box_fail(tmp_path: Path) -> None:
    with pytest.raises(PageImageError):
        check_burned(_written(tmp_path, shift=12), [BOX], [Label(BOX, CODES)], DPI)


def test_the_scan_showing_where_the_codes_are_printed_fails(tmp_path: Path) -> None:
    path = _written(tmp_path, printed=False, scan_in_letters=True)
    with pytest.raises(PageImageError):
        check_burned(path, [BOX], [Label(BOX, CODES)], DPI)


def test_a_label_too_big_for_its_box_is_not_printed() -> None:
    small = (10, 10, 20, 6)
    assert placed(Label(small, CODES), DPI) is None
    image = Image.new("RGB", (60, 40), (0, 0, 0))
    print_labels(image, [Label(small, CODES)], DPI)
    assert image.getextrema() == ((0, 0), (0, 0), (0, 0))


def test_the_label_is_the_codes_as_agencies_print_them_on_one_line(tmp_path: Path) -> None:
    assert printed_label({"exemptions": ["B6", "B7(C)", "1.4(c)"]}) == "(b)(6), (b)(7)(C), 1.4(c)"
    assert printed_label({"exemptions": "B6"}) == "" and printed_label({}) == ""
    label = printed_label({"exemptions": ["B6\nX", " "]})  # (a hand-edited library's row)
    assert label == "B6 X"  # (not a code agency_code knows: as written)
    image = Image.new("RGB", (700, 400), (0, 0, 0))
    print_labels(image, [Label(BOX, label)], DPI)  # (anchored text: one line only)
    assert int(np.asarray(image).max()) == 255


def test_a_box_reaching_past_the_images_edge_is_checked_on_the_image(tmp_path: Path) -> None:
    """(A negative start once indexed from the far edge: the box's inside went unchecked.)"""
    image = _scan()
    paint(image, [(0, 100, 200, 60)])  # painted from the edge only
    path = tmp_path / "page.jpg"
    image.save(path, "JPEG", quality=QUALITY)
    check_burned(str(path), [(-40, 100, 240, 60)])
    image.paste((236, 234, 228), (60, 110, 120, 150))  # the scan's paper showing inside it
    image.save(path, "JPEG", quality=QUALITY)
    with pytest.raises(PageImageError):
        check_burned(str(path), [(-40, 100, 240, 60)])


def test_a_page_whose_sides_are_no_multiple_of_four_is_checked_where_its_boxes_are(
    tmp_path: Path,
) -> None:
    """JPEG decodes at a quarter of its size, each side rounded up: a page 1545 px high decodes
    to 387 rows, and scaled by 387/1545 the check looked 6 px above a box at the page's foot, so
    the codes printed there failed it (a CIA bulletin's page 1 at 150 dpi)."""
    scan = Image.new("RGB", (1271, 1545), (236, 234, 228))
    draw = ImageDraw.Draw(scan)
    for row in range(10, 1545, 18):
        draw.text((10, row), "the station chief reported from Mexico City " * 6, fill=(30, 30, 30))
    foot = (205, 1390, 862, 120)
    image = scan.copy()
    paint(image, [foot])
    print_labels(image, [Label(foot, "3.5(c)")], DPI)
    path = tmp_path / "page.jpg"
    image.save(path, "JPEG", quality=QUALITY)
    check_burned(str(path), [foot], [Label(foot, "3.5(c)")], DPI)
    x, y, _, h = foot
    image.paste(scan.crop((x + 20, y + h - 30, x + 300, y + h - 8)), (x + 20, y + h - 30))
    image.save(path, "JPEG", quality=QUALITY)  # the scan showing at the box's foot: still caught
    with pytest.raises(PageImageError):
        check_burned(str(path), [foot], [Label(foot, "3.5(c)")], DPI)


def test_a_page_image_larger_than_pillow_s_bomb_guard_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large image page at 300 dpi (a 5,000 x 4,000 px PNG naming no resolution: 195 million
    pixels) is over Pillow's guard against decompression bombs, and its export failed with
    Pillow's error: its own image is read whatever its size (the guard lowered here so that a
    small image stands for it), and the guard is as it was after."""
    path = tmp_path / "page.jpg"
    image = Image.new("RGB", (200, 100), "white")
    image.paste((0, 0, 0), (20, 20, 120, 60))
    image.save(path)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 5_000)  # (an image over twice it is refused)
    check_burned(str(path), [(20, 20, 100, 40)])
    assert Image.MAX_IMAGE_PIXELS == 5_000
