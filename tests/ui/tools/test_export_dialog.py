"""File > Export: the form through its widgets, the export in a worker with progress, Cancel and a
report; the shared job dialog."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.documents.ingest import import_paths
from app.core.exchange.destination import library_holding
from app.core.exchange.iiif import IiifOptions
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.base.job_dialog import Job, JobDialog
from app.ui.base.settings import Settings
from app.ui.base.workers import TaskRunner
from app.ui.tools import export_request
from app.ui.tools.export_dialog import ExportDialog
from app.ui.tools.export_request import ExportRequest, describe_export, start_export
from app.ui.window.main_window import MainWindow
from tests.builders import make_text_pdf
from tests.pg_helpers import PgServer

CANCEL = QDialogButtonBox.StandardButton.Cancel


def _choose(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_form_builds_the_request(qtbot: QtBot, review_library: Library, tmp_path: Path) -> None:
    dialog = ExportDialog(review_library, 7)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()  # a destination is proposed
    dialog.path.clear()
    assert not ok.isEnabled()  # no destination
    dialog.path.setText(str(tmp_path / "out.jsonld"))
    assert ok.isEnabled()
    _choose(dialog.format, "w3c")
    _choose(dialog.scope, "document")
    req = dialog.request()
    assert req.format == "w3c" and tuple(req.scope.documents) == (7,) and req.scope.tag is None
    _choose(dialog.scope, "status")
    assert dialog.status.isEnabled() and not dialog.tag.isEnabled()
    dialog.status.setCurrentText("accepted")
    assert dialog.request().scope.status == "accepted" and not dialog.request().scope.documents
    _choose(dialog.scope, "tag")  # the library has no tags: nothing to choose, OK is off
    assert not ok.isEnabled()
    _choose(dialog.format, "text")
    assert not dialog.per_document.isHidden() and dialog.with_annotations.isHidden()


def test_scope_document_is_offered_only_with_a_document(
    qtbot: QtBot, review_library: Library
) -> None:
    dialog = ExportDialog(review_library, None)
    qtbot.addWidget(dialog)
    assert dialog.scope.findData("document") == -1 and dialog.scope.findData("library") == 0


def test_publication_formats_offer_their_options(
    qtbot: QtBot, review_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ExportDialog(review_library, 7)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.format.findData("iiif") >= 0 and dialog.format.findData("csv") >= 0
    assert dialog.dpi.isHidden() and dialog.include_proposals.isHidden()  # Redline JSON
    _choose(dialog.format, "iiif")
    assert dialog.dpi.isVisible() and dialog.base_url.isVisible()
    assert dialog.include_proposals.isVisible() and dialog._wants_folder()
    dialog.path.setText(str(tmp_path / "site"))
    dialog.dpi.setValue(200)
    dialog.base_url.setText(" https://example.org/memo ")
    dialog.include_proposals.setChecked(True)
    # The page images print exemption codes in the boxes as the PDF does: the same choice.
    assert dialog.print_codes.isVisible() and dialog.fill.isHidden()
    dialog.print_codes.setChecked(False)
    req = dialog.request()
    assert (req.format, req.dpi, req.base_url, req.include_proposals) == (
        "iiif", 200, "https://example.org/memo", True,
    )  # fmt: skip
    asked: list[tuple[object, IiifOptions]] = []  # (the export run in a worker process)
    monkeypatch.setattr(
        export_request, "export_in_process",
        lambda _, export, *__, options, **___: asked.append((export, options)),
    )  # fmt: skip
    req.work(review_library)(lambda *_: None, lambda: False)
    iiif = IiifOptions("https://example.org/memo", 200, True, print_codes=False)
    assert asked == [(export_request.export_iiif, iiif)]
    _choose(dialog.format, "csv")
    assert dialog.dpi.isHidden() and dialog.base_url.isHidden() and dialog.print_codes.isHidden()
    assert dialog.include_proposals.isVisible() and not dialog._wants_folder()
    assert dialog.request().base_url == "https://example.org/memo"  # kept, unused by CSV


def test_the_resolution_box_offers_what_the_format_accepts(
    qtbot: QtBot, review_library: Library
) -> None:
    """W3C and IIIF take 36 to 600 dpi, the OCR formats 50 to 1200: the box offers no value the
    export would then refuse (it offered 36 to 1200 for every format)."""
    dialog = ExportDialog(review_library, 7)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    for fmt, lo, hi in (("iiif", 36, 600), ("alto", 50, 1200), ("w3c", 36, 600)):
        _choose(dialog.format, fmt)
        assert (dialog.dpi.minimum(), dialog.dpi.maximum()) == (lo, hi), fmt
        dialog.dpi.setValue(5000)
        assert dialog.dpi.value() == hi


@pytest.mark.parametrize("fmt", ["json", "w3c", "iiif", "csv", "text", "pdf", "alto"])
def test_each_format_exports_with_a_report(
    qtbot: QtBot, review_library: Library, sync_runner: TaskRunner, tmp_path: Path, fmt: str
) -> None:
    """Each format as the window runs it (the PDF, W3C, CSV, IIIF and OCR formats in a worker
    process; IIIF's and ALTO's page images in worker processes that one starts)."""
    from app.core.exchange.common import ExportScope

    out = tmp_path / f"out.{fmt}"
    request = ExportRequest(fmt, ExportScope(), out, images=fmt == "alto")
    dialog = start_export(review_library, request, sync_runner)
    qtbot.addWidget(dialog)
    assert dialog.job.done and dialog.job.error is None, dialog.report.toPlainText()
    assert dialog.label.text() == "Done."
    assert re.search(r"\b1 document\b", dialog.report.toPlainText())
    target = out if out.exists() else next(out.iterdir())  # pdf of a library: a folder
    assert target.stat().st_size > 0
    if fmt == "json":
        assert json.loads(out.read_text())["format"] == "redline-annotations"
    if fmt == "iiif":
        assert (out / "collection.json").is_file()
        assert " page images" in dialog.report.toPlainText()
    if fmt == "alto":
        assert len(list(out.glob("*/*.alto.xml"))) == len(list(out.glob("*/*.png"))) > 0
        assert " page images" in dialog.report.toPlainText()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and dialog.buttons.button(CANCEL) is None


def test_cancel_button_stops_the_export(
    qtbot: QtBot, review_library: Library, sync_runner: TaskRunner, tmp_path: Path
) -> None:
    from app.core.exchange.common import ExportScope

    (tmp_path / "more").mkdir()
    second = make_text_pdf(tmp_path / "more" / "second.pdf", ["another memo"])
    assert import_paths(review_library, [second])[0].ok
    out = tmp_path / "all.txt"
    request = ExportRequest("text", ExportScope(), out)
    job = Job(request.work(review_library), sync_runner)
    dialog = JobDialog("Export", job, describe_export)
    qtbot.addWidget(dialog)
    seen: list[tuple[int, int]] = []
    job.progress.connect(lambda d, t: seen.append((d, t)))
    job.progress.connect(lambda *_: dialog.buttons.button(CANCEL).click())  # the person's click
    dialog.run()
    assert seen == [(0, 2)]  # stopped before the second document
    assert job.cancelled and dialog.label.text() == "Cancelled."
    assert not out.exists()


def test_a_failed_export_says_why(
    qtbot: QtBot, review_library: Library, sync_runner: TaskRunner, tmp_path: Path
) -> None:
    from app.core.exchange.common import ExportScope

    bad = ExportRequest("json", ExportScope(status="maybe"), tmp_path / "x.json")
    dialog = start_export(review_library, bad, sync_runner)
    qtbot.addWidget(dialog)
    assert dialog.label.text() == "Failed." and "unknown status" in dialog.report.toPlainText()


def test_file_menu_export(
    qtbot: QtBot, tools_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "doc.json"

    def fill(dialog: ExportDialog) -> int:
        _choose(dialog.scope, "document")
        dialog.path.setText(str(out))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ExportDialog, "exec", fill)
    [action] = [a for a in tools_window._menus["&File"].actions() if a.text() == "&Export…"]
    actions = tools_window._menus["&File"].actions()
    assert actions.index(action) < len(actions) - 1  # above Quit
    action.trigger()
    data = json.loads(out.read_text())
    assert len(data["documents"]) == 1 and tools_window.findChildren(JobDialog)


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_file_menu_export_asks_before_replacing_a_file(
    qtbot: QtBot,
    tools_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    out = tmp_path / "doc.json"
    out.write_text("an older export")
    out.chmod(0o640)
    asked: list[str] = []

    def fill(dialog: ExportDialog) -> int:
        dialog.path.setText(str(out))
        return QDialog.DialogCode.Accepted.value

    def question(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText  # (a file's name as written)
        return int(getattr(QMessageBox.StandardButton, answer).value)

    monkeypatch.setattr(ExportDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "exec", question)
    [action] = [a for a in tools_window._menus["&File"].actions() if a.text() == "&Export…"]
    action.trigger()
    assert len(asked) == 1 and "doc.json already exists" in asked[0]
    if answer == "No":
        assert out.read_text() == "an older export"
        assert not tools_window.findChildren(JobDialog)
    else:
        assert json.loads(out.read_text())["format"] == "redline-annotations"
        assert out.stat().st_mode & 0o777 == 0o640


def test_an_export_into_the_library_is_refused_in_the_window(
    qtbot: QtBot, review_library: Library, sync_runner: TaskRunner
) -> None:
    from app.core.exchange.common import ExportScope

    target = review_library.root / "library.sqlite"
    before = target.read_bytes()
    request = ExportRequest("json", ExportScope(), target, overwrite=True)
    dialog = start_export(review_library, request, sync_runner)
    qtbot.addWidget(dialog)
    assert dialog.label.text() == "Failed."
    assert "inside the Redline library" in dialog.report.toPlainText()
    assert target.read_bytes() == before


def test_a_job_in_a_real_worker_thread_reports_progress_and_stops(qtbot: QtBot) -> None:
    """The pool-thread path: progress crosses to the GUI thread, Escape cancels the running job."""
    import threading

    from PySide6.QtCore import Qt

    started = threading.Event()
    seen: list[tuple[int, int]] = []

    def work(progress, cancel):
        progress(1, 10)
        started.set()
        while not cancel():  # a long job checking Cancel between pieces
            threading.Event().wait(0.005)
        raise RuntimeError("stopped by the person")

    runner = TaskRunner(threads=1)
    job = Job(work, runner)
    dialog = JobDialog("Long job", job, str)
    qtbot.addWidget(dialog)
    job.progress.connect(lambda d, t: seen.append((d, t)))
    dialog.run()
    assert started.wait(10)
    qtbot.waitUntil(lambda: seen == [(1, 10)])
    assert dialog.bar.maximum() == 10 and dialog.bar.value() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # does not just hide the dialog: it cancels
    qtbot.waitUntil(lambda: job.done)
    assert job.cancelled and dialog.label.text() == "Cancelled." and dialog.isVisible()
    runner.wait()


def test_cancelling_a_iiif_export_leaves_no_folder(
    qtbot: QtBot, review_library: Library, sync_runner: TaskRunner, tmp_path: Path
) -> None:
    """Cancel pressed as the first page image is reported: the export runs in a worker process,
    which sees the cancel at its next page (one more may be made meanwhile), so the library has
    pages enough that it cannot end first."""
    from app.core.exchange.common import ExportScope

    (tmp_path / "more").mkdir()
    long = make_text_pdf(tmp_path / "more" / "long.pdf", [f"page {i}" for i in range(40)])
    assert import_paths(review_library, [long])[0].ok
    out = tmp_path / "site"
    job = Job(ExportRequest("iiif", ExportScope(), out).work(review_library), sync_runner)
    dialog = JobDialog("Export", job, describe_export)
    qtbot.addWidget(dialog)
    seen: list[tuple[int, int]] = []
    job.progress.connect(lambda d, t: seen.append((d, t)))

    def click_cancel_after_a_page(done: int, _total: int) -> None:
        if done:
            dialog.buttons.button(CANCEL).click()  # the person's click

    job.progress.connect(click_cancel_after_a_page)
    dialog.run()
    assert seen[-1][1] == 44 and seen[-1][0] < 10  # pages: stopped after the first page images
    assert job.cancelled and dialog.label.text() == "Cancelled."
    assert not out.exists()
    assert not any(p.name.startswith(".site") for p in tmp_path.iterdir())  # no temporary one


def test_the_destination_is_proposed_by_what_is_exported(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    from app.core.documents.queries import list_documents

    settings.set(S.EXPORT_FOLDER, str(tmp_path))
    doc = list_documents(review_library)[0].id
    dialog = ExportDialog(review_library, doc, settings=settings)
    qtbot.addWidget(dialog)
    today = f"{date.today():%Y-%m-%d}"
    _choose(dialog.format, "w3c")
    _choose(dialog.scope, "document")
    assert Path(dialog.path.text()) == tmp_path / f"review-memo-annotations-{today}.jsonld"
    _choose(dialog.format, "iiif")  # a folder
    assert Path(dialog.path.text()) == tmp_path / f"review-memo-iiif-{today}"
    _choose(dialog.scope, "status")
    dialog.status.setCurrentText("accepted")
    _choose(dialog.format, "csv")
    assert Path(dialog.path.text()) == tmp_path / f"accepted-annotations-{today}.csv"
    (tmp_path / f"accepted-annotations-{today}.csv").write_text("an older export")
    _choose(dialog.format, "json")
    _choose(dialog.format, "csv")  # never over an older export
    assert Path(dialog.path.text()) == tmp_path / f"accepted-annotations-{today}-2.csv"
    dialog.path.setText(str(tmp_path / "mine.csv"))  # typed by the person: kept from now on,
    _choose(dialog.format, "json")  # but not another format's ending (a CSV was written as
    assert Path(dialog.path.text()) == tmp_path / "mine.json"  # mine.json)
    _choose(dialog.format, "iiif")  # a folder
    assert Path(dialog.path.text()) == tmp_path / "mine"
    _choose(dialog.format, "csv")  # (a folder's name: no ending to follow)
    assert Path(dialog.path.text()) == tmp_path / "mine"
    dialog.path.setText(str(tmp_path / "mine.data"))  # an ending of the person's own stays
    _choose(dialog.format, "json")
    assert Path(dialog.path.text()) == tmp_path / "mine.data"


def test_the_export_dialog_remembers_format_scope_and_folder(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    from app.core.documents.queries import list_documents

    doc = list_documents(review_library)[0].id
    first = ExportDialog(review_library, doc, settings=settings)
    qtbot.addWidget(first)
    assert first.format.currentData() == "json" and first.scope.currentData() == "library"
    (tmp_path / "exports").mkdir()
    _choose(first.format, "csv")
    _choose(first.scope, "document")
    first.path.setText(str(tmp_path / "exports" / "memo.csv"))
    first.remember()  # what OK does
    second = ExportDialog(review_library, doc, settings=settings)
    qtbot.addWidget(second)
    assert second.format.currentData() == "csv" and second.scope.currentData() == "document"
    assert Path(second.path.text()).parent == tmp_path / "exports"
    third = ExportDialog(review_library, None, settings=settings)  # no document open now
    qtbot.addWidget(third)
    assert third.format.currentData() == "csv" and third.scope.currentData() == "library"


def test_a_destination_that_cannot_take_the_export_is_said_at_the_form(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Inside a library, a file where a folder is written, a folder where a file is: said at
    OK with the form open (the export refused after it: asked "Replace it?" first for a file
    given to a folder format). A remembered folder inside a library, where no export goes, is
    not proposed (it was, again and again, in every library)."""
    from app.ui.tools import export_dialog

    said: list[str] = []
    say = lambda _p, _i, _t, text: said.append(text)  # noqa: E731
    monkeypatch.setattr(export_dialog, "plain_message", say, raising=False)
    settings.set(S.EXPORT_FOLDER, str(review_library.root))
    dialog = ExportDialog(review_library, 1, settings=settings)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert library_holding(Path(dialog.path.text())) is None  # not proposed in the library
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.path.setText(str(review_library.root / "out.json"))
    ok.click()
    assert said[-1].startswith(f"{review_library.root / 'out.json'} is inside the Redline library")
    existing = tmp_path / "existing.json"
    existing.write_text("{}")
    _choose(dialog.format, "iiif")
    dialog.path.setText(str(existing))
    ok.click()
    assert said[-1] == (
        f"{existing} is a file, and this export writes a folder: choose a folder, or a name for "
        "a new one."
    )
    _choose(dialog.format, "csv")
    dialog.path.setText(str(tmp_path))
    ok.click()
    assert said[-1] == f"{tmp_path} is a folder, and this export writes a file: choose a file name."
    assert len(said) == 3 and dialog.result() != QDialog.DialogCode.Accepted
    dialog.path.setText(str(tmp_path / "out.csv"))
    ok.click()
    assert len(said) == 3 and dialog.result() == QDialog.DialogCode.Accepted


def test_a_publication_from_a_team_library_s_window_is_made_from_its_server(
    tmp_path: Path, pg_library_url: str
) -> None:
    """File › Export › Publication PDF on a team library: the worker process opens the server
    the window has open (it opened the window's cache folder, and failed, until 2026-12-07)."""
    from app.core.documents.ingest import import_file
    from app.core.exchange.common import ExportScope

    with Library.open(pg_library_url) as lib:
        assert import_file(lib, make_text_pdf(tmp_path / "memo.pdf", ["A memo"])).ok
        request = ExportRequest("pdf", ExportScope(), tmp_path / "pub.pdf")
        report = request.work(lib)(lambda done, total, what="": None, lambda: False)
    assert (tmp_path / "pub.pdf").exists() and report.verified


def test_an_export_of_a_team_library_is_named_after_its_database(
    qtbot: QtBot, pg_server: PgServer
) -> None:
    """A whole library's export is proposed under the library's name: a team library's is its
    database's (it was its cache folder's, a hash, until 2026-12-07)."""
    name = pg_server.create_database()
    with Library.open(pg_server.url(name)) as lib:
        assert lib.name == name
        dialog = ExportDialog(lib, None)
        qtbot.addWidget(dialog)
        _choose(dialog.format, "json")
        assert Path(dialog.path.text()).name.startswith(f"{name}-")


@pytest.mark.parametrize("fmt", ["w3c", "csv"])
def test_w3c_and_csv_exports_run_in_a_worker_process(
    fmt: str, review_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Their read-back holds Python's lock in long pieces (the window stalled 0.7 and 0.5 s on
    100,000 annotations when they ran on its export thread): they run in a process."""
    from app.core.exchange.common import ExportScope

    sent: list[object] = []
    real = export_request.export_in_process

    def recorded(library: object, export: object, *args: object, **kw: object) -> object:
        sent.append((library, getattr(export, "__name__", export)))
        return real(library, export, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(export_request, "export_in_process", recorded)
    out = tmp_path / f"out.{fmt}"
    summary = ExportRequest(fmt, ExportScope(), out).work(review_library)(
        lambda done, total, what="": None, lambda: False
    )
    assert sent == [(review_library.address, f"export_{fmt}")]
    assert out.exists() and str(out) == getattr(summary, "path", None)


def test_a_publication_of_several_documents_to_one_pdf_file_is_said_at_the_form(
    qtbot: QtBot, review_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PDF a document: a publication of the whole library typed as one ``.pdf`` file is said
    before the form closes (it failed after it, in the export's words), and the form stays."""
    from app.ui.tools import export_dialog

    assert import_paths(review_library, [make_text_pdf(tmp_path / "second.pdf")])[0].ok
    said: list[str] = []
    say = lambda _p, _i, _t, text: said.append(text)  # noqa: E731
    monkeypatch.setattr(export_dialog, "plain_message", say, raising=False)
    dialog = ExportDialog(review_library, 1)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    _choose(dialog.format, "pdf")
    _choose(dialog.scope, "library")
    dialog.path.setText(str(tmp_path / "all.pdf"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert said and "The 2 documents chosen make a PDF each" in said[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.path.setText(str(tmp_path / "publications"))  # a folder: a PDF each in it
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and len(said) == 1
    none_open = ExportDialog(review_library, None)
    qtbot.addWidget(none_open)  # no document open: nothing to call "the open document"
    _choose(none_open.format, "pdf")
    _choose(none_open.scope, "library")
    none_open.path.setText(str(tmp_path / "all.pdf"))
    none_open.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(said) == 2 and said[1].endswith("or open one document and export it.")
    assert "export the open document" in said[0]
    again = ExportDialog(review_library, 1)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    _choose(again.format, "pdf")
    _choose(again.scope, "document")  # the open document: one file
    again.path.setText(str(tmp_path / "one.pdf"))
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert again.result() == QDialog.DialogCode.Accepted and len(said) == 2


def test_the_save_dialog_names_the_formats_files(
    qtbot: QtBot, review_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choose… for a file: the filter is named ("Redline JSON (*.json)"), not a bare "*.json"."""
    from app.ui.tools import export_dialog

    asked: list[str] = []

    def save(
        _parent: object, _title: str, _path: str, filters: str, **_kw: object
    ) -> tuple[str, str]:
        asked.append(filters)
        return "", ""

    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName", save)
    dialog = ExportDialog(review_library, 1)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    for fmt in ("json", "w3c", "csv", "text"):
        _choose(dialog.format, fmt)
        dialog.browse.click()
    _choose(dialog.scope, "document")
    _choose(dialog.format, "pdf")
    dialog.browse.click()
    assert [f.split(";;")[0] for f in asked] == [
        "Redline JSON (*.json)",
        "W3C Web Annotation (*.jsonld)",
        "CSV spreadsheet (*.csv)",
        "Corrected text (*.txt)",
        "Publication PDF (*.pdf)",
    ]


def test_the_form_is_as_tall_as_the_options_shown(qtbot: QtBot, review_library: Library) -> None:
    """ALTO after the PDF's options: no band of empty form left below its rows."""
    dialog = ExportDialog(review_library, 1)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog.format, "pdf")
    qtbot.waitUntil(lambda: dialog.height() >= dialog.sizeHint().height())
    tall = dialog.height()
    _choose(dialog.format, "alto")
    assert dialog.height() < tall
    assert dialog.height() == dialog.sizeHint().height()
