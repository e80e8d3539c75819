"""File > Import Annotations: dry run first, what would change, Apply, the report with conflicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from app.core.annotating.tags import create_tag
from app.core.documents.queries import PageInfo
from app.core.exchange.merge_outcome import MergeReport
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from app.ui.base.settings import Settings
from app.ui.base.workers import TaskRunner
from app.ui.tools.merge_dialog import MergeDialog
from tests.core.exchange.helpers import add_annotation, new_library, scan_pdf
from tests.ui.annotating.helpers import open_window


def _two_libraries(tmp_path: Path) -> tuple[Library, int, Library, Path]:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    mine, doc_id = new_library(tmp_path / "mine", pdf)
    theirs, their_doc = new_library(tmp_path / "theirs", pdf)
    add_annotation(theirs, their_doc, 0, "correction", word="Havana", body={"replacement": "H."})
    add_annotation(theirs, their_doc, 1, "note", body={"text": "see the cable"})
    export_json(theirs, tmp_path / "theirs.json")
    theirs.close()
    return mine, doc_id, theirs, tmp_path / "theirs.json"


def _annotations(lib: Library) -> int:
    with lib.reading() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM annotations").scalar_one())


def test_a_large_w3c_file_is_converted_once_for_its_dry_run_and_apply(
    qtbot: QtBot, tmp_path: Path, sync_runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Apply converted the file again after the dry run had (a large file: seconds, in a worker
    process): the dry run's conversion is kept, keyed by the file's digest, and used once."""
    import app.core.exchange.w3c_import as module
    from app.core.exchange import worker
    from app.core.exchange.w3c import export_w3c

    mine, doc_id, _, _ = _two_libraries(tmp_path)
    add_annotation(mine, doc_id, 0, "note", body={"text": "mine"})
    export_w3c(mine, tmp_path / "set.jsonld")
    fresh, _ = new_library(tmp_path / "fresh", tmp_path / "scan.pdf")
    monkeypatch.setattr(module, "PROCESS_BYTES", 1)  # (as a file of megabytes is read)
    run, sent = worker.in_process, []

    def in_worker(*args: Any, **kwargs: Any) -> Any:
        sent.append(args[1])
        return run(*args, **kwargs)

    monkeypatch.setattr(worker, "in_process", in_worker)
    dialog = MergeDialog(fresh, tmp_path / "set.jsonld", sync_runner, author="Ana")
    qtbot.addWidget(dialog)
    dialog.start()
    assert "would change: 1 added" in dialog.details.toPlainText()
    dialog.apply_button.click()
    assert _annotations(fresh) == 1 and "merged" in dialog.label.text()
    assert sent == [module.convert_file]
    mine.close()
    fresh.close()


def test_dry_run_then_apply(qtbot: QtBot, tmp_path: Path, sync_runner: TaskRunner) -> None:
    mine, _, _, path = _two_libraries(tmp_path)
    dialog = MergeDialog(mine, path, sync_runner, author="Ana")
    qtbot.addWidget(dialog)
    applied: list[MergeReport] = []
    dialog.applied.connect(applied.append)
    dialog.start()
    assert dialog.report is not None and dialog.report.dry_run
    assert "Importing theirs.json would change: 2 added" in dialog.details.toPlainText()
    assert "Nothing changed yet" in dialog.label.text() and dialog.apply_button.isEnabled()
    assert _annotations(mine) == 0  # a dry run changes nothing
    dialog.apply_button.click()
    assert _annotations(mine) == 2 and applied and not applied[0].dry_run
    assert "Imported theirs.json: 2 added" in dialog.details.toPlainText()
    assert dialog.apply_button.isHidden() and "merged" in dialog.label.text()
    assert "Edit › Undo Import annotations" in dialog.label.text()
    assert len(applied[0].undo) == 2  # the rows it added, for the window's undo step
    assert dialog.decide_button.isHidden()  # no conflicts
    again = MergeDialog(mine, path, sync_runner)  # the same file twice changes nothing
    qtbot.addWidget(again)
    again.start()
    assert "would change nothing" in again.label.text() and not again.apply_button.isEnabled()
    mine.close()


def test_cancel_leaves_the_library_unchanged(
    qtbot: QtBot, tmp_path: Path, sync_runner: TaskRunner
) -> None:
    mine, _, _, path = _two_libraries(tmp_path)
    dialog = MergeDialog(mine, path, sync_runner)
    qtbot.addWidget(dialog)
    dialog.start()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    # The person presses Cancel at the first progress report of the real merge.
    dialog.job_created.connect(lambda job: job.progress.connect(lambda *_: cancel.click()))
    dialog.apply_button.click()
    assert dialog.job is not None and dialog.job.cancelled
    assert dialog.label.text() == "Cancelled; the library is unchanged."
    assert _annotations(mine) == 0
    mine.close()


def test_w3c_annotations_from_a_viewer(
    qtbot: QtBot, tmp_path: Path, sync_runner: TaskRunner
) -> None:
    from app.core.exchange.iiif import export_iiif

    mine, doc_id, _, _ = _two_libraries(tmp_path)
    add_annotation(mine, doc_id, 0, "note", body={"text": "mine"})
    export_iiif(mine, tmp_path / "site")
    doc = next(p.name for p in (tmp_path / "site").iterdir() if p.is_dir())
    made = {  # as Annotorious saves one drawn on the exported page 2
        "id": "5b0c9f84-2f5e-4d0a-a6a3-3e7a4e1c2b11",
        "type": "Annotation",
        "body": [{"type": "TextualBody", "purpose": "commenting", "value": "from a colleague"}],
        "target": {
            "source": f"{doc}/150dpi/canvas/2",
            "selector": {"type": "FragmentSelector", "value": "xywh=pixel:10,20,300,40"},
        },
    }
    path = tmp_path / "colleague.jsonld"
    path.write_text(json.dumps([made]), encoding="utf-8")
    dialog = MergeDialog(mine, path, sync_runner, author="Ana")
    qtbot.addWidget(dialog)
    dialog.start()
    assert "would change: 1 added" in dialog.details.toPlainText()
    dialog.apply_button.click()
    assert _annotations(mine) == 2 and "merged" in dialog.label.text()
    mine.close()


def test_a_iiif_site_is_read_in_a_worker_process(
    qtbot: QtBot, tmp_path: Path, sync_runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog's import of a IIIF site (or a large W3C file) reads and converts it in a worker
    process: a ``json.loads`` of 100,000 annotations there would hold the window's thread."""
    import app.core.exchange.w3c_import as module
    from app.core.exchange import worker
    from app.core.exchange.iiif import export_iiif

    mine, doc_id, _, _ = _two_libraries(tmp_path)
    add_annotation(mine, doc_id, 0, "note", body={"text": "mine"})
    export_iiif(mine, tmp_path / "site")
    fresh, _ = new_library(tmp_path / "fresh", tmp_path / "scan.pdf")
    run, sent = worker.in_process, []

    def in_worker(*args: Any, **kwargs: Any) -> Any:
        sent.append(args[1])
        return run(*args, **kwargs)

    monkeypatch.setattr(worker, "in_process", in_worker)
    dialog = MergeDialog(fresh, tmp_path / "site" / "collection.json", sync_runner, author="Ana")
    qtbot.addWidget(dialog)
    dialog.start()
    assert "would change: 1 added" in dialog.details.toPlainText()
    dialog.apply_button.click()
    assert _annotations(fresh) == 1 and "merged" in dialog.label.text()
    assert sent == [module.convert_file] * 2
    mine.close()
    fresh.close()


def test_a_merge_that_brings_tags_is_applied_in_the_window_without_an_error(
    qtbot: QtBot, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File › Import annotations… in the window, a set with a tag: the window reads the page
    again (the dialog's refresh), then the merge's undo step announces the new tag tree before
    that read is back. It said "Redline ran into an unexpected error" (AssertionError)."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    mine, _ = new_library(tmp_path / "mine", pdf)
    theirs, their_doc = new_library(tmp_path / "theirs", pdf)
    places = create_tag(theirs, "Places", author="B").tag
    add_annotation(
        theirs, their_doc, 0, "tag", word="Havana", tag=places.uuid, body={"tag": places.uuid}
    )
    export_json(theirs, tmp_path / "theirs.json")
    theirs.close()
    window = open_window(qtbot, mine, settings)
    chosen = (str(tmp_path / "theirs.json"), "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: chosen)
    dialog = window.import_annotations()
    assert dialog is not None
    qtbot.waitUntil(dialog.apply_button.isEnabled)
    view = window.document_view
    read, pending = view._read, list[PageInfo]()
    monkeypatch.setattr(view, "_read", pending.append)  # the page's reads come back later,
    dialog.apply_button.click()  # as they do on the database worker
    assert _annotations(mine) == 1 and pending and view.page_text is None
    read(pending[-1])
    qtbot.waitUntil(lambda: view.page_text is not None)
    assert [r.kind for r in window.page_annotations.records] == ["tag"]
    assert [t.tag.name for t in window.page_annotations.tags] == ["Places"]
    dialog.close()
    window.close()
    mine.close()


def test_the_dialog_names_a_proposal_by_its_codes_and_a_tag_by_its_file(
    qtbot: QtBot, tmp_path: Path, sync_runner: TaskRunner
) -> None:
    """The window shows the report's words: a detector's redaction as its proposal with its
    codes, a new tag as coming from the file (it read "added by someone")."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    mine, _ = new_library(tmp_path / "mine", pdf)
    theirs, their_doc = new_library(tmp_path / "theirs", pdf)
    create_tag(theirs, "Places", author="B")
    add_annotation(theirs, their_doc, 1, "redaction", region=(40, 40, 80, 14), status="proposed",
                   body={"exemptions": ["B1"]}, origin="detector")  # fmt: skip
    export_json(theirs, tmp_path / "theirs.json")
    theirs.close()
    dialog = MergeDialog(mine, tmp_path / "theirs.json", sync_runner, author="Ana")
    qtbot.addWidget(dialog)
    dialog.start()
    shown = dialog.details.toPlainText()
    assert "  Page 2, redaction with codes B1: proposed by the detector (" in shown
    assert "  Tag 'Places': added from theirs.json (made " in shown
    assert "someone" not in shown and "tester" not in shown
    mine.close()


def test_the_report_is_worded_off_the_window_s_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report of a large set is long to word (100,000 annotations kept the window's thread
    2 s): the worker that merged it words it, the window only shows the text."""
    import threading

    from app.ui.tools import merge_dialog

    mine, _, _, path = _two_libraries(tmp_path)
    worded_on: list[str] = []
    real = merge_dialog.describe_message

    def describe(report: MergeReport, you: str = "") -> object:
        worded_on.append(threading.current_thread().name)
        return real(report, you)

    monkeypatch.setattr(merge_dialog, "describe_message", describe)
    runner = TaskRunner()  # (a thread of its own, as the window's)
    dialog = MergeDialog(mine, path, runner, author="Ana")
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert "Importing theirs.json would change: 2 added" in dialog.details.toPlainText()
    assert worded_on and threading.main_thread().name not in worded_on
    runner.pool.waitForDone()
    mine.close()


def test_the_file_is_looked_for_where_sets_were_last_exported_then_imported(
    qtbot: QtBot, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File › Import annotations… opened in the program's working folder, wherever the person
    had saved their own set or a colleague's the time before."""
    from app.ui.base import settings as S

    mine, _ = new_library(tmp_path / "mine", scan_pdf(tmp_path / "scan.pdf"))
    exported, received = tmp_path / "exports", tmp_path / "received"
    exported.mkdir()
    received.mkdir()
    settings.set(S.EXPORT_FOLDER, str(exported))
    window = open_window(qtbot, mine, settings)
    asked: list[str] = []

    def choose(_parent: object, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        asked.append(folder)
        return "", ""  # (the person cancels)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    assert window.import_annotations() is None
    assert asked == [str(exported)]  # nothing imported yet: where their own sets go
    export_json(mine, received / "colleague.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a: (str(received / "colleague.json"), ""))  # fmt: skip
    dialog = window.import_annotations()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done)
    dialog.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.import_annotations()
    assert asked == [str(exported), str(received)]  # then where the last set came from
    window.close()
    mine.close()


def test_a_file_changed_after_its_dry_run_is_checked_again_not_merged(
    qtbot: QtBot, tmp_path: Path, sync_runner: TaskRunner
) -> None:
    mine, _, _, path = _two_libraries(tmp_path)
    dialog = MergeDialog(mine, path, sync_runner, author="Ana")
    qtbot.addWidget(dialog)
    dialog.start()
    assert "2 added" in dialog.details.toPlainText()
    # A colleague's sync rewrites the file while the dialog shows what it would change.
    data = json.loads(path.read_text())
    data["annotations"] = [a for a in data["annotations"] if a["kind"] == "note"]
    path.write_text(json.dumps(data))
    dialog.apply_button.click()
    assert _annotations(mine) == 0  # not what the person was shown: nothing merged
    assert dialog.report is not None and dialog.report.dry_run
    assert "changed since it was checked; nothing was merged" in dialog.label.text()
    assert "1 added" in dialog.details.toPlainText() and dialog.apply_button.isEnabled()
    dialog.apply_button.click()  # what it now shows is what Apply merges
    assert _annotations(mine) == 1 and "merged" in dialog.label.text()
    mine.close()


def _shown(dialog: MergeDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]


def test_the_dry_run_into_a_server_library_says_no_copy_is_made(
    qtbot: QtBot, tmp_path: Path, sync_runner: TaskRunner, monkeypatch: Any
) -> None:
    mine, _, _, path = _two_libraries(tmp_path)
    said = "No copy of a library on a server is made before a merge"
    folder = MergeDialog(mine, path, sync_runner, author="Ana")
    qtbot.addWidget(folder)
    folder.start()
    assert folder.report is not None and folder.report.dry_run
    assert not any(said in text for text in _shown(folder))  # (a folder library is copied)
    monkeypatch.setattr(type(mine.db), "on_server", property(lambda _db: True))
    dialog = MergeDialog(mine, path, sync_runner, author="Ana")
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.report is not None and dialog.report.dry_run
    [line] = [text for text in _shown(dialog) if text.startswith(said)]
    assert "`" not in line and "redline restore" not in line, line  # (the window's words)
    assert "pg_dump" in line
    mine.close()
