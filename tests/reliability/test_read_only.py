"""A library the kernel will not let us write (a read-only bind mount as root, whom file modes
do not stop; read-only modes for anyone else): every reading command works, and a writing one is
refused with one line that says the library is read-only."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from db.migrate import alembic_config
from tests.builders import make_text_pdf
from tests.reliability.helpers import read_only_view, redline, run_and_kill

pytestmark = pytest.mark.slow


def _digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _library(root: Path, tmp_path: Path) -> Path:
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["The shipment arrived in Havana."])
    assert run_and_kill(redline(root, "import", str(pdf)), None).returncode == 0
    return pdf


def test_a_read_only_library_is_read_and_writes_are_refused_in_one_line(tmp_path: Path) -> None:
    pdf = _library(tmp_path / "lib", tmp_path)
    before = _digest(tmp_path / "lib")
    with read_only_view(tmp_path / "lib", tmp_path / "ro") as (root, how):
        with pytest.raises(OSError):  # the kernel really refuses
            (root / "probe").write_text("x")
        for args in (["list"], ["search", "Havana"], ["info", "memo"]):
            done = run_and_kill(redline(root, *args), None)
            assert done.returncode == 0 and done.stderr == "", (args, done.stderr)
        assert (
            "Havana"
            in run_and_kill(redline(root, "search", "Havana"), None).stdout[0]
            + (run_and_kill(redline(root, "search", "Havana"), None).stdout[1])
        )
        out = tmp_path / "out.json"
        assert run_and_kill(redline(root, "export", "-o", str(out)), None).returncode == 0
        other = make_text_pdf(tmp_path / "other.pdf", ["another memo"])
        for args in (["import", str(other)], ["import-annotations", str(out)], ["ocr"]):
            done = run_and_kill(redline(root, *args), None)
            assert done.returncode == 1, (args, done.stderr)
            assert done.stderr.count("\n") == 1 and "read-only" in done.stderr, done.stderr
            assert "another Redline" not in done.stderr and "Traceback" not in done.stderr
    assert _digest(tmp_path / "lib") == before
    assert pdf.exists()
    print(f"\n[reliability] read-only ({how}): list, search, info, export read it; import, "
          "import-annotations and ocr refused in one line; the library unchanged")  # fmt: skip


def test_an_older_library_read_only_says_it_needs_an_upgrade(tmp_path: Path) -> None:
    root = tmp_path / "old"
    root.mkdir()
    (root / "sources").mkdir()
    engine = create_engine(f"sqlite:///{root / 'library.sqlite'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    with read_only_view(root, tmp_path / "ro") as (view, _):
        done = run_and_kill(redline(view, "list"), None)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "needs an upgrade" in done.stderr and "no such table" not in done.stderr


def test_an_uncleanly_closed_read_only_library_is_read_or_says_why(tmp_path: Path) -> None:
    _library(tmp_path / "lib", tmp_path)
    db = sqlite3.connect(tmp_path / "lib" / "library.sqlite")  # a writer that never closed:
    db.execute("PRAGMA wal_autocheckpoint=0")  # its last commit is only in the WAL
    db.execute("UPDATE documents SET title = 'Renamed'")
    db.commit()
    shutil.copytree(tmp_path / "lib", tmp_path / "copy")  # as a crash would leave it
    db.close()
    with read_only_view(tmp_path / "copy", tmp_path / "ro") as (view, _):
        done = run_and_kill(redline(view, "list"), None)
    if done.returncode == 0:
        assert "Renamed" in done.stdout[0]  # read with the WAL: nothing committed is missing
    else:
        assert done.stderr.count("\n") == 1 and "not closed cleanly" in done.stderr
