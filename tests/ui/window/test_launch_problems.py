"""Started from the desktop there is no terminal: a library that cannot be opened is said in a
message box (and on stderr), and a file given to open that cannot be imported is said in the
window, which opens all the same. Each run in a process of its own (a finished event loop)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

_RUN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from app.core.errors import RedlineError
from app.core.refusals import worded
from app.ui.base.theme import is_dark
from app.ui.window.launch import run_gui
from app.ui.window.main_window import MainWindow

app = QApplication([])
seen = set()

def look():
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in shown:
        if isinstance(w, QMessageBox) and "box" not in seen:
            seen.add("box")
            print("box:", w.text().replace("\\n", " "))
            print("dark:", is_dark(w.palette()))
            print("buttons:", " ".join(b.text() for b in w.buttons()))
    if any(isinstance(w, MainWindow) for w in shown):
        seen.add("window")
    if "box" in seen:
        for w in shown:
            w.close()

poll = QTimer()
poll.setInterval(100)
poll.timeout.connect(look)
poll.start()
QTimer.singleShot(60_000, app.quit)  # nothing came: the test fails on what is printed
try:
    code = run_gui(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
except RedlineError as exc:
    print("raised:", worded(exc))  # (as the command line's error line says it)
    code = 1
print("window:", "window" in seen)
sys.exit(code)
"""


def _run(tmp_path: Path, *args: str) -> tuple[int, dict[str, str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "c")}
    run = subprocess.run(
        [sys.executable, "-c", _RUN, *args],
        capture_output=True, text=True, env=env, timeout=240, check=False,
    )  # fmt: skip
    lines = dict(line.split(": ", 1) for line in run.stdout.splitlines() if ": " in line)
    return run.returncode, lines


@pytest.mark.slow
def test_a_library_that_cannot_be_opened_is_said_in_a_box(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "library.sqlite").write_bytes(b"this is not a database" * 100)
    code, said = _run(tmp_path, str(lib))
    assert code == 1
    assert said["box"] and said["box"] == said["raised"]  # the same sentence, in a box
    assert str(lib) in said["box"] and said["window"] == "False"
    assert "file is not a database" not in said["box"]  # (SQLite's words: not for people)


@pytest.mark.slow
def test_the_box_before_any_window_is_in_the_scheme_and_language_chosen(tmp_path: Path) -> None:
    """A damaged library, with the dark scheme and French chosen: the box was drawn in the light
    palette (shown before the scheme was applied), and said the database layer's English ("This
    is not a Redline library…: file is not a database"); now app.core.refusals words it."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "library.sqlite").write_bytes(b"this is not a database" * 100)
    chosen = tmp_path / "c" / "Redline" / "Redline.conf"
    chosen.parent.mkdir(parents=True)
    chosen.write_text("[view]\ncolor_scheme=dark\nlanguage=fr\n", encoding="utf-8")
    code, said = _run(tmp_path, str(lib))
    assert code == 1 and said["window"] == "False"
    assert said["dark"] == "True"
    assert said["buttons"] == "OK"
    assert said["box"].startswith(f"{lib} n’est pas une bibliothèque Redline")  # (French)
    assert "database" not in said["box"] and said["raised"].startswith(f"{lib} is not a")


@pytest.mark.slow
def test_a_file_that_cannot_be_imported_is_said_in_the_window_which_opens(tmp_path: Path) -> None:
    damaged = tmp_path / "cable.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200)
    code, said = _run(tmp_path, str(tmp_path / "lib"), str(damaged))
    assert code == 0
    assert said["window"] == "True"
    assert said["box"].startswith("Cannot open cable.pdf:")
