"""The tests' PostgreSQL server: started unprivileged on a local socket, one database per test."""

from __future__ import annotations

import psycopg

from tests.pg_helpers import PgServer


def test_a_test_database_is_fresh_and_writable(pg_url: str, pg_server: PgServer) -> None:
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
        conn.execute("CREATE TABLE t (x int)")
        conn.execute("INSERT INTO t VALUES (1)")
    assert str(pg_server.socket_dir) in pg_url.replace("%2F", "/")


def test_the_server_listens_on_no_tcp_port(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        row = conn.execute("SHOW listen_addresses").fetchone()
    assert row == ("",)
