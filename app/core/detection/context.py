"""What surrounds a level word: the cues a reviewer uses to tell a marking from a word.

A classification banner stands apart: quoted as a review stamp ("UNCLASSIFIED"), next to control
words (CONFIDENTIAL/NODIS, SECRET DECL: ...), in a form's classification field, beside a page
number, repeated. A level word in a sentence is led by an article or a determiner ("PASS THE
FOLLOWING CONFIDENTIAL NOTE") or a title ("THE DEPUTY SECRET ARY", a word OCR split), and what
follows it finishes a longer word ("SECRET ARY"). Each cue moves a candidate's confidence; the
calibrated threshold (app.core.detection.calibration) decides what is proposed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTED = 0.08
STAMP = 0.08
CONTROL_NEAR = 0.08
FIELD_LABEL = 0.1
PAGE_MARK = 0.05
REPEATED = 0.04
PROSE_BEFORE = -0.35
PROSE_AFTER = -0.25
IN_SENTENCE = -0.6
ATTRIBUTIVE = -0.6  # "4. UNCLASSIFIED VERSION WILL FOLLOW": the adjective of a noun of prose
SPLIT_WORD = -1.0  # "SECRET ARY" is Secretary, "SECRET SERVICE" a name: never a level

# Words a level word follows in a sentence, never in a banner.
_DETERMINERS = frozenset(
    "THE A AN THIS THAT THESE THOSE FOLLOWING HIS HER ITS OUR YOUR THEIR MY MOST VERY HIGHLY "
    "SOME ANY SUCH STRICTLY".split()
)
# Titles that OCR splits: "DEPUTY SECRET ... ARY", "EXECUTIVE SECRET ARIAT".
_TITLES = frozenset("DEPUTY UNDER ASSISTANT EXECUTIVE ACTING PRIVATE PERMANENT GENERAL".split())
# Nouns a level adjective modifies in prose ("CONFIDENTIAL NOTE", "SECRET ANNEX").
_PROSE_NOUNS = frozenset(
    "NOTE NOTES LETTER LETTERS MESSAGE MESSAGES SOURCE SOURCES INFORMANT INFORMANTS ANNEX "
    "SERVICE BASIS MANNER NATURE CONVERSATION CONVERSATIONS TALKS MEETING MEETINGS AGREEMENT "
    "POLICE AGENT AGENTS BALLOT VOTE SESSION PROTOCOL TREATY".split()
)
# A level word read inside a sentence has one of these right before it and one right after it
# ("MUST REMAIN SECRET UNTIL", "TREATED AS CONFIDENTIAL AND NOT SHARED"): cables are written
# in capitals, so case cannot tell; a banner has no sentence around it.
_SENTENCE_BEFORE = frozenset(
    "THE A AN AS AND OR BUT TO OF IN ON AT BY FOR WITH REMAIN REMAINS REMAINED BE IS ARE WAS "
    "WERE BEEN BEING MUST WILL SHALL SHOULD WOULD COULD MAY MIGHT CAN KEEP KEPT TREAT TREATED "
    "HELD CONSIDERED STAY STAYS STAYED NOT ALSO".split()
)
_SENTENCE_AFTER = frozenset(
    "AND OR BUT UNTIL TO OF IN ON AT BY WITH THAT WHICH WHO BECAUSE SINCE AS IS ARE WAS WERE "
    "WILL WOULD SHOULD MUST HAS HAVE HAD BEEN".split()
)
_CLAUSE_BREAK = re.compile(r"[\n.:;!?()\[\]\"“”/|]")
# Names and terms a level word begins, never a marking: the (U.S.) Secret Service of the JFK
# records, the FBI's "CONFIDENTIAL INFORMANT T-1".
_COMPOUNDS = {
    "SECRET": frozenset("SERVICE SERVICES POLICE AGENT AGENTS BALLOT SOCIETY SOCIETIES".split()),
    "CONFIDENTIAL": frozenset("INFORMANT INFORMANTS SOURCE SOURCES".split()),
}
# What finishes a word a level word begins: SECRET+ARY, CONFIDENTIAL+ITY, SECRET+LY, and the
# possessive of a noun ("THE SECRET'S OUT").
_WORD_TAILS = re.compile(r"(?i)ARY|ARIES|ARIAT|ARIAL|ARY'S|ARY’S|ITY|ITIES|'S|’S")
_CONTROL = re.compile(
    r"(?<![A-Za-z])(?:NODIS|EXDIS|LIMDIS|STADIS|NOFORN|ORCON|NOCONTRACT|PROPIN|WNINTEL|EYES|"
    r"PROPRIETARY|SENSITIVE|DECL|E\.\s?O\.|TAGS|SUBJECT|SUBJ|NIACT|"
    r"SECURITY\s+INFORMATION|SPECIAL\s+HANDLING|HANDLE\s+VIA|RYBAT|CONTINUED\s+CONTROL)"
    r"(?![a-z])"
)
_FIELD = re.compile(r"(?i)(?<![A-Za-z])(?:CLASS\s?IF\s?ICA\s?T\s?[I1l]\s?ON|Class)\s*[:._\s-]*$")
_PAGE_NUMBER = re.compile(
    r"^\s*[-–—]\s?\d{1,3}\s?[-–—]|^\s*Page\s+\d|\s[-–—]\s?\d{1,3}\s?[-–—]\s*$"
)
# A review stamp's date and case number right after the level ('"UNCLASSIFIED" 3/16/2023
# FL-2017-13804', the State reading room's stamp on every page).
_STAMP_AFTER = re.compile(
    r"^\W{0,3}\s*(?:\S{1,4}\s+)?(?:\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{2,4}|[Ff][LlI1]?-\d{4}-\d{3,5})"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_NEAR = 24  # characters either side where a control word or a page number still counts


@dataclass(frozen=True, slots=True)
class Cues:
    """Which cues a candidate has; ``adjustment`` is their sum."""

    quoted: bool = False
    stamp: bool = False
    control: bool = False
    field: bool = False
    page_mark: bool = False
    repeated: bool = False
    prose_before: bool = False
    prose_after: bool = False
    in_sentence: bool = False
    attributive: bool = False
    split_word: bool = False

    @property
    def adjustment(self) -> float:
        if self.split_word:
            return SPLIT_WORD
        weights = (
            (self.quoted, QUOTED),
            (self.stamp, STAMP),
            (self.control, CONTROL_NEAR),
            (self.field, FIELD_LABEL),
            (self.page_mark, PAGE_MARK),
            (self.repeated, REPEATED),
            (self.prose_before, PROSE_BEFORE),
            (self.prose_after, PROSE_AFTER),
            (self.in_sentence, IN_SENTENCE),
            (self.attributive, ATTRIBUTIVE),
        )
        return sum(w for on, w in weights if on)

    @property
    def marking_cue(self) -> bool:
        """A cue that a marking is expected here (a poorly read word may then be one)."""
        return self.quoted or self.stamp or self.control or self.field


def level_cues(text: str, start: int, end: int, value: str, repeats: int = 1) -> Cues:
    """The cues around a level candidate ``text[start:end]`` read as ``value``."""
    # A doubled OCR layer repeats the word itself ("CONFIDENTIAL CONFIDENTIAL NOTE"): look past it.
    before = [w for w in _words_before(text, start, 4) if w.upper() != value.split()[0]]
    after = [w for w in _words_after(text, end, 3) if w.upper() != value.split()[-1]]
    first_word = value.split()[0]
    split = _WORD_TAILS.fullmatch(_next_token(text, end)) is not None
    last_word = value.split()[-1]
    name = (
        _same_line(text, end) and bool(after) and after[0].upper() in _COMPOUNDS.get(last_word, ())
    )
    title = first_word == "SECRET" and bool(before) and before[-1].upper() in _TITLES
    left, right = text[max(0, start - _NEAR) : start], text[end : end + _NEAR]
    possessive = _POSSESSIVE.search(text, max(0, start - 40), start) is not None
    prose_before = (_determiner(before) or possessive) and _tight(text, start)
    return Cues(
        quoted=_quoted(text, start, end),
        stamp=_STAMP_AFTER.search(right) is not None,
        control=_CONTROL.search(right) is not None
        or _CONTROL.search(left[-12:]) is not None
        or right[:1] == "/",
        field=_FIELD.search(left) is not None,
        page_mark=_PAGE_NUMBER.search(right) is not None or _PAGE_NUMBER.search(left) is not None,
        repeated=repeats > 1,
        prose_before=prose_before,
        prose_after=_same_line(text, end) and bool(after) and after[0].upper() in _PROSE_NOUNS,
        in_sentence=_in_sentence(text, start, end) or _predicate(text, start, end),
        attributive=_attributive(
            text, start, end, value, prose_before or _led(before, text, start)
        ),
        split_word=split or title or name,
    )


# What a stamp's first word, read as a verb, follows in a sentence: "WOULD RELEASE IN FULL THE
# NAMES", "WERE DECLASSIFIED IN 1992". A stamp follows none of them.
_AUXILIARIES = frozenset(
    "WOULD WILL SHALL SHOULD CAN COULD MAY MIGHT MUST TO NOT WAS WERE IS ARE BE BEEN BEING HAS "
    "HAVE HAD".split()
)


def verb_use(text: str, start: int) -> bool:
    """The word right before ``start`` (same clause) is an auxiliary: the stamp's words are a
    verb of a sentence."""
    left = text[max(0, start - 30) : start]
    left = left[max((m.end() for m in _CLAUSE_BREAK.finditer(left)), default=0) :]
    words = left.split()
    return bool(words) and words[-1].upper() in _AUXILIARIES


# What a stamp's words, read as a verb, take as their object: "THE CIA DECLASSIFIED THE
# REPORT", "THE AGENCY RELEASED IN PART THE FILES". A stamp is followed by a code, a date, a
# number or its authority, not by a determiner.
_OBJECT_FIRST = frozenset("THE A AN THIS THAT THESE THOSE HIS HER ITS OUR THEIR ALL SOME".split())
_SUBJECT = re.compile(r"[A-Za-z][A-Za-z.'’-]*[ \t]+$")


def verb_with_object(text: str, start: int, end: int) -> bool:
    """A stamp's words between a word on their line (a subject) and a determiner (an object's
    first word): a verb of a sentence, not a stamp."""
    line_start = text.rfind("\n", 0, start) + 1
    subject = _SUBJECT.search(text, line_start, start) is not None
    return subject and _same_line(text, end) and _bare(_next_token(text, end)) in _OBJECT_FIRST


_WORD_NEXT = re.compile(r"[ \t]{1,2}[A-Za-z]{2,}(?![A-Za-z0-9])")


def stamp_in_prose(text: str, start: int, end: int) -> bool:
    """A stamp's or a control's words in a sentence: after an article or an adverb and before
    a word on their line ("THE DECLASSIFIED CABLES SHOW", "RECENTLY DECLASSIFIED FILES", "THE
    NOFORN CAVEAT"), or between two sentence words ("THE LEAK OF SECURITY INFORMATION WAS")."""
    before = [w.upper() for w in _words_before(text, start, 1)]
    modifier = bool(before) and (
        before[-1] in _DETERMINERS or (before[-1].endswith("LY") and len(before[-1]) > 4)
    )
    word_next = _WORD_NEXT.match(text, end) is not None
    return (modifier and _tight(text, start) and word_next) or _in_sentence(text, start, end)


# The other options of a review box that lists DECLASSIFIED as one of its choices: the CIA's
# HR 70-2 stamp, "NO CHANGE IN CLASS. [x] / [ ] DECLASSIFIED / CLASS. CHANGED TO: TS S C".
_BOX_OPTIONS = re.compile(r"NO\s+CHANGE\s+IN\b|CLASS\W{0,3}\s*CHANGED\s+TO\b", re.I)
BOX_REACH = 80  # characters either side of the option


def box_option(text: str, start: int, end: int) -> bool:
    """The stamp's word is one choice of a review box that lists others (which one is ticked
    the text does not say): on both CIA bulletins that carry it, the box ticked is "NO CHANGE IN
    CLASS"."""
    return _BOX_OPTIONS.search(text, max(0, start - BOX_REACH), end + BOX_REACH) is not None


# Nouns a letter-and-number label follows ("Annex B3", "Flight B7", "Vitamin B6", "Paragraph
# 1.4(b)"): the label is the noun's, not an exemption code. (Not SECTION: "REASON: SECTION
# 1.5(B)" of an authority line is the code.)
_LABELLED_NOUNS = frozenset(
    "ANNEX APARTMENT APPENDIX APT ARTICLE ATTACHMENT BLOCK BUILDING CATEGORY CHAPTER CLAUSE "
    "COLUMN ENCLOSURE EXHIBIT FIGURE FLIGHT FORM GATE GRADE HALL HIGHWAY ITEM LEVEL LINE MODEL "
    "OPTION PARAGRAPH PARA PHASE PLAN PLATFORM ROOM ROUTE ROW SCHEDULE SEAT SECTION SECTOR "
    "SUITE TAB TABLE TYPE UNIT VITAMIN ZONE".split()
)


def labelled_noun(text: str, start: int) -> bool:
    """The word right before ``start``, one space away, is a noun a label follows."""
    m = _LAST_WORD.search(text, max(0, start - 20), start)
    return m is not None and m[1].upper() in _LABELLED_NOUNS


_LAST_WORD = re.compile(r"([A-Za-z]+)\.? $")

# What a name made of a letter and a digit follows in prose: an article, a determiner or a
# number word ("THE B1 BOMBER", "TWO B1 BOMBERS"); a code stands beside a box, in a list, or
# in the place of a withheld name ("MET WITH B6 ON MONDAY"), where no article leads it.
_COUNTING = _DETERMINERS | frozenset("TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN".split())
_SHORT_CODE = re.compile(r"[A-Za-z][0-9lI|]")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+) $")
_WORD_AFTER = re.compile(r" ([A-Za-z]{3,})(?![A-Za-z0-9(])")
# Words after a code that are no noun it could name: the sentence goes on, or a stamp does.
_NOT_NOUNS = _SENTENCE_BEFORE | _SENTENCE_AFTER | frozenset("FOR FROM RELEASE DENY".split())


def designation(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a bare letter and digit between an article (or a number word)
    and a noun of prose, on one line: it names a thing ("THE B1 BOMBER", "the B2 spirit"),
    it is no exemption code."""
    if _SHORT_CODE.fullmatch(text[start:end]) is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    after = _WORD_AFTER.match(text, end)
    return (
        before is not None
        and before[1].upper() in _COUNTING
        and after is not None
        and after[1].upper() not in _NOT_NOUNS
    )


def _same_line(text: str, end: int) -> bool:
    """The next word is on the level word's line (a banner's next line is not its noun)."""
    rest = text[end : end + 40]
    return "\n" not in rest[: len(rest) - len(rest.lstrip())]


def _in_sentence(text: str, start: int, end: int) -> bool:
    """A sentence word right before ``start`` and one right after ``end``, with no line end or
    punctuation between them and the level word (a reading-room dump has no line ends: a banner
    there runs into the words around it, which seldom are sentence words on both sides)."""
    left = text[max(0, start - 40) : start]
    right = text[end : end + 30]
    left = left[max((m.end() for m in _CLAUSE_BREAK.finditer(left)), default=0) :]
    cut = _CLAUSE_BREAK.search(right)
    right = right[: cut.start()] if cut else right
    before = [w.upper() for w in left.split()[-1:]]
    after = [w.upper() for w in right.split()[:1]]
    return bool(before and after) and before[0] in _SENTENCE_BEFORE and after[0] in _SENTENCE_AFTER


# What a level word said of something ends a sentence after ("TREAT THIS AS CONFIDENTIAL.",
# "MUST REMAIN SECRET."); a banner follows none of them in its clause. Not IS: "This email is
# UNCLASSIFIED." closes the State Department's emails as their marking.
_PREDICATE_VERBS = frozenset(
    "AS REMAIN REMAINS REMAINED STAY STAYS STAYED KEEP KEEPS KEPT TREAT TREATS TREATED HELD "
    "CONSIDERED DEEMED".split()
)
_SENTENCE_STOP = re.compile(r"[ \t]*[.,;!?](?:\s|$)")


def _predicate(text: str, start: int, end: int) -> bool:
    """The level word is what a verb right before it says of its subject, and the sentence
    ends right after it."""
    left = text[max(0, start - 30) : start]
    left = left[max((m.end() for m in _CLAUSE_BREAK.finditer(left)), default=0) :]
    words = left.split()[-1:]
    return (
        bool(words)
        and words[0].upper() in _PREDICATE_VERBS
        and _SENTENCE_STOP.match(text, end) is not None
    )


# Words that follow a level word in a marking: controls and code words, cable routing and
# precedence, form words, other levels. A level word before one of them qualifies no noun.
_MARKING_WORDS = frozenset(
    "NOFORN NODIS EXDIS LIMDIS STADIS ORCON PROPIN NOCONTRACT WNINTEL RELIDO REL EYES ONLY "
    "SENSITIVE SPECIAL HANDLING SECURITY CODEWORD UMBRA RUFF ZARF DINAR GAMMA SPOKE MORAY "
    "TALENT KEYHOLE COMINT SIGINT SCI HCS RYBAT CHEROKEE ROGER NIACT IMMEDIATE PRIORITY "
    "ROUTINE FLASH STATE SECTION PAGE PART COPY SERIES NUMBER ENTIRE DECL DECLASSIFY "
    "TAGS SUBJECT SUBJ REF CONTROL CONTROLLED EXCEPT WHEN NOT NATO COSMIC ATOMAL RESTRICTED "
    "FORMERLY DATA TOP SECRET CONFIDENTIAL UNCLASSIFIED LIMITED OFFICIAL SENSITIVE RELEASE "
    "DENY APPROVED DECLASSIFIED".split()
)
# Kinds of document a banner heads ("CONFIDENTIAL MEMORANDUM FOR THE SECRETARY"): a noun of
# prose only after an article ("AN UNCLASSIFIED PAPER FOR THE PRESS").
_DOCUMENT_WORDS = frozenset(
    "MEMORANDUM MEMO MEMCON TELCON TELECON TELEGRAM CABLE AIRGRAM DISPATCH FAX FACSIMILE "
    "COVER ROUTING TRANSMITTAL INFORMATION ACTION BRIEFING BRIEF TALKING PAPER CHECKLIST "
    "AGENDA MINUTES BULLETIN CURRENT INTELLIGENCE ESTIMATE REPORT DIGEST ATTACHMENT "
    "ENCLOSURE".split()
)
# The words a clause goes on with to its verb after the noun ("VERSION WILL FOLLOW",
# "CONTACTS WITH THE PLO HAVE BEEN"); not OF, FOR or FROM, which letterheads and cable
# slugs hold ("OFFICE OF THE SECRETARY", "CHEROKEE FOR THE SECRETARY FROM TALBOTT").
_CLAUSE_GOES_ON = frozenset(
    "WILL WOULD SHOULD SHALL MUST MAY MIGHT CAN COULD IS ARE WAS WERE HAS HAVE HAD BEEN BE "
    "DO DOES DID THAT WHICH WHO WITH".split()
)
_PREPOSITIONS = frozenset("TO ON IN AT BY".split())
_NOUN_AFTER = re.compile(r"[ \t]{1,2}([A-Z]{3,}|[a-z]{3,})(?![A-Za-z0-9'’(])")
# A paragraph's number or letter, at a line's start or, in a reading-room dump that runs a
# cable's paragraphs into one line, after the sentence before ("A MYTH. 3. SECRET CONTACTS").
_PARAGRAPH_OPENING = re.compile(
    r"(?:^|\n|[.:;!?][ \t]+)[ \t]*(?:\d{1,2}|[A-Za-z])[.)][ \t]*(?:\([A-Z/]{1,12}\)[ \t]*)?$"
)


# Prepositions a noun phrase follows in a sentence ("SEND IT BY CONFIDENTIAL CHANNEL").
_LEADING_PREPOSITIONS = frozenset("BY VIA THROUGH IN INTO ON WITH OF FOR TO FROM ABOUT".split())


# A possessive right before a level word is a determiner ("THE SECRETARY'S CONFIDENTIAL
# ASSISTANT"): a banner never follows one.
_POSSESSIVE = re.compile(r"[A-Za-z]{2,}['’][Ss]?[ \t]$")


def _led(before: list[str], text: str, start: int) -> bool:
    """A preposition right before the level word, one space away on its line."""
    return bool(before) and before[-1].upper() in _LEADING_PREPOSITIONS and _tight(text, start)


def _attributive(text: str, start: int, end: int, value: str, led: bool) -> bool:
    """The level word (in capitals) qualifies a noun of prose right after it on its line: after
    an article or a preposition (``led``), or opening a numbered paragraph, or with the clause
    going on to its verb. A noun in lower case counts only when led ("a SECRET communication
    from Havana"): a banner of a reading-room dump runs into whatever text comes next."""
    noun = _NOUN_AFTER.match(text, end)
    if noun is not None and noun[1] == value.split()[-1]:  # a doubled OCR layer
        noun = _NOUN_AFTER.match(text, noun.end())
    if noun is None or not text[start:end].isupper():
        return False
    word = noun[1].upper()
    if word in _MARKING_WORDS or word in _NOT_NOUNS:
        return False
    if led:
        return True
    if noun[1].islower():
        return False
    if word in _DOCUMENT_WORDS:
        return False
    if _PARAGRAPH_OPENING.search(text, max(0, start - 20), start) is not None:
        return True
    return _may_run_on(text, start) and _clause_goes_on(text, noun.end())


def _may_run_on(text: str, start: int) -> bool:
    """Whether a sentence going on after the level word says it is prose: not at the start of
    a text, nor after a stamp's date or number on its line, where a reading-room dump's banner
    runs into the capitals of what follows ("3/16/2023 SECRET PRESIDENT CLINTON HAS")."""
    left = text[max(0, start - 40) : start].rstrip(" \t")
    if not left or left.endswith("\n"):
        return bool(left)  # a line of its own in a text with lines
    before = _words_before(text, start, 1)
    return bool(before) and before[0] != ""


def _clause_goes_on(text: str, at: int) -> bool:
    """Within three words after ``at``, in one clause and before any number, a verb, a
    relative or a preposition with its article."""
    right = text[at : at + 50]
    cut = _CLAUSE_BREAK.search(right)
    words = (right[: cut.start()] if cut else right).upper().split()[:3]
    for i, w in enumerate(words):
        if any(ch.isdigit() for ch in w):
            return False
        if w in _CLAUSE_GOES_ON or (w in _PREPOSITIONS and words[i + 1 : i + 2] == ["THE"]):
            return True
    return False


def _determiner(before: list[str]) -> bool:
    """The word before is an article or a determiner, also when OCR split it ("FOLL OWING")."""
    words = [w.upper() for w in before]
    joined = "".join(words[-2:]) if len(words) >= 2 and all(words[-2:]) else ""
    return bool(words) and (words[-1] in _DETERMINERS or joined in _DETERMINERS)


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The last ``n`` tokens before ``start``, punctuation stripped ("" for a number or a sign:
    "6 :56 UNCLASSIFIED" has no article before it)."""
    return [_bare(t) for t in text[max(0, start - 40) : start].split()[-n:]]


def _words_after(text: str, end: int, n: int) -> list[str]:
    return [_bare(t) for t in text[end : end + 40].split()[:n]]


def _bare(token: str) -> str:
    word = token.strip(".,;:!?\"'()[]{}*_-–—")
    return word if _WORD.fullmatch(word) else ""


def _next_token(text: str, end: int) -> str:
    """The token right after ``end`` (after at most one space), without its punctuation: what
    OCR split off the same word ("SECRET ARY")."""
    m = _NEXT.match(text, end)
    return m.group(1).rstrip(".,;:") if m else ""


_NEXT = re.compile(r" ?(\S+)")


def _tight(text: str, start: int) -> bool:
    """The word before is on the same line, one space away (not a field before a banner)."""
    gap = text[max(0, start - 2) : start]
    return gap.endswith(" ") and not gap.startswith((" ", "\n", ":", "."))


def _quoted(text: str, start: int, end: int) -> bool:
    """A review stamp: the level in quotes ("UNCLASSIFIED" of the State reading room)."""
    quotes = '"“”'
    return (start > 0 and text[start - 1] in quotes) or (end < len(text) and text[end] in quotes)


# Real words a garbled level reading may be: read as themselves, never as the level.
_NEAR_WORDS = frozenset(
    "CLASSIFIED DECLASSIFIED DECLASSIFY CLASSIFICATION RECLASSIFIED RECLASSIFY "
    "RECLASSIFICATION CONFIDENCE CONFIDENT CONFIDENTIALLY "
    "CONFIDENTIALITY SECRETARY SECRETARIES SECRETARIAT SECRETS SECRETE SECRETED SECRETLY "
    "PRESIDENTIAL RESIDENTIAL DISCRETE CONCRETE SECDEF SECSTATE CAPTIONED".split()
)
_CLEAN_WORD = re.compile(r"[A-Za-z]+")


def other_word(span: str, phrase: str) -> bool:
    """``span`` is one clean word that is not ``phrase``: a known near word (CLASSIFIED for
    UNCLASSIFIED), or a longer word that begins with it (CONFIDENTIALITY, SECRETARIAT)."""
    target = phrase.replace(" ", "")
    letters = "".join(_CLEAN_WORD.findall(span)).upper()
    # "CLASS IF ICA": the form's letter-spaced CLASSIFICATION label, not UNCLASSIFIED
    prefix = len(letters) >= 8 and not target.startswith(letters[:8])
    if prefix and any(w.startswith(letters) for w in _NEAR_WORDS):
        return True
    core = span.strip(".,;:!?\"'()[]-_*")
    if not _CLEAN_WORD.fullmatch(core):
        return False
    word = core.upper()
    longer = word.startswith(target) and len(word) > len(target)
    return word != target and (word in _NEAR_WORDS or longer)


_FUNCTION_WORDS = frozenset(
    "IN ON OF TO AT BY AN AS IS IT OR NO RE THE AND FOR WITH FROM ALL ANY EACH SOME THIS THAT "
    "THESE THOSE ITS HIS HER OUR THEIR WAS ARE BUT".split()
)


def stray_first_word(span: str, phrase: str) -> bool:
    """A reading that begins with a whole function word the phrase does not begin with: "NO
    CHANGE IN C~LA:--;S" is the review box's "in class", not UNCLASSIFIED ("TO P SECRET" may
    still be TOP SECRET)."""
    first, _, rest = span.partition(" ")
    target = phrase.replace(" ", "")
    return bool(rest) and first.upper() in _FUNCTION_WORDS and not target.startswith(first.upper())
