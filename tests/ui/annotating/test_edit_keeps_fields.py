"""Editing an annotation in the window's form changes the fields the form shows and keeps the
others as they were: a detector's marking kept the page's own ``text`` through the command
line's edit, and lost it through the form's (a later merge then said "text kept from here" of a
field nobody edited)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import get_annotation
from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Span
from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.base import settings as S
from tests.ui.annotating.helpers import open_window, when_form_opens


def test_the_marking_form_keeps_the_page_s_text_it_does_not_show(qtbot: QtBot) -> None:
    """(A redaction's form kept the detector's ``share`` already; the other kinds' bodies have
    no field their form does not show.)"""
    body = {"category": "classification", "value": "SECRET", "text": "S E C R E T"}
    form = AnnotationDialog("marking", body=body)
    qtbot.addWidget(form)
    assert form.body() == body
    form.fill({"category": "classification", "value": "TOP SECRET", "struck": True})
    assert form.body() == {**body, "value": "TOP SECRET", "struck": True}


def test_editing_a_detected_marking_in_the_window_keeps_its_text(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    page = window.document_view.page
    assert page is not None
    text = window.document_view.text_pane.text
    start = text.index("courier")
    marking = create_annotation(
        review_library, page.id, "marking", text=Span(start, start + 7),
        body={"category": "identifier", "value": "COURIER", "text": "courier"},
        author="", origin="detector", status="proposed", rule_id="test", confidence=0.7,
    ).uuid  # fmt: skip
    window.document_view.read_again()
    qtbot.waitUntil(lambda: window.page_annotations.shown(marking) is not None)

    def answer(form: AnnotationDialog) -> None:
        form.value.setCurrentText("Courier 7")
        form.accept()

    when_form_opens(answer)
    assert window.annotations.edit(marking)
    body = get_annotation(review_library, marking).body
    assert body == {"category": "identifier", "value": "Courier 7", "text": "courier"}
