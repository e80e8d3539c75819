"""The sample library and the memo composition the generator types from."""

from __future__ import annotations

import random
from itertools import islice
from pathlib import Path

from app.core.library import Library
from app.samples.library import is_library_empty, populate_sample_library
from app.samples.memos import FILLER, MEMOS, make_facts, memo_rows, paginate


def _needs_ocr(lib: Library) -> dict[str, list[bool]]:
    with lib.reading() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT d.title, p.needs_ocr FROM pages p JOIN documents d ON d.id = p.document_id "
            "ORDER BY d.title, p.page_index"
        )
        out: dict[str, list[bool]] = {}
        for title, flag in rows:
            out.setdefault(str(title), []).append(bool(flag))
    return out


def test_sample_library_populates_once_and_flips_empty(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    with Library.open(tmp_path / "lib") as lib:
        assert is_library_empty(lib)
        outcomes = populate_sample_library(
            lib, tmp_path / "work", progress=lambda i, n, name: seen.append((i, n, name))
        )
        assert [o.status for o in outcomes] == ["imported"] * 4
        assert not is_library_empty(lib)
        flags = _needs_ocr(lib)
        again = populate_sample_library(lib)
    assert [o.pages for o in outcomes] == [2, 3, 1, 2]
    assert [i for i, _, _ in seen] == [0, 1, 2, 3]
    # One sample has no text layer at all; the others carry a clean or noisy one.
    assert sorted(all(f) for f in flags.values()) == [False, False, False, True]
    assert not any(any(f) and not all(f) for f in flags.values())
    assert [o.status for o in again] == ["duplicate"] * 4  # generation is deterministic
    assert len(list((tmp_path / "work").glob("*.pdf"))) == 4


def test_memo_rows_fit_the_width_and_open_paragraphs_with_portion_marks() -> None:
    rows = list(islice(memo_rows(MEMOS[0], "S", 60, random.Random(1)), 200))
    typed = [r.text for r in rows if r.text is not None]
    assert all(len(t) <= 60 for t in typed)
    firsts = [r.text for r in rows if r.first and r.text is not None]
    assert firsts and all(t[:4] in ("(S) ", "(U) ") for t in firsts)
    assert typed[0].startswith("MEMORANDUM FOR:")
    joined = " ".join(typed)
    assert FILLER[0].split()[0] in joined and MEMOS[1].paragraphs[0].split()[1] in joined


def test_paginate_fills_pages_and_signs_the_last() -> None:
    memo = MEMOS[2]
    pages = paginate(memo_rows(memo, "C", 70, random.Random(2)), 3, 40, memo.signer)
    assert len(pages) == 3
    assert len(pages[0]) == 40
    assert pages[1][0].text == "-2-" and pages[2][0].text == "-3-"
    assert len(pages[2]) <= 40
    assert (pages[2][-1].text or "").strip() == memo.signer
    assert all(memo.signer not in (r.text or "") for p in pages[:2] for r in p)


def test_facts_are_plausible_and_seeded() -> None:
    a = make_facts(random.Random(9), "secret", 1, None, None)
    assert a == make_facts(random.Random(9), "secret", 1, None, None)
    assert a.classification == "SECRET"
    assert a.case_no.startswith("F-") and len(a.case_no) == 12
    assert a.doc_no.startswith("C") and len(a.doc_no) == 9
    assert a.release in (
        "RELEASE IN PART",
        f"APPROVED FOR RELEASE {a.released[6:]}/{a.released[:5]}",
    )
    full = make_facts(random.Random(9), "secret", 0, "outline", None)
    assert full.style == "outline" and "PART" not in full.release


def test_sample_library_arrives_with_detections(tmp_path: Path) -> None:
    from app.core.documents.queries import list_documents

    with Library.open(tmp_path / "lib") as lib:
        populate_sample_library(lib)
        rows = {r.title: r for r in list_documents(lib)}
        with lib.reading() as s:
            proposed = (
                s.connection()
                .exec_driver_sql("SELECT count(*) FROM annotations WHERE status = 'proposed'")
                .scalar()
            )
    # The sample without a text layer waits for OCR; the others are read by the detector.
    found = [r for r in rows.values() if r.case_number]
    assert len(found) == 3 and all(r.case_number.startswith("F-") for r in found)
    assert {r.classification for r in found} == {"CONFIDENTIAL", "SECRET", "TOP SECRET"}
    assert proposed and proposed > 10
