"""Lines are those the reader sees: on a page shown turned by its /Rotate, the line boxes, the
region fitted to a phrase and the boxes a phrase over two lines burns are those of the same words
on an unturned page, turned with the page (:mod:`app.core.documents.word_lines`)."""

from __future__ import annotations

import pymupdf
import pytest

from app.core.documents.word_lines import (
    Box,
    fit_region,
    line_boxes,
    line_regions,
    shown,
    unshown,
)

ROTATIONS = (0, 90, 180, 270)
SIZE = (612.0, 792.0)  # the unrotated page
LINES = (
    "In its preliminary annual report on Soviet in-",
    "tentions, Embassy Moscow notes that the USSR",
    "is employing separately and in combination",
)


def _as_read() -> list[Box]:
    """The words' boxes as the reader sees them: 17.7 points tall, 13.9 apart (each reaches 3.8
    points into the line above), each a little higher than the one before (a skewed scan)."""
    out = []
    for n, line in enumerate(LINES):
        x = 72.0
        for i, w in enumerate(line.split()):
            y = 136.0 + 13.9 * n - 0.05 * i
            out.append((x, y, x + 7.0 * len(w), y + 17.7))
            x += 7.0 * len(w) + 4.5
    return out


def _turn(boxes: list[Box | None], rotation: int, *, back: bool = False) -> list[Box | None]:
    """Boxes as read → points of the unrotated page shown turned by ``rotation`` (PyMuPDF's own
    matrices, on a real page), or back."""
    doc = pymupdf.open()
    page = doc.new_page(width=SIZE[0], height=SIZE[1])
    page.set_rotation(rotation)
    matrix = page.rotation_matrix if back else page.derotation_matrix
    out: list[Box | None] = []
    for b in boxes:
        r = None if b is None else pymupdf.Rect(b) * matrix
        out.append(None if r is None else (r.x0, r.y0, r.x1, r.y1))
    doc.close()
    return out


def _near(a: list[Box | None], b: list[Box | None]) -> bool:
    return len(a) == len(b) and all(
        (x is None and y is None)
        or (
            x is not None
            and y is not None
            and max(abs(u - v) for u, v in zip(x, y, strict=True)) < 1e-3
        )
        for x, y in zip(a, b, strict=True)
    )


@pytest.mark.parametrize("rotation", ROTATIONS)
def test_shown_turns_as_the_page_does_and_unshown_gives_the_same_numbers_back(
    rotation: int,
) -> None:
    boxes = [b for b in _turn(list(_as_read()), rotation) if b is not None]
    turned = [shown(b, rotation) for b in boxes]
    assert [unshown(b, rotation) for b in turned] == boxes  # exactly
    # up to a shift, what the reader sees: the page's own rotation matrix
    read = _as_read()
    dx, dy = read[0][0] - turned[0][0], read[0][1] - turned[0][1]
    assert _near([(b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy) for b in turned], list(read))


@pytest.mark.parametrize("rotation", ROTATIONS)
def test_line_boxes_give_the_shared_strip_to_the_line_above_as_read(rotation: int) -> None:
    read: list[Box | None] = [*_as_read(), None]
    expected = line_boxes(read)
    assert expected != read  # (the lower lines' tops are lowered)
    made = line_boxes(_turn(read, rotation), rotation)
    assert _near(_turn(made, rotation, back=True), expected)


@pytest.mark.parametrize("rotation", ROTATIONS)
def test_a_phrase_over_two_lines_burns_a_box_per_line_as_read(rotation: int) -> None:
    """ "notes that the USSR / is employing": its region, and a box per line of it."""
    words = [w for line in LINES for w in line.split()]
    start = words.index("notes")
    chosen = set(range(start, start + 6))
    lines = line_boxes(_as_read())
    region = fit_region(lines, chosen)
    assert region is not None
    expected = line_regions(lines, chosen, region)
    assert len(expected) == 2

    turned = line_boxes(_turn(list(_as_read()), rotation), rotation)
    fitted = fit_region(turned, chosen, rotation)
    assert fitted is not None
    assert _near(_turn([fitted], rotation, back=True), [region])
    made = line_regions(turned, chosen, fitted, rotation=rotation)
    assert _near(_turn(list(made), rotation, back=True), list(expected))
