"""Light and dark: the window follows the system's colour scheme or the person's choice (View ›
Colour scheme, remembered), every tint comes from the theme's set for the palette in use, and no
colour is written anywhere else in the window's code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QPen
from pytestqt.qtbot import QtBot

from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Region, Span
from app.core.documents.queries import document_summary, list_documents
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.base.theme import DARK, LIGHT, Theme, colours, is_dark, theme
from app.ui.library.search_pane import snippet_html
from app.ui.window.main_window import MainWindow
from tests.ui.annotating.helpers import open_window

UI = Path(__file__).resolve().parents[3] / "app" / "ui"


@pytest.fixture(autouse=True)
def _back_to_the_system(qapp: object) -> Iterator[None]:
    yield
    theme().apply("system")  # the next test starts on the platform's palette


def _annotate(lib: Library) -> None:
    page = document_summary(lib, list_documents(lib)[0].id).pages[0]
    create_annotation(
        lib,
        page.id,
        "redaction",
        region=Region(72, 300, 100, 30),
        body={"exemptions": ["B1"]},
        author="Ada",
    )
    create_annotation(lib, page.id, "note", text=Span(0, 6), body={"text": "n"}, author="Ada")


def pen_of(window: MainWindow, uuid: str) -> QPen:
    look = window.page_annotations.overlay.look_of(uuid)
    assert look is not None
    return look[0]


def test_dark_is_applied_drawn_and_remembered(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    _annotate(review_library)
    window = open_window(qtbot, review_library, settings)
    view = window.document_view
    assert not is_dark(QGuiApplication.palette())  # the offscreen platform's palette is light
    assert window.colour_scheme.actions["system"].isChecked()
    redaction = next(r for r in window.page_annotations.records if r.kind == "redaction")
    assert pen_of(window, redaction.uuid).color().rgb() == LIGHT.kinds["redaction"].rgb()
    view.set_search_query("Vienna")
    assert view.text_pane.query == "Vienna" and view.text_pane._hits  # (tinted)

    window.colour_scheme.actions["dark"].trigger()
    assert settings.get(S.COLOR_SCHEME) == "dark"
    assert is_dark(QGuiApplication.palette())
    qtbot.waitUntil(lambda: is_dark(view.text_pane.palette()))  # (the widgets follow, posted)
    assert colours() is DARK
    assert view.page_view.backgroundBrush().color() == DARK.backdrop
    # The scan's shapes and the text's tints are drawn anew in the dark set; a redaction stays
    # dark on the scan's white paper (pale grey, the redacted words read through it).
    note = next(r for r in window.page_annotations.records if r.kind == "note")
    assert pen_of(window, note.uuid).color().rgb() == DARK.kinds["note"].rgb()
    look = window.page_annotations.overlay.look_of(redaction.uuid)
    assert look is not None and look[1].color().lightness() < 40
    assert pen_of(window, redaction.uuid).color().rgb() == LIGHT.kinds["redaction"].rgb()
    backgrounds = {s.format.background().color().rgb() for s in view.text_pane.extraSelections()}
    assert DARK.hit_text.rgb() in backgrounds and LIGHT.hit_text.rgb() not in backgrounds
    assert DARK.kinds["note"].rgb() in backgrounds
    assert DARK.hit_text.name() in snippet_html("T", 0, "a «memo» b")
    window.close()

    again = open_window(qtbot, review_library, settings)  # the next start: dark again
    assert again.colour_scheme.actions["dark"].isChecked()
    assert is_dark(QGuiApplication.palette())
    again.colour_scheme.actions["light"].trigger()
    assert not is_dark(QGuiApplication.palette()) and colours() is LIGHT
    qtbot.waitUntil(lambda: not is_dark(again.document_view.page_view.palette()))
    assert again.document_view.page_view.backgroundBrush().color() == LIGHT.backdrop
    assert settings.get(S.COLOR_SCHEME) == "light"


def test_following_the_system_scheme_and_its_changes(qapp: object) -> None:
    system = {"dark": False}
    follower = Theme(system_dark=lambda: system["dark"])
    follower.apply("system")
    assert not is_dark(QGuiApplication.palette())
    system["dark"] = True  # the desktop switches to dark (QStyleHints.colorSchemeChanged)
    follower._on_system_changed()
    assert is_dark(QGuiApplication.palette())
    follower.apply("light")  # a choice of the person's holds against the system
    follower._on_system_changed()
    assert not is_dark(QGuiApplication.palette())
    follower.apply("nonsense")  # an unknown setting: follow the system
    assert follower.scheme == "system" and is_dark(QGuiApplication.palette())


COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*(\d|\"|')|Qt\.GlobalColor|rgba?\(\s*\d")


def test_no_colour_is_written_in_the_window_code_but_the_themes() -> None:
    written = [
        f"{path.relative_to(UI)}:{n}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "theme.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if COLOUR.search(line)
    ]
    assert written == []
