"""A first start says what to press, once: the sample library showed the detector's dashed
proposals and an empty status bar, with nothing saying how to decide them or where help is."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.ui.base import settings as S
from app.ui.window import launch
from app.ui.window.main_window import MainWindow


def test_the_first_start_says_what_to_press_once(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(review_library, settings, synchronous=True)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(window, "notify_missing_tesseract", lambda: False)
    monkeypatch.setattr(window.import_runner, "submit", lambda *_: None)  # (no fork server)
    launch._when_painted(window, ())
    said = window.current_message()
    assert said.startswith("Welcome to Redline.") and "N steps to the next" in said
    assert window.message_strip.isVisible()  # whole, above the status bar, until dismissed
    assert settings.get(S.WELCOMED) is True
    window.message_strip.dismiss()
    again: Any = MainWindow(review_library, settings, synchronous=True)
    qtbot.addWidget(again)
    assert again.welcome_once() is False and again.current_message() == ""
