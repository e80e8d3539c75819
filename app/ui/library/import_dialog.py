"""Importing files from the GUI: runs in a worker with progress and cancel, then lists the files
that failed and why (the others are imported)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.core.documents.ingest import ImportOutcome, import_paths
from app.core.library import Library
from app.ui.base.job_dialog import Cancel, Job, Progress
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
        self._on_done([ImportOutcome(", ".join(map(str, self.paths)), "failed", str(exc))])


class ImportDialog(QDialog):
    """Progress of an import, a Cancel button, and afterwards the failed files with reasons."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import")
        self.job = job
        job.setParent(self)  # lives as long as the dialog (and the window can find it to cancel)
        self.label = QLabel("Starting…")
        self.files = QProgressBar()
        self.pages = QProgressBar()
        self.failures = QListWidget()
        self.failures.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        for w in (self.label, self.files, self.pages, self.failures, self.buttons):
            layout.addWidget(w)
        self.resize(520, 180)
        self.buttons.rejected.connect(self._on_rejected)
        job.file_started.connect(self._on_file_started)
        job.progress.connect(self._on_page_done)
        job.finished.connect(self._on_finished)

    def _on_file_started(self, index: int, count: int, name: str) -> None:
        self.label.setText(f"Importing {name} ({index + 1} of {count})")
        self.files.setRange(0, count)
        self.files.setValue(index)
        self.pages.setValue(0)

    def _on_page_done(self, done: int, total: int) -> None:
        self.pages.setRange(0, total)
        self.pages.setValue(done)

    def _on_rejected(self) -> None:
        if not self.job.done:
            self.job.cancel()
            self.label.setText("Cancelling…")
        else:
            self.reject()

    def _on_finished(self, outcomes: list[ImportOutcome]) -> None:
        self.files.setValue(self.files.maximum())
        imported = sum(1 for o in outcomes if o.status == "imported")
        failed = [o for o in outcomes if o.status == "failed"]
        words = f"{imported} imported, {len(failed)} failed"
        if self.job.cancelled:
            words += ", cancelled"
        self.label.setText(words + ".")
        for o in failed:
            self.failures.addItem(f"{Path(o.path).name}: {o.message}")
        self.failures.setVisible(bool(failed))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        if not failed and not self.job.cancelled:
            self.accept()
