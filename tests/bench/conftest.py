"""Benchmarks print ratios against a baseline measured in the same run; they never fail on time."""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable

import pytest


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by a noisy machine)."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def median_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def report(name: str, ours: float, baseline: float, baseline_name: str, target: str) -> None:
    """One line per figure: both times, the ratio, and the target it is measured against."""
    ratio = ours / baseline if baseline else float("inf")
    print(
        f"\n[bench] {name}: redline {ours * 1000:.1f} ms, {baseline_name} {baseline * 1000:.1f} ms,"
        f" ratio {ratio:.2f}x (target {target})"
    )


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed: the baseline cannot be measured")
    return path
