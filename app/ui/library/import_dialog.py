"""Importing files from the GUI: runs in a worker with progress and cancel, then says what was
imported (documents and pages, those already in the library, pages that wait for OCR) and lists
the files that failed and why (the others are imported)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.core import wording
from app.core.documents.ingest import ImportOutcome, import_paths
from app.core.library import Library
from app.ui.base.job_dialog import Cancel, Job, Progress
from app.ui.base.language import QT_TRANSLATE_NOOP, say, translate
from app.ui.base.plain_label import plain_label
from app.ui.base.screen_fit import fit_to_screen, resize_centred
from app.ui.base.workers import TaskRunner


class ImportJob(Job):
    """One import run: a :class:`Job` whose progress counts the pages of the file being read,
    with ``file_started(index, count, name)`` as each file begins; ``finished(outcomes)`` arrives
    in the GUI thread whatever thread the import runs in. A failure of the whole run is one
    failed outcome, listed like the others."""

    file_started = Signal(int, int, str)  # index, count, file name

    def __init__(self, lib: Library, paths: Sequence[Path | str], runner: TaskRunner) -> None:
        super().__init__(self._import, runner)
        self.lib, self.paths = lib, list(paths)

    def _import(self, progress: Progress, cancel: Cancel) -> list[ImportOutcome]:
        # Worker thread: only emit signals from here. Cancel stops after the current page; the
        # file being read is rolled back.
        return import_paths(
            self.lib, self.paths, on_file=self.file_started.emit, on_page=progress, cancel=cancel
        )

    def _on_error(self, exc: BaseException) -> None:
        self._on_done([ImportOutcome(", ".join(map(str, self.paths)), "failed", say(exc))])


FAILURE_LINES = 8  # the failures list's least height, in lines
FAILURES_WIDTH = 720  # pixels: the dialog's width once it lists failures


class ImportDialog(QDialog):
    """Progress of an import, a Cancel button, and afterwards the failed files with reasons."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QT_TRANSLATE_NOOP("Redline", "Import"))
        self.job = job
        self.summary = ""  # what the import did, once it is over
        job.setParent(self)  # lives as long as the dialog (and the window can find it to cancel)
        self.label = plain_label(QT_TRANSLATE_NOOP("Redline", "Starting…"))  # (files' names)
        self.files = QProgressBar()
        self.pages = QProgressBar()
        # The failed files with their reasons, wrapped and a few lines tall (four lines, cut at
        # the right edge: a server's reason is long).
        self.failures = QListWidget()
        self.failures.setWordWrap(True)
        self.failures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.failures.setMinimumHeight(self.fontMetrics().lineSpacing() * FAILURE_LINES)
        self.failures.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        for w in (self.label, self.files, self.pages, self.failures, self.buttons):
            layout.addWidget(w)
        self.resize(520, 180)
        fit_to_screen(self)
        self.buttons.rejected.connect(self._on_rejected)
        job.file_started.connect(self._on_file_started)
        job.progress.connect(self._on_page_done)
        job.finished.connect(self._on_finished)

    def _on_file_started(self, index: int, count: int, name: str) -> None:
        self.label.setText(
            translate("Redline", "Importing {name} ({n} of {count})").format(
                name=name, n=index + 1, count=count
            )
        )
        self.files.setRange(0, count)
        self.files.setValue(index)
        self.pages.setValue(0)

    def _on_page_done(self, done: int, total: int, what: str = "") -> None:
        self.pages.setRange(0, total)
        self.pages.setValue(done)

    def _on_rejected(self) -> None:
        if not self.job.done:
            self.job.cancel()
            self.label.setText(translate("Redline", "Cancelling…"))
        else:
            self.reject()

    def _on_finished(self, outcomes: list[ImportOutcome]) -> None:
        if not self.job.cancelled:  # (cancelled: the bars stay where the import stopped)
            self.files.setValue(self.files.maximum())
            self.pages.hide()  # (one file's pages: at 0% if the last file failed)
        failed = [o for o in outcomes if o.status == "failed"]
        self.summary = summarize_import(outcomes, cancelled=self.job.cancelled)
        self.label.setText(self.summary)
        for o in failed:
            self.failures.addItem(f"{Path(o.path).name}: {say(o.message)}")
        self.failures.setVisible(bool(failed))
        if failed:  # room for them, centred over the window again, on the screen
            resize_centred(self, QSize(max(self.width(), FAILURES_WIDTH), self.sizeHint().height()))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        one_file = len(outcomes) == 1 and not any(Path(p).is_dir() for p in self.job.paths)
        if one_file and not failed and not self.job.cancelled:
            self.accept()  # one file, imported: the status bar says so, nothing to read here


def summarize_import(outcomes: list[ImportOutcome], *, cancelled: bool = False) -> str:
    """What an import did, in a sentence or two: documents and pages imported, those already in
    the library, failures, whether it was cancelled, and pages that wait for OCR."""
    imported = [o for o in outcomes if o.status == "imported"]
    duplicates = sum(1 for o in outcomes if o.status == "duplicate")
    failed = sum(1 for o in outcomes if o.status == "failed")
    n_pages = sum(o.pages for o in imported)
    pages = wording.translate("Redline", "%n pages").counted(n_pages, one="%n page")
    parts: list[object] = [
        wording.translate("Redline", "%n documents imported").counted(
            len(imported), one="%n document imported"
        )
    ]
    if imported:
        parts[0] = wording.translate("Redline", "{documents} ({pages})").format(
            documents=parts[0], pages=pages
        )
    if duplicates:
        parts.append(
            wording.translate("Redline", "%n were in the library already").counted(
                duplicates, one="%n was in the library already"
            )
        )
    if failed:
        parts.append(
            wording.translate("Redline", "%n files failed").counted(failed, one="%n file failed")
        )
    text = say(wording.joined(", ", parts)) + "."
    if cancelled:
        text = translate("Redline", "Cancelled: {what}").format(what=text)
    waiting = sum(o.pages_needing_ocr for o in imported)
    if waiting:
        text += " " + say(
            wording.translate(
                "Redline",
                "%n pages have no text yet: Tools › OCR pages without text in the library reads"
                " them.",
            ).counted(
                waiting,
                one="%n page has no text yet: Tools › OCR pages without text in the library reads"
                " it.",
            )
        )
    return text
