"""Making each kind of annotation through the real widgets, seeing it in both panes and the list,
undoing and redoing it, and finding it again in a new window on the same library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.tags import create_tag
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.document.page_view import PageView
from app.ui.window.main_window import MainWindow
from tests.ui.annotating.helpers import CTRL_SHIFT, answer_dialogs, drag, open_window, select_text


def kinds_in_list(window: MainWindow) -> list[str]:
    model = window.annotation_list.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_a_selection_ending_in_a_space_is_corrected_without_it(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Shift+Right selects a word with the space after it: corrected, "Vienna " → "Wien"
    ran the next word on ("Wienon Tuesday"), where the form showed "Vienna" as what it reads."""
    window = open_window(qtbot, review_library, settings)
    answer_dialogs(monkeypatch, window, {"replacement": "Wien"})
    start, end = select_text(window, " Vienna ")
    qtbot.keyClick(window.document_view.text_pane, Qt.Key.Key_C, CTRL_SHIFT)
    [rec] = list_annotations(review_library)
    assert rec.text is not None
    assert (rec.text.start, rec.text.end, rec.text.quote) == (start + 1, end - 1, "Vienna")
    window.annotation_menus.by_name["read_corrected"].trigger()
    assert "in Wien on Tuesday" in window.document_view.text_pane.toPlainText()
    select_text(window, " ")  # nothing but a space: nothing to annotate
    said: list[str] = []
    window.annotations.message.connect(said.append)
    qtbot.keyClick(window.document_view.text_pane, Qt.Key.Key_C, CTRL_SHIFT)
    assert len(list_annotations(review_library)) == 1
    assert said == ["Select some text in the text pane first."]


@pytest.mark.parametrize("mode", ["corrected", "both"])
def test_the_keyboard_place_stays_where_it_was_after_a_correction(
    qtbot: QtBot,
    review_library: Library,
    settings: S.Settings,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
) -> None:
    """In a corrected reading a correction saved put the text cursor at the page's top (the
    walk: the next note landed on the page's first word)."""
    window = open_window(qtbot, review_library, settings)
    window.annotation_menus.by_name[f"read_{mode}"].trigger()
    answer_dialogs(monkeypatch, window, {"replacement": "Wien"})
    pane = window.document_view.text_pane
    select_text(window, "Vienna")
    qtbot.keyClick(pane, Qt.Key.Key_C, CTRL_SHIFT)
    at = pane.textCursor().position()
    shown = pane.toPlainText()
    assert shown[:at].endswith("Wien"), shown[max(at - 20, 0) : at]


def test_a_correction_from_a_text_selection_shows_everywhere_and_undoes(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings)
    answer_dialogs(monkeypatch, window, {"replacement": "Wien"})
    start, end = select_text(window, "Vienna")
    qtbot.keyClick(window.document_view.text_pane, Qt.Key.Key_C, CTRL_SHIFT)
    [rec] = list_annotations(review_library)
    assert rec.kind == "correction" and rec.author == "Ada"
    assert rec.text is not None
    assert (rec.text.start, rec.text.end, rec.text.quote) == (start, end, "Vienna")
    pane = window.document_view.text_pane
    assert [r.uuid for r in pane.records] == [rec.uuid]
    assert any(s.cursor.selectedText() == "Vienna" for s in pane.extraSelections())
    assert [s.record.uuid for s in window.page_annotations.overlay.shapes] == [rec.uuid]
    assert kinds_in_list(window) == ["Correction"]
    window.annotation_menus.by_name["read_corrected"].trigger()
    assert "in Wien on Tuesday" in pane.toPlainText()
    assert window.annotation_menus.by_name["read_corrected"].isChecked()
    assert settings.get(S.TEXT_READING) == "corrected"  # remembered for the next run
    window.annotation_menus.by_name["read_both"].trigger()
    assert "Vienna → Wien on" in pane.toPlainText()
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert list_annotations(review_library) == [] and pane.records == []
    assert "Vienna on Tuesday" in pane.toPlainText() and kinds_in_list(window) == []
    keys = [k.toString() for k in window.annotation_menus.by_name["redo"].shortcuts()]
    assert len(keys) == len(set(keys)) and {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(keys), keys
    qtbot.keyClick(pane, Qt.Key.Key_Z, CTRL_SHIFT)  # Edit › Redo, by either of its keys
    assert [r.uuid for r in list_annotations(review_library)] == [rec.uuid]
    assert "Vienna → Wien on" in pane.toPlainText()
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert list_annotations(review_library) == []
    qtbot.keyClick(pane, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [r.uuid for r in list_annotations(review_library)] == [rec.uuid]


def test_tags_by_number_key_marking_and_note_from_the_keyboard(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_tag(review_library, "Places", author="Ada", colour="#3070f0")
    people = create_tag(review_library, "People", author="Ada", colour="#f07030").tag
    window = open_window(qtbot, review_library, settings)
    pane = window.document_view.text_pane
    select_text(window, "courier")
    qtbot.keyClick(pane, Qt.Key.Key_1)  # tags in tree order: People, Places
    asked = answer_dialogs(monkeypatch, window, {"category": "classification", "value": "secret"})
    select_text(window, "Memorandum")
    qtbot.keyClick(pane, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    answer_dialogs(monkeypatch, window, {"text": "Which courier?"})
    select_text(window, "Tuesday")
    qtbot.keyClick(pane, Qt.Key.Key_N, CTRL_SHIFT)
    recs = {r.kind: r for r in list_annotations(review_library)}
    assert asked == ["marking"] and set(recs) == {"tag", "marking", "note"}
    tag_text = recs["tag"].text
    assert recs["tag"].body.get("tag") == people.uuid and tag_text is not None
    assert tag_text.quote == "courier"
    assert recs["marking"].body == {"category": "classification", "value": "SECRET"}
    assert recs["note"].body == {"text": "Which courier?"}
    assert sorted(kinds_in_list(window)) == ["Marking", "Note", "Tag"]
    assert len(window.page_annotations.overlay.shapes) == 3
    for _ in range(3):
        window.annotation_menus.by_name["undo"].trigger()
    assert list_annotations(review_library) == []


def zoomed_in(view: PageView) -> tuple[int, int]:
    """Zoom past the fit and centre the middle of the page, so a drag that pans would scroll
    (at the fit zoom the page fits and a pan has nowhere to go); the scroll position."""
    view.set_zoom(view.zoom * 2)
    view.centerOn(200, 400)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    assert 0 < h.value() < h.maximum() and 0 < v.value() < v.maximum()
    return h.value(), v.value()


def scrolled(view: PageView) -> tuple[int, int]:
    return view.horizontalScrollBar().value(), view.verticalScrollBar().value()


def test_shift_drag_on_the_scan_makes_a_redaction_region(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings)
    answer_dialogs(monkeypatch, window, {"exemptions": ["b 6"], "note": "name"}, "redaction")
    view = window.document_view.page_view
    scroll = zoomed_in(view)
    a, b = view.mapFromScene(100, 370), view.mapFromScene(300, 430)
    assert view.viewport().rect().contains(a) and view.viewport().rect().contains(b)
    drag(view, a, b)
    assert scrolled(view) == scroll  # drew, did not pan
    [rec] = list_annotations(review_library)
    assert rec.kind == "redaction" and rec.body == {"exemptions": ["B6"], "note": "name"}
    assert rec.region is not None and abs(rec.region.x - 100) < 3 and abs(rec.region.w - 200) < 4
    assert abs(rec.region.y - 370) < 3 and abs(rec.region.h - 60) < 4
    [shape] = window.page_annotations.overlay.shapes
    assert shape.rects[0].contains(view.mapToScene(QPoint((a.x() + b.x()) // 2, a.y() + 10)))
    assert kinds_in_list(window) == ["Redaction"]
    window.annotations.stack.undo()
    assert window.page_annotations.overlay.shapes == [] and list_annotations(review_library) == []


def test_in_draw_mode_a_plain_drag_draws_and_off_again_it_pans(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings)
    answer_dialogs(
        monkeypatch, window, {"category": "release", "value": "release in full"}, "marking"
    )
    view = window.document_view.page_view
    scroll = zoomed_in(view)
    window.annotation_menus.by_name["draw"].trigger()  # Ctrl+D
    vp = view.viewport()
    a, b = view.mapFromScene(100, 370), view.mapFromScene(250, 410)
    assert vp.rect().contains(a) and vp.rect().contains(b)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(vp, b)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    assert scrolled(view) == scroll  # drew, did not pan
    [rec] = list_annotations(review_library)
    assert rec.kind == "marking" and rec.body.get("value") == "RELEASE IN FULL" and rec.region
    assert abs(rec.region.x - 100) < 3 and abs(rec.region.w - 150) < 4
    window.annotation_menus.by_name["draw"].trigger()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(vp, b)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    assert len(list_annotations(review_library)) == 1  # a pan, not a region
    h, v = scrolled(view)  # panned: dragged right and down, the view scrolled left and up
    assert h < scroll[0] and v < scroll[1]


def test_region_on_a_rotated_page_lands_in_unrotated_points(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings)
    window.document_view.show_page(2)  # /Rotate 90: displayed 792 wide, 612 high
    qtbot.waitUntil(lambda: window.document_view.page_text is not None)
    answer_dialogs(monkeypatch, window, {"text": "a box"}, "note")
    view = window.document_view.page_view
    drag(view, view.mapFromScene(50, 60), view.mapFromScene(250, 100))
    [rec] = list_annotations(review_library)
    r = rec.region
    assert r is not None and r.x >= 0 and r.x + r.w <= 613 and r.y >= 0 and r.y + r.h <= 793
    assert abs(r.w - 40) < 3 and abs(r.h - 200) < 3  # a quarter turn swaps the sides
    [shape] = window.page_annotations.overlay.shapes  # drawn back where it was dragged
    drawn = shape.rects[0]
    assert abs(drawn.left() - 50) < 2 and abs(drawn.top() - 60) < 2 and abs(drawn.width() - 200) < 3


def test_the_author_is_asked_once_and_annotations_survive_a_new_window(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings, author="")
    asked: list[str] = []

    def ask(current: str) -> str:
        asked.append(current)
        return "Bo"

    monkeypatch.setattr(window.annotations.author_source, "ask", ask)
    answer_dialogs(monkeypatch, window, {"text": "first"})
    select_text(window, "courier")
    window.annotation_menus.by_name["note"].trigger()
    select_text(window, "Tuesday")
    window.annotation_menus.by_name["note"].trigger()
    assert asked == [""] and settings.get(S.AUTHOR) == "Bo"
    window.close()
    again = open_window(qtbot, review_library, settings, author="")
    assert [r.author for r in again.document_view.text_pane.records] == ["Bo", "Bo"]
    assert kinds_in_list(again) == ["Note", "Note"]


def test_a_redaction_from_the_keyboard_boxes_the_selected_words(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings)
    answer_dialogs(monkeypatch, window, {"exemptions": ["B6"]})
    start, end = select_text(window, "courier arrived")
    pane = window.document_view.text_pane
    qtbot.keyClick(pane, Qt.Key.Key_R, CTRL_SHIFT)
    [rec] = list_annotations(review_library)
    assert rec.kind == "redaction" and rec.text and (rec.text.start, rec.text.end) == (start, end)
    page_text = window.document_view.page_text
    assert page_text is not None and rec.region is not None
    boxes = [w.box for w in page_text.words if w.box and start <= w.start < end]
    assert len(boxes) == 2
    assert rec.region.x == min(b[0] for b in boxes) and rec.region.w > 0
    assert abs(rec.region.x + rec.region.w - max(b[2] for b in boxes)) < 1e-6
    [shape] = window.page_annotations.overlay.shapes
    assert len(shape.rects) == 1  # the region, not the word boxes


def test_a_drag_that_ends_inside_a_word_tags_and_redacts_the_whole_words(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mouse selection rarely stops on a word's edge ("ourier arriv"): a tag, marking, note
    or redaction takes the words it touches whole, so its quote (in every export) is not cut
    off mid-word and a redaction's text leaves no letter of a word it boxes."""
    window = open_window(qtbot, review_library, settings)
    pane = window.document_view.text_pane
    start, end = select_text(window, "courier arrived")
    select_text(window, "ourier arriv")
    answer_dialogs(monkeypatch, window, {"text": "who?"})
    qtbot.keyClick(pane, Qt.Key.Key_N, CTRL_SHIFT)
    select_text(window, "ourier arriv")
    answer_dialogs(monkeypatch, window, {"exemptions": ["B6"]})
    qtbot.keyClick(pane, Qt.Key.Key_R, CTRL_SHIFT)
    recs = list_annotations(review_library)
    assert sorted(r.kind for r in recs) == ["note", "redaction"]
    for rec in recs:
        assert rec.text is not None
        assert (rec.text.start, rec.text.end, rec.text.quote) == (start, end, "courier arrived")
