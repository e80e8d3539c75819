"""A library on a PostgreSQL server: the same revisions, a newer schema refused, a pg_dump before
an upgrade, no password shown, a read-only role, and sources stored in chunks in the database."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import psycopg
import pymupdf
import pytest
from sqlalchemy import text

from app.core.documents.ingest import import_file
from app.core.documents.render import render_page
from app.core.errors import LibraryError
from app.core.library import CHUNK, Library
from db.migrate import alembic_config, head_revision
from db.server import display_url, make_server_engine, qmark_to_format
from tests.builders import make_text_pdf
from tests.pg_helpers import PgServer


def _revision(url: str) -> str:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert row is not None
    return str(row[0])


def test_an_empty_database_becomes_a_library_at_the_head(pg_url: str) -> None:
    with Library.open(pg_url) as lib:
        assert lib.on_server and not lib.read_only
    assert _revision(pg_url) == head_revision()
    with psycopg.connect(pg_url) as conn:
        indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes")}
    assert {"ix_page_text_fts_tsv", "ix_page_text_fts_trgm"} <= indexes


def test_a_newer_schema_is_refused_untouched(pg_url: str) -> None:
    Library.open(pg_url).close()
    with psycopg.connect(pg_url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    with pytest.raises(LibraryError, match="0999") as caught:
        Library.open(pg_url)
    assert "newer Redline" in str(caught.value)
    assert _revision(pg_url) == "0999"


def test_another_programs_database_is_refused(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(LibraryError, match="invoices"):
        Library.open(pg_url)


def test_an_older_library_is_backed_up_with_pg_dump_then_upgraded(
    pg_url: str, tmp_path: Path
) -> None:
    from alembic import command

    engine = make_server_engine(pg_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
    engine.dispose()
    with Library.open(pg_url) as lib:
        assert not lib.read_only
    assert _revision(pg_url) == head_revision()
    backups = Path(os.environ["XDG_DATA_HOME"]) / "redline" / "server-backups"
    dumps = list(backups.glob("*-0004-*.dump"))
    assert len(dumps) == 1 and dumps[0].read_bytes()[:5] == b"PGDMP"


def test_the_password_is_never_shown(pg_server: PgServer, pg_url: str) -> None:
    secret = "s3cr3t-Pa55"
    pg_server.admin(f"CREATE ROLE reviewer LOGIN PASSWORD '{secret}'")
    url = pg_url.replace("redline@", f"reviewer:{secret}@")
    assert secret not in display_url(url)
    assert display_url(url).startswith("postgresql://reviewer@")
    # trust authentication lets the role in; what matters is what is shown of the address
    dbname = pg_url.split("/")[3].split("?")[0]
    pg_server.admin(f'GRANT ALL ON DATABASE "{dbname}" TO reviewer')
    pg_server.admin(f'ALTER DATABASE "{dbname}" OWNER TO reviewer')
    with Library.open(url) as lib:
        assert secret not in lib.location
        with pytest.raises(LibraryError) as caught, lib.transaction() as s:
            s.execute(text("SELECT * FROM no_such_table"))
    assert secret not in str(caught.value)


def test_a_read_only_role_reads_and_a_write_gets_one_line(
    pg_server: PgServer, pg_url: str, tmp_path: Path
) -> None:
    with Library.open(pg_url) as lib:
        import_file(lib, make_text_pdf(tmp_path / "a.pdf", ["Reading room copy"]))
    pg_server.admin("CREATE ROLE reader LOGIN")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")
    url = pg_url.replace("redline@", "reader@")
    with Library.open(url) as lib:
        assert lib.read_only
        assert lib.db.read_only_reason == "your role on the server may only read it"
        with pytest.raises(LibraryError, match="read-only"), lib.transaction():
            pass
        with lib.reading() as s:
            assert s.execute(text("SELECT count(*) FROM documents")).scalar() == 1


def test_a_write_the_server_refuses_is_one_line(pg_url: str) -> None:
    with Library.open(pg_url) as lib, psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("REVOKE INSERT ON tags FROM PUBLIC")
        conn.execute("CREATE ROLE limited LOGIN")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO limited")
        conn.execute("GRANT INSERT, UPDATE ON annotations TO limited")
    with Library.open(pg_url.replace("redline@", "limited@")) as lib:
        assert not lib.read_only
        with pytest.raises(LibraryError, match="may only read") as caught, lib.transaction() as s:
            s.execute(
                text(
                    "INSERT INTO tags (uuid, name, colour, description, created_at, "
                    "modified_at, deleted) VALUES ('x', 'x', '', '', now(), now(), false)"
                )
            )
    assert "\n" not in str(caught.value)


def test_sources_are_stored_on_the_server_in_chunks(pg_url: str, tmp_path: Path) -> None:
    small = make_text_pdf(tmp_path / "small.pdf", ["Chunked source"])
    with pymupdf.open(small) as doc:  # random bytes attached: a PDF of 2.5 chunks
        doc.embfile_add("noise.bin", os.urandom(int(CHUNK * 2.5)))
        doc.save(tmp_path / "big.pdf")
    pdf = tmp_path / "big.pdf"
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    with Library.open(pg_url) as lib:
        outcome = import_file(lib, pdf)
        cached = lib.source_path(sha)
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT seq, length(data) FROM source_chunks WHERE sha256 = %s ORDER BY seq", (sha,)
        ).fetchall()
    assert [r[0] for r in rows] == [0, 1, 2] and rows[0][1] == CHUNK
    cached.unlink()  # another reviewer's machine: only the server has it
    with Library.open(pg_url) as lib:
        path = lib.source_path(sha)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == sha
        assert outcome.status == "imported"
    cached.unlink()
    with Library.open(pg_url) as lib:  # rendering fetches the source from the server
        assert render_page(lib, sha, 0, 1.0).width > 0
        assert lib.source_path(sha).exists()


def test_qmark_placeholders_become_psycopg_ones() -> None:
    assert qmark_to_format("SELECT ? WHERE a LIKE '%x?' AND b = ?") == (
        "SELECT %s WHERE a LIKE '%%x?' AND b = %s"
    )
    assert qmark_to_format('SELECT "odd?name" FROM t WHERE c = ?') == (
        'SELECT "odd?name" FROM t WHERE c = %s'
    )
