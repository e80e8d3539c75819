"""Banners a strike line split in two: "TOP. RET", "TOP ET", "TO SECRET" read from a struck TOP
SECRET banner on its scan, found as a word that begins the phrase and one right of it that ends
it. Only for text read from a page's banner bands (:mod:`app.core.detection.bands`): in prose,
"TO SECRET" is not a level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.detection.fuzzy import letter_key, shape_key
from app.core.detection.markings import Detection
from app.core.detection.rules import load_rules
from app.core.documents.textlayer import RawWord

SPLIT_CONFIDENCE = 0.7
_CAPITAL_TOKEN = re.compile(r"[A-Z0-9][A-Z0-9.,'’-]*")


def split_banners(
    words: Sequence[tuple[int, int, RawWord]],
) -> list[tuple[Detection, int, int]]:
    """Banners a line across them split into two words, as OCR reads a struck banner from its
    scan: a word that begins the phrase and, right of it on its line, one that ends it ("TOP.
    RET", "TOP ET", "TO SECRET" are TOP SECRET), the two holding half its letters or more and
    the gap between them no wider than the letters lost. ``words``: each word's span in the
    band text and its box (block // 1000: its band); returned with the two words' indices. Only
    for text read from a page's banner bands: in prose, "TO SECRET" is not a level."""
    targets = [
        (r, r.phrase.replace(" ", ""), r.phrase.split()[0])
        for r in load_rules().rules
        if r.banner and r.phrase and r.category == "classification" and " " in r.phrase
    ]
    out = []
    for i, (s1, e1, w1) in enumerate(words):
        before = letter_key(w1.text) if _CAPITAL_TOKEN.fullmatch(w1.text) else ""
        if not before:
            continue
        shape = shape_key(w1.text)
        for j, (s2, e2, w2) in enumerate(words):
            gap = _gap_on_line(w1, w2) if _CAPITAL_TOKEN.fullmatch(w2.text) else None
            if gap is None:
                continue
            after = letter_key(w2.text)
            seen = len(before) + len(after)
            for rule, letters, first in targets:
                # the first word begun as printed or in letters of its shapes ("LOP" for TOP)
                begun = letters.startswith(before) or (
                    len(before) >= 2
                    and len(shape) <= len(first)
                    and shape_key(first).startswith(shape)
                )
                if not (
                    len(after) >= 2
                    and len(before) <= len(first) < seen
                    and 0.5 * len(letters) <= seen <= len(letters)
                    and begun
                    and letters.endswith(after)
                ):
                    continue
                letter_width = (w1.x1 or 0.0) - (w1.x0 or 0.0) + (w2.x1 or 0.0) - (w2.x0 or 0.0)
                lost = len(letters) - seen
                if gap > (lost + 1.5) * letter_width / seen:
                    continue
                lo, hi, read = min(s1, s2), max(e1, e2), f"{w1.text} {w2.text}"
                value = rule.values[0]
                detection = Detection(
                    "classification", value, lo, hi, read, SPLIT_CONFIDENCE, rule.id
                )
                out.append((detection, i, j))
    return out


def _gap_on_line(a: RawWord, b: RawWord) -> float | None:
    """How far right of ``a`` word ``b`` starts, when both stand on one line of one band."""
    boxes = (a.x0, a.y0, a.x1, a.y1, b.x0, b.y0, b.x1, b.y1)
    if a.block // 1000 != b.block // 1000 or any(v is None for v in boxes):
        return None
    _, ay0, ax1, ay1, bx0, by0, _, by1 = (float(v or 0.0) for v in boxes)
    overlap = min(ay1, by1) - max(ay0, by0)
    if overlap < 0.5 * min(ay1 - ay0, by1 - by0) or bx0 < ax1:
        return None
    return bx0 - ax1
