"""The labelled sets as units for leave-one-group-out evaluation of the marking detector.

A *unit* is a record (State FOIA excerpt) or a page (the span-labelled set); its *group* is what
is held out together (a release; a document). The detector runs once per unit with every
candidate kept; each category's counts are then read at every threshold of the calibration grid,
so choosing thresholds on the other groups and measuring on the held-out one is arithmetic.

``python -m tests.bench.crossval --write`` stores the thresholds fitted on all the labelled data
in resources/markings/thresholds.json (what the app proposes with); ``make eval`` prints the
cross-validated figures, which are the ones to quote.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from app.core.annotating.exemptions import normalise_exemption
from app.core.detection.calibration import (
    GRID,
    THRESHOLDS_PATH,
    Counts,
    choose_threshold,
    cross_validate,
    load_thresholds,
    total,
)
from app.core.detection.markings import Detection, detect_markings
from tests.builders import SHARED_DATA

HERE = Path(__file__).parent
FOIA = SHARED_DATA / "labelled" / "state-foia-2022-2023.json"
FOIA_EXTRA = HERE / "labels" / "state-foia-2022-2023-extra.json"
FOIA_CATEGORIES = (
    "classification",
    "identifier",
    "portion",
    "exemption",
    "release",
    "declassification",
)
SPAN_CATEGORIES = (
    "classification",
    "control",
    "release",
    "exemption",
    "identifier",
    "declassification",
)

# The plain regular expressions a reviewer would write first: capitals as printed, no OCR noise.
BASELINE: dict[str, str] = {
    "classification": r"\b(?:TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED OFFICIAL USE|"
    r"FOR OFFICIAL USE ONLY)\b",
    "control": r"\b(?:NOFORN(?: EXCEPT [A-Z ]+)?|ORCON|NODIS|EXDIS|LIMDIS|STADIS|EYES ONLY|"
    r"NOT RELEASABLE TO FOREIGN NATIONALS|CONTINUED CONTROL)\b",
    "release": r"RELEASE IN FULL|RELEASE IN PART|DENY IN FULL|\bDECLASSIFIED\b|\bDECAPTIONED\b|"
    r"Approved for Release: \d{4}/\d\d/\d\d",
    "exemption": r"(?i)\(b\) ?\(\d\)|\bB\d\b|\b1\.[45] ?\([a-h]\)|\b3\.3\([a-h]\)\(\d\)|"
    r"\b3\.5\([a-z]\)",
    "identifier": r"\bFL?-\d{4}-\d{5}\b|\b[AB]-\d{11}\b|\bC0\d{7}\b|\b\d{3}-\d{5}-\d{5}\b|"
    r"\bNW \d{4,6}\b",
    "declassification": r"Classified [Bb]y:?|CLASSIFIED BY|Derived From:|Reasons?:|REASONS?\b|"
    r"Declassify [Oo]n:?|DECL:|Declassification Authority",
    "portion": r"\((?:TS|S|C|U)(?://[A-Z ]+)?\)",
}
_BASELINE = {c: re.compile(p) for c, p in BASELINE.items()}


@dataclass
class Unit:
    """One record or page: its group, and per category its counts at each threshold of GRID
    (the detector) and once (the baseline)."""

    name: str
    group: str
    curves: dict[str, list[Counts]] = field(default_factory=dict)
    base: dict[str, Counts] = field(default_factory=dict)
    detections: list[Detection] = field(default_factory=list)


# --- value-level scoring (the State FOIA records are labelled by value, not by span) ----------


def _field_value(category: str, value: str) -> set[str]:
    """A detection's value as the labels write it."""
    if category == "classification":
        return {"UNCLASSIFIED" if value == "SBU" else value}  # the README: SBU is UNCLASSIFIED
    if category == "exemption":
        code = normalise_exemption(value)
        eo = re.fullmatch(r"(1\.\d)((?:\([a-z]\))+)", code)
        return {f"{eo[1]}({x})" for x in re.findall(r"\(([a-z])\)", eo[2])} if eo else {code}
    if category == "declassification":
        return {value.split(":")[0]}
    return {value}


def _values(category: str, detections: Iterable[Detection], at: float) -> set[str]:
    out: set[str] = set()
    for d in detections:
        if d.category == category and d.confidence >= at:
            out |= _field_value(category, d.value)
    return out


def _value_counts(found: set[str], labels: set[str]) -> Counts:
    both = len(found & labels)
    return Counts(both, len(found), both, len(labels))


_CASE = re.compile(r"\bFL?-(\d{4})-(\d{5})\b")
_DECL_FIELD = {"DECL:": "DECLASSIFY ON", "REASON": "REASON", "CLASSIFIED": "CLASSIFIED BY"}


def baseline_values(category: str, text: str) -> set[str]:
    """The plain regex's values, normalised as the labels are."""
    out: set[str] = set()
    for m in _BASELINE[category].finditer(text):
        raw = m.group()
        if category == "identifier" and (case := _CASE.fullmatch(raw)):
            raw = f"F-{case[1]}-{case[2]}"
        elif category == "exemption":
            raw = normalise_exemption(raw)
        elif category == "declassification":
            upper = raw.upper()
            raw = next((v for k, v in _DECL_FIELD.items() if upper.startswith(k)), upper)
            raw = "DECLASSIFY ON" if raw.startswith("DECLASSIFY") else raw
            raw = raw.rstrip(":")
        out.add(raw)
    return out


def foia_units() -> list[Unit]:
    """The shared State FOIA records (ambiguous ones left out), grouped by release."""
    records = json.loads(FOIA.read_text(encoding="utf-8"))["records"]
    extra = json.loads(FOIA_EXTRA.read_text(encoding="utf-8"))["records"]
    units = []
    for r in records:
        if r["ambiguous"]:
            continue
        labels = {
            "classification": set(r["levels"]),
            "identifier": set(r["case_numbers"]) | set(r["other_ids"]) | set(r["doc_numbers"]),
            "portion": set(r["portion_marks"]),
        }
        for cat, values in extra.get(r["key"], {}).items():
            labels[cat] = set(values)
        found = detect_markings(r["text"], thresholds=0.0)
        unit = Unit(r["key"], r["release"], detections=found)
        for cat in FOIA_CATEGORIES:
            mine = labels.get(cat, set())
            unit.curves[cat] = [_value_counts(_values(cat, found, t), mine) for t in GRID]
            unit.base[cat] = _value_counts(baseline_values(cat, r["text"]), mine)
        units.append(unit)
    return units


# --- span-level scoring (the State OCR text and the CIA bulletins' text layers) --------------

Span = tuple[str, int, int]


def _hit(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def _span_counts(dets: Sequence[Span], labels: Sequence[Span]) -> Counts:
    return Counts(
        sum(1 for d in dets if any(_hit(d, lab) for lab in labels)),
        len(dets),
        sum(1 for lab in labels if any(_hit(d, lab) for d in dets)),
        len(labels),
    )


def resolve(text: str, labels: Iterable[dict[str, object]]) -> list[Span]:
    """Every occurrence of each labelled quote (the first ``count`` when given); overlapping
    spans of a category merged."""
    spans: list[Span] = []
    for lab in labels:
        quote, cat = str(lab["quote"]), str(lab["category"])
        limit = int(str(lab.get("count", 10**6)))
        start = text.find(quote)
        while start >= 0 and limit > 0:
            spans.append((cat, start, start + len(quote)))
            start, limit = text.find(quote, start + 1), limit - 1
    merged: list[Span] = []
    for s in sorted(spans):
        if merged and merged[-1][0] == s[0] and s[1] < merged[-1][2]:
            merged[-1] = (s[0], merged[-1][1], max(merged[-1][2], s[2]))
        else:
            merged.append(s)
    return merged


def span_unit(name: str, group: str, text: str, labels: list[Span]) -> Unit:
    found = detect_markings(text, thresholds=0.0)
    unit = Unit(name, group, detections=found)
    base = [
        (c, m.start(), m.end())
        for c, rx in _BASELINE.items()
        for m in rx.finditer(text)
        if c in SPAN_CATEGORIES
    ]
    for cat in SPAN_CATEGORIES:
        mine = [lab for lab in labels if lab[0] == cat]
        unit.curves[cat] = [
            _span_counts(
                [
                    (d.category, d.start, d.end)
                    for d in found
                    if d.category == cat and d.confidence >= t
                ],
                mine,
            )
            for t in GRID
        ]
        unit.base[cat] = _span_counts([b for b in base if b[0] == cat], mine)
    return unit


def span_units(need: Callable[[Path], Path]) -> list[Unit]:
    """The span-labelled real set (tests/bench/labels): one unit per text or page, grouped by
    document."""
    units = []
    state = json.loads((HERE / "labels" / "state-foia-F-2017-13804-C06689721.json").read_text())
    text = need(SHARED_DATA / state["source"]).read_text(encoding="utf-8")
    units.append(span_unit("C06689721", "C06689721", text, resolve(text, state["labels"])))
    cia = json.loads((HERE / "labels" / "cia-cib-text-layers.json").read_text())
    for name, labels in cia["documents"].items():
        with pymupdf.open(need(SHARED_DATA / "scans" / name)) as doc:
            for page in doc:
                mine = [lab for lab in labels if lab.get("page", page.number) == page.number]
                text = page.get_text()
                units.append(
                    span_unit(f"{name} p{page.number + 1}", name, text, resolve(text, mine))
                )
    return units


# --- cross-validation and the printed table ---------------------------------------------------


def groups_of(units: Sequence[Unit], category: str) -> dict[str, list[list[Counts]]]:
    out: dict[str, list[list[Counts]]] = {}
    for u in units:
        out.setdefault(u.group, []).append(u.curves[category])
    return out


def fit_thresholds(units: Sequence[Unit], categories: Sequence[str]) -> dict[str, float]:
    """Thresholds chosen on all of ``units``: what the app proposes with, never a result."""
    return {c: choose_threshold([u.curves[c] for u in units if c in u.curves]) for c in categories}


def _line(c: Counts) -> str:
    counts = f"({c.right:3d}/{c.detections:3d}, {c.found:3d}/{c.labels:3d})"
    return f"P={c.precision:5.3f} R={c.recall:5.3f} {counts}"


def print_table(title: str, units: Sequence[Unit], categories: Sequence[str], by: str) -> None:
    groups = {u.group for u in units}
    print(f"\n== {title}: {len(units)} units in {len(groups)} {by}s, leave-one-{by}-out")
    print(f"{'category':18}{'cross-validated (held out)':44}{'plain regex, same run':44}thresholds")
    for cat in categories:
        held, chosen = cross_validate(groups_of(units, cat))
        base = sum((u.base[cat] for u in units), Counts())
        if not (held.labels or held.detections or base.detections):
            continue
        lo, hi = min(chosen.values()), max(chosen.values())
        print(f"{cat:18}{_line(held):44}{_line(base):44}{lo:.2f}-{hi:.2f}")
    fitted = fit_thresholds(units, categories)
    print("fit on all units (NOT a result; the tuning data scored on itself):")
    for cat in categories:
        c = total([u.curves[cat] for u in units])[GRID.index(fitted[cat])]
        if c.labels or c.detections:
            print(f"  {cat:16} at {fitted[cat]:.2f}: {_line(c)}")


def stored_thresholds_match(fitted: dict[str, float]) -> list[str]:
    """Categories whose stored threshold differs from the fit (the file needs --write)."""
    stored = load_thresholds()
    return [c for c, t in fitted.items() if abs(stored.get(c, -1.0) - t) > 1e-9]


def write_thresholds(fitted: dict[str, float]) -> None:
    data = json.loads(THRESHOLDS_PATH.read_text(encoding="utf-8"))
    data["thresholds"] = dict(sorted(fitted.items()))
    THRESHOLDS_PATH.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def all_fitted() -> dict[str, float]:
    """The thresholds fitted on every labelled unit (both sets)."""

    def need(path: Path) -> Path:
        if not path.exists():
            raise SystemExit(f"{path} is absent (the real test material lives in ../shared/data)")
        return path

    units = foia_units() + span_units(need)
    return fit_thresholds(units, sorted(set(FOIA_CATEGORIES) | set(SPAN_CATEGORIES)))


if __name__ == "__main__":
    fitted = all_fitted()
    print(json.dumps(fitted, indent=2))
    if "--write" in sys.argv:
        write_thresholds(fitted)
        print(f"written to {THRESHOLDS_PATH}")
