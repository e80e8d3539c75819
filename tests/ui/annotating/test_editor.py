"""The body dialogs: each kind's form gives the body the service expects, prefilled when editing,
and a correction reports each keystroke; one run through the real modal dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.vocabulary import Kind
from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.base import settings as S
from tests.ui.annotating.helpers import open_window, select_text


def test_each_form_gives_its_body(qtbot: QtBot) -> None:
    typed: list[dict] = []
    d = AnnotationDialog("correction", quote="Vienan", on_edit=typed.append)
    qtbot.addWidget(d)
    assert d.body() == {"replacement": "Vienan"}
    d.replacement.clear()
    qtbot.keyClicks(d.replacement, "Wien")
    assert d.body() == {"replacement": "Wien"} and len(typed) == 4
    m = AnnotationDialog("marking", body={"category": "exemption", "value": "B6"})
    qtbot.addWidget(m)
    assert m.body() == {"category": "exemption", "value": "B6"}
    m.category.setCurrentIndex(m.category.findData("classification"))
    assert m.value.findText("TOP SECRET") >= 0 and m.body()["category"] == "classification"
    r = AnnotationDialog("redaction")
    qtbot.addWidget(r)
    r.exemptions.setText("B1; b6, 1.4(c)")
    r.redaction_note.setText("  names ")
    assert r.body() == {"exemptions": ["B1", "b6", "1.4(c)"], "note": "names"}
    n = AnnotationDialog("note", body={"text": "old"})
    qtbot.addWidget(n)
    assert n.body() == {"text": "old"}


def test_the_real_modal_dialog_makes_a_note(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    select_text(window, "courier")

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AnnotationDialog)
        dialog.note.setPlainText("Who sent him?")
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.annotation_menus.by_name["note"].trigger()
    [rec] = list_annotations(review_library)
    assert rec.body == {"text": "Who sent him?"} and rec.text and rec.text.quote == "courier"


def test_an_empty_value_is_named_as_the_form_labels_it(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """In German the marking form's refusal names its field "Wert", as the form labels it (it
    said "value", the key of the saved body)."""
    from app.ui.base.language import install, uninstall
    from tests.ui.reading import compiled

    assert install(qapp, "de", compiled(tmp_path / "qm")) == "de"
    try:
        m = AnnotationDialog("marking", body={"category": "classification", "value": "SECRET"})
        qtbot.addWidget(m)
        m.value.setCurrentText("  ")
        m.accept()
        said = m.error.text()
    finally:
        uninstall(qapp)
    assert "„Wert“" in said and "value" not in said


def test_the_words_annotated_are_quoted_as_the_language_quotes(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """„Copenhagen“ in German, « Copenhagen » in French (English quotes in every language)."""
    from PySide6.QtWidgets import QLabel

    from app.ui.base.language import install, uninstall
    from tests.ui.reading import compiled

    seen = {}
    for language in ("de", "fr"):
        assert install(qapp, language, compiled(tmp_path / "qm")) == language
        try:
            d = AnnotationDialog("note", quote="Copenhagen")
            qtbot.addWidget(d)
            seen[language] = {label.text() for label in d.findChildren(QLabel)}
        finally:
            uninstall(qapp)
    assert "„Copenhagen“" in seen["de"] and "«\u00a0Copenhagen\u00a0»" in seen["fr"]


LONG_QUOTE = " ".join(
    f"word{i} of the memorandum's page, selected whole by the reviewer" for i in range(12)
)  # (a page's text: about 85 words)


@pytest.mark.parametrize("kind", ["note", "marking", "tag", "correction", "redaction"])
def test_a_long_quote_keeps_the_form_within_a_small_screen(qtbot: QtBot, kind: Kind) -> None:
    """A page's text selected made the forms 721-774 px high, their fields and OK below the
    edge of a 1024x600 screen; the quote shows a few lines, the rest scrolls."""
    short = AnnotationDialog(kind, quote="Vienna")
    d = AnnotationDialog(kind, quote=LONG_QUOTE)
    for dialog in (short, d):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.adjustSize()
    lines = d.fontMetrics().lineSpacing()
    assert d.height() <= short.height() + 3 * lines + 4, (d.height(), short.height())  # 4 lines
    assert d.height() <= 600 - 80  # (a title bar and a panel on the screen too)
    quoted = [label for label in d.findChildren(QLabel) if LONG_QUOTE in label.text()]
    assert quoted  # whole, to scroll through (or read on hover)


@pytest.mark.parametrize(
    ("quote", "body"),
    [
        ("SECRET", {"category": "classification", "value": "SECRET"}),
        ("Top  Secret", {"category": "classification", "value": "TOP SECRET"}),
        ("S E C R E T", {"category": "classification", "value": "SECRET"}),
        ("NOFORN", {"category": "control", "value": "NOFORN"}),
        ("courier", {"category": "classification", "value": ""}),
    ],
)
def test_a_marking_of_words_that_read_as_a_value_starts_with_it(
    qtbot: QtBot, quote: str, body: dict
) -> None:
    """Words selected that read as a level (or another category's value, as the detection
    reads them) fill the value, and its category: the form came up empty under "Classification
    level" for "SECRET"."""
    m = AnnotationDialog("marking", quote=quote)
    qtbot.addWidget(m)
    assert m.body() == body


def test_an_edited_marking_keeps_its_value_whatever_the_words(qtbot: QtBot) -> None:
    m = AnnotationDialog("marking", quote="SECRET", body={"category": "control", "value": "X"})
    qtbot.addWidget(m)
    assert m.body() == {"category": "control", "value": "X"}


def test_one_enter_takes_the_completion_and_saves(qtbot: QtBot) -> None:
    """ "SEC" completed in the field to SECRET: the first Enter only took the completion, and a
    second one was needed to save."""
    made: list[dict] = []

    def submit(body: dict) -> None:
        made.append(body)

    m = AnnotationDialog("marking", quote="the", submit=submit)
    qtbot.addWidget(m)
    m.show()
    qtbot.waitExposed(m)
    line = m.value.lineEdit()
    assert line is not None
    line.setFocus()
    qtbot.keyClicks(line, "SEC")
    assert line.text() == "SECRET"  # (the completion, "RET" selected)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert made == [{"category": "classification", "value": "SECRET"}]
    assert m.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(("quote", "value"), [("Secret", "SECRET"), ("(C)", "(C)")])
def test_enter_where_the_keyboard_sends_it_saves_the_value_shown(
    qtbot: QtBot, quote: str, value: str
) -> None:
    """A real keyboard's Enter goes to the focus widget, the value box itself (the test above
    sends it to the box's field): QComboBox put the first entry containing the text in its
    place and kept the form open — "SECRET" became "TOP SECRET", "(C)" "(TS)" (the walk)."""
    from PySide6.QtWidgets import QApplication

    made: list[dict] = []
    m = AnnotationDialog("marking", quote=quote, submit=made.append)
    qtbot.addWidget(m)
    m.show()
    qtbot.waitExposed(m)
    m.activateWindow()
    qtbot.waitUntil(m.isActiveWindow)
    assert m.value.currentText() == value
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert [b["value"] for b in made] == [value]
    assert m.result() == QDialog.DialogCode.Accepted


def test_a_refusal_goes_once_the_field_is_edited(qtbot: QtBot) -> None:
    """ "Not saved: The value of a marking cannot be empty." stayed under the value typed."""
    m = AnnotationDialog("marking", quote="the")
    qtbot.addWidget(m)
    m.show()
    qtbot.waitExposed(m)
    m.accept()
    assert not m.error.isHidden() and "empty" in m.error.text()
    line = m.value.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "S")
    assert m.error.isHidden()
    n = AnnotationDialog("note")
    qtbot.addWidget(n)
    n.accept()
    assert not n.error.isHidden()
    qtbot.keyClicks(n.note, "W")
    assert n.error.isHidden()
