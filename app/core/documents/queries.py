"""Qt-free queries the review window needs: a paged, sorted, filtered document list, one
document's pages, and one page's text with its words.

Every function opens one short read session and returns frozen dataclasses, so the UI never holds
ORM objects or a session across events. The SQL is SQLite's, with ``?`` placeholders, run through
``exec_driver_sql``: the same statements serve a :class:`app.core.library.Library` and the
command line's :class:`db.reading.SqliteReader` (no SQLAlchemy loaded).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, cast

from app.core.calls import library_call
from app.core.documents.review_status import ReviewStatus
from app.core.documents.textlayer import load_words, word_count
from app.core.errors import NotFoundError
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.wording import translate
from db.reading import LibraryReader, ReadConnection

if TYPE_CHECKING:
    from sqlalchemy import Connection

SortKey = Literal[
    "title",
    "pages",
    "case_number",
    "document_number",
    "classification",
    "release_status",
    "release_date",
    "imported",
    "progress",
]
_SORT_SQL: dict[str, str] = {
    "title": "d.title COLLATE NOCASE",
    "pages": "d.page_count",
    "case_number": "case_number COLLATE NOCASE",
    "document_number": "document_number COLLATE NOCASE",
    "classification": "classification COLLATE NOCASE",
    "release_status": "release_status COLLATE NOCASE",
    "release_date": "release_date",
    "imported": "d.imported_at",
    "progress": "CAST(reviewed AS REAL) / MAX(d.page_count, 1)",
}
# PostgreSQL: no NOCASE collation, GREATEST for MAX, and no output names inside expressions.
_SERVER_SORT_SQL: dict[str, str] = {
    **_SORT_SQL,
    "title": "lower(d.title)",
    "case_number": "lower(COALESCE(mc.value, ''))",
    "document_number": "lower(COALESCE(md.value, ''))",
    "classification": "lower(COALESCE(ml.value, ''))",
    "release_status": "lower(COALESCE(mr.value, ''))",
    "progress": "CAST((SELECT count(*) FROM pages p WHERE p.document_id = d.id "
    "AND p.review_status = 'reviewed') AS REAL) / GREATEST(d.page_count, 1)",
}


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One line of the library table."""

    id: DocumentId
    title: str
    page_count: int
    case_number: str
    document_number: str
    classification: str
    imported_at: datetime
    reviewed_pages: int
    release_status: str = ""
    release_date: str = ""  # YYYY-MM-DD as detected or typed
    detected: tuple[str, ...] = ()  # metadata keys the detector set (not a person)

    @property
    def progress(self) -> float:
        """Share of pages reviewed, 0..1."""
        return self.reviewed_pages / self.page_count if self.page_count else 0.0


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What the page view needs to draw a page before its pixels arrive."""

    id: PageId
    document_id: DocumentId
    index: int
    width: float  # PDF points, unrotated
    height: float
    rotation: int  # clockwise, as the PDF says
    needs_ocr: bool
    review_status: ReviewStatus
    active_text_layer_id: TextLayerId | None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A document with its pages (no text): what the window opens and ``redline info`` shows."""

    id: DocumentId
    uuid: str
    title: str
    source_name: str  # the file it was imported from
    source_sha256: str
    source_kind: str
    page_count: int
    imported_at: datetime
    pages: tuple[PageInfo, ...]

    @property
    def reviewed_pages(self) -> int:
        return sum(1 for p in self.pages if p.review_status == "reviewed")

    @property
    def pages_needing_ocr(self) -> int:
        return sum(1 for p in self.pages if p.needs_ocr)


@dataclass(frozen=True, slots=True)
class WordBox:
    """A word of the active text layer: its span in the page text and its box (unrotated points)."""

    seq: int
    start: int
    end: int
    box: tuple[float, float, float, float] | None
    confidence: float | None


@dataclass(frozen=True, slots=True)
class PageText:
    """The active text layer of a page; empty text and no words when the page has none."""

    page_id: PageId
    layer_id: TextLayerId | None
    source: str | None
    text: str
    words: tuple[WordBox, ...]


_SELECT_SQL = """
SELECT d.id, d.title, d.page_count, d.imported_at,
       COALESCE(mc.value, '') AS case_number,
       COALESCE(md.value, '') AS document_number,
       COALESCE(ml.value, '') AS classification,
       COALESCE(mr.value, '') AS release_status,
       COALESCE(mt.value, '') AS release_date,
       mc.origin, md.origin, ml.origin, mr.origin, mt.origin,
       (SELECT count(*) FROM pages p WHERE p.document_id = d.id
            AND p.review_status = 'reviewed') AS reviewed
"""
_FROM_SQL = """
FROM documents d
LEFT JOIN document_metadata mc ON mc.document_id = d.id AND mc.key = 'case_number'
LEFT JOIN document_metadata md ON md.document_id = d.id AND md.key = 'document_number'
LEFT JOIN document_metadata ml ON ml.document_id = d.id AND ml.key = 'classification'
LEFT JOIN document_metadata mr ON mr.document_id = d.id AND mr.key = 'release_status'
LEFT JOIN document_metadata mt ON mt.document_id = d.id AND mt.key = 'release_date'
"""
_FILTER_SQL = (
    " WHERE (d.title LIKE ? ESCAPE '\\' OR d.source_name LIKE ? ESCAPE '\\'"
    " OR mc.value LIKE ? ESCAPE '\\' OR md.value LIKE ? ESCAPE '\\'"
    " OR ml.value LIKE ? ESCAPE '\\' OR mr.value LIKE ? ESCAPE '\\')"
)
_FILTERED = 6  # the filter's placeholders


_ROW_KEYS = ("case_number", "document_number", "classification", "release_status", "release_date")


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _when(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


@library_call
def list_documents(
    lib: LibraryReader,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: SortKey = "title",
    descending: bool = False,
    filter: str = "",
) -> list[DocumentRow]:
    """One page of the library table, sorted and filtered in SQL (the table loads it lazily)."""
    if sort not in _SORT_SQL:
        raise ValueError(translate("Redline", "cannot sort by {sort!r}").format(sort=sort))
    order = "DESC" if descending else "ASC"
    server = lib.on_server
    where = _FILTER_SQL.replace(" LIKE ", " ILIKE ") if server else _FILTER_SQL  # SQLite's LIKE
    sql = _SELECT_SQL + _FROM_SQL + (where if filter else "")  # ignores ASCII case; ILIKE too
    key = (_SERVER_SORT_SQL if server else _SORT_SQL)[sort]
    sql += f" ORDER BY {key} {order}, d.id {order} LIMIT ? OFFSET ?"
    params = (*_filter_params(filter), max(0, limit), max(0, offset))
    with lib.reading() as s:
        rows = s.connection().exec_driver_sql(sql, params).all()
    return [_document_row(tuple(r)) for r in rows]


def _filter_params(filter: str) -> tuple[str, ...]:
    return (_like(filter),) * _FILTERED if filter else ()


def _document_row(r: tuple[Any, ...]) -> DocumentRow:
    detected = tuple(k for k, o in zip(_ROW_KEYS, r[9:14], strict=True) if o == "detector")
    return DocumentRow(
        DocumentId(r[0]),
        r[1],
        r[2],
        r[4],
        r[5],
        r[6],
        _when(r[3]),
        int(r[14]),
        r[7],
        r[8],
        detected,
    )


@library_call
def count_documents(lib: LibraryReader, *, filter: str = "") -> int:
    """How many documents the table shows with this filter."""
    where = _FILTER_SQL.replace(" LIKE ", " ILIKE ") if lib.on_server else _FILTER_SQL
    sql = "SELECT count(*) " + _FROM_SQL + (where if filter else "")
    with lib.reading() as s:
        return int(s.connection().exec_driver_sql(sql, _filter_params(filter)).scalar() or 0)


_PAGE_COLUMN_NAMES = (
    "id",
    "document_id",
    "page_index",
    "width",
    "height",
    "rotation",
    "needs_ocr",
    "review_status",
    "active_text_layer_id",
)
_PAGE_COLUMNS = ", ".join(_PAGE_COLUMN_NAMES)


def _page(r: tuple[Any, ...]) -> PageInfo:
    return PageInfo(
        PageId(r[0]),
        DocumentId(r[1]),
        int(r[2]),
        float(r[3]),
        float(r[4]),
        int(r[5] or 0),
        bool(r[6]),
        cast(ReviewStatus, r[7]),
        None if r[8] is None else TextLayerId(r[8]),
    )


@library_call
def document_summary(lib: LibraryReader, doc_id: DocumentId) -> DocumentSummary:
    """A document and its pages (one row each, no text), enough to show any page at once."""
    with lib.reading() as s:
        conn = s.connection()
        doc = conn.exec_driver_sql(
            "SELECT id, uuid, title, source_name, source_sha256, source_kind, page_count, "
            "imported_at FROM documents WHERE id = ?",
            (doc_id,),
        ).first()
        if doc is None:
            raise NotFoundError(
                translate("Redline", "No document with id {doc_id}.").format(doc_id=doc_id)
            )
        pages = conn.exec_driver_sql(
            f"SELECT {_PAGE_COLUMNS} FROM pages WHERE document_id = ? ORDER BY page_index",
            (doc_id,),
        ).all()
    infos = tuple(_page(tuple(r)) for r in pages)
    uuid, title, source_name, sha256, kind = (str(v) for v in doc[1:6])
    return DocumentSummary(
        DocumentId(doc[0]),
        uuid,
        title,
        source_name,
        sha256,
        kind,
        int(doc[6]),
        _when(doc[7]),
        infos,
    )


@library_call
def document_titles(lib: LibraryReader, doc_ids: Iterable[DocumentId]) -> dict[DocumentId, str]:
    """The titles of the documents ``doc_ids`` that exist (for reports that name them)."""
    ids = list(doc_ids)
    titles: dict[DocumentId, str] = {}
    with lib.reading() as s:
        conn = s.connection()
        for at in range(0, len(ids), 500):  # (SQLite's limit on bound parameters)
            chunk = ids[at : at + 500]
            rows = conn.exec_driver_sql(
                f"SELECT id, title FROM documents WHERE id IN ({', '.join('?' * len(chunk))})",
                tuple(chunk),
            )
            titles.update({DocumentId(i): str(title) for i, title in rows})
    return titles


@library_call
def page_to_open(lib: LibraryReader, doc_id: DocumentId, index: int) -> tuple[str, PageInfo] | None:
    """The source file's hash and page ``index`` of a document (None if either is missing): what
    a window needs to start rendering that page before it reads the document's other pages."""
    with lib.reading() as s:
        row = (
            s.connection()
            .exec_driver_sql(
                f"SELECT d.source_sha256, {', '.join('p.' + c for c in _PAGE_COLUMN_NAMES)} "
                "FROM pages p JOIN documents d ON d.id = p.document_id "
                "WHERE p.document_id = ? AND p.page_index = ?",
                (doc_id, index),
            )
            .first()
        )
    return None if row is None else (str(row[0]), _page(tuple(row[1:])))


def read_page_text(conn: Connection, page_id: PageId) -> PageText:
    """The page's active text layer and its words in reading order (boxes in unrotated points),
    inside the caller's transaction (the window reads it with the rest of the page:
    ``app.core.annotating.page_content.read_page``)."""
    layer = conn.exec_driver_sql(
        "SELECT t.id, t.source, t.text FROM pages p JOIN text_layers t "
        "ON t.id = p.active_text_layer_id WHERE p.id = ?",
        (page_id,),
    ).first()
    if layer is None:
        return PageText(page_id, None, None, "", ())
    rows = load_words(conn, layer[0])
    words = tuple(WordBox(w.seq, w.start, w.end, w.box, w.confidence) for w in rows)
    return PageText(page_id, TextLayerId(layer[0]), layer[1], layer[2], words)


@dataclass(frozen=True, slots=True)
class LayerInfo:
    """One of a page's text layers, for choosing which one is shown."""

    id: TextLayerId
    source: str  # pdf-text-layer | tesseract | imported-text
    engine: str | None
    language: str | None
    words: int
    active: bool
    file: str | None = None  # the name of the file an imported layer was read from

    @property
    def described(self) -> str:
        """Source, engine, language and file: ``alto-import · ABBYY · eng · p0004.xml``."""
        parts = (self.engine, self.language, self.file)
        return " · ".join([self.source] + [p for p in parts if p and p != self.source])

    @property
    def label(self) -> str:
        return f"{self.described} ({self.words} words)"


_LAYERS_SQL = (
    "SELECT t.page_id, t.id, t.source, t.engine, t.language, t.id = p.active_text_layer_id, "
    "t.source_file FROM text_layers t JOIN pages p ON p.id = t.page_id WHERE {where} "
    "ORDER BY t.id"
)


def _layers(conn: ReadConnection, where: str, key: int) -> list[tuple[PageId, LayerInfo]]:
    rows = conn.exec_driver_sql(_LAYERS_SQL.format(where=where), (key,)).all()
    return [
        (
            PageId(r[0]),
            LayerInfo(
                TextLayerId(r[1]), str(r[2]), r[3], r[4], word_count(conn, r[1]), bool(r[5]), r[6]
            ),
        )
        for r in rows
    ]


def read_page_layers(conn: Connection, page_id: PageId) -> list[LayerInfo]:
    """The text layers of a page, oldest first, with the active one marked, inside the caller's
    transaction."""
    return [layer for _, layer in _layers(conn, "t.page_id = ?", page_id)]


def document_layers(lib: LibraryReader, doc_id: DocumentId) -> dict[PageId, list[LayerInfo]]:
    """The text layers of each page of a document that has any, oldest first (``redline info``)."""
    by_page: dict[PageId, list[LayerInfo]] = {}
    with lib.reading() as s:
        for page_id, layer in _layers(s.connection(), "p.document_id = ?", doc_id):
            by_page.setdefault(page_id, []).append(layer)
    return by_page
