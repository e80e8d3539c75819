"""Full-text search: phrases, prefixes, ranking, paging, literal punctuation, and bad queries."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Span
from app.core.documents.ingest import import_file
from app.core.documents.queries import document_summary, read_page_text
from app.core.documents.search import MAX_LIMIT, match_spans, search, to_fts
from app.core.errors import SearchQueryError
from app.core.ids import PageId
from app.core.library import Library
from tests.builders import make_text_pdf


@pytest.fixture
def filled(library: Library, tmp_path: Path) -> Library:
    make_text_pdf(
        tmp_path / "bulletin.pdf",
        [
            "The Chinese Communists turn to Western Europe for strategic commodities.",
            "Soviet shipping to Korea. Communist China and the Chinese border.",
            "Case No. F-2017-13804 Doc No. C06689721 exempt under 3.5(c).",
        ],
    )
    make_text_pdf(tmp_path / "memo.pdf", ["A memorandum on communications with Chinese traders."])
    import_file(library, tmp_path / "bulletin.pdf")
    import_file(library, tmp_path / "memo.pdf")
    return library


def test_words_phrase_and_prefix(filled: Library) -> None:
    hits = search(filled, "Chinese Communists").hits
    assert [(h.document_title, h.page_index) for h in hits] == [("bulletin", 0)]
    assert "«Chinese» «Communists»" in hits[0].snippet
    assert search(filled, '"Communists turn"').total == 1
    assert search(filled, '"turn Communists"').total == 0
    prefixed = search(filled, "commun*")
    assert {(h.document_title, h.page_index) for h in prefixed.hits} == {
        ("bulletin", 0),
        ("bulletin", 1),
        ("memo", 0),
    }


def test_operators(filled: Library) -> None:
    assert search(filled, "Chinese NOT Korea").total == 2
    assert search(filled, "Korea OR memorandum").total == 2


def test_punctuated_identifiers_are_literal(filled: Library) -> None:
    assert to_fts("F-2017-13804") == '"F-2017-13804"'
    hits = search(filled, "F-2017-13804").hits
    assert [(h.document_title, h.page_index) for h in hits] == [("bulletin", 2)]
    assert search(filled, "3.5(c)").total == 1


def test_ranking_prefers_more_matches(library: Library, tmp_path: Path) -> None:
    make_text_pdf(tmp_path / "one.pdf", ["redaction once among many other words of filler text"])
    make_text_pdf(tmp_path / "many.pdf", ["redaction redaction redaction redaction"])
    import_file(library, tmp_path / "one.pdf")
    import_file(library, tmp_path / "many.pdf")
    assert [h.document_title for h in search(library, "redaction").hits] == ["many", "one"]


def test_pagination_is_bounded(library: Library, tmp_path: Path) -> None:
    make_text_pdf(tmp_path / "long.pdf", [f"telegram number {i}" for i in range(30)])
    import_file(library, tmp_path / "long.pdf")
    first = search(library, "telegram", limit=10)
    second = search(library, "telegram", limit=10, offset=10)
    assert first.total == 30 and first.has_more and len(first.hits) == 10
    assert not {h.page_id for h in first.hits} & {h.page_id for h in second.hits}
    last = search(library, "telegram", limit=10, offset=20)
    assert len(last.hits) == 10 and not last.has_more
    assert len(search(library, "telegram", limit=10_000).hits) <= MAX_LIMIT


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"unclosed', "opening"),
        ("OR Korea", "between"),
        ("Korea NOT", "between"),
        ("Korea OR NOT China", "two operators"),
        ("   ", "Type a word"),
        ("NOT", "between"),  # an operator alone: not "type a word"
        ("*", "must follow"),
    ],
)
def test_malformed_queries_get_a_message(filled: Library, query: str, message: str) -> None:
    with pytest.raises(SearchQueryError, match=message):
        search(filled, query)


def test_match_spans_for_highlighting() -> None:
    text = "The Chinese Communists; chinese  communist party, not communicating"
    spans = match_spans(text, '"Chinese Communists" commun*')
    assert [text[a:b] for a, b in spans] == [
        "Chinese Communists",
        "Communists",
        "communist",
        "communicating",
    ]
    start = text.index("party")
    assert match_spans(text, "party NOT chinese") == [(start, start + 5)]


def test_very_common_terms_come_in_library_order(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.documents import search as search_module

    make_text_pdf(tmp_path / "long.pdf", [f"cable {'cable ' * (i % 4)}{i}" for i in range(12)])
    import_file(library, tmp_path / "long.pdf")
    ranked = search(library, "cable")
    assert ranked.ranked_all and [h.page_index for h in ranked.hits[:3]] == [3, 7, 11]
    monkeypatch.setattr(search_module, "RANK_CAP", 8)
    monkeypatch.setattr(search_module, "TOTAL_CAP", 8)
    results = search(library, "cable", limit=5)
    assert not results.ranked_all and results.total == 8 and results.has_more
    assert [h.page_index for h in results.hits] == [0, 1, 2, 3, 4]
    assert all("«cable»" in h.snippet for h in results.hits)
    later = search(library, "cable", limit=5, offset=5)
    assert [h.page_index for h in later.hits] == [5, 6, 7, 8, 9]


FORM_PAGE = (
    "JFK ASSASSINATION SYSTEM IDENTIFICATION FORM AGENCY INFORMATION AGENCY FBI RECORD NUMBER "
    "124-10180-10295 RECORD SERIES HQ DOCUMENT INFORMATION ORIGINATOR FBI FROM LEG PA TO "
    "DIRECTOR FBI DATE 12/03/1963 PAGES 5 SUBJECT LHO POST-RP ASSOC LIAISON WITH CIA CONTACT "
    "COMMENTS: INC CABLRGRAM, 2 MEMO"
)


def correct(lib: Library, page_id: PageId, text: str, wrong: str, right: str) -> None:
    """A person's correction of ``wrong`` (its first place in ``text``) to ``right``."""
    start = text.index(wrong)
    create_annotation(lib, page_id, "correction", body={"replacement": right}, author="Hanna",
                      text=Span(start, start + len(wrong)))  # fmt: skip


def test_a_hit_in_a_correction_is_shown_in_the_corrected_reading(
    library: Library, tmp_path: Path
) -> None:
    doc = import_file(library, make_text_pdf(tmp_path / "form.pdf", [FORM_PAGE])).document_id
    assert doc is not None
    page = document_summary(library, doc).pages[0].id
    with library.reading() as s:
        text = read_page_text(s.connection(), page).text
    correct(library, page, text, "CABLRGRAM", "CABLEGRAM")

    def found(query: str) -> tuple[str, bool]:
        [hit] = search(library, query).hits
        return " ".join(hit.snippet.split()), hit.corrected

    def shows(query: str, snippet_end: str, corrected: bool) -> bool:
        snippet, in_corrected = found(query)
        return snippet.endswith(snippet_end) and in_corrected is corrected

    assert shows("CABLEGRAM", "INC «CABLEGRAM», 2 MEMO", True)  # not the first line
    assert shows("CABLEGRAM memo", "INC «CABLEGRAM», 2 «MEMO»", True)
    # A word in both readings, or the one the correction replaced: the text as read.
    assert shows("MEMO", "INC CABLRGRAM, 2 «MEMO»", False)
    assert shows("CABLRGRAM", "INC «CABLRGRAM», 2 MEMO", False)
    assert not found("Director")[1]
