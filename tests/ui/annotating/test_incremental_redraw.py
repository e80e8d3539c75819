"""A change made in the window redraws only what changed (the text pane's marks, the shapes on
the scan, the list's rows), and what it draws is exactly what reading the page again draws."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Region, Span
from app.core.documents.queries import document_summary, list_documents
from app.core.library import Library
from app.ui.base import settings as S
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
        for s in window.annotations.overlay.shapes
    )
    rows = [r.uuid for r in window.annotation_list.model.records]
    return marks, shapes, rows


def test_each_change_draws_what_a_full_reload_draws_without_a_reset(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(review_library)
    window = open_window(qtbot, review_library, settings)
    actions, model = window.annotations, window.annotation_list.model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    full: list[int] = []
    pane = window.document_view.text_pane
    original = pane.set_annotations

    def set_annotations(*args: Any) -> None:
        full.append(1)
        original(*args)

    monkeypatch.setattr(pane, "set_annotations", set_annotations)

    def check() -> None:
        here = drawn(window)
        assert not resets and not full  # drawn from the change alone
        actions.reload()  # the page read again and drawn whole (synchronous workers)
        assert full and resets
        assert drawn(window) == here
        resets.clear()
        full.clear()

    select_text(window, "courier")
    note = actions.annotate_selection("note", {"text": "who?"})
    assert note is not None and note in drawn(window)[2]
    check()
    monkeypatch.setattr(actions, "ask_body", lambda *a, **k: {"exemptions": ["B3"]})
    region = actions.annotate_region(Region(100, 300, 80, 30), "redaction")
    assert region is not None
    check()
    # Level with the seeded redaction, left of it: read again, the list puts it first of the two.
    assert actions.annotate_region(Region(10, 90, 50, 20), "redaction") is not None
    check()
    actions.set_status(region, "rejected")
    check()
    actions.delete(note)
    assert note not in drawn(window)[2]
    check()
    actions.stack.undo()  # undo re-reads the page (not a change made here)
    assert note in drawn(window)[2]


def test_a_correction_redraws_the_text_whole_and_only_the_change_on_the_scan_and_in_the_list(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(review_library)
    window = open_window(qtbot, review_library, settings)
    actions, model = window.annotations, window.annotation_list.model
    pane = window.document_view.text_pane
    pane.set_mode("both")  # the replacements are shown and marked
    calls: list[str] = []
    model.modelReset.connect(lambda: calls.append("list reset"))
    actions.page_loaded.connect(lambda: calls.append("page_loaded"))
    for name, owner in (("set_annotations", pane), ("set_shapes", actions.overlay)):
        original = getattr(owner, name)

        def counted(*args: Any, _name: str = name, _original: Any = original) -> None:
            calls.append(_name)
            _original(*args)

        monkeypatch.setattr(owner, name, counted)

    def check() -> None:
        here = drawn(window)
        assert calls == ["set_annotations"]  # the text whole; scan and list: only the change
        actions.reload()
        assert "set_shapes" in calls and "list reset" in calls
        assert drawn(window) == here
        calls.clear()

    select_text(window, "courier")
    made = actions.annotate_selection("correction", {"replacement": "carrier"})
    assert made is not None and "→ carrier" in pane.toPlainText()
    check()
    typed = ["c", "co", "cou"]

    def type_keys(kind: str, quote: str = "", body: Any = None, on_edit: Any = None) -> Any:
        for text in typed:
            on_edit({"replacement": text})  # each key of the live editor
            assert f"→ {text}" in pane.toPlainText()
            check()
        return {"replacement": typed[-1]}

    monkeypatch.setattr(actions, "ask_body", type_keys)
    assert actions.edit(made)
    assert not calls  # the last key's body again: nothing changed
    actions.delete(made)
    assert "→" not in pane.toPlainText()
    check()


def test_the_current_annotation_stays_chosen_when_rows_move(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    seed(review_library)
    window = open_window(qtbot, review_library, settings)
    actions, table = window.annotations, window.annotation_list.table
    first = window.annotation_list.model.records[0].uuid
    actions.show_annotation(first)
    select_text(window, "courier")
    made = actions.annotate_selection("note", {"text": "x"})
    assert actions.current == made  # the new one is chosen, and its row selected
    row = table.currentIndex().row()
    assert window.annotation_list.model.records[row].uuid == made
    chosen: list[str] = []
    actions.chosen.connect(chosen.append)
    actions.delete(made)  # its row goes: no other annotation gets chosen by that
    assert chosen == [] and actions.current is None
    assert made not in [r.uuid for r in window.annotation_list.model.records]
