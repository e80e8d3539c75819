"""A restored window geometry checked against the screens there are now: a geometry saved on
another monitor, at another scale factor or by a window that was squashed is not restored as it
was; the window then opens at a default size, centred on the screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize

DEFAULT_SIZE = QSize(1400, 900)
DEFAULT_SHARE = 0.9  # of the screen, at most, for the default size
LEAST_SHARE = 0.5  # a window narrower or lower than this share of its screen is squashed …
LEAST_SIZE = QSize(800, 560)  # … unless it is at least this large
TITLE_BAR = 32  # pixels at the top of the window that must be on a screen to move it


def fits_screens(frame: QRect, screens: Sequence[QRect]) -> bool:
    """Whether a window with this frame can be seen and used on ``screens`` (their available
    geometries): its title bar on a screen, most of it on that screen, and not squashed."""
    title = QRect(frame.left(), frame.top(), frame.width(), TITLE_BAR)
    home = max(screens, key=lambda s: _area(s.intersected(frame)), default=None)
    if home is None or _area(home.intersected(title)) < _area(title) // 3:
        return False
    if _area(home.intersected(frame)) < _area(frame) // 2:
        return False
    least_w = min(LEAST_SIZE.width(), int(LEAST_SHARE * home.width()))
    least_h = min(LEAST_SIZE.height(), int(LEAST_SHARE * home.height()))
    return frame.width() >= least_w and frame.height() >= least_h


def default_geometry(screen: QRect) -> QRect:
    """The default size (smaller on a small screen), centred on ``screen``."""
    width = min(DEFAULT_SIZE.width(), int(DEFAULT_SHARE * screen.width()))
    height = min(DEFAULT_SIZE.height(), int(DEFAULT_SHARE * screen.height()))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(screen.center())
    return rect


def _area(rect: QRect) -> int:
    return max(rect.width(), 0) * max(rect.height(), 0) if rect.isValid() else 0
