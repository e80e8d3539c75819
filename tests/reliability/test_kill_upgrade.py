"""kill -9 at random points of a schema upgrade: at the start of a random SQL statement of the
upgrade (every point is as likely), and at random moments. The next open finishes the upgrade,
the data is whole, and there is one backup per upgrade, not one per attempt."""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from db.migrate import alembic_config, head_revision
from tests.reliability.helpers import (
    Tally,
    delays,
    kill_runs,
    reopen,
    run_and_kill,
    survivors,
)

pytestmark = pytest.mark.slow

PAGES = 400
WORDS = 40  # per page: enough rows that packing them (revision 0003) takes a while

# Opens the library, SIGKILLing itself when SQLite starts the statement numbered argv[2]
# (counted over every connection; 0 never: it prints how many there were).
_CHILD = """
import os, signal, sys
from pathlib import Path
from sqlalchemy import event
import db.engine as engine

stop, count = int(sys.argv[2]), [0]

def trace(statement):
    count[0] += 1
    if count[0] == stop:
        os.kill(os.getpid(), signal.SIGKILL)

real = engine.make_engine
def make_engine(*args, **kwargs):
    made = real(*args, **kwargs)
    event.listen(made, "connect", lambda conn, _: conn.set_trace_callback(trace))
    return made
engine.make_engine = make_engine
engine.open_database(Path(sys.argv[1]), app_version="9.9").close()
print(count[0], flush=True)
"""


def _old_library(path: Path) -> None:
    """A library at revision 0001 (before the full-text index and packed words) with pages,
    text layers and a words table to migrate."""
    path.parent.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(
        "INSERT INTO documents (uuid, title, source_sha256, source_name, source_kind, "
        "source_size, page_count, imported_at, modified_at) VALUES ('u1', 'Old memo', ?, "
        "'old.pdf', 'pdf', 1, ?, '2026-01-01', '2026-01-01')",
        ("ab" * 32, PAGES),
    )
    for p in range(PAGES):
        text = " ".join(f"word{p}x{w}" for w in range(WORDS))
        db.execute(
            "INSERT INTO pages (id, document_id, page_index, width, height, rotation, "
            "needs_ocr, review_status) VALUES (?, 1, ?, 612, 792, 0, 0, 'unreviewed')",
            (p + 1, p),
        )
        db.execute(
            "INSERT INTO text_layers (id, uuid, page_id, source, text, created_at) "
            "VALUES (?, ?, ?, 'pdf-text-layer', ?, '2026-01-01')",
            (p + 1, f"t{p}", p + 1, text),
        )
        db.executemany(
            'INSERT INTO words (text_layer_id, seq, text, start, "end", x0, y0, x1, y1, '
            "confidence, block, line, word) VALUES (?,?,?,?,?,1,2,3,4,NULL,0,0,?)",
            [(p + 1, w, f"word{p}x{w}", 0, 1, w) for w in range(WORDS)],
        )
    db.execute("UPDATE pages SET active_text_layer_id = id")
    db.commit()
    db.close()
    (path.parent / "sources").mkdir()


def _check_upgraded(root: Path) -> None:
    conn = sqlite3.connect(root / "library.sqlite")
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        assert conn.execute("SELECT count(*) FROM layer_words").fetchone()[0] == PAGES
        assert conn.execute("SELECT sum(count) FROM layer_words").fetchone()[0] == PAGES * WORDS
        hits = conn.execute(
            "SELECT rowid FROM page_text_fts WHERE page_text_fts MATCH 'word7x3'"
        ).fetchall()
        assert hits == [(8,)]
    finally:
        conn.close()
    backups = sorted(p.name for p in (root / "backups").iterdir())
    assert len(backups) == 1 and backups[0].startswith("library-0001-"), backups


def _child(root: Path, stop: int) -> list[str]:
    return [sys.executable, "-c", _CHILD, str(root / "library.sqlite"), str(stop)]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("old") / "library"
    _old_library(root / "library.sqlite")
    return root


def _statements(template: Path, tmp_path: Path) -> int:
    root = tmp_path / "count"
    shutil.copytree(template, root)
    run = run_and_kill(_child(root, 0), None)
    assert run.returncode == 0, run.stderr
    _check_upgraded(root)
    return int(run.stdout[-1])


def test_kill_at_a_random_statement_of_the_upgrade(template: Path, tmp_path: Path) -> None:
    total = _statements(template, tmp_path)
    tally = Tally("upgrade (at a random SQL statement)")
    rng = random.Random("upgrade")
    points = sorted(rng.sample(range(1, total + 1), min(kill_runs(), total)))
    for stop in points:
        root = tmp_path / f"stmt{stop}"
        shutil.copytree(template, root)
        for _ in range(2):  # killed at the same point twice: a retry reuses the backup
            run = run_and_kill(_child(root, stop), None)
            assert run.returncode == -9, (stop, run.stderr)
            tally.runs += 1
            tally.killed += 1
        assert not survivors(run.tag)
        after = reopen(root)  # the next open finishes the upgrade
        tally.swept += len(after.swept)
        assert after.integrity == "ok" and after.litter == []
        _check_upgraded(root)
    print(f"\n{tally.line()}; killed at statements {points} of {total}")


def test_kill_at_random_moments_of_the_upgrade(template: Path, tmp_path: Path) -> None:
    root = tmp_path / "timing"
    shutil.copytree(template, root)
    span = _timed(root)
    tally = Tally("upgrade (at random moments)")
    for i, delay in enumerate(delays("upgrade", span, kill_runs())):
        root = tmp_path / f"run{i}"
        shutil.copytree(template, root)
        run = run_and_kill(_child(root, 0), delay)
        tally.runs += 1
        tally.killed += run.killed
        after = reopen(root)
        assert after.integrity == "ok" and after.litter == []
        _check_upgraded(root)
    print("\n" + tally.line())


def _timed(root: Path) -> float:
    start = time.monotonic()
    run = run_and_kill(_child(root, 0), None)
    assert run.returncode == 0, run.stderr
    return time.monotonic() - start
