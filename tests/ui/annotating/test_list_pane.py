"""The annotation list: model tester, filters, choosing one shows it in both panes (on its page),
editing and deleting from the list, live correction typing as one undo step, and history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.core.annotating import annotation_listing
from app.core.annotating.annotation_listing import get_annotation, list_annotations
from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import AnnotationFilter, AnnotationRecord, Region, Span
from app.core.annotating.tags import create_tag
from app.core.annotating.vocabulary import STATUSES
from app.core.documents.queries import document_summary, list_documents
from app.core.library import Library
from app.ui.annotating.history import HistoryDialog, show_history
from app.ui.annotating.list_pane import (
    ANNOTATION,
    COLUMN_WIDTHS,
    AnnotationListModel,
    AnnotationListPane,
)
from app.ui.base import settings as S
from tests.ui.annotating.helpers import answer_dialogs, open_window


def seed(lib: Library) -> dict[str, str]:
    """A few annotations on pages 1 and 2, by two authors, one of them a proposal."""
    pages = document_summary(lib, list_documents(lib)[0].id).pages
    tag = create_tag(lib, "Places", author="Ada").tag
    p1, p2 = pages[0].id, pages[1].id
    made = {
        "tag": create_annotation(
            lib, p1, "tag", text=Span(34, 40), body={"tag": tag.uuid}, author="Ada"
        ),
        "note": create_annotation(lib, p1, "note", body={"text": "page note"}, author="Bo"),
        "correction": create_annotation(
            lib, p2, "correction", text=Span(0, 6), body={"replacement": "2nd"}, author="Ada"
        ),
        "redaction": create_annotation(
            lib,
            p2,
            "redaction",
            region=Region(72, 90, 100, 20),
            body={"exemptions": ["B1"]},
            author="",
            origin="detector",
            status="proposed",
        ),
    }
    return {k: c.uuid for k, c in made.items()}


def test_the_list_model_passes_the_tester(
    qtmodeltester: ModelTester, qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    seed(review_library)
    model = AnnotationListModel()
    records = list_annotations(review_library)
    model.set_records(records, {r.page_id: 1 for r in records})
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4 and model.columnCount() == 5
    assert model.index(0, 3).data() == "(deleted tag)"  # no names given


def test_filters_by_scope_kind_status_author_and_tag(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    uuids = seed(review_library)
    window = open_window(qtbot, review_library, settings)
    pane = window.annotation_list
    assert {r.uuid for r in pane.model.records} == {uuids["tag"], uuids["note"]}
    pane.scope.setCurrentIndex(1)
    assert pane.model.rowCount() == 4
    pane.status.setCurrentIndex(pane.status.findData("proposed"))
    assert [r.uuid for r in pane.model.records] == [uuids["redaction"]]
    pane.status.setCurrentIndex(0)
    pane.author.setText("Bo")
    pane.author.editingFinished.emit()
    assert [r.uuid for r in pane.model.records] == [uuids["note"]]
    pane.author.setText("")
    pane.author.editingFinished.emit()
    pane.tag.setCurrentIndex(1)
    assert [r.uuid for r in pane.model.records] == [uuids["tag"]]
    pane.tag.setCurrentIndex(0)
    pane.kind.setCurrentIndex(pane.kind.findData("correction"))
    assert [r.uuid for r in pane.model.records] == [uuids["correction"]]


def test_what_a_row_says_comes_after_its_page_with_its_kinds_colour(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """In a side panel 250 px wide the rows read "1 ■ exemption: B1", not "1 Marking proposed"
    with the value scrolled out of sight."""
    uuids = seed(review_library)
    window = open_window(qtbot, review_library, settings)
    pane = window.annotation_list
    pane.scope.setCurrentIndex(1)
    header = pane.table.horizontalHeader()
    shown = [pane.model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal)
             for v in range(header.count())]  # fmt: skip
    assert shown == ["Page", "Annotation", "Kind", "Status", "Author"]
    row = pane.model.row_of(uuids["redaction"])
    assert row is not None
    swatch = pane.model.index(row, header.logicalIndex(1)).data(Qt.ItemDataRole.DecorationRole)
    assert (
        swatch is not None and pane.model.index(row, 1).data(Qt.ItemDataRole.DecorationRole) is None
    )
    pane.resize(250, 400)
    at = pane.table.columnViewportPosition(header.logicalIndex(1))
    assert 0 < at < 250 - 100  # it starts in sight, with room to be read
    # ... and ends at the panel's edge, its text cut there with "…" (not under the edge)
    pane.show()
    qtbot.waitUntil(lambda: pane.table.viewport().width() < 250)
    end = at + pane.table.columnWidth(ANNOTATION)
    assert end == pane.table.viewport().width()
    pane.resize(600, 400)  # room for it whole, and for the columns after it
    qtbot.waitUntil(lambda: pane.table.viewport().width() > 500)
    assert pane.table.columnWidth(ANNOTATION) == COLUMN_WIDTHS[ANNOTATION]


def test_a_rows_swatch_says_whether_it_is_accepted_proposed_or_rejected(
    qtbot: QtBot, review_library: Library
) -> None:
    """A rejected redaction proposal's swatch was the same black square as an accepted
    redaction's: solid when accepted, hatched for a proposal, an empty dotted edge rejected."""
    page = document_summary(review_library, list_documents(review_library)[0].id).pages[0].id
    made = {
        status: create_annotation(
            review_library, page, "redaction", region=Region(72, 90 + 30 * i, 100, 20),
            body={"exemptions": ["B1"]}, author="", origin="detector", status=status,
        ).uuid
        for i, status in enumerate(STATUSES)
    }  # fmt: skip
    model = AnnotationListModel()
    model.set_records(list_annotations(review_library, AnnotationFilter(page_id=page)), {page: 1})
    images = {}
    for status, uuid in made.items():
        row = model.row_of(uuid)
        assert row is not None
        shown = model.index(row, ANNOTATION).data(Qt.ItemDataRole.DecorationRole)
        if isinstance(shown, QColor):  # (the view draws a colour as a filled square)
            square = QPixmap(14, 14)
            square.fill(shown)
            shown = QIcon(square)
        assert isinstance(shown, QIcon)
        images[status] = shown.pixmap(14, 14).toImage()
    middle = {s: image.pixelColor(7, 7).alpha() for s, image in images.items()}
    assert middle["accepted"] == 255 and middle["rejected"] == 0  # (filled; empty)
    assert len({bytes(image.constBits()) for image in images.values()}) == 3  # all three differ


def test_choosing_one_flips_to_its_page_and_shows_it_in_both_panes(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    uuids = seed(review_library)
    window = open_window(qtbot, review_library, settings)
    pane = window.annotation_list
    pane.scope.setCurrentIndex(1)
    row = pane.model.row_of(uuids["correction"])
    assert row is not None
    pane.table.setCurrentIndex(pane.model.index(row, 0))
    view = window.document_view
    assert view.index == 1 and window.page_annotations.current == uuids["correction"]
    focus = view.text_pane.extraSelections()[-1]
    assert focus.cursor.selectedText() == "Second" and focus.format.fontUnderline()
    assert window.page_annotations.overlay.selected == uuids["correction"]
    assert window.page_annotations.overlay.rect_of(uuids["correction"]) is not None
    assert pane.table.currentIndex().row() == pane.model.row_of(uuids["correction"])


def test_typing_a_correction_is_one_undo_step_and_delete_from_the_list(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuids = seed(review_library)
    window = open_window(qtbot, review_library, settings)
    window.document_view.show_page(1)
    actions = window.annotations
    typed = ["2n", "2nd.", "2nd.", "Second!"]  # (a key that changes nothing: a no-op change)
    reads: list[str] = []
    read = annotation_listing.get_annotation

    def counted(lib: Library, uuid: str) -> AnnotationRecord:
        reads.append(uuid)
        return read(lib, uuid)

    monkeypatch.setattr(annotation_listing, "get_annotation", counted)

    def type_keys(kind, quote="", body=None, on_edit=None, **_):
        for text in typed:
            on_edit({"replacement": text})  # what each key of the live editor does
            stored = read(review_library, uuids["correction"])
            assert stored.body.get("replacement") == text  # stored as typed, not only at OK
        return {"replacement": typed[-1]}

    monkeypatch.setattr(actions, "ask_body", type_keys)
    before = actions.stack.count()
    actions.edit(uuids["correction"])
    assert len(reads) == 1  # once, for the dialog: no key reads the record before writing it
    assert get_annotation(review_library, uuids["correction"]).body.get("replacement") == "Second!"
    assert actions.stack.count() == before + 1  # four keystrokes, one step
    assert window.document_view.text_pane.records[0].body.get("replacement") == "Second!"
    actions.stack.undo()
    assert get_annotation(review_library, uuids["correction"]).body.get("replacement") == "2nd"
    pane = window.annotation_list
    row = pane.model.row_of(uuids["correction"])
    assert row is not None
    pane.table.setCurrentIndex(pane.model.index(row, 0))
    window.side.setCurrentWidget(pane)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    assert get_annotation(review_library, uuids["correction"]).deleted
    assert pane.model.row_of(uuids["correction"]) is None
    actions.stack.undo()
    assert not get_annotation(review_library, uuids["correction"]).deleted


def test_f2_in_the_list_edits_the_chosen_annotation(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guide says F2 edits the chosen annotation in the Annotations tab; it did nothing
    there (only on the scan and the text)."""
    uuids = seed(review_library)
    window = open_window(qtbot, review_library, settings)
    window.document_view.show_page(1)
    edited: list[str] = []

    def edit(uuid: str) -> bool:
        edited.append(uuid)
        return True

    monkeypatch.setattr(window.annotations, "edit", edit)
    pane = window.annotation_list
    row = pane.model.row_of(uuids["correction"])
    assert row is not None
    window.side.setCurrentWidget(pane)
    pane.table.setCurrentIndex(pane.model.index(row, 0))
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_F2)
    assert edited == [uuids["correction"]]


def test_a_cancelled_live_edit_is_taken_back(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuids = seed(review_library)
    window = open_window(qtbot, review_library, settings)

    def type_then_cancel(kind, quote="", body=None, on_edit=None, **_):
        on_edit({"replacement": "oops"})
        assert get_annotation(review_library, uuids["correction"]).body.get("replacement") == "oops"
        return None

    monkeypatch.setattr(window.annotations, "ask_body", type_then_cancel)
    assert not window.annotations.edit(uuids["correction"])
    assert get_annotation(review_library, uuids["correction"]).body.get("replacement") == "2nd"


def _row(tree: QTreeWidget, i: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(i)
    assert item is not None
    return item


def test_editing_a_region_body_and_the_history_dialog(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuids = seed(review_library)
    window = open_window(qtbot, review_library, settings)
    answer_dialogs(monkeypatch, window, {"exemptions": ["B1", "B3"], "note": "cable"})
    assert window.annotations.edit(uuids["redaction"])
    window.annotations.set_status(uuids["redaction"], "accepted")
    dialog = show_history(window.lib, uuids["redaction"], window)
    qtbot.addWidget(dialog)
    actions = [_row(dialog.tree, i).text(2) for i in range(dialog.tree.topLevelItemCount())]
    assert actions == ["Created", "Changed", "Status changed"]  # (the log: create, update, status)
    assert _row(dialog.tree, 1).text(1) == "Ada" and "B1 → B1, B3" in _row(dialog.tree, 1).text(3)
    dialog.close()
    qtbot.waitUntil(lambda: not window.findChildren(HistoryDialog))  # closed: deleted


def test_the_context_menu_offers_the_annotation_under_the_cursor(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    uuids = seed(review_library)
    window = open_window(qtbot, review_library, settings)
    pane = window.document_view.text_pane
    [rec] = pane.records_at(36)  # inside "Vienna"
    assert rec.uuid == uuids["tag"]
    menu = QMenu()
    assert pane.menu_builder is not None
    pane.menu_builder(menu, [rec])
    texts = [a.text() for a in menu.actions()]
    assert "Edit tag…" in texts and "Delete tag" in texts and "History of this tag…" in texts
    next(a for a in menu.actions() if a.text() == "Delete tag").trigger()
    assert get_annotation(review_library, uuids["tag"]).deleted and pane.records_at(36) == []


def test_the_whole_documents_list_is_not_read_again_on_a_page_turn(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuids = seed(review_library)
    window = open_window(qtbot, review_library, settings)
    pane, actions = window.annotation_list, window.annotations
    pane.scope.setCurrentIndex(pane.scope.findData("document"))
    assert pane.model.rowCount() == 4
    queries: list[AnnotationFilter] = []

    def counted(lib: Library, where: AnnotationFilter) -> list[AnnotationRecord]:
        queries.append(where)
        return list_annotations(lib, where)

    monkeypatch.setattr("app.ui.annotating.list_pane.list_annotations", counted)
    resets: list[int] = []
    pane.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(window.document_view.page_read):
        window.document_view.show_page(1)
    assert queries == [] and resets == []  # the page turned: the document's list is the same
    actions.delete(uuids["correction"])
    actions.stack.undo()  # one read for the undo (``changed``), not a second for its page load
    queries.clear()
    resets.clear()
    actions.stack.redo()
    assert len(queries) == 1 and len(resets) == 1
    assert pane.model.row_of(uuids["correction"]) is None


def test_the_lists_scope_kind_and_status_are_remembered(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """A reviewer working through the document's proposals finds them listed so again after
    closing the window (the filters went back to "This page", any kind and status)."""
    uuids = seed(review_library)
    window = open_window(qtbot, review_library, settings)
    pane = window.annotation_list
    pane.scope.setCurrentIndex(pane.scope.findData("document"))
    pane.status.setCurrentIndex(pane.status.findData("proposed"))
    window.close()
    assert settings.get(S.ANNOTATION_FILTERS) == "document,,proposed"
    again = open_window(qtbot, review_library, settings).annotation_list
    assert again.scope.currentData() == "document" and again.status.currentData() == "proposed"
    assert again.kind.currentIndex() == 0
    assert [r.uuid for r in again.model.records] == [uuids["redaction"]]
    again.restore_filters("chapter,poem,")  # values this Redline does not know: left as they are
    assert again.scope.currentData() == "document" and again.kind.currentIndex() == 0
    assert again.status.currentIndex() == 0  # ("": any status)


def shown_text(pane: AnnotationListPane, row: int) -> tuple[str, int, QStyleOptionViewItem]:
    """What the annotation column draws on ``row`` (the text, as the view's style lays it out,
    and the width it has), cut as it is cut on screen."""
    table = pane.table
    index = pane.model.index(row, ANNOTATION)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    delegate = table.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    style = table.style()
    text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return option.text, text.width() - 2 * margin, option


def test_a_correction_s_row_shows_both_readings_cut_in_the_middle_whole_on_hover(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """Rows read "- → …" (a correction's replacement wrapped out of its one line): each reading
    of a correction now keeps its beginning and end, cut in its middle, the arrow between them;
    every row is one line cut to the column, its tooltip saying it whole."""
    pages = document_summary(review_library, list_documents(review_library)[0].id).pages
    p1 = pages[0].id
    note = "Unsaved draft: LOG means the FBI declassification log; check with archivist"
    made = [
        create_annotation(review_library, p1, "correction", text=Span(0, 1),
                          body={"replacement": "DECLASSIFICATION"}, author="Ada"),
        create_annotation(review_library, p1, "correction", text=Span(0, 40),
                          body={"replacement": "RICHARD T. GIBSON, LEGAT BERN"}, author="Ada"),
        create_annotation(review_library, p1, "note", body={"text": note}, author="Ada"),
    ]  # fmt: skip
    window = open_window(qtbot, review_library, settings)
    pane = window.annotation_list
    window.side.setCurrentWidget(pane)
    window.splitter.setSizes([200, window.splitter.width() - 200])
    qtbot.waitUntil(lambda: pane.table.viewport().width() < 200 and pane.model.rowCount() == 3)
    for made_one in made:
        row = pane.model.row_of(made_one.uuid)
        assert row is not None
        text, room, option = shown_text(pane, row)
        whole = pane.model.index(row, ANNOTATION).data(Qt.ItemDataRole.ToolTipRole)
        assert option.fontMetrics.horizontalAdvance(text) <= room, (text, room)
        assert not option.features & QStyleOptionViewItem.ViewItemFeature.WrapText
        assert "…" in text and whole.replace("\n", " ") != text
        correction = " → " in whole
        ends = whole.split(" → ") if correction else [whole]
        shown = text.split(" → ") if correction else [text]
        assert len(shown) == len(ends)  # (the arrow kept)
        for cut, reading in zip(shown, ends, strict=True):  # its beginning and end in sight
            first, last = cut.split("…") if "…" in cut else (cut, cut)  # (or whole)
            assert first and reading.startswith(first)
            assert (last and reading.endswith(last)) or not correction  # (a note's: its start)
