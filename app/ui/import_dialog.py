"""Importing files from the GUI: runs in a worker with progress and cancel, then lists the files
that failed and why (the others are imported)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.core.ingest import ImportOutcome, import_paths
from app.core.library import Library
from app.ui.workers import TaskRunner


class ImportJob(QObject):
    """One import run; signals arrive in the GUI thread whatever thread the import runs in."""

    file_started = Signal(int, int, str)  # index, count, file name
    page_done = Signal(int, int)  # pages done, pages in the file
    finished = Signal(list)  # list[ImportOutcome]

    def __init__(self, lib: Library, paths: Sequence[Path | str], runner: TaskRunner) -> None:
        super().__init__()
        self.lib, self.paths, self.runner = lib, list(paths), runner
        self._cancel = threading.Event()
        self.outcomes: list[ImportOutcome] | None = None

    def start(self) -> None:
        self.runner.submit(self._run, self._on_done, self._on_error)

    def cancel(self) -> None:
        """Stop after the current page; the file being read is rolled back."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> list[ImportOutcome]:
        # Worker thread: only emit signals from here.
        return import_paths(
            self.lib,
            self.paths,
            on_file=self.file_started.emit,
            on_page=self.page_done.emit,
            cancel=self._cancel.is_set,
        )

    def _on_done(self, outcomes: list[ImportOutcome]) -> None:
        self.outcomes = outcomes
        self.finished.emit(outcomes)

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
        job.page_done.connect(self._on_page_done)
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
        if self.job.outcomes is None:
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
