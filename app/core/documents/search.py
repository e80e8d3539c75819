"""Full-text search over every page's text (SQLite FTS5), ranked and paginated.

Query syntax, for people: words are all required; ``"a phrase"`` in double quotes; ``word*`` for a
prefix; ``OR`` and ``NOT`` between terms. Anything else (hyphens, slashes, parentheses as in
``F-2017-13804`` or ``3.5(c)``) is taken literally instead of failing as FTS5 syntax.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from dataclasses import dataclass

from sqlalchemy.exc import OperationalError

from app.core.errors import SearchQueryError
from app.core.ids import DocumentId, PageId
from app.core.library import Library

MAX_LIMIT = 200
TOTAL_CAP = 1000  # counting stops here: "1000+" results is all a person needs to know
HIT_OPEN, HIT_CLOSE = "«", "»"

_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+)|(?P<quote>")')
_OPERATORS = {"OR", "NOT", "AND"}


@dataclass(frozen=True)
class SearchHit:
    document_id: DocumentId
    document_title: str
    page_id: PageId
    page_index: int
    snippet: str
    score: float


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: list[SearchHit]
    total: int  # capped at TOTAL_CAP
    offset: int
    has_more: bool
    ranked_all: bool = True  # False: so many pages match that they come in library order


@dataclass(frozen=True)
class _Term:
    text: str
    phrase: bool
    prefix: bool


def _terms(query: str) -> list[_Term | str]:
    """Split a query into terms and operators; raise SearchQueryError when it cannot be read."""
    out: list[_Term | str] = []
    for m in _TOKEN.finditer(query):
        if m.group("quote"):
            raise SearchQueryError('The search has an opening " without a closing one.')
        if m.group("phrase") is not None:
            if m.group("phrase").strip():
                out.append(_Term(m.group("phrase"), phrase=True, prefix=False))
            continue
        word = m.group("word")
        if word in _OPERATORS:
            out.append(word)
            continue
        prefix = word.endswith("*")
        core = word.rstrip("*")
        if not re.search(r"\w", core):
            if prefix:
                raise SearchQueryError(f"“{word}”: a * must follow the start of a word.")
            continue  # punctuation alone matches nothing; leave it out
        out.append(_Term(core, phrase=False, prefix=prefix))
    return out


def to_fts(query: str) -> str:
    """Translate a person's query into an FTS5 MATCH expression."""
    parts = _terms(query)
    if not any(isinstance(p, _Term) for p in parts):
        raise SearchQueryError("Type a word or phrase to search for.")
    if isinstance(parts[0], str) or isinstance(parts[-1], str):
        raise SearchQueryError("OR and NOT go between two search terms.")
    for a, b in itertools.pairwise(parts):
        if isinstance(a, str) and isinstance(b, str):
            raise SearchQueryError(f"“{a} {b}”: two operators in a row.")
    rendered = []
    for p in parts:
        if isinstance(p, str):
            rendered.append("AND" if p == "AND" else p)
        else:
            quoted = '"' + p.text.replace('"', '""') + '"'
            rendered.append(quoted + ("*" if p.prefix else ""))
    return " ".join(rendered)


# Ranking scores every matching page, and bm25 of a phrase counts the phrase on every page that
# has it: for a phrase on most pages of a 100,000-page library that is slower than grep. So a
# query matching RANK_CAP pages or more lists them in library order, unranked, and says so
# (``ranked_all`` False); a narrower query is ranked again.
RANK_CAP = TOTAL_CAP
_COUNT_SQL = (
    "SELECT count(*) FROM (SELECT 1 FROM page_text_fts WHERE page_text_fts MATCH ? LIMIT ?)"
)
_RANK_ALL_SQL = (
    "SELECT rowid, bm25(page_text_fts) AS score FROM page_text_fts WHERE page_text_fts MATCH ? "
    "ORDER BY score, rowid LIMIT ? OFFSET ?"
)
_LIBRARY_ORDER_SQL = (
    "SELECT rowid, 0.0 FROM page_text_fts WHERE page_text_fts MATCH ? "
    "ORDER BY rowid LIMIT ? OFFSET ?"
)
_DETAIL_SQL = f"""
SELECT p.document_id, d.title, p.page_index,
       snippet(page_text_fts, 0, '{HIT_OPEN}', '{HIT_CLOSE}', '…', 16)
FROM page_text_fts
JOIN pages p ON p.id = page_text_fts.rowid
JOIN documents d ON d.id = p.document_id
WHERE page_text_fts MATCH ? AND page_text_fts.rowid = ?
"""


def search(lib: Library, query: str, *, limit: int = 20, offset: int = 0) -> SearchResults:
    """Ranked pages matching ``query``; at most ``limit`` (≤ 200) from ``offset``."""
    expr = to_fts(query)
    limit = max(1, min(limit, MAX_LIMIT))
    offset = max(0, offset)
    try:
        with lib.reading() as s:
            conn = s.connection()
            total = int(conn.exec_driver_sql(_COUNT_SQL, (expr, TOTAL_CAP)).scalar() or 0)
            if total < RANK_CAP:
                ranked = conn.exec_driver_sql(_RANK_ALL_SQL, (expr, limit + 1, offset)).all()
            else:
                args = (expr, limit + 1, offset)
                ranked = conn.exec_driver_sql(_LIBRARY_ORDER_SQL, args).all()
            hits = []
            for page_id, score in ranked[:limit]:  # a snippet for each shown hit only
                d = conn.exec_driver_sql(_DETAIL_SQL, (expr, page_id)).one()
                hits.append(SearchHit(DocumentId(d[0]), d[1], PageId(page_id), d[2], d[3], score))
    except (OperationalError, sqlite3.OperationalError) as exc:
        reason = exc.orig if isinstance(exc, OperationalError) else exc
        raise SearchQueryError(f"Redline cannot search for “{query}”: {reason}") from exc
    return SearchResults(query, hits, total, offset, len(ranked) > limit, total < RANK_CAP)


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Code-point spans in ``text`` where the query's terms occur (for highlighting)."""
    spans: list[tuple[int, int]] = []
    try:
        parts = _terms(query)
    except SearchQueryError:
        return spans
    negated = False
    for p in parts:
        if isinstance(p, str):
            negated = p == "NOT"
            continue
        if negated:
            negated = False
            continue
        tokens = [re.escape(t) for t in re.findall(r"\w+", p.text)]
        if not tokens:
            continue
        body = r"\W+".join(tokens) + (r"\w*" if p.prefix else r"\b")
        spans.extend(m.span() for m in re.finditer(r"\b" + body, text, re.IGNORECASE))
    return sorted(set(spans))
