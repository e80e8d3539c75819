"""A long job (export, merge, OCR, alignment, detection) run in a worker, with a dialog that shows
its progress, a Cancel button and, at the end, a plain-text report.

The work is a function ``work(progress, cancel)`` that runs in a pool thread: ``progress(done,
total)`` may be called from there (it emits a signal, which reaches the GUI thread queued), with
what is in hand as a third argument where the work knows it (``progress(3, 16, "memo.pdf")``),
and ``cancel()`` says whether the person pressed Cancel. The core functions take exactly these.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.base.plain_label import plain_label
from app.ui.base.screen_fit import fit_to_screen, resize_centred
from app.ui.base.workers import TaskRunner


class Progress(Protocol):
    """``progress(done, total)``, or ``progress(done, total, what)``: what is in hand."""

    def __call__(self, done: int, total: int, what: str = "") -> None: ...


Cancel = Callable[[], bool]
Work = Callable[[Progress, Cancel], Any]
Describe = Callable[[Any], str]


class Job(QObject):
    """One run of ``work``; ``finished(result)`` or ``failed(message)`` arrive in the GUI thread."""

    progress = Signal(int, int, str)  # done, total, what is in hand ("": not said)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, runner: TaskRunner, *, cancellable: bool = True) -> None:
        super().__init__()
        self.work, self.runner, self.cancellable = work, runner, cancellable
        self._cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: str | None = None

    def start(self) -> None:
        self.runner.submit(self._run, self._on_done, self._on_error)

    def cancel(self) -> None:
        """Ask the work to stop at its next check (the core functions roll back what is partial)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> Any:
        # Pool thread: only emit from here.
        def progress(done: int, total: int, what: str = "") -> None:
            self.progress.emit(done, total, what)

        return self.work(progress, self._cancel.is_set)

    def _on_done(self, result: Any) -> None:
        self.done, self.result = True, result
        self.finished.emit(result)

    def _on_error(self, exc: BaseException) -> None:
        self.done, self.error = True, say(exc) or type(exc).__name__  # (in the window's language)
        self.failed.emit(self.error)


# The dialog's heading once its job has ended
DONE = QT_TRANSLATE_NOOP("Redline", "Done.")
CANCELLED = QT_TRANSLATE_NOOP("Redline", "Cancelled.")
STOPPED = QT_TRANSLATE_NOOP("Redline", "Stopped.")  # the library stopped it: see its report
FAILED = QT_TRANSLATE_NOOP("Redline", "Failed.")
REPORT_HEIGHT = 360  # pixels: the dialog's least height once it shows a report


class JobDialog(QDialog):
    """Progress of a job, Cancel while it runs, then its report (``describe(result)``) and Close."""

    def __init__(
        self, title: str, job: Job, describe: Describe, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(title))  # (a title marked with QT_TRANSLATE_NOOP)
        self.job, self.describe = job, describe
        job.setParent(self)  # lives as long as the dialog that shows it
        self.label = plain_label(QT_TRANSLATE_NOOP("Redline", "Starting…"))  # (a title beside)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.total = 0  # the count the last report gave (a busy bar's maximum is 0)
        self.report = QPlainTextEdit(readOnly=True)
        self.report.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(job.cancellable)
        layout = QVBoxLayout(self)
        for w in (self.label, self.bar, self.report, self.buttons):
            layout.addWidget(w)
        self.resize(560, 160)
        fit_to_screen(self)
        self.buttons.rejected.connect(self.reject)
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)

    def run(self) -> JobDialog:
        """Show the dialog and start the job."""
        self.label.setText(f"{self.windowTitle()}…")
        self.show()
        self.job.start()
        return self

    def _on_progress(self, done: int, total: int, what: str = "") -> None:
        self.total = max(total, 1)
        if done <= 0 < total:  # busy until the first ends: an OCR's first pages take seconds,
            self.bar.setRange(0, 0)  # and a bar at 0 % that long read as stuck
        else:
            self.bar.setRange(0, self.total)
            self.bar.setValue(min(done, self.total))
        text = f"{self.windowTitle()}: {done} of {total}"
        self.label.setText(f"{text} — {what}" if what else text)

    def reject(self) -> None:
        """Cancel, Escape or closing the window: while the job runs, ask it to stop instead."""
        if self.job.done:
            super().reject()
        elif self.job.cancellable:
            self.job.cancel()
            self.label.setText(translate("Redline", "Cancelling…"))

    def _on_finished(self, result: Any) -> None:
        # A result whose ``stopped_by`` is set was stopped part way by the library (a full disk,
        # a server gone), what it did before kept and reported: not "Done.", nor a full bar.
        stopped = getattr(result, "stopped_by", None) is not None
        if self.job.cancelled or stopped:  # where it stopped: a full bar would say it all got done
            self.bar.setRange(0, max(self.bar.maximum(), self.total, 1))
            self._show_report(self.describe(result), CANCELLED if self.job.cancelled else STOPPED)
            return
        top = max(self.bar.maximum(), self.total, 1)  # full, keeping its count (e.g. pages)
        self.bar.setRange(0, top)
        self.bar.setValue(top)
        self._show_report(self.describe(result), DONE)

    def _on_failed(self, message: str) -> None:
        self.bar.setRange(0, max(self.bar.maximum(), self.total, 1))
        if not self.job.cancelled:
            self.bar.setValue(0)
        heading = CANCELLED if self.job.cancelled else FAILED
        self._show_report(message, heading)

    def offer(self, text: str, run: Callable[[], object]) -> QPushButton:
        """A button beside Close after the job, e.g. "OCR every page again": it closes this
        dialog and calls ``run``."""
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(self.accept)
        button.clicked.connect(lambda _checked=False: run())
        return button

    def _show_report(self, text: str, heading: str) -> None:
        self.label.setText(tr(heading))
        self.report.setPlainText(text)
        self.report.setVisible(bool(text))
        if text:  # (centred over its window again, on the screen: see resize_centred)
            resize_centred(self, QSize(self.width(), max(self.height(), REPORT_HEIGHT)))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter closes the report (it did nothing: no button had focus)
        close.setFocus()


def run_job(
    parent: QWidget | None,
    title: str,
    work: Work,
    runner: TaskRunner,
    describe: Describe,
    *,
    cancellable: bool = True,
    on_done: Callable[[Any], None] | None = None,
) -> JobDialog:
    """Start ``work`` in ``runner`` with a progress dialog; ``on_done(result)`` after success."""
    job = Job(work, runner, cancellable=cancellable)
    dialog = JobDialog(title, job, describe, parent)
    if on_done is not None:
        job.finished.connect(on_done)
    return dialog.run()
