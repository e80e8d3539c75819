"""Classification-authority lines: who classified a record, why, and when it declassifies.

"CLASSIFIED BY AMBASSADOR A. VERSHBOW. REASONS 1.5(B) AND (D)", "(U) Classified by: Ingrid
Kollist, EUR/NB. Reasons: 1.5b and 1.5(d)", "E.O. 12958: DECL: 05/15/10", "Declassify on:
02/24/2031". Such a line says a record *is* classified; it is never a level itself (read through
OCR noise, "(U) CLASSIFIED" looks like UNCLASSIFIED), so the detector reports it as its own
category and keeps level readings out of its label. Its values become document metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.detection.interleaved import continuations

CATEGORY = "declassification"
MAX_WHO_TOKENS = 9

# The label of each line, written in capitals or as a heading ("Classified by:"), never as
# lower-case prose ("documents classified by the agency" has no colon and no capitals).
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "CLASSIFIED BY",
        re.compile(
            r"(?<![A-Za-z])(?:CLASSIFIED(?:\s+CLASSIFIED)?\s+BY(?:\s+BY)?(?![A-Za-z])\s*:?"
            r"|Classified(?:\s+Classified)?\s+[Bb][Yy](?:\s+by)?(?![A-Za-z])\s*:?)"
        ),
    ),
    (
        "DERIVED FROM",
        re.compile(r"(?<![A-Za-z])(?:DERIVED\s+FROM(?![A-Za-z])\s*:?|Derived\s+[Ff]rom\s*:)"),
    ),
    ("REASON", re.compile(r"(?<![A-Za-z])(?:REASONS?|[Rr]easons?)(?![A-Za-z])\s*:?")),
    (
        "DECLASSIFY ON",
        re.compile(
            r"(?<![A-Za-z])(?:DECLASSIFY\s+ON(?![A-Za-z])\s*:?|Declassify\s+[Oo]n(?![A-Za-z])\s*:?"
            r"|(?:E\.?\s?O\.?\s?1[23]\d{3}\s?:\s?)?DECL\s?:(?!\s*N/A))"
        ),
    ),
    (
        "DECLASSIFICATION AUTHORITY",
        re.compile(r"(?i)(?<![A-Za-z])Declassification\s+Authority(?![A-Za-z])\s*:?"),
    ),
)

# "1.4(b)", "1.5 (D)", "1.5b", "1.4(B)(D)", then elliptic "and (d)", ",(d)".
_CODE = re.compile(r"(?<![\d.])1\s?[.,]\s?(?P<s>[4-6])\s?\(?\s?(?P<l>[a-hA-H])(?![A-Za-z])\s?\)?")
_MORE = re.compile(r"(?:\s*(?:,|and|AND|&))*\s*\(\s?(?P<l>[a-hA-H])\s?\)")
_DATE = re.compile(
    r"\s*:?\s*(?P<date>(?P<m>\d{1,2})\s?/\s?(?P<d>\d{1,2})\s?/\s?(?P<y>(?:19|20)?\d\d)(?!\d)"
    r"|(?P<ys>(?:19|20)\d\d)\s?[-/.]\s?(?P<ms>\d{1,2})\s?[-/.]\s?(?P<ds>\d{1,2})(?!\d)"
    r"|(?P<ymd>(?:19|20)\d{6})(?!\d)|OADR|(?:25\s?)?X\s?[1-9](?:\s*,\s*(?:25\s?)?X\s?[1-9])*|MR\b|\d{1,2}\s+years?)"
)
_STOP_WORD = re.compile(r"(?i:reasons?|decl\w*|summary|derived|release|e\.o\.?)(?![a-z])|\d\.")
_TOKEN = re.compile(r"\S+")
_JOINER = re.compile(r"(?:\s|[,;&]|and|AND)*")  # what joins two codes of one field


@dataclass(frozen=True, slots=True)
class AuthorityLine:
    """One field of an authority block: its kind, its value as read, and its span.

    ``label_end`` ends the printed label ("CLASSIFIED BY:"): readings of levels inside the
    label are the label's own words, never markings."""

    field: str  # CLASSIFIED BY | DERIVED FROM | REASON | DECLASSIFY ON | DECLASSIFICATION AUTHORITY
    value: str
    start: int
    end: int
    label_end: int

    @property
    def display(self) -> str:
        """The normalised value a proposal shows: ``CLASSIFIED BY: Ingrid Kollist``."""
        return f"{self.field}: {self.value}" if self.value else self.field


def authority_lines(text: str) -> list[AuthorityLine]:
    """Every authority field in ``text``, in order; overlapping labels keep the first."""
    found: list[AuthorityLine] = []
    for field_name, pattern in _LABELS:
        for m in pattern.finditer(text):
            line = _read_field(text, field_name, m.start(), m.end())
            if line is not None:
                found.append(line)
    found.sort(key=lambda a: (a.start, -a.end))
    kept: list[AuthorityLine] = []
    for a in found:  # a doubled OCR layer reads "reasons reasons 1.5 1.5 (d)": one field
        if not any(
            k.start <= a.start < (k.end if k.field == a.field else k.label_end) for k in kept
        ):
            kept.append(a)
    return kept


def _read_field(text: str, field_name: str, start: int, label_end: int) -> AuthorityLine | None:
    if field_name == "REASON":
        codes, end = reason_codes(text, label_end)
        if not codes:
            return None  # "the reasons for the delay" is prose
        return AuthorityLine(field_name, ", ".join(codes), start, end, label_end)
    if field_name == "DECLASSIFY ON":
        date = _DATE.match(text, label_end)
        if date is None:
            return AuthorityLine(field_name, "", start, label_end, label_end)
        return AuthorityLine(field_name, _iso(date), start, date.end(), label_end)
    who, end = _who(text, label_end)
    if field_name == "CLASSIFIED BY" and not who:
        return None
    return AuthorityLine(field_name, who, start, end, label_end)


def reason_codes(text: str, pos: int, reach: int = 60) -> tuple[list[str], int]:
    """The E.O. reason codes right after ``pos``: ``1.5(b)``, ``1.5(d)`` for "1.5 (B) AND (D)"."""
    codes: list[str] = []
    end = pos
    limit = min(len(text), pos + reach)
    while True:
        m = _CODE.search(text, end, limit)
        if m is None or (codes and m.start() - end > 24) or (not codes and m.start() - pos > 24):
            break
        gap = text[end : m.start()]
        if codes and "\n" in gap and not _JOINER.fullmatch(gap):
            break  # a later line of other words (the FOIA codes "B1" beside it): not the field's
        section = m["s"]
        codes.append(f"1.{section}({m['l'].lower()})")
        end = m.end()
        while (more := _MORE.match(text, end)) is not None:
            codes.append(f"1.{section}({more['l'].lower()})")
            end = more.end()
    if codes:  # "1.5(B) DECLASSIFIED AND (D)": the letter counts, the stamp stays out of the line
        codes += [k.value for k in continuations(text, end, codes[-1])]
    return list(dict.fromkeys(codes)), end


def _who(text: str, pos: int) -> tuple[str, int]:
    """The name after a label, up to a full stop, a semicolon or the next field."""
    words: list[str] = []
    end = pos
    for m in _TOKEN.finditer(text, pos, min(len(text), pos + 160)):
        token = m.group()
        if _STOP_WORD.match(token) or len(words) >= MAX_WHO_TOKENS:
            break
        if words and "\n" in text[end : m.start()]:
            break  # the field ends with its line
        initial = re.fullmatch(r"[A-Z]{1,3}\.", token) is not None  # "T." of "STANLEY T."
        last = token.endswith(";") or (token.endswith(".") and not initial)
        clean = token.rstrip(";.") if last else token
        if words and clean.rstrip(",") == words[-1].rstrip(","):
            end = m.start() + len(clean)  # the reading room's doubled words: "Talbott, Talbott,"
            continue
        words.append(clean)
        end = m.start() + len(clean)
        if last:
            break
    return " ".join(words).strip(" ,:"), end


def _iso(date: re.Match[str]) -> str:
    """A declassify-on date as ISO 8601 where it is one ("05/06/08" and "2008/05/06" ->
    "2008-05-06")."""
    if date["m"]:
        year = int(date["y"])
        year = year + (2000 if year < 50 else 1900) if year < 100 else year
        month, day = int(date["m"]), int(date["d"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    if date["ys"]:  # year first: "2035/01/01", "2035-01-01"
        year, month, day = int(date["ys"]), int(date["ms"]), int(date["ds"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    if date["ymd"]:
        raw = date["ymd"]
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    return " ".join(date["date"].split())
