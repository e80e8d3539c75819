"""The first tag made from Ctrl+T (typed, created, applied, one undo step; paths completed), the
tag manager's Close button and uncut names, and the forgiving dialogs: focus on the field typed
first, errors shown in the dialog that stays open (the drawn rectangle kept), Ctrl+Enter, codes
checked against the vocabulary with completion, status messages that do not outstay."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCompleter
from pytestqt.qtbot import QtBot

from app.core.annotating import annotations as A
from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.records import Region
from app.core.annotating.tag_store import get_tag, list_tags, walk_tags
from app.core.annotating.tags import create_tag
from app.core.errors import RedlineError
from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.annotating.tag_manager import TagManager
from app.ui.base import settings as S
from app.ui.window import status as status_line
from app.ui.window.main_window import MainWindow
from tests.ui.annotating.helpers import in_the_dialog, open_window, select_text
from tests.ui.helpers import activate

CTRL = Qt.KeyboardModifier.ControlModifier


def paths(lib: Library) -> list[str]:
    return [" › ".join(p) for _n, p in walk_tags(list_tags(lib))]


def test_a_first_tag_is_typed_in_the_ctrl_t_box_created_and_applied_in_one_undo_step(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    select_text(window, "courier")
    pane = window.document_view.text_pane

    def type_a_new_path(dialog: AnnotationDialog) -> None:
        line = dialog.tag.lineEdit()
        assert line is not None and dialog.focusWidget() in (dialog.tag, line)  # typing goes there
        qtbot.keyClicks(line, "Places > Vienna")  # (as typed; shown "Places › Vienna")
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert not dialog.isVisible()  # Enter made it

    failed = in_the_dialog(qtbot, type_a_new_path)
    qtbot.keyClick(pane, Qt.Key.Key_T, CTRL)
    assert failed == []
    [rec] = list_annotations(review_library)
    assert rec.kind == "tag" and rec.text is not None and rec.text.quote == "courier"
    assert paths(review_library) == ["Places", "Places › Vienna"]
    assert get_tag(review_library, rec.body["tag"]).name == "Vienna"  # type: ignore[typeddict-item]
    stack = window.annotations.stack
    assert stack.count() == 1  # one step: the tags and their use
    assert [r.kind for r in pane.records] == ["tag"]
    stack.undo()
    assert list_annotations(review_library) == [] and paths(review_library) == []
    assert pane.records == [] and window.page_annotations.tags == []
    stack.redo()
    assert paths(review_library) == ["Places", "Places › Vienna"]
    assert [r.kind for r in pane.records] == ["tag"]
    assert [n.tag.name for n in window.page_annotations.tags] == ["Places"]


def test_tag_paths_are_completed_as_typed_and_an_existing_parent_is_used(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    places = create_tag(review_library, "Places", author="Ada").tag
    create_tag(review_library, "Havana", author="Ada", parent=places.uuid)
    window = open_window(qtbot, review_library, settings)
    select_text(window, "courier")
    seen: dict[str, object] = {}

    def complete_then_type_a_sibling(dialog: AnnotationDialog) -> None:
        line = dialog.tag.lineEdit()
        assert line is not None
        completer = dialog.tag.completer()
        assert completer is not None
        qtbot.keyClicks(line, "hav")  # (anywhere in the path, any case)
        seen["completions"] = [
            completer.completionModel().index(i, 0).data()
            for i in range(completer.completionCount())
        ]
        line.clear()
        qtbot.keyClicks(line, "places > Vienna")
        dialog.accept()

    failed = in_the_dialog(qtbot, complete_then_type_a_sibling)
    assert window.annotations.annotate_selection("tag")
    assert failed == [] and seen["completions"] == ["Places › Havana"]
    assert paths(review_library) == ["Places", "Places › Havana", "Places › Vienna"]
    window.annotations.stack.undo()
    assert paths(review_library) == ["Places", "Places › Havana"]  # the parent was there before


def test_a_bare_name_of_an_existing_tag_applies_it_and_nothing_typed_is_refused(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    places = create_tag(review_library, "Places", author="Ada").tag
    havana = create_tag(review_library, "Havana", author="Ada", parent=places.uuid).tag
    window = open_window(qtbot, review_library, settings)
    select_text(window, "courier")

    def empty_then_a_name(dialog: AnnotationDialog) -> None:
        dialog.accept()
        assert dialog.isVisible() and "tag" in dialog.error.text()  # nothing typed: said so
        dialog.tag.setEditText("havana")
        dialog.accept()

    failed = in_the_dialog(qtbot, empty_then_a_name)
    assert window.annotations.annotate_selection("tag")
    assert failed == []
    [rec] = list_annotations(review_library)
    assert rec.body == {"tag": havana.uuid} and window.annotations.stack.count() == 1


def test_the_tag_manager_has_a_close_button_and_shows_whole_names(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    long_name = "Mexico City, the Soviet and Cuban embassies"
    create_tag(review_library, long_name, author="Ada")
    window = open_window(qtbot, review_library, settings)
    tm = TagManager(window.annotating, window)
    qtbot.addWidget(tm)
    tm.show()
    qtbot.waitExposed(tm)
    item = tm.tree.topLevelItem(0)
    assert item is not None and item.text(0) == long_name
    room = tm.tree.columnWidth(0)
    needed = tm.tree.fontMetrics().horizontalAdvance(long_name) + tm.tree.iconSize().width()
    assert room >= needed  # not cut to "Mexico…"
    assert tm.close_button.text().replace("&", "") == "Close"
    qtbot.mouseClick(tm.close_button, Qt.MouseButton.LeftButton)
    assert not tm.isVisible()


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        ("marking", "value"),
        ("redaction", "exemptions"),
        ("note", "note"),
        ("correction", "replacement"),
        ("tag", "tag"),
    ],
)
def test_the_focus_starts_on_the_field_typed_first(qtbot: QtBot, kind: str, field: str) -> None:
    dialog = AnnotationDialog(kind)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    widget = getattr(dialog, field)
    focused = dialog.focusWidget()
    assert focused is widget or (focused is not None and focused.parent() is widget)


def test_a_refused_marking_stays_open_with_its_rectangle_and_ctrl_enter_makes_it(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    drawn = Region(100, 370, 200, 60)

    def empty_then_a_value(dialog: AnnotationDialog) -> None:
        value = dialog.value.lineEdit()
        assert value is not None and dialog.focusWidget() in (dialog.value, value)
        qtbot.keyClick(value, Qt.Key.Key_Return)  # no value yet
        assert dialog.isVisible() and dialog.error.isVisible()
        assert "value" in dialog.error.text() and "cannot be empty" in dialog.error.text()
        assert list_annotations(review_library) == []
        qtbot.keyClicks(value, "secret")
        qtbot.keyClick(value, Qt.Key.Key_Return, CTRL)

    failed = in_the_dialog(qtbot, empty_then_a_value)
    made = window.annotations.annotate_region(drawn, "marking")
    assert failed == [] and made
    [rec] = list_annotations(review_library)
    assert rec.region == drawn and rec.body["value"] == "SECRET"  # type: ignore[typeddict-item]


def test_exemption_codes_are_checked_normalised_and_unknown_ones_refused_with_the_list(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    drawn = Region(100, 370, 200, 60)

    def unknown_then_known(dialog: AnnotationDialog) -> None:
        codes = dialog.exemptions
        qtbot.keyClicks(codes, "xyz, BG")
        qtbot.keyClick(codes, Qt.Key.Key_Return)
        said = dialog.error.text()
        assert dialog.isVisible() and "Unknown exemption codes: xyz, BG (did you mean B6?)." in said
        assert "B7(A)" not in said and not dialog.details.isVisible()  # the known ones on asking
        assert dialog.details_button.isVisible()
        dialog.details_button.click()
        listed = dialog.details.text().split("<br>")
        assert dialog.details.isVisible() and 3 <= len(listed) <= 8
        assert listed[0] == "FOIA: B1–B9, B7(A)–B7(F)" and "3.3(h)(2)" in listed[3]
        codes.setText("b6, (b)(6), 3.3(H)(2), b7c")
        qtbot.keyClick(codes, Qt.Key.Key_Return)

    failed = in_the_dialog(qtbot, unknown_then_known)
    assert window.annotations.annotate_region(drawn, "redaction")
    assert failed == []
    [rec] = list_annotations(review_library)
    assert rec.body["exemptions"] == ["B6", "3.3(h)(2)", "B7(C)"]  # type: ignore[typeddict-item]


def test_exemption_codes_complete_the_code_being_typed(qtbot: QtBot) -> None:
    dialog = AnnotationDialog("redaction")
    qtbot.addWidget(dialog)
    dialog.show()
    codes = dialog.exemptions
    completer = codes.completer()
    assert completer is not None
    qtbot.keyClicks(codes, "B6, 3.3(h")  # the code being typed, not the whole line
    found = [
        completer.completionModel().index(i, 0).data(Qt.ItemDataRole.UserRole)
        for i in range(completer.completionCount())
    ]
    assert found == ["3.3(h)(1)", "3.3(h)(2)"]
    completer.setCurrentRow(1)
    assert completer.pathFromIndex(completer.currentIndex()) == "B6, 3.3(h)(2)"
    shown = completer.completionModel().index(1, 0).data()
    assert shown.startswith("3.3(h)(2) — E.O. 13526")  # what the code stands for


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """``key`` where a person's key goes: the completion list while it is open (it has the
    keyboard then, and hands the keys on to the field), else the widget with the focus."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def popup_shown(completer: QCompleter) -> bool:
    popup = completer.popup()
    return popup is not None and popup.isVisible()


def codes_form(qtbot: QtBot) -> AnnotationDialog:
    dialog = AnnotationDialog("redaction")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.exemptions  # typed first
    return dialog


@pytest.mark.parametrize(
    ("typed", "saved"), [("b6", ["B6"]), ("b7", ["B7"]), ("B6, 1.4(c)", ["B6", "1.4(c)"])]
)
def test_enter_after_a_code_typed_whole_takes_it_and_saves(
    qtbot: QtBot, typed: str, saved: list[str]
) -> None:
    """ "b6" then Enter only closed the list of completions, and a second Enter saved: the
    shortcuts sheet said Enter takes the completion, the guide that Enter saves. A code typed
    whole is what the list shows (B7 above B7(A)…): that one Enter does both."""
    dialog = codes_form(qtbot)
    completer = dialog.exemptions.completer()
    assert completer is not None
    qtbot.keyClicks(dialog.exemptions, typed)
    qtbot.waitUntil(lambda: popup_shown(completer))
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == AnnotationDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.body()["exemptions"] == saved


def test_enter_on_a_code_chosen_from_the_list_takes_it_and_the_next_enter_saves(
    qtbot: QtBot,
) -> None:
    """A code chosen with the arrows from what was begun is written in and the form stays
    open (another code may follow, after a comma); the next Enter saves."""
    dialog = codes_form(qtbot)
    completer = dialog.exemptions.completer()
    assert completer is not None
    qtbot.keyClicks(dialog.exemptions, "B6, 3.3(h")
    qtbot.waitUntil(lambda: popup_shown(completer))
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and not popup_shown(completer)
    assert dialog.exemptions.text() == "B6, 3.3(h)(2)"
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == AnnotationDialog.DialogCode.Accepted
    assert dialog.body()["exemptions"] == ["B6", "3.3(h)(2)"]


def test_enter_on_a_code_begun_only_closes_the_list(qtbot: QtBot) -> None:
    """ "b" is no code: Enter closes the list of the nine it begins, for the person to go on."""
    dialog = codes_form(qtbot)
    completer = dialog.exemptions.completer()
    assert completer is not None
    qtbot.keyClicks(dialog.exemptions, "b")
    qtbot.waitUntil(lambda: popup_shown(completer))
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and not popup_shown(completer)
    assert dialog.exemptions.text() == "b"


def test_ctrl_enter_submits_a_note_of_several_lines(qtbot: QtBot) -> None:
    dialog = AnnotationDialog("note")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.note, "Who sent him?")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # a new line, not the end
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.note, "Ask Bo.")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == AnnotationDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.body() == {"text": "Who sent him?\nAsk Bo."}


def test_a_status_message_goes_at_the_next_step_made_and_after_a_while(
    qtbot: QtBot,
    review_library: Library,
    settings: S.Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window: MainWindow = open_window(qtbot, review_library, settings)
    window.annotating.message.emit("Select some text in the text pane first.")
    assert window.current_message().startswith("Select some text")
    select_text(window, "courier")
    assert window.annotations.annotate_selection("note", {"text": "x"})
    assert window.current_message() == ""  # a later success: the error is over
    monkeypatch.setattr(status_line, "STATUS_MESSAGE_MS", 50)
    window.show_message("Imported 1 document.")
    assert window.current_message() == "Imported 1 document."
    qtbot.waitUntil(lambda: window.current_message() == "", timeout=2000)
    long = "Not saved: another reviewer changed this annotation since you opened it. " * 3
    window.annotating.message.emit(long)  # (the message strip: the same rules)
    assert window.current_message() == long
    select_text(window, "courier")
    assert window.annotations.annotate_selection("note", {"text": "y"})
    assert window.current_message() == ""
    window.show_message(long)
    qtbot.waitUntil(lambda: window.current_message() == "", timeout=2000)


def test_a_refusal_from_the_service_keeps_the_dialog_open(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings)
    drawn = Region(100, 370, 200, 60)
    calls = {"n": 0}
    real = A.create_annotation

    def refuse_once(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RedlineError("The library is busy; try again.")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(A, "create_annotation", refuse_once)

    def note_twice(dialog: AnnotationDialog) -> None:
        qtbot.keyClicks(dialog.note, "a stamp")
        dialog.accept()
        assert dialog.isVisible() and "busy" in dialog.error.text()
        assert dialog.note.toPlainText() == "a stamp"  # nothing typed lost
        dialog.accept()

    failed = in_the_dialog(qtbot, note_twice)
    assert window.annotations.annotate_region(drawn, "note")
    assert failed == []
    [rec] = list_annotations(review_library)
    assert rec.region == drawn and rec.body == {"text": "a stamp"}


def test_the_known_codes_are_details_of_the_unknown_code_error_only(qtbot: QtBot) -> None:
    """Shown on asking, kept open for the next unknown code, gone with an error of another kind."""
    dialog = AnnotationDialog("marking")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.category.setCurrentIndex(dialog.category.findData("exemption"))
    dialog.value.setCurrentText("b 66")
    dialog.accept()
    assert dialog.isVisible() and "b 66 (did you mean B6?)" in dialog.error.text()
    short = dialog.height()
    dialog.details_button.click()
    assert dialog.details.isVisible() and dialog.height() > short  # the form grew to show them
    dialog.value.setCurrentText("xyz")
    dialog.accept()
    assert "xyz." in dialog.error.text() and dialog.details.isVisible()
    dialog.category.setCurrentIndex(dialog.category.findData("classification"))
    dialog.value.setCurrentText("")
    dialog.accept()
    assert "cannot be empty" in dialog.error.text()
    assert not dialog.details_button.isVisible() and not dialog.details.isVisible()
