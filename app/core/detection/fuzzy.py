"""Reading marking phrases through OCR noise: "SEeRB'f", "SE0RE'f", "S CRE'f" are SECRET.

Each run of up to a dozen tokens written in capitals becomes two keys: its letters (digits read as
the letters they are mistaken for) and its letter *shapes* (C, e, 0 and O alike; E, B, R, F alike).
A run is a hit when both keys are close to a phrase's keys. Words in lower case ("Secretary",
"confidential source") never start or join a run, which keeps prose out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from app.core.detection.rules import Rule, RuleSet

MAX_TOKENS = 12
THRESHOLD = 0.75  # mean of the letter and shape similarities
WEAK_THRESHOLD = 0.62  # a poorer reading, kept only where the context expects a marking
MIN_LETTER_SIMILARITY = 0.45
MIN_PHRASE_LETTERS = 6  # shorter phrases ("ORCON") are matched exactly only

_LETTER_OF = str.maketrans(
    {"0": "O", "1": "I", "5": "S", "$": "S", "8": "B", "€": "E", "¢": "C", "|": "I", "!": "I"}
)
_SHAPE_GROUPS = {
    "O": "OQDCGceo0¢(©@",
    "I": "ILTJlijtf1|!7[]",
    "E": "EFBPRK83€",
    "S": "S5$§s",
    "N": "NMHWnmh",
    "U": "UVYuvy",
    "A": "A4a",
}
_SHAPE_OF = {ch: group for group, chars in _SHAPE_GROUPS.items() for ch in chars}
_T_PAIRS = ("'f", "'F", "'1", "’f", "'l")
_TOKEN = re.compile(r"\S+")
_LOWER_RUN = re.compile(r"[a-z]{2}")
_NOT_KEY = re.compile(r"[^A-Za-z0-9$€¢|!§@©(\[\]]")


@dataclass(frozen=True, slots=True)
class FuzzyHit:
    rule: Rule
    start: int
    end: int
    confidence: float
    weak: bool = False  # read below THRESHOLD: a marking only where one is expected


@dataclass(frozen=True, slots=True)
class _Target:
    rule: Rule
    letters: str
    shape: str


def letter_key(token: str) -> str:
    """Capital letters of a token, digits read as the letters OCR mistakes them for."""
    for pair in _T_PAIRS:  # an apostrophe over f or 1 is how OCR reads a typewriter T
        token = token.replace(pair, "T")
    return re.sub(r"[^A-Z]", "", _NOT_KEY.sub("", token).translate(_LETTER_OF).upper())


def shape_key(token: str) -> str:
    """The token's characters as shape classes (case-sensitive: lower-case e looks like c)."""
    chars = _NOT_KEY.sub("", token)
    return "".join(_SHAPE_OF.get(ch, ch.upper()) for ch in chars if ch.isalnum() or ch in _SHAPE_OF)


_TARGETS: dict[int, tuple[RuleSet, tuple[_Target, ...]]] = {}  # by ruleset: its fuzzy phrases


def _targets(ruleset: RuleSet) -> tuple[_Target, ...]:
    """The rule set's fuzzy phrases with their keys, worked out once per rule set (detection
    asks for them on every line it reads)."""
    held = _TARGETS.get(id(ruleset))
    if held is None or held[0] is not ruleset:
        held = _TARGETS[id(ruleset)] = (ruleset, tuple(_make_targets(ruleset)))
    return held[1]


def _make_targets(ruleset: RuleSet) -> list[_Target]:
    out = []
    for rule in ruleset.rules:
        if rule.fuzzy and rule.phrase:
            letters = rule.phrase.replace(" ", "")
            if len(letters) >= MIN_PHRASE_LETTERS:
                out.append(_Target(rule, letters, shape_key(letters)))
    return out


def _capitals(token: str) -> bool:
    """A token that may be part of a marking: no run of lower-case letters, or mostly capitals
    with a short lower-case tail ("CONFIDENTIhi,", where OCR lost the last letters)."""
    if _LOWER_RUN.search(token) is None:
        return True
    letters = [c for c in token if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    return upper >= 5 and upper >= 0.7 * len(letters) and _LOWER_RUN3.search(token) is None


_LOWER_RUN3 = re.compile(r"[a-z]{3}")
# Control words OCR glues to a banner ("3ECRETINODIS", "CONFIDENTIAUPROPRIETARY"): the banner is
# read on its own, the separator ("/" read as I, L/ read as U) staying with it.
_GLUED = re.compile(
    r"(?<=[A-Za-z0-9$€|!'])(?:/|)(?=(?:NODIS|EXDIS|LIMDIS|NOFORN|PROPRIETARY|ORCON)\W*$)"
)


def split_tokens(text: str) -> list[tuple[int, int, str]]:
    """Whitespace tokens, split at "/" and before a glued control word, with their offsets."""
    out = []
    for m in _TOKEN.finditer(text):
        pieces = _split(m.group(), m.start())
        out.extend(pieces)
    return out


def _split(token: str, at: int) -> list[tuple[int, int, str]]:
    # "/" between a level and a control word; a quote opening a stamp OCR glued to what precedes
    cut = [i for i in range(1, len(token)) if token[i] in '/"' and token[i - 1] != token[i]]
    glued = _GLUED.search(token)
    if glued is not None and glued.start() >= 5:
        cut.append(glued.start())
    if not cut:
        return [(at, at + len(token), token)]
    out, prev = [], 0
    for c in sorted(set(cut)):
        if token[prev:c].strip('/"'):
            out.append((at + prev, at + c, token[prev:c]))
        prev = c
    if token[prev:].strip('/"'):
        out.append((at + prev, at + len(token), token[prev:]))
    return out


def fuzzy_hits(text: str, ruleset: RuleSet, threshold: float = THRESHOLD) -> list[FuzzyHit]:
    """Token runs that read as a fuzzy phrase; several may overlap (the caller keeps the best)."""
    targets = _targets(ruleset)
    if not targets:
        return []
    longest = max(len(t.letters) for t in targets)
    tokens = split_tokens(text)
    keys = [(letter_key(t), shape_key(t)) if _capitals(t) else None for _, _, t in tokens]
    hits: list[FuzzyHit] = []
    fitting: dict[int, list[_Target]] = {}  # the targets a run of so many letters may be
    for i, (start, _, tok) in enumerate(tokens):
        first = keys[i]
        if first is None or not first[0] or not _LETTERS_IN.search(tok):
            continue
        letters, shapes = "", ""
        for j in range(i, min(i + MAX_TOKENS, len(tokens))):
            key = keys[j]
            if key is None:
                break
            letters, shapes = letters + key[0], shapes + key[1]
            if len(letters) > longest * 1.3 + 1:
                break
            if key[0]:
                fit = fitting.get(len(letters))
                if fit is None:
                    fit = fitting[len(letters)] = [t for t in targets if _fits(letters, t)]
                if fit:
                    lo, hi = _strip_edges(text, start, tokens[j][1])
                    hits.extend(_compare(letters, shapes, lo, hi, fit, threshold))
    return hits


_LETTERS_IN = re.compile(r"[A-Za-z]")
_EDGE = set("-—–~·.,;:'‘’\"“”_=*")


def _strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave rules and quotes around a garbled word ("-SEGRET-") out of its span."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _fits(letters: str, t: _Target) -> bool:
    """Whether a run of letters is near enough the target's length to be compared with it."""
    n = len(t.letters)
    return 0.7 * n <= len(letters) <= 1.3 * n + 1


def _compare(
    letters: str, shapes: str, start: int, end: int, targets: Sequence[_Target], threshold: float
) -> list[FuzzyHit]:
    """The ``targets`` (those the run :func:`_fits`) that the run of letters and shapes reads
    as. (Asked 40,000 times on a 63-page JFK file: picking the targets that fit a run's length
    once a length, and cutting the letters' distance off early, took 70 % of its time off; the
    same hits on the 385 texts of ../shared, compared.)"""
    out = []
    for t in targets:
        n = len(t.letters)
        by_letter = Levenshtein.normalized_similarity(
            letters, t.letters, score_cutoff=MIN_LETTER_SIMILARITY
        )
        if by_letter < MIN_LETTER_SIMILARITY:
            continue
        score = (by_letter + Levenshtein.normalized_similarity(shapes, t.shape)) / 2
        # Of two equally close runs, the one as long as the phrase keeps its last garbled letter.
        score -= 0.01 * abs(len(letters) - n)
        if score >= threshold:
            out.append(FuzzyHit(t.rule, start, end, round(0.95 * score, 3), score < THRESHOLD))
    return out


_GAP_TOKEN = re.compile(r"[^\s~]*[A-Za-z0-9'][^\s~]*~[~\-_.]*[^\s~]*[A-Za-z0-9'][^\s~]*")
GAP_CONFIDENCE = 0.6
MIN_GAP_COVER = 0.4  # share of the phrase's letters that must be readable around the gap


def gap_hits(text: str, ruleset: RuleSet) -> list[FuzzyHit]:
    """Banners with a struck-out middle, which OCR reads as "~" ("T~CRET" is TOP SECRET): the
    letters before the gap must begin the phrase and those after it end it."""
    targets = [t for t in _targets(ruleset) if t.rule.banner]
    hits = []
    for m in _GAP_TOKEN.finditer(text):
        head, _, tail = m.group().partition("~")
        before, after = letter_key(head), letter_key(tail.lstrip("~-_."))
        for t in targets:
            seen = len(before) + len(after)
            if (
                before
                and len(after) >= 3
                and seen < len(t.letters)
                and seen >= MIN_GAP_COVER * len(t.letters)
                and t.letters.startswith(before)
                and t.letters.endswith(after)
            ):
                lo, hi = _strip_edges(text, m.start(), m.end())
                hits.append(FuzzyHit(t.rule, lo, hi, GAP_CONFIDENCE))
    return hits
