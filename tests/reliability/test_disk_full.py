"""A full disk: on a small filesystem the test makes (a tmpfs where it may mount one, else every
file the child writes capped by RLIMIT_FSIZE), reading commands and an export to another disk
work, writes fail with one line that says the disk is full, closing never raises, and once
space is back every acknowledged write is there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.builders import make_text_pdf
from tests.reliability.helpers import (
    fill,
    fsize_limit,
    redline,
    reopen,
    run_and_kill,
    small_disk,
)

pytestmark = pytest.mark.slow

# Makes notes one transaction at a time, printing each after its commit, until the library says
# it cannot; then closes it (the checkpoint of a full disk must not raise) and says how it ended.
_WRITER = """
import sys
from app.core.annotating.annotations import create_annotation
from app.core.errors import RedlineError
from app.core.library import Library

lib = Library.open(sys.argv[1])
with lib.reading() as s:
    page = s.connection().exec_driver_sql("SELECT min(id) FROM pages").scalar()
try:
    for i in range(100000):
        create_annotation(lib, page, "note", body={"text": f"note {i} " + "x" * 2000}, author="t")
        print(i, flush=True)
except RedlineError as exc:
    print("refused:", exc, flush=True)
finally:
    lib.close()
print("closed", flush=True)
"""


def _full(err: str) -> bool:
    return "full" in err or "too large" in err.lower() or "failed to read or write" in err


def test_a_full_disk_is_said_as_such_and_loses_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 16) as (disk, how):
        root = disk / "lib"
        folder = tmp_path / "in"
        folder.mkdir()
        for i in range(3):
            make_text_pdf(folder / f"memo-{i}.pdf", [f"memorandum {i}"])
        assert run_and_kill(redline(root, "import", str(folder)), None).returncode == 0
        big = make_text_pdf(tmp_path / "big.pdf", [f"page {p} " * 200 for p in range(300)])
        limit = None
        if how == "tmpfs":
            filler = fill(disk)
        else:  # every file the child writes capped just above what the library holds now
            sizes = [p.stat().st_size for p in root.rglob("*") if p.is_file()]
            limit = fsize_limit(max(sizes) + 4096)
        cli = lambda *a: run_and_kill(redline(root, *a), None, preexec=limit)  # noqa: E731

        listed = cli("list")
        assert listed.returncode == 0 and len(listed.stdout) == 3, listed.stderr
        assert cli("search", "memorandum").returncode == 0
        out = tmp_path / "elsewhere.json"
        exported = cli("export", "-o", str(out))
        assert exported.returncode == 0 and out.stat().st_size > 0, exported.stderr

        imported = cli("import", str(big))
        assert imported.returncode == 1
        assert imported.stderr.count("\n") <= 2 and _full(imported.stderr), imported.stderr
        assert "Traceback" not in imported.stderr and "damaged" not in imported.stderr
        # (the close's own line, when its tidying fails too, in the database's words: no SQL)
        for line in imported.stderr.splitlines():
            assert line.startswith(("failed: ", "redline: ")), imported.stderr
        assert "[SQL:" not in imported.stderr and "sqlalche" not in imported.stderr

        if how == "tmpfs":  # near full: a little room, filled by writes that are then refused
            filler.unlink()
            filler = fill(disk, leave=300_000)
        writer = run_and_kill([sys.executable, "-c", _WRITER, str(root)], None, preexec=limit)
        assert writer.returncode == 0 and "Traceback" not in writer.stderr, writer.stderr
        assert writer.stdout[-1] == "closed" and writer.stdout[-2].startswith("refused: ")
        assert _full(writer.stdout[-2]), writer.stdout[-2]
        acknowledged = len(writer.stdout) - 2
        if how == "tmpfs":
            filler.unlink()
        after = reopen(root)
        assert after.integrity == "ok" and after.litter == []
        assert after.documents == 3 and after.annotations == acknowledged
        made = "a 16 MiB tmpfs" if how == "tmpfs" else "files capped by RLIMIT_FSIZE"
        print(
            f"\n[reliability] disk full ({made}): list, search and an export to another "
            f"disk worked; import refused with one line; {acknowledged} notes acknowledged "
            f"before the disk filled, {after.annotations} found after, 0 lost"
        )
