"""A combo box (in the status bar) listing the text layers of the page shown: the PDF's own text,
Tesseract runs, an attached companion text. Choosing one makes it the page's active layer
(``app.core.ocr.reanchor.switch_active_layer``, annotations carried over) in a worker, then the page
is shown again with that text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.core import wording
from app.core.documents.queries import LayerInfo
from app.core.ids import PageId
from app.core.library import Library
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.base.workers import TaskRunner

if TYPE_CHECKING:
    from app.core.ocr.reanchor import ReanchorReport

COMBO_LEAST = 64  # pixels
TIP_CHOOSE = QT_TRANSLATE_NOOP(
    "Redline", "Which reading of this page's text is shown (text layer): choose another here"
)
TIP_ONE = QT_TRANSLATE_NOOP(
    "Redline",
    "This page has one text layer. Tools › OCR this page, or Tools › Attach OCR text, adds "
    "another to choose from here.",
)
TIP_NONE = QT_TRANSLATE_NOOP(
    "Redline", "This page has no text yet: Tools › OCR this page reads it."
)
TIP_READ_ONLY = QT_TRANSLATE_NOOP(
    "Redline", "The library is open read-only: the text layer cannot be changed."
)
# Where a layer's text came from, as the window names it (the library's own names: the tooltip).
SOURCE_NAMES = {
    "pdf-text-layer": QT_TRANSLATE_NOOP("Redline", "PDF text"),
    "tesseract": QT_TRANSLATE_NOOP("Redline", "Tesseract OCR"),
    "imported-alto": QT_TRANSLATE_NOOP("Redline", "ALTO file"),
    "imported-page": QT_TRANSLATE_NOOP("Redline", "PAGE XML file"),
    "imported-hocr": QT_TRANSLATE_NOOP("Redline", "hOCR file"),
    "imported-text": QT_TRANSLATE_NOOP("Redline", "text file"),
}
# Engines that say nothing the source name does not (the PDF's text is read by PyMuPDF).
PLAIN_ENGINES = {"pymupdf", "tesseract", "companion-text"}


def layer_name(layer: LayerInfo) -> str:
    """A layer as the window names it: ``PDF text``, ``Tesseract OCR · eng``, ``ALTO file ·
    ABBYY · eng · p0004.xml``; a source the window does not know by its library name."""
    name = SOURCE_NAMES.get(layer.source)
    if name is None:
        return layer.described
    engine = None if (layer.engine or "").lower() in PLAIN_ENGINES else layer.engine
    return " · ".join([tr(name)] + [p for p in (engine, layer.language, layer.file) if p])


class LayerSwitcher(QWidget):
    """The layers of :meth:`show_layers`'s page (read with the rest of the page shown);
    ``switched(page_id, message)`` after a switch."""

    switched = Signal(int, str)

    def __init__(self, lib: Library, writer: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib, self.writer = lib, writer
        self.page_id: PageId | None = None
        self.layers: list[LayerInfo] = []
        self.combo = QComboBox()
        self.combo.setToolTip(tr(TIP_CHOOSE))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumWidth(COMBO_LEAST)  # (elided in a small window, whole otherwise)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QT_TRANSLATE_NOOP("Redline", "Text:")))
        layout.addWidget(self.combo)
        self.combo.activated.connect(self._on_activated)
        self.setEnabled(False)

    def show_layers(self, page_id: PageId | None, layers: Sequence[LayerInfo]) -> None:
        """Offer ``layers``, the text layers of ``page_id`` (None: no page)."""
        self.page_id = page_id
        self.layers = list(layers)
        self.combo.clear()
        for layer in layers:
            words = say(
                wording.translate("Redline", "%n words").counted(layer.words, one="%n word")
            )
            self.combo.addItem(f"{layer_name(layer)} ({words})", int(layer.id))
            self.combo.setItemData(
                self.combo.count() - 1, layer.described, Qt.ItemDataRole.ToolTipRole
            )
        active = next((i for i, layer in enumerate(layers) if layer.active), -1)
        self.combo.setCurrentIndex(active)
        # Enabled whenever the page has text, one layer or several: a greyed-out switcher
        # reads as broken. What one layer means, and how to get another, is in the tooltip.
        self.setEnabled(bool(layers) and not self.lib.read_only)
        self.combo.setEnabled(True)  # (disabled while a switch ran)
        tip = tr(TIP_NONE) if not layers else tr(TIP_ONE) if len(layers) == 1 else tr(TIP_CHOOSE)
        self.combo.setToolTip(tr(TIP_READ_ONLY) if self.lib.read_only and layers else tip)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.layers:
            self.show_layers(self.page_id, self.layers)  # the word counts in the new language

    def _on_activated(self, row: int) -> None:
        from app.core.ocr.reanchor import switch_active_layer  # (a switch is rare: not at start)

        page_id = self.page_id
        if page_id is None or not 0 <= row < len(self.layers) or self.layers[row].active:
            return
        layer_id = self.layers[row].id
        self.combo.setEnabled(False)  # while it switches
        self.writer.submit(
            lambda: switch_active_layer(self.lib, page_id, layer_id),
            lambda report: self._on_switched(page_id, report),
            lambda exc: self.switched.emit(
                int(page_id),
                translate("Redline", "Cannot switch the text layer: {reason}").format(
                    reason=say(exc)
                ),
            ),
        )

    def _on_switched(self, page_id: PageId, report: ReanchorReport) -> None:
        moved = say(
            wording.translate("Redline", "%n annotations carried over").counted(
                report.moved, one="%n annotation carried over"
            )
        )
        if report.orphaned:
            message = translate(
                "Redline",
                "Text layer switched; {moved}, {orphaned} not found on this text (orphaned).",
            ).format(moved=moved, orphaned=len(report.orphaned))
        else:
            message = translate("Redline", "Text layer switched; {moved}.").format(moved=moved)
        self.switched.emit(int(page_id), message)
