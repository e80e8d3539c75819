"""Widgets in a grid of as many columns as fit each of them whole: two filters to a row where a
pane is wide, one to a row where it is narrow (the side panel at its narrowest cut two to a row
to "Diese…"), laid out again as the pane is resized or the language changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

Wanted = Callable[[QWidget], int]  # the width a widget needs to show itself whole


def combo_wanted(combo: QComboBox, texts: Sequence[str]) -> int:
    """The width ``combo`` needs to show the longest of ``texts`` uncut (as Qt measures a combo
    box sized to its contents)."""
    if not texts:
        return combo.minimumSizeHint().width()
    metrics = combo.fontMetrics()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    size = QSize(max(metrics.horizontalAdvance(t) for t in texts), metrics.height())
    return (
        combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, size, combo).width()
    )


def wanted_width(widget: QWidget) -> int:
    """Every choice of a combo box, a line edit's placeholder, a check box's text: whole."""
    if isinstance(widget, QComboBox):
        return combo_wanted(widget, [widget.itemText(i) for i in range(widget.count())])
    if isinstance(widget, QLineEdit):
        room = widget.fontMetrics().horizontalAdvance(widget.placeholderText() or "x" * 8)
        return max(room + 16, widget.minimumSizeHint().width())  # (its frame and margins)
    if isinstance(widget, QCheckBox):
        return widget.sizeHint().width()
    return widget.minimumSizeHint().width()


class FittingGrid(QWidget):
    """``widgets`` in reading order, ``most`` to a row where each column is as wide as the
    widest of them wants (``wanted``: a widget's width; by default :func:`wanted_width`), fewer
    where the grid is narrower, down to one to a row."""

    def __init__(
        self,
        widgets: Sequence[QWidget],
        most: int = 2,
        wanted: Wanted = wanted_width,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.widgets, self.most, self.wanted = list(widgets), most, wanted
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # (its least width is :meth:`minimumSizeHint`'s, one to a row: the grid, two to a row,
        # would otherwise hold it at the width of two until it were narrower)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.columns = 0
        # (as tall as its rows: laid out again, the pane gives it the height it then asks for)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.arrange(most)

    def columns_for(self, width: int) -> int:
        need = max((self.wanted(w) for w in self.widgets), default=0)
        spacing = max(self.grid.horizontalSpacing(), 0)
        n = self.most
        while n > 1 and n * need + (n - 1) * spacing > width:
            n -= 1
        return n

    def arrange(self, columns: int) -> None:
        """Put the widgets ``columns`` to a row (again), the columns sharing the width alike."""
        if columns == self.columns:
            return
        for w in self.widgets:
            self.grid.removeWidget(w)
        for i, w in enumerate(self.widgets):
            self.grid.addWidget(w, i // columns, i % columns)
        for c in range(max(columns, self.columns)):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        self.columns = columns
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the narrowest a widget can be drawn (one to a row, then)."""
        width = max((w.minimumSizeHint().width() for w in self.widgets), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.arrange(self.columns_for(event.size().width()))
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # (other words or another font: other widths wanted)
        # (after the texts are translated: the window retexts its widgets on the same event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._refit)
        super().changeEvent(event)

    def _refit(self) -> None:
        self.arrange(self.columns_for(self.width()))
        self.updateGeometry()
