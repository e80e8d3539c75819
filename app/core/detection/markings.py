"""Finding classification markings, release stamps, exemption codes and identifiers in page text.

Four passes, best candidate kept where they overlap: the rules' regexes on the folded text, then a
fuzzy pass for the phrases marked ``fuzzy`` that reads OCR-garbled capitals ("SEeRB'f", "S CRE'f")
by comparing letter and letter-shape keys of short token windows with rapidfuzz, then stamps and
codes OCR read with another column's words inside them (app.core.detection.interleaved). Word
boxes, when given, tell banners (top or bottom centre of the page) from words in the body; the
words around a level (app.core.detection.context) tell a marking from a word in a sentence;
classification-authority lines (app.core.detection.authority) are their own category and never a
level. What is proposed is what reaches its category's calibrated threshold
(app.core.detection.calibration).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.core.detection.authority import CATEGORY as AUTHORITY
from app.core.detection.authority import AuthorityLine, authority_lines
from app.core.detection.calibration import Thresholds, calibrated_thresholds
from app.core.detection.context import (
    box_option,
    designation,
    labelled_noun,
    level_cues,
    other_word,
    stamp_in_prose,
    stray_first_word,
    verb_use,
    verb_with_object,
)
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
from app.core.detection.rules import Rule, RuleSet, load_rules

MIN_CONFIDENCE = 0.5  # for categories the calibration does not name
FLOOR = 0.3  # candidates below this are never kept, whatever the thresholds
MAX_LINE = 160
_LETTERS = re.compile(r"[A-Za-z]")
_LOWER_WORD = re.compile(r"[a-z]{3,}")
# What may stand before a portion mark that opens a paragraph: nothing, its number or letter
# ("1.", "a)"), a cable's dash or a bullet ("-- (C)", "• (U)"), a paragraph sign ("¶3.").
_PARAGRAPH_LEAD = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–—•*·]{1,2}[ \t]*|¶[ \t]*)?(?:[0-9]{1,2}[.)]|[a-z][.)])?[ \t]*$"
)


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
    weak: bool = False  # a poor fuzzy reading: kept only where a marking is expected
    base: float = 0.0  # the reading's own confidence, before what surrounds it moved it

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
    thresholds: Thresholds | float | None = None,
) -> list[Detection]:
    """Every marking in ``text``, in reading order; overlapping candidates of a category merged.

    ``thresholds`` is the lowest confidence proposed, by category (None: the calibrated ones;
    a number: that for every category, e.g. 0 for every candidate, as the evaluation needs)."""
    ruleset = rules or load_rules()
    located = _Locator(text, words, page_size)
    authority = authority_lines(text)
    candidates = [c for c in _candidates(text, ruleset) if not _inside_authority(c, authority)]
    portions = [c for c in candidates if c.rule.portion]
    candidates = [c for c in candidates if not _inside_portion(c, portions)]
    repeats = _repeats(candidates)
    codes = [(c.start, c.end) for c in candidates if c.rule.category in _CODE_COMPANIONS]
    kept: list[_Candidate] = []
    levels = [c for c in candidates if c.rule.category == "classification"]
    for c in candidates:
        c.base = c.confidence
        c.confidence = _adjust(c, text, located, repeats.get(c.value, 1), _container(c, levels))
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


def _inside_authority(c: _Candidate, lines: Sequence[AuthorityLine]) -> bool:
    return c.rule.category in _SWALLOWED and any(a.start < c.end and c.start < a.end for a in lines)


def _inside_portion(c: _Candidate, portions: Sequence[_Candidate]) -> bool:
    """A level read inside a portion mark ("SBU" of "(SBU)") is the mark's own level, which its
    value carries as "(S)" carries SECRET: one proposal, not two."""
    return c.rule.category == "classification" and any(
        p.start <= c.start and c.end <= p.end for p in portions
    )


IN_PROSE = -0.6  # a stamp's words used as a verb (after an auxiliary) or a phrase of a sentence
BOX_OPTION = -0.6  # "[ ] DECLASSIFIED", one choice of a review box: not a release said
_STAMPS = frozenset({"release", "control"})
LABEL_OF_NOUN = -0.6  # "Annex B3", "THE B1 BOMBER": a noun's label or a name, not a code
CODE_NEIGHBOUR = 0.1  # "Bl,1.4(B)": a doubtful code in a list of codes or beside a stamp
CODE_REACH = 40
_CODE_COMPANIONS = frozenset({"exemption", "release"})


def _near_other(c: _Candidate, spans: Sequence[tuple[int, int]]) -> bool:
    return any(
        (s, e) != (c.start, c.end)
        and s - CODE_REACH < c.end
        and c.start < e + CODE_REACH
        and not (s < c.end and c.start < e)
        for s, e in spans
    )


REPEAT_APART = 120  # characters: closer, it is one place read twice (a doubled OCR layer)


def _repeats(candidates: Sequence[_Candidate]) -> dict[str, int]:
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


def _candidates(text: str, ruleset: RuleSet) -> list[_Candidate]:
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


def _interleaved(text: str, candidates: Sequence[_Candidate], ruleset: RuleSet) -> list[_Candidate]:
    """Stamps and E.O. codes read with another column's words inside them
    (app.core.detection.interleaved), under rule ids of their own ("…-interleaved")."""
    companions = [
        (c.start, c.end) for c in candidates if c.exact and c.rule.category in _CODE_COMPANIONS
    ]
    out = []
    for stamp in split_stamps(text, ruleset):
        rule = replace(stamp.rule, id=f"{stamp.rule.id}-interleaved")
        confidence = stamp_confidence(stamp, companions)
        out.append(_Candidate(rule, stamp.start, stamp.end, rule.values[0], confidence, True))
    for c in candidates:
        if c.rule.category == "exemption" and c.exact:
            rule = replace(c.rule, id=f"{c.rule.id}-interleaved")
            confidence = c.confidence - CONTINUATION_PENALTY
            out.extend(
                _Candidate(rule, k.start, k.end, k.value, confidence, True)
                for k in continuations(text, c.end, c.value)
            )
    return out


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
    return _Candidate(hit.rule, hit.start, end, value, hit.confidence, False, hit.weak)


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


def _container(c: _Candidate, levels: Sequence[_Candidate]) -> tuple[int, int, str]:
    """The span and value of the longest level reading ``c`` lies inside (SECRET inside TOP
    SECRET: the words around the whole banner are its context), else its own."""
    if c.rule.category != "classification":
        return c.start, c.end, c.value
    outer = max(
        (k for k in levels if k.start <= c.start and c.end <= k.end),
        key=lambda k: k.end - k.start,
    )
    return outer.start, outer.end, outer.value


def _adjust(
    c: _Candidate, text: str, where: _Locator, repeats: int, span: tuple[int, int, str]
) -> float:
    """Raise or lower a candidate's confidence by where it sits on the page and what is around
    it (``span``: the level reading it lies inside, :func:`_container`); a poor reading with no
    cue that a marking is expected there drops to 0."""
    conf = c.confidence
    if c.rule.category == "classification":
        cues = level_cues(text, *span, repeats)
        if c.weak and not cues.marking_cue:
            return 0.0
        conf += cues.adjustment
    elif c.weak:
        return 0.0  # only levels have the context that may rescue a poor reading
    elif c.rule.category in _STAMPS and (
        (
            c.rule.category == "release"
            and (verb_use(text, c.start) or verb_with_object(text, c.start, c.end))
        )
        or stamp_in_prose(text, c.start, c.end)
    ):
        conf += IN_PROSE
    elif c.rule.id == "release.declassified" and box_option(text, c.start, c.end):
        conf += BOX_OPTION
    elif c.rule.category == "exemption" and (
        labelled_noun(text, c.start) or designation(text, c.start, c.end)
    ):
        conf += LABEL_OF_NOUN
    if c.rule.banner:
        banner = where.banner(c.start, c.end)
        if banner is True:
            conf += 0.05 if c.exact else 0.1
        elif banner is False and not c.exact:
            conf -= 0.1
    if c.rule.portion:
        conf = _portion_confidence(c, text, where)
    return max(0.0, min(conf, 0.99))


_CAPITAL_NEXT = re.compile(r"[ \t]?[A-Z]")
# A cable's or a memo's subject line is portion-marked after its label or at its end ("SUBJECT:
# (C) TALKS", "Subject: FW: Meeting (U)", "SUBJ: (SBU) VISIT"), whatever the case of its words.
_SUBJECT_LABEL = r"[ \t]*(?:SUBJECT|SUBJ|TITLE|RE)[ \t]*:"
_AFTER_SUBJECT = re.compile(rf"(?i){_SUBJECT_LABEL}(?:[ \t]*(?:FWD?|RE)[ \t]*:)*[ \t]*$")
_SUBJECT_LINE = re.compile(rf"(?i){_SUBJECT_LABEL}")
_LINE_END = re.compile(r"[ \t.]*(?:\n|$)")
_SENTENCE_END = re.compile(r"[.:;•][ \t]*$")
_ENUMERATION = re.compile(r"\((?:[A-Za-z]|\d{1,2})\)")
_YEAR_AFTER = re.compile(r"[ \t]*(?:19|20)\d\d(?!\d)")
# A form's empty check box as OCR reads it: an underscore against a bracket ("(_]", "C_]", "{_}",
# "[_)", "{__]"). Among CHECKBOXES of them within CHECKBOX_REACH characters (an FBI routing
# slip's list of field offices), a "(C)" at a line's start is one more box, not a portion mark.
_CHECKBOX = re.compile(r"[(\[{]_+|_+[)\]}]")
CHECKBOXES = 3
CHECKBOX_REACH = 120


def _portion_confidence(c: _Candidate, text: str, where: _Locator) -> float:
    """A portion mark opens a paragraph; "(U)" also inline before its portion ("• (U) Kosovo:"),
    which an enumeration would seldom reach; "(C)" mid-sentence is an enumeration."""
    body = c.value[1:-1]
    if body == "C" and _YEAR_AFTER.match(text, c.end):
        return 0.0  # "(C) 1963 THE DALLAS MORNING NEWS": a clipping's copyright sign
    near = text[max(0, c.start - CHECKBOX_REACH) : c.end + CHECKBOX_REACH]
    if len(_CHECKBOX.findall(near)) >= CHECKBOXES:
        return 0.0  # a box of a form's list read as "(C)": "(_] Honolulu / (C) Oklahoma City"
    if where.starts_paragraph(c.start):
        return 0.3 if len(body) == 1 and _lettered_list(text, c.start, c.end) else 0.92
    if _subject_mark(text, c.start, c.end):
        return 0.92
    if "//" in body:
        return 0.8
    if len(body) > 1:
        return 0.6
    capital_next = _CAPITAL_NEXT.match(text, c.end) is not None
    if body == "U":
        return 0.75 if capital_next else 0.5
    lead = text[max(0, c.start - 4) : c.start]
    others = [
        m
        for m in _ENUMERATION.finditer(text, max(0, c.start - 80), c.end + 80)
        if m.start() != c.start
    ]
    if _SENTENCE_END.search(lead) and capital_next and not others:
        return 0.6
    return 0.3


def _subject_mark(text: str, start: int, end: int) -> bool:
    """A mark right after a subject line's label, or ending a subject line."""
    line_start = text.rfind("\n", 0, start) + 1
    if _AFTER_SUBJECT.match(text, line_start, start):
        return True
    return _LINE_END.match(text, end) is not None and bool(
        _SUBJECT_LINE.match(text, line_start, start)
    )


_PORTION_LETTERS = frozenset("UCSR")  # the one-letter portion marks' letters
# "(A)" opening a line: a capital (not "(5)", OCR's reading of "(S)", nor "(b)(3)", a FOIA code)
_LIST_LABEL = re.compile(r"(?m)^[ \t]*\((?P<label>[A-Z])\)(?![(\d])")
LIST_REACH = 160  # characters either side of a one-letter mark


def _lettered_list(text: str, start: int, end: int) -> bool:
    """A one-letter mark among the labels of other lines that no portion mark has ("(A) … /
    (B) … / (C) the third"): a list's item, not a portion mark."""
    return any(
        m["label"] not in _PORTION_LETTERS
        for m in _LIST_LABEL.finditer(text, max(0, start - LIST_REACH), end + LIST_REACH)
        if m.end() != end
    )


CLOSER = 0.02  # how much closer one reading of a span must be to win over another's context


def _closer_readings(cands: list[_Candidate]) -> list[_Candidate]:
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
