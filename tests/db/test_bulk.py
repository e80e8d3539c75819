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


def test_a_value_none_in_every_row_of_a_statement_is_written_null_not_bound(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same rows as bound one by one; ``before`` (None in all four rows of the first
    statement) is written NULL there, ``after`` (None in some) is bound."""
    monkeypatch.setattr(bulk, "ROWS_A_STATEMENT", 4)
    statements: list[tuple[str, tuple[object, ...]]] = []
    rows = [
        ("2026-12-07 10:00:00", "Ada", f"u{i}", None if i < 5 else "{}", None if i % 2 else "{}")
        for i in range(6)
    ]
    with library.transaction() as s:
        conn = s.connection()
        real = conn.exec_driver_sql

        def seen(statement: str, values: tuple[object, ...]) -> object:
            statements.append((statement, values))
            return real(statement, values)

        monkeypatch.setattr(conn, "exec_driver_sql", seen)
        head = 'INSERT INTO change_log (at, author, entity, entity_uuid, action, "before", after)'
        bulk.insert_rows(conn, head, "(?,?,'tag',?,'merge',?,?)", rows)
    assert [s.count("?") for s, _ in statements] == [16, 10]
    assert statements[0][0].endswith(" VALUES " + ",".join(["(?,?,'tag',?,'merge',NULL,?)"] * 4))
    assert [len(values) for _, values in statements] == [16, 10]
    with library.reading() as s:
        got = s.connection().exec_driver_sql(
            'SELECT author, entity_uuid, "before", after, "before" IS NULL FROM change_log '
            "WHERE action = 'merge' ORDER BY id"
        )
        assert [tuple(r) for r in got] == [(*r[1:], r[3] is None) for r in rows]
