"""Marking candidates in a page's text, before what surrounds them is weighed: the rules' regexes
on the folded text, fuzzy readings of OCR-garbled phrases where no phrase matched exactly
(:mod:`app.core.detection.fuzzy`), and stamps and codes OCR read with another column's words
inside them (:mod:`app.core.detection.interleaved`). :mod:`app.core.detection.markings` weighs
them and keeps the best.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.core.detection.context import other_word, stray_first_word
from app.core.detection.fuzzy import WEAK_THRESHOLD, FuzzyHit, fuzzy_hits, gap_hits
from app.core.detection.interleaved import (
    CONTINUATION_PENALTY,
    continuations,
    drops_last_word,
    foreign_words,
    prose_words,
    split_stamps,
    stamp_confidence,
)
from app.core.detection.rules import Rule, RuleSet

CODE_COMPANIONS = frozenset({"exemption", "release"})


@dataclass
class Candidate:
    rule: Rule
    start: int
    end: int
    value: str
    confidence: float
    exact: bool
    weak: bool = False  # a poor fuzzy reading: kept only where a marking is expected
    base: float = 0.0  # the reading's own confidence, before what surrounds it moved it

    @property
    def weight(self) -> float:
        # Longer phrases win over the shorter ones inside them ("TOP SECRET" over "SECRET").
        size = len(self.rule.phrase) if self.rule.phrase else self.end - self.start
        return self.confidence + 0.02 * size


def find_candidates(text: str, ruleset: RuleSet) -> list[Candidate]:
    """Regex matches on the folded text, then fuzzy readings where no phrase matched exactly."""
    candidates = _regex_candidates(text.translate(ruleset.fold), ruleset)
    exact_phrases = [c for c in candidates if c.exact and c.rule.phrase]
    for hit in fuzzy_hits(text, ruleset, WEAK_THRESHOLD) + gap_hits(text, ruleset):
        # A span that is exactly one phrase (UNCLASSIFIED) is not a garbled other (DECLASSIFIED),
        # nor is a real word (CLASSIFIED, CONFIDENTIALITY) a garbled level.
        span, phrase = text[hit.start : hit.end], hit.rule.phrase or ""
        if other_word(span, phrase) or stray_first_word(span, phrase):
            continue
        # A clean other word in a reading of several words is prose, not noise ("APPROVED THE
        # RELEASE", "LIMITED OFFICIAL CONTACT").
        if hit.rule.interleaved and foreign_words(span, phrase):
            continue
        if len(phrase.split()) > 1 and (
            prose_words(span, phrase) or drops_last_word(text, hit.end, span, phrase)
        ):
            continue
        if not any(e.start < hit.end and hit.start < e.end for e in exact_phrases):
            candidates.append(_from_fuzzy(hit, text))
    return candidates + _interleaved(text, candidates, ruleset)


def _interleaved(text: str, candidates: Sequence[Candidate], ruleset: RuleSet) -> list[Candidate]:
    """Stamps and E.O. codes read with another column's words inside them
    (app.core.detection.interleaved), under rule ids of their own ("…-interleaved")."""
    companions = [
        (c.start, c.end) for c in candidates if c.exact and c.rule.category in CODE_COMPANIONS
    ]
    out = []
    for stamp in split_stamps(text, ruleset):
        rule = replace(stamp.rule, id=f"{stamp.rule.id}-interleaved")
        confidence = stamp_confidence(stamp, companions)
        out.append(Candidate(rule, stamp.start, stamp.end, rule.values[0], confidence, True))
    for c in candidates:
        if c.rule.category == "exemption" and c.exact:
            rule = replace(c.rule, id=f"{c.rule.id}-interleaved")
            confidence = c.confidence - CONTINUATION_PENALTY
            out.extend(
                Candidate(rule, k.start, k.end, k.value, confidence, True)
                for k in continuations(text, c.end, c.value)
            )
    return out


def _regex_candidates(folded: str, ruleset: RuleSet) -> list[Candidate]:
    out: list[Candidate] = []
    for rule in ruleset.rules:
        for m in rule.pattern.finditer(folded):
            if m.end() == m.start():
                continue
            at = m.span("at") if "at" in rule.pattern.groupindex else (-1, -1)
            start, end = _trim(folded, *(at if at[0] >= 0 else m.span()))
            exact = rule.phrase is None or " ".join(folded[start:end].split()) == rule.phrase
            confidence = rule.confidence if exact else rule.confidence - 0.07
            out.append(Candidate(rule, start, end, rule.value_for(m), confidence, exact))
    return out


_DATE_AFTER = re.compile(r"[ \t]*[:;.,]?[ \t]*((?:19|20)\d\d)/(\d\d)/(\d\d)(?!\d)")


def _from_fuzzy(hit: FuzzyHit, text: str) -> Candidate:
    value, end = hit.rule.values[0], hit.end
    date = _DATE_AFTER.match(text, end) if hit.rule.release_date else None
    if date is not None:  # "APPROVFD FOR RELEASE 2021/07/25": the stamp's date is its value
        value, end = f"{value} {date[1]}/{date[2]}/{date[3]}", date.end()
    return Candidate(hit.rule, hit.start, end, value, hit.confidence, False, hit.weak)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end
