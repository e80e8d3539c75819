"""A form whose annotation another reviewer changed while it was open: OK is refused, and the
form shows theirs (who saved it, when) above the refusal, with the person's own typing kept in
its fields, so that they see what OK again would write over. The refusal said "it now shows
theirs" while the form showed only the person's own text."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from app.core.annotating import annotations as A
from app.core.annotating.annotation_listing import get_annotation
from app.core.annotating.records import Span
from app.core.annotating.vocabulary import Kind
from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.base import settings as S
from app.ui.window.main_window import MainWindow
from tests.ui.annotating.helpers import open_window, when_form_opens


def _made(qtbot: QtBot, window: MainWindow, lib: Library, kind: Kind, body: dict[str, Any]) -> str:
    page = window.document_view.page
    assert page is not None
    start = window.document_view.text_pane.text.index("courier")
    uuid = A.create_annotation(
        lib, page.id, kind, text=Span(start, start + 7), body=body, author="Ada"
    ).uuid
    window.document_view.read_again()
    qtbot.waitUntil(lambda: window.page_annotations.shown(uuid) is not None)
    return uuid


def _theirs(form: AnnotationDialog) -> str:
    assert form.theirs is not None and form.theirs.isVisible()
    return form.theirs.label.text()


def test_ok_refused_shows_theirs_in_the_form_and_ok_again_saves_hers(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    note = _made(qtbot, window, review_library, "note", {"text": "Ada's first"})
    seen: list[str] = []

    def answer(form: AnnotationDialog) -> None:
        A.update_annotation(review_library, note, author="Bo", body={"text": "Bo's"})
        form.note.setPlainText("Ada's second")
        form.accept()  # refused: Bo's is there
        assert form.isVisible() and form.note.toPlainText() == "Ada's second"
        seen.extend([form.error.text(), _theirs(form)])
        assert get_annotation(review_library, note).body == {"text": "Bo's"}
        form.accept()  # OK again: hers over his, knowingly

    when_form_opens(answer)
    assert window.annotations.edit(note)
    error, theirs = seen
    assert "Theirs is shown above" in error and "OK again saves yours over theirs" in error
    assert theirs.startswith("Bo's\nsaved by Bo, ")
    assert get_annotation(review_library, note).body == {"text": "Ada's second"}


def test_a_marking_form_shows_their_value(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    body = {"category": "classification", "value": "SECRET"}
    marking = _made(qtbot, window, review_library, "marking", body)
    seen: list[str] = []

    def answer(form: AnnotationDialog) -> None:
        A.update_annotation(
            review_library, marking, author="Bo", body={**body, "value": "TOP SECRET"}
        )
        form.value.setCurrentText("CONFIDENTIAL")
        form.accept()
        seen.append(_theirs(form))
        form.reject()  # Cancel keeps theirs

    when_form_opens(answer)
    assert not window.annotations.edit(marking)
    assert "TOP SECRET" in seen[0] and "saved by Bo" in seen[0]
    assert get_annotation(review_library, marking).body == {**body, "value": "TOP SECRET"}


def test_a_correction_typed_live_shows_theirs_at_the_key_refused(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    fix = _made(qtbot, window, review_library, "correction", {"replacement": "Courier"})
    seen: list[str] = []

    def answer(form: AnnotationDialog) -> None:
        A.update_annotation(review_library, fix, author="Bo", body={"replacement": "courrier"})
        qtbot.keyClicks(form.replacement, "s")  # written at the key: refused
        assert get_annotation(review_library, fix).body == {"replacement": "courrier"}
        seen.extend([form.error.text(), _theirs(form)])
        form.accept()  # hers over his, knowingly

    when_form_opens(answer)
    assert window.annotations.edit(fix)
    error, theirs = seen
    assert "typing on, or OK, saves yours over theirs" in error
    assert "courrier" in theirs and "saved by Bo" in theirs
    assert get_annotation(review_library, fix).body == {"replacement": "s"}


def test_theirs_goes_once_hers_is_saved_over_it_and_cancel_puts_theirs_back(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """Typing on after the refused key saves hers over theirs: the form no longer shows theirs
    (it showed it still, beside the text that had replaced it). Cancel then takes her typing
    back, to theirs, not to what the form opened on."""
    window = open_window(qtbot, review_library, settings)
    fix = _made(qtbot, window, review_library, "correction", {"replacement": "Courier"})
    seen: list[bool] = []

    def answer(form: AnnotationDialog) -> None:
        A.update_annotation(review_library, fix, author="Bo", body={"replacement": "courrier"})
        qtbot.keyClicks(form.replacement, "s")  # refused: theirs shown
        seen.append(form.theirs is not None and form.theirs.isVisible())
        qtbot.keyClicks(form.replacement, "x")  # written over theirs
        assert get_annotation(review_library, fix).body == {"replacement": "sx"}
        seen.append(form.theirs is not None and form.theirs.isVisible())
        seen.append(form.error.isVisible())
        form.reject()

    when_form_opens(answer)
    assert not window.annotations.edit(fix)
    assert seen == [True, False, False]
    assert get_annotation(review_library, fix).body == {"replacement": "courrier"}


def test_theirs_shown_again_when_a_colleague_saves_once_more(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """Theirs gone once hers is saved, a colleague's next change over hers shows theirs again
    (the row made anew), and OK then saves hers."""
    window = open_window(qtbot, review_library, settings)
    fix = _made(qtbot, window, review_library, "correction", {"replacement": "Courier"})
    seen: list[str] = []

    def answer(form: AnnotationDialog) -> None:
        A.update_annotation(review_library, fix, author="Bo", body={"replacement": "courrier"})
        qtbot.keyClicks(form.replacement, "s")  # refused
        qtbot.keyClicks(form.replacement, "x")  # saved over theirs: theirs gone
        A.update_annotation(review_library, fix, author="Cy", body={"replacement": "coureur"})
        qtbot.keyClicks(form.replacement, "y")  # refused again: Cy's shown
        seen.append(_theirs(form))
        form.accept()

    when_form_opens(answer)
    assert window.annotations.edit(fix)
    assert "coureur" in seen[0] and "saved by Cy" in seen[0], seen
    assert get_annotation(review_library, fix).body == {"replacement": "sxy"}
