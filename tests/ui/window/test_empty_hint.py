"""The empty library's hint on the page area: where scans come in, gone once there are some."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.ui.base.settings import Settings
from tests.ui.helpers import make_review_pdf, make_window


def hints(window: object) -> list[QLabel]:
    view = window.document_view.page_view.viewport()  # type: ignore[attr-defined]
    return [w for w in view.findChildren(QLabel) if w.objectName() == "emptyLibraryHint"]


def test_an_empty_library_says_where_scans_come_in_until_one_is_imported(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    """A first start showed empty panes and a grey page area, nothing pointing to File ›
    Import files… (Ctrl+O)."""
    lib = Library.open(tmp_path / "library")
    try:
        window = make_window(qtbot, lib, settings)
        window.open_first_document()  # (as the start does)
        [hint] = hints(window)
        assert hint.isVisible() and "File › Import files… (Ctrl+O)" in hint.text()
        area = window.document_view.page_view.viewport().rect()
        assert area.contains(hint.geometry())  # whole on the page area
        window.import_paths([make_review_pdf(tmp_path / "memo.pdf")])
        qtbot.waitUntil(lambda: window.library_model.rowCount() == 1)
        assert not hint.isVisible()
        window.close()
    finally:
        lib.close()


def test_a_library_with_documents_shows_no_hint(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = make_window(qtbot, review_library, settings)
    window.open_first_document()
    assert all(not h.isVisible() for h in hints(window))


def test_the_hint_names_the_menu_and_key_as_a_german_window_shows_them(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, settings: Settings
) -> None:
    from app.ui.base.language import install, uninstall
    from tests.ui.reading import compiled

    lib = Library.open(tmp_path / "library")
    assert install(qapp, "de", compiled(tmp_path / "qm")) == "de"
    try:
        window = make_window(qtbot, lib, settings)
        window.open_first_document()
        [hint] = hints(window)
        said = hint.text()
        window.close()
    finally:
        uninstall(qapp)
        lib.close()
    assert "Datei › Dateien importieren… (Strg+O)" in said and "noch keine Dokumente" in said


def test_an_empty_library_shows_no_zoom_until_a_page_is_shown(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    """The status bar said "109%" beside no page at all."""
    lib = Library.open(tmp_path / "library")
    try:
        window = make_window(qtbot, lib, settings)
        window.open_first_document()  # (as the start does)
        window.resize(900, 600)
        QApplication.processEvents()
        assert window.status_zoom.text() == ""
        window.import_paths([make_review_pdf(tmp_path / "memo.pdf")])
        qtbot.waitUntil(lambda: window.library_model.rowCount() == 1)
        window.open_first_document()
        qtbot.waitUntil(lambda: window.status_zoom.text().endswith("%"))
        window.close()
    finally:
        lib.close()
