"""Unexpected errors in the window: a dialog with what happened, the log file's place and a bug
report to copy; the traceback in the log; a crash's stacks in the log too (faulthandler)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.errorlog import log_file
from app.core.errors import LibraryError
from app.ui.tools import error_dialog
from app.ui.tools.error_dialog import ErrorReporter, install_error_handlers


class MemoLost(RuntimeError):
    pass


@pytest.fixture
def reporter(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> ErrorReporter:
    """The window's handlers, installed for one test (faulthandler stays pytest's own)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(error_dialog, "write_crashes_to_log", lambda: None)
    return install_error_handlers(qapp)


def fail_in_a_slot() -> None:
    raise MemoLost("the memo of 12 March went missing")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_what_happened_where_the_log_is_and_a_bug_report(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    QTimer.singleShot(0, fail_in_a_slot)  # raised inside Qt's event loop, as in the window
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None
    assert dialog.what.text() == "MemoLost: the memo of 12 March went missing"
    assert str(log_file()) in dialog.where.text()
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "fail_in_a_slot" in logged and "MemoLost" in logged
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "MemoLost: the memo of 12 March went missing" in copied
    assert "fail_in_a_slot" in copied and "PyMuPDF:" in copied and "Redline:" in copied
    assert dialog.copied.text()

    QTimer.singleShot(0, fail_in_a_slot)  # a second error while the dialog is open: counted
    qtbot.waitUntil(lambda: reporter.more == 1)
    assert dialog.more.isVisible() and "1 more error" in dialog.more.text()
    assert logged.count("MemoLost") < log_file().read_text(encoding="utf-8").count("MemoLost")
    dialog.close()
    assert reporter.dialog is None


@pytest.mark.qt_no_exception_capture
def test_an_error_in_another_thread_is_shown_in_the_window(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    thread = threading.Thread(target=fail_in_a_slot)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None and "MemoLost" in reporter.dialog.what.text()
    reporter.dialog.close()


def test_a_crash_writes_the_stacks_to_the_log(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    crash = (
        "from app.core.errorlog import write_crashes_to_log\n"
        "write_crashes_to_log()\n"
        "import faulthandler\n"
        "faulthandler._sigsegv()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", crash], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode != 0
    log = tmp_path / "state" / "redline" / "log" / "redline.log"
    assert "Segmentation fault" in log.read_text(encoding="utf-8")


def fail_for_a_person() -> None:
    raise LibraryError("The server holding postgresql://archive/cables cannot be reached.")


@pytest.mark.qt_no_exception_capture
def test_an_error_for_a_person_no_code_caught_is_one_plain_message_not_a_bug(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    QTimer.singleShot(0, fail_for_a_person)
    qtbot.waitUntil(lambda: reporter.message is not None and reporter.message.isVisible())
    box = reporter.message
    assert box is not None
    assert box.text() == "The server holding postgresql://archive/cables cannot be reached."
    assert reporter.dialog is None  # no bug report, no traceback
    assert not log_file().exists() or "cannot be reached" not in log_file().read_text()
    QTimer.singleShot(0, fail_for_a_person)  # the same again while it is open: not twice
    qtbot.wait(50)
    assert reporter.message is box
    assert len([w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not box
                and w.windowTitle() == "Redline"]) == 0  # fmt: skip
    box.close()
    assert reporter.message is None
