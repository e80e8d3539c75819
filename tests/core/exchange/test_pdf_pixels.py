"""The render check's count of pixels off the fill beside the codes' letters, judged in the
mask's box (app.core.exchange.pdf_pixels.off_expected): the same count as a plain reading of the
whole image, on random images, masks and letters, and at the image's edges."""

from __future__ import annotations

import numpy as np

from app.core.exchange import pdf_pixels as P


def _whole_image(grey: np.ndarray, expected: np.ndarray, mask: np.ndarray, fill: int) -> int:
    """Pixel by pixel: a masked pixel off the fill counts unless a letter of ``expected`` lies
    within GLYPH_REACH_PX of it (the edges read as the nearest pixel)."""
    lit = np.abs(expected.astype(np.int16) - fill) > P.TOLERANCE
    by, (h, w) = P.GLYPH_REACH_PX, mask.shape
    count = 0
    for y, x in zip(*np.nonzero(mask), strict=True):
        near = lit[max(y - by, 0) : y + by + 1, max(x - by, 0) : x + by + 1]
        count += bool(abs(int(grey[y, x]) - fill) > P.TOLERANCE and not near.any())
    assert (h, w) == grey.shape
    return count


def test_judged_in_the_mask_s_box_as_on_the_whole_image() -> None:
    rng = np.random.default_rng(7)
    for _ in range(400):
        h, w = (int(n) for n in rng.integers(1, 30, 2))
        grey = rng.choice([0, 5, 40, 128, 250, 255], size=(h, w)).astype(np.uint8)
        expected = rng.choice([0, 255], size=(h, w), p=[0.1, 0.9]).astype(np.uint8)
        mask = np.zeros((h, w), bool)
        top, bottom = sorted(int(n) for n in rng.integers(0, h, 2))
        left, right = sorted(int(n) for n in rng.integers(0, w, 2))
        mask[top : bottom + 1, left : right + 1] = (
            rng.random((bottom - top + 1, right - left + 1)) < 0.8
        )
        for fill in (0, 255):
            assert P.off_expected(grey, expected, mask, fill) == _whole_image(
                grey, expected, mask, fill
            )
    empty = np.zeros((4, 4), bool)
    assert P.off_expected(np.zeros((4, 4), np.uint8), np.zeros((4, 4), np.uint8), empty, 255) == 0
