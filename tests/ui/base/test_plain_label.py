"""Data shown in labels as written, never as markup (app/ui/base/plain_label.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.base.plain_label import plain_label
from app.ui.base.settings import Settings
from tests.ui.helpers import make_window
from tests.ui.reading import shown_as_written


def test_a_plain_label_shows_a_tag_as_written(qtbot: QtBot) -> None:
    label = plain_label("memo <b>draft</b>")
    qtbot.addWidget(label)
    wide = label.fontMetrics().horizontalAdvance("memo <b>draft</b>")
    assert shown_as_written(label) and label.sizeHint().width() >= wide


def test_the_quote_a_redaction_is_confirmed_over_is_shown_as_written(qtbot: QtBot) -> None:
    dialog = AnnotationDialog("redaction", quote="see <b>cable</b> from <i>Vienna</i>")
    qtbot.addWidget(dialog)
    [quote] = [
        label for label in dialog.findChildren(type(plain_label())) if "cable" in label.text()
    ]
    assert quote.text() == "“see <b>cable</b> from <i>Vienna</i>”" and shown_as_written(quote)


def test_the_status_bar_shows_the_documents_title_as_written(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    with review_library.transaction() as s:  # (a title from a file's name: anything)
        s.connection().exec_driver_sql("UPDATE documents SET title = 'memo <b>draft</b>'")
    window = make_window(qtbot, review_library, settings)
    doc = window.library_model.document_id(0)
    assert doc is not None and window.open_document(doc)
    assert window.status_document.text() == "memo <b>draft</b>"
    assert shown_as_written(window.status_document)
    window.show_message("Cannot read memo <b>draft</b>.pdf: it is damaged.")
    assert window.current_message().startswith("Cannot read memo <b>draft</b>")
    assert shown_as_written(window.message_strip.label)


def test_tooltips_show_data_as_written() -> None:
    from PySide6 import QtGui

    from app.ui.base.plain_label import plain_tip

    assert plain_tip("the man from Vienna") == "the man from Vienna"  # (no markup: as it was)
    tip = plain_tip("see <b>cable</b>\\nline two")
    document = QtGui.QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == "see <b>cable</b>\\nline two"


def test_the_annotations_list_tooltip_shows_a_colleagues_note_as_written(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    """(Hovering the scan was safe: Qt looks for markup on a tooltip's first line only, and that
    line says the kind. The list's tooltip begins with the note itself.)"""
    from PySide6 import QtGui
    from PySide6.QtCore import Qt

    from app.core.annotating import annotations as A
    from app.core.annotating.records import Region

    window = make_window(qtbot, review_library, settings)
    doc = window.library_model.document_id(0)
    assert doc is not None and window.open_document(doc)
    page = window.document_view.page
    assert page is not None
    A.create_annotation(review_library, page.id, "note", author="B. Colleague",
                        body={"text": "see <b>cable</b> <img src=x>"},
                        region=Region(72, 300, 100, 20))  # fmt: skip
    window.document_view.read_again()
    model = window.annotation_list.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    tip = model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    document = QtGui.QTextDocument()
    document.setHtml(tip) if QtGui.Qt.mightBeRichText(tip) else document.setPlainText(tip)
    assert "see <b>cable</b> <img src=x>" in document.toPlainText(), tip


def test_a_library_that_cannot_open_is_named_as_written(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
) -> None:
    """File > Open library on a folder whose library is damaged: the message names the folder as
    written (QMessageBox.warning read a name holding a tag as markup)."""
    window = make_window(qtbot, review_library, settings)
    folder = tmp_path / "cables <b>1962"
    folder.mkdir()
    (folder / "library.sqlite").write_bytes(b"not a database" * 100)
    window.library_menu.open_root(folder)  # (opened off the window's thread: waited for)

    def shown() -> list[QMessageBox]:
        return [box for box in window.findChildren(QMessageBox) if box.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()))
    [box] = shown()
    assert "cables <b>1962" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
