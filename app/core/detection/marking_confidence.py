"""A marking candidate's confidence, moved by where it sits and what surrounds it: a banner at
the top or bottom centre of the page (told by word boxes, else by a line of its own), a level's
context (:mod:`app.core.detection.context`), a stamp's words used in a sentence, a code that is a
noun's label, and the portion marks' own rules ("(C)" opening a paragraph or a subject line, not
an enumeration nor a form's check box).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.detection.context import (
    box_option,
    designation,
    labelled_noun,
    level_cues,
    stamp_in_prose,
    verb_use,
    verb_with_object,
)
from app.core.detection.marking_candidates import Candidate

MAX_LINE = 160
_LOWER_WORD = re.compile(r"[a-z]{3,}")
# What may stand before a portion mark that opens a paragraph: nothing, its number or letter
# ("1.", "a)"), a cable's dash or a bullet ("-- (C)", "• (U)"), a paragraph sign ("¶3.").
_PARAGRAPH_LEAD = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–—•*·]{1,2}[ \t]*|¶[ \t]*)?(?:[0-9]{1,2}[.)]|[a-z][.)])?[ \t]*$"
)


@dataclass(frozen=True, slots=True)
class WordBox:
    """A word's span in the text and its box in PDF points (origin top-left)."""

    start: int
    end: int
    x0: float
    y0: float
    x1: float
    y1: float


IN_PROSE = -0.6  # a stamp's words used as a verb (after an auxiliary) or a phrase of a sentence
BOX_OPTION = -0.6  # "[ ] DECLASSIFIED", one choice of a review box: not a release said
_STAMPS = frozenset({"release", "control"})
LABEL_OF_NOUN = -0.6  # "Annex B3", "THE B1 BOMBER": a noun's label or a name, not a code


class Locator:
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


def container(c: Candidate, levels: Sequence[Candidate]) -> tuple[int, int, str]:
    """The span and value of the longest level reading ``c`` lies inside (SECRET inside TOP
    SECRET: the words around the whole banner are its context), else its own."""
    if c.rule.category != "classification":
        return c.start, c.end, c.value
    outer = max(
        (k for k in levels if k.start <= c.start and c.end <= k.end),
        key=lambda k: k.end - k.start,
    )
    return outer.start, outer.end, outer.value


def adjust(
    c: Candidate, text: str, where: Locator, repeats: int, span: tuple[int, int, str]
) -> float:
    """Raise or lower a candidate's confidence by where it sits on the page and what is around
    it (``span``: the level reading it lies inside, :func:`container`); a poor reading with no
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


def _portion_confidence(c: Candidate, text: str, where: Locator) -> float:
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
