"""Qt's file dialog in the window's language: its sizes and dates, and room for its labels."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QListView, QTreeView
from pytestqt.qtbot import QtBot

from app.ui.base.language import install, uninstall
from tests.ui.reading import compiled

SIZE = 370_000  # bytes: "361.33 KiB" in the C locale
WHEN = 1_796_728_800  # 2026-12-08 12:00 UTC: the file's time


@pytest.fixture
def speak(qapp: QApplication, tmp_path: Path) -> Iterator[object]:
    """install(language) for the test; English again after it."""
    qm = compiled(tmp_path / "qm")
    yield lambda language: install(qapp, language, qm)
    uninstall(qapp)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    scans = tmp_path / "scans"
    (scans / "sub").mkdir(parents=True)
    memo = scans / "memo.pdf"
    memo.write_bytes(b"x" * SIZE)
    os.utime(memo, (WHEN, WHEN))
    return scans


def shown(qtbot: QtBot, folder: Path, selected: str = "") -> tuple[QFileDialog, QTreeView]:
    """Qt's own file dialog on ``folder`` (as ``QFileDialog.getOpenFileName`` shows it where
    the desktop has none), shown, its list read."""
    dialog = QFileDialog(None, "", str(folder / selected) if selected else str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.findChild(QTreeView, "treeView")
    assert tree is not None
    model = tree.model()
    qtbot.waitUntil(lambda: model.rowCount(tree.rootIndex()) == 2)
    qtbot.waitUntil(lambda: bool(_row(tree, "memo.pdf")[3]))
    return dialog, tree


def _row(tree: QTreeView, name: str) -> list[str]:
    model, root = tree.model(), tree.rootIndex()
    for r in range(model.rowCount(root)):
        if model.index(r, 0, root).data() == name:
            return [str(model.index(r, c, root).data() or "") for c in range(4)]
    raise AssertionError(name)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_sizes_and_dates_are_written_in_the_window_s_language(  # type: ignore[no-untyped-def]
    speak, qtbot: QtBot, folder: Path, language: str
) -> None:
    """Qt's file system model writes them in the system's locale: a French window's dialog
    said "361.33 KiB" and "8 12 2026" on a machine whose locale is C."""
    speak(language)
    locale = QLocale(language)
    _, tree = shown(qtbot, folder)
    memo = _row(tree, "memo.pdf")
    when = QDateTime.fromSecsSinceEpoch(WHEN)
    assert memo[1] == locale.formattedDataSize(SIZE)
    assert memo[3] == locale.toString(when, QLocale.FormatType.ShortFormat)
    if language == "fr":
        assert memo[1] == "361,33 Kio"
        assert memo[3].startswith("08/12/2026")
    assert _row(tree, "sub")[1] == ""  # (a folder has no size)


def test_the_name_a_save_dialog_proposes_stays_chosen(  # type: ignore[no-untyped-def]
    speak, qtbot: QtBot, folder: Path
) -> None:
    speak("fr")
    dialog, tree = shown(qtbot, folder, "memo.pdf")
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None and edit.text() == "memo.pdf"
    assert dialog.selectedFiles() == [str(folder / "memo.pdf")]
    chosen = tree.selectionModel().selectedRows()
    assert [i.data() for i in chosen] == ["memo.pdf"]


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_the_places_and_the_columns_are_wide_enough_for_their_labels(  # type: ignore[no-untyped-def]
    speak, qtbot: QtBot, folder: Path, language: str
) -> None:
    """At the dialog's first size the French "Ordinateur" and "Dernière modification" were cut
    ("Ordinat…", "Dernière modifica"): every place's name, every column's title, the size and
    date of a file are whole, and every column is in sight without scrolling."""
    speak(language)
    dialog, tree = shown(qtbot, folder)
    header = tree.header()
    metrics = tree.fontMetrics()
    memo = _row(tree, "memo.pdf")
    for column in range(header.count()):
        title = str(tree.model().headerData(column, header.orientation()))
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 16, title
    assert header.sectionSize(1) > metrics.horizontalAdvance(memo[1])
    assert header.sectionSize(3) > metrics.horizontalAdvance(memo[3])
    assert header.length() <= tree.viewport().width(), (header.length(), tree.viewport().width())
    places = dialog.findChild(QListView, "sidebar")
    assert places is not None
    model = places.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        text = str(index.data())
        room = places.visualRect(index).width() - places.iconSize().width()
        assert places.fontMetrics().horizontalAdvance(text) < room, text
        assert places.visualRect(index).right() <= places.viewport().width(), text
