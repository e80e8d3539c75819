"""The tag manager: create, nest, rename, recolour, merge and delete (asking what becomes of the
uses), each an undoable step that the panes follow."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.annotating import tag_store
from app.core.annotating.annotation_listing import get_annotation, list_annotations
from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Span
from app.core.annotating.tag_store import TagNode, get_tag, list_tags
from app.core.annotating.tags import create_tag, rename_tag
from app.core.library import Library
from app.ui.annotating.tag_manager import TagManager
from app.ui.base import settings as S
from app.ui.window.main_window import MainWindow
from tests.ui.annotating.helpers import open_window, when_modal


def manager(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: dict
) -> TagManager:
    dialog = TagManager(window.annotating, window)
    qtbot.addWidget(dialog)
    names = iter(answers.get("text", []))
    monkeypatch.setattr(dialog, "ask_text", lambda title, current="": next(names))
    monkeypatch.setattr(dialog, "ask_colour", lambda current: answers.get("colour"))
    monkeypatch.setattr(dialog, "ask_delete_policy", lambda name, uses: answers.get("policy"))
    return dialog


def names(nodes: Iterable[TagNode]) -> list[tuple[str, list[Any]]]:
    return [(n.tag.name, names(n.children)) for n in nodes]


def first_child_text(tm: TagManager) -> str:
    """The name shown for the first tag nested under the first top-level tag."""
    top = tm.tree.topLevelItem(0)
    assert top is not None
    child = top.child(0)
    assert child is not None
    return child.text(0)


def test_create_nest_rename_recolour_and_undo(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings)
    tm = manager(
        qtbot, window, monkeypatch, {"text": ["People", "Couriers", "Agents"], "colour": "#112233"}
    )
    people = tm.new_tag()
    assert people is not None
    tm.select(people.tag.uuid)
    courier = tm.new_subtag()
    assert courier is not None
    assert names(list_tags(review_library)) == [("People", [("Couriers", [])])]
    assert first_child_text(tm) == "Couriers"
    tm.select(courier.tag.uuid)
    tm.rename()
    tm.recolour()
    assert get_tag(review_library, courier.tag.uuid).name == "Agents"
    assert get_tag(review_library, courier.tag.uuid).colour == "#112233"
    monkeypatch.setattr(tm, "ask_tag", lambda title, exclude, allow_top=False: "")
    tm.nest()
    assert names(list_tags(review_library)) == [("Agents", []), ("People", [])]
    for _ in range(3):
        window.annotations.stack.undo()
    assert names(list_tags(review_library)) == [("People", [("Couriers", [])])]
    assert first_child_text(tm) == "Couriers"  # the dialog follows undo


def test_a_tag_in_use_asks_what_becomes_of_its_uses(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings)
    tm = manager(qtbot, window, monkeypatch, {"text": ["Places", "Cities"], "policy": "untag"})
    places = tm.new_tag()
    cities = tm.new_tag()
    assert places is not None and cities is not None
    page = window.document_view.page
    assert page is not None
    use = create_annotation(
        review_library,
        page.id,
        "tag",
        text=Span(34, 40),
        body={"tag": places.tag.uuid},
        author="Ada",
    )
    window.document_view.read_again()
    assert [s.colour.name() for s in window.page_annotations.overlay.shapes] == ["#f0c419"]
    tm.reload()
    tm.select(places.tag.uuid)
    tm.delete()  # untag: the use becomes a note
    assert get_annotation(review_library, use.uuid).kind == "note"
    window.annotations.stack.undo()
    assert get_annotation(review_library, use.uuid).kind == "tag"
    monkeypatch.setattr(tm, "ask_tag", lambda title, exclude, allow_top=False: cities.tag.uuid)
    tm.select(places.tag.uuid)
    tm.merge()
    assert get_annotation(review_library, use.uuid).body.get("tag") == cities.tag.uuid
    assert [r.kind for r in list_annotations(review_library)] == ["tag"]
    assert [r.tag_id for r in window.document_view.text_pane.records] == [cities.tag.id]


def test_tags_of_one_name_under_different_parents_are_told_apart(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = review_library
    austria, georgia = (create_tag(lib, n, author="Ada").tag for n in ("Austria", "Georgia"))
    create_tag(lib, "Vienna", author="Ada", parent=austria.uuid)
    vienna_ga = create_tag(lib, "Vienna", author="Ada", parent=georgia.uuid).tag
    wien = create_tag(lib, "Wien", author="Ada").tag
    window = open_window(qtbot, lib, settings)
    page = window.document_view.page
    assert page is not None
    use = create_annotation(
        lib, page.id, "tag", text=Span(34, 40), body={"tag": wien.uuid}, author="Ada"
    )
    tm = manager(qtbot, window, monkeypatch, {})
    offered: list[list[str]] = []

    def choose_the_second_vienna(*args: Any) -> tuple[str, bool]:
        labels = list(args[3])
        offered.append(labels)
        return [label for label in labels if label.endswith("Vienna")][-1], True

    monkeypatch.setattr(
        "app.ui.annotating.tag_manager.QInputDialog.getItem", choose_the_second_vienna
    )
    tm.select(wien.uuid)
    tm.merge()
    assert get_annotation(lib, use.uuid).body.get("tag") == vienna_ga.uuid
    assert offered == [["Austria", "Austria › Vienna", "Georgia", "Georgia › Vienna"]]


def test_a_closed_tag_manager_is_deleted_and_undo_does_not_rebuild_it(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings)
    reads: list[int] = []  # the tag manager's own reads of the tags (the page has its own)
    list_tags_ = tag_store.list_tags

    def counted(lib: Library) -> list[TagNode]:
        reads.append(1)
        return list_tags_(lib)

    monkeypatch.setattr(tag_store, "list_tags", counted)

    def make_a_tag_and_close(_modal: QWidget | None) -> None:
        dialog = window.findChild(TagManager)
        assert dialog is not None and dialog.isModal()
        monkeypatch.setattr(dialog, "ask_text", lambda title, current="": "People")
        assert dialog.new_tag() is not None
        dialog.reject()

    when_modal(make_a_tag_and_close)
    window.annotation_menus.by_name["tags"].trigger()  # Ctrl+Shift+T: runs until closed
    assert names(list_tags(review_library)) == [("People", [])]
    qtbot.waitUntil(lambda: not window.findChildren(TagManager))  # closed: deleted
    reads.clear()
    window.annotations.stack.undo()  # the panes follow; no dialog is rebuilt for it
    assert list_tags(review_library) == [] and reads == []
    window.annotations.stack.redo()
    assert names(list_tags(review_library)) == [("People", [])] and reads == []


def test_an_undo_of_a_tag_changed_since_says_so_in_words(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tag renamed here, then renamed again elsewhere (another reviewer, another window):
    undoing the rename says so in words, naming the step, as for an annotation or a merge's
    rows; it named the tag by its raw id ("Tag 3f2a… was changed since; …")."""
    window = open_window(qtbot, review_library, settings)
    tm = manager(qtbot, window, monkeypatch, {"text": ["Places", "Cities"]})
    places = tm.new_tag()
    assert places is not None
    tm.select(places.tag.uuid)
    tm.rename()  # Places → Cities
    rename_tag(review_library, places.tag.uuid, "Towns", author="Bo")  # elsewhere, since
    messages: list[str] = []
    window.annotating.message.connect(messages.append)
    window.annotations.stack.undo()
    assert messages[-1] == (
        "Cannot undo “Rename tag to Cities”: what it changed was changed since, by another "
        "reviewer or in another window; nothing was changed."
    )
    assert places.tag.uuid not in messages[-1]
    assert get_tag(review_library, places.tag.uuid).name == "Towns"  # theirs, kept
