"""The window's colours: light or dark, following the system's colour scheme or the person's
choice (View › Colour scheme, remembered in ``view/color_scheme``).

Widgets take their colours from the application palette. What the palette has no role for (the
tints of annotations by kind, search hits, the word in focus, doubtful words, word boxes, the
backdrop behind the page) is here, once, in a light and a dark set; :func:`colours` gives the set
that suits the palette in use, so no pane holds a colour of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.base import icon_style

SCHEMES = ("system", "light", "dark")  # the View menu's choices, in its order


def _c(r: int, g: int, b: int, a: int = 255) -> QColor:
    return QColor(r, g, b, a)


@dataclass(frozen=True)
class Colours:
    """One set of the colours the palette has no role for."""

    kinds: dict[str, QColor]  # annotation kind → its colour (a tag's own colour wins)
    other_kind: QColor
    hit_text: QColor  # a search match, behind the text
    hit_scan: QColor  # a search match, over the scan (translucent)
    focus_text: QColor  # the word in focus, behind the text
    focus_scan: QColor  # its outline on the scan
    chosen: QColor  # underline of the annotation chosen
    struck: QColor  # a corrected word, struck through
    replacement: QColor  # its replacement, behind the text
    redacted: QColor  # words under a redaction drawn on the scan, behind the text
    unplaced: QColor  # companion text with no place on the scan
    word_box: QColor  # word outlines on the scan
    doubtful: QColor  # words below the OCR confidence threshold, over the scan
    drawing: QColor  # the rectangle being drawn on the scan
    backdrop: QColor  # around the page
    indicator_edge: QColor  # the edge of a check box's or radio button's box (icon_style)
    paper: QColor = field(default_factory=lambda: _c(255, 255, 255))  # a scan is on white paper
    # a redaction drawn on the scan: dark on its white paper in either scheme (the dark set's
    # pale grey, meant behind light text, let the redacted words read through the box)
    redaction_on_paper: QColor = field(default_factory=lambda: _c(20, 20, 20))


LIGHT = Colours(
    kinds={
        "correction": _c(215, 48, 39),
        "tag": _c(240, 196, 25),
        "marking": _c(128, 60, 200),
        "redaction": _c(20, 20, 20),
        "note": _c(30, 150, 80),
    },
    other_kind=_c(90, 90, 90),
    hit_text=_c(255, 230, 80),
    hit_scan=_c(255, 220, 0, 110),
    focus_text=_c(255, 170, 170),
    focus_scan=_c(220, 30, 30),
    chosen=_c(200, 30, 30),
    struck=_c(200, 40, 40),
    replacement=_c(40, 150, 60, 70),
    redacted=_c(20, 20, 20, 40),  # as a redaction's own span is tinted (annotation_style)
    unplaced=_c(110, 110, 110),
    word_box=_c(40, 110, 220, 170),
    doubtful=_c(255, 140, 0, 60),
    drawing=_c(220, 30, 30),
    backdrop=_c(90, 90, 90),
    indicator_edge=_c(188, 188, 188),  # (what Fusion draws on the light palette)
)

# On a dark base the tints must stay readable behind light text: deeper hues for what sits behind
# text, brighter ones for lines; the scan itself stays on white paper.
DARK = Colours(
    kinds={
        "correction": _c(255, 105, 97),
        "tag": _c(250, 205, 60),
        "marking": _c(180, 130, 255),
        "redaction": _c(170, 170, 180),
        "note": _c(90, 210, 130),
    },
    other_kind=_c(160, 160, 160),
    hit_text=_c(140, 110, 0),
    hit_scan=_c(255, 220, 0, 110),
    focus_text=_c(150, 50, 60),
    focus_scan=_c(255, 70, 70),
    chosen=_c(255, 90, 90),
    struck=_c(255, 110, 110),
    replacement=_c(60, 190, 90, 90),
    redacted=_c(170, 170, 180, 50),
    unplaced=_c(150, 150, 150),
    word_box=_c(80, 150, 255, 190),
    doubtful=_c(255, 140, 0, 70),
    drawing=_c(255, 70, 70),
    backdrop=_c(28, 28, 30),
    indicator_edge=_c(140, 140, 146),  # (Fusion's was 37: as dark as the box and the window)
)


def is_dark(palette: QPalette) -> bool:
    """A palette whose windows are darker than their text."""
    window = palette.color(QPalette.ColorRole.Window).lightness()
    return window < palette.color(QPalette.ColorRole.WindowText).lightness()


def colours() -> Colours:
    """The set that suits the application's palette now."""
    return DARK if is_dark(QGuiApplication.palette()) else LIGHT


def system_is_dark() -> bool:
    """The system's colour scheme (Qt 6.5+: QStyleHints.colorScheme) is dark."""
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


_PALETTES: dict[bool, dict[QPalette.ColorRole, tuple[QColor, QColor]]] = {}


def _roles(dark: bool) -> dict[QPalette.ColorRole, tuple[QColor, QColor]]:
    """Each role's (active, disabled) colour of the palette Redline makes when the platform's
    is not of the scheme wanted."""
    if dark not in _PALETTES:
        R = QPalette.ColorRole
        if dark:
            text, dim = _c(230, 230, 230), _c(130, 130, 130)
            table = {
                R.Window: (_c(45, 45, 48), _c(45, 45, 48)),
                R.WindowText: (text, dim),
                R.Base: (_c(30, 30, 32), _c(40, 40, 42)),
                R.AlternateBase: (_c(40, 40, 43), _c(40, 40, 43)),
                R.ToolTipBase: (_c(60, 60, 64), _c(60, 60, 64)),
                R.ToolTipText: (text, dim),
                R.PlaceholderText: (_c(150, 150, 150), dim),
                R.Text: (text, dim),
                R.Button: (_c(55, 55, 58), _c(50, 50, 52)),
                R.ButtonText: (text, dim),
                R.BrightText: (_c(255, 90, 90), _c(255, 90, 90)),
                R.Light: (_c(80, 80, 84), _c(80, 80, 84)),
                R.Midlight: (_c(65, 65, 68), _c(65, 65, 68)),
                R.Mid: (_c(40, 40, 42), _c(40, 40, 42)),
                R.Dark: (_c(25, 25, 27), _c(25, 25, 27)),
                R.Shadow: (_c(10, 10, 10), _c(10, 10, 10)),
                R.Highlight: (_c(42, 110, 200), _c(70, 70, 74)),
                R.HighlightedText: (_c(255, 255, 255), dim),
                R.Link: (_c(110, 170, 255), _c(110, 170, 255)),
                R.LinkVisited: (_c(180, 140, 255), _c(180, 140, 255)),
            }
        else:
            text, dim = _c(20, 20, 20), _c(120, 120, 120)
            table = {
                R.Window: (_c(239, 239, 239), _c(239, 239, 239)),
                R.WindowText: (text, dim),
                R.Base: (_c(255, 255, 255), _c(239, 239, 239)),
                R.AlternateBase: (_c(246, 246, 246), _c(246, 246, 246)),
                R.ToolTipBase: (_c(255, 255, 220), _c(255, 255, 220)),
                R.ToolTipText: (text, dim),
                R.PlaceholderText: (_c(110, 110, 110), dim),
                R.Text: (text, dim),
                R.Button: (_c(239, 239, 239), _c(239, 239, 239)),
                R.ButtonText: (text, dim),
                R.BrightText: (_c(255, 255, 255), _c(255, 255, 255)),
                R.Light: (_c(255, 255, 255), _c(255, 255, 255)),
                R.Midlight: (_c(227, 227, 227), _c(227, 227, 227)),
                R.Mid: (_c(160, 160, 160), _c(160, 160, 160)),
                R.Dark: (_c(160, 160, 160), _c(160, 160, 160)),
                R.Shadow: (_c(105, 105, 105), _c(105, 105, 105)),
                R.Highlight: (_c(48, 140, 198), _c(145, 145, 145)),
                R.HighlightedText: (_c(255, 255, 255), _c(255, 255, 255)),
                R.Link: (_c(0, 0, 255), _c(0, 0, 255)),
                R.LinkVisited: (_c(255, 0, 255), _c(255, 0, 255)),
            }
        _PALETTES[dark] = table
    return _PALETTES[dark]


def made_palette(dark: bool) -> QPalette:
    """Redline's own light or dark palette."""
    palette = QPalette()
    G = QPalette.ColorGroup
    for role, (normal, disabled) in _roles(dark).items():
        palette.setColor(G.Active, role, normal)
        palette.setColor(G.Inactive, role, normal)
        palette.setColor(G.Disabled, role, disabled)
    return palette


class Theme(QObject):
    """Applies a scheme ("system", "light" or "dark") to the application and says when the
    colours changed (``changed``: panes that hold tints draw them again). Following the system,
    it follows the system's changes too."""

    changed = Signal()

    def __init__(
        self, system_dark: Callable[[], bool] = system_is_dark, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.system_dark = system_dark
        self.scheme = "system"
        self.native = QPalette(QGuiApplication.palette())  # the platform's, before any change
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_changed)

    def wants_dark(self) -> bool:
        return self.system_dark() if self.scheme == "system" else self.scheme == "dark"

    def apply(self, scheme: str) -> None:
        """Show the window in ``scheme`` (an unknown name: follow the system)."""
        self.scheme = scheme if scheme in SCHEMES else "system"
        dark = self.wants_dark()
        palette = self.native if is_dark(self.native) == dark else made_palette(dark)
        # dark icons made light, indicators' edges in the scheme's colour
        icon_style.install(
            lambda: is_dark(QApplication.palette()), lambda: colours().indicator_edge
        )
        QApplication.setPalette(palette)  # (QApplication: its widgets follow at once)
        self.changed.emit()

    def _on_system_changed(self, _scheme: object = None) -> None:
        if self.scheme == "system":
            self.apply("system")


_theme: Theme | None = None


def theme() -> Theme:
    """The application's one Theme (made on first use, after the QApplication)."""
    global _theme
    if _theme is None:
        _theme = Theme(parent=QGuiApplication.instance())
    return _theme
