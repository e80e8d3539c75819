"""Strike lines on a band of the scan: found, taken out, and judged.

A reviewer cancels a banner with a line through it; OCR loses a struck word. :func:`erase_strokes`
takes long thin strokes out of a band (level or slanted up to 15 degrees) so its letters read
again; :func:`struck_through` tells whether words in a box carry such a line, along their middle
or crossing part of them; :func:`thicken` makes a grainy or hollow stamp's strokes solid. Used by
the band reading (:mod:`app.core.detection.bands`) and the line finder
(:mod:`app.core.detection.band_lines`).
"""

from __future__ import annotations

import numpy as np

from app.core.detection.redaction_boxes import row_runs

DARK = 150

STROKE_MIN_IN, STROKE_MAX_IN = 0.4, 0.025  # a strike line: this long, at most this thick

STROKE_ANGLES = np.arange(-15.0, 15.1, 3.0)


def thicken(gray: np.ndarray) -> np.ndarray:
    """Strokes one pixel fatter each way: a grainy or hollow stamp becomes solid letters."""
    out = gray.copy()
    out[1:] = np.minimum(out[1:], gray[:-1])
    out[:-1] = np.minimum(out[:-1], gray[1:])
    rows = out.copy()
    out[:, 1:] = np.minimum(out[:, 1:], rows[:, :-1])
    out[:, :-1] = np.minimum(out[:, :-1], rows[:, 1:])
    return out


def run_lengths(mask: np.ndarray) -> np.ndarray:
    """For each True pixel, the length of the horizontal run of True it lies in (0 elsewhere)."""

    def ending_here(m: np.ndarray) -> np.ndarray:
        count = np.cumsum(m, axis=1)
        last_gap = np.maximum.accumulate(np.where(m, 0, count), axis=1)
        return np.asarray(count - last_gap)

    left = ending_here(mask)
    right = ending_here(mask[:, ::-1])[:, ::-1]
    return np.where(mask, left + right - 1, 0)


def long_runs(mask: np.ndarray, least: int) -> np.ndarray:
    """True where a pixel lies in a horizontal run of True at least ``least`` long (as
    ``run_lengths(mask) >= least``, from the runs' ends alone: quicker)."""
    rows, starts, ends = row_runs(mask, least)
    marks = np.zeros((mask.shape[0], mask.shape[1] + 1), dtype=np.int32)
    np.add.at(marks, (rows, starts), 1)
    np.add.at(marks, (rows, ends), -1)
    return np.asarray(np.cumsum(marks, axis=1)[:, : mask.shape[1]] > 0)


def erase_strokes(gray: np.ndarray, dpi: int) -> np.ndarray:
    """The band without long thin strokes across it (a line striking a banner through, a rule),
    level or slanted up to 15 degrees: where a letter's stem crosses the line it stays, so the
    letters stand on their own again for OCR. Found at half resolution (four times quicker)."""
    full = gray < DARK
    h2, w2 = full.shape[0] // 2, full.shape[1] // 2
    if not (h2 and w2):  # (a sliver of a page: no stroke fits)
        return gray.copy()
    even = full[: 2 * h2, : 2 * w2]
    dark = even[0::2, 0::2] | even[0::2, 1::2] | even[1::2, 0::2] | even[1::2, 1::2]
    half = dpi / 2
    min_len, stem = int(STROKE_MIN_IN * half), max(2, int(STROKE_MAX_IN * half))
    xs = np.arange(w2)
    erase = np.zeros_like(dark)
    for degrees in STROKE_ANGLES:
        shift = np.round(np.tan(np.radians(degrees)) * (xs - w2 / 2)).astype(int)
        pad = int(np.abs(shift).max()) + 1
        sheared = shear(dark, shift, pad)  # the line at this slant is a row here
        # Only a row with that much ink can hold such a line: run lengths on those rows alone.
        candidates = np.flatnonzero(np.count_nonzero(sheared, axis=1) >= min_len)
        if candidates.size == 0:
            continue
        along = long_runs(sheared[candidates], min_len)
        held = np.flatnonzero(along.any(axis=1))
        if held.size == 0:
            continue
        lines, along = candidates[held], along[held]  # the rows holding such a line
        above = np.zeros_like(along)  # ink ``stem`` rows above and below each of them
        up = lines >= stem
        above[up] = sheared[lines[up] - stem]
        below = np.zeros_like(along)
        down = lines + stem < h2
        below[down] = sheared[lines[down] + stem]
        at, cols = np.nonzero(along & ~(above & below))  # thin: not a letter's stem
        ys = lines[at] + shift[cols]
        ok = (ys >= 0) & (ys < h2)
        erase[ys[ok], cols[ok]] = True
    big = np.zeros_like(full)
    big[: 2 * h2, : 2 * w2] = erase.repeat(2, axis=0).repeat(2, axis=1)
    big[1:] |= big[:-1]  # a pixel of slack either way
    big[:-1] |= big[1:]
    out = gray.copy()
    out[big] = 255
    return out


def shear(dark: np.ndarray, shift: np.ndarray, pad: int) -> np.ndarray:
    """``dark`` with each column ``x`` moved up by ``shift[x]`` rows (paper where it leaves the
    image): ``out[y, x] = dark[y + shift[x], x]``. The shift, a slant's, is one value over runs
    of neighbouring columns: each run is copied as one slice (quicker than indexing each pixel)."""
    h, w = dark.shape
    padded = np.zeros((h + 2 * pad, w), dtype=bool)
    padded[pad : pad + h] = dark
    out = np.empty_like(dark)
    edges = (np.flatnonzero(np.diff(shift)) + 1).tolist()
    for start, end in zip([0, *edges], [*edges, w], strict=True):
        top = pad + int(shift[start])
        out[:, start:end] = padded[top : top + h, start:end]
    return out


def struck_through(gray: np.ndarray, px: tuple[float, float, float, float]) -> bool:
    """Whether the words in box ``px`` (pixels of ``gray``, which may show more around it) are
    struck through: a line along their middle (:func:`struck_along`), or one crossing part of
    them (:func:`struck_across`)."""
    return struck_along(gray, px) or struck_across(gray, px)


def struck_along(gray: np.ndarray, px: tuple[float, float, float, float]) -> bool:
    """A line through the middle of the words' box, level or slanted up to 15 degrees: dark
    (or next to dark) along at least 90 % of the box's width. Letters leave gaps between them;
    an underline runs below the middle."""
    x0, y0, x1, y1 = (round(v) for v in px)
    region = gray[max(0, y0) : max(0, y1), max(0, x0) : max(0, x1)] < DARK
    h, w = region.shape
    if w < 12 or h < 6:
        return False
    thick = region.copy()
    thick[1:] |= region[:-1]
    thick[:-1] |= region[1:]
    xs = np.arange(w)
    for slope in np.tan(np.radians(np.arange(-15.0, 15.1, 1.5))):
        for mid in range(int(0.3 * h), int(0.7 * h) + 1):
            ys = np.round(mid + slope * (xs - w / 2)).astype(int)
            inside = (ys >= 0) & (ys < h)
            if inside.sum() < 0.8 * w:
                continue
            if thick[ys[inside], xs[inside]].mean() >= 0.9:
                return True
    return False


CROSS_ANGLES = np.arange(-45.0, 45.1, 2.0)

CROSS_LENGTH = 2.0  # a crossing line at least this many times the letters' height long

CROSS_THIN = 0.5  # share of its length where it runs alone (not through a letter's stroke)


def struck_across(gray: np.ndarray, px: tuple[float, float, float, float]) -> bool:
    """A stroke drawn across part of the words, as a reviewer strikes a banner with one slanted
    line through a word or two (the line of a split banner): straight, up to 45 degrees, at
    least twice the letters' height long, mostly thin (where it crosses a letter's stem it is
    not), and crossing the middle of the box (30-70 % of its height) inside it. No stroke of a
    letter is that long; an underline or a rule above runs outside the middle."""
    x0, y0, x1, y1 = (round(v) for v in px)
    h = y1 - y0
    if x1 - x0 < 12 or h < 6:
        return False
    top, left = max(0, y0 - h // 2), max(0, x0 - h // 2)
    dark: np.ndarray = gray[top : max(0, y1 + h // 2), left : max(0, x1 + h // 2)] < DARK
    f = max(1, h // 30)  # letters about 30 pixels high are enough (and quick)
    if f > 1:
        r2, c2 = dark.shape[0] // f, dark.shape[1] // f
        dark = np.asarray(dark[: r2 * f, : c2 * f].reshape(r2, f, c2, f).any(axis=(1, 3)))
        x0, y0, x1, y1, top, left = (v // f for v in (x0, y0, x1, y1, top, left))
        h = y1 - y0
    for _ in range(2):  # two pixels of slack each way: a scanned line is not quite straight
        grown = dark.copy()
        grown[1:] |= dark[:-1]
        grown[:-1] |= dark[1:]
        dark = grown
    rows, cols = dark.shape
    stem = max(3, round(0.12 * h))  # thicker than this across: a letter's stroke
    mid_lo, mid_hi = y0 + 0.3 * h - top, y0 + 0.7 * h - top
    in_box = (np.arange(cols) >= x0 - left) & (np.arange(cols) < x1 - left)
    xs = np.arange(cols)
    for degrees in CROSS_ANGLES:
        slope = np.tan(np.radians(degrees))
        shift = np.round(slope * (xs - cols / 2)).astype(int)
        pad = int(np.abs(shift).max()) + 1
        padded = np.zeros((rows + 2 * pad, cols), dtype=bool)
        padded[pad : pad + rows] = dark
        sheared = shear(padded, shift, pad)  # a line at this slant: a row
        need = CROSS_LENGTH * h * np.cos(np.radians(degrees))  # in columns
        candidates = np.flatnonzero(np.count_nonzero(sheared, axis=1) >= need)
        if candidates.size == 0:
            continue
        runs = run_lengths(sheared[candidates])
        above = np.zeros_like(sheared)
        above[stem:] = sheared[:-stem]
        below = np.zeros_like(sheared)
        below[:-stem] = sheared[stem:]
        thin = (sheared & ~(above & below))[candidates]
        for k, r in enumerate(candidates):
            y_at = r - pad + shift  # the row of this line in the region at each column
            crossing = in_box & (y_at >= mid_lo) & (y_at <= mid_hi)
            long_runs = runs[k] >= need
            if not (long_runs & crossing).any():
                continue
            # the run through the middle: its columns, and how much of it runs alone
            x_mid = int(np.flatnonzero(long_runs & crossing)[0])
            gaps = np.flatnonzero(~sheared[r, : x_mid + 1])
            lo = int(gaps[-1]) + 1 if gaps.size else 0
            span = slice(lo, lo + int(runs[k][x_mid]))
            if thin[k][span].mean() >= CROSS_THIN:
                return True
    return False
