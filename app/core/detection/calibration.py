"""Calibrated confidence: the lowest confidence proposed in each marking category.

The thresholds in resources/markings/thresholds.json are chosen on the labelled development data
(``make eval`` prints how: each is the one that maximises F1 over the data, the middle of a tie).
The same choice made leave-one-release-out (:func:`cross_validate`) gives the figures a release
the detector never saw can expect; those, not the fit, are the ones to quote.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.core.errors import RedlineError
from app.core.resources import resource_path
from app.core.wording import translate

THRESHOLDS_PATH = resource_path("markings", "thresholds.json")
# 0.35 .. 0.99: above the detector's floor (0.3), the confidence it gives what it calls unlikely
# ("(C)" inside a sentence): the calibration chooses among thresholds, not whether to drop doubt.
GRID = tuple(round(0.35 + 0.01 * i, 2) for i in range(65))
Thresholds = Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Counts:
    """Detections that were right, detections, labels found, labels (one unit, one category)."""

    right: int = 0
    detections: int = 0
    found: int = 0
    labels: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.right + other.right,
            self.detections + other.detections,
            self.found + other.found,
            self.labels + other.labels,
        )

    @property
    def precision(self) -> float:
        return self.right / self.detections if self.detections else float("nan")

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else float("nan")

    @property
    def f1(self) -> float:
        p = self.right / self.detections if self.detections else 1.0
        r = self.found / self.labels if self.labels else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


Curve = Sequence[Counts]  # one unit's counts at each threshold of GRID


def total(curves: Sequence[Curve]) -> list[Counts]:
    """The counts of many units at each threshold."""
    out = [Counts()] * len(GRID)
    for curve in curves:
        out = [a + b for a, b in zip(out, curve, strict=True)]
    return out


def choose_threshold(curves: Sequence[Curve]) -> float:
    """The threshold with the best F1 over ``curves``; of a run of equally good ones, the middle
    (a threshold at the edge of a plateau is the one most likely to fall off it on new data)."""
    f1 = [c.f1 for c in total(curves)]
    best = max(f1)
    runs: list[list[int]] = []
    for i, value in enumerate(f1):
        if value >= best - 1e-9:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    widest = max(runs, key=len)
    return GRID[widest[len(widest) // 2]]


def cross_validate(groups: Mapping[str, Sequence[Curve]]) -> tuple[Counts, dict[str, float]]:
    """Leave one group out: choose the threshold on the other groups, count on the held-out one.
    Returns the summed held-out counts and the threshold each group was measured at."""
    held_out = Counts()
    chosen: dict[str, float] = {}
    for name, curves in groups.items():
        others = [c for other, cs in groups.items() if other != name for c in cs]
        threshold = choose_threshold(others) if others else GRID[0]
        chosen[name] = threshold
        held_out = held_out + total(curves)[GRID.index(threshold)]
    return held_out, chosen


@cache
def load_thresholds(path: Path = THRESHOLDS_PATH) -> dict[str, float]:
    """The calibrated thresholds by category; a broken file is reported in one line."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): float(v) for k, v in data["thresholds"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RedlineError(
            translate("Redline", "The marking thresholds {path} cannot be read: {exc}").format(
                path=path, exc=exc
            )
        ) from exc


def calibrated_thresholds() -> dict[str, float]:
    return load_thresholds()
