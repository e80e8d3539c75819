"""An attached (companion) text shows which of its words alignment could not place on the scan:
greyed and dotted, with a tooltip, in every reading of the page."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from app.core.annotating.reading import CorrectedSpan, CorrectedText
from app.core.documents.queries import WordBox
from app.ui.base.theme import colours
from app.ui.document.annotated_text_pane import AnnotatedTextPane
from app.ui.document.ocr_text_pane import UNPLACED_TIP, unplaced_spans

TEXT = "The Vienan courier said nothing at all today."
BOX = (10.0, 10.0, 40.0, 20.0)


def words(placed: set[str]) -> list[WordBox]:
    """The words of TEXT, with a box when they are in ``placed``."""
    out, pos = [], 0
    for seq, w in enumerate(TEXT.split(" ")):
        start = TEXT.index(w, pos)
        pos = start + len(w)
        out.append(WordBox(seq, start, pos, BOX if w in placed else None, None))
    return out


def test_runs_of_unplaced_words_become_one_span_each() -> None:
    spans = unplaced_spans(words({"The", "courier", "today."}))
    assert [TEXT[s:e] for s, e in spans] == ["Vienan", "said nothing at all"]
    assert unplaced_spans(words({"The", "Vienan"})) == [(TEXT.index("courier"), len(TEXT))]
    assert unplaced_spans(words(set())) == []  # nothing placed at all: nothing marked
    assert unplaced_spans(words(set(TEXT.split(" ")))) == []


def unplaced_marks(pane: AnnotatedTextPane) -> list[str]:
    return [
        s.cursor.selectedText()
        for s in pane.extraSelections()
        if s.format.toolTip() == UNPLACED_TIP
        and s.format.foreground().color() == colours().unplaced
        and s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    ]


def test_the_pane_marks_them_in_the_original_and_the_corrected_reading(qtbot: QtBot) -> None:
    pane = AnnotatedTextPane()
    qtbot.addWidget(pane)
    pane.set_page_text(TEXT, words({"The", "Vienan", "courier", "today."}))
    assert unplaced_marks(pane) == ["said nothing at all"]
    start = TEXT.index("Vienan")  # a correction lengthens the text before the unplaced run
    reading = CorrectedText(
        page_id=1,  # type: ignore[arg-type]
        layer_id=None,
        original=TEXT,
        corrected=TEXT.replace("Vienan", "Vienna (Austria)"),
        spans=(
            CorrectedSpan("u", start, start + 6, start, start + 16, "Vienan", "Vienna (Austria)"),
        ),
    )
    pane.set_annotations([], reading, {})
    for mode in ("corrected", "both", "original"):
        pane.set_mode(mode)
        assert unplaced_marks(pane) == ["said nothing at all"], mode
    pane.set_page_text("A scan's own text.", [WordBox(0, 0, 1, BOX, None)])
    assert unplaced_marks(pane) == []
