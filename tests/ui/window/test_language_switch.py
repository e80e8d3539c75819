"""Tools › Settings › Language of the window applies at once: the menus, panes, side tabs,
status bar and tables of the open window change language, and so do windows opened after."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.ui.base import settings as S
from app.ui.base.language import current, install, uninstall
from app.ui.tools.about_dialog import show_about
from app.ui.tools.settings_dialog import edit_settings
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import make_window, review_library_doc_id
from tests.ui.reading import CATALOGUES, compiled, texts


def choose(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """Tools › Settings…, the language chosen, OK."""
    dialog = edit_settings(window)
    qtbot.waitExposed(dialog)
    dialog.window_language.setCurrentIndex(dialog.window_language.findData(language))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    QApplication.processEvents()  # Qt's LanguageChange events reach the widgets


def shown(window: MainWindow) -> set[str]:
    out = texts(window)
    for menu in window.menuBar().findChildren(QMenu):
        out |= texts(menu)
    for table in (window.library_pane.table, window.annotation_list.table):
        model = table.model()
        out |= {
            str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())
        }
    return out


def translations(language: str) -> set[str]:
    """The catalogue's translations that read as no English source does."""
    out, sources = set(), set()
    for m in ET.parse(CATALOGUES / f"redline_{language}.ts").iter("message"):
        t = m.find("translation")
        sources.add(m.findtext("source"))
        if t is not None and t.text and len(t.text) > 3:
            out.add(t.text)
    return out - sources


def test_a_language_chosen_in_settings_applies_to_the_open_window_at_once(
    qtbot: QtBot, qapp: QApplication, review_library: Library, settings: S.Settings, tmp_path: Path
) -> None:
    assert install(qapp, "en", compiled(tmp_path / "qm")) == "en"
    try:
        window = make_window(qtbot, review_library, settings)
        assert window.open_document(review_library_doc_id(review_library))
        english = shown(window)
        assert {"&File", "&Tools", "Library", "Page 1 of 4"} <= english

        choose(qtbot, window, "de")
        assert current() == "de" and settings.get(S.LANGUAGE) == "de"
        german = shown(window)
        assert {"&Datei", "&Werkzeuge", "Bibliothek", "Seite 1 von 4"} <= german
        assert not {"&File", "&Tools", "Page 1 of 4"} & german
        window.document_view.show_page(1)  # texts the code sets now are German too
        qtbot.waitUntil(lambda: window.status_page.text() == "Seite 2 von 4")

        choose(qtbot, window, "fr")  # from German: each text's English source is found again
        french = shown(window)
        assert {"&Fichier", "&Outils", "Bibliothèque", "Page 2 sur 4"} <= french
        assert french & translations("de") - translations("fr") == set()
        about = show_about(window)  # a window opened after the change
        qtbot.waitExposed(about)
        assert about.windowTitle() == "À propos de Redline"
        about.close()

        choose(qtbot, window, "en")
        back = shown(window)
        assert {"&File", "&Tools", "Library", "Page 2 of 4"} <= back
        assert back & (translations("de") | translations("fr")) == set()
    finally:
        uninstall(qapp)


def test_the_language_changes_on_ok_as_the_dialog_says_not_while_choosing(
    qtbot: QtBot, qapp: QApplication, review_library: Library, settings: S.Settings, tmp_path: Path
) -> None:
    assert install(qapp, "en", compiled(tmp_path / "qm")) == "en"
    try:
        window = make_window(qtbot, review_library, settings)
        dialog = edit_settings(window)
        qtbot.waitExposed(dialog)
        notes = [label.text() for label in dialog.findChildren(QLabel)]
        assert "The window changes to the language chosen when you press OK." in notes
        dialog.window_language.setCurrentIndex(dialog.window_language.findData("de"))
        QApplication.processEvents()
        assert current() == "en" and "&File" in shown(window)  # (not yet: Cancel may follow)
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
        assert current() == "en" and settings.get(S.LANGUAGE) != "de"
        choose(qtbot, window, "de")
        assert current() == "de" and "&Datei" in shown(window)
    finally:
        uninstall(qapp)
