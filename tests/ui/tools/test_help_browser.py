"""The user guide the window's help shows: every page there, every link between pages leading
to one, and a missing guide said plainly; the German and French guides: shown in the window's
language (English where a page is missing), every page translated, and every menu path they name
one the window in that language has."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.core import resources
from app.core.library import Library
from app.core.resources import help_path
from app.ui.base.language import TRANSLATED, install, uninstall
from app.ui.base.settings import Settings
from app.ui.tools import help_browser
from app.ui.tools.help_browser import INDEX, PAGE_OF_PANE, HelpBrowser, page_for, show_help
from app.ui.tools.shortcuts_dialog import plain
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import make_window
from tests.ui.reading import compiled


def pages(language: str = "") -> list[Path]:
    return sorted(help_path(language=language).glob("*.md"))


def every_page() -> list[Path]:
    return [p for language in ("", *TRANSLATED) for p in pages(language)]


def page_id(page: Path) -> str:
    return f"{page.parent.name}/{page.name}"


def test_every_pane_has_its_page_and_every_page_is_reached_from_the_contents() -> None:
    assert help_path(INDEX).is_file()
    for pane, name in PAGE_OF_PANE.items():
        assert help_path(name).is_file(), pane
    index = help_path(INDEX).read_text(encoding="utf-8")
    for page in pages():
        assert page.name == INDEX or f"]({page.name})" in index, page.name


@pytest.mark.parametrize("page", every_page(), ids=page_id)
def test_links_between_pages_lead_somewhere(page: Path) -> None:
    for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
        if not target.startswith(("http://", "https://", "mailto:")):
            assert (page.parent / target).is_file(), f"{page.name} links to {target}"


def test_the_browser_follows_a_link_and_comes_back(qtbot: QtBot) -> None:
    browser = HelpBrowser()
    qtbot.addWidget(browser)
    browser.show_page(page_for(None))
    assert browser.current_page() == INDEX
    browser.text.setSource(browser.text.source().resolved("library.md"))  # a click on the link
    assert browser.current_page() == "library.md" and browser.back.isEnabled()
    browser.back.click()
    assert browser.current_page() == INDEX and browser.forward.isEnabled()


def test_a_missing_guide_is_said_plainly(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "source_root", lambda: tmp_path)
    browser = HelpBrowser()
    qtbot.addWidget(browser)
    browser.show_page(help_browser.page_for("scan"))
    assert "The help is missing" in browser.text.toPlainText()
    assert str(tmp_path / "docs" / "help" / "reading.md") in browser.text.toPlainText()


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_page_of_the_guide_is_translated_with_the_same_links(language: str) -> None:
    assert [p.name for p in pages(language)] == [p.name for p in pages()]
    for english in pages():
        translated = help_path(english.name, language=language).read_text(encoding="utf-8")
        links = re.compile(r"\]\(([^)]+)\)")
        assert sorted(links.findall(translated)) == sorted(
            links.findall(english.read_text(encoding="utf-8"))
        ), english.name
        assert translated.startswith("# "), english.name


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    assert install(qapp, "de", compiled(tmp_path / "qm")) == "de"
    yield "de"
    uninstall(qapp)


def test_f1_in_the_german_window_shows_the_german_page_and_its_links_stay_german(
    qtbot: QtBot, german: str
) -> None:
    browser = show_help(None, "library", None)  # type: ignore[arg-type]
    qtbot.addWidget(browser)
    assert browser.text.source().toLocalFile() == str(help_path("library.md", language="de"))
    assert browser.text.toPlainText().startswith("Die Bibliothek")
    assert browser.windowTitle() == "Redline-Hilfe"
    browser.text.setSource(browser.text.source().resolved("search.md"))  # a click on the link
    assert browser.text.source().toLocalFile() == str(help_path("search.md", language="de"))
    assert browser.text.toPlainText().startswith("Suchen")
    browser.contents.click()
    assert browser.text.toPlainText().startswith("Redline-Hilfe")
    assert browser.text.searchPaths()[0] == str(help_path(language="de"))


def test_a_page_not_translated_is_shown_in_english(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, german: str
) -> None:
    guide = tmp_path / "docs" / "help"
    (guide / "de").mkdir(parents=True)
    (guide / "index.md").write_text("# Redline help\n\n[The library](library.md)\n", "utf-8")
    (guide / "library.md").write_text("# The library\n", "utf-8")
    (guide / "de" / "index.md").write_text("# Redline-Hilfe\n\n[Bibliothek](library.md)\n", "utf-8")
    monkeypatch.setattr(resources, "source_root", lambda: tmp_path)
    assert page_for("library") == guide / "library.md"  # no German page: the English one
    assert page_for(None) == guide / "de" / "index.md"
    browser = HelpBrowser()
    qtbot.addWidget(browser)
    browser.show_page(page_for(None))
    assert browser.text.toPlainText().startswith("Redline-Hilfe")
    browser.text.setSource(browser.text.source().resolved("library.md"))  # the German link
    assert browser.text.toPlainText().startswith("The library")
    assert browser.current_page() == "library.md"


MENU_PATH = re.compile(r"\*\*([^*]+?\s›\s[^*]+?)\*\*")


def menu_paths(window: MainWindow) -> set[str]:
    """Every menu path of the window as it reads: "Datei", "Datei › Exportieren…", …"""
    found: set[str] = set()

    def walk(menu: QMenu, path: list[str]) -> None:
        found.add(" › ".join(path))
        for action in menu.actions():
            if action.isSeparator():
                continue
            entry = [*path, plain(action.text())]
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, entry)
            else:
                found.add(" › ".join(entry))

    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        walk(menu, [plain(action.text())])
    return found


def named_paths(text: str) -> set[str]:
    """The menu paths a page names (in bold): "Datei › Exportieren…", whitespace made one."""
    return {" ".join(m.split()) for m in MENU_PATH.findall(text)}


def test_named_paths_are_read_from_bold_text() -> None:
    text = "**Hilfe › Tastenkürzel** (Strg+?) und **Datei ›\n  Suchen…**, nicht Hilfe › Nichts"
    assert named_paths(text) == {"Hilfe › Tastenkürzel", "Datei › Suchen…"}


@pytest.mark.parametrize("language", ("", *TRANSLATED))
def test_every_menu_path_a_page_names_is_one_the_window_has(
    qtbot: QtBot,
    qapp: QApplication,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    language: str,
) -> None:
    """In every language, the English guide's too (it named "View › Reading mode", whose entry
    is "Reading mode (scan and text, full screen)")."""
    if language:
        assert install(qapp, language, compiled(tmp_path / "qm")) == language
    try:
        window = make_window(qtbot, review_library, settings)  # (shown: translated)
        paths = menu_paths(window)
    finally:
        if language:
            uninstall(qapp)
    walked = {"Help › Keyboard shortcuts", "Hilfe › Tastenkürzel", "Aide › Raccourcis clavier"}
    assert walked & paths  # (the walk reaches)
    named = {
        (page.name, path)
        for page in pages(language)
        for path in named_paths(page.read_text(encoding="utf-8"))
    }
    assert len(named) >= 20
    wrong = sorted(f"{name}: {path}" for name, path in named if path not in paths)
    assert wrong == [], "\n".join(wrong)


def prose(page: Path) -> str:
    """A page's text without its code (fenced blocks, `spans`) and link targets: the commands,
    file names and addresses it quotes keep their own spelling."""
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
    return re.sub(r"`[^`\n]*`|\]\([^)]*\)", "", text)


@pytest.mark.parametrize("page", pages("fr"), ids=page_id)
def test_the_french_guide_keeps_guillemets_and_high_punctuation_with_their_words(
    page: Path,
) -> None:
    """As the French catalogue does (tests/ui/test_translations.py): a no-break space inside
    « » and before ":", a narrow no-break space (U+202F) before ; ! ?; a plain space there let
    a line break before the sign, and the guide had plain and no-break spaces mixed."""
    wrong = re.compile(r"«[^\u00a0]|[^\u00a0]»|[ \u202f]:|[ \u00a0][;!?]|[^\W\d_][;:!?]")
    found = [line.strip() for line in prose(page).splitlines() if wrong.search(line)]
    assert found == [], "\n".join(found)
