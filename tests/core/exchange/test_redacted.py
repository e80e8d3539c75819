"""The masked spans of a page found by what they overlap (redacted.SpanIndex): the same spans, in
the same order, as asking every span of the page, which a publication's read-back did for each
quote of each annotation."""

from __future__ import annotations

import random

from app.core.exchange.readback import unmasked
from app.core.exchange.redacted import MASK, SpanIndex


def _every(spans: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    return [(s, e) for s, e in spans if s < hi and lo < e]


def test_the_spans_overlapping_a_range_are_every_span_that_does_in_the_order_given() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for _ in range(rng.randrange(0, 40)):
            s = rng.randrange(0, 300)
            spans.append((s, s + rng.choice([0, 1, 3, 8, 25, 120])))  # words, and a passage
        index = SpanIndex(spans)
        for _ in range(30):
            lo = rng.randrange(-20, 320)
            hi = lo + rng.randrange(0, 60)
            assert index.overlapping(lo, hi) == _every(spans, lo, hi)
        assert bool(index) == bool(spans)


def test_a_quote_s_leak_is_found_through_the_index_as_through_every_span() -> None:
    text = "The agent met SOURCE in Havana on the 3rd"
    spans = [(24, 30), (14, 20), (0, 3)]  # "Havana", "SOURCE", "The"
    index = SpanIndex(spans)
    quote = text[10:30]  # "et SOURCE in Havana"
    assert unmasked(quote, index.overlapping(10, 30), 10) == unmasked(quote, spans, 10) == (24, 30)
    masked = quote[:4] + MASK * 6 + quote[10:14] + MASK * 6
    assert unmasked(masked, index.overlapping(10, 30), 10) is None
