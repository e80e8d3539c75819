"""The command line on a PostgreSQL library: `--library postgresql://…`, REDLINE_LIBRARY, and
`redline library copy` both ways, with the password never printed."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from app.cli import main
from tests.builders import make_text_pdf
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
    assert "read-only" in captured.err and "hunter2" not in captured.err + captured.out
