"""Command-line start-up (issue 22): whole `redline` processes on a 100,000-page library against
`python -c pass`, each command run right after its baseline (interleaved, so both see the same
load), medians of BENCH_CLI_ROUNDS rounds (default 7). Target: <= 0.25 s and <= 12x."""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from app.core.library import Library
from tests.bench.helpers import RARE_PHRASE, fill_library
from tests.builders import SHARED_DATA

PAGES = int(os.environ.get("BENCH_PAGES", "100000"))
ROUNDS = int(os.environ.get("BENCH_CLI_ROUNDS", "7"))
OCR_TEXT = SHARED_DATA / "ocr-text" / "state-foia-F-2017-13804-C06689721.ocr.txt"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(argv: list[str]) -> tuple[float, float]:
    """(Wall, CPU) seconds of the process ``argv``."""
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
    return time.perf_counter() - started, _children_cpu() - cpu


def _seconds(argv: list[str]) -> float:
    return _run(argv)[0]


def test_commands_on_a_100000_page_library(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as lib:
        fill_library(lib, PAGES, random.Random(7))
    text = OCR_TEXT
    if not text.exists():  # (without ../shared: a cable's worth of generated text)
        text = tmp_path / "cable.txt"
        text.write_text("SECRET NOFORN\n" + " ".join(["the embassy reported"] * 300) + "\n")
    redline = [str(Path(sys.executable).with_name("redline")), "--library", str(root)]
    commands = {
        "--version": [*redline, "--version"],
        "list": [*redline, "list"],
        "info": [*redline, "info", f"doc{PAGES // 200}"],
        "search (phrase on most pages)": [*redline, "search", '"security council"'],
        "search (rare phrase)": [*redline, "search", RARE_PHRASE],
        "detect --text": [*redline, "detect", "--text", str(text)],
    }
    baseline = [sys.executable, "-c", "pass"]
    for argv in commands.values():  # once unmeasured: the library's pages in the OS cache
        _seconds(argv)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    cpu: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    load_before = os.getloadavg()
    for _ in range(ROUNDS):
        for name, argv in commands.items():
            base, base_cpu = _run(baseline)
            ours, ours_cpu = _run(argv)
            times[name].append((ours, base))
            cpu[name].append((ours_cpu, base_cpu))
    load_after = os.getloadavg()
    print(f"\n[bench] redline commands on a {PAGES}-page library, {ROUNDS} rounds, each command")
    print("        right after `python -c pass` (medians; every run listed as command/baseline)")
    for name, runs in times.items():
        ours = statistics.median(t for t, _ in runs)
        base = statistics.median(b for _, b in runs)
        each = ", ".join(f"{t * 1000:.0f}/{b * 1000:.0f}" for t, b in runs)
        ours_cpu = statistics.median(t for t, _ in cpu[name])
        base_cpu = statistics.median(b for _, b in cpu[name])
        print(
            f"[bench] redline {name}: {ours * 1000:.0f} ms, python -c pass {base * 1000:.0f} ms, "
            f"ratio {ours / base:.1f}x (target <= 0.25 s and <= 12x)\n        CPU: "
            f"{ours_cpu * 1000:.0f} ms, python -c pass {base_cpu * 1000:.0f} ms, ratio "
            f"{ours_cpu / base_cpu:.1f}x\n        runs (ms): {each}"
        )
    print(
        f"[bench] load average {load_before[0]:.1f} before, {load_after[0]:.1f} after, "
        f"on {os.cpu_count()} cores"
    )
