"""The doubtful-word queue: listed per document, and "next doubtful word" (F7) shows each in turn
in both panes: selected in the text, outlined on the scan."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr.doubtful import DoubtfulWord
from app.ui.base.language import install, uninstall
from app.ui.base.settings import Settings
from app.ui.window.main_window import MainWindow
from app.ui.window.panes import RULES
from tests.ui.helpers import add_ocr_layer, make_window
from tests.ui.reading import compiled


def _next_action(window: MainWindow) -> QAction:
    [action] = [
        a for a in window._menus["&Go"].actions() if "doubtful" in a.text().replace("&", "")
    ]
    return action


def test_next_doubtful_word_walks_the_document(qtbot: QtBot, tools_window: MainWindow) -> None:
    window, view = tools_window, tools_window.document_view
    assert view.summary is not None
    pages = view.summary.pages
    add_ocr_layer(window.lib, pages[0].id, [("Memo", 95.0), ("f0r", 31.0), ("the", 90.0)])
    add_ocr_layer(window.lib, pages[2].id, [("budgct", 22.0), ("figures", 96.0)])
    window.refresh()
    pane = window.doubtful_pane
    window.side.setCurrentWidget(pane)  # (the list is read when shown)
    assert [(w.page_index, w.text) for w in pane.words] == [(0, "f0r"), (2, "budgct")]
    assert pane.list.count() == 2 and "2 doubtful words on 2 pages" in pane.summary.text()
    assert "confidence 31" in pane.list.item(0).text()
    # a narrow pane elides a line ("…"), its whole text on hover: no sideways scrolling
    assert pane.list.item(0).toolTip() == pane.list.item(0).text()
    assert pane.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    action = _next_action(window)
    assert action.shortcut() == QKeySequence("F7")
    action.trigger()
    assert view.index == 0 and view.text_pane.textCursor().selectedText() == "f0r"
    assert view.page_view._focus.isVisible()  # outlined on the scan too
    action.trigger()
    assert view.index == 2 and view.text_pane.textCursor().selectedText() == "budgct"
    action.trigger()  # wraps to the first again
    assert view.index == 0 and pane.list.currentRow() == 0


def test_choosing_from_the_list_and_no_words(qtbot: QtBot, tools_window: MainWindow) -> None:
    window, view = tools_window, tools_window.document_view
    pane = window.doubtful_pane
    window.side.setCurrentWidget(pane)
    assert pane.words == [] and pane.summary.text() == "No doubtful words."
    _next_action(window).trigger()
    assert window.current_message() == "No doubtful words in this document."
    assert view.summary is not None
    add_ocr_layer(window.lib, view.summary.pages[1].id, [("stati0n", 12.0)])
    window.refresh()
    pane.list.itemClicked.emit(pane.list.item(0))
    assert view.index == 1 and view.text_pane.textCursor().selectedText() == "stati0n"


def test_a_correction_is_one_key_away(qtbot: QtBot, tools_window: MainWindow) -> None:
    """After F7 the word is the text selection, so Annotate > Correction applies to it."""
    window, view = tools_window, tools_window.document_view
    assert view.summary is not None
    add_ocr_layer(window.lib, view.summary.pages[0].id, [("Memo", 95.0), ("f0r", 31.0)])
    window.refresh()
    _next_action(window).trigger()
    assert view.page_text is not None
    span = window.annotations.selected_span()
    assert span is not None and view.page_text.text[span.start : span.end] == "f0r"
    window.annotations.author_source.settings.store.setValue("annotate/author", "Ana")
    made = window.annotations.annotate_selection("correction", {"replacement": "for"})
    assert made is not None
    [record] = [r for r in window.page_annotations.records if r.uuid == made]
    assert record.kind == "correction" and record.text is not None
    assert record.text.quote == "f0r" and record.body == {"replacement": "for"}


def test_lone_punctuation_is_hidden_unless_asked(qtbot: QtBot, tools_window: MainWindow) -> None:
    window, view = tools_window, tools_window.document_view
    assert view.summary is not None
    add_ocr_layer(window.lib, view.summary.pages[0].id, [(":", 0.0), ("f0r", 31.0), ("|", 20.0)])
    window.refresh()
    pane = window.doubtful_pane
    window.side.setCurrentWidget(pane)
    assert pane.words_only.isChecked() and [w.text for w in pane.words] == ["f0r"]
    pane.words_only.setChecked(False)
    assert [w.text for w in pane.words] == [":", "f0r", "|"] and pane.list.count() == 3


def test_the_words_are_read_when_wanted_not_on_every_open(
    qtbot: QtBot, tools_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading a document's doubtful words reads all its words: not done for a hidden tab on
    every document opened, but when the tab is shown or F7 asks, and once."""
    window, view = tools_window, tools_window.document_view
    pane = window.doubtful_pane
    assert view.summary is not None
    add_ocr_layer(window.lib, view.summary.pages[1].id, [("stati0n", 12.0)])
    reads: list[DocumentId] = []
    real = pane._read

    def read(doc: DocumentId) -> list[DoubtfulWord]:
        reads.append(doc)
        return real(doc)

    monkeypatch.setattr(pane, "_read", read)
    window.refresh()
    view.next_page()
    assert reads == [] and pane.stale
    _next_action(window).trigger()  # F7 with the tab hidden: read, then the word shown
    assert len(reads) == 1 and view.index == 1
    assert view.text_pane.textCursor().selectedText() == "stati0n"
    window.side.setCurrentWidget(pane)
    _next_action(window).trigger()
    assert len(reads) == 1 and pane.list.count() == 1  # read once
    window.side.setCurrentIndex(0)
    window.refresh()
    assert len(reads) == 1
    window.side.setCurrentWidget(pane)
    assert len(reads) == 2 and not pane.stale


@pytest.mark.parametrize(
    ("language", "reading"),
    [
        ("en", "Hide lone punctuation marks"),
        ("de", "Einzelne Satzzeichen ausblenden"),
        ("fr", "Masquer les signes de ponctuation isolés"),
    ],
)
def test_the_box_s_text_is_whole_in_a_narrow_side_panel(
    qtbot: QtBot,
    qapp: QApplication,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    language: str,
    reading: str,
) -> None:
    """At the side panel's narrowest the text wraps, in each language, and a click on it
    toggles the box as a click on a check box's own text does."""
    install(qapp, language, compiled(tmp_path / "qm"))
    try:
        window = make_window(qtbot, review_library, settings)
        window.side.setCurrentWidget(window.doubtful_pane)
        total = sum(window.splitter.sizes())
        window.splitter.setSizes([RULES["side"].floor, total - RULES["side"].floor])
        qtbot.waitUntil(lambda: window.side.width() <= RULES["side"].floor)
        pane = window.doubtful_pane
        [shown] = [w for w in texts_of(pane) if w.text() == reading]
        assert shown.isVisible() and pane.rect().contains(
            QRect(shown.mapTo(pane, QPoint(0, 0)), shown.size())
        )
        if isinstance(shown, QLabel):
            assert shown.wordWrap() and shown.heightForWidth(shown.width()) <= shown.height()
        else:  # (a button's text never wraps: cut when it needs more than it has)
            assert shown.sizeHint().width() <= shown.width()
        assert pane.words_only.isChecked() and pane.words_only.accessibleName() == reading
        qtbot.mouseClick(shown, Qt.MouseButton.LeftButton)
        assert not pane.words_only.isChecked()
    finally:
        uninstall(qapp)


def texts_of(pane: QWidget) -> list[QLabel | QAbstractButton]:
    return [w for w in pane.findChildren(QWidget) if isinstance(w, QLabel | QAbstractButton)]


def test_f7_on_a_scan_without_text_says_it_has_no_text_yet(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    """A document no OCR has read has no doubtful words because it has no words: F7 said "No
    doubtful words in this document.", as if it had been read and found clean."""
    from app.core.documents.ingest import import_file
    from tests.builders import make_image_only_pdf

    lib = Library.open(tmp_path / "lib")
    doc = import_file(lib, make_image_only_pdf(tmp_path / "scan.pdf", pages=2)).document_id
    window = make_window(qtbot, lib, settings)
    assert doc is not None and window.open_document(DocumentId(doc))
    _next_action(window).trigger()
    assert window.current_message() == "This document has no text yet: OCR reads it first."
    window.close()
    lib.close()


def test_a_corrected_word_leaves_the_list_and_comes_back_with_the_undo(
    qtbot: QtBot, tools_window: MainWindow
) -> None:
    """A word a person corrected stayed listed, counted, and F7 came back to it."""
    window, view = tools_window, tools_window.document_view
    assert view.summary is not None
    pages = view.summary.pages
    add_ocr_layer(window.lib, pages[0].id, [("Memo", 95.0), ("f0r", 31.0), ("tbe", 40.0)])
    add_ocr_layer(window.lib, pages[2].id, [("budgct", 22.0), ("figures", 96.0)])
    window.refresh()
    pane = window.doubtful_pane
    window.side.setCurrentWidget(pane)
    assert "3 doubtful words on 2 pages" in pane.summary.text()
    _next_action(window).trigger()
    assert view.text_pane.textCursor().selectedText() == "f0r"
    window.annotations.author_source.settings.store.setValue("annotate/author", "Ana")
    assert window.annotations.annotate_selection("correction", {"replacement": "for"})
    qtbot.waitUntil(lambda: [w.text for w in pane.words] == ["tbe", "budgct"])
    # The focus back in the list (the correction's form closed) makes its first row current,
    # unselected: F7 went on after that one ("tbe"), not after the word corrected.
    view.text_pane.setFocus()
    pane.list.setFocus()
    qtbot.waitUntil(lambda: pane.list.currentRow() == 0)
    assert pane.summary.text() == (
        "2 doubtful words on 2 pages. F7: next doubtful word. 1 corrected word is no longer listed."
    )
    _next_action(window).trigger()  # on from the corrected word: not back to it
    assert view.index == 0 and view.text_pane.textCursor().selectedText() == "tbe"
    assert pane.list.currentRow() == 0
    window.annotating.stack.undo()
    qtbot.waitUntil(lambda: [w.text for w in pane.words] == ["f0r", "tbe", "budgct"])
    assert pane.summary.text() == "3 doubtful words on 2 pages. F7: next doubtful word."
    assert pane.list.currentRow() == 1  # the word chosen stays chosen
