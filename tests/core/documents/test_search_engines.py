"""The same queries on an SQLite library and a PostgreSQL one holding the same documents find the
same pages (FTS5 against tsvector + GIN), the best hit first on both."""

from __future__ import annotations

from pathlib import Path

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
