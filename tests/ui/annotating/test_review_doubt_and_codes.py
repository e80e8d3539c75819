"""Reviewing detector proposals: the least sure first (or in reading order, as set), and
accepting a redaction shows the exemption codes detected beside its box, filled in."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import get_annotation
from app.core.annotating.annotations import create_annotation, update_annotation
from app.core.annotating.records import Region, Span
from app.core.annotating.vocabulary import RedactionBody
from app.core.documents.ingest import import_paths
from app.core.documents.queries import document_summary, list_documents
from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.annotating.overlay import region_on_screen
from app.ui.base import settings as S
from app.ui.document.annotation_style import describe
from tests.ui.annotating.helpers import open_window, when_modal
from tests.ui.helpers import make_review_pdf


def _propose(lib: Library) -> tuple[str, str, str]:
    """A sure marking on page 1, a doubtful one on page 2, a redaction with a code on page 1."""
    pages = document_summary(lib, list_documents(lib)[0].id).pages
    common: dict[str, Any] = {"status": "proposed", "author": "", "origin": "detector"}
    sure = create_annotation(
        lib, pages[0].id, "marking", text=Span(0, 10), confidence=0.97,
        body={"category": "classification", "value": "SECRET"}, **common,
    )  # fmt: skip
    doubtful = create_annotation(
        lib, pages[1].id, "marking", text=Span(0, 6), confidence=0.58,
        body={"category": "classification", "value": "TOP SECRET", "struck": True}, **common,
    )  # fmt: skip
    box = create_annotation(
        lib, pages[0].id, "redaction", region=Region(72, 300, 100, 30), confidence=0.8,
        body={"exemptions": ["3.5(c)"], "share": 0.01}, **common,
    )  # fmt: skip
    return sure.uuid, doubtful.uuid, box.uuid


def test_n_steps_to_the_least_sure_proposal_first_or_in_reading_order(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    sure, doubtful, box = _propose(review_library)
    window = open_window(qtbot, review_library, settings)
    page, by_name = window.page_annotations, window.annotation_menus.by_name
    assert by_name["doubtful_first"].isChecked()
    by_name["next_proposal"].trigger()
    assert page.current == doubtful  # 58 %, on page 2, before the page-1 ones
    assert window.document_view.index == 1
    by_name["next_proposal"].trigger()
    assert page.current == box  # 80 %
    by_name["next_proposal"].trigger()
    assert page.current == sure
    by_name["doubtful_first"].trigger()  # off: reading order, remembered
    assert settings.get(S.DOUBTFUL_FIRST) is False
    page.current = None
    window.document_view.show_page(0)
    by_name["next_proposal"].trigger()
    assert page.current == sure
    by_name["next_proposal"].trigger()
    assert page.current == box
    by_name["next_proposal"].trigger()
    assert page.current == doubtful


def test_accepting_a_redaction_confirms_the_codes_detected_beside_it(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    _, _, box = _propose(review_library)
    window = open_window(qtbot, review_library, settings)
    actions, page = window.annotations, window.page_annotations
    shown: list[Mapping[str, Any]] = []
    answers: list[dict[str, Any] | None] = [None, {"exemptions": ["3.5(c)", "B1"]}]

    def confirm(body: Mapping[str, Any], region: Region | None = None) -> dict[str, Any] | None:
        shown.append(body)
        return answers.pop(0)

    actions.confirm_redaction = confirm  # type: ignore[method-assign]
    page.show_annotation(box)
    window.annotation_menus.by_name["accept"].trigger()  # cancelled: still a proposal
    assert get_annotation(review_library, box).status == "proposed"
    page.show_annotation(box)
    window.annotation_menus.by_name["accept"].trigger()
    assert [b["exemptions"] for b in shown] == [["3.5(c)"], ["3.5(c)"]]  # filled in, as detected
    rec = get_annotation(review_library, box)
    body = cast(RedactionBody, rec.body)
    assert rec.status == "accepted" and body["exemptions"] == ["3.5(c)", "B1"]
    assert body.get("share") == 0.01  # what the dialog does not show is kept
    actions.stack.undo()  # one step: the codes and the status together
    rec = get_annotation(review_library, box)
    assert rec.status == "proposed" and cast(RedactionBody, rec.body)["exemptions"] == ["3.5(c)"]


def test_the_accept_form_opens_beside_the_proposal_s_box_not_over_it(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """As a popover would: beside the box whose codes it confirms, kept on the screen (it
    opened centred on the window, wherever the box was)."""
    _, _, box = _propose(review_library)
    window = open_window(qtbot, review_library, settings)
    view = window.document_view.page_view
    seen: dict[str, QRect | None] = {}

    def look_then_cancel(form: QWidget | None) -> None:
        seen["form"] = form.frameGeometry() if isinstance(form, AnnotationDialog) else None
        seen["box"] = region_on_screen(view, Region(72, 300, 100, 30))
        if isinstance(form, QDialog):
            form.reject()

    window.page_annotations.show_annotation(box)
    when_modal(look_then_cancel)
    window.annotation_menus.by_name["accept"].trigger()
    assert get_annotation(review_library, box).status == "proposed"  # cancelled
    form, on_screen = seen["form"], seen["box"]
    assert form is not None and on_screen is not None and on_screen.width() > 20
    assert not form.intersects(on_screen)  # the box stays in sight
    apart = (form.left() - on_screen.right(), on_screen.left() - form.right())
    apart_y = (form.top() - on_screen.bottom(), on_screen.top() - form.bottom())
    assert max(*apart, *apart_y) < 20  # beside it (right, left, below or above)
    assert view.screen().availableGeometry().contains(form)


def test_the_accept_dialog_says_what_was_detected_and_markings_say_struck(
    qtbot: QtBot, review_library: Library
) -> None:
    found = AnnotationDialog("redaction", body={"exemptions": ["3.5(c)"]}, detected=["3.5(c)"])
    none = AnnotationDialog("redaction", body={"exemptions": []}, detected=[])
    for d in (found, none):
        qtbot.addWidget(d)
    assert found.detected_label.text() == "Detected beside the box: 3.5(c)"
    assert found.exemptions.text() == "3.5(c)"
    assert "No exemption code was detected" in none.detected_label.text()
    marking = AnnotationDialog("marking", body={"category": "classification", "value": "SECRET"})
    qtbot.addWidget(marking)
    marking.struck.setChecked(True)
    assert marking.body() == {"category": "classification", "value": "SECRET", "struck": True}
    _, doubtful, _ = _propose(review_library)
    rec = get_annotation(review_library, doubtful)
    assert describe(rec, {}) == "classification: TOP SECRET (struck) · 58% sure"


@pytest.fixture(params=["sqlite", "postgresql"])
def either_library(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[Library, Library]]:
    """The review library on either engine, and a second reviewer's handle on it (on a server
    another connection; the folder library has one writer: the same handle)."""
    where: Path | str = tmp_path / "library"
    if request.param == "postgresql":
        where = request.getfixturevalue("pg_library_url")
    lib = Library.open(where)
    (tmp_path / "in").mkdir()
    assert import_paths(lib, [make_review_pdf(tmp_path / "in" / "review-memo.pdf")])[0].ok
    other = Library.open(where) if request.param == "postgresql" else lib
    yield lib, other
    if other is not lib:
        other.close()
    lib.close()


@pytest.mark.parametrize("when", ["while confirming", "before"])
def test_accepting_a_redaction_another_reviewer_changed_saves_nothing_says_so_and_reloads_it(
    qtbot: QtBot, either_library: tuple[Library, Library], settings: S.Settings, when: str
) -> None:
    """Another reviewer changes the codes while the person confirms them, or had changed them
    after the window drew the redaction (then no form opens on codes the person has not seen):
    nothing is saved (theirs stay, still a proposal), the person is told, the window shows
    theirs."""
    lib, other = either_library
    _, _, box = _propose(lib)
    window = open_window(qtbot, lib, settings)
    actions, page = window.annotations, window.page_annotations
    messages: list[str] = []
    actions.message.connect(messages.append)
    asked: list[Mapping[str, Any]] = []

    def theirs() -> None:
        update_annotation(other, box, author="Bo", body={"exemptions": ["B6"]})

    def confirm(body: Mapping[str, Any], region: Region | None = None) -> dict[str, Any] | None:
        asked.append(body)
        if when == "while confirming":
            theirs()
        return {"exemptions": ["3.5(c)", "B1"]}

    actions.confirm_redaction = confirm  # type: ignore[method-assign]
    page.show_annotation(box)
    if when == "before":
        theirs()
    window.annotation_menus.by_name["accept"].trigger()
    rec = get_annotation(lib, box)
    assert rec.status == "proposed" and cast(RedactionBody, rec.body)["exemptions"] == ["B6"]
    assert len(asked) == (when == "while confirming")
    assert any("Another reviewer changed this annotation" in m for m in messages)
    qtbot.waitUntil(lambda: page.shown(box) == rec)  # the page was read again
    assert actions.stack.count() == 0  # nothing to undo: nothing was written
