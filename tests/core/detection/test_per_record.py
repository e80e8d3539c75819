"""A record's number stamped on every page, misread on one, is proposed as the record's number."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from sqlalchemy import text

from app.core.detection.markings import Detection
from app.core.detection.memo import agree_per_record
from app.core.detection.run import detect_document
from app.core.documents.ingest import import_file
from app.core.library import Library


def _ids(*values: str, rule: str = "identifier.docid") -> list[Detection]:
    return [Detection("identifier", v, 0, 1, v, 0.97, rule) for v in values]


def test_a_rare_reading_close_to_the_records_number_is_that_number() -> None:
    ds = _ids(*["DocId 32989794"] * 4, "DocId 32969794", "DocId 32969794")  # twice as often
    ds += _ids("DocId 3298979", "DocId 327989794", "DocId 12345678")  # cut off, one too many, far
    ds += _ids("NW 65994", "NW 65994", "NW 65894", rule="identifier.nw-case")  # two: too few
    assert agree_per_record(ds) == {
        "DocId 32969794": "DocId 32989794",
        "DocId 3298979": "DocId 32989794",
        "DocId 327989794": "DocId 32989794",
    }


def test_numbers_read_as_often_or_not_stamped_per_record_stay() -> None:
    three = ["DocId 32989794"] * 3
    assert agree_per_record(_ids(*three, "DocId 32989795", "DocId 32989795")) == {}  # 3 < 2 x 2
    # a State release's document numbers: consecutive in a compilation, never merged
    c0 = _ids(*["C06689721"] * 5, "C06689722", rule="identifier.c0-number")
    assert agree_per_record(c0) == {}


def test_through_the_library_the_misread_page_gets_the_records_number(tmp_path: Path) -> None:
    doc = pymupdf.open()
    for number in ("32989794", "32989794", "32989794", "32969794", "32989794"):
        page = doc.new_page(width=612, height=792)
        page.insert_text((72, 100), "The report was forwarded to the field office.", fontsize=11)
        page.insert_text((360, 770), f"NW 65994 Docid:{number} Page 2", fontsize=9)
    doc.save(tmp_path / "record.pdf")
    with Library.open(tmp_path / "lib") as lib:
        out = import_file(lib, tmp_path / "record.pdf")
        assert out.document_id is not None
        detect_document(lib, out.document_id, redactions=False)
        with lib.reading() as s:
            rows = s.execute(
                text(
                    "SELECT json_extract(body, '$.value'), quote FROM annotations "
                    "WHERE rule_id = 'identifier.docid' ORDER BY page_id"
                )
            ).all()
    assert [tuple(r) for r in rows] == [("DocId 32989794", "Docid:32989794")] * 3 + [
        ("DocId 32989794", "Docid:32969794"),  # the value agreed, the quote as read
        ("DocId 32989794", "Docid:32989794"),
    ]
