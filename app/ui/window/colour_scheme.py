"""View › Colour scheme: follow the system's light or dark scheme, or keep to one; remembered
(``view/color_scheme``) and applied when the window opens."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.ui.base import settings as S
from app.ui.base.language import QT_TRANSLATE_NOOP, tr
from app.ui.base.theme import SCHEMES, Theme, theme

SCHEME_MENU = QT_TRANSLATE_NOOP("Redline", "Colour sc&heme")
SCHEME_ENTRIES = {  # in SCHEMES' order
    "system": QT_TRANSLATE_NOOP("Redline", "Follow the &system"),
    "light": QT_TRANSLATE_NOOP("Redline", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Redline", "&Dark"),
}


class ColourSchemeMenu:
    """The submenu's three exclusive entries; choosing one applies it and remembers it."""

    def __init__(
        self, parent: QWidget, settings: S.Settings, menu: QMenu, applier: Theme | None = None
    ) -> None:
        self.settings = settings
        self.theme = applier if applier is not None else theme()
        self.menu = menu.addMenu(tr(SCHEME_MENU))
        group = QActionGroup(parent)
        self.actions: dict[str, QAction] = {}
        chosen = settings.get(S.COLOR_SCHEME)
        chosen = chosen if chosen in SCHEMES else "system"
        for scheme in SCHEMES:
            action = QAction(SCHEME_ENTRIES[scheme], parent, checkable=True)
            action.setChecked(scheme == chosen)
            action.triggered.connect(lambda _=False, s=scheme: self.choose(s))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[scheme] = action
        self.theme.apply(chosen)

    def choose(self, scheme: str) -> None:
        self.actions[scheme].setChecked(True)
        self.settings.set(S.COLOR_SCHEME, scheme)
        self.theme.apply(scheme)
