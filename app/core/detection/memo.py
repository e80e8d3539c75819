"""Memo and cable header lines (date, from, to, subject) and detector metadata from detections:
the highest level, release status and date, case and document numbers, and the classification
authority (who classified the record, why, and when it declassifies); and the numbers stamped
on every page of a record read alike on all of them (:func:`agree_per_record`).

The header lines are read from the first page only, and only from documents that look like memos
or cables, so a date in a newspaper clipping is not taken for a memo date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from app.core.detection.markings import Detection, highest_classification
from app.core.detection.rules import RuleSet, load_rules
from app.core.documents.metadata import MetadataValue

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_DATES = (
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+{_MONTH}\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
)
_MEMO_LIKE = re.compile(r"MEMORANDUM|TELEGRAM|AIRGRAM|\bFROM\s*:|\bSUBJECT\s*:", re.I)
_HEADERS = {
    "memo_to": re.compile(r"(?im)^[ \t]*(?:MEMORANDUM[ \t]+)?(?:FOR|TO)[ \t]*:[ \t]*(\S.{0,150})$"),
    "memo_from": re.compile(r"(?im)^[ \t]*FROM[ \t]*:[ \t]*(\S.{0,150})$"),
    "memo_subject": re.compile(r"(?im)^[ \t]*(?:SUBJECT|SUBJ)[ \t]*:[ \t]*(\S.{0,200})$"),
}
_RELEASE_ORDER = (
    "DENY IN FULL",
    "RELEASE IN PART",
    "RELEASE IN FULL",
    "DECLASSIFIED",
    "JFK ACT RELEASE",
)


def _detected(value: str, rule_id: str, confidence: float) -> MetadataValue:
    return MetadataValue(value, "detector", rule_id, confidence)


def memo_date(text: str) -> str | None:
    """The first date written out in ``text`` (ISO 8601), e.g. "January 12 1994"."""
    found = []
    for pattern in _DATES:
        m = pattern.search(text)
        if m:
            found.append(m)
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(m["mon"][:3].lower()))
    return f"{int(m['y']):04d}-{month:02d}-{int(m['d']):02d}"


def memo_fields(first_page: str) -> dict[str, MetadataValue]:
    """Date, from, to and subject of a memo or cable, from its first page."""
    if not _MEMO_LIKE.search(first_page):
        return {}
    out: dict[str, MetadataValue] = {}
    for key, pattern in _HEADERS.items():
        m = pattern.search(first_page)
        if m:
            out[key] = _detected(m.group(1).strip(), f"memo.{key}", 0.8)
    date = memo_date(first_page[:1500])
    if date:
        out["memo_date"] = _detected(date, "memo.memo_date", 0.7)
    return out


def _most_common(ds: Sequence[Detection]) -> MetadataValue | None:
    if not ds:
        return None
    value, _ = Counter(d.value for d in ds).most_common(1)[0]
    best = max((d for d in ds if d.value == value), key=lambda d: d.confidence)
    return _detected(value, best.rule_id, best.confidence)


# A reading is taken for a misreading of a record's number when that number is read on at least
# MIN_AGREEING pages, at least AGREEMENT times as often as the reading, and within MAX_DIGITS
# digits of it (a digit read wrong, one too many, or the last ones cut off at the page's edge).
# Twice, not more: OCR misreads one stamp's digit alike on many pages (the 63-page JFK file
# 32989794 reads as 32969794 on 10 of its 47 pages with the stamp, as itself on 27).
MIN_AGREEING = 3
AGREEMENT = 2
MAX_DIGITS = 2


def agree_per_record(
    detections: Sequence[Detection], rules: RuleSet | None = None
) -> dict[str, str]:
    """The values of ``detections`` (one document's) to be read as another: for each kind of
    number its rules stamp on every page of a record (``per_record``: a JFK file's DocId and NW
    number), a rare reading close to the number most pages give is that number misread
    ("DocId 32969794" on a page of DocId 32989794: OCR read an 8 as a 6). Other identifiers (a
    State release's document numbers, consecutive in a compilation) are never changed."""
    ruleset = rules or load_rules()
    per_record = {r.id for r in ruleset.rules if r.per_record}
    by_kind: dict[str, Counter[str]] = {}
    for d in detections:
        if d.rule_id in per_record and " " in d.value:
            by_kind.setdefault(d.value.split(" ", 1)[0], Counter())[d.value] += 1
    out: dict[str, str] = {}
    for counts in by_kind.values():
        (agreed, n), *others = counts.most_common()
        if n < MIN_AGREEING:
            continue
        number = agreed.split(" ", 1)[1]
        for value, m in others:
            close = Levenshtein.distance(value.split(" ", 1)[1], number) <= MAX_DIGITS
            if close and m * AGREEMENT <= n:
                out[value] = agreed
    return out


def _release_date(value: str) -> str | None:
    m = re.search(r"((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)", value)
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def document_metadata(
    detections: Sequence[Detection], first_page: str, rules: RuleSet | None = None
) -> dict[str, MetadataValue]:
    """Classification (highest), release status and date, case and document numbers, memo lines."""
    ruleset = rules or load_rules()
    out = memo_fields(first_page)
    top = highest_classification(detections, ruleset)
    if top is not None:
        out["classification"] = _detected(top.value, top.rule_id, top.confidence)
    releases = [d for d in detections if d.category == "release"]
    for status in _RELEASE_ORDER:
        hit = next((d for d in releases if d.value == status), None)
        if hit is not None:
            out["release_status"] = _detected(status, hit.rule_id, hit.confidence)
            break
    for key in ("case_number", "document_number"):
        rule_ids = {r.id for r in ruleset.rules if r.field == key}
        best = _most_common([d for d in detections if d.rule_id in rule_ids])
        if best is not None:
            out[key] = best
    out.update(authority_metadata(detections))
    dated = [d for d in releases if (r := ruleset.by_id(d.rule_id)) and r.release_date]
    for d in dated:
        date = _release_date(d.value)
        if date:
            out["release_date"] = _detected(date, d.rule_id, d.confidence)
            break
    return out


_AUTHORITY_KEYS = {
    "CLASSIFIED BY": "classified_by",
    "REASON": "classification_reasons",
    "DECLASSIFY ON": "declassify_on",
}


def authority_metadata(detections: Sequence[Detection]) -> dict[str, MetadataValue]:
    """Who classified the record, the reason codes and the declassify-on date, from its
    authority lines (the first of each that says something; the reasons of all of them)."""
    out: dict[str, MetadataValue] = {}
    reasons: list[str] = []
    reason_from: Detection | None = None
    for d in detections:
        if d.category != "declassification" or ": " not in d.value:
            continue
        field_name, value = d.value.split(": ", 1)
        key = _AUTHORITY_KEYS.get(field_name)
        if key == "classification_reasons":
            reasons += [c for c in value.split(", ") if c not in reasons]
            reason_from = reason_from or d
        elif key is not None and key not in out:
            out[key] = _detected(value, d.rule_id, d.confidence)
    if reason_from is not None:
        out["classification_reasons"] = _detected(
            ", ".join(reasons), reason_from.rule_id, reason_from.confidence
        )
    return out
