"""`redline library copy`: a whole library from a folder to a PostgreSQL server and back,
losslessly: the three libraries export the same files, byte for byte (the export time fixed)."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest

from app.core.annotating import annotations as ann
from app.core.annotating.records import Region
from app.core.annotating.review import set_page_status
from app.core.documents.ingest import import_file
from app.core.exchange.library_copy import CopyError, copy_library
from app.core.exchange.redline_json import export_json
from app.core.exchange.text import export_text
from app.core.exchange.w3c import export_w3c
from app.core.ids import PageId
from app.core.library import Library
from tests.builders import make_text_pdf
from tests.core.exchange.helpers import add_annotation, add_tag, scan_pdf

WHEN = datetime(2026, 5, 1)
TABLES = (
    "documents", "document_metadata", "pages", "text_layers", "layer_words", "tags",
    "annotations", "change_log", "page_text_fts",
)  # fmt: skip


def _fill(lib: Library, tmp_path: Path) -> None:
    doc = import_file(lib, scan_pdf(tmp_path / "scan.pdf")).document_id
    other = import_file(lib, make_text_pdf(tmp_path / "b.pdf", ["Second memo", "Page two"]))
    assert doc is not None and other.document_id is not None
    people = add_tag(lib, "people")
    agents = add_tag(lib, "agents", parent=people)
    add_annotation(lib, doc, 0, "correction", word="Havana", body={"replacement": "HAVANA"})
    add_annotation(lib, doc, 1, "tag", word="agent", body={"tag": agents}, tag=agents)
    add_annotation(lib, doc, 0, "note", body={"text": "old"}, deleted=True)
    pages = _page_ids(lib, other.document_id)
    made = ann.create_annotation(
        lib, PageId(pages[0]), "redaction", region=Region(72, 72, 100, 20),
        body={"exemptions": ["(b)(1)"]}, author="ann",
    )  # fmt: skip
    ann.update_annotation(lib, made.after.uuid if made.after else "", body={"exemptions": ["B3"]},
                          author="bob")  # fmt: skip
    ann.create_annotation(
        lib, PageId(pages[1]), "note", body={"text": "Ünïcode “quotes” ok"}, author="ann"
    )
    set_page_status(lib, PageId(pages[1]), "reviewed", author="ann")


def _page_ids(lib: Library, doc_id: int) -> list[int]:
    with lib.reading() as s:
        return [
            int(r[0])
            for r in s.connection().exec_driver_sql(
                "SELECT id FROM pages WHERE document_id = ? ORDER BY page_index", (doc_id,)
            )
        ]


def _exports(lib: Library, folder: Path) -> tuple[bytes, bytes, bytes]:
    folder.mkdir()
    export_json(lib, folder / "set.json", exported_at=WHEN)
    export_w3c(lib, folder / "w3c.json", exported_at=WHEN)
    export_text(lib, folder / "text.txt")
    a, b, c = ((folder / n).read_bytes() for n in ("set.json", "w3c.json", "text.txt"))
    return a, b, c


def _counts(lib: Library) -> dict[str, int]:
    with lib.reading() as s:
        conn = s.connection()
        return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0)
                for t in TABLES}  # fmt: skip


def _sources(lib: Library) -> dict[str, str]:
    with lib.reading() as s:
        shas = [
            str(r[0]) for r in s.connection().exec_driver_sql("SELECT source_sha256 FROM documents")
        ]
    return {sha: hashlib.sha256(lib.source_path(sha).read_bytes()).hexdigest() for sha in shas}


@pytest.mark.slow
def test_a_library_goes_to_the_server_and_back_unchanged(
    tmp_path: Path, pg_library_url: str
) -> None:
    with Library.open(tmp_path / "first") as first:
        _fill(first, tmp_path)
        expected = _exports(first, tmp_path / "e1")
        counts = _counts(first)
        with Library.open(pg_library_url) as server:
            report = copy_library(first, server)
            assert report.sources == 2 and report.rows["annotations"] == counts["annotations"]
            assert _counts(server) == counts
            assert _exports(server, tmp_path / "e2") == expected
            with Library.open(tmp_path / "back") as back:
                copy_library(server, back)
                assert _counts(back) == counts
                assert _exports(back, tmp_path / "e3") == expected
                assert _sources(back) == _sources(first)
            # the server goes on: new rows get new ids (its sequences were moved past the copy)
            doc = import_file(server, make_text_pdf(tmp_path / "c.pdf", ["Third"])).document_id
            ann.create_annotation(server, PageId(_page_ids(server, doc or 0)[0]), "note",
                                  body={"text": "after the copy"}, author="cy")  # fmt: skip
        assert expected[0].count(b'"uuid"') > 5


def test_a_copy_into_a_library_with_documents_is_refused_untouched(
    tmp_path: Path, pg_library_url: str
) -> None:
    with Library.open(tmp_path / "a") as a, Library.open(pg_library_url) as server:
        import_file(a, make_text_pdf(tmp_path / "a.pdf", ["A"]))
        import_file(server, make_text_pdf(tmp_path / "s.pdf", ["S"]))
        before = _counts(server)
        with pytest.raises(CopyError, match="already holds documents"):
            copy_library(a, server)
        assert _counts(server) == before
