"""Reviewing: detector proposals look different, A/R accept and reject, N steps through them,
accept all of a kind on the page or in the document; page review status, next unreviewed page,
and the library table's progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QBrush, QContextMenuEvent, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QTabBar
from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import get_annotation, list_annotations
from app.core.annotating.annotations import create_annotation, set_status
from app.core.annotating.page_content import read_page
from app.core.annotating.records import AnnotationFilter, Region, Span
from app.core.annotating.tags import create_tag
from app.core.documents.queries import document_summary, list_documents
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.base.theme import colours
from tests.ui.annotating.helpers import answer_dialogs, open_window, select_text


def propose(lib: Library) -> list[str]:
    """Detector proposals: markings on pages 1 and 2, a redaction on page 1 (reading order)."""
    pages = document_summary(lib, list_documents(lib)[0].id).pages
    made = [
        create_annotation(
            lib,
            pages[0].id,
            "marking",
            text=Span(0, 10),
            status="proposed",
            body={"category": "classification", "value": "SECRET"},
            author="",
            origin="detector",
            rule_id="r1",
            confidence=0.9,
        ),
        create_annotation(
            lib,
            pages[0].id,
            "redaction",
            region=Region(72, 300, 100, 30),
            status="proposed",
            body={"exemptions": ["B1"]},
            author="",
            origin="detector",
        ),
        create_annotation(
            lib,
            pages[0].id,
            "marking",
            text=Span(44, 50),
            status="proposed",
            body={"category": "identifier", "value": "F-1"},
            author="",
            origin="detector",
        ),
        create_annotation(
            lib,
            pages[1].id,
            "marking",
            text=Span(0, 6),
            status="proposed",
            body={"category": "release", "value": "RELEASE IN FULL"},
            author="",
            origin="detector",
        ),
    ]
    return [c.uuid for c in made]


def test_proposals_are_dashed_and_hatched_accepted_solid_rejected_faint(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    uuids = propose(review_library)
    window = open_window(qtbot, review_library, settings)
    overlay, red = window.page_annotations.overlay, uuids[1]

    def drawn() -> tuple[QPen, QBrush]:
        """The pen and brush the scan draws the proposed redaction with now."""
        look = overlay.look_of(red)
        assert look is not None
        return look

    pen, brush = drawn()
    assert pen.style() == Qt.PenStyle.DashLine and brush.style() == Qt.BrushStyle.BDiagPattern
    window.annotations.set_status(red, "accepted")
    pen, brush = drawn()
    assert pen.style() == Qt.PenStyle.SolidLine and brush.style() == Qt.BrushStyle.SolidPattern
    solid = pen.color().alpha()
    window.annotations.set_status(red, "rejected")
    pen, brush = drawn()
    assert pen.style() == Qt.PenStyle.DotLine and brush.style() == Qt.BrushStyle.NoBrush
    assert pen.color().rgb() == colours().kinds["redaction"].rgb()
    assert 0 < pen.color().alpha() < solid / 2  # faint
    window.annotations.stack.undo()
    assert drawn()[0].style() == Qt.PenStyle.SolidLine  # accepted again
    pane = window.document_view.text_pane
    [sel] = [s for s in pane.extraSelections() if s.cursor.selectedText() == "Memorandum"]
    assert sel.format.underlineStyle() == sel.format.UnderlineStyle.DashUnderline


def test_n_steps_a_accepts_r_rejects_and_moves_on(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    uuids = propose(review_library)
    window = open_window(qtbot, review_library, settings)
    pane, actions = window.document_view.text_pane, window.annotations
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_N)
    assert window.page_annotations.current == uuids[0]
    qtbot.keyClick(pane, Qt.Key.Key_A)  # accept, then on to the next proposal
    assert get_annotation(review_library, uuids[0]).status == "accepted"
    assert (
        window.page_annotations.current == uuids[2]
    )  # text position 44 before the region (no text)
    qtbot.keyClick(pane, Qt.Key.Key_R)
    assert get_annotation(review_library, uuids[2]).status == "rejected"
    assert window.page_annotations.current == uuids[1]
    qtbot.keyClick(pane, Qt.Key.Key_N)  # on to page 2
    assert window.page_annotations.current == uuids[3] and window.document_view.index == 1
    qtbot.keyClick(window.document_view.text_pane, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert window.page_annotations.current == uuids[1] and window.document_view.index == 0
    actions.stack.undo()  # the reject
    actions.stack.undo()  # the accept
    assert {get_annotation(review_library, u).status for u in uuids} == {"proposed"}


def test_deciding_a_proposal_chosen_in_the_list_moves_on_from_it(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    uuids = propose(review_library)
    window = open_window(qtbot, review_library, settings)
    window.page_annotations.show_annotation(uuids[2])  # the second in reading order
    window.annotation_menus.by_name["accept"].trigger()
    assert window.page_annotations.current == uuids[1]  # the next after it, not the page's first
    window.annotation_menus.by_name["previous_proposal"].trigger()
    assert window.page_annotations.current == uuids[0]


def test_a_proposal_another_reviewer_decided_since_it_was_drawn_is_not_decided_again(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """A and R decide the proposal as the window drew it (no read first); the write compares it
    with the row, so another reviewer's decision since is kept, said, and shown."""
    uuids = propose(review_library)
    window = open_window(qtbot, review_library, settings)
    messages: list[str] = []
    window.annotating.message.connect(messages.append)
    window.page_annotations.show_annotation(uuids[0])
    set_status(review_library, uuids[0], "rejected", author="Bo")  # (their window, meanwhile)
    window.annotation_menus.by_name["accept"].trigger()
    assert get_annotation(review_library, uuids[0]).status == "rejected"
    assert messages and messages[-1].startswith("Another reviewer changed this annotation")
    assert window.page_annotations.current == uuids[0]  # stays on it: nothing was decided
    assert window.annotations.stack.count() == 0
    qtbot.waitUntil(
        lambda: (
            (r := window.page_annotations.shown(uuids[0])) is not None and r.status == "rejected"
        )
    )


def test_accept_all_of_a_kind_on_the_page_then_in_the_document(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    uuids = propose(review_library)
    window = open_window(qtbot, review_library, settings)
    window.page_annotations.show_annotation(uuids[0])
    window.annotation_menus.by_name["accept_page"].trigger()
    status = {u: get_annotation(review_library, u).status for u in uuids}
    assert [status[u] for u in uuids] == ["accepted", "proposed", "accepted", "proposed"]
    window.page_annotations.show_annotation(uuids[0])
    window.annotation_menus.by_name["accept_document"].trigger()
    assert get_annotation(review_library, uuids[3]).status == "accepted"
    assert get_annotation(review_library, uuids[1]).status == "proposed"  # another kind
    window.annotations.stack.undo()
    window.annotations.stack.undo()
    assert len(list_annotations(review_library, AnnotationFilter(status="proposed"))) == 4


def test_accept_all_leaves_unknown_codes_proposed_and_says_which(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    pages = document_summary(review_library, list_documents(review_library)[0].id).pages
    made = [
        create_annotation(review_library, pages[i].id, "redaction", region=Region(72, y, 100, 30),
                          status="proposed", body={"exemptions": codes}, author="",
                          origin="detector").uuid
        for i, y, codes in ((0, 300, ["B1"]), (1, 300, ["3.3(a)(1)"]), (0, 400, ["b6"]),
                            (2, 300, ["<b>XYZ</b>"]))
    ]  # fmt: skip
    window = open_window(qtbot, review_library, settings)
    messages: list[str] = []
    window.annotating.message.connect(messages.append)
    window.page_annotations.show_annotation(made[0])
    window.annotation_menus.by_name["accept_document"].trigger()
    status = [get_annotation(review_library, u).status for u in made]
    assert status == ["accepted", "proposed", "accepted", "proposed"]
    # each code on its page, what it may be a slip for after it: no parentheses in a row (it
    # read "3.3(a)(1) (did you mean 3.3(b)(1), 3.3(h)(1)?) (page 2)")
    assert messages[-1] == (
        "Accepted 2 redaction proposals on this document. 2 left as proposals: their exemption "
        "codes are not in the vocabulary. Correct the codes, then accept them one by one. "
        "Page 2: 3.3(a)(1) — did you mean 3.3(b)(1) or 3.3(h)(1)? Page 3: <b>XYZ</b>."
    )
    # the status bar shows only the first words of it: the codes are listed in a box too, a
    # line each, that waits for nobody
    notice = window.annotations.held_notice
    assert notice is not None and notice.isVisible() and not notice.isModal()
    assert notice.text() == (
        "2 left as proposals: their exemption codes are not in the vocabulary. Correct the "
        "codes, then accept them one by one."
    )
    assert notice.informativeText().splitlines() == [
        "Page 2: 3.3(a)(1) — did you mean 3.3(b)(1) or 3.3(h)(1)?",
        "Page 3: <b>XYZ</b>.",  # (as typed, shown as written)
    ]
    assert notice.textFormat() == Qt.TextFormat.PlainText
    notice.accept()
    window.annotations.stack.undo()
    window.page_annotations.show_annotation(made[1])
    create_annotation(review_library, pages[1].id, "redaction", region=Region(72, 500, 100, 30),
                      status="proposed", body={"exemptions": ["B3"]}, author="",
                      origin="detector")  # fmt: skip
    window.document_view.read_again()
    window.page_annotations.show_annotation(made[1])
    window.annotation_menus.by_name["accept_page"].trigger()
    assert messages[-1] == (
        "Accepted 1 redaction proposal on this page. 1 left as a proposal: its exemption codes "
        "are not in the vocabulary. Correct the codes, then accept it. "
        "Page 2: 3.3(a)(1) — did you mean 3.3(b)(1) or 3.3(h)(1)?"
    )


def test_page_review_status_next_unreviewed_and_library_progress(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    bar, view = window.review_bar, window.document_view
    assert bar.status == "unreviewed" and bar.isEnabled()
    qtbot.keyClick(view.text_pane, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    page1 = view.summary.pages[0].id  # type: ignore[union-attr]
    assert read_page(review_library, page1).review.status == "reviewed"
    assert bar.status == "reviewed" and "Ada" in bar.who.text()
    model = window.library_model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Reviewed"
    )
    qtbot.waitUntil(lambda: model.index(0, column).data() == "1/4")
    bar.combo.setCurrentIndex(1)
    bar.combo.activated.emit(1)
    assert read_page(review_library, page1).review.status == "in_progress"
    window.annotations.stack.undo()
    assert read_page(review_library, page1).review.status == "reviewed"
    window.document_view.show_page(1)
    bar.set_status("reviewed")
    view.show_page(0)
    qtbot.keyClick(view.text_pane, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert view.index == 2  # pages 1 and 2 reviewed
    said: list[str] = []
    window.annotations.message.connect(said.append)
    view.show_page(3)
    bar.set_status("reviewed")
    view.show_page(2)  # the last page not reviewed: Ctrl+J did nothing and said nothing
    qtbot.keyClick(view.text_pane, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert view.index == 2
    assert said[-1] == "This page is the only one of this document not reviewed."
    window.annotations.stack.undo()
    window.annotations.stack.undo()
    window.annotations.stack.undo()
    assert read_page(review_library, page1).review.status == "unreviewed"
    qtbot.waitUntil(lambda: model.index(0, column).data() == "0/4")


def test_single_keys_do_nothing_outside_the_document_view(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    uuids = propose(review_library)
    create_tag(review_library, "Places", author="Ada")
    window = open_window(qtbot, review_library, settings)
    window.page_annotations.show_annotation(uuids[0])
    select_text(window, "courier")  # so a key 1 reaching the tag shortcut would tag it
    table = window.library_pane.findChild(QAbstractItemView)
    assert table is not None
    table.setFocus()
    assert table.hasFocus()
    for key in (Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_1):
        qtbot.keyClick(table, key)
    assert get_annotation(review_library, uuids[0]).status == "proposed"
    assert len(list_annotations(review_library)) == 4


def test_an_open_menu_takes_its_letters_not_the_documents_keys(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """With the View menu opened from the scan (Alt+V), R is the menu's "Rotate view": it ran
    the document's Reject on the chosen proposal (and Alt, then R, opened nothing)."""
    uuids = propose(review_library)
    window = open_window(qtbot, review_library, settings)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.page_annotations.show_annotation(uuids[0])
    view = window.document_view.page_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_R)
    qtbot.waitUntil(lambda: view.user_rotation == 90)
    assert get_annotation(review_library, uuids[0]).status == "proposed"


def test_a_context_menu_takes_its_letters_not_the_documents_keys(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """R typed into the scan's menu of a proposal rejected it through the document's key R,
    though no entry of the menu has that letter: the menu's keys are its own."""
    uuids = propose(review_library)
    window = open_window(qtbot, review_library, settings)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.page_annotations.show_annotation(uuids[1])  # the redaction on the scan, chosen
    view = window.document_view.page_view
    view.setFocus()
    rect = window.page_annotations.overlay.rect_of(uuids[1])
    assert rect is not None
    typed: list[str] = []

    def type_r_then_leave() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            return
        timer.stop()
        typed.append(menu.title())
        qtbot.keyClick(menu, Qt.Key.Key_R)  # no entry's letter: nothing
        qtbot.keyClick(menu, Qt.Key.Key_Escape)

    timer = QTimer(interval=20)
    timer.timeout.connect(type_r_then_leave)
    timer.start()
    view.customContextMenuRequested.emit(view.mapFromScene(rect.center()))
    assert typed == [""]
    assert get_annotation(review_library, uuids[1]).status == "proposed"


def test_the_menu_key_on_the_scan_opens_the_chosen_annotations_menu(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """The scan's menu was the mouse's alone (the annotation under the pointer): from the
    keyboard there was no way to an annotation's history."""
    uuids = propose(review_library)
    window = open_window(qtbot, review_library, settings)
    view = window.document_view.page_view
    said: list[str] = []
    window.annotations.message.connect(said.append)
    corner = QPoint(5, 5)

    def menu_key() -> QContextMenuEvent:  # (what the Menu key and Shift+F10 send)
        return QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, corner, view.mapToGlobal(corner)
        )

    QApplication.sendEvent(view, menu_key())  # nothing chosen: said how to choose one
    assert said and "Choose an annotation first" in said[-1]
    window.page_annotations.show_annotation(uuids[1])
    entries: list[str] = []

    def look_then_leave() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            timer.stop()
            entries.extend(a.text() for a in menu.actions())
            menu.close()

    timer = QTimer(interval=20)
    timer.timeout.connect(look_then_leave)
    timer.start()
    QApplication.sendEvent(view, menu_key())
    assert "History of this redaction…" in entries and "Reject redaction" in entries


def test_the_documents_keys_work_only_where_the_document_view_has_the_focus(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """Every menu's entries are on the window (so that their keys work in the reading mode,
    where the menu bar is hidden), but not the document's single keys: from the side panel's
    tab bar, R would reject the chosen proposal (seen failing with them on the window)."""
    uuids = propose(review_library)
    window = open_window(qtbot, review_library, settings)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.page_annotations.show_annotation(uuids[0])
    tabs = window.side.findChild(QTabBar)
    assert tabs is not None
    tabs.setFocus()
    qtbot.keyClick(tabs, Qt.Key.Key_R)
    assert get_annotation(review_library, uuids[0]).status == "proposed"
    view = window.document_view.page_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_R)  # in the document: rejected
    assert get_annotation(review_library, uuids[0]).status == "rejected"


def test_proposals_on_one_span_are_each_stepped_to(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    pages = document_summary(review_library, list_documents(review_library)[0].id).pages
    # (three readings of one span: the same one twice would be already marked once accepted)
    spans = (Span(0, 10), Span(0, 10), Span(0, 10), Span(44, 50))
    values = ("SECRET", "TOP SECRET", "CONFIDENTIAL", "SECRET")
    a, b, c, d = (
        create_annotation(
            review_library,
            pages[0].id,
            "marking",
            text=span,
            status="proposed",
            body={"category": "classification", "value": value},
            author="",
            origin="detector",
        ).uuid
        for span, value in zip(spans, values, strict=True)
    )
    window = open_window(qtbot, review_library, settings)
    by_name = window.annotation_menus.by_name
    window.page_annotations.show_annotation(b)
    by_name["accept"].trigger()
    assert (
        window.page_annotations.current == c
    )  # on the same span, made after b: next, not skipped for d
    window.page_annotations.show_annotation(
        b
    )  # decided: previous is the one on its span made before it
    by_name["previous_proposal"].trigger()
    assert window.page_annotations.current == a
    by_name["accept"].trigger()
    assert window.page_annotations.current == c
    by_name["next_proposal"].trigger()
    assert window.page_annotations.current == d


def test_n_after_undoing_the_chosen_annotation_starts_quietly_at_the_page(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: Any
) -> None:
    """A note made (and so chosen), then undone: N must not look for it and say "There is no
    annotation …" in the status bar; it starts from the page as with nothing chosen."""
    uuids = propose(review_library)
    window = open_window(qtbot, review_library, settings)
    answer_dialogs(monkeypatch, window, {"text": "cover page"})
    note = window.annotations.annotate_page()
    assert note is not None and window.page_annotations.current == note
    window.annotations.stack.undo()
    assert window.page_annotations.current is None
    said: list[str] = []
    window.annotations.message.connect(said.append)
    window.annotation_menus.by_name["next_proposal"].trigger()
    assert not said
    assert window.page_annotations.current == uuids[0]


def test_a_and_r_never_turn_a_persons_own_annotation_and_ask_before_withdrawing_a_redaction(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: Any
) -> None:
    """A stray R typed into the text pane (a form was meant) rejected a reviewer's own accepted
    redaction, and the next publication showed its words. A and R decide proposals: a person's
    annotation is left as it is, said; an accepted proposal's redaction is rejected only once
    the person confirms; the same decision again changes nothing."""
    from app.ui.annotating import proposals

    pages = document_summary(review_library, list_documents(review_library)[0].id).pages
    own = create_annotation(
        review_library, pages[0].id, "redaction", region=Region(72, 500, 100, 30),
        body={"exemptions": ["B1"]}, author="Ann",
    ).uuid  # fmt: skip
    # (not the detected proposal's box: that one would be "already redacted")
    detected = propose(review_library)[1]  # a detector's proposed redaction
    set_status(review_library, detected, "accepted", author="Ann")
    window = open_window(qtbot, review_library, settings)
    messages: list[str] = []
    window.annotating.message.connect(messages.append)
    asked: list[bool] = []
    answer = [False]

    def ask(_actions: Any) -> bool:
        asked.append(True)
        return answer[0]

    monkeypatch.setattr(proposals, "ask_withdraw", ask)
    pane = window.document_view.text_pane
    window.page_annotations.show_annotation(own)
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_R)
    assert get_annotation(review_library, own).status == "accepted"
    assert messages[-1].startswith("Not changed: Accept and Reject decide proposals")
    assert asked == [] and window.annotations.stack.count() == 0
    window.page_annotations.show_annotation(detected)
    qtbot.keyClick(pane, Qt.Key.Key_A)
    assert messages[-1] == "This redaction is already accepted."
    qtbot.keyClick(pane, Qt.Key.Key_R)  # asked, and declined
    assert asked == [True] and get_annotation(review_library, detected).status == "accepted"
    assert messages[-1] == "Not rejected: the redaction stays accepted."
    answer[0] = True
    qtbot.keyClick(pane, Qt.Key.Key_R)
    assert get_annotation(review_library, detected).status == "rejected"
    window.annotations.stack.undo()
    assert get_annotation(review_library, detected).status == "accepted"
