"""Where an export writes (``app.core.exchange.destination``): a disk that refuses the write."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.core.exchange import destination
from tests.commands.helpers import run
from tests.core.exchange.helpers import add_annotation, new_library, scan_pdf


@pytest.mark.parametrize("fmt", ["json", "text", "csv", "pdf"])
def test_a_read_only_disk_is_said_in_one_line_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """On a read-only disk the temporary file cannot be removed either: that second refusal
    hid the first, and `redline export` said "internal error" (exit 70) for these formats."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    lib, doc = new_library(tmp_path / "lib", pdf)
    add_annotation(lib, doc, 0, "correction", word="Havana", body={"replacement": "HAVANA"})
    lib.close()
    out = tmp_path / "out" / f"set.{fmt}"
    out.parent.mkdir()

    def read_only(*args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(out))

    unlink = Path.unlink

    def no_unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name.endswith(".part"):
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(destination, "_keep_status", read_only)  # (the last step before rename)
    monkeypatch.setattr(Path, "unlink", no_unlink)
    code, _, err = run(
        capsys, "--library", str(tmp_path / "lib"), "export", "--format", fmt, "-o", str(out)
    )
    assert code == 1, err
    assert err.count("\n") == 1 and "Read-only file system" in err and "internal" not in err
    assert not out.exists()


def test_a_publication_mupdf_cannot_save_is_said_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """MuPDF writes the publication itself, and on a read-only disk it raises its own system
    error (not an OSError): said as the disk's reason, not as an internal error (exit 70)."""
    import pymupdf

    pdf = scan_pdf(tmp_path / "scan.pdf")
    new_library(tmp_path / "lib", pdf)[0].close()
    out = tmp_path / "set.pdf"

    def refuse(self: pymupdf.Document, filename: object, **options: object) -> None:
        raise pymupdf.mupdf.FzErrorSystem(f"cannot remove file '{filename}': Read-only file system")

    monkeypatch.setattr(pymupdf.Document, "save", refuse)
    code, _, err = run(
        capsys, "--library", str(tmp_path / "lib"), "export", "--format", "pdf", "-o", str(out)
    )
    assert code == 1, err
    assert err == f"redline: cannot write {out}: Read-only file system\n"
    assert not out.exists() and not list(tmp_path.glob(".set.pdf.*"))
