"""A tag's description: written in the tag manager, shown as the tag's tooltip, one undo step."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.annotating.tag_store import get_tag
from app.core.annotating.tags import create_tag
from app.core.library import Library
from app.ui.annotating.tag_manager import TagManager
from app.ui.base import settings as S
from tests.ui.annotating.helpers import open_window


def _first_tooltip(dialog: TagManager) -> str:
    item = dialog.tree.topLevelItem(0)
    assert item is not None
    return item.toolTip(0)


def test_describe_a_tag_and_undo_it(
    qtbot: QtBot, review_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    tag = create_tag(review_library, "Couriers", author="Ada").tag
    window = open_window(qtbot, review_library, settings)
    dialog = TagManager(window.annotating, window)
    qtbot.addWidget(dialog)
    asked: list[tuple[str, str]] = []

    def answer(name: str, current: str) -> str:
        asked.append((name, current))
        return "People who carried cables between embassies."

    monkeypatch.setattr(dialog, "ask_description", answer)
    dialog.select(tag.uuid)
    assert dialog.describe() is not None
    assert asked == [("Couriers", "")]
    assert get_tag(review_library, tag.uuid).description.startswith("People who carried")
    assert _first_tooltip(dialog).startswith("People who carried")
    window.annotations.stack.undo()
    assert get_tag(review_library, tag.uuid).description == ""
    assert _first_tooltip(dialog) == ""
    monkeypatch.setattr(dialog, "ask_description", lambda name, current: None)  # cancelled
    assert dialog.describe() is None and window.annotations.stack.count() == 1
