"""A dry run's conversion of a W3C file kept for the import that follows it (the window's Apply
after its dry run): reused once when the file's digest, the library, the author and what the
library holds are the same, converted again otherwise; the same outcome either way."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.records import AnnotationFilter
from app.core.documents.ingest import import_file
from app.core.exchange.iiif import export_iiif
from app.core.exchange.w3c import export_w3c
from app.core.exchange.w3c_import import (
    file_fingerprint,
    forget_kept_conversion,
    import_annotation_file,
)
from app.core.library import Library
from tests.core.exchange.helpers import add_annotation, conversions
from tests.core.exchange.published_helpers import (
    PUBLISHED_BY_DEFAULT,
    Published,
    publication_pdf,
    published_library,
)


@pytest.fixture
def pub(tmp_path: Path) -> Iterator[Published]:
    published = published_library(tmp_path / "lib", publication_pdf(tmp_path))
    yield published
    published.lib.close()


def _fresh(pub: Published, folder: Path) -> Library:
    """Another library holding the same scan, and nothing else."""
    lib = Library.open(folder)
    assert import_file(lib, pub.pdf).ok
    return lib


@pytest.fixture
def fresh(pub: Published, tmp_path: Path) -> Iterator[Library]:
    lib = _fresh(pub, tmp_path / "fresh")
    yield lib
    lib.close()
    forget_kept_conversion()  # (kept by a test's last dry run)


@pytest.fixture
def w3c_file(pub: Published, tmp_path: Path) -> Path:
    path = tmp_path / "set.jsonld"
    export_w3c(pub.lib, path, base_url="https://example.org/pub", dpi=100)
    return path


def _rows(lib: Library) -> list[str]:
    """Every annotation of ``lib`` as listed (what an import made), in uuid order."""
    found = list_annotations(lib, AnnotationFilter(include_deleted=True))
    return [repr(a) for a in sorted(found, key=lambda a: a.uuid)]


def _scratch(tmp_path: Path) -> list[Path]:
    """This process's merge working folders among the temporary files."""
    return sorted(Path(tempfile.gettempdir()).glob(f"redline-merge-{os.getpid()}-*"))


@pytest.mark.parametrize("in_process", [False, True], ids=["here", "in-a-worker"])
def test_the_import_after_a_dry_run_reuses_its_conversion(
    pub: Published,
    fresh: Library,
    w3c_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    in_process: bool,
) -> None:
    """The file converted once (here, or in a worker for a large file), and the annotations it
    adds the same as those an import without a dry run adds."""
    import app.core.exchange.w3c_import as module

    if in_process:
        monkeypatch.setattr(module, "PROCESS_BYTES", w3c_file.stat().st_size)
    other = _fresh(pub, tmp_path / "other")
    expected = import_annotation_file(other, w3c_file, author="me", in_process=in_process)
    where = conversions(monkeypatch)
    before = _scratch(tmp_path)
    seen = file_fingerprint(w3c_file)
    dry = import_annotation_file(
        fresh, w3c_file, author="me", dry_run=True, in_process=in_process, fingerprint=seen
    )
    report = import_annotation_file(
        fresh, w3c_file, author="me", in_process=in_process, fingerprint=seen
    )
    assert where == ["worker" if in_process else "here"]
    assert sorted(dry.added) == sorted(report.added) == sorted(expected.added)
    assert len(report.added) == len(PUBLISHED_BY_DEFAULT)
    assert report.w3c and report.not_placed == expected.not_placed and not report.dry_run
    assert _rows(fresh) == _rows(other)
    assert _scratch(tmp_path) == before  # the kept working copy removed once merged
    other.close()


def test_a_conversion_is_not_reused_when_the_file_library_or_author_differs(
    pub: Published, fresh: Library, w3c_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    where = conversions(monkeypatch)

    def dry_then_apply(change: Any, author: str = "me") -> None:
        seen = file_fingerprint(w3c_file)
        import_annotation_file(fresh, w3c_file, author="me", dry_run=True, fingerprint=seen)
        change()
        seen = file_fingerprint(w3c_file)
        import_annotation_file(fresh, w3c_file, author=author, fingerprint=seen)

    # the library changed between the two (an annotation added: what it holds is read again)
    dry_then_apply(lambda: add_annotation(fresh, pub.doc_id, 0, "note", body={"text": "new"}))
    assert where == ["here", "here"]
    # the file rewritten (a note changed), so its digest
    data = json.loads(w3c_file.read_text(encoding="utf-8"))

    def rewrite() -> None:
        w3c_file.write_text(json.dumps(data, indent=1), encoding="utf-8")

    dry_then_apply(rewrite)
    assert where == ["here"] * 4
    dry_then_apply(lambda: None, author="someone else")  # another author's import
    assert where == ["here"] * 6
    dry_then_apply(lambda: None)  # the same: the import reuses the dry run's
    assert where == ["here"] * 7
    # no fingerprint (the command line's import), or none read: nothing kept, nothing reused
    import_annotation_file(fresh, w3c_file, author="me", dry_run=True)
    import_annotation_file(fresh, w3c_file, author="me", dry_run=True, fingerprint="")
    import_annotation_file(fresh, w3c_file, author="me", fingerprint="")
    assert where == ["here"] * 10


def test_a_iiif_site_is_converted_again_its_pages_are_other_files(
    pub: Published, fresh: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A IIIF site's digest is its ``collection.json``'s: an annotation page changed after the
    dry run would not show in it, so its conversion is not kept."""
    export_iiif(pub.lib, tmp_path / "site")
    site = tmp_path / "site" / "collection.json"
    where = conversions(monkeypatch)
    seen = file_fingerprint(site)
    import_annotation_file(fresh, site, author="me", dry_run=True, in_process=True,
                           fingerprint=seen)  # fmt: skip
    report = import_annotation_file(fresh, site, author="me", in_process=True, fingerprint=seen)
    assert where == ["worker", "worker"]
    assert len(report.added) == len(PUBLISHED_BY_DEFAULT)


def test_a_kept_conversion_is_let_go(
    pub: Published, fresh: Library, w3c_file: Path, tmp_path: Path
) -> None:
    before = _scratch(tmp_path)
    seen = file_fingerprint(w3c_file)
    import_annotation_file(fresh, w3c_file, author="me", dry_run=True, fingerprint=seen)
    assert len(_scratch(tmp_path)) == len(before) + 1  # its working copy
    forget_kept_conversion()
    assert _scratch(tmp_path) == before
    report = import_annotation_file(fresh, w3c_file, author="me", fingerprint=seen)
    assert len(report.added) == len(PUBLISHED_BY_DEFAULT)  # (converted again)


def test_a_team_library_reuses_a_conversion_too(
    pub: Published, w3c_file: Path, pg_library_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the library holds is read the same way from a server (one statement of counts, the
    latest times and ids)."""
    where = conversions(monkeypatch)
    with Library.open(pg_library_url) as team:
        assert import_file(team, pub.pdf).ok
        seen = file_fingerprint(w3c_file)
        import_annotation_file(team, w3c_file, author="me", dry_run=True, fingerprint=seen)
        report = import_annotation_file(team, w3c_file, author="me", fingerprint=seen)
        assert len(report.added) == len(PUBLISHED_BY_DEFAULT)
        assert where == ["here"]
        import_annotation_file(team, w3c_file, author="me", dry_run=True, fingerprint=seen)
        with team.reading() as session:
            doc_id = session.connection().exec_driver_sql("SELECT id FROM documents").scalar()
        add_annotation(team, int(doc_id or 0), 0, "note", body={"text": "new"})
        import_annotation_file(team, w3c_file, author="me", fingerprint=seen)
        assert where == ["here"] * 3
