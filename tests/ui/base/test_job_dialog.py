"""The long-job dialog: progress, Cancel, the report; a bar that tells the truth after Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.ui.base.job_dialog import Cancel, Job, JobDialog, Progress
from app.ui.base.workers import TaskRunner


def pages(progress: Progress, cancel: Cancel) -> int:
    done = 0
    for done in range(1, 11):
        progress(done, 10)
        if cancel():
            break
    return done


def test_after_cancel_the_bar_stays_where_the_job_stopped(
    qtbot: QtBot, sync_runner: TaskRunner
) -> None:
    job = Job(pages, sync_runner)
    dialog = JobDialog("OCR", job, lambda n: f"{n} of 10 pages read.")
    qtbot.addWidget(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    job.progress.connect(lambda done, _total: cancel.click() if done == 3 else None)
    dialog.run()
    assert dialog.label.text() == "Cancelled." and job.result == 3
    assert (dialog.bar.value(), dialog.bar.maximum()) == (3, 10)  # not a full bar
    assert dialog.report.toPlainText() == "3 of 10 pages read."


def test_a_finished_job_fills_the_bar(qtbot: QtBot, sync_runner: TaskRunner) -> None:
    dialog = JobDialog("OCR", Job(pages, sync_runner), str)
    qtbot.addWidget(dialog)
    dialog.run()
    assert dialog.label.text() == "Done." and dialog.bar.value() == dialog.bar.maximum() == 10
