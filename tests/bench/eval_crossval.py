"""Cross-validated evaluation of the marking detector on the labelled real sets (``make eval``).

For each set: per category, the figures of leave-one-release-out (State FOIA records) or
leave-one-document-out (the span-labelled State text and CIA text layers) cross-validation,
beside a plain regular expression run on the same texts. The fit on all the data is printed too,
labelled as such; it is not a result.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.crossval import (
    FOIA,
    FOIA_CATEGORIES,
    SPAN_CATEGORIES,
    Unit,
    fit_thresholds,
    foia_units,
    print_table,
    span_units,
    stored_thresholds_match,
)


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (the real test material lives in ../shared/data)")
    return path


def _authority_errors(units: list[Unit]) -> tuple[int, int]:
    """Records with an authority line, and those of them given an UNCLASSIFIED level their
    labels do not have (the worst error: a classified record called unclassified)."""
    with_line = [u for u in units if any(d.category == "declassification" for d in u.detections)]
    wrong = [
        u
        for u in with_line
        if any(d.value == "UNCLASSIFIED" and d.confidence >= 0.5 for d in u.detections)
        and u.curves["classification"][0].labels == 0
    ]
    return len(with_line), len(wrong)


def test_eval_state_foia_cross_validated() -> None:
    _need(FOIA)
    units = foia_units()
    releases = sorted({u.group for u in units})
    print_table(
        f"State FOIA F-2017-13804 excerpts, releases {releases[0]}..{releases[-1]}",
        units,
        FOIA_CATEGORIES,
        "release",
    )
    lines, wrong = _authority_errors(units)
    print(f"records with an authority line: {lines}; of them called UNCLASSIFIED wrongly: {wrong}")


def test_eval_span_labelled_set_cross_validated() -> None:
    units = span_units(_need)
    print_table(
        "State OCR text C06689721 + CIA bulletin text layers", units, SPAN_CATEGORIES, "document"
    )


def test_eval_stored_thresholds_are_the_fit() -> None:
    units = foia_units() + span_units(_need) if FOIA.exists() else span_units(_need)
    fitted = fit_thresholds(units, sorted(set(FOIA_CATEGORIES) | set(SPAN_CATEGORIES)))
    stale = stored_thresholds_match(fitted)
    print(f"\nthresholds fitted on all labelled units: {fitted}")
    if stale:
        print(f"  resources/markings/thresholds.json differs for {stale}: "
              "run `python -m tests.bench.crossval --write`")  # fmt: skip
