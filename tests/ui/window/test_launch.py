"""Without a screen, `redline` says so in a sentence instead of Qt aborting the process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.core.errors import RedlineError
from app.ui.window.launch import run_gui


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is an X11/Wayland idea")
def test_no_display_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(RedlineError, match="no display"):
        run_gui(tmp_path / "lib")
    assert not (tmp_path / "lib").exists()  # nothing was created on the way
