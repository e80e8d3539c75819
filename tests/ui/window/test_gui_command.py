"""The ``gui`` and ``open`` commands through the real command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.cli import main
from app.core.documents.queries import count_documents
from app.core.library import Library
from app.ui.tools.error_dialog import LOG_AT
from tests.ui.helpers import make_review_pdf


def test_open_imports_the_file_and_writes_a_screenshot(qapp: QApplication, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    pdf = make_review_pdf(tmp_path / "in" / "memo.pdf")
    out = tmp_path / "shot.png"
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "open", str(pdf), "--page", "3", "--screenshot", str(out)]) == 0
    assert QImage(str(out)).width() == 1440
    # Opening it again by title finds the same document rather than importing it twice.
    assert main(["--library", lib, "open", "memo", "--screenshot", str(out)]) == 0
    with Library.open(lib) as library:
        assert count_documents(library) == 1


def test_open_names_a_missing_document(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--library", str(tmp_path / "lib"), "open", "no-such-memo"]) == 1
    assert "no-such-memo" in capsys.readouterr().err


def test_open_says_a_missing_file_is_no_file(
    qapp: QApplication,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A path that names no file is said to be no file (it was "No document … in the
    library"), while a document of the library is still opened by its file's name."""
    lib = str(tmp_path / "lib")
    missing = tmp_path / "gone" / "memo.pdf"
    assert main(["--library", lib, "open", str(missing)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == (
        f"redline: Cannot open {missing}: there is no such file, nor a document of that name "
        "in the library (try `redline list`)."
    )
    (tmp_path / "in").mkdir()
    pdf = make_review_pdf(tmp_path / "in" / "memo.pdf")
    out = tmp_path / "shot.png"
    assert main(["--library", lib, "open", str(pdf), "--screenshot", str(out)]) == 0
    monkeypatch.chdir(tmp_path)  # (not where the file is: by its name in the library)
    assert main(["--library", lib, "open", "memo.pdf", "--screenshot", str(out)]) == 0
    assert main(["--library", lib, "open", "memo.tif"]) == 1
    assert "Cannot open memo.tif: there is no such file" in capsys.readouterr().err


_SAMPLE_RUN = """
import gc
import sys
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication
from app.ui.window.launch import run_gui
from app.ui.window.main_window import MainWindow

app = QApplication([])

def look_and_close():
    if QThread.currentThread().loopLevel() == 0:
        return  # run_gui is still setting up
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            print("showing:", widget.status_document.text())
            print("python collects on its own:", gc.isenabled())  # (the window collects)
            widget.close()  # the last window: the event loop ends

poll = QTimer()
poll.setInterval(200)
poll.timeout.connect(look_and_close)
poll.start()
sys.exit(run_gui(sys.argv[1], sample_if_empty=True))
"""


@pytest.mark.slow
def test_an_empty_library_opens_on_the_sample_documents(tmp_path: Path) -> None:
    # In a process of its own: a finished QApplication.exec() leaves the test's one behind.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", _SAMPLE_RUN, str(tmp_path / "lib")],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    shown = [line for line in run.stdout.splitlines() if line.startswith("showing: ")]
    assert shown and len(shown[0]) > len("showing: ")  # a sample document is open
    # Python's garbage collected on the window's thread alone (app.ui.base.collector), start-up's
    # settle() leaving it so
    assert "python collects on its own: False" in run.stdout
    with Library.open(tmp_path / "lib") as library:
        assert count_documents(library) >= 3


_ERROR_RUN = """
import sys
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication
from app.ui.tools.error_dialog import ErrorDialog
from app.ui.window.launch import run_gui

app = QApplication([])

def fail():
    if QThread.currentThread().loopLevel() == 0:
        QTimer.singleShot(100, fail)  # run_gui is still setting up
        return
    raise LookupError("no page 7 in this memo")

def look_and_close():
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog)]
    if dialogs and dialogs[0].isVisible():
        print("dialog:", dialogs[0].what.text(), "|", dialogs[0].where.text().replace("\\n", " "))
        for widget in QApplication.topLevelWidgets():
            widget.close()

def give_up():
    for widget in QApplication.topLevelWidgets():
        widget.close()

QTimer.singleShot(0, fail)
QTimer.singleShot(30_000, give_up)  # no dialog came: end the run (the test fails)
poll = QTimer()
poll.setInterval(100)
poll.timeout.connect(look_and_close)
poll.start()
sys.exit(run_gui(sys.argv[1]))
"""


@pytest.mark.slow
def test_an_unexpected_error_in_the_window_is_shown_and_logged(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "s")}
    run = subprocess.run(
        [sys.executable, "-c", _ERROR_RUN, str(tmp_path / "lib")],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    log = tmp_path / "s" / "redline" / "log" / "redline.log"
    shown = [line for line in run.stdout.splitlines() if line.startswith("dialog: ")]
    assert shown == [f"dialog: LookupError: no page 7 in this memo | {LOG_AT} {log}"], run.stderr
    assert "LookupError" not in run.stderr  # shown in the window, not left on stderr
    assert "Traceback" in log.read_text(encoding="utf-8")
