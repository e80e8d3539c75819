"""Library benchmarks (issue 2): import against pdftotext, search against grep."""

from __future__ import annotations

import os
import random
import subprocess
from functools import partial
from pathlib import Path

import pytest

from app.core.documents.ingest import import_file
from app.core.documents.search import search
from app.core.library import Library
from tests.bench.helpers import best_of, fill_library, make_big_pdf, need_tool, report


def test_import_500_pages_vs_pdftotext(tmp_path: Path) -> None:
    pdftotext = need_tool("pdftotext")
    pdf = make_big_pdf(tmp_path / "big.pdf")
    baseline = best_of(
        lambda: subprocess.run([pdftotext, str(pdf), str(tmp_path / "out.txt")], check=True)
    )
    counter = iter(range(100))

    def run_import() -> None:
        with Library.open(tmp_path / f"lib{next(counter)}") as lib:
            assert import_file(lib, pdf).pages == 500

    ours = best_of(run_import)
    report("import of a 500-page PDF with text", ours, baseline, "pdftotext", "<= 2x")
    # pdftotext -bbox also finds every word's box, which is what import stores: a like-for-like
    # reference beside the one the issue names.
    boxes = best_of(
        lambda: subprocess.run(
            [pdftotext, "-bbox", str(pdf), str(tmp_path / "out.html")], check=True
        )
    )
    report("import of a 500-page PDF with text", ours, boxes, "pdftotext -bbox", "for reference")


@pytest.mark.parametrize("pages", [int(os.environ.get("BENCH_PAGES", "100000"))])
def test_search_vs_grep(tmp_path: Path, pages: int) -> None:
    grep = need_tool("grep")
    text_dir = tmp_path / "text"
    text_dir.mkdir()
    lib = Library.open(tmp_path / "lib")
    fill_library(lib, pages, random.Random(7), text_dir)
    for query, pattern in [
        ("Chinese Communists", "Chinese Communists"),
        ('"security council"', "security council"),
    ]:
        baseline = best_of(
            partial(
                subprocess.run,
                [grep, "-rc", pattern, str(text_dir)],
                capture_output=True,
                check=False,
            )
        )
        ours = best_of(partial(search, lib, query, limit=20), repeat=5)
        total = search(lib, query).total
        report(
            f"search {query!r} over {pages} pages ({total} hits, capped at 1000)",
            ours,
            baseline,
            "grep -rc",
            ">= 20x faster, i.e. <= 0.05x",
        )
    lib.close()
