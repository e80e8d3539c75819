"""Help > About Redline, the application's identity, and the one-time Tesseract notice."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app import __version__
from app.core.library import Library
from app.core.resources import APP_ID
from app.core.versions import collect_versions
from app.ui.base import settings as S
from app.ui.tools.about_dialog import AboutDialog, tesseract_notice
from app.ui.window.main_window import MainWindow


def _texts(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_names_version_licence_and_every_library(qtbot: QtBot) -> None:
    versions = replace(collect_versions(tesseract=False), tesseract="5.3.0")
    dialog = AboutDialog(versions)
    qtbot.addWidget(dialog)
    shown = _texts(dialog)
    assert __version__ in shown and "AGPL-3.0-or-later" in shown
    assert "PyMuPDF (AGPL" in shown and "LGPL" in shown
    for value in (qVersion(), versions.pyside6, versions.pymupdf, versions.sqlite, "5.3.0"):
        assert value and value in shown
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.report()
    assert "Qt:" in copied and "Tesseract: 5.3.0" in copied.replace("  ", " ")
    assert dialog.copied.text() == "Copied to the clipboard."


def test_every_line_of_about_is_whole(qtbot: QtBot) -> None:
    """No row squeezed below its text's height (the platform line lost its descenders: "x86_64"
    read "x86 64", "glibc" "qlibc")."""
    dialog = AboutDialog(collect_versions(tesseract=False))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    short = [
        (label.text()[:30], label.height(), label.heightForWidth(label.width()))
        for label in dialog.findChildren(QLabel)
        if label.text() and label.height() < max(label.minimumSizeHint().height(),
                                                  label.heightForWidth(label.width()))
    ]  # fmt: skip
    assert short == []


def test_missing_tesseract_is_said_in_the_report(qtbot: QtBot) -> None:
    dialog = AboutDialog(replace(collect_versions(tesseract=False), tesseract=None))
    qtbot.addWidget(dialog)
    assert "not installed (OCR unavailable)" in dialog.report()


def test_tesseract_notice_is_said_once(settings: S.Settings) -> None:
    said: list[str] = []
    assert tesseract_notice(settings, said.append, available=True) is False
    assert tesseract_notice(settings, said.append, available=False) is True
    assert tesseract_notice(settings, said.append, available=False) is False
    assert len(said) == 1 and "Tesseract" in said[0] and "install" in said[0]
    assert settings.get(S.TESSERACT_NOTICE_SHOWN) is True


def test_window_without_tesseract_says_so_and_still_works(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.core.ocr.tesseract.tesseract_path", lambda: None)
    window = MainWindow(review_library, settings, synchronous=True)
    qtbot.addWidget(window)
    assert window.notify_missing_tesseract() is True
    assert "Tesseract is not installed" in window.current_message()
    assert window.notice.isVisible() and "install" in window.notice.text()
    window.notice.close()
    assert window.notify_missing_tesseract() is False  # once only
    doc_id = window.library_model.document_id(0)
    assert doc_id is not None and window.open_document(doc_id)


def test_help_menu_opens_about(qtbot: QtBot, review_library: Library, settings: S.Settings) -> None:
    window = MainWindow(review_library, settings, synchronous=True)
    qtbot.addWidget(window)
    [about] = [a for a in window._menus["&Help"].actions() if "About" in a.text()]
    about.trigger()
    [dialog] = window.findChildren(AboutDialog)
    assert dialog.isVisible() and dialog.windowTitle() == "About Redline"


def test_application_identity(qapp: QApplication) -> None:
    from app.ui.window.launch import _identify

    _identify(qapp)
    assert QGuiApplication.desktopFileName() == APP_ID
    assert qapp.applicationVersion() == __version__
    assert not qapp.windowIcon().isNull()
