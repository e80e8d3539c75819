"""How a clean memo is degraded: OCR-like noise for a text layer, and the look of a scan (uneven
ink, skew, blur, paper tone, speckle)."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageFilter

# OCR confusions that never lengthen a word, so noisy words fit in their clean word's place.
_PAIRS = {"rn": "m", "cl": "d", "ri": "n", "vv": "w"}
_CONFUSIONS = dict(zip("SECOolIiBGZgecanhutf015.,DT", "5Fe001l1865qceohbvft0lS,.OI", strict=True))


def ocr_noise_text(text: str, rate: float, rng: random.Random) -> str:
    """Corrupt about ``rate`` of the characters as OCR does (5 for S, m for rn, dropped letters).

    Never lengthens a word and never empties it, so noisy words keep their clean word's place.
    """
    out: list[str] = []
    i = 0
    while i < len(text):
        if rng.random() >= rate:
            out.append(text[i])
            i += 1
        elif text[i : i + 2] in _PAIRS:
            out.append(_PAIRS[text[i : i + 2]])
            i += 2
        else:
            if text[i] in _CONFUSIONS and rng.random() < 0.8:
                out.append(_CONFUSIONS[text[i]])
            i += 1
    noisy = "".join(out)
    return noisy if noisy else text[0]


def _field(
    rng: np.random.Generator, shape: tuple[int, int], lo: float, hi: float, cell: int
) -> np.ndarray:
    """A smooth random field in [lo, hi]: uneven ink or paper tone."""
    h, w = shape
    small = rng.uniform(lo, hi, size=(h // cell + 2, w // cell + 2)).astype(np.float32)
    big = Image.fromarray(small, "F").resize((w, h), Image.Resampling.BILINEAR)
    return np.asarray(big, np.float32)


def age_scan(
    img: np.ndarray, skew: float, noise: float, dpi: int, rng: np.random.Generator
) -> bytes:
    """A clean grey render (0 ink, 255 paper) made to look scanned, as JPEG bytes.

    Uneven ink, skew (degrees counter-clockwise about the centre), blur, paper tone, then grain
    and speckle as much as ``noise`` (0 none, 1 heavy) asks.
    """
    h, w = img.shape
    ink = (255.0 - img.astype(np.float32)) * _field(rng, (h, w), 0.75, 1.0, max(4, dpi // 12))
    im = Image.fromarray((255.0 - ink).clip(0, 255).astype(np.uint8), "L")
    if skew:
        im = im.rotate(skew, resample=Image.Resampling.BILINEAR, fillcolor=255)
    im = im.filter(ImageFilter.GaussianBlur(radius=0.3 * dpi / 100))
    a = np.asarray(im, np.float32) * _field(rng, (h, w), 0.9, 0.97, max(8, dpi))
    if noise > 0:
        a += rng.normal(0.0, 8.0 * noise, size=(h, w)).astype(np.float32)
        n = int(noise * h * w / 4000)
        ys, xs = rng.integers(0, h - 1, n), rng.integers(0, w - 1, n)
        dark = rng.uniform(10, 150, n).astype(np.float32)
        a[ys, xs] = dark
        big = rng.random(n) < 0.3  # some specks are two pixels across
        a[ys[big] + 1, xs[big]] = dark[big]
        a[ys[big], xs[big] + 1] = dark[big]
    buf = io.BytesIO()
    Image.fromarray(a.clip(0, 255).astype(np.uint8), "L").save(buf, "JPEG", quality=80)
    return buf.getvalue()
