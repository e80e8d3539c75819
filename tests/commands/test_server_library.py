"""The command line on a PostgreSQL library: `--library postgresql://…`, REDLINE_LIBRARY, and
`redline library copy` both ways, with the password never printed."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from app.cli import main
from app.core.ocr.tesseract import tesseract_available
from tests.builders import make_banner_scan_pdf, make_text_pdf
from tests.pg_helpers import PgServer


def test_import_list_search_and_copy_back(
    tmp_path: Path, pg_library_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["Fisheries talks with Valdoria", "Page two"])
    assert main(["--library", pg_library_url, "import", str(pdf)]) == 0
    assert main(["--library", pg_library_url, "search", "valdoria"]) == 0
    out = capsys.readouterr().out
    assert "«Valdoria»" in out and "memo" in out
    assert main(["library", "copy", pg_library_url, str(tmp_path / "back")]) == 0
    assert "1 document, 2 pages" in capsys.readouterr().out
    assert main(["--library", str(tmp_path / "back"), "search", "fisheries"]) == 0
    assert "«Fisheries»" in capsys.readouterr().out
    assert main(["library", "copy", str(tmp_path / "back"), pg_library_url]) == 1
    assert "already holds documents" in capsys.readouterr().err


def test_redline_library_names_a_server_and_no_password_is_printed(
    tmp_path: Path,
    pg_server: PgServer,
    pg_library_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pg_server.admin("DO $$ BEGIN CREATE ROLE auditor LOGIN PASSWORD 'hunter2-x'; "
                    "EXCEPTION WHEN duplicate_object THEN NULL; END $$")  # fmt: skip
    with psycopg.connect(pg_library_url, autocommit=True) as conn:
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO auditor")
    url = pg_library_url.replace("redline@", "auditor:hunter2-x@")
    monkeypatch.setenv("REDLINE_LIBRARY", url)
    assert main(["list"]) == 0
    assert "The library is empty" in capsys.readouterr().out
    pdf = make_text_pdf(tmp_path / "a.pdf", ["A"])
    assert main(["import", str(pdf)]) == 1
    captured = capsys.readouterr()
    assert "hunter2" not in captured.err + captured.out
    # the window's sentence (app.core.refusals), not words of the command line's own
    said = "is open read-only (your role on the server may only read it); nothing was changed."
    assert said in captured.err, captured.err


@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_detection_on_a_server_library_and_again_from_the_banners_read(
    tmp_path: Path, pg_library_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`redline detect` on a team library: the banners a text layer lacks read from the scan
    (its source fetched from the server), then taken from that reading by a later run."""
    pdf = make_banner_scan_pdf(tmp_path / "scan.pdf", banner="SECRET", struck=True)
    assert main(["--library", pg_library_url, "import", str(pdf)]) == 0
    capsys.readouterr()
    assert main(["--library", pg_library_url, "detect", "--no-redactions"]) == 0
    first = capsys.readouterr().out
    assert "3 new marking proposals" in first and "banners re-read from 1 page" in first
    assert main(["--library", pg_library_url, "detect", "--no-redactions"]) == 0
    again = capsys.readouterr().out
    assert "0 new marking proposals (3 found, 3 already in the document)" in again
    assert "banners of 1 page taken from the earlier reading" in again


def test_the_guides_first_list_of_an_empty_database_makes_the_library(
    pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/team.md has the owner make the library with `redline --library URL list` on an
    empty database; it said "made by an older Redline (schema None) … cannot be done
    read-only", exit 1."""
    name = pg_server.create_database()
    try:
        url = pg_server.url(name)
        assert main(["--library", url, "list"]) == 0
        assert "The library is empty" in capsys.readouterr().out
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    finally:
        pg_server.drop_database(name)


def test_a_login_or_database_the_server_refuses_is_said_as_such(
    pg_server: PgServer, pg_library_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each said the server "cannot be reached … nothing was changed", though it was reached
    and `list` changes nothing."""
    nobody = pg_library_url.replace("redline@", "nobody_here@")
    assert main(["--library", nobody, "list"]) == 1
    err = capsys.readouterr().err
    assert "refused the login" in err and "cannot be reached" not in err
    missing = pg_server.url("no_such_database")
    assert main(["--library", missing, "list"]) == 1
    err = capsys.readouterr().err
    assert "has no database" in err and "nothing was changed" not in err


def test_a_row_another_session_holds_is_waited_for_a_while_not_for_ever(
    tmp_path: Path,
    pg_library_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With a colleague's long merge (here a session) holding an annotation's row, accepting it
    waited with no end and no word."""
    monkeypatch.setattr("db.server.LOCK_WAIT_S", 1)
    monkeypatch.setattr("app.core.library.LOCK_WAIT_S", 1)
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["A memo for Valdoria"])
    assert main(["--library", pg_library_url, "import", str(pdf)]) == 0
    capsys.readouterr()
    assert main(["--library", pg_library_url, "annotate", "add", "memo", "--page", "1",
                 "--kind", "note", "--quote", "memo", "--note", "n", "--author", "Ada",
                 "--json"]) == 0  # fmt: skip
    uuid = json.loads(capsys.readouterr().out)["uuid"]
    with psycopg.connect(pg_library_url) as holder:
        holder.execute("SELECT id FROM annotations WHERE uuid = %s FOR UPDATE", (uuid,))
        code = main(["--library", pg_library_url, "annotate", "delete", uuid, "--author", "Bo"])
    err = capsys.readouterr().err
    assert code == 1 and "held what this needs for 1 s" in err and "Traceback" not in err


def test_a_reader_on_an_empty_database_is_told_what_is_needed(
    pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """Made for reading, an empty database is made first; a role that may not write it is told
    that the owner must, not the write's own refusal."""
    pg_server.admin("DO $$ BEGIN CREATE ROLE reader_two LOGIN; "
                    "EXCEPTION WHEN duplicate_object THEN NULL; END $$")  # fmt: skip
    name = pg_server.create_database()
    try:
        assert main(["--library", pg_server.url(name, user="reader_two"), "list"]) == 1
        err = capsys.readouterr().err
        assert "holds no Redline library yet" in err and "its owner makes it" in err
        assert "Traceback" not in err
    finally:
        pg_server.drop_database(name)
