"""A combo box (in the status bar) listing the text layers of the page shown: the PDF's own text,
Tesseract runs, an attached companion text. Choosing one makes it the page's active layer
(``app.core.ocr.reanchor.switch_active_layer``, annotations carried over) in a worker, then the page
is shown again with that text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.core.documents.queries import LayerInfo, page_layers
from app.core.ids import PageId
from app.core.library import Library
from app.ui.base.workers import TaskRunner

if TYPE_CHECKING:
    from app.core.ocr.reanchor import ReanchorReport


class LayerSwitcher(QWidget):
    """The layers of :meth:`set_page`'s page; ``switched(page_id, message)`` after a switch."""

    switched = Signal(int, str)

    def __init__(
        self, lib: Library, reader: TaskRunner, writer: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lib, self.reader, self.writer = lib, reader, writer
        self.page_id: PageId | None = None
        self.layers: list[LayerInfo] = []
        self.combo = QComboBox()
        self.combo.setToolTip("Which reading of this page's text is shown (text layer)")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Text:"))
        layout.addWidget(self.combo)
        self.combo.activated.connect(self._on_activated)
        self.setEnabled(False)

    def set_page(self, page_id: PageId | None) -> None:
        """Load the layers of ``page_id`` (None: no page) on the reader thread."""
        self.page_id = page_id
        if page_id is None:
            self._fill([])
            return
        self.reader.submit(
            lambda: page_layers(self.lib, page_id),
            lambda layers: self._on_layers(page_id, layers),
            wanted=lambda: self.page_id == page_id,
        )

    def _on_layers(self, page_id: PageId, layers: list[LayerInfo]) -> None:
        if page_id == self.page_id:
            self._fill(layers)

    def _fill(self, layers: list[LayerInfo]) -> None:
        self.layers = layers
        self.combo.clear()
        for layer in layers:
            self.combo.addItem(layer.label, int(layer.id))
        active = next((i for i, layer in enumerate(layers) if layer.active), -1)
        self.combo.setCurrentIndex(active)
        self.setEnabled(len(layers) > 1 and not self.lib.read_only)

    def _on_activated(self, row: int) -> None:
        from app.core.ocr.reanchor import switch_active_layer  # (a switch is rare: not at start)

        page_id = self.page_id
        if page_id is None or not 0 <= row < len(self.layers) or self.layers[row].active:
            return
        layer_id = int(self.layers[row].id)
        self.setEnabled(False)
        self.writer.submit(
            lambda: switch_active_layer(self.lib, page_id, layer_id),
            lambda report: self._on_switched(page_id, report),
            lambda exc: self.switched.emit(int(page_id), f"Cannot switch the text layer: {exc}"),
        )

    def _on_switched(self, page_id: PageId, report: ReanchorReport) -> None:
        words = f"{report.moved} annotation(s) carried over"
        if report.orphaned:
            words += f", {len(report.orphaned)} not found on this text (orphaned)"
        self.switched.emit(int(page_id), f"Text layer switched; {words}.")
