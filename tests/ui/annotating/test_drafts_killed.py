"""A note form open when Redline is killed (SIGKILL: a crash, a power cut) loses nothing: the
next window on the library offers what was typed back, in its form (``drafts.py``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.annotating.annotation_listing import list_annotations
from app.core.documents.ingest import import_file
from app.core.library import Library
from tests.builders import make_text_pdf

_TYPE_AND_WAIT = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from app.ui.annotating.editor import AnnotationDialog
from app.ui.window.launch import run_gui
from app.ui.window.main_window import MainWindow

QSettings("Redline", "Redline").setValue("annotate/author", "Ada")
app = QApplication([])
done = set()

def look():
    top = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    forms = [w for w in top if isinstance(w, AnnotationDialog)]
    windows = [w for w in top if isinstance(w, MainWindow)]
    if forms and "typed" not in done:
        done.add("typed")
        QTest.keyClicks(forms[0].note, "Met the ambassador at noon")
        print("typed", flush=True)  # and nothing saved: the test kills this process
    elif windows and windows[0].document_view.page_text is not None and "asked" not in done:
        done.add("asked")
        QTimer.singleShot(0, windows[0].annotations.annotate_page)  # (the form's own loop)

poll = QTimer()
poll.timeout.connect(look)
poll.start(100)
sys.exit(run_gui(sys.argv[1]))
"""

_OFFERED = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from app.ui.annotating.editor import AnnotationDialog
from app.ui.window.launch import run_gui
from app.ui.window.main_window import MainWindow

app = QApplication([])
done = set()

def look():
    top = [w for w in QApplication.allWidgets() if w.isVisible()]
    boxes = [w for w in top if isinstance(w, QMessageBox)]
    forms = [w for w in top if isinstance(w, AnnotationDialog)]
    if boxes and "offered" not in done:
        done.add("offered")
        print("offered:", boxes[0].text().replace("\\n", " "), flush=True)
        print("typed:", boxes[0].informativeText(), flush=True)
        [again] = [b for b in boxes[0].buttons() if b.text() == "Open it again"]
        again.click()
    elif forms and "form" not in done:
        done.add("form")
        print("form:", forms[0].note.toPlainText(), flush=True)
        print("restored:", forms[0].restored.text(), flush=True)
        forms[0].accept()  # saved
    elif "form" in done and not forms and "closed" not in done:
        done.add("closed")
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow):
                w.close()

poll = QTimer()
poll.timeout.connect(look)
poll.start(100)
QTimer.singleShot(60_000, app.quit)
sys.exit(run_gui(sys.argv[1]))
"""


def drafts_in(config: Path) -> list[Path]:
    return sorted((config / "Redline" / "drafts").glob("*.json"))


@pytest.mark.slow
def test_a_note_typed_when_the_process_is_killed_is_offered_back_next_time(
    tmp_path: Path,
) -> None:
    """A real window killed with SIGKILL with a note typed and not saved: the next window on
    the library offers it, opens the form again filled in, and once saved it is gone."""
    library = tmp_path / "lib"
    with Library.open(library) as lib:
        assert import_file(lib, make_text_pdf(tmp_path / "memo.pdf", ["The memo."])).ok
    config = tmp_path / "config"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    first = subprocess.Popen(
        [sys.executable, "-c", _TYPE_AND_WAIT, str(library)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "typed"
        deadline = time.monotonic() + 30  # (the draft is kept a moment after the last key)
        while not drafts_in(config) and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)  # a crash, a power cut: nothing closes
        first.wait(timeout=30)
    finally:
        first.kill()
    assert len(drafts_in(config)) == 1, first.stderr.read() if first.stderr else ""
    second = subprocess.run(
        [sys.executable, "-c", _OFFERED, str(library)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    out = second.stdout
    assert "offered: Redline stopped while a note was being typed on page 1 of “memo”." in out, (
        second.stderr
    )
    assert "typed: Met the ambassador at noon" in out
    assert "form: Met the ambassador at noon" in out
    assert "restored: Restored: this was typed here when Redline stopped, and not saved." in out
    assert drafts_in(config) == []  # saved: the draft is gone
    with Library.open(library) as lib:
        [note] = list_annotations(lib)
        assert note.kind == "note" and note.body == {"text": "Met the ambassador at noon"}
