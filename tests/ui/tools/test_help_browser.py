"""The user guide the window's help shows: every page there, every link between pages leading
to one, and a missing guide said plainly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core import resources
from app.core.resources import help_path
from app.ui.tools import help_browser
from app.ui.tools.help_browser import INDEX, PAGE_OF_PANE, HelpBrowser, page_for


def pages() -> list[Path]:
    return sorted(help_path().glob("*.md"))


def test_every_pane_has_its_page_and_every_page_is_reached_from_the_contents() -> None:
    assert help_path(INDEX).is_file()
    for pane, name in PAGE_OF_PANE.items():
        assert help_path(name).is_file(), pane
    index = help_path(INDEX).read_text(encoding="utf-8")
    for page in pages():
        assert page.name == INDEX or f"]({page.name})" in index, page.name


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
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
