"""Many rows a statement (db.bulk): every row written, in order, across statements, on both
engines (PostgreSQL's placeholders come from the same ``?`` template)."""

from __future__ import annotations

import pytest

from app.core.library import Library
from db import bulk


def test_rows_are_written_in_order_many_a_statement(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "ROWS_A_STATEMENT", 4)
    statements: list[str] = []
    rows = [(f"2026-12-07 10:00:0{i % 10}", "Ada", "tag", f"u{i:02}") for i in range(10)]
    with library.transaction() as s:
        conn = s.connection()
        real = conn.exec_driver_sql

        def counted(statement: str, *args: object) -> object:
            statements.append(statement)
            return real(statement, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(conn, "exec_driver_sql", counted)
        head = "INSERT INTO change_log (at, author, entity, entity_uuid, action)"
        bulk.insert_rows(conn, head, "(?,?,?,?,'merge')", rows)
        bulk.insert_rows(conn, head, "(?,?,?,?,'merge')", [])  # nothing: no statement
    assert [s.count("'merge'") for s in statements] == [4, 4, 2]
    with library.reading() as s:
        got = (
            s.connection()
            .exec_driver_sql(
                "SELECT author, entity, entity_uuid, action FROM change_log "
                "WHERE action = 'merge' ORDER BY id"
            )
            .all()
        )
    assert [tuple(r) for r in got] == [("Ada", "tag", f"u{i:02}", "merge") for i in range(10)]
