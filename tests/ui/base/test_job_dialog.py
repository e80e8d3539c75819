"""The long-job dialog: progress, Cancel, the report; a bar that tells the truth after Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.ui.base.job_dialog import REPORT_HEIGHT, Cancel, Job, JobDialog, Progress
from app.ui.base.language import install, uninstall
from app.ui.base.workers import TaskRunner
from tests.ui.reading import compiled


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


def test_enter_closes_the_report(qtbot: QtBot, sync_runner: TaskRunner) -> None:
    """The report's Close had no focus and was no default: Enter did nothing (Escape closed)."""
    from PySide6.QtCore import Qt

    dialog = JobDialog("OCR", Job(pages, sync_runner), str)
    qtbot.addWidget(dialog)
    dialog.run()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    target = QApplication.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_an_ended_job_says_so_in_the_windows_language(
    qtbot: QtBot, sync_runner: TaskRunner, qapp: QApplication, tmp_path: Path
) -> None:
    """The title, the heading ("Done.", "Failed.") and the core's reason read in German in a
    German window (they read in English: set as written, and the error as str())."""
    from app.core.exchange.record_rules import InvalidAnnotationSet
    from app.core.wording import translate

    def refused(progress: Progress, cancel: Cancel) -> int:
        raise InvalidAnnotationSet(
            translate("Redline", "{name} is not UTF-8 text (byte {byte})").format(
                name="notes.json", byte=9
            )
        )

    assert install(qapp, "de", compiled(tmp_path / "qm")) == "de"
    try:
        done = JobDialog("Detect markings", Job(pages, sync_runner), str)
        qtbot.addWidget(done)
        done.run()
        failed = JobDialog("Import", Job(refused, sync_runner), str)
        qtbot.addWidget(failed)
        failed.run()
        said = done.label.text(), failed.label.text(), failed.report.toPlainText()
        title = done.windowTitle()
    finally:
        uninstall(qapp)  # (a live change of language: the dialogs read in English again)
    assert said == ("Fertig.", "Fehlgeschlagen.", "notes.json ist kein UTF-8-Text (Byte 9)")
    assert title == "Markierungen erkennen"


def test_a_job_that_fails_at_once_shows_its_report_centred_over_the_window_on_the_screen(
    qtbot: QtBot, sync_runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog grows for its report after it is shown: it grew downwards from where Qt had
    centred it for its first size, past the bottom of a 1024x600 screen from a low window."""
    screen = QRect(0, 0, 1024, 600)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _s: screen)
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(300, 380, 500, 200)
    window.show()
    qtbot.waitExposed(window)

    def fails(progress: Progress, cancel: Cancel) -> int:
        raise OSError("No space left on device")

    dialog = JobDialog("Export", Job(fails, sync_runner), str, window)
    dialog.run()
    qtbot.waitUntil(lambda: dialog.height() >= REPORT_HEIGHT)
    frame = dialog.frameGeometry()
    assert screen.contains(frame), frame
    assert frame.bottom() == screen.bottom()  # as near the window's centre as the screen lets
    assert abs(frame.center().x() - window.frameGeometry().center().x()) <= 1
