"""The style's own icons on the dark scheme: a dialog button's Close cross, black in Qt's
Fusion style, is drawn light on the dark scheme's grey buttons, and is the style's own on the
light scheme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.base.icon_style import LightOnDarkStyle, ink_lightness, turned_light
from app.ui.base.theme import theme

SP = QStyle.StandardPixmap
EDGE_CONTRAST = 40  # lightness levels between an indicator's edge and what is on either side


@pytest.fixture(autouse=True)
def _back_to_the_system(qapp: object) -> Iterator[None]:
    yield
    theme().apply("system")


def _lightness(pixmap: SP) -> float:
    return ink_lightness(QApplication.style().standardIcon(pixmap).pixmap(24, 24).toImage())


def test_a_dark_icon_is_light_on_the_dark_scheme_and_its_own_on_the_light() -> None:
    theme().apply("light")
    assert isinstance(QApplication.style(), LightOnDarkStyle)
    assert _lightness(SP.SP_DialogCloseButton) < 0.2  # Fusion's black cross
    theme().apply("dark")
    assert _lightness(SP.SP_DialogCloseButton) > 0.8
    assert _lightness(SP.SP_DialogCancelButton) > 0.5  # its red cross turned light red
    theme().apply("light")
    assert _lightness(SP.SP_DialogCloseButton) < 0.2


def test_turning_light_keeps_hue_and_opacity() -> None:
    image = QImage(2, 1, QImage.Format.Format_ARGB32)
    image.setPixelColor(0, 0, QColor(120, 0, 0, 200))  # dark red, partly clear
    image.setPixelColor(1, 0, QColor(0, 0, 0, 0))  # clear
    out = turned_light(image)
    red = out.pixelColor(0, 0)
    assert red.alpha() == 200 and red.red() > 200 and red.hslHue() == 0
    assert out.pixelColor(1, 0).alpha() == 0


def _edge_contrast(widget: QWidget, indicator: QRect) -> int:
    """How far the indicator's edge stands out from both the window around it and the box
    inside it (lightness, 0–255): the most, over the leftmost pixels of its middle row."""
    image = widget.grab().toImage()
    y = indicator.center().y()
    outside = widget.palette().window().color().lightness()
    inside = image.pixelColor(indicator.center()).lightness()
    return max(
        min(abs(edge - outside), abs(edge - inside))
        for edge in (
            image.pixelColor(x, y).lightness()
            for x in range(indicator.left(), indicator.left() + 3)
        )
    )


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_check_boxes_and_radio_buttons_have_an_edge_that_shows(qtbot: QtBot, scheme: str) -> None:
    """Fusion draws the indicator's edge in the window's colour darkened: on the dark palette it
    was as dark as the box and the window (lightness 37 between 31 and 47), and the marking
    form's "Struck through" box, the settings' check boxes and radio buttons read faint."""
    theme().apply(scheme)
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    check, radio = QCheckBox("Struck through"), QRadioButton("Follow the system")
    layout.addWidget(check)
    layout.addWidget(radio)
    holder.show()
    qtbot.waitExposed(holder)
    for button, element in (
        (check, QStyle.SubElement.SE_CheckBoxIndicator),
        (radio, QStyle.SubElement.SE_RadioButtonIndicator),
    ):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        indicator = button.style().subElementRect(element, option, button)
        indicator.translate(button.pos())
        assert _edge_contrast(holder, indicator) >= EDGE_CONTRAST, (scheme, button.text())
