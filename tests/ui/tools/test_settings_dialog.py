"""Tools > Settings…: the OCR languages, ready and from the system; ticking a system language
adds it, and the ticked languages become the OCR language setting."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from app.core.detection import band_cache
from app.core.ocr import languages
from app.core.ocr.tesseract import tesseract_available, tesseract_data_folder, user_tessdata
from app.ui.base import settings as S
from app.ui.base.settings import Settings
from app.ui.tools import settings_dialog
from app.ui.tools.settings_dialog import LANGUAGE_ROLE, SettingsDialog
from app.ui.window.main_window import MainWindow

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")


def test_a_system_language_is_offered_added_and_chosen(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tesseract_data_folder()
    assert own is not None
    system = tmp_path / "system"
    system.mkdir()
    shutil.copy2(own / "eng.traineddata", system / "xyz.traineddata")
    monkeypatch.setattr(languages, "system_tessdata_folders", lambda: [system])
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    items = {dialog.languages.item(i).data(LANGUAGE_ROLE).code: dialog.languages.item(i)
             for i in range(dialog.languages.count())}  # fmt: skip
    assert items["eng"].checkState() == Qt.CheckState.Checked  # the setting's default
    assert items["eng"].text() == "English (eng)"
    assert "from the system" in items["xyz"].text()
    items["eng"].setCheckState(Qt.CheckState.Unchecked)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.note.text()  # no language: nothing to read with
    items["eng"].setCheckState(Qt.CheckState.Checked)
    items["xyz"].setCheckState(Qt.CheckState.Checked)
    assert ok.isEnabled()
    ok.click()
    assert settings.get(S.OCR_LANGUAGE) == "eng+xyz"
    assert (user_tessdata() / "xyz.traineddata").is_file()
    again = SettingsDialog(settings)  # now ready, and ticked
    qtbot.addWidget(again)
    texts = [again.languages.item(i).text() for i in range(again.languages.count())]
    assert texts[:2] == ["English (eng)", "xyz (xyz)"]


def test_tools_settings_opens_it(qtbot: QtBot, tools_window: MainWindow) -> None:
    [action] = [a for a in tools_window._menus["&Tools"].actions() if a.text() == "&Settings…"]
    action.trigger()
    dialogs = tools_window.findChildren(SettingsDialog)
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].reject()


def test_without_tesseract_it_says_how_to_get_it(
    qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.ocr.tesseract import TesseractMissingError

    def missing() -> list[languages.Language]:
        raise TesseractMissingError("Tesseract is not installed")

    monkeypatch.setattr(settings_dialog, "available_languages", missing)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert "not available" in dialog.note.text()
    assert not dialog.languages.isEnabled()
    # OK still stores the window's language; the OCR languages stay as they were.
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.window_language.setCurrentIndex(dialog.window_language.findData("de"))
    assert dialog.apply() == "eng"
    assert settings.get(S.LANGUAGE) == "de" and settings.get(S.OCR_LANGUAGE) == "eng"


def test_the_banner_readings_kept_are_counted_and_forgotten_at_once(
    qtbot: QtBot, settings: Settings
) -> None:
    band_cache.keep([("ab" * 32, 0, "r", []), ("ab" * 32, 1, "r", [])])
    band_cache._memory[("cd" * 32, 0, "r")] = ()  # one in this process's memory too
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.kept.text().startswith("Kept now: 2 pages (0.0")
    explain = dialog.findChildren(QGroupBox)[-1].findChild(QLabel)
    assert explain is not None and str(band_cache.cache_path()) in explain.text()
    dialog.forget.click()  # no OK needed
    assert not band_cache.cache_path().exists()
    assert not band_cache._memory
    assert dialog.kept.text() == "None kept now." and not dialog.forget.isEnabled()
    dialog.reject()
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.kept.text() == "None kept now."


def test_what_it_reads_is_read_off_the_window_thread(
    qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    read_on: list[threading.Thread] = []

    def languages_read() -> list[languages.Language]:
        read_on.append(threading.current_thread())
        return [languages.Language("eng", True)]

    def kept_read() -> tuple[int, int]:
        read_on.append(threading.current_thread())
        return 3, 2_000_000

    monkeypatch.setattr(settings_dialog, "available_languages", languages_read)
    monkeypatch.setattr(band_cache, "kept", kept_read)
    dialog = SettingsDialog(settings, background=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.languages.count() == 1 and "3 pages" in dialog.kept.text())
    assert len(read_on) == 2 and threading.main_thread() not in read_on
    assert dialog.languages.isEnabled() and dialog.forget.isEnabled()
    dialog.forget.click()
    qtbot.waitUntil(lambda: len(read_on) == 3)  # forgotten, then counted again, off the thread
    assert threading.main_thread() not in read_on
