"""Reviewing a proposal whose words a person marked since it was made: the review says it is
already marked, A does not mark them twice but offers to reject it as redundant (one undo step),
accept all leaves it proposed and counts it; on a folder and on a team library alike."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.core.annotating.already_marked import AlreadyMarked
from app.core.annotating.annotation_listing import get_annotation, list_annotations
from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import AnnotationFilter, Region, Span
from app.core.documents.ingest import import_paths
from app.core.documents.queries import document_summary, list_documents
from app.core.ids import PageId
from app.core.library import Library
from app.ui.annotating.list_pane import ANNOTATION, AnnotationListModel
from app.ui.base import settings as S
from tests.ui.annotating.helpers import open_window, when_modal
from tests.ui.helpers import make_review_pdf

SECRET = {"category": "classification", "value": "SECRET"}
DETECTOR: dict[str, Any] = {"status": "proposed", "author": "", "origin": "detector"}


@pytest.fixture(params=["sqlite", "postgresql"])
def either_library(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[Library, Library]]:
    """The review library on either engine, and a colleague's handle on it (on a server another
    connection; the folder library has one writer: the same handle)."""
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


def pages(lib: Library) -> list[PageId]:
    return [p.id for p in document_summary(lib, list_documents(lib)[0].id).pages]


def test_a_proposal_already_marked_is_said_so_and_offered_to_be_rejected(
    qtbot: QtBot, either_library: tuple[Library, Library], settings: S.Settings
) -> None:
    lib, colleague = either_library
    first = pages(lib)[0]
    proposal = create_annotation(lib, first, "marking", text=Span(0, 10), body=SECRET,
                                 rule_id="banner", **DETECTOR).uuid  # fmt: skip
    identifier = {"category": "identifier", "value": "F-1"}
    later = create_annotation(lib, first, "marking", text=Span(44, 50), rule_id="id",
                              body=identifier, **DETECTOR).uuid  # fmt: skip
    window = open_window(qtbot, lib, settings)
    actions, page = window.annotations, window.page_annotations
    # Rita marks the same words in her window after the detector proposed them
    rita = create_annotation(colleague, first, "marking", text=Span(0, 10),
                             body={"category": "classification", "value": "Secret"},
                             author="Rita").uuid  # fmt: skip
    window.document_view.read_again()  # (as the team library's notice, or a page flip, does)
    qtbot.waitUntil(lambda: page.shown(rita) is not None)
    messages: list[str] = []
    actions.message.connect(messages.append)
    answers: list[bool] = []
    asked: list[AlreadyMarked] = []

    def ask(found: AlreadyMarked) -> bool:
        asked.append(found)
        return answers.pop(0)

    actions.ask_reject_redundant = ask  # type: ignore[method-assign]
    by_name = window.annotation_menus.by_name
    by_name["next_proposal"].trigger()
    assert page.current == proposal
    said = "These words are already marked SECRET by Rita."
    assert messages[-1] == f"{said} A offers to reject this proposal as redundant."
    listed = window.annotation_list.model  # (this page's)
    assert status_of(listed, proposal) == "proposed · already marked"
    assert status_of(listed, later) == "proposed"
    row = listed.row_of(proposal)
    assert row is not None
    shown = str(listed.index(row, ANNOTATION).data())
    assert shown.startswith("Already marked: classification: SECRET")
    assert str(listed.index(row, ANNOTATION).data(Qt.ItemDataRole.ToolTipRole)).startswith(shown)
    answers.append(False)  # keep it
    by_name["accept"].trigger()
    assert get_annotation(lib, proposal).status == "proposed"
    assert messages[-1] == f"{said} Not accepted: it is still a proposal."
    assert page.current == proposal and actions.stack.count() == 0
    assert [f.twin.uuid for f in asked] == [rita]
    answers.append(True)  # reject it as redundant: one step, and on to the next proposal
    by_name["accept"].trigger()
    assert get_annotation(lib, proposal).status == "rejected"
    assert status_of(listed, proposal) == "rejected"
    assert f"Rejected the proposal as redundant. {said}" in messages
    assert page.current == later
    assert actions.stack.count() == 1 and actions.stack.undoText() == "Reject redundant marking"
    marked = list_annotations(lib, AnnotationFilter(page_id=first, status="accepted"))
    assert [r.uuid for r in marked] == [rita]  # never marked twice
    actions.stack.undo()
    assert get_annotation(lib, proposal).status == "proposed"
    assert status_of(listed, proposal) == "proposed · already marked"
    pane = window.annotation_list  # the document's list, read on its worker, says it too
    pane.scope.setCurrentIndex(pane.scope.findData("document"))
    qtbot.waitUntil(lambda: status_of(listed, proposal) == "proposed · already marked")
    assert status_of(listed, later) == "proposed"
    actions.stack.redo()
    assert get_annotation(lib, proposal).status == "rejected"
    qtbot.waitUntil(lambda: status_of(listed, proposal) == "rejected")


def status_of(model: AnnotationListModel, uuid: str) -> str | None:
    """What the annotation list's status column says of ``uuid`` (None: not listed)."""
    row = model.row_of(uuid)
    return None if row is None else str(model.index(row, 2).data())


@pytest.mark.parametrize("when", ["before", "while confirming"])
def test_a_redaction_proposal_over_a_box_already_redacted_asks_no_codes(
    qtbot: QtBot, either_library: tuple[Library, Library], settings: S.Settings, when: str
) -> None:
    lib, colleague = either_library
    first = pages(lib)[0]
    box = create_annotation(lib, first, "redaction", region=Region(72, 300, 100, 30),
                            body={"exemptions": ["B1"]}, **DETECTOR).uuid  # fmt: skip
    window = open_window(qtbot, lib, settings)
    actions, page = window.annotations, window.page_annotations

    def redact() -> None:
        create_annotation(colleague, first, "redaction", region=Region(70, 298, 104, 33),
                          body={"exemptions": ["B6"]}, author="Rita")  # fmt: skip

    confirmed: list[Mapping[str, Any]] = []

    def confirm(body: Mapping[str, Any], region: Region | None = None) -> dict[str, Any]:
        confirmed.append(body)
        if when == "while confirming":
            redact()
        return {"exemptions": ["B1"]}

    asked: list[str] = []

    def ask(found: AlreadyMarked) -> bool:
        asked.append(str(found.said))
        return True

    actions.confirm_redaction = confirm  # type: ignore[method-assign]
    actions.ask_reject_redundant = ask  # type: ignore[method-assign]
    if when == "before":
        redact()
    page.show_annotation(box)
    window.annotation_menus.by_name["accept"].trigger()
    assert asked == ["This box is already redacted by Rita."]
    assert len(confirmed) == (when == "while confirming")  # (codes of a box redacted: not asked)
    assert get_annotation(lib, box).status == "rejected"
    redactions = list_annotations(lib, AnnotationFilter(page_id=first, kind="redaction"))
    assert [r.status for r in redactions if r.author == "Rita"] == ["accepted"]
    assert actions.stack.undoText() == "Reject redundant redaction"


def test_the_offer_asks_with_the_rejection_as_its_default(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    first = pages(review_library)[0]
    proposal = create_annotation(review_library, first, "marking", text=Span(0, 10),
                                 body={**SECRET, "struck": True}, **DETECTOR).uuid  # fmt: skip
    create_annotation(review_library, first, "marking", text=Span(0, 10),
                      body={**SECRET, "struck": True}, author="Rita")  # fmt: skip
    window = open_window(qtbot, review_library, settings)
    window.page_annotations.show_annotation(proposal)
    seen: list[tuple[str, str, list[str], str]] = []

    def answer(dialog: QWidget | None) -> None:
        assert isinstance(dialog, QMessageBox)
        names = [b.text() for b in dialog.buttons()]
        default = dialog.defaultButton()
        seen.append((dialog.text(), dialog.informativeText(), names, default.text()))
        default.click()

    when_modal(answer)
    window.annotation_menus.by_name["accept"].trigger()
    assert seen == [
        (
            "These words are already marked SECRET, struck through, by Rita.",
            "Accepting this proposal would mark them a second time. Reject it as redundant? "
            "(Undo takes the rejection back.)",
            ["&Reject as redundant", "&Keep the proposal"],
            "&Reject as redundant",
        )
    ]
    assert get_annotation(review_library, proposal).status == "rejected"


def test_accept_all_leaves_what_is_already_marked_and_counts_it(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    first, second = pages(review_library)[:2]
    twice = [
        create_annotation(review_library, first, "marking", text=Span(0, 10), body=SECRET,
                          rule_id=rule, **DETECTOR).uuid
        for rule in ("banner", "portion")
    ]  # fmt: skip
    other = create_annotation(review_library, second, "marking", text=Span(0, 6), body=SECRET,
                              **DETECTOR).uuid  # fmt: skip
    create_annotation(review_library, first, "marking", text=Span(0, 10), body=SECRET,
                      author="Rita")  # fmt: skip
    window = open_window(qtbot, review_library, settings)
    messages: list[str] = []
    window.annotations.message.connect(messages.append)
    window.page_annotations.show_annotation(twice[0])
    window.annotation_menus.by_name["accept_document"].trigger()
    assert [get_annotation(review_library, u).status for u in (*twice, other)] == [
        "proposed", "proposed", "accepted",
    ]  # fmt: skip
    assert messages[-1] == (
        "Accepted 1 marking proposal on this document. 2 left: already marked (N steps to "
        "them; A offers to reject each as redundant)."
    )
