"""Tools > Detect markings: detection in a worker with progress and Cancel; the view and the
library table show what it found."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from app.core.detection import redactions, scan_plan
from app.core.detection import run as detect_run
from app.core.detection.stored import DetectionSummary
from app.core.documents.ingest import import_paths
from app.core.documents.lookup import all_document_ids
from app.core.documents.metadata import document_metadata_entries
from app.core.documents.queries import list_documents
from app.core.errors import LibraryError
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.supervisor import Supervisor
from app.core.wording import translate
from app.ui.base.job_dialog import Job, JobDialog
from app.ui.base.settings import Settings
from app.ui.base.workers import TaskRunner
from app.ui.tools.detect_dialog import DetectionResults, describe_detection, detect_in, detect_work
from app.ui.window.main_window import MainWindow
from tests.builders import make_text_pdf
from tests.pg_helpers import PgServer
from tests.ui.helpers import make_window

STAMPED = [
    "UNCLASSIFIED U.S. Department of State Case No. F-2017-13804 Doc No. C06689721 "
    "Date: 09/14/2017 RELEASE IN FULL",
    "SECRET\nMemorandum for the Secretary of State. The courier arrived on Tuesday.\nSECRET",
]


def _stamped_window(qtbot: QtBot, lib: Library, settings: Settings, tmp_path: Path) -> MainWindow:
    (tmp_path / "stamped").mkdir()
    assert import_paths(lib, [make_text_pdf(tmp_path / "stamped" / "cable.pdf", STAMPED)])[0].ok
    window = MainWindow(lib, settings, synchronous=True)
    qtbot.addWidget(window)
    window.show()
    doc = next(r for r in list_documents(lib) if r.title == "cable")
    assert window.open_document(doc.id)
    return window


def test_detect_in_this_document(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    window = _stamped_window(qtbot, review_library, settings, tmp_path)
    [action] = [
        a
        for a in window._menus["&Tools"].actions()
        if a.text() == "Detect &markings in this document"
    ]
    action.trigger()
    [dialog] = window.findChildren(JobDialog)
    report = dialog.report.toPlainText()
    assert dialog.label.text() == "Done.", report
    assert report.startswith("1 document: ") and " new marking proposals (" in report
    # The document by its title, the values by the names the metadata dialog gives them.
    assert "cable: " in report and "Release status: RELEASE IN FULL" in report
    assert "Document number: C06689721" in report
    assert "release_status" not in report and "(s)" not in report
    assert dialog.bar.value() == dialog.bar.maximum() == 2  # pages
    meta = document_metadata_entries(review_library, window.document_id)  # type: ignore[arg-type]
    assert meta["case_number"].value == "F-2017-13804" and meta["case_number"].origin == "detector"
    row = window.library_model.row_of(window.document_id)  # type: ignore[arg-type]
    assert row is not None
    shown = [window.library_model.index(row, c).data() for c in range(9)]
    assert "F-2017-13804" in shown and "RELEASE IN FULL" in shown and "SECRET" in shown


def _library_job(
    qtbot: QtBot, lib: Library, runner: TaskRunner, tmp_path: Path, more: int
) -> tuple[Job, JobDialog, QPushButton]:
    """Detection in the whole library, with ``more`` stamped documents m0, m1… after the review
    memo: the job, its dialog (not started) and its Cancel button."""
    (tmp_path / "more").mkdir()
    pdfs = [make_text_pdf(tmp_path / "more" / f"m{i}.pdf", STAMPED) for i in range(more)]
    assert all(o.ok for o in import_paths(lib, pdfs))
    job = Job(detect_work(lib, None), runner)
    dialog = JobDialog("Detect markings", job, describe_detection)
    qtbot.addWidget(dialog)
    return job, dialog, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)


def test_the_library_run_counts_the_pages_of_every_document_once_through(
    qtbot: QtBot, review_library: Library, sync_runner: TaskRunner, tmp_path: Path
) -> None:
    """The bar goes once through the pages of all the documents, never back to 0 at the next
    document (it went through each document's pages in turn)."""
    job, dialog, _ = _library_job(qtbot, review_library, sync_runner, tmp_path, 2)
    seen: list[tuple[int, int]] = []
    job.progress.connect(lambda done, total: seen.append((done, total)))
    dialog.run()
    pages = sum(r.page_count for r in list_documents(review_library))
    assert dialog.label.text() == "Done." and pages > 4  # the review memo and two of two pages
    assert {total for _, total in seen} == {pages}
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert dialog.bar.value() == dialog.bar.maximum() == pages


def test_the_library_run_names_the_document_it_began_last(
    qtbot: QtBot, review_library: Library, sync_runner: TaskRunner, tmp_path: Path
) -> None:
    """ "Detect markings: 3 of 7 — m0": which document the pages in hand are of (the bar
    counts the pages of them all)."""
    job, dialog, _ = _library_job(qtbot, review_library, sync_runner, tmp_path, 2)
    labels: list[str] = []
    job.progress.connect(lambda *_: labels.append(dialog.label.text()))  # (after the dialog's)
    dialog.run()
    named = list(dict.fromkeys(text.split(" — ", 1)[1] for text in labels if " — " in text))
    titles = {r.id: r.title for r in list_documents(review_library)}
    assert named == [titles[i] for i in all_document_ids(review_library)]
    assert named[-2:] == ["m0", "m1"] and labels[-1].startswith("Detect markings: ")


def test_cancel_detection_in_the_library(
    qtbot: QtBot, review_library: Library, sync_runner: TaskRunner, tmp_path: Path
) -> None:
    job, dialog, cancel = _library_job(qtbot, review_library, sync_runner, tmp_path, 2)
    job.progress.connect(lambda *_: cancel.click())
    dialog.run()
    assert job.cancelled and dialog.label.text() == "Cancelled."
    done = len(job.result.summaries) if job.result is not None else 0
    assert done < 3  # stopped before the last document


def test_a_cancel_within_a_document_says_what_it_kept(
    qtbot: QtBot,
    review_library: Library,
    sync_runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cancel once two documents are detected (stored as each ends, whichever ends first): the
    report says, in words, that those two keep their proposals, nothing was written for the
    first of the others (in hand) and one never began (no exception's name), and the library
    holds just that."""
    job, dialog, cancel = _library_job(qtbot, review_library, sync_runner, tmp_path, 3)

    real_store = detect_run._store
    title_of = {r.id: r.title for r in list_documents(review_library)}
    stored: list[DocumentId] = []

    def store(lib: Library, document_id: DocumentId, *args: Any) -> DetectionSummary:
        summary = real_store(lib, document_id, *args)
        stored.append(document_id)
        if len(stored) == 2:  # the second document stored: Cancel
            cancel.click()
        return summary

    monkeypatch.setattr(detect_run, "_store", store)
    dialog.run()
    report = dialog.report.toPlainText()
    assert job.cancelled and dialog.label.text() == "Cancelled.", report
    assert "DetectionCancelled" not in report
    in_hand = next(d for d in all_document_ids(review_library) if d not in stored)
    assert report.startswith(
        f"Stopped: nothing was written for “{title_of[in_hand]}”, the document in hand.\n"
        "1 more document was not detected.\n"
        "2 documents detected before the cancel keep their proposals:\n"
        "2 documents: "
    ), report
    assert report.endswith("Proposals wait in the document for you to accept or reject.")
    with review_library.reading() as s:
        titles = s.connection().exec_driver_sql(
            "SELECT DISTINCT d.title FROM annotations a JOIN pages p ON p.id = a.page_id "
            "JOIN documents d ON d.id = p.document_id"
        )
        marked = sorted(title_of[d] for d in stored if title_of[d] != "review-memo")
        assert sorted(titles.scalars()) == marked  # (the review memo has no marking)
    assert dialog.grab().save(os.environ.get("REDLINE_DETECT_PNG", str(tmp_path / "stop.png")))


def test_a_run_the_library_stopped_says_why_and_what_it_kept(
    qtbot: QtBot,
    review_library: Library,
    sync_runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The library fails as the third document is stored (the server gone, the disk full):
    the report says why in the window's words, then what the stop left, as a cancel's does; it
    said only the error before, the first two documents' proposals stored."""
    job, dialog, _ = _library_job(qtbot, review_library, sync_runner, tmp_path, 3)
    real_store = detect_run._store
    title_of = {r.id: r.title for r in list_documents(review_library)}
    asked: list[DocumentId] = []

    def store(lib: Library, document_id: DocumentId, *args: Any) -> DetectionSummary:
        asked.append(document_id)
        if len(asked) == 3:
            raise LibraryError(
                translate("Redline", "The server holding {location} cannot be reached ({reason}).")
                .format(location="postgresql://archive/cables", reason="connection refused")
            )  # fmt: skip
        return real_store(lib, document_id, *args)

    monkeypatch.setattr(detect_run, "_store", store)
    dialog.run()
    report = dialog.report.toPlainText()
    assert report.startswith(
        "The server holding postgresql://archive/cables cannot be reached (connection refused).\n"
        f"Stopped: nothing was written for “{title_of[asked[2]]}”, the document in hand.\n"
        "1 more document was not detected.\n"
        "2 documents detected before it stopped keep their proposals:\n"
        "2 documents: "
    ), report
    assert "DetectionStopped" not in report and "Traceback" not in report
    assert not job.cancelled and job.result is not None  # (the report, not an error's dialog)
    assert dialog.label.text() == "Stopped."  # (not "Done.")


def test_a_cancelled_single_document_says_nothing_was_written() -> None:
    results = DetectionResults([], {DocumentId(4): "cable"}, stopped_in=DocumentId(4))
    assert describe_detection(results) == (
        "Stopped: nothing was written for “cable”, the document in hand."
    )
    untitled = DetectionResults([], {}, stopped_in=DocumentId(4))  # (a library that stopped)
    assert describe_detection(untitled) == (  # (not by its id: "document 4" says nothing)
        "Stopped: nothing was written for the document in hand."
    )


def test_no_document_open_says_so(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = MainWindow(review_library, settings, synchronous=True)
    qtbot.addWidget(window)
    assert detect_in(window, whole_library=False) is None
    assert window.current_message() == "Open a document first."


def test_the_report_says_where_banners_were_re_read() -> None:
    summary = DetectionSummary(
        DocumentId(1), 3, 4, 4, 0, 0, {"classification": "TOP SECRET"}, pages_rescanned=2
    )
    text = describe_detection(DetectionResults([summary], {DocumentId(1): "Bulletin"}))
    assert "Banners re-read from the scan on 2 pages." in text and "earlier" not in text
    cached = replace(summary, pages_rescanned=0, pages_from_cache=1)
    text = describe_detection(DetectionResults([cached], {DocumentId(1): "Bulletin"}))
    assert "re-read" not in text
    assert "Banners of 1 page taken from their earlier reading (not read again)." in text
    assert "Bulletin: Highest classification: TOP SECRET" in text


def test_the_reports_metadata_names_are_in_the_windows_language(qapp: Any, tmp_path: Path) -> None:
    """ "Höchste Einstufung: CONFIDENTIAL" in German (the names were English in de and fr)."""
    from app.ui.base.language import install, uninstall
    from app.ui.tools.detect_dialog import metadata_label
    from tests.ui.reading import compiled

    assert install(qapp, "de", compiled(tmp_path / "qm")) == "de"
    try:
        assert metadata_label("classification") == "Höchste Einstufung"
        assert metadata_label("some_new_key") == "Some new key"
    finally:
        uninstall(qapp)
    assert metadata_label("classification") == "Highest classification"


def test_a_run_the_server_stopped_keeps_each_document_it_finished_and_says_so_once(
    qtbot: QtBot,
    own_server: PgServer,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Detection in a team library whose server goes away (an administrator's restart) while
    the first document's last page is still searched, the two after it already finished: those
    two keep their proposals (they waited for the first, and the failed store of the first lost
    them), the report names the document in hand by its title (it said "document 1" while the
    bar named another), and it is said once, in the job's report (a message box said it again,
    from the window reading the library again after the run)."""
    lib = Library.open(own_server.url(own_server.create_database()))
    (tmp_path / "docs").mkdir()
    pdfs = [make_text_pdf(tmp_path / "docs" / f"{n}.pdf", STAMPED) for n in ("d0", "d1", "d2")]
    assert all(o.ok for o in import_paths(lib, pdfs))
    ids = {r.title: r.id for r in list_documents(lib)}
    first = str(lib.source_path(detect_run._source(lib, ids["d0"])[0]))
    stored: list[DocumentId] = []
    others_stored = threading.Event()
    real_store, real_search = detect_run._store, redactions.page_redactions

    def store(library: Library, document_id: DocumentId, *args: Any) -> DetectionSummary:
        summary = real_store(library, document_id, *args)
        stored.append(document_id)
        if {ids["d1"], ids["d2"]} <= set(stored):
            others_stored.set()
        return summary

    def search(source: str, kind: str, index: int, *args: Any) -> Any:
        if source == first and index == 1:  # the first document's last page
            others_stored.wait(10.0)  # (on the code before they waited for it, unstored)
            own_server.pause()
        return real_search(source, kind, index, *args)

    monkeypatch.setattr(detect_run, "_store", store)
    monkeypatch.setattr(scan_plan, "page_redactions", search)
    monkeypatch.setattr(detect_run, "Supervisor", partial(Supervisor, executor=ThreadPoolExecutor))
    window = make_window(qtbot, lib, settings)
    assert window.open_document(ids["d0"])
    dialog = detect_in(window, whole_library=True)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.job.done, timeout=60_000)
    report = dialog.report.toPlainText()
    assert dialog.label.text() == "Stopped.", report
    lines = report.splitlines()
    assert lines[0].startswith("The server holding ") and "cannot be reached" in lines[0]
    assert lines[1:3] == [
        "Stopped: nothing was written for “d0”, the document in hand.",
        "2 documents detected before it stopped keep their proposals:",
    ], report
    assert lines[3].startswith("2 documents: ")
    assert any(line.startswith("d1: ") for line in lines), report  # (by title, not by id)
    assert "cannot be reached" not in window.current_message()  # said once: in the report
    assert dialog.grab().save(os.environ.get("REDLINE_DETECT_STOPPED_PNG", str(tmp_path / "s.png")))
    own_server.resume()
    with lib.reading() as s:
        kept = s.connection().exec_driver_sql(
            "SELECT DISTINCT d.title FROM annotations a JOIN pages p ON p.id = a.page_id "
            "JOIN documents d ON d.id = p.document_id"
        )
        assert sorted(kept.scalars()) == ["d1", "d2"]
    lib.close()


def test_the_report_says_how_many_found_the_document_already_had() -> None:
    """Found but not proposed (a person's marking on the same words, a proposal made before):
    the window said only "0 new marking proposals (3 found)", as if they were lost."""
    summary = DetectionSummary(DocumentId(1), 3, 3, 1, 1, 0, markings_known=2, redactions_known=1)
    text = describe_detection(DetectionResults([summary], {DocumentId(1): "Memo"}))
    assert (
        "3 of those found were not proposed: the document already has them (marked by a person,"
        " or proposed before)." in text
    )
    one = replace(summary, markings_known=1, redactions_known=0)
    assert "1 of those found was not proposed: the document already has it" in describe_detection(
        DetectionResults([one], {DocumentId(1): "Memo"})
    )
    none = replace(summary, markings_known=0, redactions_known=0)
    assert "not proposed" not in describe_detection(DetectionResults([none], {}))
