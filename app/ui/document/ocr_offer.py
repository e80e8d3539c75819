"""The bar above the text of a page without text: it offers to OCR that page (Tesseract, in a
worker), and says how it went (an ``OfferBar``: its words and its button side by side where both
fit whole, else the button under the words)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.core import wording
from app.core.ids import PageId
from app.core.library import Library
from app.core.ocr.tesseract import tesseract_available
from app.ui.base.language import QT_TRANSLATE_NOOP, say, translate
from app.ui.base.offer_bar import OfferBar
from app.ui.base.workers import TaskRunner

if TYPE_CHECKING:
    from app.core.ocr.run import OcrReport


class OcrOffer(OfferBar):
    """Hidden unless the page shown has no text. Emits ``page_done(page_id)`` after an OCR run
    that stored a text layer, so the view can reload that page's text. ``language`` gives the
    Tesseract language(s) to read with (the window hands it the ``ocr/language`` setting)."""

    page_done = Signal(int)

    def __init__(self, lib: Library, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Redline", "Run OCR on this page"), parent)
        self.lib, self.runner = lib, runner
        self.language: Callable[[], str] = lambda: "eng"
        self.page_id: PageId | None = None
        self.button.clicked.connect(self._on_clicked)

    def offer(self, page_id: PageId | None) -> None:
        """Offer OCR for ``page_id`` (None: the page has text, hide the bar)."""
        self.page_id = page_id
        self.setVisible(page_id is not None)
        if page_id is None:
            return
        available = tesseract_available()
        if self.lib.read_only:
            why = translate("Redline", "No text on this page (the library is read-only).")
        elif not available:
            why = translate("Redline", "No text on this page (install Tesseract).")
        else:
            why = translate("Redline", "No text on this page.")
        self.button.setEnabled(available and not self.lib.read_only)
        self._say(why)

    def _on_clicked(self) -> None:
        from app.core.ocr.run import ocr_pages  # (not needed to start the window)

        page_id = self.page_id
        if page_id is None:
            return
        self.button.setEnabled(False)
        self._say(translate("Redline", "Reading the page with Tesseract…"))
        language = self.language()
        self.runner.submit(
            lambda: ocr_pages(self.lib, [page_id], language=language),
            lambda report: self._on_report(page_id, report),
            self._on_error,
        )

    def _on_report(self, page_id: PageId, report: OcrReport) -> None:
        outcome = report.pages[0] if report.pages else None
        if outcome is None or outcome.status != "ok":
            why = outcome.message if outcome else translate("Redline", "nothing was done")
            self._on_error(RuntimeError(why))
            return
        if page_id == self.page_id:
            found = wording.translate("Redline", "OCR found %n words.").counted(
                outcome.words, one="OCR found %n word."
            )
            self._say(say(found))
        self.page_done.emit(int(page_id))

    def _on_error(self, exc: BaseException) -> None:
        self._say(translate("Redline", "OCR failed: {reason}").format(reason=say(exc)))
        self.button.setEnabled(True)
