"""The style's own icons made light on a dark palette, and its check boxes' and radio buttons'
edges drawn so that they show on it.

Qt's Fusion style draws its standard icons (a dialog button's Close, Cancel and OK, the arrows
of a tool button, a title bar's buttons) dark, for a light window: on the dark scheme's grey
buttons the Close cross was black on dark grey. :class:`LightOnDarkStyle` wraps the style in use
and, while the application's palette is dark, hands out such an icon with its lightness turned
over (black becomes white, a dark red cross a light red one; the hue is kept, so a tick stays
green). An icon that is already light, or any icon on a light palette, is the style's own.

Fusion draws the edge of a check box's or radio button's box (item views' check boxes too) in
the window's colour darkened: on the dark palette that edge was as dark as the box inside it and
the window around it (lightness 37 between 31 and 47), and the marking form's "Struck through",
the settings' boxes and the scheme's radio buttons read faint. The style draws those edges in the
scheme's ``indicator_edge`` (app.ui.base.theme) instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

DARK_ICON = 0.4  # mean lightness (0–1) of an icon's ink under which it reads as a dark icon
_SIZES = (16, 22, 24, 32, 48)
# Fusion's indicator edge is the window's colour .darker(140).lighter(110): a window colour this
# much lighter than the edge wanted gives that edge.
_WINDOW_FOR_EDGE = 127
_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
)


def ink_lightness(image: QImage) -> float:
    """The mean lightness of the image's visible pixels, weighed by their opacity (1.0 when
    nothing shows)."""
    total = weight = 0.0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            alpha = colour.alphaF()
            if alpha > 0.25:
                total += colour.lightnessF() * alpha
                weight += alpha
    return total / weight if weight else 1.0


def turned_light(image: QImage) -> QImage:
    """The image with each pixel's lightness turned over, its hue, saturation and opacity kept."""
    out = image.convertToFormat(QImage.Format.Format_ARGB32)
    for y in range(out.height()):
        for x in range(out.width()):
            colour = out.pixelColor(x, y)
            if colour.alpha():
                hue, saturation = colour.hslHueF(), colour.hslSaturationF()
                lightness = 1.0 - 0.85 * colour.lightnessF()
                out.setPixelColor(
                    x, y, QColor.fromHslF(hue, saturation, lightness, colour.alphaF())
                )
    return out


def light_icon(icon: QIcon) -> QIcon:
    """``icon`` as it should show on a dark palette: turned light where its ink is dark."""
    sizes = icon.availableSizes() or [QSize(s, s) for s in _SIZES]
    probe = icon.pixmap(max(sizes, key=QSize.width)).toImage()
    if probe.isNull() or ink_lightness(probe) >= DARK_ICON:
        return icon
    out = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected):
        for size in sizes:
            pixmap = icon.pixmap(size, mode)
            if not pixmap.isNull():
                out.addPixmap(QPixmap.fromImage(turned_light(pixmap.toImage())), mode)
    return out


class LightOnDarkStyle(QProxyStyle):
    """The style ``base``, its standard icons light while ``dark()`` says the application's
    palette is dark, and its indicators' edges in ``edge()`` (an invalid colour: the style's)."""

    def __init__(
        self, base: QStyle | None, dark: Callable[[], bool], edge: Callable[[], QColor]
    ) -> None:
        super().__init__(base)
        self.dark, self.edge = dark, edge
        self._light: dict[QStyle.StandardPixmap, QIcon] = {}

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        edge = self.edge() if element in _INDICATORS else QColor()
        if edge.isValid():  # (the option is the caller's: a copy carries the edge's colour)
            option = type(option)(option)
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.Window, edge.lighter(_WINDOW_FOR_EDGE))
            option.palette = palette
        super().drawPrimitive(element, option, painter, widget)

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        icon = super().standardIcon(standard_icon, option, widget)
        if icon.isNull() or not self.dark():
            return icon
        if standard_icon not in self._light:
            self._light[standard_icon] = light_icon(icon)
        return self._light[standard_icon]


def install(dark: Callable[[], bool], edge: Callable[[], QColor]) -> None:
    """Wrap the application's style in :class:`LightOnDarkStyle` (once; before its palette is
    set, as setting a style may reset the palette)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not isinstance(app.style(), LightOnDarkStyle):
        app.setStyle(LightOnDarkStyle(QStyleFactory.create(app.style().name()), dark, edge))
