"""Translations: the German and French catalogues are complete and up to date with the window's
code, and the window's menus and dialogs show no English string in German or French."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.annotating.vocabulary import marking_categories
from app.core.documents.metadata import FIELDS
from app.core.exchange.merge_report import FIELDS as MERGE_FIELDS
from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.annotating.tag_manager import TagManager
from app.ui.base import settings as S
from app.ui.base.language import CORE_WORDS, TRANSLATED, install, uninstall
from app.ui.tools.about_dialog import show_about
from app.ui.tools.error_dialog import ErrorDialog
from app.ui.tools.export_dialog import ExportDialog
from app.ui.tools.help_browser import show_help
from app.ui.tools.metadata_dialog import edit_metadata
from app.ui.tools.settings_dialog import SettingsDialog, edit_settings
from app.ui.tools.shortcuts_dialog import show_shortcuts
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import review_library_doc_id
from tests.ui.reading import BIN, CATALOGUES, ROOT, compiled, texts


def messages(ts: Path) -> dict[str, str | None]:
    """source → translation (None when unfinished, vanished or empty)."""
    out: dict[str, str | None] = {}
    for m in ET.parse(ts).iter("message"):
        source, tr = m.findtext("source") or "", m.find("translation")
        done = tr is not None and not tr.get("type") and (tr.text or "").strip()
        out[source] = tr.text if done and tr is not None else None
    return out


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_has_a_translation_that_keeps_its_placeholders(language: str) -> None:
    catalogue = messages(CATALOGUES / f"redline_{language}.ts")
    assert len(catalogue) > 250
    missing = [s for s, t in catalogue.items() if t is None]
    assert missing == []
    for source, translation in catalogue.items():
        assert translation is not None
        fields = sorted(re.findall(r"\{\w*\}", source))
        assert sorted(re.findall(r"\{\w*\}", translation)) == fields, (source, translation)
        if source.replace("&&", "").count("&") == 1:  # a menu entry's key letter
            assert translation.replace("&&", "").count("&") == 1, (source, translation)


def test_the_catalogues_hold_every_string_of_the_window(tmp_path: Path) -> None:
    """pyside6-lupdate over app/ui now: a string marked for translation and missing from the
    catalogues (or left untranslated there) fails (`make update-translations` adds it)."""
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    done = subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = set(messages(fresh))
    assert len(found) > 250
    for language in TRANSLATED:
        catalogue = messages(CATALOGUES / f"redline_{language}.ts")
        assert sorted(s for s in found if catalogue.get(s) is None) == [], language


@pytest.fixture
def qm(tmp_path: Path) -> Path:
    return compiled(tmp_path)


def shown(qtbot: QtBot, lib: Library, settings: S.Settings) -> Iterator[QWidget]:
    """The window with every menu opened, and its main dialogs, each shown."""
    window = MainWindow(lib, settings, synchronous=True)
    qtbot.addWidget(window)
    window.show()
    assert window.open_document(review_library_doc_id(lib))
    for menu in window.menuBar().findChildren(QMenu):
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitUntil(menu.isVisible)
        yield menu
        menu.hide()
    yield window
    dialogs: list[QWidget] = [
        ExportDialog(window.lib, window.document_id, window, window.settings),
        edit_settings(window),
        show_about(window),
        show_shortcuts(window.menuBar(), window),
        show_help(window, "scan", None),
        ErrorDialog(RuntimeError("x"), None, window),
    ]
    metadata = edit_metadata(window)
    assert metadata is not None
    dialogs += [metadata, TagManager(window.annotating, window)]
    tags = window.page_annotations.tags
    for kind in ("correction", "tag", "marking", "redaction", "note"):
        dialogs.append(AnnotationDialog(kind, tags=tags, detected=[], parent=window))
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        yield dialog
        dialog.close()
    window.close()


def collect(qtbot: QtBot, lib: Library, settings: S.Settings) -> set[str]:
    found: set[str] = set()
    for widget in shown(qtbot, lib, settings):
        found |= texts(widget)
        if isinstance(widget, MainWindow):  # the tables' column headers
            for table in (widget.library_pane.table, widget.annotation_list.table):
                model = table.model()
                found |= {
                    str(model.headerData(i, Qt.Orientation.Horizontal))
                    for i in range(model.columnCount())
                }
    return found


# What reads the same in every language: data (the document's title, names, numbers, versions),
# keys, and words the catalogues translate as themselves (checked in the catalogue below).
DATA = re.compile(
    r"^[\W\d_]*$|^review-memo|^<h2>Redline [\d.]+</h2>$|^RuntimeError: x$|^OK$"
    r"|^(Redline|Qt|Python|PySide6|PyMuPDF|MuPDF|SQLAlchemy|SQLite|Alembic|Tesseract):$"
    r"|^(Deutsch|English|Français)$"  # each language named in its own
    r"|^(Linux|Windows|macOS|Darwin)-"  # the platform's description
)


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_menu_or_dialog_string_stays_english(
    qtbot: QtBot, qapp: QApplication, review_library: Library, settings: S.Settings, qm: Path,
    language: str,
) -> None:  # fmt: skip
    english = collect(qtbot, review_library, settings)
    assert "&File" in english and "Page 1 of 4" in english  # (the walk reaches them)
    assert install(qapp, language, qm) == language
    try:
        translated = collect(qtbot, review_library, settings)
    finally:
        uninstall(qapp)
    same = {t: t for t, tr in messages(CATALOGUES / f"redline_{language}.ts").items() if t == tr}
    examples = {e for c in marking_categories() for e in c.examples}  # (markings as printed)
    untranslated = sorted(
        t
        for t in english & translated
        if t.strip()
        and not DATA.search(t)
        and t not in same
        and t.rstrip(":") not in same
        and t not in examples
    )
    assert untranslated == [], "\n".join(untranslated)
    expected = {"de": ("&Datei", "Seite 1 von 4"), "fr": ("&Fichier", "Page 1 sur 4")}
    assert set(expected[language]) <= translated


def test_the_language_is_chosen_in_settings_and_follows_the_system_by_default(
    qtbot: QtBot, qapp: QApplication, settings: S.Settings, qm: Path
) -> None:
    assert settings.get(S.LANGUAGE) == ""  # the system's
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.window_language.setCurrentIndex(dialog.window_language.findData("fr"))
    dialog.apply()
    assert settings.get(S.LANGUAGE) == "fr"
    assert install(qapp, "xx", qm) == "en"  # an unknown choice: the system's (English here)
    assert install(qapp, "en", qm) == "en"
    assert install(qapp, "de", tmp_missing := qm / "none") == "en"  # no catalogue: English
    assert not tmp_missing.exists()


def test_the_core_words_the_window_shows_are_all_marked() -> None:
    """The metadata fields' names come from the Qt-free core; the window marks them itself."""
    assert {label for _, label in FIELDS} <= set(CORE_WORDS)


def test_the_merge_field_names_the_conflicts_dialog_shows_are_all_marked() -> None:
    assert set(MERGE_FIELDS.values()) | {"unreviewed", "in progress", "reviewed"} <= set(CORE_WORDS)


def test_the_marking_categories_the_editor_shows_are_all_marked() -> None:
    assert {c.label for c in marking_categories()} <= set(CORE_WORDS)
