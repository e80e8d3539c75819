"""The same queries on an SQLite library and a PostgreSQL one holding the same documents find the
same pages (FTS5 against tsvector + GIN), the best hit first on both: on noisy OCR too, where
PostgreSQL's own parser read a ``<`` and a later ``>`` as a tag and dropped the words between,
and on accented words, which FTS5 folds (``Café`` is found by ``cafe``)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from app.core.documents.ingest import import_file
from app.core.documents.search import search
from app.core.errors import SearchQueryError
from app.core.library import Library
from app.samples.memos import MEMOS
from tests.builders import make_text_pdf

QUERIES = [
    "cabinet",
    "minister marine",
    '"licence fees"',
    "valdor*",
    "embassy OR harbour",
    "survey NOT cod",
    "kestrel",
    "radio installation",
    "F-2017-13804",
    "3.5(c)",
    "nothing-matches-this",
    "ship*",
    "grain OR currency NOT reform",
    '"the cabinet" minister',
]


def _fill(lib: Library, folder: Path) -> None:
    for i, memo in enumerate(MEMOS):
        pages = [f"{memo.subject}. {p}" for p in memo.paragraphs] + [
            "Case No. F-2017-13804 Doc No. C06689721 exempt under 3.5(c)."
        ]
        import_file(lib, make_text_pdf(folder / f"memo{i}.pdf", pages))


# Noisy OCR and accented names, each page as a reviewer would meet it.
NOISY_PAGES = [
    "SECRET <b Embassy the cable > Moscow",
    "Cable from the embassy 2 < 3 and 5 > 4 as reported",
    "The minister met them at the Café Royal in São Paulo, then went on to Łódź.",
    "CAFÉ CRÈME served at the consulate; AT&T; telex",
    "Ref F-2017-13804 sent via www.state.gov to Moscow.The reply came later",
    "Nothing of interest on this page",
]
# (query, pages it finds on both engines): what a historian expects, checked on SQLite too.
NOISY_QUERIES = [
    ("embassy", 2),
    ("cable", 2),
    ('"the cable"', 1),
    ("embassy NOT moscow", 1),
    ("cafe", 2),
    ("Café", 2),
    ("CAFE creme", 1),
    ("sao paulo", 1),
    ('"São Paulo"', 1),
    ("Łódź", 1),
    ("lodz", 0),  # a stroke is not an accent: FTS5 keeps ł, and so does the server
    ("caf*", 2),
    ("crè*", 1),
    ("2017", 1),
    ("13804", 1),
    ('"moscow the reply"', 1),
    ("state", 1),
    ("AT&T", 1),
    ("telex", 1),
]


def _found(lib: Library, query: str) -> tuple[int, list[tuple[str, int]]]:
    results = search(lib, query, limit=200)
    return results.total, [(h.document_title, h.page_index) for h in results.hits]


def test_both_engines_find_the_same_pages(tmp_path: Path, pg_library_url: str) -> None:
    with Library.open(tmp_path / "lib") as lite, Library.open(pg_library_url) as server:
        _fill(lite, tmp_path)
        _fill(server, tmp_path)
        for query in QUERIES:
            lite_total, lite_hits = _found(lite, query)
            server_total, server_hits = _found(server, query)
            assert server_total == lite_total, query
            assert sorted(server_hits) == sorted(lite_hits), query
        assert sum(_found(lite, q)[0] > 0 for q in QUERIES) >= 8  # the queries do find things
        with pytest.raises(SearchQueryError):
            search(server, '"unclosed')
        with pytest.raises(SearchQueryError):
            search(server, "OR soviet")


def test_the_best_hit_is_the_same_on_both(tmp_path: Path, pg_library_url: str) -> None:
    texts = [
        "redaction once among many other words of filler text here",
        "redaction redaction redaction redaction",
        "nothing of interest",
    ]
    with Library.open(tmp_path / "lib") as lite, Library.open(pg_library_url) as server:
        for lib in (lite, server):
            for i, text in enumerate(texts):
                import_file(lib, make_text_pdf(tmp_path / f"t{i}.pdf", [text]))
        assert (
            _found(lite, "redaction")[1] == _found(server, "redaction")[1] == [("t1", 0), ("t0", 0)]
        )
        lite_snippet = search(lite, "redaction").hits[0].snippet
        assert "«redaction»" in lite_snippet
        assert "«redaction»" in search(server, "redaction").hits[0].snippet


def _unicode_pdf(path: Path, pages: list[str]) -> Path:
    """Text pages in MuPDF's built-in fallback font, which has Ł and ź (the base-14 ones do not)."""
    font = pymupdf.Font("cjk")
    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page()
        page.insert_font(fontname="F0", fontbuffer=font.buffer)
        page.insert_textbox(pymupdf.Rect(72, 72, 540, 720), text, fontname="F0", fontsize=11)
    doc.save(path)
    doc.close()
    return path


def test_noisy_ocr_and_accents_find_the_same_pages(tmp_path: Path, pg_library_url: str) -> None:
    pdf = _unicode_pdf(tmp_path / "noisy.pdf", NOISY_PAGES)
    with Library.open(tmp_path / "lib") as lite, Library.open(pg_library_url) as server:
        import_file(lite, pdf)
        import_file(server, pdf)
        differ = []
        for query, expected in NOISY_QUERIES:
            lite_found, server_found = _found(lite, query), _found(server, query)
            same = server_found[0] == lite_found[0] and sorted(server_found[1]) == sorted(
                lite_found[1]
            )
            if lite_found[0] != expected or not same:
                differ.append((query, expected, lite_found[1], server_found[1]))
        assert not differ, differ
        [hit] = search(server, "Łódź").hits
        assert "«Łódź»" in hit.snippet  # shown as written, not as the index folds it
        assert "«Café»" in search(server, "cafe royal").hits[0].snippet
