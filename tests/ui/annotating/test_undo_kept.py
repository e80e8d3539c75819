"""An undo or redo that fails for a reason that may pass (the disk full, the server away) keeps
its step where it was on the stack, to be tried again; one whose change was changed since
(stale) is dropped, as before. Until 2026-12-07 every failure dropped the step: a note whose
undo met a full disk could not be undone once space was freed (a walk on a 3 MB disk, and on a
paused server)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.tag_store import list_tags
from app.core.errors import LibraryError
from app.core.library import Library
from app.ui.annotating import undo_commands
from app.ui.base import settings as S
from tests.ui.annotating.helpers import in_the_dialog, open_window, select_text

FULL = "The disk holding the library is full; nothing was changed."


def _fails_once(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """``undo_commands.<name>`` raises a full disk the first time it is called."""
    real: Callable[..., Any] = getattr(undo_commands, name)
    calls: list[int] = []

    def once(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise LibraryError(FULL)
        return real(*args, **kwargs)

    monkeypatch.setattr(undo_commands, name, once)
    return calls


def _notes(lib: Library) -> list[str]:
    return [r.uuid for r in list_annotations(lib) if r.kind == "note" and not r.deleted]


def test_an_undo_the_full_disk_refused_can_be_made_once_there_is_room(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, review_library, settings)
    select_text(window, "courier")
    made = window.annotations.annotate_selection("note", {"text": "mine"})
    assert made is not None
    stack, messages = window.annotating.stack, list[str]()
    window.annotating.message.connect(messages.append)
    _fails_once(monkeypatch, "revert_changes")
    stack.undo()
    assert messages == [f"Cannot undo “Add note”: {FULL}"]
    qtbot.waitUntil(lambda: stack.index() == 1)  # put back where it was
    assert stack.count() == 1 and stack.canUndo() and stack.undoText() == "Add note"
    assert _notes(review_library) == [made]  # nothing was changed
    stack.undo()  # room again
    assert _notes(review_library) == [] and stack.index() == 0
    _fails_once(monkeypatch, "apply_changes")
    stack.redo()
    assert messages[-1] == f"Cannot redo “Add note”: {FULL}"
    qtbot.waitUntil(lambda: stack.index() == 0)
    assert stack.canRedo() and _notes(review_library) == []
    stack.redo()
    assert _notes(review_library) == [made] and stack.index() == 1
    assert [r.body for r in window.page_annotations.records] == [{"text": "mine"}]


def test_a_group_whose_second_step_failed_puts_back_its_first_and_stays(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first tag made from Ctrl+T is one step of two (the tag, its use): undone in reverse,
    the use was taken back when the tag's undo met the full disk — it is put back, and the
    step stays whole."""
    window = open_window(qtbot, review_library, settings)
    select_text(window, "courier")

    def type_a_new_tag(dialog: Any) -> None:
        line = dialog.tag.lineEdit()
        qtbot.keyClicks(line, "Places")
        qtbot.keyClick(line, Qt.Key.Key_Return)

    in_the_dialog(qtbot, type_a_new_tag)
    qtbot.keyClick(
        window.document_view.text_pane, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
    )
    stack = window.annotations.stack
    assert stack.count() == 1
    _fails_once(monkeypatch, "revert_tag_change")
    stack.undo()
    qtbot.waitUntil(lambda: stack.index() == 1)
    [rec] = [r for r in list_annotations(review_library) if not r.deleted]
    assert rec.kind == "tag" and [t.tag.name for t in list_tags(review_library)] == ["Places"]
    stack.undo()
    assert list_annotations(review_library) == [] and list_tags(review_library) == []
