"""Publishing in a worker process (as the window does): the same result and errors as in-process,
progress, Cancel, and a worker that dies, each leaving no partial file."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app.core.exchange.common import ExportCancelled, ExportError, ExportScope
from app.core.exchange.export_process import export_in_process, export_pdf_in_process
from app.core.exchange.pdf import PublicationOptions
from app.core.exchange.pdf_plan import PendingProposals
from app.core.ids import DocumentId
from app.core.library import Library
from tests.core.exchange.helpers import add_annotation, new_library, scan_pdf, word_box
from tests.core.exchange.publication_helpers import region


@pytest.fixture
def library(tmp_path: Path) -> Iterator[tuple[Library, DocumentId]]:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    add_annotation(lib, doc_id, 0, "redaction", region=region(word_box(pdf, 0, "Director")),
                   body={"exemptions": ["B6"]})  # fmt: skip
    yield lib, doc_id
    lib.close()


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".")]


def test_the_worker_publishes_and_reports(
    tmp_path: Path, library: tuple[Library, DocumentId]
) -> None:
    lib, doc_id = library
    seen: list[tuple[int, int]] = []
    out = tmp_path / "pub.pdf"
    report = export_pdf_in_process(
        lib.root, out, ExportScope(documents=[doc_id]), on_progress=lambda d, t: seen.append((d, t))
    )
    assert out.exists() and report.burned == 1 and report.verified
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)  # 2 pages burned, 2 verified


def test_pending_proposals_refuse_across_the_process(
    tmp_path: Path, library: tuple[Library, DocumentId]
) -> None:
    lib, doc_id = library
    add_annotation(lib, doc_id, 1, "redaction", region=(10, 10, 20, 20), body={"exemptions": []},
                   status="proposed", origin="detector")  # fmt: skip
    with pytest.raises(PendingProposals, match="--pending skip") as caught:
        export_pdf_in_process(lib.root, tmp_path / "pub.pdf", ExportScope(documents=[doc_id]))
    assert caught.value.count == 1 and not (tmp_path / "pub.pdf").exists()
    skip = PublicationOptions(pending="skip")
    export_pdf_in_process(lib.root, tmp_path / "pub.pdf", options=skip)
    assert (tmp_path / "pub.pdf").exists()


def test_cancel_leaves_no_file(tmp_path: Path, library: tuple[Library, DocumentId]) -> None:
    lib, _ = library
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(ExportCancelled):
        export_pdf_in_process(lib.root, tmp_path / "pub.pdf", cancel=cancel)
    assert not (tmp_path / "pub.pdf").exists() and not _leftovers(tmp_path)


def test_a_worker_that_dies_says_so_and_leaves_no_file(
    tmp_path: Path, library: tuple[Library, DocumentId]
) -> None:
    lib, _ = library

    def kill_worker(done: int, _total: int) -> None:
        if done == 2:  # while verifying: the file is written beside its destination
            for child in multiprocessing.active_children():
                if child.pid is not None:
                    os.kill(child.pid, signal.SIGKILL)

    with pytest.raises(ExportError, match="stopped unexpectedly"):
        export_pdf_in_process(lib.root, tmp_path / "pub.pdf", on_progress=kill_worker)
    assert not (tmp_path / "pub.pdf").exists() and not _leftovers(tmp_path)


def test_a_team_library_publishes_from_its_server_not_its_cache_folder(
    tmp_path: Path, pg_library_url: str
) -> None:
    """The worker opens the library the window has open: a team library's ``root`` is only its
    cache folder (publishing from the window on a team library failed with "There is no
    library at ~/.cache/redline/servers/…" until 2026-12-07)."""
    from app.core.documents.ingest import import_file

    pdf = scan_pdf(tmp_path / "scan.pdf")
    with Library.open(pg_library_url) as lib:
        doc_id = import_file(lib, pdf).document_id
        assert doc_id is not None
        add_annotation(lib, doc_id, 0, "redaction", region=region(word_box(pdf, 0, "Director")),
                       body={"exemptions": ["B6"]})  # fmt: skip
        assert lib.address == pg_library_url and lib.address != str(lib.root)
        report = export_pdf_in_process(lib.address, tmp_path / "pub.pdf")
    assert report.burned == 1 and report.verified and (tmp_path / "pub.pdf").exists()


def test_a_w3c_set_and_a_csv_file_come_out_of_the_worker_as_they_do_in_process(
    tmp_path: Path, library: tuple[Library, DocumentId]
) -> None:
    """(The window exports W3C and CSV in a worker: their read-back checks hold Python's lock
    in long pieces.) The same bytes, options passed through, the summary back."""
    from datetime import UTC, datetime

    from app.core.exchange.csv_export import export_csv
    from app.core.exchange.w3c import export_w3c

    lib, doc_id = library
    add_annotation(lib, doc_id, 1, "note", body={"text": "see the cable"})
    when = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    here = export_w3c(lib, tmp_path / "here.jsonld", dpi=100, exported_at=when)
    there = export_in_process(lib.root, export_w3c, tmp_path / "there.jsonld", dpi=100,
                              exported_at=when)  # fmt: skip
    assert there == replace(here, path=str(tmp_path / "there.jsonld"))
    mine = (tmp_path / "here.jsonld").read_text().replace("here-text", "there-text")
    assert (tmp_path / "there.jsonld").read_text() == mine
    export_csv(lib, tmp_path / "here.csv")
    export_in_process(lib.root, export_csv, tmp_path / "there.csv")
    assert (tmp_path / "there.csv").read_bytes() == (tmp_path / "here.csv").read_bytes()


def test_only_what_the_dead_worker_was_writing_is_removed(tmp_path: Path) -> None:
    from app.core.exchange.worker import _remove_partials

    (tmp_path / ".set.jsonld.4242.0123456789ab.part").write_text("half")
    (tmp_path / ".set-text.4242.0123456789ab.part").mkdir()
    (tmp_path / ".set-text.4242.0123456789ab.part" / "p1.txt").write_text("half")
    other = tmp_path / ".set.jsonld.777.0123456789ab.part"  # another export's, still running
    other.write_text("mine")
    _remove_partials(tmp_path / "set.jsonld", 4242)
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name]
