"""A change made in the window, its undo and its redo are each drawn from what the service returned
for them: only what changed is redrawn (the text pane's marks, the shapes on the scan, the list's
rows), the page is never read again, and undo draws the page as it was before the step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import get_annotation
from app.core.annotating.annotations import create_annotation, update_annotation
from app.core.annotating.page_content import PageContent
from app.core.annotating.records import Region, Span
from app.core.documents.queries import document_summary, list_documents
from app.core.ids import PageId
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.document import document_view
from app.ui.window.main_window import MainWindow
from tests.ui.annotating.helpers import open_window, select_text


def seed(lib: Library) -> None:
    page = document_summary(lib, list_documents(lib)[0].id).pages[0].id
    for start, end in ((0, 10), (11, 20), (34, 40), (34, 40)):  # two alike share one mark
        create_annotation(lib, page, "note", text=Span(start, end), body={"text": "n"}, author="A")
    create_annotation(
        lib, page, "redaction", region=Region(72, 90, 100, 20), body={"exemptions": ["B1"]},
        author="A", status="proposed",
    )  # fmt: skip


def drawn(window: MainWindow) -> tuple[Any, ...]:
    """What the page shows of its annotations: text marks, shapes on the scan, list rows."""
    pane = window.document_view.text_pane
    marks = sorted(
        (
            s.cursor.selectionStart(),
            s.cursor.selectionEnd(),
            s.format.background().color().name(QColor.NameFormat.HexArgb),
            int(s.format.underlineStyle().value),
        )
        for s in pane.extraSelections()
    )
    shapes = sorted(
        (s.record.uuid, s.record.status, tuple(r.getRect() for r in s.rects))
        for s in window.page_annotations.overlay.shapes
    )
    rows = [r.uuid for r in window.annotation_list.model.records]
    return marks, shapes, rows


class Watch:
    """Counts what a step should not do: read the page, reset the list, redraw the text whole."""

    def __init__(self, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reads: list[int] = []
        self.resets: list[int] = []
        self.whole: list[int] = []
        read = document_view.read_page

        def counted_read(lib: Library, page_id: PageId) -> PageContent:
            self.reads.append(page_id)
            return read(lib, page_id)

        monkeypatch.setattr(document_view, "read_page", counted_read)
        window.annotation_list.model.modelReset.connect(lambda: self.resets.append(1))
        pane = window.document_view.text_pane
        original = pane.set_annotations

        def set_annotations(*args: Any) -> None:
            self.whole.append(1)
            original(*args)

        monkeypatch.setattr(pane, "set_annotations", set_annotations)

    def nothing(self) -> bool:
        return not (self.reads or self.resets or self.whole)


def step_undo_redo(window: MainWindow, make: Callable[[], object]) -> Any:
    """Make a step; undo draws the page as before it, redo as after it."""
    before = drawn(window)
    made = make()
    after = drawn(window)
    assert after != before
    window.annotating.stack.undo()
    assert drawn(window) == before
    window.annotating.stack.redo()
    assert drawn(window) == after
    return made


def test_a_step_its_undo_and_its_redo_draw_only_what_changed(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(review_library)
    window = open_window(qtbot, review_library, settings)
    actions, seeded = window.annotations, drawn(window)[2]
    watch = Watch(window, monkeypatch)
    select_text(window, "courier")
    note = step_undo_redo(window, lambda: actions.annotate_selection("note", {"text": "who?"}))
    assert note is not None and note in drawn(window)[2]
    monkeypatch.setattr(actions, "ask_body", lambda *a, **k: {"exemptions": ["B3"]})
    region = step_undo_redo(
        window, lambda: actions.annotate_region(Region(100, 300, 80, 30), "redaction")
    )
    assert region is not None
    # Level with the seeded redaction, left of it: the list puts it first of the two.
    left = step_undo_redo(
        window, lambda: actions.annotate_region(Region(10, 90, 50, 20), "redaction")
    )
    rows = drawn(window)[2]
    assert rows.index(left) == rows.index(seeded[-1]) - 1
    step_undo_redo(window, lambda: actions.set_status(region, "rejected"))
    step_undo_redo(window, lambda: actions.delete(note))
    assert note not in drawn(window)[2]
    assert watch.nothing()


def test_a_correction_redraws_the_text_whole_and_only_the_change_on_the_scan_and_in_the_list(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(review_library)
    window = open_window(qtbot, review_library, settings)
    actions, page = window.annotations, window.page_annotations
    pane = window.document_view.text_pane
    pane.set_mode("both")  # the replacements are shown and marked
    watch = Watch(window, monkeypatch)
    shapes: list[int] = []
    original = page.overlay.set_shapes

    def set_shapes(*args: Any) -> None:
        shapes.append(1)
        original(*args)

    monkeypatch.setattr(page.overlay, "set_shapes", set_shapes)

    def only_the_text_whole() -> None:  # the text whole; scan and list: only the change
        assert len(watch.whole) == 1 and not (shapes or watch.resets or watch.reads)
        watch.whole.clear()

    select_text(window, "courier")
    made = actions.annotate_selection("correction", {"replacement": "carrier"})
    assert made is not None and "→ carrier" in pane.toPlainText()
    only_the_text_whole()
    typed = ["c", "co", "cou"]

    def type_keys(
        kind: str, quote: str = "", body: Any = None, on_edit: Any = None, **_: Any
    ) -> Any:
        for text in typed:
            on_edit({"replacement": text})  # each key of the live editor
            assert f"→ {text}" in pane.toPlainText()
            only_the_text_whole()
        return {"replacement": typed[-1]}

    monkeypatch.setattr(actions, "ask_body", type_keys)
    assert actions.edit(made)
    assert watch.nothing()  # the last key's body again: nothing changed
    actions.stack.undo()  # the typing, one step: the text whole again
    assert "→ carrier" in pane.toPlainText()
    only_the_text_whole()
    actions.delete(made)
    assert "→" not in pane.toPlainText()
    only_the_text_whole()


def test_the_current_annotation_stays_chosen_when_rows_move(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    seed(review_library)
    window = open_window(qtbot, review_library, settings)
    actions, page, table = window.annotations, window.page_annotations, window.annotation_list.table
    first = window.annotation_list.model.records[0].uuid
    page.show_annotation(first)
    select_text(window, "courier")
    made = actions.annotate_selection("note", {"text": "x"})
    assert page.current == made  # the new one is chosen, and its row selected
    row = table.currentIndex().row()
    assert window.annotation_list.model.records[row].uuid == made
    chosen: list[str] = []
    page.chosen.connect(chosen.append)
    actions.delete(made)  # its row goes: no other annotation gets chosen by that
    assert chosen == [] and page.current is None
    assert made not in [r.uuid for r in window.annotation_list.model.records]


def test_a_step_that_cannot_be_undone_says_so_and_the_page_is_read_again(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings)
    select_text(window, "courier")
    made = window.annotations.annotate_selection("note", {"text": "mine"})
    assert made is not None
    update_annotation(review_library, made, author="Bo", body={"text": "theirs"})  # elsewhere
    messages: list[str] = []
    window.annotating.message.connect(messages.append)
    watch = Watch(window, monkeypatch)
    window.annotating.stack.undo()
    assert messages[-1] == (  # (it named the note by its raw id: "Annotation a786… was …")
        "Cannot undo “Add note”: what it changed was changed since, by another reviewer or in "
        "another window; nothing was changed."
    )
    assert watch.reads
    [shown] = window.page_annotations.records  # as it is now, not as the window last drew it
    assert shown.body == {"text": "theirs"} == get_annotation(review_library, made).body
    assert window.annotating.stack.count() == 0  # the step is gone: it cannot be replayed


def test_leaving_a_redaction_visible_and_accepting_one_with_codes_redraw_from_their_changes(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both are one step each, drawn (and undone, and redone) from what the service returned:
    the scan's fill, the list's status and description change, and the page is not read."""
    seed(review_library)
    window = open_window(qtbot, review_library, settings)
    actions, page, model = window.annotations, window.page_annotations, window.annotation_list.model
    [box] = [r.uuid for r in page.records if r.kind == "redaction"]  # the seeded proposal
    watch = Watch(window, monkeypatch)

    def shown() -> tuple[Any, ...]:
        """The redaction as the scan and the list show it: fill, status, description."""
        look = page.overlay.look_of(box)
        row = model.row_of(box)
        assert look is not None and row is not None
        status, text = (model.index(row, c).data() for c in (2, 3))
        return look[1].style(), status, text

    proposed = shown()
    monkeypatch.setattr(
        actions, "confirm_redaction", lambda body, **_: {"exemptions": ["B1", "B6"]}
    )
    page.show_annotation(box)
    step_undo_redo(window, lambda: window.annotation_menus.by_name["accept"].trigger())
    accepted = shown()
    assert accepted != proposed and "B1, B6" in accepted[2]
    window.annotating.stack.undo()
    assert shown() == proposed
    window.annotating.stack.redo()
    assert shown() == accepted
    before = window.annotating.stack.count()
    assert actions.leave_visible(box, True)
    assert window.annotating.stack.count() == before + 1  # one step
    visible = shown()
    assert visible[0] == Qt.BrushStyle.NoBrush and accepted[0] != Qt.BrushStyle.NoBrush
    assert "left visible in publications" in visible[2]
    window.annotating.stack.undo()
    assert shown() == accepted
    window.annotating.stack.redo()
    assert shown() == visible
    assert watch.nothing()


def test_a_step_made_while_the_page_text_is_read_again_is_drawn_once_it_is_read(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """The page shown again (the same page chosen in the list, Home) is read again in the
    background; a step made before that read is back (a proposal accepted at once) has no text
    to be drawn on: the page is read again for it, and shows it, instead of failing."""
    from tests.ui.helpers import make_window

    seed(review_library)
    settings.set(S.AUTHOR, "Ada")
    window = make_window(qtbot, review_library, settings, synchronous=False)
    window.open_document(list_documents(review_library)[0].id)
    pages = window.page_annotations
    qtbot.waitUntil(lambda: any(r.status == "proposed" for r in pages.records), timeout=10_000)
    [proposal] = [r for r in pages.records if r.status == "proposed"]
    pages.show_annotation(proposal.uuid)
    window.document_view.show_page(0)  # the same page again: its text is read again
    assert window.document_view.page_text is None
    pages.current = proposal.uuid
    window.annotations.set_status(proposal.uuid, "rejected")  # before the read is back
    assert get_annotation(review_library, proposal.uuid).status == "rejected"

    def shown_rejected() -> bool:
        rec = pages.shown(proposal.uuid)
        text = window.document_view.page_text
        return rec is not None and rec.status == "rejected" and text is not None

    qtbot.waitUntil(shown_rejected, timeout=10_000)
