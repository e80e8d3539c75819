"""The style's own icons on the dark scheme: a dialog button's Close cross, black in Qt's
Fusion style, is drawn light on the dark scheme's grey buttons, and is the style's own on the
light scheme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QStyle

from app.ui.base.icon_style import LightOnDarkStyle, ink_lightness, turned_light
from app.ui.base.theme import theme

SP = QStyle.StandardPixmap


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
