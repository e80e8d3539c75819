"""A library on a PostgreSQL server: the same revisions, a newer schema refused, a pg_dump before
an upgrade, no password shown, a read-only role, and sources stored in chunks in the database."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg
import pymupdf
import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from app.core.documents.ingest import import_file
from app.core.documents.render import render_page
from app.core.errors import LibraryError, LoginRefused, PasswordNeeded
from app.core.library import CHUNK, Library, server_cache_folder
from db import server as db_server
from db.migrate import alembic_config, head_revision
from db.server import (
    ServerAddress,
    ServerError,
    display_url,
    make_server_engine,
    parse_url,
    qmark_to_format,
)
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
        extensions = {r[0] for r in conn.execute("SELECT extname FROM pg_extension")}
    assert "ix_page_text_fts_tsv" in indexes and "ix_page_text_fts_trgm" not in indexes
    assert extensions == {"plpgsql"}  # a plain database owner can make a library: no extension


def test_a_library_from_before_0007_is_indexed_again_on_upgrade(
    pg_url: str, tmp_path: Path
) -> None:
    """A library taken back to 0006 (the server's parser indexing the pages; pg_trgm and the
    trigram index as 0002 made them then) upgrades: the words between < and > are found again,
    accents fold, and the unused trigram index and extension are gone."""
    from alembic import command

    from app.core.documents.search import search

    pages = ["SECRET <b Embassy the cable > Moscow", "Meeting at the Cafe Royal"]
    with Library.open(pg_url) as lib:
        import_file(lib, make_text_pdf(tmp_path / "noisy.pdf", pages))
    engine = make_server_engine(pg_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006")
        conn.exec_driver_sql("CREATE EXTENSION pg_trgm")
        conn.exec_driver_sql(
            "CREATE INDEX ix_page_text_fts_trgm ON page_text_fts USING gin (text gin_trgm_ops)"
        )
        old = conn.exec_driver_sql("SELECT tsv::text FROM page_text_fts ORDER BY rowid").all()
    engine.dispose()
    assert "embassy" not in old[0][0]  # as the server's parser read it: a tag, left out
    with Library.open(pg_url) as lib:
        assert [h.page_index for h in search(lib, "embassy cable").hits] == [0]
        assert [h.page_index for h in search(lib, "café").hits] == [1]
    assert _revision(pg_url) == head_revision()
    with psycopg.connect(pg_url) as conn:
        indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes")}
        extensions = {r[0] for r in conn.execute("SELECT extname FROM pg_extension")}
    assert "ix_page_text_fts_tsv" in indexes and "ix_page_text_fts_trgm" not in indexes
    assert "pg_trgm" not in extensions


def test_a_layer_s_source_file_is_added_and_dropped_on_the_server(
    pg_url: str, tmp_path: Path
) -> None:
    """0008 on PostgreSQL: the column comes in NULL for the layers there, is written by an
    import, and goes again on a downgrade, the layers kept."""
    from alembic import command

    with Library.open(pg_url) as lib:
        import_file(lib, make_text_pdf(tmp_path / "memo.pdf", ["an old memorandum"]))
    engine = make_server_engine(pg_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0007")
    engine.dispose()
    with Library.open(pg_url) as lib, lib.reading() as s:
        rows = s.connection().exec_driver_sql("SELECT text, source_file FROM text_layers").all()
    assert [(t.strip(), f) for t, f in rows] == [("an old memorandum", None)]
    assert _revision(pg_url) == head_revision()
    engine = make_server_engine(pg_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0007")
        columns = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'text_layers'"
            )
        }
        assert "source_file" not in columns and "text" in columns
        assert conn.exec_driver_sql("SELECT count(*) FROM text_layers").scalar() == 1
    engine.dispose()


def test_a_database_that_is_not_utf8_is_refused_untouched(pg_server: PgServer) -> None:
    name = f"redline_latin1_{os.getpid()}"
    pg_server.admin(
        f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C'"
    )
    try:
        with pytest.raises(LibraryError, match=r"LATIN1 encoding; Redline needs a UTF8"):
            Library.open(pg_server.url(name))
        with psycopg.connect(pg_server.url(name)) as conn:
            tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            assert tables.fetchone() == (0,)
    finally:
        pg_server.drop_database(name)


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


def test_a_socket_s_folder_is_shown_as_it_reads(pg_server: PgServer, tmp_path: Path) -> None:
    """A Unix socket's folder was shown percent-escaped in every message, the window's title,
    the recent list and the dialog's address ("?host=%2Ftmp%2Fredline-pg-…%2Fsock"): shown as
    libpq's documentation writes it, an address that can be pasted back, without its password."""
    shown = display_url("postgresql://al:s3cret@/red?host=%2Frun%2Fpostgresql&sslmode=require")
    assert shown == "postgresql://al@/red?host=/run/postgresql&sslmode=require"
    odd = "/tmp/a b&c+d%e#f"  # (what would read as another parameter, a space or a fragment)
    escaped = display_url(f"postgresql://al@/red?host={quote(odd, safe='')}")
    assert make_url(escaped).query["host"] == odd and "%2F" not in escaped
    missing = pg_server.url("no_such_database")
    assert "%2F" in missing  # (the tests' addresses are written escaped)
    with pytest.raises(LibraryError) as refused:
        Library.open(missing)
    said = str(refused.value)
    shown = f"postgresql://redline@/no_such_database?host={pg_server.socket_dir}"
    assert said.startswith(f"The server has no database for {shown}: ")
    assert "%2F" not in said
    assert server_cache_folder(missing) == server_cache_folder(display_url(missing))


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


def test_a_server_that_never_answers_is_given_up_not_waited_on_for_ever(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A server whose machine accepts the connection and then says nothing (hung, or the network
    lost past it): libpq waited for its reply without end, and the window with it."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    held: list[socket.socket] = []

    def accept() -> None:
        try:
            held.extend(silent.accept()[0] for _ in range(8))
        except OSError:  # (the test closed it: done)
            return

    accepting = threading.Thread(target=accept, daemon=True)
    accepting.start()
    monkeypatch.setattr(db_server, "CONNECT_TIMEOUT_S", 1, raising=False)
    url = f"postgresql://redline@127.0.0.1:{silent.getsockname()[1]}/cables"
    said: list[BaseException] = []

    def try_each() -> None:
        for attempt in (lambda: Library.open(url), lambda: db_server.listen_connection(url, "x")):
            try:
                attempt()
            except Exception as exc:
                said.append(exc)

    trying = threading.Thread(target=try_each, daemon=True)
    trying.start()
    trying.join(timeout=60)  # (a generous bound: this is no timing, only "it ends")
    assert not trying.is_alive(), "still waiting on a server that never answers"
    library_error, live_error = said
    assert isinstance(library_error, LibraryError) and "cannot be reached" in str(library_error)
    assert "timeout" in str(live_error)
    silent.close()


def test_a_connection_idle_a_while_is_pinged_and_one_just_used_is_not(
    own_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = Library.open(own_server.url(own_server.create_database()))
    engine = lib.db.engine
    pings: list[object] = []
    ping = engine.dialect.do_ping

    def counted(conn: Any) -> bool:
        pings.append(conn)
        return ping(conn)

    monkeypatch.setattr(engine.dialect, "do_ping", counted)

    def read() -> int:
        with lib.reading() as s:
            return int(s.connection().exec_driver_sql("SELECT 1").scalar_one())

    read()
    read()  # used a moment ago: no round trip spent on a ping
    assert pings == []
    monkeypatch.setattr(db_server, "IDLE_PING_S", 0.0)
    # An administrator's restart while the connection sat idle: the ping finds it dead, and
    # the pool connects again instead of failing the read.
    own_server.pause()
    own_server.resume()
    assert read() == 1 and len(pings) == 1
    lib.close()


def test_a_read_on_a_server_library_opens_no_transaction(pg_url: str) -> None:
    """(BEGIN and ROLLBACK around a read would each cost a round trip, and PostgreSQL's READ
    COMMITTED gives each statement its own snapshot inside a transaction too.)"""
    import time

    lib = Library.open(pg_url)
    alone = "SELECT now() = statement_timestamp()"  # true only outside a transaction block
    with lib.reading() as s:
        s.connection().exec_driver_sql("SELECT 1")
        time.sleep(0.01)
        assert s.connection().exec_driver_sql(alone).scalar_one()
    with lib.read_connection() as conn:
        conn.exec_driver_sql("SELECT 1")
        time.sleep(0.01)
        assert conn.exec_driver_sql(alone).scalar_one()
    with lib.transaction() as s:  # a write is one transaction, as before
        s.connection().exec_driver_sql("SELECT 1")
        time.sleep(0.01)
        assert not s.connection().exec_driver_sql(alone).scalar_one()
    lib.close()


def test_a_snapshot_sees_the_library_as_of_one_moment(pg_url: str) -> None:
    """(A copy of the whole library reads its tables one after another: a change committed
    meanwhile must not show in some of them and not in others.)"""
    lib, other = Library.open(pg_url), Library.open(pg_url)
    count = "SELECT count(*) FROM library_meta"

    def add(key: str) -> None:
        with other.writing() as conn:
            conn.exec_driver_sql("INSERT INTO library_meta (key, value) VALUES (?, '')", (key,))

    with lib.snapshot() as s:
        before = s.connection().exec_driver_sql(count).scalar_one()
        add("added-during-snapshot")
        assert s.connection().exec_driver_sql(count).scalar_one() == before
    with lib.reading() as s:  # a plain read sees each statement's moment
        before = s.connection().exec_driver_sql(count).scalar_one()
        add("added-during-read")
        assert s.connection().exec_driver_sql(count).scalar_one() == before + 1
    lib.close()
    other.close()


def test_an_export_reads_the_library_as_of_one_moment(pg_url: str, tmp_path: Path) -> None:
    """(Other reviewers commit while an export runs: every query of it sees one moment.)"""
    from app.core.exchange.common import export_stream

    lib, other = Library.open(pg_url), Library.open(pg_url)
    count = "SELECT count(*) FROM library_meta"
    with export_stream(lib, tmp_path / "out.txt", None) as (conn, out, _):
        before = conn.exec_driver_sql(count).scalar_one()
        with other.writing() as w:
            w.exec_driver_sql("INSERT INTO library_meta (key, value) VALUES ('meanwhile', '')")
        assert conn.exec_driver_sql(count).scalar_one() == before
        out.write("done")
    lib.close()
    other.close()


def test_a_person_s_change_is_logged_and_noticed_by_one_statement(
    pg_url: str, tmp_path: Path
) -> None:
    """(Each statement of a write waits a round trip on a team library: the change log's row
    and the notice to other windows go as one; the notice still goes only on commit.)"""
    from app.core.annotating.annotations import create_annotation
    from app.core.annotating.records import Span
    from app.core.changelog import history
    from app.core.documents.queries import document_summary
    from app.core.live import CHANNEL

    lib = Library.open(pg_url)
    doc = import_file(lib, make_text_pdf(tmp_path / "memo.pdf", ["SECRET memo"])).document_id
    assert doc is not None
    page = document_summary(lib, doc).pages[0]
    statements: list[str] = []
    event.listen(
        lib.db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]), retval=False
    )
    with psycopg.connect(pg_url, autocommit=True) as listener:
        listener.execute(f"LISTEN {CHANNEL}")
        body = {"text": "x"}
        note = create_annotation(lib, page.id, "note", text=Span(0, 6), body=body, author="Ada")
        logged = [s for s in statements if "change_log" in s or "pg_notify" in s]
        assert len(logged) == 1 and "pg_notify" in logged[0]
        [entry] = history(lib, note.uuid)
        assert entry.action == "create"
        [notice] = list(listener.notifies(timeout=5, stop_after=1))
        assert json.loads(notice.payload)["entities"] == ["annotation"]
    lib.close()


def test_a_page_as_the_window_shows_it_is_read_in_few_requests(
    pg_server: PgServer, tmp_path: Path
) -> None:
    """(A page turn on a team library waits for each statement's round trip before its text
    shows: the active layer's text is read once, not again for the corrected reading.)"""
    from app.core.annotating.annotations import create_annotation
    from app.core.annotating.page_content import read_page
    from app.core.annotating.records import Span
    from app.core.documents.queries import document_summary
    from tests.pg_helpers import SlowLink

    name = pg_server.create_database()
    with Library.open(pg_server.url(name)) as lib:
        memo = make_text_pdf(tmp_path / "memo.pdf", ["The 2nd memo"])
        doc = import_file(lib, memo).document_id
        assert doc is not None
        page = document_summary(lib, doc).pages[0].id
        create_annotation(
            lib, page, "correction", text=Span(4, 7), body={"replacement": "second"}, author="A"
        )
    link = SlowLink(pg_server)
    with Library.open(link.url(name)) as lib:
        read_page(lib, page)  # (the pool's connection made)
        asked = link.requests
        content = read_page(lib, page)
        asked = link.requests - asked
    link.close()
    assert content.reading.corrected == "The second memo"
    # BEGIN; the text layer and its words; the layers and their word counts; the review; the
    # annotations; the corrections; the tags with their uses (one statement: 11 before); COMMIT
    assert asked <= 10


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("postgresql://alice:secret@127.0.0.1:notaport/team", "its port must be a number"),
        ("postgresql://alice:secret@127.0.0.1:5432", "names no database"),
    ],
)
def test_an_address_redline_cannot_read_is_said_so(address: str, said: str) -> None:
    """A port that is no number was an "internal error" (exit 70) with a traceback in the log."""
    with pytest.raises(ServerError, match=said) as refused:
        parse_url(address)
    assert "secret" not in str(refused.value)


def test_an_address_is_taken_apart_and_made_again_its_password_kept_apart() -> None:
    """File › Open team library… shows an address's parts in fields: a pasted address with a
    password in it gives the password apart, and the address made again names none."""
    parts, password = ServerAddress.parse(
        "postgresql://al:p%40ss%3Aw@dbhost:5433/red?sslmode=require"
    )
    assert parts == ServerAddress("dbhost", "5433", "red", "al", (("sslmode", "require"),))
    assert password == "p@ss:w"
    assert parts.location() == "postgresql://al@dbhost:5433/red?sslmode=require"
    with_it = parts.location(password)
    assert make_url(with_it).password == "p@ss:w" and display_url(with_it) == parts.location()
    socket_dir, _ = ServerAddress.parse("postgresql://redline@/db?host=%2Frun%2Fpostgresql")
    assert socket_dir.host == "/run/postgresql" and socket_dir.options == ()  # the server field
    assert socket_dir.location() == "postgresql://redline@/db?host=/run/postgresql"  # (readable)
    assert ServerAddress("", "", "redline", "").location() == "postgresql:///redline"
    with_port, _ = ServerAddress.parse("postgresql://r@/team?host=/tmp/sock&port=55479")
    assert (with_port.host, with_port.port, with_port.options) == ("/tmp/sock", "55479", ())
    again = make_url(with_port.location())  # (the port field shows it; the address keeps it)
    assert again.port == 55479 and dict(again.query) == {"host": "/tmp/sock"}
    assert ServerAddress.parse("postgresql://alice@dbhost")[0].database == ""  # (typed so far)
    pasted = "postgresql://al:p@ss:w/rd%9@dbhost:5433/red"  # (a password holding "@", unescaped)
    parts, password = ServerAddress.parse(pasted)
    assert (parts.host, parts.port, parts.user, password) == ("dbhost", "5433", "al", "p@ss:w/rd%9")
    assert display_url(pasted) == "postgresql://al@dbhost:5433/red"  # (no piece of it shown)
    assert make_url(parts.location(password)).password == "p@ss:w/rd%9"
    for unreadable in ("dbhost/redline", "postgresql://a@h:port/x"):
        with pytest.raises(ServerError, match="Not a PostgreSQL library address"):
            ServerAddress.parse(unreadable)


def test_a_refused_login_and_a_password_wanted_are_told_apart(
    pg_server: PgServer, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window asks for a password when the server wants one nobody gave (PasswordNeeded),
    and asks again for a wrong one (LoginRefused); the sentence is the same as ever."""
    pg_server.password_role("pw_owner", "right-one")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = pg_url.replace("redline@", "pw_owner@")
    with pytest.raises(PasswordNeeded, match=r"The server refused the login to .*no password"):
        Library.open(url)
    with pytest.raises(LoginRefused, match="password authentication failed") as refused:
        Library.open(url.replace("pw_owner@", "pw_owner:wrong-one@"))
    assert not isinstance(refused.value, PasswordNeeded) and "wrong-one" not in str(refused.value)
