"""Thresholds per category: chosen by F1 (the middle of a plateau), measured held out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.detection.calibration import (
    GRID,
    Counts,
    choose_threshold,
    cross_validate,
    load_thresholds,
)
from app.core.detection.markings import detect_markings
from app.core.errors import RedlineError


def curve(right_until: float, wrong_until: float = 0.0) -> list[Counts]:
    """One unit with one label: found while the threshold is at most ``right_until``; a false
    detection while it is at most ``wrong_until``."""
    return [
        Counts(
            int(t <= right_until),
            int(t <= right_until) + int(t <= wrong_until),
            int(t <= right_until),
            1,
        )
        for t in GRID
    ]


def test_the_threshold_is_the_middle_of_the_best_plateau() -> None:
    # Right up to 0.9, a false one up to 0.5: every threshold in (0.5, 0.9] scores F1 = 1.
    chosen = choose_threshold([curve(0.9, 0.5)])
    assert 0.69 <= chosen <= 0.71


def test_cross_validation_measures_each_group_at_a_threshold_chosen_on_the_others() -> None:
    groups = {
        "a": [curve(0.9, 0.5)],
        "b": [curve(0.9, 0.5)],
        "c": [curve(0.45)],  # found only by a low threshold the others never choose
    }
    held, chosen = cross_validate(groups)
    assert chosen["c"] > 0.5 and held.labels == 3
    assert held.found == 2  # c's label is missed held out, though a fit on all would get it


def test_stored_thresholds_are_used_and_a_broken_file_is_one_message(tmp_path: Path) -> None:
    stored = load_thresholds()
    assert set(stored) >= {"classification", "exemption", "identifier", "release"}
    text = "we saw Bl there"  # a lone Bl reads at 0.5: below the exemption threshold, above 0
    assert [d.value for d in detect_markings(text, thresholds=0.0)] == ["B1"]
    assert detect_markings(text) == []
    bad = tmp_path / "thresholds.json"
    bad.write_text(json.dumps({"thresholds": "high"}))
    with pytest.raises(RedlineError, match="cannot be read"):
        load_thresholds(bad)
