"""Full-text search over every page's text (SQLite FTS5), ranked and paginated.

Query syntax, for people: words are all required; ``"a phrase"`` in double quotes; ``word*`` for a
prefix; ``OR`` and ``NOT`` between terms. Anything else (hyphens, slashes, parentheses as in
``F-2017-13804`` or ``3.5(c)``) is taken literally instead of failing as FTS5 syntax.

On a PostgreSQL library the same query, parsed by the same code, becomes a ``tsquery``: each word
and phrase, as in FTS5 a phrase of its words, through ``phraseto_tsquery('simple', …)``, a prefix
as ``lexeme:*``, joined with ``&&``, ``||`` and ``!!`` in FTS5's precedence (NOT, then AND, then
OR). Texts and queries alike go through ``redline_search_text`` (migration 0007), which splits
and folds words as FTS5 does (punctuation parts words, Latin letters lose their accents). Pages
are matched on the ``tsv`` column's GIN index and ranked by ``ts_rank``; snippets are made by
``ts_headline`` on that folded text and shown in the page's own characters.

A page is indexed twice: its text as read (the active layer) and, once a person corrected it,
its corrected reading. A snippet is made from each and the one with more matches shown (the text
as read on a tie), marked as the corrected reading when it is that one: a word found only in a
correction (``CABLEGRAM`` where the OCR read ``CABLRGRAM``) is shown where it is, not the page's
first line.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from app.core.errors import SearchQueryError
from app.core.ids import DocumentId, PageId
from app.core.wording import translate
from db.reading import LibraryReader

if TYPE_CHECKING:
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
    corrected: bool = False  # the snippet is of the page's corrected reading (it matched there)


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
            raise SearchQueryError(
                translate("Redline", 'The search has an opening " without a closing one.')
            )
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
                raise SearchQueryError(
                    translate("Redline", "“{word}”: a * must follow the start of a word.").format(
                        word=word
                    )
                )
            continue  # punctuation alone matches nothing; leave it out
        out.append(_Term(core, phrase=False, prefix=prefix))
    return out


def to_fts(query: str) -> str:
    """Translate a person's query into an FTS5 MATCH expression."""
    parts = _terms(query)
    if not parts:
        raise SearchQueryError(translate("Redline", "Type a word or phrase to search for."))
    if (
        not any(isinstance(p, _Term) for p in parts)
        or isinstance(parts[0], str)
        or isinstance(parts[-1], str)
    ):  # "NOT" alone, "OR x", "x NOT"
        raise SearchQueryError(translate("Redline", "OR and NOT go between two search terms."))
    for a, b in itertools.pairwise(parts):
        if isinstance(a, str) and isinstance(b, str):
            raise SearchQueryError(
                translate("Redline", "“{a} {b}”: two operators in a row.").format(a=a, b=b)
            )
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
_SEL_OPEN, _SEL_CLOSE = "\ue000", "\ue001"  # a hit in a snippet, until it is shown
# Each reading's snippet, its hits between private-use marks (a page's own « » are not counted).
_DETAIL_SQL = f"""
SELECT p.document_id, d.title, p.page_index,
       snippet(page_text_fts, 0, '{_SEL_OPEN}', '{_SEL_CLOSE}', '…', 16),
       snippet(page_text_fts, 1, '{_SEL_OPEN}', '{_SEL_CLOSE}', '…', 16)
FROM page_text_fts
JOIN pages p ON p.id = page_text_fts.rowid
JOIN documents d ON d.id = p.document_id
WHERE page_text_fts MATCH ? AND page_text_fts.rowid = ?
"""


def to_tsquery(query: str) -> tuple[str, tuple[str, ...]]:
    """The PostgreSQL ``tsquery`` expression (SQL with ``?`` placeholders) for a person's query:
    the same terms, operators and errors as :func:`to_fts`."""
    to_fts(query)  # the same checks and messages
    parts = _terms(query)
    # FTS5's precedence: NOT binds tightest, then (implicit) AND, then OR.
    ors: list[list[tuple[str, bool]]] = [[]]
    params: list[str] = []
    negate = False
    for p in parts:
        if p == "OR":
            ors.append([])
        elif p == "NOT":
            negate = True
        elif isinstance(p, _Term):
            ors[-1].append((_tsquery_term(p, params), negate))
            negate = False
    rendered = []
    for group in ors:
        sql = ""
        for term, neg in group:
            sql = (f"({sql} && !!{term})" if neg else f"({sql} && {term})") if sql else term
        rendered.append(sql)
    return "(" + " || ".join(rendered) + ")", tuple(params)


def _tsquery_term(term: _Term, params: list[str]) -> str:
    """A word or phrase is a phrase of its words, as FTS5 reads a quoted term; a prefix is that
    phrase with its last word a prefix. Each word is folded on the server as the index was."""
    words = re.findall(r"[^\W_]+", term.text)
    if not term.prefix or not words:  # no word ("_*"): an empty query, left out as FTS5 does
        params.append(term.text)
        return f"phraseto_tsquery('simple', {_FOLD})"
    params.extend(words)
    quoted = " || ' <-> ' || ".join([f"quote_literal({_FOLD})"] * len(words))
    return f"to_tsquery('simple', {quoted} || ':*')"


_FOLD = "redline_search_text(?)"
_PG_COUNT_SQL = "SELECT count(*) FROM (SELECT 1 FROM page_text_fts WHERE tsv @@ {q} LIMIT ?) c"
_PG_RANK_ALL_SQL = (
    "SELECT rowid, -ts_rank(tsv, {q}) AS score FROM page_text_fts WHERE tsv @@ {q} "
    "ORDER BY score, rowid LIMIT ? OFFSET ?"
)
_PG_LIBRARY_ORDER_SQL = (
    "SELECT rowid, 0.0 FROM page_text_fts WHERE tsv @@ {q} ORDER BY rowid LIMIT ? OFFSET ?"
)
# The shown hits' details in one statement (one query per hit planned the folding each time).
_HEADLINE_OPTIONS = (
    f"'StartSel={_SEL_OPEN}, StopSel={_SEL_CLOSE}, MaxWords=16, MinWords=6, ShortWord=0, "
    "MaxFragments=1, FragmentDelimiter=…'"
)
_PG_DETAIL_SQL = f"""
SELECT f.rowid, p.document_id, d.title, p.page_index,
       f.text, x.folded, ts_headline('simple', x.folded, {{q}}, {_HEADLINE_OPTIONS}),
       f.corrected, y.folded, ts_headline('simple', y.folded, {{q}}, {_HEADLINE_OPTIONS})
FROM page_text_fts f
CROSS JOIN LATERAL (SELECT redline_search_text(f.text) AS folded) x
CROSS JOIN LATERAL (SELECT redline_search_text(f.corrected) AS folded) y
JOIN pages p ON p.id = f.rowid
JOIN documents d ON d.id = p.document_id
WHERE f.rowid = ANY(?)
"""


def _unfolded(text: str, folded: str, headline: str) -> str:
    """The snippet ``headline`` (made on ``folded``, the page text as the index reads it: no
    punctuation, no accents; hits between private-use marks) in the page's own characters, its
    hits still between the marks. Folding keeps a text in composed form one character for one;
    where it did not, the folded snippet is all there is."""
    marks = (_SEL_OPEN, _SEL_CLOSE)
    plain = headline.replace(_SEL_OPEN, "").replace(_SEL_CLOSE, "")
    at = folded.find(plain)
    if len(folded) != len(text) or at < 0 or not plain:
        return headline
    out, i = [], at
    for ch in headline:
        if ch in marks:
            out.append(ch)
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _best_snippet(as_read: str, corrected: str) -> tuple[str, bool]:
    """The snippet of the reading with more hits (the text as read on a tie), its hits between
    « », and whether it is the corrected reading's."""
    chosen = corrected.count(_SEL_OPEN) > as_read.count(_SEL_OPEN)
    snippet = corrected if chosen else as_read
    return snippet.replace(_SEL_OPEN, HIT_OPEN).replace(_SEL_CLOSE, HIT_CLOSE), chosen


def _server_search(
    lib: Library, query: str, limit: int, offset: int
) -> tuple[list[SearchHit], int, bool]:
    expr, params = to_tsquery(query)
    # Made once per statement (an InitPlan), not again on every page it is checked against,
    # as a prepared statement's generic plan would.
    expr = f"(SELECT {expr})"
    with lib.reading() as s:
        conn = s.connection()
        count_sql = _PG_COUNT_SQL.format(q=expr)
        total = int(conn.exec_driver_sql(count_sql, (*params, TOTAL_CAP)).scalar() or 0)
        if total < RANK_CAP:
            sql, args = _PG_RANK_ALL_SQL.format(q=expr), (*params, *params)
        else:
            sql, args = _PG_LIBRARY_ORDER_SQL.format(q=expr), params
        ranked = conn.exec_driver_sql(sql, (*args, limit + 1, offset)).all()
        shown = [int(page_id) for page_id, _ in ranked[:limit]]
        sql = _PG_DETAIL_SQL.format(q=expr)
        rows = conn.exec_driver_sql(sql, (*params, *params, shown)).all()  # (a headline each)
        details = {d[0]: d for d in rows}
        hits = []
        for page_id, score in ranked[:limit]:
            _, doc, title, index, text, folded, headline, fixed, fixed_folded, fixed_headline = (
                details[page_id]
            )
            snippet, corrected = _best_snippet(
                _unfolded(text, folded, headline), _unfolded(fixed, fixed_folded, fixed_headline)
            )
            hits.append(SearchHit(DocumentId(doc), title, PageId(page_id), index, snippet, score,
                                  corrected))  # fmt: skip
    return hits, total, len(ranked) > limit


def search(lib: LibraryReader, query: str, *, limit: int = 20, offset: int = 0) -> SearchResults:
    """Ranked pages matching ``query``; at most ``limit`` (≤ 200) from ``offset``. ``lib``: a
    :class:`Library`, or on SQLite the command line's :class:`db.reading.SqliteReader` (the same
    statements, without SQLAlchemy)."""
    limit = max(1, min(limit, MAX_LIMIT))
    offset = max(0, offset)
    if lib.on_server:  # (only a Library is ever on a server)
        hits, total, more = _server_search(cast("Library", lib), query, limit, offset)
        return SearchResults(query, hits, total, offset, more, total < RANK_CAP)
    expr = to_fts(query)
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
                snippet, corrected = _best_snippet(d[3], d[4])
                hits.append(SearchHit(DocumentId(d[0]), d[1], PageId(page_id), d[2], snippet,
                                      score, corrected))  # fmt: skip
    except Exception as exc:  # sqlite3's error, or SQLAlchemy's around it (its ``orig``)
        reason = getattr(exc, "orig", exc)
        if not isinstance(reason, sqlite3.OperationalError):
            raise
        raise SearchQueryError(
            translate("Redline", "Redline cannot search for “{query}”: {reason}").format(
                query=query, reason=reason
            )
        ) from exc
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
