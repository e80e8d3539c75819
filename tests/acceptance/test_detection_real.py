"""Detection on the real material: the State OCR text through the CLI, and the CIA bulletins."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pymupdf
import pytest

from app.cli import main
from app.core.detection import band_images
from app.core.detection.band_images import margins_with_text
from app.core.detection.bands import read_page_bands
from app.core.detection.redactions import Box, find_redactions
from app.core.detection.run import detect_document
from app.core.documents.ingest import import_file
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr.run import ocr_documents, tesseract_available
from tests.builders import SHARED_SCANS

STATE_TEXT = SHARED_SCANS.parent / "ocr-text" / "state-foia-F-2017-13804-C06689721.ocr.txt"


def test_state_ocr_text_through_the_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    if not STATE_TEXT.exists():
        pytest.skip(f"{STATE_TEXT} is absent")
    code = main(["--library", str(tmp_path / "lib"), "detect", "--text", str(STATE_TEXT), "--json"])
    assert code == 0
    found = json.loads(capsys.readouterr().out)
    pairs = {(d["category"], d["value"]) for d in found}
    assert {
        ("identifier", "F-2017-13804"),
        ("identifier", "C06689721"),
        ("release", "RELEASE IN FULL"),
        ("classification", "UNCLASSIFIED"),
    } <= pairs
    authority = [v for c, v in pairs if c == "declassification"]
    assert [v.startswith("DECLASSIFICATION AUTHORITY: Geoffrey W Chapman") for v in authority] == [
        True
    ]
    garbled = {d["text"] for d in found if d["value"] == "SECRET"}
    assert garbled == {"SEeRB'f", "SE0RE'f", "S CRE'f", "S ECRE' P"}
    text = STATE_TEXT.read_text(encoding="utf-8")
    for d in found:
        assert text[d["start"] : d["end"]] == d["text"]
        assert "ecretary" not in d["text"].lower()


@pytest.fixture
def bulletin(library: Library) -> DocumentId:
    outcome = import_file(library, SHARED_SCANS / "cia-cib-03175207.pdf")
    assert outcome.document_id is not None
    return outcome.document_id


def test_cia_bulletin_markings_redactions_and_metadata(
    library: Library, bulletin: DocumentId
) -> None:
    summary = detect_document(library, bulletin)
    assert summary.metadata["classification"] == "TOP SECRET"
    assert summary.metadata["document_number"] == "C03175207"
    assert summary.metadata["release_date"] == "2019-03-14"
    assert summary.redactions_found >= 14  # 16 boxes by eye on its 4 pages
    with library.reading() as s:
        bodies = [
            json.loads(r[0])
            for r in s.connection().exec_driver_sql(
                "SELECT body FROM annotations WHERE kind = 'redaction'"
            )
        ]
    assert sum(1 for b in bodies if "3.5(c)" in b["exemptions"]) >= 8
    again = detect_document(library, bulletin)
    assert (again.markings_added, again.redactions_added) == (0, 0)


def test_hatched_borders_are_not_markings(library: Library) -> None:
    outcome = import_file(library, SHARED_SCANS / "cia-cib-02989474.pdf")
    assert outcome.document_id is not None
    detect_document(library, outcome.document_id, redactions=False)
    with library.reading() as s:
        rows = (
            s.connection()
            .exec_driver_sql("SELECT quote, body FROM annotations WHERE kind = 'marking'")
            .all()
        )
    # (markings read from the scan's bands have no text quote: their reading is in the body)
    assert all("\\\\" not in (quote or json.loads(body)["text"]) for quote, body in rows)
    values = {json.loads(body)["value"] for _, body in rows}
    assert "NOT RELEASABLE TO FOREIGN NATIONALS" in values
    assert "CONTINUED CONTROL" in values


def test_a_routing_sheets_printed_cells_are_not_redactions_but_real_boxes_are() -> None:
    """jfk-104-10001-10034 p1 is a CIA routing and record sheet: its printed cells were five
    redaction proposals; the boxes on jfk-124-10180-10295 p2 and jfk-176-10011-10152 p4 are
    real redactions (checked by eye)."""
    with pymupdf.open(SHARED_SCANS / "jfk-104-10001-10034.pdf") as doc:
        assert len(find_redactions(doc[0], [])) <= 1
    for name, index, where in (
        ("jfk-124-10180-10295.pdf", 1, Box(239, 264, 428, 281)),
        ("jfk-176-10011-10152.pdf", 3, Box(123, 503, 404, 523)),
    ):
        with pymupdf.open(SHARED_SCANS / name) as doc:
            found = find_redactions(doc[index], [])
        assert [r for r in found if r.box.iou(where) > 0.7], name


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_banners_struck_by_a_line_across_part_of_them_are_struck() -> None:
    """cia-cib-02003053: each banner is struck with one slanted line through SEC (OCR reads the
    rest as "TQ CRET", "TOP. RET": a split banner); the struck banners of cia-cib-03191546
    keep their flag; the SECRET - EYES ONLY stamps of jfk-176-10011-10152 are not struck (all
    checked by eye)."""
    pages = [("cia-cib-02003053.pdf", i, True) for i in (0, 6, 9)]
    pages += [("cia-cib-03191546.pdf", 8, True), ("jfk-176-10011-10152.pdf", 4, False)]
    for name, index, struck in pages:
        with pymupdf.open(SHARED_SCANS / name) as doc:
            result = read_page_bands(doc[index])
        levels = [m for m in result.markings if m.category == "classification"]
        assert levels, (name, index)
        assert all(m.struck == struck for m in levels), (name, index, levels)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_a_struck_banner_under_the_release_line_is_read_from_its_own_line() -> None:
    """cia-cib-02989474 pages 4 and 5: the struck SECRET at the foot of each page runs into the
    reading room's "Approved for Release" line printed over it, and the top banner is cut off
    (checked by eye); read in its bands, OCR gave no level, read alone from its line, SECRET,
    struck."""
    for index in (3, 4):
        with pymupdf.open(SHARED_SCANS / "cia-cib-02989474.pdf") as doc:
            result = read_page_bands(doc[index])
        levels = [(m.value, m.struck) for m in result.markings if m.category == "classification"]
        assert levels == [("SECRET", True)], (index, result.markings)
        (box,) = [m.box for m in result.markings if m.category == "classification"]
        assert 690 < box.y0 < box.y1 < 730 and 280 < box.x0 < box.x1 < 380, box


def test_margins_are_read_where_a_stamp_runs_up_them() -> None:
    """jfk-104-10165-10033: the review stamps printed up its right margin ("Reviewed on",
    "Postponed Under", seen by eye) are read, its left margin is not; the pages of
    cia-cib-02989474 after the cover hold nothing up their margins, only the scan's hatched
    border, and none is read (Tesseract spent a fifth of its time on such borders and read
    nothing there)."""

    def margins(name: str, index: int) -> tuple[bool, bool]:
        with pymupdf.open(SHARED_SCANS / name) as doc:
            page = doc[index]
            return margins_with_text(band_images.coarse_ink(page.get_displaylist(), page))

    assert margins("jfk-104-10165-10033.pdf", 0)[1]
    assert [margins("cia-cib-02989474.pdf", i) for i in range(1, 9)] == [(False, False)] * 8


def test_a_jfk_files_docid_misread_on_a_page_is_proposed_as_the_files(tmp_path: Path) -> None:
    # Pages 2-5 of the FBI teletype file, OCRed by Redline: its stamp reads "Docid:32989794" on
    # three of them and "Docid:32969794" on the fourth (an 8 read as a 6).
    part = tmp_path / "jfk-part.pdf"
    with pymupdf.open(SHARED_SCANS / "jfk-DOCID-32989794.pdf") as src, pymupdf.open() as doc:
        doc.insert_pdf(src, from_page=1, to_page=4)
        doc.save(part)
    with Library.open(tmp_path / "lib") as lib:
        out = import_file(lib, part)
        assert out.document_id is not None
        assert ocr_documents(lib, [out.document_id]).ok == 4
        detect_document(lib, out.document_id, redactions=False)
        with lib.reading() as s:
            rows = (
                s.connection()
                .exec_driver_sql(
                    "SELECT json_extract(body, '$.value'), quote FROM annotations "
                    "WHERE rule_id = 'identifier.docid'"
                )
                .all()
            )
    assert "Docid:32969794" in {r[1] for r in rows}  # (what OCR read, kept as the quote)
    assert {r[0] for r in rows} == {"DocId 32989794"}


@pytest.mark.slow
@pytest.mark.skipif(not tesseract_available(), reason="the scan needs OCR (tesseract)")
def test_a_marking_a_person_made_is_not_proposed_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reviewer's steps on jfk-104-10001-10034: SECRET on page 1 marked by a person, then
    detection proposed "classification: SECRET" on the same words beside it."""
    lib = str(tmp_path / "lib")
    scan = SHARED_SCANS / "jfk-104-10001-10034.pdf"
    assert main(["--library", lib, "import", str(scan), "--ocr", "auto"]) == 0
    monkeypatch.setenv("REDLINE_AUTHOR", "Reviewer")
    assert main(["--library", lib, "annotate", "add", scan.stem, "--page", "1", "--kind",
                 "marking", "--quote", "SECRET", "--category", "classification",
                 "--value", "SECRET"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--library", lib, "detect", scan.stem]) == 0
    said = capsys.readouterr().out
    assert main(["--library", lib, "annotate", "list", scan.stem, "--page", "1", "--kind",
                 "marking", "--json"]) == 0  # fmt: skip
    listed = json.loads(capsys.readouterr().out)
    [marked] = [a for a in listed if a["origin"] == "person"]
    on_it = [
        a
        for a in listed
        if a["body"]["value"] == "SECRET"
        and a["origin"] == "detector"
        and (a["span"] is None or a["span"][0] < marked["span"][1])
        and (a["region"] is None or a["region"]["y"] < 100)  # (the banner at the top)
    ]
    assert on_it == []
    assert "1 already in the document" in said
