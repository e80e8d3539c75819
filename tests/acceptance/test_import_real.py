"""Importing every real scan: page counts, sizes and rotation as the PDF says; search finds text."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from sqlalchemy import select

from app.cli import main
from app.core.documents.ingest import import_paths
from app.core.documents.search import search
from app.core.library import Library
from db.models import Document, Page
from tests.builders import SHARED_SCANS


@pytest.fixture(scope="module")
def real_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = Library.open(tmp_path_factory.mktemp("real") / "library")
    outcomes = import_paths(lib, [SHARED_SCANS])
    assert [o.message for o in outcomes if not o.ok] == []
    return lib


def _expected(path: Path) -> list[tuple[float, float, int]]:
    with pymupdf.open(path) as doc:
        return [(p.cropbox.width, p.cropbox.height, p.rotation) for p in doc]


def test_every_scan_imports_with_its_pages(real_library: Library) -> None:
    files = sorted(p for p in SHARED_SCANS.iterdir() if p.suffix in {".pdf", ".png"})
    assert len(files) == 16
    with real_library.reading() as s:
        docs = {d.source_name: d for d in s.scalars(select(Document))}
        assert set(docs) == {f.name for f in files}
        for f in files:
            pages = s.scalars(
                select(Page).where(Page.document_id == docs[f.name].id).order_by(Page.page_index)
            ).all()
            got = [(pytest.approx(p.width), pytest.approx(p.height), p.rotation) for p in pages]
            assert got == _expected(f), f.name
    assert docs["jfk-DOCID-32989794.pdf"].page_count == 63


def test_rotated_letter_keeps_its_rotation(real_library: Library) -> None:
    with real_library.reading() as s:
        doc = s.scalars(
            select(Document).where(Document.source_name == "usda-foia-referral-rotated.pdf")
        ).one()
        page = s.scalars(select(Page).where(Page.document_id == doc.id)).one()
    assert page.rotation == 270 and page.needs_ocr


def test_importing_again_adds_nothing(real_library: Library) -> None:
    outcomes = import_paths(real_library, [SHARED_SCANS])
    assert {o.status for o in outcomes} == {"duplicate"}


def test_search_finds_the_cia_bulletin(real_library: Library) -> None:
    hits = search(real_library, "Chinese Communists").hits
    found = {(h.document_title, h.page_index) for h in hits}
    assert ("cia-cib-03175207", 2) in found
    assert any("«Chinese» «Communists»" in h.snippet for h in hits)


def test_cli_import_of_the_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "import", str(SHARED_SCANS)]) == 0
    assert main(["--library", lib, "import", str(SHARED_SCANS)]) == 0
    out = capsys.readouterr().out
    assert out.count("imported: ") == 16 and out.count("duplicate: ") == 16
