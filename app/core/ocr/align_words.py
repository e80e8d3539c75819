"""Sequence alignment of two word lists that both carry OCR errors (no library access here).

Exact matches of normalised words on the longest chain of such matches anchor the alignment;
between anchors, word pairs that RapidFuzz finds similar are chained into the heaviest sequence
increasing on both sides (a weighted longest-increasing-subsequence, O(k log k)); gaps of equal
length left between aligned words are then paired in order, and a word split in two by OCR gets
the box of the one word on the scan. Fast enough for 60-page documents.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

MIN_SIMILARITY = 60  # rapidfuzz ratio (0-100) for two words to count as readings of one word
MAX_REPEATS = 12  # words more frequent than this on either side are not used as anchors
MAX_CELLS = 2_000_000  # similarity matrix cells per gap; larger gaps are split proportionally
_EDGE_PUNCT = "\"'`.,;:!?()[]{}<>«»“”‘’•·-–—_*/\\|"


def normalise(word: str) -> str:
    """A word as compared: case-folded, without punctuation at its ends."""
    core = word.strip(_EDGE_PUNCT).casefold()
    return core or word.casefold()


def _anchors(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int, int]]:
    """Exact matches (i, j, 1) on the longest chain of equal words, where they run in pairs.

    Only words that occur at most MAX_REPEATS times on each side are candidates (so "the" does
    not flood the chain); a chained match must have a chained neighbour, or be a word that
    occurs once on each side, to count as an anchor.
    """
    where_b: dict[str, list[int]] = defaultdict(list)
    for j, w in enumerate(b):
        where_b[w].append(j)
    count_a = Counter(a)
    ii: list[int] = []
    jj: list[int] = []
    for i, w in enumerate(a):
        js = where_b.get(w, ())
        if count_a[w] <= MAX_REPEATS and len(js) <= MAX_REPEATS:
            ii.extend([i] * len(js))
            jj.extend(js)
    chain = _chain(np.array(ii, np.int64), np.array(jj, np.int64), np.ones(len(ii)), len(b))
    chained = set(chain)
    return [
        (i, j, 1)
        for i, j in chain
        if (i - 1, j - 1) in chained
        or (i + 1, j + 1) in chained
        or (count_a[a[i]] == 1 and len(where_b[a[i]]) == 1)
    ]


def _chain(
    ii: np.ndarray, jj: np.ndarray, weights: np.ndarray, b_len: int
) -> list[tuple[int, int]]:
    """Heaviest chain of pairs (ii[k], jj[k]) strictly increasing in i and j.

    A Fenwick tree over j holds the best chain weight ending at or before each j. Plain lists of
    numbers, no tuples per pair: a long alignment allocates little for the garbage collector.
    """
    order = np.lexsort((-jj, ii)).tolist()  # by i; same i: larger j first, so one i is used once
    js, ws = jj.tolist(), weights.tolist()
    tree_w, tree_k = [0.0] * (b_len + 1), [-1] * (b_len + 1)
    best, back = [0.0] * len(js), [-1] * len(js)
    for k in order:
        q, top, top_k = js[k], 0.0, -1  # best over pairs with j' < j (1-based: j' + 1 <= j)
        while q > 0:
            if tree_w[q] > top:
                top, top_k = tree_w[q], tree_k[q]
            q -= q & -q
        value = best[k] = top + ws[k]
        back[k] = top_k
        q = js[k] + 1
        while q <= b_len:
            if value > tree_w[q]:
                tree_w[q], tree_k[q] = value, k
            q += q & -q
    out: list[tuple[int, int]] = []
    k = int(np.argmax(best)) if best else -1
    while k >= 0:
        out.append((int(ii[k]), js[k]))
        k = back[k]
    return out[::-1]


def _fuzzy_gap(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """Align a gap between anchors by word similarity; returns (i, j) relative to the gap."""
    if not a or not b:
        return []
    if len(a) * len(b) > MAX_CELLS:
        parts = max(2, -(-len(a) * len(b) // MAX_CELLS))
        out: list[tuple[int, int]] = []
        for p in range(parts):
            ia, ib = len(a) * p // parts, len(b) * p // parts
            ea, eb = len(a) * (p + 1) // parts, len(b) * (p + 1) // parts
            out.extend((i + ia, j + ib) for i, j in _fuzzy_gap(a[ia:ea], b[ib:eb]))
        return out
    sim = process.cdist(a, b, scorer=fuzz.ratio, dtype=np.uint8, workers=1)
    ii, jj = np.nonzero(sim >= MIN_SIMILARITY)
    weights = sim[ii, jj].astype(np.float64) - MIN_SIMILARITY + 1.0
    return _chain(ii, jj, weights, len(b))


def _fill_equal_gaps(match: list[int | None], b_len: int) -> None:
    """Pair, in order, runs of unaligned words that are equally long on both sides."""
    i = 0
    while i < len(match):
        if match[i] is not None:
            i += 1
            continue
        start = i
        while i < len(match) and match[i] is None:
            i += 1
        before = match[start - 1] if start > 0 else None  # runs are maximal: None only at edges
        after = match[i] if i < len(match) else None
        j0 = 0 if before is None else before + 1
        j1 = b_len if after is None else after
        if j1 - j0 == i - start:
            for k in range(i - start):
                match[start + k] = j0 + k


def _join_split_words(a: Sequence[str], b: Sequence[str], match: list[int | None]) -> None:
    """Give an unaligned word its neighbour's scan word when the two read as that one word.

    OCR splits words ("F SC" for "FSC"): both halves then share the one box on the scan.
    """
    for i, m in enumerate(match):
        if m is not None:
            continue
        for k, joined in ((i + 1, a[i] + a[i + 1] if i + 1 < len(a) else ""),
                          (i - 1, a[i - 1] + a[i] if i > 0 else "")):  # fmt: skip
            j = match[k] if joined and 0 <= k < len(a) else None
            if j is not None and fuzz.ratio(joined, b[j]) > max(fuzz.ratio(a[k], b[j]), 75):
                match[i] = j
                break


def align(a_words: Sequence[str], b_words: Sequence[str]) -> list[int | None]:
    """For each word of ``a_words``, the index of the same word in ``b_words`` (or None)."""
    a = [normalise(w) for w in a_words]
    b = [normalise(w) for w in b_words]
    match: list[int | None] = [None] * len(a)
    pi, pj = 0, 0
    for i, j, n in [*_anchors(a, b), (len(a), len(b), 0)]:
        if i < pi or j < pj:
            continue
        for gi, gj in _fuzzy_gap(a[pi:i], b[pj:j]):
            match[pi + gi] = pj + gj
        for k in range(n):
            match[i + k] = j + k
        pi, pj = i + n, j + n
    _fill_equal_gaps(match, len(b))
    _join_split_words(a, b, match)
    return match
