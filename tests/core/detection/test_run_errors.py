"""A page whose work on its scan raises in the worker process (the redaction-box search made to
raise on one page inside the real, forked worker, as MuPDF does on a page it cannot render; a
real damaged page tree in the library's copy of a source) gets a warning with the reason in one
line; it keeps its text's proposals, the other pages and the other documents are detected, and
the worker's traceback goes to the log file. A bug in the parent still ends the run."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from app.core import errorlog
from app.core.detection import redactions
from app.core.detection import run as detect
from app.core.detection.run import detect_documents
from app.core.documents.ingest import import_file
from app.core.errors import LibraryError
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.supervisor import Supervisor
from tests.builders import DISK_FULL, make_text_pdf, stores_then_fails

PAGES = [f"SECRET\nMemorandum, page {i}. The courier came on Tuesday.\nSECRET" for i in (1, 2, 3)]
DAMAGED = "code=2: cannot render the page: broken content stream"


def _import(lib: Library, tmp_path: Path, name: str) -> DocumentId:
    doc_id = import_file(lib, make_text_pdf(tmp_path / f"{name}.pdf", PAGES)).document_id
    assert doc_id is not None
    return doc_id


def _source(lib: Library, doc_id: DocumentId) -> str:
    with lib.reading() as s:
        sha = (
            s.connection()
            .exec_driver_sql("SELECT source_sha256 FROM documents WHERE id = ?", (doc_id,))
            .scalar_one()
        )
    return str(lib.source_path(sha))


def _search_fails_on(monkeypatch: pytest.MonkeyPatch, source: str, index: int) -> None:
    """The redaction-box search raises on page ``index`` of ``source``, in the worker (forked:
    it inherits the patch)."""
    monkeypatch.setattr(detect, "pool_context", lambda: multiprocessing.get_context("fork"))
    real = redactions.find_redactions

    def find_redactions(page: pymupdf.Page, *args: Any) -> Any:
        if page.parent.name == source and page.number == index:
            raise RuntimeError(f"{DAMAGED}\n(a second line that the warning leaves out)")
        return real(page, *args)

    monkeypatch.setattr(redactions, "find_redactions", find_redactions)


def _pages_with_markings(lib: Library) -> set[tuple[DocumentId, int]]:
    with lib.reading() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT p.document_id, p.page_index FROM annotations a JOIN pages p "
            "ON p.id = a.page_id WHERE a.kind = 'marking' AND a.start IS NOT NULL"
        )
        return {(DocumentId(d), i) for d, i in rows}


def test_a_page_whose_search_raises_is_a_warning_and_detection_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library.open(tmp_path / "library") as lib:
        first, second = _import(lib, tmp_path, "first"), _import(lib, tmp_path, "second")
        _search_fails_on(monkeypatch, _source(lib, first), 1)
        summaries = detect_documents(lib, [first, second])
        assert [s.document_id for s in summaries] == [first, second]
        warned, clean = summaries
        assert tuple(map(str, warned.warnings)) == (
            f"page 2: redaction boxes not searched (failed: {DAMAGED})",
        )
        assert clean.warnings == ()
        # Every page keeps the markings its text gives, the failed one too.
        assert _pages_with_markings(lib) == {(d, i) for d in (first, second) for i in range(3)}
    log = errorlog.log_file().read_text(encoding="utf-8")
    assert f"detection: document {first}, page 2, boxes" in log
    assert "in the worker process:" in log and "in find_redactions" in log


@pytest.mark.parametrize("order", ["as ended", "reversed"])
def test_a_page_the_damaged_source_no_longer_has_is_warned_of(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, order: str
) -> None:
    """The library's copy of the source damaged after import as ``make_damaged_page_pdf`` does
    (its second page posing as a page tree): MuPDF then cannot read its third page, which was
    skipped without a word before. Its two notes read in one order, whichever of its tasks
    ends first (they raced: 2 runs in 15 listed them the other way round)."""
    if order == "reversed":
        run = Supervisor.run

        def reversed_run(self: Supervisor, *args: Any, **kwargs: Any) -> Iterator[Any]:
            ended = list(run(self, *args, **kwargs))
            yield from reversed(ended)

        monkeypatch.setattr(Supervisor, "run", reversed_run)
    with Library.open(tmp_path / "library") as lib:
        first, second = _import(lib, tmp_path, "first"), _import(lib, tmp_path, "second")
        path = Path(_source(lib, first))
        with pymupdf.open(path) as doc:
            doc.xref_set_key(doc[1].xref, "Type", "/Pages")
            damaged = doc.tobytes()
        path.chmod(0o644)
        path.write_bytes(damaged)
        warned, clean = detect_documents(lib, [first, second])
        assert [str(w).split(" (failed: ")[0] for w in warned.warnings] == [
            "page 3: redaction boxes not searched",
            "page 3: levels not checked for a strike line",
        ]
        assert all("\n" not in str(w) for w in warned.warnings) and clean.warnings == ()
        assert _pages_with_markings(lib) == {(d, i) for d in (first, second) for i in range(3)}


def test_a_bug_in_the_parent_still_ends_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("a bug in the parent")

    monkeypatch.setattr(detect, "take", broken)
    with Library.open(tmp_path / "library") as lib:
        doc_id = _import(lib, tmp_path, "memo")
        with pytest.raises(RuntimeError, match="a bug in the parent"):
            detect_documents(lib, [doc_id])


def test_a_library_that_stops_the_run_names_the_document_in_hand_and_those_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills (or the server goes) while the second of three documents is stored: the
    first keeps its proposals and is named as kept, nothing is written for the second (named as
    the document in hand), the third is never begun; the library's error is the reason."""
    full = LibraryError(DISK_FULL)
    store, _ = stores_then_fails(detect._store, full)
    monkeypatch.setattr(detect, "_store", store)
    with Library.open(tmp_path / "library") as lib:
        ids = [_import(lib, tmp_path, name) for name in ("first", "second", "third")]
        with pytest.raises(detect.DetectionStopped, match="is full") as stopped:
            detect_documents(lib, ids)
        assert stopped.value.reason is full and stopped.value.document_id == ids[1]
        assert [s.document_id for s in stopped.value.done] == [ids[0]]
        assert {d for d, _ in _pages_with_markings(lib)} == {ids[0]}
