"""The window's actions work with their library calls off its thread (as on a team library, where
``app.ui.base.library_calls`` runs them): the annotating tests run again in a process of their
own with every window so (``REDLINE_TEST_CALLS_OFF_THREAD``, tests/ui/conftest.py), where a call
reaching the library unmarked from the window's code is an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_annotating_actions_work_with_their_calls_off_the_window_s_thread() -> None:
    env = {**os.environ, "REDLINE_TEST_CALLS_OFF_THREAD": "1", "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:cacheprovider",
         "-o", "addopts=", "tests/ui/annotating"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=1200, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-6000:]
    assert " passed" in run.stdout.splitlines()[-1]
