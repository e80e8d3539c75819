"""Help > Redline help (F1): the user guide, inside the window, at the page for the pane that
has the focus.

The guide is Markdown in ``docs/help`` (found by :func:`app.core.resources.help_path`, in a
checkout and in the bundle alike), in English there and in German and French in ``docs/help/de``
and ``docs/help/fr``: the window's language (:func:`app.ui.base.language.current`) chooses the
folder, and a page that language lacks is shown in English. Qt's text browser shows Markdown and
follows the links between pages itself (relative to the page shown, so they stay in its
language). One help window at a time: F1 again brings it forward at the new page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.resources import help_page, help_path
from app.ui.base.language import QT_TRANSLATE_NOOP, current, tr
from app.ui.base.screen_fit import fit_to_screen

TITLE = QT_TRANSLATE_NOOP("Redline", "Redline help")
BACK, FORWARD, CONTENTS = (
    QT_TRANSLATE_NOOP("Redline", "Back"),
    QT_TRANSLATE_NOOP("Redline", "Forward"),
    QT_TRANSLATE_NOOP("Redline", "Contents"),
)
MISSING = QT_TRANSLATE_NOOP(
    "Redline",
    "# The help is missing\n\nThe user guide should be at `{path}`, but it is not there: this "
    "copy of Redline is incomplete. The guide is also in the `docs/help` folder of Redline's "
    "source.",
)
INDEX = "index.md"
# The page for each pane (see app.ui.window.focus): the key of the pane in focus → a page.
PAGE_OF_PANE = {
    "library": "library.md",
    "search": "search.md",
    "doubtful": "ocr.md",
    "annotations": "annotating.md",
    "thumbnails": "reading.md",
    "scan": "reading.md",
    "text": "reading.md",
}


def page_for(pane: str | None, language: str | None = None) -> Path:
    """The help page for a pane (its key), else the contents: in ``language`` (the window's,
    unless given) where the guide has it, else in English."""
    return help_page(
        PAGE_OF_PANE.get(pane or "", INDEX), current() if language is None else language
    )


class GuideText(QTextBrowser):
    """The text browser of the guide: a link to a page the language's folder lacks shows the
    English page instead of an empty one."""

    def doSetSource(
        self,
        name: QUrl | str,
        kind: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        name = QUrl(name)
        if name.isLocalFile():
            path = Path(name.toLocalFile())
            if not path.is_file() and help_path(path.name).is_file():
                name = QUrl.fromLocalFile(str(help_path(path.name)))
        super().doSetSource(name, kind)


class HelpBrowser(QDialog):
    """The guide: a page, Back / Forward / Contents, links followed (web links in a browser)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(TITLE))
        self.text = GuideText()
        self.text.setOpenLinks(True)  # pages of the guide here, …
        self.text.setOpenExternalLinks(True)  # … web links in the system's browser
        self.back = QPushButton(BACK)
        self.forward = QPushButton(FORWARD)
        self.contents = QPushButton(CONTENTS)
        bar = QHBoxLayout()
        for button in (self.back, self.forward, self.contents):
            bar.addWidget(button)
        bar.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.back.clicked.connect(self.text.backward)
        self.forward.clicked.connect(self.text.forward)
        self.contents.clicked.connect(lambda: self.show_page(page_for(None)))
        self.text.backwardAvailable.connect(self.back.setEnabled)
        self.text.forwardAvailable.connect(self.forward.setEnabled)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        buttons.rejected.connect(self.reject)
        self.resize(760, 720)
        fit_to_screen(self)

    def show_page(self, page: Path) -> None:
        """Show ``page`` (a Markdown file of the guide); say so plainly if it is missing."""
        # the window's language's folder first, then the English pages (a page not translated)
        folders = dict.fromkeys([str(help_path(language=current())), str(help_path())])
        self.text.setSearchPaths(list(folders))
        if page.is_file():
            self.text.setSource(QUrl.fromLocalFile(str(page)))
        else:
            self.text.setMarkdown(tr(MISSING).format(path=page))
        self.page = page

    def current_page(self) -> str:
        """The file name of the page shown."""
        return Path(self.text.source().toLocalFile()).name


def show_help(parent: QWidget, pane: str | None, browser: HelpBrowser | None) -> HelpBrowser:
    """F1: the help window (the one open, if any) at the page for ``pane``."""
    if browser is None:
        browser = HelpBrowser(parent)
    browser.show_page(page_for(pane))
    browser.show()
    browser.raise_()
    browser.activateWindow()
    return browser
