"""Copy a whole library into an empty one, between the engines: a folder (SQLite) and a
PostgreSQL server, either way (``redline library copy SOURCE DEST``).

Every table is copied row for row with its ids (so every reference holds), through SQLAlchemy's
typed tables, so times, flags and bytes come out as the other engine stores them; the search
index is rebuilt from the same texts. The sources go with them: from a folder's ``sources/`` into
the server's ``source_chunks``, or out of them into the new folder. All of it is one transaction on
the destination: a copy that fails or is cancelled leaves the destination as it was (empty).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text

from app.core.errors import RedlineError
from app.core.library import Library
from app.core.wording import translate
from db import home
from db.models import (
    Annotation,
    ChangeLog,
    Document,
    DocumentMetadata,
    LayerWords,
    LibraryMeta,
    Page,
    SourceChunk,
    Tag,
    TextLayer,
)

BATCH = 500
Progress = Callable[[str, int], None]  # (table, rows copied so far)


class CopyError(RedlineError):
    """A copy that cannot be made; the message is meant for people."""


@dataclass(frozen=True)
class CopyReport:
    rows: dict[str, int]
    sources: int


def _t(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


# Parents before children; a page's active layer and a tag's parent are set once all are in.
_ORDER: tuple[Table, ...] = (
    _t(LibraryMeta),
    _t(Document),
    _t(DocumentMetadata),
    _t(Page),
    _t(TextLayer),
    _t(LayerWords),
    _t(Tag),
    _t(Annotation),
    _t(ChangeLog),
)
_DEFERRED = {"pages": "active_text_layer_id", "tags": "parent_id"}


def copy_library(
    source: Library, dest: Library, *, on_progress: Progress | None = None
) -> CopyReport:
    """Copy everything of ``source`` into ``dest``, which must hold no documents."""
    if dest.read_only:
        raise CopyError(
            translate(
                "Redline", "The library at {location} is read-only; nothing was copied."
            ).format(location=dest.location)
        )
    rows: dict[str, int] = {}
    with source.snapshot() as rs, dest.transaction() as ws:
        src, dst = rs.connection(), ws.connection()
        if dst.execute(select(func.count()).select_from(_t(Document))).scalar():
            raise CopyError(
                translate(
                    "Redline",
                    "The library at {location} already holds documents; copy into an empty one.",
                ).format(location=dest.location)
            )
        mark = dst.exec_driver_sql(
            "SELECT value FROM library_meta WHERE key = ?", (home.HOME_KEY,)
        ).scalar()
        dst.execute(_t(LibraryMeta).delete())  # the destination's own stamp: the source's wins
        for table in _ORDER:
            rows[table.name] = _copy_table(src, dst, table, on_progress)
        for table_name, column in _DEFERRED.items():
            _set_deferred(src, dst, table_name, column)
        rows["page_text_fts"] = _copy_search_index(src, dst)
        # but a copy is a library of its own: it counts its changes under an id of its own
        home.settle(dst, str(mark or ""))
        sources = _copy_sources(source, dest, src, dst, on_progress)
        if dst.dialect.name == "postgresql":
            _advance_sequences(dst)
    return CopyReport(rows, sources)


def _batches(conn: Connection, table: Table) -> Iterator[Sequence[Any]]:
    stmt = select(table).order_by(*table.primary_key.columns)
    result = conn.execution_options(yield_per=BATCH).execute(stmt)
    yield from result.partitions(BATCH)


def _copy_table(src: Connection, dst: Connection, table: Table, progress: Progress | None) -> int:
    done = 0
    deferred = _DEFERRED.get(table.name)
    for chunk in _batches(src, table):
        values = [dict(r._mapping) for r in chunk]
        if deferred:
            for v in values:
                v[deferred] = None
        dst.execute(insert(table), values)
        done += len(values)
        if progress is not None:
            progress(table.name, done)
    return done


def _set_deferred(src: Connection, dst: Connection, table_name: str, column: str) -> None:
    pairs = src.exec_driver_sql(
        f"SELECT id, {column} FROM {table_name} WHERE {column} IS NOT NULL ORDER BY id"
    ).all()
    for i in range(0, len(pairs), BATCH):
        dst.exec_driver_sql(
            f"UPDATE {table_name} SET {column} = ? WHERE id = ?",
            [(int(ref), int(row_id)) for row_id, ref in pairs[i : i + BATCH]],
        )


def _copy_search_index(src: Connection, dst: Connection) -> int:
    """The index rows as they are (the corrected readings are derived, but copied, not redone)."""
    dst.exec_driver_sql("DELETE FROM page_text_fts")
    result = src.exec_driver_sql("SELECT rowid, text, corrected FROM page_text_fts ORDER BY rowid")
    done = 0
    while chunk := result.fetchmany(BATCH):
        dst.exec_driver_sql(
            "INSERT INTO page_text_fts (rowid, text, corrected) VALUES (?, ?, ?)",
            [tuple(r) for r in chunk],
        )
        done += len(chunk)
    return done


def _copy_sources(
    source: Library, dest: Library, src: Connection, dst: Connection, progress: Progress | None
) -> int:
    shas = [
        str(s)
        for s in src.exec_driver_sql("SELECT source_sha256 FROM documents ORDER BY id").scalars()
    ]
    for n, sha in enumerate(shas, 1):
        path = source.source_path(sha)  # a server's is fetched into its cache first
        if not path.is_file():
            raise CopyError(
                translate("Redline", "The source {value} is missing from {location}.").format(
                    value=sha[:12], location=source.location
                )
            )
        if dest.on_server:
            dest.store_source_chunks(dst, sha, path)
        else:
            target = dest.source_path(sha)
            if not target.exists():
                tmp = target.with_name(f".incoming-copy-{sha}")
                shutil.copyfile(path, tmp)
                tmp.replace(target)
        if progress is not None:
            progress("sources", n)
    if source.on_server and not dest.on_server:
        _check_chunks_copied(src, shas)
    return len(shas)


def _check_chunks_copied(src: Connection, shas: list[str]) -> None:
    """Every document's source was on the server (none with no chunks at all)."""
    stored = set(src.execute(select(_t(SourceChunk).c.sha256).distinct()).scalars())
    missing = [s for s in shas if s not in stored]
    if missing:
        raise CopyError(
            translate("Redline", "{value} sources are missing from the server.").format(
                value=len(missing)
            )
        )


def _advance_sequences(dst: Connection) -> None:
    """PostgreSQL's id sequences past the copied ids (rows were inserted with their ids)."""
    for table in _ORDER:
        if "id" in table.c and table.c.id.primary_key:
            dst.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                )
            )
