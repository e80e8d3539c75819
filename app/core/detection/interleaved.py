"""Markings that OCR read interleaved with the words of another column.

A reading room's OCR reads a page line by line across its columns, so a stamp or a code printed
beside a line of text comes out with that line's words inside it: "RELEASE IN TO STABILIZE
ARMENIA FULL" is the stamp RELEASE IN FULL beside the end of a subject line, and "REASONS 1.5(B)
DECLASSIFIED AND (D)" the reasons 1.5(b) and (d) with the DECLASSIFIED stamp read between them.
Two readings put such markings back together:

- a stamp phrase whose rule says ``"interleaved": true``, its words in order and in capitals with
  one to four capital words of the other column between two of them. A reviewed release carries
  its stamps and codes together, so the reading counts only with another stamp or code near it;
  and a gap that makes the phrase's last word the object of a preposition or a determiner
  ("RELEASE IN THE FULL", "RELEASE IN EXCHANGE FOR PART OF") is prose, not a stamp;
- the elliptic continuation of an E.O. reason code ("AND (D)", ", (D)") one to three capital words
  after it, its letter later in the alphabet than the code's (reasons are listed in order).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import Levenshtein

from app.core.detection.rules import Rule, RuleSet

MAX_GAP_WORDS = 4
COMPANION_REACH = 120  # characters either side where another stamp or code vouches for a stamp
STAMP_CONFIDENCE = 0.8  # beside another stamp or code
LONE_STAMP_CONFIDENCE = 0.45  # nothing vouches for it: below every calibrated threshold
CONTINUATION_PENALTY = 0.1  # a continuation is a little less sure than the code it continues

# A word of the other column: capitals (an apostrophe, a hyphen, a stop or a colon inside or
# after), never a lower-case word, a number or a bracket.
_GAP_WORD = r"[A-Z][A-Z'’.:/-]*"
# Words a phrase's last word follows in a sentence ("IN THE FULL", "FOR PART"), never in a stamp.
_LEADS_OBJECT = frozenset(
    "THE A AN THIS THAT THESE THOSE HIS HER ITS OUR YOUR THEIR MY SOME ANY NO EACH EVERY "
    "OF IN ON TO AT BY FOR FROM WITH INTO ONTO AS AND OR BUT NOR IS ARE WAS WERE BE".split()
)
# Words a phrase's last word begins a phrase with in a sentence ("PART OF", "FULL OF").
_TAKES_OBJECT = frozenset("OF".split())


@dataclass(frozen=True, slots=True)
class SplitStamp:
    """A stamp phrase read with another column's words inside it."""

    rule: Rule
    start: int
    end: int
    gap: tuple[int, int]  # the other column's words


def split_stamps(text: str, ruleset: RuleSet) -> Iterator[SplitStamp]:
    """Every reading of an ``interleaved`` phrase with other words between two of its words."""
    for rule in ruleset.rules:
        if rule.interleaved and rule.phrase:
            for pattern in _split_patterns(rule.phrase):
                for m in pattern.finditer(text):
                    if _stamp_like(text, m):
                        yield SplitStamp(rule, m.start(), m.end(), m.span("gap"))


@cache
def _split_patterns(phrase: str) -> tuple[re.Pattern[str], ...]:
    """One pattern per place the phrase may be cut, at least two words before the cut (a lone
    first word, "RELEASE", is too common a word to begin a stamp on)."""
    words = [re.escape(w) for w in phrase.split()]
    gap = rf"(?P<gap>{_GAP_WORD}(?:[ \t]+{_GAP_WORD}){{0,{MAX_GAP_WORDS - 1}}})"
    return tuple(
        re.compile(
            r"(?<![A-Za-z])"
            + r"[ \t]+".join(words[:cut])
            + rf"[ \t]+{gap}[ \t]+"
            + r"[ \t]+".join(words[cut:])
            + r"(?![A-Za-z])"
        )
        for cut in range(2, len(words))
    )


def _stamp_like(text: str, m: re.Match[str]) -> bool:
    """Not a sentence: the phrase's last word is no object of the gap's last word, nor does it
    take one."""
    last = m["gap"].split()[-1].strip("'’.:/-")
    after = _NEXT_WORD.match(text, m.end())
    return last not in _LEADS_OBJECT and not (after and after[1].upper() in _TAKES_OBJECT)


_NEXT_WORD = re.compile(r"[ \t]*([A-Za-z]+)")


def foreign_words(span: str, phrase: str) -> bool:
    """``span`` holds a whole clean capital word more than MAX_GARBLE letters away from every
    word of ``phrase``: no OCR garbling of the phrase but another word, "RELEASE IN THE FULL" or
    "RELEASE IN LATE" (prose), or another column's word inside a stamp, which
    :func:`split_stamps` reads with its own tests. A fuzzy reading of the stamp takes such a word
    for noise; OCR noise leaves a word close to its own ("FUIL") or not clean ("PA|T")."""
    words = phrase.split()
    return any(_far(token.strip("'’\".,:;[]()-_"), words) for token in span.split())


def _far(word: str, words: Sequence[str]) -> bool:
    return _CLEAN.fullmatch(word) is not None and all(
        Levenshtein.distance(word, w) > MAX_GARBLE for w in words
    )


# Words of a sentence OCR noise does not make: a reading of a phrase of several words that
# holds one the phrase has not is prose ("APPROVED THE RELEASE"). Longer clean words far from
# the phrase's are prose too; shorter ones may be a garbled piece ("TOP SECR FT").
_SENTENCE_WORDS = frozenset(
    "THE A AN OF TO IN ON AT BY FOR AND OR WITH FROM IS ARE WAS WERE BE HAS HAVE HAD THAT THIS "
    "WILL WOULD NOT".split()
)
PROSE_WORD_MIN = 5  # letters of a clean word far from the phrase's that reads as prose


def prose_words(span: str, phrase: str) -> bool:
    """``span``, a reading of a phrase of several words, holds a word of prose, no word of the
    phrase nor a piece of one: a sentence word, or a clean capital word of PROSE_WORD_MIN letters
    or more far from every word of the phrase."""
    words = phrase.split()
    return any(_prose(token.strip("'’\".,:;[]()-_"), words) for token in span.split())


def _prose(word: str, words: Sequence[str]) -> bool:
    if any(word in w for w in words):  # the phrase's word, or a piece of one ("TO P SECRET")
        return False
    return word in _SENTENCE_WORDS or (len(word) >= PROSE_WORD_MIN and _far(word, words))


def drops_last_word(text: str, end: int, span: str, phrase: str) -> bool:
    """A reading of a phrase of several words that stops short of its last word, where the
    text goes on with another clean capital word on the same line: "LIMITED OFFICIAL CONTACT"
    is prose, not LIMITED OFFICIAL USE with USE lost."""
    words = phrase.split()
    tokens = span.split()
    if len(words) < 2 or not tokens:
        return False
    last = tokens[-1].strip("'’\".,:;[]()-_")
    if Levenshtein.distance(last, words[-1]) <= MAX_GARBLE or last in words[-1]:
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and _prose(after[1], words[-1:])


_CLEAN = re.compile(r"[A-Z]{2,}")
MAX_GARBLE = 2  # letters OCR may get wrong in one word of a stamp and leave a clean word


def stamp_confidence(stamp: SplitStamp, companions: Sequence[tuple[int, int]]) -> float:
    """High with another stamp or code near (before, after or in the gap; never the stamp's own
    words read otherwise), low alone."""
    near = any(
        stamp.start - COMPANION_REACH < e
        and s < stamp.end + COMPANION_REACH
        and (e <= stamp.start or stamp.end <= s or (stamp.gap[0] <= s and e <= stamp.gap[1]))
        for s, e in companions
    )
    return STAMP_CONFIDENCE if near else LONE_STAMP_CONFIDENCE


# "DECLASSIFIED AND (D)", "SUMMARY: , (C)": one to three words of the other column (no stop: a
# sentence ended there), then the elliptic letter after its conjunction.
_CONTINUATION = re.compile(
    r"(?P<gap>(?:[ \t]+[A-Z][A-Z'’/:-]*){1,3}?)[ \t]*(?:,|AND|and|&)[ \t]*"
    r"\([ \t]?(?P<l>[a-hA-H])[ \t]?\)"
)
_CONJUNCTION = re.compile(r"(?:,|AND|and|&)")
_EO_CODE = re.compile(r"(?P<s>1\.[4-6])(?:\([a-h]\))*\((?P<l>[a-h])\)")


@dataclass(frozen=True, slots=True)
class Continuation:
    """An elliptic letter of an E.O. code read past another column's words."""

    value: str  # "1.5(d)"
    start: int  # the conjunction
    end: int


def continuations(text: str, end: int, code: str) -> list[Continuation]:
    """The letters that continue the E.O. code ``code`` (normalised, "1.5(b)") ending at ``end``
    past words of another column: "1.5(B) DECLASSIFIED AND (D)" gives 1.5(d)."""
    head = _EO_CODE.fullmatch(code)
    if head is None:
        return []
    section, last = head["s"], head["l"]
    m = _CONTINUATION.match(text, end)
    if m is None or any(_CONJUNCTION.fullmatch(w) for w in m["gap"].split()):
        return []  # no other words between: the code's own rule read it
    out: list[Continuation] = []
    start = m.end("gap")
    while m is not None and m["l"].lower() > last:
        last = m["l"].lower()
        begins = _SPACES.match(text, start).end()  # type: ignore[union-attr]
        out.append(Continuation(f"{section}({last})", begins, m.end()))
        start = m.end()
        m = _MORE.match(text, start)
    return out


_SPACES = re.compile(r"[ \t]*")
_MORE = re.compile(r"[ \t]*(?:,|AND|and|&)?[ \t]*\([ \t]?(?P<l>[a-hA-H])[ \t]?\)")
