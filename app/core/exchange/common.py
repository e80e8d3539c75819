"""Shared pieces of every export: the scope, progress and cancelling, timestamps, and annotation
rows read in chunks.

Rows come from the database through one cursor with ``yield_per``, so an export of any size keeps
only one chunk of annotations in memory at a time.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection

from app.core.annotating.vocabulary import STATUSES
from app.core.errors import RedlineError
from app.core.exchange.destination import atomic_file
from app.core.ids import DocumentId, TagId
from app.core.library import Library
from app.core.wording import translate
from db.server import qmark_to_format

FORMAT = "redline-annotations"
VERSION = 2  # what the export writes; version 1 (no field revisions) is still read
VERSIONS = (1, 2)
CHUNK = 1000


Progress = Callable[[int, int], None]  # (done, total): each export says what it counts
Cancel = Callable[[], bool]


class ExportError(RedlineError):
    """An export that cannot be made as asked (unknown document, tag or status; unwritable file)."""


class ExportCancelled(ExportError):
    """The person cancelled; no partial file is left behind. In an export of one file per
    document (text or PDF into a folder) the documents already written stay."""


def progress_step(on_progress: Progress | None, cancel: Cancel | None) -> Progress:
    """Report (done, total) and raise ExportCancelled when the person cancelled before ``done``."""

    def step(done: int, total: int) -> None:
        if cancel is not None and done < total and cancel():
            raise ExportCancelled(translate("Redline", "export cancelled"))
        if on_progress is not None:
            on_progress(done, total)

    return step


@dataclass(frozen=True)
class ExportScope:
    """What to export: all documents, or the chosen ones; optionally one tag and one status.

    ``tag`` is a tag uuid or name and selects annotations with that tag or one of its children.
    """

    documents: Sequence[DocumentId] = ()
    tag: str | None = None
    status: str | None = None


@dataclass
class ResolvedScope:
    """A scope turned into database ids: the documents and, for a tag scope, the tag ids."""

    document_ids: list[DocumentId]
    tag_ids: set[TagId] | None = None
    tag_uuid: str | None = None
    status: str | None = None
    document_uuids: list[str] = field(default_factory=list)


@contextmanager
def export_stream(
    lib: Library,
    path: Path,
    scope: ExportScope | None,
    *,
    encoding: str = "utf-8",
    newline: str = "\n",
    overwrite: bool = False,
    check: Callable[[Connection, Path], None] | None = None,
) -> Iterator[tuple[Connection, IO[str], ResolvedScope]]:
    """A consistent read of the library and a text file that appears only when complete
    (:func:`app.core.exchange.destination.atomic_file`: never inside a library, never over
    anything but a regular file, and over that only with ``overwrite``), and only when
    ``check(conn, written file)``, called once it is written, raises nothing."""
    with atomic_file(path, overwrite=overwrite) as tmp, lib.snapshot() as session:
        conn = session.connection()
        with tmp.open("w", encoding=encoding, newline=newline) as out:
            yield conn, out, resolve_scope(conn, scope or ExportScope())
        if check is not None:
            check(conn, tmp)


def iso(value: datetime | str | None) -> str | None:
    """A stored naive-UTC timestamp as ISO 8601 with microseconds and a ``Z``."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " ":  # as SQLAlchemy stores it: the fast path
            return f"{value[:10]}T{value[11:]}Z"
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds") + "Z"


def canonical_time(value: str) -> str:
    """A timestamp of a file in the form :func:`iso` writes (most already are: kept as is)."""
    if len(value) == 27 and value[10] == "T" and value[19] == "." and value[26] == "Z":
        return value
    return str(iso(parse_iso(value)))


def parse_iso(value: str | None) -> datetime | None:
    """The inverse of :func:`iso`: a naive UTC datetime as the database stores it."""
    if value is None:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def load_body(raw: str | None) -> dict[str, Any]:
    """An annotation body as a dict; a body that is not a JSON object becomes ``{"value": ...}``."""
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {"value": raw}
    return value if isinstance(value, dict) else {"value": value}


# Encoders made once: json.dumps with options builds a new one per call (a quarter of the time).
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_STORED = json.JSONEncoder(sort_keys=True, ensure_ascii=False)


def _made_once(encoder: json.JSONEncoder) -> Callable[[Any], str]:
    """``encoder.encode`` with its C encoder made once, not once a call (making it took half
    of encoding a small body), and without the look for a value that holds itself: what is
    encoded is a JSON value, a tree (one with a cycle still fails, with a RecursionError).
    ``encoder.encode`` itself where Python has no C encoder."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None or encoder.indent is not None or encoder.ensure_ascii:
        return encoder.encode
    once = make(
        None, encoder.default, json.encoder.encode_basestring, None, encoder.key_separator,
        encoder.item_separator, encoder.sort_keys, encoder.skipkeys, encoder.allow_nan,
    )  # fmt: skip
    return lambda value: "".join(once(value, 0))


_STORED_ONCE = _made_once(_STORED)  # a merge encodes a body for each annotation it writes


def dump(value: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, Unicode kept (same value, same bytes)."""
    return _CANONICAL.encode(value)


def dump_compact(value: Any) -> str:
    """Compact JSON in the value's own key order (for the change log, where order is free)."""
    return _COMPACT.encode(value)


def resolve_scope(conn: Connection, scope: ExportScope) -> ResolvedScope:
    """Check the scope against the library and turn it into ids (documents sorted by uuid)."""
    if scope.status is not None and scope.status not in STATUSES:
        raise ExportError(
            translate("Redline", "unknown status {status!r}; use one of {value}").format(
                status=scope.status, value=", ".join(STATUSES)
            )
        )
    rows = conn.exec_driver_sql("SELECT id, uuid FROM documents ORDER BY uuid").all()
    known = {int(r[0]): str(r[1]) for r in rows}
    if scope.documents:
        missing = [d for d in scope.documents if d not in known]
        if missing:
            raise ExportError(
                translate("Redline", "no document with id {value} in this library").format(
                    value=missing[0]
                )
            )
        chosen = set(scope.documents)
        doc_ids = [DocumentId(int(r[0])) for r in rows if int(r[0]) in chosen]
    else:
        doc_ids = [DocumentId(int(r[0])) for r in rows]
    resolved = ResolvedScope(doc_ids, status=scope.status)
    if scope.tag is not None:
        resolved.tag_uuid, resolved.tag_ids = _tag_subtree(conn, scope.tag)
    if scope.tag is not None or scope.status is not None:
        resolved.document_ids = _documents_with_annotations(conn, resolved)
    resolved.document_uuids = [known[d] for d in resolved.document_ids]
    return resolved


def _tag_subtree(conn: Connection, ref: str) -> tuple[str, set[TagId]]:
    rows = conn.exec_driver_sql("SELECT id, uuid, name, parent_id, deleted FROM tags").all()
    match = [r for r in rows if r[1] == ref] or [r for r in rows if r[2] == ref and not r[4]]
    if not match:
        raise ExportError(
            translate("Redline", "no tag named or with id {ref!r} in this library").format(ref=ref)
        )
    if len(match) > 1:
        raise ExportError(
            translate("Redline", "{value} tags are named {ref!r}; name the tag by its uuid").format(
                value=len(match), ref=ref
            )
        )
    children: dict[TagId, list[TagId]] = {}
    for r in rows:
        if r[3] is not None:
            children.setdefault(TagId(int(r[3])), []).append(TagId(int(r[0])))
    found: set[TagId] = set()
    todo = [TagId(int(match[0][0]))]
    while todo:
        tag_id = todo.pop()
        if tag_id not in found:
            found.add(tag_id)
            todo.extend(children.get(tag_id, []))
    return str(match[0][1]), found


def annotation_filter(scope: ResolvedScope) -> tuple[str, list[Any]]:
    """SQL conditions (on alias ``a``) and parameters for the tag and status of a scope."""
    sql = ""
    params: list[Any] = []
    if scope.tag_ids is not None:
        marks = ",".join("?" * len(scope.tag_ids))
        sql += f" AND a.tag_id IN ({marks})"
        params.extend(sorted(scope.tag_ids))
    if scope.status is not None:
        sql += " AND a.status = ?"
        params.append(scope.status)
    return sql, params


def _documents_with_annotations(conn: Connection, scope: ResolvedScope) -> list[DocumentId]:
    cond, params = annotation_filter(scope)
    found = {
        int(r[0])
        for r in conn.exec_driver_sql(
            "SELECT DISTINCT p.document_id FROM annotations a JOIN pages p ON p.id = a.page_id "
            f"WHERE 1=1{cond}",
            tuple(params),
        )
    }
    return [d for d in scope.document_ids if d in found]


ANNOTATION_COLUMNS = (
    'a.uuid, d.uuid, p.page_index, a.kind, a.status, tl.source, a.start, a."end", a.quote, '
    "a.prefix, a.suffix, a.x, a.y, a.w, a.h, t.uuid, a.body, a.origin, a.rule_id, a.confidence, "
    "a.author, a.created_at, a.modified_at, a.orphaned, a.deleted, a.id, p.id, a.revisions, "
    "a.conflicts"
)


def iter_annotation_rows(
    conn: Connection,
    document_id: DocumentId,
    scope: ResolvedScope,
    *,
    live_only: bool = False,
    where: str = "",
    extra_columns: str = "",
) -> Iterator[Sequence[Any]]:
    """The annotation rows of one document in export order (page, uuid), fetched in chunks.

    ``where`` adds SQL conditions on ``a``; ``extra_columns`` (e.g. ``", a.text_layer_id"``)
    follows :data:`ANNOTATION_COLUMNS` in each row."""
    cond, params = annotation_filter(scope)
    if live_only:
        cond += " AND NOT a.deleted"
    cond += where
    sql = (
        f"SELECT {ANNOTATION_COLUMNS}{extra_columns} {ANNOTATION_JOINS}"
        f"WHERE p.document_id = ?{cond} ORDER BY p.page_index, a.uuid"
    )
    yield from driver_rows(conn, sql, (document_id, *params))


ANNOTATION_JOINS = (
    "FROM annotations a JOIN pages p ON p.id = a.page_id "
    "JOIN documents d ON d.id = p.document_id "
    "LEFT JOIN text_layers tl ON tl.id = a.text_layer_id "
    "LEFT JOIN tags t ON t.id = a.tag_id "
)
"""What :data:`ANNOTATION_COLUMNS` reads from (``a``, ``p``, ``d``, ``tl``, ``t``)."""


def driver_rows(conn: Connection, sql: str, params: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """The rows of a query with ``?`` placeholders (either engine), fetched in chunks through
    the DB-API cursor itself: SQLAlchemy's row wrapping would double the cost of an export."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    if conn.dialect.name == "postgresql":  # SQLAlchemy's translation is bypassed here
        sql = qmark_to_format(sql)
    try:
        cursor.execute(sql, tuple(params))
        while chunk := cursor.fetchmany(CHUNK):
            yield from chunk
    finally:
        cursor.close()


def annotation_record(
    row: Sequence[Any], *, body: Any = None, history: bool = True, marks: bool = False
) -> dict[str, Any]:
    """One annotation row (see :data:`ANNOTATION_COLUMNS`) as its Redline JSON record, with its
    field ``revisions`` and ``conflicts`` unless ``history`` is false (version 1's shape).

    ``body`` replaces the parsed body; with ``marks`` the revisions and conflicts are
    placeholders too (:func:`annotation_line` copies the stored JSON in).
    """
    anchor: dict[str, Any] = {}
    if row[6] is not None and row[7] is not None:
        anchor["text"] = {
            "layer": row[5],
            "start": row[6],
            "end": row[7],
            "quote": row[8],
            "prefix": row[9],
            "suffix": row[10],
        }
    if row[11] is not None:
        anchor["region"] = {"x": row[11], "y": row[12], "w": row[13], "h": row[14]}
    record = {
        "uuid": row[0],
        "document": row[1],
        "page": row[2],
        "kind": row[3],
        "status": row[4],
        "anchor": anchor,
        "tag": row[15],
        "body": load_body(row[16]) if body is None else body,
        "origin": {"type": row[17], "rule": row[18], "confidence": row[19]},
        "author": row[20],
        "created": iso(row[21]),
        "modified": iso(row[22]),
        "orphaned": bool(row[23]),
        "deleted": bool(row[24]),
    }
    if history:
        if marks:
            record["revisions"], record["conflicts"] = _REVISIONS_MARK, _CONFLICTS_MARK
        else:
            record["revisions"] = _load_object(row[27])
            record["conflicts"] = _load_object(row[28])
    return record


def _load_object(raw: str | None) -> dict[str, Any]:
    return {} if not raw else dict(json.loads(raw))


# Placeholders no stored text can contain (random per process); see annotation_line.
_BODY_MARK = f"\x00{uuid.uuid4().hex}\x00"
_BODY_JSON = json.dumps(_BODY_MARK)
_REVISIONS_MARK = f"\x00{uuid.uuid4().hex}\x00"
_REVISIONS_JSON = json.dumps(_REVISIONS_MARK)
_CONFLICTS_MARK = f"\x00{uuid.uuid4().hex}\x00"
_CONFLICTS_JSON = json.dumps(_CONFLICTS_MARK)


def body_text(body: dict[str, Any]) -> str:
    """A body as the annotation services store it (sorted keys, Unicode kept)."""
    return _STORED_ONCE(body)


def annotation_line(row: Sequence[Any]) -> str:
    """:func:`annotation_record` serialised, with the stored body JSON copied in as it is.

    Bodies are stored by :func:`body_text`, so copying saves parsing and re-encoding each one
    (a third of an export's time); a body that is not a JSON object text is normalised.
    """
    raw = row[16]
    if not (isinstance(raw, str) and raw.startswith("{") and raw.endswith("}")):
        raw = body_text(load_body(raw))
    line = dump(annotation_record(row, body=_BODY_MARK, marks=True))
    # The revisions and conflicts columns hold canonical JSON (sorted keys, no spaces) already.
    return (
        line.replace(_BODY_JSON, raw, 1)
        .replace(_REVISIONS_JSON, row[27] or "{}", 1)
        .replace(_CONFLICTS_JSON, row[28] or "{}", 1)
    )
