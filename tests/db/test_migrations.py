"""Alembic migrations: upgrade from the first revision, backups, and refusing newer libraries."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from db import head_schema, home, migrate
from db.engine import open_database
from db.migrate import SchemaError, UpgradeNeeded, alembic_config, head_revision, known_revisions
from db.wordpack import WordRow, unpack


def _old_library(db_path: Path, revision: str = "0001") -> None:
    """A library at ``revision`` holding one document with one page and its text layer."""
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
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
    _old_library(db_path)
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


# Rows of the words table before 0003: (layer, seq, text, start, end, x0, y0, x1, y1, confidence,
# block, line, word). Layer 2 is a Tesseract layer with a word it could not box; layer 3 has none.
OLD_WORDS = [
    (1, 0, "an", 0, 2, 72.0, 100.25, 84.5, 112.0, None, 0, 0, 0),
    (1, 1, "old", 3, 6, 88.0, 100.25, 104.75, 112.0, None, 0, 0, 1),
    (1, 2, "memorandum", 7, 17, 108.0, 100.25, 190.0, 112.0, None, 0, 0, 2),
    (2, 1, "Kféér", 3, 8, None, None, None, None, 12.5, 1, 0, 1),  # out of order on purpose
    (2, 0, "an", 0, 2, 72.0, 100.0, 84.0, 112.0, 96.0, 1, 0, 0),
]


def _with_old_words(db_path: Path) -> None:
    """A library at revision 0002 with two text layers holding words and one holding none."""
    _old_library(db_path, "0002")
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        for uuid, text in (("t2", "an Kféér"), ("t3", "")):
            conn.exec_driver_sql(
                "INSERT INTO text_layers (uuid, page_id, source, text, created_at) "
                "VALUES (?, 1, 'tesseract', ?, '2026-01-01')",
                (uuid, text),
            )
        conn.exec_driver_sql(
            'INSERT INTO words (text_layer_id, seq, text, start, "end", x0, y0, x1, y1, '
            "confidence, block, line, word) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            OLD_WORDS,
        )
    engine.dispose()


def test_upgrade_packs_each_layers_words_and_downgrade_unpacks_them(tmp_path: Path) -> None:
    db_path = tmp_path / "library.sqlite"
    _with_old_words(db_path)
    db = open_database(db_path, app_version="9.9.9")
    with db.transaction() as s:
        conn = s.connection()
        packed = conn.exec_driver_sql(
            "SELECT text_layer_id, count, data FROM layer_words ORDER BY text_layer_id"
        ).all()
        assert [(layer, count, unpack(data)) for layer, count, data in packed] == [
            (1, 3, [WordRow(*w[1:]) for w in OLD_WORDS[:3]]),
            (2, 2, [WordRow(*OLD_WORDS[4][1:]), WordRow(*OLD_WORDS[3][1:])]),
        ]  # layer 3 had no words: no row
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        assert "words" not in tables.scalars().all()
    db.close()
    assert list((tmp_path / "backups").glob("library-0002-*.sqlite"))
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
        rows = conn.exec_driver_sql(
            'SELECT text_layer_id, seq, text, start, "end", x0, y0, x1, y1, confidence, block, '
            "line, word FROM words ORDER BY text_layer_id, seq"
        ).all()
    engine.dispose()
    assert [tuple(r) for r in rows] == sorted(OLD_WORDS)


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


def test_revisions_from_file_names_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    alembic_order = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert known_revisions() == alembic_order
    assert head_revision() == script.get_current_head()


_OPEN_AND_REPORT = """
import sys
from pathlib import Path
from db.engine import open_database
open_database(Path(sys.argv[1]), app_version=sys.argv[2]).close()
print("alembic" in sys.modules)
"""


def _alembic_loaded_by_open(db_path: Path, app_version: str) -> bool:
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_REPORT, str(db_path), app_version],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip() == "True"


def test_alembic_is_loaded_only_when_an_upgrade_is_due(tmp_path: Path) -> None:
    db_path = tmp_path / "library.sqlite"
    assert not _alembic_loaded_by_open(db_path, "1.0")  # new: made from the head's schema
    assert not _alembic_loaded_by_open(db_path, "1.0")  # current: one query, no Alembic
    assert not _alembic_loaded_by_open(db_path, "1.1")  # only the version stamp changes
    old = tmp_path / "old" / "library.sqlite"
    old.parent.mkdir()
    _old_library(old)
    assert _alembic_loaded_by_open(old, "1.1")


def test_opening_a_current_library_writes_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "library.sqlite"
    open_database(db_path, app_version="1.0").close()
    before = db_path.read_bytes()
    open_database(db_path, app_version="1.0").close()
    assert db_path.read_bytes() == before


def test_a_read_only_open_of_an_old_library_says_it_needs_an_upgrade(tmp_path: Path) -> None:
    db_path = tmp_path / "library.sqlite"
    _old_library(db_path)
    before = db_path.read_bytes()
    with pytest.raises(UpgradeNeeded, match=r"older Redline \(schema 0001\) and needs an upgrade"):
        open_database(db_path, app_version="1.0", read_only=True)
    assert db_path.read_bytes() == before and not (tmp_path / "backups").exists()


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    db_path = tmp_path / "library.sqlite"
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaError, match=r"not a Redline library: .*other tables \(recipes\)"):
        open_database(db_path, app_version="1.0")
    assert db_path.read_bytes() == before
    empty = tmp_path / "empty" / "library.sqlite"
    empty.parent.mkdir()
    sqlite3.connect(empty).close()  # an empty database file becomes a library
    open_database(empty, app_version="1.0").close()


def test_a_retried_upgrade_reuses_its_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "library.sqlite"
    _old_library(db_path)

    def killed(*_: object) -> None:
        raise KeyboardInterrupt  # stands for a kill in the middle of the upgrade

    with monkeypatch.context() as m:
        m.setattr(migrate, "_stamp", killed)
        for _ in range(3):
            with pytest.raises(KeyboardInterrupt):
                open_database(db_path, app_version="1.0")
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:  # the whole upgrade was rolled back
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
        assert "page_text_fts" not in tables and "layer_words" not in tables
    engine.dispose()
    open_database(db_path, app_version="1.0").close()
    backups = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert len(backups) == 1 and backups[0].startswith("library-0001-"), backups


def test_an_upgrade_killed_after_its_commit_leaves_no_marker_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "library.sqlite"
    _old_library(db_path)

    def killed(_: Path) -> None:
        raise KeyboardInterrupt  # a kill between the upgrade's commit and its clean-up

    with monkeypatch.context() as m:
        m.setattr(migrate, "_upgrade_done", killed)
        with pytest.raises(KeyboardInterrupt):
            open_database(db_path, app_version="1.0")
    assert (tmp_path / "backups" / migrate.PENDING).exists()
    open_database(db_path, app_version="1.0").close()
    backups = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert len(backups) == 1 and backups[0].startswith("library-0001-"), backups


def _redactions(db_path: Path, bodies: list[str]) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        for i, body in enumerate(bodies):
            conn.execute(
                text(
                    "INSERT INTO annotations (uuid, page_id, kind, status, x, y, w, h, body, "
                    "origin, author, created_at, modified_at, orphaned, deleted) VALUES "
                    f"('r{i}', 1, 'redaction', 'accepted', 1, 1, 5, 5, :body, 'person', 'a', "
                    "'2026-01-01', '2026-01-01', 0, 0)"
                ),
                {"body": body},
            )
    engine.dispose()


def _bodies(db_path: Path) -> list[dict[str, object]]:
    import json

    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT body FROM annotations ORDER BY uuid")).scalars().all()
    engine.dispose()
    return [json.loads(r) for r in rows]


def test_redactions_made_before_are_burned_in_and_downgrade_keeps_them_burned(
    tmp_path: Path,
) -> None:
    """0004: the opt-in "publish" flag nothing set is dropped (every redaction is burned in);
    downgrading marks every redaction not left visible "publish": true for the older program."""
    db_path = tmp_path / "library.sqlite"
    _old_library(db_path, "0003")
    _redactions(
        db_path,
        [
            '{"exemptions": ["B6"], "note": "", "publish": true}',
            '{"exemptions": [], "note": "Łódź", "publish": false}',
            '{"exemptions": ["B1"], "note": ""}',
        ],
    )
    open_database(db_path, app_version="9.9.9").close()
    assert _bodies(db_path) == [
        {"exemptions": ["B6"], "note": ""},
        {"exemptions": [], "note": "Łódź"},
        {"exemptions": ["B1"], "note": ""},
    ]
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE annotations SET body = :b WHERE uuid = 'r2'"),
            {"b": '{"exemptions": ["B1"], "leave_visible": true, "note": ""}'},
        )
        command.downgrade(alembic_config(conn), "0003")
    engine.dispose()
    assert [b["publish"] for b in _bodies(db_path)] == [True, True, False]
    assert not any("leave_visible" in b for b in _bodies(db_path))


def test_field_revisions_come_in_empty_and_go_again(tmp_path: Path) -> None:
    """0005: revisions and conflicts columns on annotations, tags and pages, NULL for every row
    made before (their fields have the implicit version of their values); downgrading drops
    them and keeps the rows."""
    db_path = tmp_path / "library.sqlite"
    _old_library(db_path, "0004")
    _redactions(db_path, ['{"exemptions": ["B6"], "note": ""}'])
    open_database(db_path, app_version="9.9.9").close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        for table in ("annotations", "tags", "pages"):
            columns = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}
            assert {"revisions", "conflicts"} <= columns
        rows = conn.exec_driver_sql("SELECT revisions, conflicts FROM annotations").all()
        assert rows == [(None, None)]
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM annotations WHERE conflicts IS NOT NULL"
        ).all()
        assert "ix_annotations_conflicts" in str(plan)  # the list of conflicts is indexed
        command.downgrade(alembic_config(conn), "0004")
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(annotations)")}
        assert "revisions" not in columns and "conflicts" not in columns
    engine.dispose()
    assert _bodies(db_path) == [{"exemptions": ["B6"], "note": ""}]


def test_a_layer_s_source_file_comes_in_empty_and_goes_again(tmp_path: Path) -> None:
    """0008: ``text_layers.source_file``, NULL for the layers made before (their file is not
    known); downgrading drops it and keeps the layers."""
    db_path = tmp_path / "library.sqlite"
    _old_library(db_path, "0007")
    open_database(db_path, app_version="9.9.9").close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        rows = conn.exec_driver_sql("SELECT text, source_file FROM text_layers").all()
        assert rows == [("an old memorandum", None)]
        conn.exec_driver_sql("UPDATE text_layers SET source_file = 'p0001.xml'")
        command.downgrade(alembic_config(conn), "0007")
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(text_layers)")}
        assert "source_file" not in columns
        assert conn.exec_driver_sql("SELECT text FROM text_layers").all() == [
            ("an old memorandum",)
        ]
    engine.dispose()


def _dump(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return head_schema.dump(conn)
    finally:
        conn.close()


def test_the_head_schema_written_down_is_what_the_migrations_make(tmp_path: Path) -> None:
    made = head_schema.made_by_the_migrations(tmp_path / "migrated.sqlite")
    assert head_schema.statements() == made, (
        "db/migrations/head_schema.json is not what the migrations make at the head revision: "
        "write it again with `.venv/bin/python -m db.head_schema`"
    )
    open_database(tmp_path / "library.sqlite", app_version="1.0").close()
    mark = home.file_mark(tmp_path / "library.sqlite")  # (the copy its changes are counted in)
    assert _dump(tmp_path / "library.sqlite") == [
        *made,
        "INSERT INTO \"library_meta\" VALUES ('app_version', '1.0')",
        f"INSERT INTO \"library_meta\" VALUES ('replica_home', '{mark}')",
    ]


def test_a_head_schema_behind_the_head_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "head_schema.json"
    stale.write_text(json.dumps({"revision": "0001", "statements": ["CREATE TABLE stale (x)"]}))
    monkeypatch.setattr(head_schema, "PATH", stale)
    assert head_schema.statements() is None
    open_database(tmp_path / "library.sqlite", app_version="1.0").close()
    made = _dump(tmp_path / "library.sqlite")
    assert not any("stale" in s for s in made) and 'INSERT INTO "alembic_version"' in made[-3]
