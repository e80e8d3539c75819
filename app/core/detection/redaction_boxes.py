"""Redaction boxes in a page image, found with numpy alone: long dark horizontal runs are grouped
into bands; a tall, filled band on paper is a solid black box, and two thin bands joined by dark
vertical edges around an empty inside are a white outlined box (the CIA bulletins). Sizes are in
inches but never below a share of the page, and a skewed scan's rules are straightened first.

Pixels in, pixel boxes out (:func:`raster_boxes`): the page, its text and its vector boxes are
:mod:`app.core.detection.redactions`'.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

DPI = 150
DARK = 200  # grey level below which a pixel is ink (thin box lines render grey)
FAINT = 232  # the vertical sides of photocopied boxes are fainter still
MIN_RUN_IN = 0.25  # shortest box edge, inches
MIN_HEIGHT_IN = 0.09
MIN_RUN_OF_WIDTH = 0.03  # shortest box edge as a share of the page width
EDGE_MARGIN_IN = 0.1  # a solid band this close to the page edge is the scanner's shadow
MAX_SKEW_SLOPE = 0.03  # tan of the largest skew handled (~1.7 degrees)
SKEW_ROWS = 3  # rows a box's rule may drift across its width (a scan skewed by ~1.5 degrees)
MAX_PAGE_SHARE = 0.6  # a "box" larger than this is a page border or a photo
EDGE_SLACK = 5  # pixels two edges may disagree by
MIN_EDGE = 0.6  # share of a vertical edge that must be inked (overlaid text hides some)
MAX_INSIDE_INK = 0.1  # an outlined box may have a stamp line printed over it, not a paragraph


def row_runs(mask: np.ndarray, least: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The runs of True at least ``least`` long in each row of a 2-D ``mask``, found for the
    whole array at once: their rows, starts and ends (past the last), row by row."""
    width = mask.shape[1] + 2  # each row padded with paper both sides: no run crosses rows
    padded = np.zeros((mask.shape[0], width), dtype=bool)
    padded[:, 1:-1] = mask
    flat = padded.ravel()
    # The changes along the rows, a start then its end (flat indices: quicker than 2-D ones).
    changes = np.flatnonzero(flat[1:] != flat[:-1])
    starts, ends = changes[0::2], changes[1::2]
    keep = (ends - starts) >= least
    rows, starts = np.divmod(starts[keep], width)
    return rows, starts, ends[keep] - rows * width


def _runs(dark: np.ndarray, min_len: int) -> dict[int, list[tuple[int, int]]]:
    """Each row's runs of True at least ``min_len`` long, as (start, end), by row; rows without
    one left out (most rows hold none)."""
    out: dict[int, list[tuple[int, int]]] = {}
    rows, starts, ends = row_runs(dark, min_len)
    for y, x0, x1 in zip(rows.tolist(), starts.tolist(), ends.tolist(), strict=True):
        out.setdefault(y, []).append((x0, x1))
    return out


def _bands(dark: np.ndarray, min_len: int) -> list[list[int]]:
    """Horizontal runs in consecutive rows with the same ends, as [x0, x1, y0, y1]."""
    open_bands: list[list[int]] = []
    done: list[list[int]] = []
    last = -2
    for y, runs in sorted(_runs(dark, min_len).items()):
        if y != last + 1:  # rows without a run between: every band open ends
            done.extend(open_bands)
            open_bands = []
        last = y
        still: list[list[int]] = []
        for x0, x1 in runs:
            match = next(
                (
                    b
                    for b in open_bands
                    if abs(b[0] - x0) <= EDGE_SLACK and abs(b[1] - x1) <= EDGE_SLACK
                ),
                None,
            )
            if match is not None:
                open_bands.remove(match)
                match[3] = y + 1
                still.append(match)
            else:
                still.append([x0, x1, y, y + 1])
        done.extend(open_bands)
        open_bands = still
    return done + open_bands


def _grow(dark: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> tuple[int, ...]:
    """Take in the slanted top and bottom of a skewed solid box: rows still more than half inked
    across its width (the band itself holds only the rows inked from end to end)."""
    reach = int(MAX_SKEW_SLOPE * (x1 - x0)) + 2  # no further than a skewed edge can drift
    top, bottom = max(0, y0 - reach), min(dark.shape[0], y1 + reach)
    while y0 > top and dark[y0 - 1, x0:x1].mean() > 0.5:
        y0 -= 1
    while y1 < bottom and dark[y1, x0:x1].mean() > 0.5:
        y1 += 1
    return (x0, y0, x1, y1)


def _smear(dark: np.ndarray, rows: int) -> np.ndarray:
    """Ink spread up and down by ``rows``: the rule of a skewed scan becomes one straight run."""
    out = dark.copy()
    for k in range(1, rows + 1):
        out[k:] |= dark[:-k]
        out[:-k] |= dark[k:]
    return out


def _edge_dark(dark: np.ndarray, x: int, y0: int, y1: int) -> float:
    col = dark[y0:y1, max(0, x - 2) : x + 3]
    return float(col.any(axis=1).mean()) if col.size else 0.0


def _first_bottoms(thin: Sequence[list[int]], min_h: int) -> Iterator[tuple[int, int]]:
    """For each band of ``thin`` (sorted by top), the first band after it that could be its
    box's bottom: at least ``min_h`` below it, with the same span — both ends agree, or one end
    does and the text over the other edge broke it (a stamp printed across a box's top line).
    A block of tops against a window of the bands after them at a time (memory stays small on a
    page of rules or hatching), in the tops' order."""
    n = len(thin)
    if n < 2:
        return
    x0, x1, y0, y1 = np.asarray(thin, dtype=np.int64).T
    width = x1 - x0
    for first in range(0, n, _PAIR_BLOCK):
        tops = np.arange(first, min(first + _PAIR_BLOCK, n))
        pairs: list[tuple[int, int]] = []
        start = first + 1
        while tops.size and start < n:  # the tops without a bottom yet, against the next bands
            cols = np.arange(start, min(start + _PAIR_WINDOW, n))
            i, j = tops[:, None], cols[None, :]
            left = np.abs(x0[i] - x0[j]) <= EDGE_SLACK
            right = np.abs(x1[i] - x1[j]) <= EDGE_SLACK
            shorter, longer = np.minimum(width[i], width[j]), np.maximum(width[i], width[j])
            same = (left & right) | ((left | right) & (shorter >= 0.25 * longer))
            ok = same & (y0[j] - y1[i] >= min_h) & (j > i)
            found = ok.any(axis=1)
            pairs += zip(tops[found].tolist(), cols[ok[found].argmax(axis=1)].tolist(), strict=True)
            tops, start = tops[~found], int(cols[-1]) + 1
        yield from sorted(pairs)


_PAIR_BLOCK, _PAIR_WINDOW = 512, 2048  # tops, and bands after them, compared at once


def _divided(faint: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> bool:
    """A row of a printed form: a rule crosses the box from top to bottom, dividing it into
    cells. A redaction outline is empty."""
    inside = faint[y0 + 3 : y1 - 3, x0 + 6 : x1 - 6]
    return inside.size > 0 and float(inside.mean(axis=0).max()) >= 0.9


def _outlined(
    dark: np.ndarray, faint: np.ndarray, thin: list[list[int]], min_h: int
) -> list[tuple[int, ...]]:
    """Pairs of thin bands closed by vertical edges around an (almost) empty inside."""
    out: list[tuple[int, ...]] = []
    thin = sorted(thin, key=lambda b: b[2])
    for i, j in _first_bottoms(thin, min_h):  # (the nearest band below: no other is its bottom)
        top, bot = thin[i], thin[j]
        x0, x1, y0, y1 = min(top[0], bot[0]), max(top[1], bot[1]), top[2], bot[3]
        if min(_edge_dark(faint, x0, y0, y1), _edge_dark(faint, x1 - 1, y0, y1)) < MIN_EDGE:
            continue
        inside = dark[y0 + 4 : y1 - 4, x0 + 4 : x1 - 4]
        if inside.size and inside.mean() < MAX_INSIDE_INK and not _divided(faint, x0, y0, x1, y1):
            out.append((x0, y0, x1, y1))
    return out


PixelBox = tuple[int, ...]  # x0, y0, x1, y1 in pixels of the rendered page


@dataclass(frozen=True)
class _Scale:
    """Thresholds for one rendered page, in pixels."""

    min_len: int
    min_h: int
    edge: int

    @classmethod
    def of(cls, width: int, dpi: int) -> _Scale:
        # Sizes in inches, but never below a share of the page: a photo of a page stored at
        # 72 dpi (a 3000-point "page") has strokes as long as a small box on a letter-size scan.
        return cls(
            max(int(MIN_RUN_IN * dpi), int(MIN_RUN_OF_WIDTH * width)),
            max(int(MIN_HEIGHT_IN * dpi), int(MIN_RUN_OF_WIDTH * width / 3)),
            int(EDGE_MARGIN_IN * dpi),
        )


def _solid(dark: np.ndarray, bands: list[list[int]], sc: _Scale) -> list[PixelBox]:
    """Tall, filled bands on paper: solid black boxes."""
    h, w = dark.shape
    found = []
    for x0, x1, y0, y1 in bands:
        touches = x0 <= sc.edge or y0 <= sc.edge or x1 >= w - sc.edge or y1 >= h - sc.edge
        if y1 - y0 >= sc.min_h and not touches and dark[y0:y1, x0:x1].mean() > 0.85:
            found.append(_grow(dark, x0, y0, x1, y1))
    paper = dark.copy()  # ink that is not part of a long horizontal run
    for x0, x1, y0, y1 in bands:
        paper[y0:y1, x0:x1] = False
    chunky = [(x0, y0, x1, y1) for x0, x1, y0, y1 in bands if y1 - y0 >= 4]
    return [b for b in found if _alone(paper, b) and _sparse(b, chunky) and _beside_light(dark, b)]


def ink(gray: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dark and faint ink of a grey image, judged against its paper: yellowed or grey paper
    lowers both thresholds."""
    paper_level = int(np.median(gray))
    return gray < min(DARK, paper_level - 40), gray < min(FAINT, paper_level - 20)


def raster_boxes(gray: np.ndarray, dpi: int = DPI) -> list[tuple[str, PixelBox]]:
    """Solid and outlined boxes in a grey image, in pixels: (kind, (x0, y0, x1, y1))."""
    return raster_boxes_of_ink(*ink(gray), dpi)


def raster_boxes_of_ink(
    dark: np.ndarray, faint: np.ndarray, dpi: int
) -> list[tuple[str, PixelBox]]:
    """:func:`raster_boxes` of the image's dark and faint ink (:func:`ink`)."""
    sc = _Scale.of(dark.shape[1], dpi)
    bands = _bands(dark, sc.min_len)
    found: list[tuple[str, PixelBox]] = [("solid", b) for b in _solid(dark, bands, sc)]
    thin = [b for b in bands if b[3] - b[2] <= max(3, dpi // 15)]
    found.extend(("outlined", b) for b in _outlined(dark, faint, thin, sc.min_h))
    # Rules of a skewed scan step from row to row; smeared, they are straight again (but text
    # near a box smears into its rules, so both readings are kept; duplicates go below).
    smeared = _bands(_smear(dark, SKEW_ROWS), sc.min_len)
    thin = [b for b in smeared if b[3] - b[2] <= 3 * SKEW_ROWS]
    found.extend(("outlined", b) for b in _outlined(dark, faint, thin, sc.min_h))
    # A frame right at the page top is the scanner's or the printer's, not a reviewer's.
    found = [(k, b) for k, b in found if k == "solid" or b[1] > sc.edge]
    limit = MAX_PAGE_SHARE * dark.size
    kept: list[tuple[str, PixelBox]] = []
    for kind, b in sorted(found, key=lambda kb: -_px_area(kb[1])):
        # A double-ruled frame, or a box read twice (plain and smeared): keep the outer one.
        if _px_area(b) < limit and all(_px_inside(b, k) < 0.6 for _, k in kept):
            kept.append((kind, b))
    return kept


def _alone(paper: np.ndarray, b: tuple[int, ...], margin: int = 6) -> bool:
    """A redaction box sits on paper (or against another box): the ring around it is mostly
    light. Bands cut out of a larger dark area (between the letters of a white-on-black title)
    have the rest of that area around them."""
    x0, y0, x1, y1 = b
    outer = paper[max(0, y0 - margin) : y1 + margin, max(0, x0 - margin) : x1 + margin]
    ring = int(outer.sum())
    ring_area = outer.size - (x1 - x0) * (y1 - y0)
    return ring_area > 0 and ring / ring_area < 0.3


def _beside_light(dark: np.ndarray, b: tuple[int, ...]) -> bool:
    """Beside a redaction, on its rows, lies paper or a line of text; beside a piece of a
    white-on-black title lies more of its black ground."""
    x0, y0, x1, y1 = b
    reach = max(40, x1 - x0)
    side = np.concatenate(
        (dark[y0:y1, max(0, x0 - reach) : x0], dark[y0:y1, x1 : x1 + reach]), axis=1
    )
    return side.size == 0 or float(side.mean()) < 0.45


def _sparse(b: tuple[int, ...], chunky: Sequence[tuple[int, ...]], gap: int = 40) -> bool:
    """Redaction boxes come one or two together; a crowd of solid pieces is the black ground
    of a white-on-black title, cut up by its letters."""
    near = sum(
        1
        for o in chunky
        if _px_inside(o, b) < 0.5 and o[0] - gap < b[2] and b[0] - gap < o[2] and o[1] - gap < b[3]
        and b[1] - gap < o[3]
    )  # fmt: skip
    return near < 3


def _px_area(b: tuple[int, ...]) -> int:
    return (b[2] - b[0]) * (b[3] - b[1])


def _px_inside(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Share of box ``a`` that lies inside box ``b``."""
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    return ix * iy / max(1, _px_area(a))
