"""Data shown in labels as written, never as markup (app/ui/base/plain_label.py)."""

from __future__ import annotations

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
