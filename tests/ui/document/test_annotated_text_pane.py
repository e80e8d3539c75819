"""The text pane's positions: code points of the original OCR text in every reading, through
characters outside the BMP (two UTF-16 units each) and through corrections; its context menu;
and choosing an annotation by clicking it on the scan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPaintEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.core.annotating.annotations import create_annotation
from app.core.annotating.reading import CorrectedSpan, CorrectedText
from app.core.annotating.records import Region
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.document.annotated_text_pane import AnnotatedTextPane, ReadingMap, build_display
from tests.ui.annotating.helpers import open_window, select_text

TEXT = "A 🦆 duck met the Vienan courier."  # the duck is one code point, two UTF-16 units


def reading() -> CorrectedText:
    start = TEXT.index("Vienan")
    return CorrectedText(
        page_id=1,  # type: ignore[arg-type]
        layer_id=None,
        original=TEXT,
        corrected=TEXT.replace("Vienan", "Vienna"),
        spans=(CorrectedSpan("u", start, start + 6, start, start + 6, "Vienan", "Vienna"),),
    )


def test_positions_are_code_points_of_the_original_in_every_reading(qtbot: QtBot) -> None:
    pane = AnnotatedTextPane()
    qtbot.addWidget(pane)
    pane.set_page_text(TEXT, [])
    pane.set_annotations([], reading(), {})
    courier = TEXT.index("courier")
    for mode, shown in (
        ("original", TEXT),
        ("corrected", reading().corrected),
        ("both", TEXT.replace("Vienan", "Vienan → Vienna")),
    ):
        pane.set_mode(mode)
        assert pane.toPlainText() == shown
        qt_start = shown.index("courier") + 1  # Python counts the duck once, Qt twice
        cursor = pane.textCursor()
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_start + 7, QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        assert cursor.selectedText() == "courier"
        assert pane.selected_span() == (courier, courier + 7), mode


def test_a_replacement_maps_back_to_its_original_span() -> None:
    display, pieces = build_display(TEXT, reading(), "corrected")
    m = ReadingMap(display, pieces)
    start = TEXT.index("Vienan")
    assert m.to_display(start) == display.index("Vienna")
    assert m.to_original(display.index("Vienna") + 3) == start  # inside: the span's start
    assert m.to_display(len(TEXT)) == len(display)
    assert m.to_qt(TEXT.index("duck")) == TEXT.index("duck") + 1


def test_the_context_menu_offers_the_kinds_for_a_selection(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    select_text(window, "courier")
    pane = window.document_view.text_pane
    menu = QMenu()
    pane.menu_builder(menu, [])  # type: ignore[misc]
    assert [a.text() for a in menu.actions() if a.text()] == [
        "&Correction…",
        "&Tag…",
        "&Marking…",
        "&Note…",
        "&Redact the selected words…",
    ]


def test_clicking_an_annotation_on_the_scan_chooses_it(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    page = window.document_view.page
    assert page is not None
    made = create_annotation(
        review_library,
        page.id,
        "redaction",
        region=Region(300, 400, 120, 60),
        body={"exemptions": ["B6"]},
        author="Ada",
    )
    window.document_view.read_again()
    window.annotation_list.reload()
    view = window.document_view.page_view
    inside = view.mapFromScene(360, 430)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, inside
    )
    assert window.page_annotations.current == made.uuid
    assert window.page_annotations.overlay.selected == made.uuid
    row = window.annotation_list.model.row_of(made.uuid)
    assert window.annotation_list.table.currentIndex().row() == row
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(100, 700),
    )  # nothing there: the choice stays
    assert window.page_annotations.current == made.uuid


def test_spans_of_another_text_layer_are_not_drawn_on_this_one(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    from app.core.annotating.records import Span
    from app.core.ocr.companion import attach_companion_text
    from tests.ui.helpers import PAGE_TEXTS

    window = open_window(qtbot, review_library, settings)
    view = window.document_view
    assert view.summary is not None and view.page is not None and view.page_text is not None
    attach_companion_text(review_library, view.summary.id, "\n".join(PAGE_TEXTS), ocr_missing=False)
    with review_library.reading() as s:
        other = (
            s.connection()
            .exec_driver_sql(
                "SELECT id FROM text_layers WHERE page_id = ? AND id != ?",
                (view.page.id, view.page_text.layer_id),
            )
            .scalar()
        )
    assert other is not None
    here = create_annotation(
        review_library,
        view.page.id,
        "note",
        text=Span(0, 10),
        body={"text": "active layer"},
        author="Ada",
    )
    there = create_annotation(
        review_library,
        view.page.id,
        "note",
        text=Span(0, 10, other),
        body={"text": "other layer"},
        author="Ada",
    )
    window.document_view.read_again()
    assert [r.uuid for r in view.text_pane.records] == [here.uuid]
    assert [s.record.uuid for s in window.page_annotations.overlay.shapes] == [here.uuid]
    assert {r.uuid for r in window.page_annotations.records} == {
        here.uuid,
        there.uuid,
    }  # both listed


def test_a_span_past_the_text_shown_is_not_set_out_of_range(qtbot: QtBot, qtlog: Any) -> None:
    """An annotation of the page to come, shown while the pane still said "Loading the text…",
    printed Qt's "QTextCursor::setPosition: Position '19' out of range" on the terminal."""
    pane = AnnotatedTextPane()
    qtbot.addWidget(pane)
    pane.clear_page("Loading the text…")
    cursor = pane._cursor(19, 25)
    assert cursor.position() == cursor.anchor() == 0
    assert not [r for r in qtlog.records if "out of range" in r.message]


def test_a_new_message_in_the_empty_pane_is_painted_whole(qtbot: QtBot) -> None:
    """Qt repaints an empty pane whole only when its placeholder shows or hides, not when it
    changes: "Loading the text…" replaced by a longer message ("Redline stopped waiting for the
    server …; the page's text was not read.") showed on screen cut after its first line."""
    pane = AnnotatedTextPane()
    qtbot.addWidget(pane)
    pane.resize(220, 400)
    pane.show()
    qtbot.waitExposed(pane)
    pane.clear_page("Loading the text…")
    qtbot.wait(50)
    painted: list[QRect] = []

    class Painted(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if isinstance(event, QPaintEvent):
                painted.append(event.rect())
            return False

    spy = Painted()
    pane.viewport().installEventFilter(spy)
    pane.clear_page("A longer message, over several lines of this narrow pane. " * 3)
    qtbot.waitUntil(lambda: any(r.contains(pane.viewport().rect()) for r in painted))
