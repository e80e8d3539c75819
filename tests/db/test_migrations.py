"""Alembic migrations: upgrade from the first revision, backups, and refusing newer libraries."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from db.engine import open_database
from db.migrate import SchemaError, alembic_config, head_revision


def _at_first_revision(db_path: Path) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(
            text(
                "INSERT INTO documents (uuid, title, source_sha256, source_name, source_kind, "
                "source_size, page_count, imported_at, modified_at) VALUES "
                "('u1', 'Old memo', 'ab', 'old.pdf', 'pdf', 1, 1, '2026-01-01', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO pages (document_id, page_index, width, height, rotation, needs_ocr, "
                "review_status) VALUES (1, 0, 612, 792, 0, 0, 'unreviewed')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO text_layers (uuid, page_id, source, text, created_at) "
                "VALUES ('t1', 1, 'pdf-text-layer', 'an old memorandum', '2026-01-01')"
            )
        )
        conn.execute(text("UPDATE pages SET active_text_layer_id = 1"))
    engine.dispose()


def test_upgrade_from_first_revision_keeps_data_and_backs_up(tmp_path: Path) -> None:
    db_path = tmp_path / "library.sqlite"
    _at_first_revision(db_path)
    db = open_database(db_path, app_version="9.9.9")
    with db.transaction() as s:
        assert (
            s.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        )
        assert s.execute(text("SELECT title FROM documents")).scalar() == "Old memo"
        # The upgrade indexed the page that existed before the full-text table.
        hits = s.execute(text("SELECT rowid FROM page_text_fts WHERE page_text_fts MATCH 'memo*'"))
        assert hits.scalars().all() == [1]
    db.close()
    backups = list((tmp_path / "backups").glob("library-0001-*.sqlite"))
    assert len(backups) == 1
    old = create_engine(f"sqlite:///{backups[0]}")
    with old.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    old.dispose()


def test_fresh_library_needs_no_backup(tmp_path: Path) -> None:
    db = open_database(tmp_path / "library.sqlite", app_version="1.0")
    db.close()
    assert not (tmp_path / "backups").exists()


def test_newer_library_is_refused_naming_both_versions(tmp_path: Path) -> None:
    db_path = tmp_path / "library.sqlite"
    open_database(db_path, app_version="0.1.0").close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
        conn.execute(text("UPDATE library_meta SET value = '7.0.0' WHERE key = 'app_version'"))
    engine.dispose()
    before = db_path.read_bytes()
    with pytest.raises(SchemaError) as err:
        open_database(db_path, app_version="0.1.0")
    message = str(err.value)
    assert "Redline 7.0.0" in message and "0999" in message
    assert "Redline 0.1.0" in message and head_revision() in message
    assert db_path.read_bytes() == before


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "library.sqlite"
    db_path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(SchemaError, match="not a Redline library"):
        open_database(db_path, app_version="0.1.0")
