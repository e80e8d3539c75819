"""The shared real scans as the hidden ones are measured (``make eval``): imported with
``--ocr auto``, detected through the library, their proposals' levels compared with levels
labelled by eye per page (tests/bench/labels/scans-levels.json), and each document's highest
level. Printed beside a plain upper-case regex on the same page texts and beside the same
detection without banners re-read from the scans, both in the same run."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from unittest.mock import patch

import pytest

import app.core.detection.band_cache as band_cache
import app.core.detection.run as detect_module
import app.core.detection.scan_plan as scan_plan
from app.cli import main
from app.core.documents.lookup import all_document_ids
from app.core.library import Library
from app.core.ocr.tesseract import tesseract_available
from tests.bench.crossval import BASELINE
from tests.bench.helpers import SCAN_LABELS
from tests.builders import SHARED_SCANS

RANKS = {"TOP SECRET": 6, "SECRET": 5, "CONFIDENTIAL": 4, "LIMITED OFFICIAL USE": 3}
RANKS |= {"FOR OFFICIAL USE ONLY": 2, "SBU": 2, "CUI": 2, "UNCLASSIFIED": 1, "": 0}
Levels = dict[str, dict[int, set[str]]]  # document file -> page -> levels


def _highest(levels: dict[int, set[str]]) -> str:
    return max((v for vs in levels.values() for v in vs), key=RANKS.__getitem__, default="")


def _by_page(lib: Library, sql: str, read: Callable[[str | None], set[str]]) -> Levels:
    """Levels by document file and page: ``sql`` gives (file, page index, something) rows and
    ``read`` the levels in the something."""
    out: Levels = {}
    with lib.reading() as s:
        for name, index, value in s.connection().exec_driver_sql(sql):
            found = read(value)
            if found:
                out.setdefault(name, {}).setdefault(index, set()).update(found)
    return out


def _marking_level(body: str | None) -> set[str]:
    b = json.loads(body or "{}")
    if b.get("category") != "classification":
        return set()
    return {"UNCLASSIFIED" if b["value"] == "SBU" else b["value"]}


def _proposed(lib: Library) -> Levels:
    return _by_page(
        lib,
        "SELECT d.source_name, p.page_index, a.body FROM annotations a "
        "JOIN pages p ON p.id = a.page_id JOIN documents d ON d.id = p.document_id "
        "WHERE a.kind = 'marking' AND a.deleted = 0",
        _marking_level,
    )


def _regex(lib: Library) -> Levels:
    rx = re.compile(BASELINE["classification"])
    return _by_page(
        lib,
        "SELECT d.source_name, p.page_index, t.text FROM pages p "
        "JOIN documents d ON d.id = p.document_id "
        "LEFT JOIN text_layers t ON t.id = p.active_text_layer_id",
        lambda text: set(rx.findall(text or "")),
    )


def _score(title: str, got: Levels, truth: dict[str, dict[str, object]]) -> None:
    tp = fp = fn = right = 0
    wrong = []
    for name, lab in truth.items():
        pages = {int(k): set(v) for k, v in dict(lab["pages"]).items()}  # type: ignore[call-overload]
        mine = got.get(name, {})
        for i in set(pages) | set(mine):
            want, have = pages.get(i, set()), mine.get(i, set())
            tp, fp, fn = tp + len(want & have), fp + len(have - want), fn + len(want - have)
        if _highest(mine) == lab["highest"]:
            right += 1
        else:
            wrong.append(f"{name} ({_highest(mine) or 'none'} for {lab['highest'] or 'none'})")
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"{title:44} levels P={p:5.3f} R={r:5.3f} (tp {tp}, fp {fp}, fn {fn}); "
          f"highest level right on {right} of {len(truth)}")  # fmt: skip
    if wrong:
        print(f"{'':44} wrong: {'; '.join(wrong)}")


def _never(text: str, has_level: bool, expected: bool) -> bool:
    return False


def _detect(lib: Library, rescan: bool) -> Levels:
    with lib.transaction() as s:  # from scratch: proposals of an earlier run would count
        s.connection().exec_driver_sql("DELETE FROM annotations")
    band_cache.forget_band_readings()  # and banners read by an earlier run
    # (scan_plan's own name for it: the one plan_rescans calls)
    with nullcontext() if rescan else patch.object(scan_plan, "needs_bands", _never):
        detect_module.detect_documents(lib, all_document_ids(lib))
    return _proposed(lib)


@pytest.mark.timeout(3600)  # 87 pages OCRed, then detected three times: many minutes when loaded
def test_eval_real_scans_levels_and_highest_level(tmp_path: Path) -> None:
    truth = json.loads(SCAN_LABELS.read_text(encoding="utf-8"))["documents"]
    files = [SHARED_SCANS / name for name in truth]
    if not all(f.exists() for f in files) or not tesseract_available():
        pytest.skip("the real scans (../shared/data/scans) or tesseract are absent")
    lib_path = tmp_path / "lib"
    code = main(["--library", str(lib_path), "import", "--ocr", "auto", *map(str, files)])
    assert code == 0
    with Library.open(lib_path) as lib:
        print(f"\n== {len(files)} shared real scans (imported with --ocr auto), levels by page")
        _score("plain upper-case regex on the page texts", _regex(lib), truth)
        _score("detector, no banners re-read", _detect(lib, rescan=False), truth)
        _score("detector with banners re-read (the result)", _detect(lib, rescan=True), truth)
