"""Detection over a library: proposals stored once, metadata that respects people, the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from sqlalchemy import text

from app.cli import main
from app.core.annotating.annotations import create_annotation, delete_annotation
from app.core.annotating.locate import find_text, page_id_of
from app.core.annotating.records import Region
from app.core.annotating.vocabulary import Kind
from app.core.detection.redaction_report import redaction_report, report_csv, report_json
from app.core.detection.run import DetectionCancelled, detect_document
from app.core.documents.ingest import import_file
from app.core.ids import DocumentId
from app.core.library import Library


def _memo_pdf(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((280, 40), "SECRET", fontsize=12)
    page.insert_text((72, 90), "MEMORANDUM FOR: The Director", fontsize=11)
    page.insert_text((72, 110), "FROM: Deputy Director", fontsize=11)
    page.insert_text((72, 130), "SUBJECT: Soviet intentions", fontsize=11)
    page.insert_text((72, 150), "12 March 1951  Case No F-2017-13804", fontsize=11)
    page.insert_text((72, 200), "The Secretary met the source in Vienna on Tuesday.", fontsize=11)
    page.draw_rect(pymupdf.Rect(200, 185, 330, 205), color=(0, 0, 0), fill=(0, 0, 0))
    page.insert_text((350, 200), "(b)(1)", fontsize=10)
    page.insert_text((280, 770), "SECRET", fontsize=12)
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 100), "RELEASE IN PART", fontsize=11)
    doc.save(path)
    doc.close()
    return path


@pytest.fixture
def memo(library: Library, tmp_path: Path) -> DocumentId:
    outcome = import_file(library, _memo_pdf(tmp_path / "memo.pdf"))
    assert outcome.document_id is not None
    return outcome.document_id


def _rows(lib: Library, sql: str) -> list[tuple[Any, ...]]:
    with lib.reading() as s:
        return [tuple(r) for r in s.connection().execute(text(sql))]


def test_proposals_are_stored_with_anchors_and_not_duplicated(
    library: Library, memo: DocumentId
) -> None:
    progress: list[tuple[int, int]] = []
    first = detect_document(library, memo, progress=lambda d, t: progress.append((d, t)))
    assert progress == [(0, 2), (1, 2), (2, 2)]  # (0: the bar leaves the document before it)
    assert first.markings_added == first.markings_found > 0
    assert first.redactions_added == 1
    rows = _rows(
        library,
        'SELECT a.kind, a.status, a.origin, a.rule_id, a.quote, a.start, a."end", t.text, a.x, '
        "a.body FROM annotations a LEFT JOIN text_layers t ON t.id = a.text_layer_id",
    )
    markings = [r for r in rows if r[0] == "marking"]
    assert {r[1] for r in rows} == {"proposed"} and {r[2] for r in rows} == {"detector"}
    for _, _, _, _, quote, start, end, layer_text, x, _ in markings:
        assert layer_text[start:end] == quote and x is not None
    values = {json.loads(r[9])["value"] for r in markings}
    assert {"SECRET", "F-2017-13804", "B1", "RELEASE IN PART"} <= values
    assert not any("Secretary" in r[4] for r in markings)
    redaction = next(r for r in rows if r[0] == "redaction")
    assert json.loads(redaction[9])["exemptions"] == ["B1"]
    assert first.warnings and "leaky" in str(first.warnings[0])

    again = detect_document(library, memo)
    assert (again.markings_added, again.redactions_added) == (0, 0)
    assert len(_rows(library, "SELECT id FROM annotations")) == len(rows)


def _person_adds(
    lib: Library, doc: DocumentId, kind: Kind, body: dict[str, Any], quote: str = "", **kw: Any
) -> str:
    page = page_id_of(lib, doc, 1)
    if quote:  # (as `redline annotate add --quote` and a selection in the window anchor it)
        found = find_text(lib, page, quote)
        kw = {"text": found.span, **kw}
    made = create_annotation(lib, page, kind, body=body, author="Ana", **kw)
    return made.record.uuid


def _proposed(lib: Library, kind: str) -> list[tuple[Any, ...]]:
    return _rows(
        lib,
        "SELECT quote, body, x, y FROM annotations "
        f"WHERE origin = 'detector' AND kind = '{kind}' AND NOT deleted",
    )


def test_what_a_person_already_marked_is_not_proposed_again(
    library: Library, memo: DocumentId
) -> None:
    """The reviewer's report: a person marked the first SECRET as classification SECRET and
    boxed the redaction; detection proposed both again beside them."""
    _person_adds(
        library, memo, "marking", {"category": "classification", "value": "Secret"}, "SECRET"
    )
    _person_adds(library, memo, "redaction", {"exemptions": []}, region=Region(201, 184, 128, 22))
    gone = _person_adds(  # (deleted: says nothing any more)
        library,
        memo,
        "marking",
        {"category": "identifier", "value": "F-2017-13804"},
        "F-2017-13804",
    )
    delete_annotation(library, gone, author="Ana")
    summary = detect_document(library, memo)
    secrets = [r for r in _proposed(library, "marking") if json.loads(r[1])["value"] == "SECRET"]
    assert [r[3] > 700 for r in secrets] == [True]  # the lower SECRET only (the upper: marked)
    assert _proposed(library, "redaction") == []
    values = {json.loads(r[1])["value"] for r in _proposed(library, "marking")}
    assert "F-2017-13804" in values  # (its marking was deleted)
    assert (summary.markings_known, summary.redactions_known) == (1, 1)
    assert summary.markings_added == summary.markings_found - 1

    again = detect_document(library, memo)  # (what it made before counts as known too)
    assert again.markings_added == 0 and again.markings_known == again.markings_found


def test_a_persons_marking_of_another_value_or_place_leaves_the_proposal(
    library: Library, memo: DocumentId
) -> None:
    _person_adds(
        library, memo, "marking", {"category": "classification", "value": "TOP SECRET"}, "SECRET"
    )
    _person_adds(library, memo, "redaction", {"exemptions": []}, region=Region(200, 100, 130, 20))
    summary = detect_document(library, memo)
    secrets = [r for r in _proposed(library, "marking") if json.loads(r[1])["value"] == "SECRET"]
    assert len(secrets) == 2 and len(_proposed(library, "redaction")) == 1
    assert (summary.markings_known, summary.redactions_known) == (0, 0)


def test_a_rejected_proposal_keeps_a_proposal_of_another_rule_away(
    library: Library, memo: DocumentId
) -> None:
    """A proposal a person rejected says the document has that reading there, whichever rule
    makes it next time."""
    page = page_id_of(library, memo, 1)
    found = find_text(library, page, "SECRET")
    create_annotation(
        library,
        page,
        "marking",
        body={"category": "classification", "value": "SECRET"},
        author="redline-detector",
        text=found.span,
        status="rejected",
        origin="detector",
        rule_id="an.older.rule",
    )
    summary = detect_document(library, memo, redactions=False)
    secrets = [r for r in _proposed(library, "marking") if json.loads(r[1])["value"] == "SECRET"]
    assert len(secrets) == 2 and summary.markings_known == 1  # (the rejected one and the lower)


def test_metadata_is_detected_and_a_persons_value_is_kept(
    library: Library, memo: DocumentId
) -> None:
    summary = detect_document(library, memo, redactions=False)
    assert summary.metadata["classification"] == "SECRET"
    assert summary.metadata["case_number"] == "F-2017-13804"
    assert summary.metadata["release_status"] == "RELEASE IN PART"
    assert summary.metadata["memo_subject"] == "Soviet intentions"
    assert summary.metadata["memo_to"] == "The Director"
    assert summary.metadata["memo_date"] == "1951-03-12"
    with library.transaction() as s:
        s.connection().execute(
            text(
                "UPDATE document_metadata SET value = 'CONFIDENTIAL', origin = 'person' "
                "WHERE key = 'classification'"
            )
        )
    detect_document(library, memo, redactions=False)
    assert _rows(
        library, "SELECT value, origin FROM document_metadata WHERE key = 'classification'"
    ) == [("CONFIDENTIAL", "person")]


def test_pages_without_text_are_counted(library: Library, tmp_path: Path) -> None:
    doc = pymupdf.open()
    doc.new_page(width=612, height=792).draw_rect(
        pymupdf.Rect(100, 100, 300, 130), color=(0, 0, 0), fill=(0, 0, 0)
    )
    doc.save(tmp_path / "blank.pdf")
    doc.close()
    outcome = import_file(library, tmp_path / "blank.pdf")
    assert outcome.document_id is not None
    summary = detect_document(library, outcome.document_id)
    assert (summary.pages_without_text, summary.markings_found) == (1, 0)
    assert summary.redactions_found == 1


def test_cancel_writes_nothing(library: Library, memo: DocumentId) -> None:
    with pytest.raises(DetectionCancelled):
        detect_document(library, memo, cancel=lambda: True)
    assert _rows(library, "SELECT id FROM annotations") == []


def test_redaction_report(library: Library, memo: DocumentId) -> None:
    detect_document(library, memo)
    report = redaction_report(library, [memo])
    assert len(report.rows) == 1
    row = report.rows[0]
    assert (row.page, row.exemptions, row.status) == (1, ("B1",), "proposed")
    assert row.width == pytest.approx(130, abs=2) and 0 < row.share_of_page < 0.01
    assert [(t.code, t.redactions) for t in report.totals] == [("B1", 1)]
    assert report_json(report)["count"] == 1
    lines = report_csv(report).splitlines()
    assert lines[0].startswith("document_id,document,page,exemptions")
    assert lines[-1].startswith(",TOTAL,,B1,") and "1 redaction in 1 document," in lines[-1]


def test_cli_detect_text_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "ocr.txt"
    f.write_text("SE0RE'f The Secretary said. Case No F-2017-13804 RELEASE IN FULL")
    assert main(["--library", str(tmp_path / "lib"), "detect", "--text", str(f), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {(d["category"], d["value"], d["text"]) for d in out} == {
        ("classification", "SECRET", "SE0RE'f"),
        ("identifier", "F-2017-13804", "F-2017-13804"),
        ("release", "RELEASE IN FULL", "RELEASE IN FULL"),
    }
    assert set(out[0]) == {"category", "value", "start", "end", "text", "confidence", "rule"}


def test_cli_detect_library_and_redactions(
    library: Library, memo: DocumentId, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(library.root)
    library.close()
    assert main(["--library", root, "detect", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["--library", root, "detect", "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert first[0]["markings_added"] > 0 and second[0]["markings_added"] == 0
    assert main(["--library", root, "redactions", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["count"] == 1
    assert main(["--library", root, "redactions", "--format", "csv"]) == 0
    assert "B1" in capsys.readouterr().out
    assert main(["--library", root, "redactions", "--json"]) == 0  # (as the other commands)
    assert json.loads(capsys.readouterr().out)["count"] == 1


def test_cli_detect_counts_one_in_the_singular(
    library: Library, memo: DocumentId, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(library.root)
    library.close()
    assert main(["--library", root, "detect"]) == 0
    out = capsys.readouterr().out
    assert "1 new redaction proposal (1 found)" in out and "proposals (1 found)" not in out
    assert "already in the document" not in out
    assert main(["--library", root, "detect"]) == 0  # (again: what it found, it had)
    out = capsys.readouterr().out
    assert "0 new redaction proposals (1 found, 1 already in the document)" in out
