"""Finding classification markings, release stamps, exemption codes and identifiers in page text.

Three passes, best candidate kept where they overlap: the rules' regexes on the folded text, then a
fuzzy pass for the phrases marked ``fuzzy`` that reads OCR-garbled capitals ("SEeRB'f", "S CRE'f")
by comparing letter and letter-shape keys of short token windows with rapidfuzz. Word boxes, when
given, tell banners (top or bottom centre of the page) from words in the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.detection.fuzzy import FuzzyHit, fuzzy_hits, gap_hits
from app.core.detection.rules import Rule, RuleSet, load_rules

MIN_CONFIDENCE = 0.5
MAX_LINE = 160
_LETTERS = re.compile(r"[A-Za-z]")
_LOWER_WORD = re.compile(r"[a-z]{3,}")
_PARAGRAPH_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[0-9]{1,2}[.)]|[a-z][.)])?[ \t]*$")


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


@dataclass(frozen=True, slots=True)
class WordBox:
    """A word's span in the text and its box in PDF points (origin top-left)."""

    start: int
    end: int
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class _Candidate:
    rule: Rule
    start: int
    end: int
    value: str
    confidence: float
    exact: bool

    @property
    def weight(self) -> float:
        # Longer phrases win over the shorter ones inside them ("TOP SECRET" over "SECRET").
        size = len(self.rule.phrase) if self.rule.phrase else self.end - self.start
        return self.confidence + 0.02 * size


def detect_markings(
    text: str,
    *,
    words: Sequence[WordBox] | None = None,
    page_size: tuple[float, float] | None = None,
    rules: RuleSet | None = None,
) -> list[Detection]:
    """Every marking in ``text``, in reading order; overlapping candidates of a category merged."""
    ruleset = rules or load_rules()
    located = _Locator(text, words, page_size)
    kept: list[_Candidate] = []
    for c in _candidates(text, ruleset):
        c.confidence = _adjust(c, text, located)
        if c.confidence >= MIN_CONFIDENCE:
            kept.append(c)
    chosen = _suppress_overlaps(kept)
    return [
        Detection(
            c.rule.category,
            c.value,
            c.start,
            c.end,
            text[c.start : c.end],
            round(c.confidence, 3),
            c.rule.id,
        )
        for c in sorted(chosen, key=lambda c: (c.start, c.end))
    ]


def _candidates(text: str, ruleset: RuleSet) -> list[_Candidate]:
    """Regex matches on the folded text, then fuzzy readings where no phrase matched exactly."""
    candidates = _regex_candidates(text.translate(ruleset.fold), ruleset)
    exact_phrases = [c for c in candidates if c.exact and c.rule.phrase]
    for hit in fuzzy_hits(text, ruleset) + gap_hits(text, ruleset):
        # A span that is exactly one phrase (UNCLASSIFIED) is not a garbled other (DECLASSIFIED).
        if not any(e.start < hit.end and hit.start < e.end for e in exact_phrases):
            candidates.append(_from_fuzzy(hit, text))
    return candidates


def _regex_candidates(folded: str, ruleset: RuleSet) -> list[_Candidate]:
    out: list[_Candidate] = []
    for rule in ruleset.rules:
        for m in rule.pattern.finditer(folded):
            if m.end() == m.start():
                continue
            at = m.span("at") if "at" in rule.pattern.groupindex else (-1, -1)
            start, end = _trim(folded, *(at if at[0] >= 0 else m.span()))
            exact = rule.phrase is None or " ".join(folded[start:end].split()) == rule.phrase
            confidence = rule.confidence if exact else rule.confidence - 0.07
            out.append(_Candidate(rule, start, end, rule.value_for(m), confidence, exact))
    return out


_DATE_AFTER = re.compile(r"[ \t]*[:;.,]?[ \t]*((?:19|20)\d\d)/(\d\d)/(\d\d)(?!\d)")


def _from_fuzzy(hit: FuzzyHit, text: str) -> _Candidate:
    value, end = hit.rule.values[0], hit.end
    date = _DATE_AFTER.match(text, end) if hit.rule.release_date else None
    if date is not None:  # "APPROVFD FOR RELEASE 2021/07/25": the stamp's date is its value
        value, end = f"{value} {date[1]}/{date[2]}/{date[3]}", date.end()
    return _Candidate(hit.rule, hit.start, end, value, hit.confidence, False)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


class _Locator:
    """Where a span sits: on the page (from word boxes) or, without boxes, on its own line."""

    def __init__(
        self, text: str, words: Sequence[WordBox] | None, page_size: tuple[float, float] | None
    ) -> None:
        self.text = text
        self.words = sorted(words, key=lambda w: w.start) if words and page_size else []
        self.page_size = page_size

    def banner(self, start: int, end: int) -> bool | None:
        """True at the top or bottom centre of the page; None when nothing tells."""
        if self.words and self.page_size:
            boxes = [w for w in self.words if w.end > start and w.start < end]
            if not boxes:
                return None
            width, height = self.page_size
            cy = (min(w.y0 for w in boxes) + max(w.y1 for w in boxes)) / 2
            cx = (min(w.x0 for w in boxes) + max(w.x1 for w in boxes)) / 2
            edge = cy < 0.13 * height or cy > 0.87 * height
            return edge and abs(cx - width / 2) < 0.25 * width
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        if line_end - line_start > MAX_LINE:
            return None  # text without line breaks (a reading-room OCR dump) says nothing here
        rest = self.text[line_start:start] + self.text[end:line_end]
        return _LOWER_WORD.search(rest) is None

    def starts_paragraph(self, start: int) -> bool:
        return _PARAGRAPH_LEAD.search(self.text, 0, start) is not None or start == 0


def _adjust(c: _Candidate, text: str, where: _Locator) -> float:
    """Raise or lower a candidate's confidence by where it sits on the page."""
    conf = c.confidence
    if c.rule.banner:
        banner = where.banner(c.start, c.end)
        if banner is True:
            conf += 0.05 if c.exact else 0.1
        elif banner is False and not c.exact:
            conf -= 0.1
    if c.rule.portion:
        body = c.value[1:-1]
        if where.starts_paragraph(c.start):
            conf = 0.92
        elif "//" in body:
            conf = 0.8
        elif len(body) > 1:
            conf = 0.6
        else:
            conf = 0.3  # "(C)" inside a sentence is an enumeration far more often than a mark
    return min(conf, 0.99)


def _suppress_overlaps(cands: list[_Candidate]) -> list[_Candidate]:
    """Keep the best of overlapping candidates of one category (of any, between fuzzy readings);
    absorbing stamps swallow what lies inside them."""
    kept: list[_Candidate] = []
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
