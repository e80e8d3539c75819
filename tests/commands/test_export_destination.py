"""`redline export` cannot destroy a library, replace what is not a regular file, or overwrite a
file unasked; a replaced file keeps its mode; temporaries of killed exports are swept."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.exchange.destination import part_path
from app.core.library import Library
from tests.commands.helpers import run
from tests.core.exchange.helpers import new_library, scan_pdf


@pytest.fixture
def lib_root(tmp_path: Path) -> Path:
    lib, _ = new_library(tmp_path / "lib", scan_pdf(tmp_path / "scan.pdf"))
    lib.close()
    return tmp_path / "lib"


def _tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` with its SHA-256 (the WAL and shared memory aside)."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def _export(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--library", str(root), "export", *args)


@pytest.mark.parametrize(
    "target",
    [
        ["-o", "{lib}/library.sqlite"],
        ["-o", "{lib}/sources/{sha}"],
        ["-o", "{lib}/sources/new.json"],
        ["-o", "{lib}/backups/x.json"],
        ["--format", "text", "--per-document", "-o", "{lib}/sources"],
        ["--format", "pdf", "-o", "{lib}"],
        ["--format", "alto", "-o", "{lib}/sources"],
        ["--format", "w3c", "-o", "{link}/library.sqlite"],
    ],
    ids=["database", "a-scan", "sources", "backups", "per-document", "pdf-folder", "alto", "link"],
)
def test_export_never_writes_inside_a_library(
    capsys: pytest.CaptureFixture[str], lib_root: Path, tmp_path: Path, target: list[str]
) -> None:
    (lib_root / "backups").mkdir()
    (tmp_path / "link").symlink_to(lib_root)  # the library reached by another name
    sha = next((lib_root / "sources").iterdir()).name
    argv = [a.format(lib=lib_root, sha=sha, link=tmp_path / "link") for a in target]
    before = _tree(lib_root)
    code, out, err = _export(capsys, lib_root, *argv, "--force")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "inside the Redline library" in err, err
    assert _tree(lib_root) == before
    with Library.open(lib_root) as lib, lib.reading() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM documents").scalar() == 1


def test_a_link_a_folder_or_a_pipe_is_refused_not_replaced(
    capsys: pytest.CaptureFixture[str], lib_root: Path, tmp_path: Path
) -> None:
    real = tmp_path / "real.json"
    real.write_text("keep me")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    for target, reason in (
        (link, "symbolic link"),
        (fifo, "not a regular file"),
        (folder, "a folder"),
    ):
        code, _, err = _export(capsys, lib_root, "-o", str(target), "--force")
        assert code == 1 and err.count("\n") == 1 and reason in err, err
    assert link.is_symlink() and real.read_text() == "keep me"
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and folder.is_dir()


def test_an_existing_file_is_replaced_only_with_force_and_keeps_its_mode(
    capsys: pytest.CaptureFixture[str], lib_root: Path, tmp_path: Path
) -> None:
    target = tmp_path / "set.json"
    target.write_text("an older export")
    target.chmod(0o600)
    code, _, err = _export(capsys, lib_root, "-o", str(target))
    assert code == 1 and "exists; use --force" in err and err.count("\n") == 1
    assert target.read_text() == "an older export"
    code, out, _ = _export(capsys, lib_root, "-o", str(target), "--force")
    assert code == 0 and "exported" in out
    assert target.read_text().startswith('{"exported_at"')
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_per_document_files_are_all_checked_before_any_is_written(
    capsys: pytest.CaptureFixture[str], lib_root: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "texts"
    code, _, _ = _export(capsys, lib_root, "--format", "text", "--per-document", "-o", str(out_dir))
    assert code == 0
    (written,) = out_dir.iterdir()
    written.write_text("edited by hand")
    code, _, err = _export(
        capsys, lib_root, "--format", "text", "--per-document", "-o", str(out_dir)
    )
    assert code == 1 and "exists; use --force" in err
    assert written.read_text() == "edited by hand"
    code, _, _ = _export(
        capsys, lib_root, "--format", "text", "--per-document", "-o", str(out_dir), "--force"
    )
    assert code == 0 and "Havana" in written.read_text()


def test_temporaries_of_a_dead_export_are_swept_and_a_live_ones_kept(
    capsys: pytest.CaptureFixture[str], lib_root: Path, tmp_path: Path
) -> None:
    target = tmp_path / "set.json"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    stale = target.with_name(f".set.json.{int(dead.stdout)}.0123456789ab.part")
    stale.write_bytes(b"x" * 1000)
    live = part_path(target)  # this process's: an export still writing
    live.write_bytes(b"y")
    code, _, _ = _export(capsys, lib_root, "-o", str(target))
    assert code == 0
    assert not stale.exists() and live.exists()
    live.unlink()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
