"""Finding classification markings, release stamps, exemption codes and identifiers in page text.

Four passes, best candidate kept where they overlap: the rules' regexes on the folded text, then a
fuzzy pass for the phrases marked ``fuzzy`` that reads OCR-garbled capitals ("SEeRB'f", "S CRE'f")
by comparing letter and letter-shape keys of short token windows with rapidfuzz, then stamps and
codes OCR read with another column's words inside them (app.core.detection.interleaved). Word
boxes, when given, tell banners (top or bottom centre of the page) from words in the body; the
words around a level (app.core.detection.context) tell a marking from a word in a sentence;
classification-authority lines (app.core.detection.authority) are their own category and never a
level. What is proposed is what reaches its category's calibrated threshold
(app.core.detection.calibration). The candidates are found by
:mod:`app.core.detection.marking_candidates` and weighed by
:mod:`app.core.detection.marking_confidence`; the best are kept here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.detection.authority import CATEGORY as AUTHORITY
from app.core.detection.authority import AuthorityLine, authority_lines
from app.core.detection.calibration import Thresholds, calibrated_thresholds
from app.core.detection.marking_candidates import CODE_COMPANIONS, Candidate, find_candidates
from app.core.detection.marking_confidence import Locator, WordBox, adjust, container
from app.core.detection.rules import RuleSet, load_rules

MIN_CONFIDENCE = 0.5  # for categories the calibration does not name
FLOOR = 0.3  # candidates below this are never kept, whatever the thresholds
_LETTERS = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Detection:
    """One marking found in a text: where (code points), what it says, and how sure we are."""

    category: str
    value: str
    start: int
    end: int
    text: str
    confidence: float
    rule_id: str
    struck: bool = False  # a level with a line through it (read from the scan)


def detect_markings(
    text: str,
    *,
    words: Sequence[WordBox] | None = None,
    page_size: tuple[float, float] | None = None,
    rules: RuleSet | None = None,
    thresholds: Thresholds | float | None = None,
) -> list[Detection]:
    """Every marking in ``text``, in reading order; overlapping candidates of a category merged.

    ``thresholds`` is the lowest confidence proposed, by category (None: the calibrated ones;
    a number: that for every category, e.g. 0 for every candidate, as the evaluation needs)."""
    ruleset = rules or load_rules()
    located = Locator(text, words, page_size)
    authority = authority_lines(text)
    candidates = [c for c in find_candidates(text, ruleset) if not _inside_authority(c, authority)]
    portions = [c for c in candidates if c.rule.portion]
    candidates = [c for c in candidates if not _inside_portion(c, portions)]
    repeats = _repeats(candidates)
    codes = [(c.start, c.end) for c in candidates if c.rule.category in CODE_COMPANIONS]
    kept: list[Candidate] = []
    levels = [c for c in candidates if c.rule.category == "classification"]
    for c in candidates:
        c.base = c.confidence
        c.confidence = adjust(c, text, located, repeats.get(c.value, 1), container(c, levels))
        if c.rule.category == "exemption" and _near_other(c, codes):
            c.confidence = min(0.99, c.confidence + CODE_NEIGHBOUR)
        if c.confidence >= FLOOR:
            kept.append(c)
    chosen = _suppress_overlaps(_closer_readings(kept))
    found = [
        Detection(
            c.rule.category,
            c.value,
            c.start,
            c.end,
            text[c.start : c.end],
            round(c.confidence, 3),
            c.rule.id,
        )
        for c in chosen
    ] + [_authority_detection(a, text) for a in authority]
    limits = calibrated_thresholds() if thresholds is None else thresholds
    return sorted(
        (d for d in found if d.confidence >= _limit(limits, d.category)),
        key=lambda d: (d.start, d.end),
    )


def _limit(limits: Thresholds | float, category: str) -> float:
    if isinstance(limits, int | float):
        return float(limits)
    return limits.get(category, MIN_CONFIDENCE)


AUTHORITY_CONFIDENCE = {"CLASSIFIED BY": 0.95, "REASON": 0.9, "DECLASSIFY ON": 0.9}


def _authority_detection(a: AuthorityLine, text: str) -> Detection:
    rule = "declassification." + a.field.lower().replace(" ", "-")
    confidence = AUTHORITY_CONFIDENCE.get(a.field, 0.85) if a.value else 0.7
    return Detection(AUTHORITY, a.display, a.start, a.end, text[a.start : a.end], confidence, rule)


# Categories whose words an authority line holds without being them: "(U) CLASSIFIED BY" is not
# UNCLASSIFIED, "DECLASSIFY ON" is not the DECLASSIFIED stamp.
_SWALLOWED = frozenset({"classification", "release", "control"})


def _inside_authority(c: Candidate, lines: Sequence[AuthorityLine]) -> bool:
    return c.rule.category in _SWALLOWED and any(a.start < c.end and c.start < a.end for a in lines)


def _inside_portion(c: Candidate, portions: Sequence[Candidate]) -> bool:
    """A level read inside a portion mark ("SBU" of "(SBU)") is the mark's own level, which its
    value carries as "(S)" carries SECRET: one proposal, not two."""
    return c.rule.category == "classification" and any(
        p.start <= c.start and c.end <= p.end for p in portions
    )


CODE_NEIGHBOUR = 0.1  # "Bl,1.4(B)": a doubtful code in a list of codes or beside a stamp
CODE_REACH = 40


def _near_other(c: Candidate, spans: Sequence[tuple[int, int]]) -> bool:
    return any(
        (s, e) != (c.start, c.end)
        and s - CODE_REACH < c.end
        and c.start < e + CODE_REACH
        and not (s < c.end and c.start < e)
        for s, e in spans
    )


REPEAT_APART = 120  # characters: closer, it is one place read twice (a doubled OCR layer)


def _repeats(candidates: Sequence[Candidate]) -> dict[str, int]:
    """How often each level stands in the text, in places apart: a banner is printed at the top
    and the bottom of every page."""
    out: dict[str, int] = {}
    last_end: dict[str, int] = {}
    for c in sorted(candidates, key=lambda c: c.start):
        if c.rule.category == "classification":
            if c.start >= last_end.get(c.value, -REPEAT_APART) + REPEAT_APART:
                out[c.value] = out.get(c.value, 0) + 1
            last_end[c.value] = c.end
    return out


CLOSER = 0.02  # how much closer one reading of a span must be to win over another's context


def _closer_readings(cands: list[Candidate]) -> list[Candidate]:
    """Of fuzzy readings of one span as phrases of different categories ("ECLASSIFIED":
    DECLASSIFIED or UNCLASSIFIED?), the closer reading wins whatever its context: the context
    says whether a marking stands there, not which one it is — and reading a garbled
    DECLASSIFIED as UNCLASSIFIED labels a classified record unclassified."""
    return [
        c
        for c in cands
        if c.exact
        or not any(
            not k.exact
            and k.rule.category != c.rule.category
            and k.start < c.end
            and c.start < k.end
            and k.base > c.base + CLOSER
            for k in cands
        )
    ]


def _suppress_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep the best of overlapping candidates of one category (of any, between fuzzy readings);
    absorbing stamps swallow what lies inside them."""
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.weight, c.end - c.start)):
        clash = False
        for k in kept:
            if k.end <= c.start or c.end <= k.start:
                continue
            same = k.rule.category == c.rule.category or not (k.exact or c.exact)
            absorbed = k.rule.absorbs and k.start <= c.start and c.end <= k.end
            if same or absorbed:
                clash = True
                break
        if not clash:
            kept.append(c)
    return kept


def highest_classification(
    detections: Sequence[Detection], rules: RuleSet | None = None
) -> Detection | None:
    """The classification marking of the highest level among ``detections`` (the most confident
    of that level); None when there is none."""
    levels = (rules or load_rules()).levels
    found = [d for d in detections if d.category == "classification" and d.value in levels]
    return max(found, key=lambda d: (levels[d.value], d.confidence), default=None)
