"""Who is annotating: asked once, on the first annotation, kept in the settings and editable in a
small preferences dialog. Every annotation and change-log row carries this name."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.ui.base import settings as S
from app.ui.base.language import QT_TRANSLATE_NOOP, tr, translate

PROMPT = QT_TRANSLATE_NOOP("Redline", "Your name, recorded with every annotation you make:")


def person_name(settings: S.Settings) -> str:
    """The name the person annotates under (asked on their first annotation), or ""."""
    return settings.get(S.AUTHOR).strip()


class AuthorSource:
    """The annotating person's name from the settings, asking for it the first time it is needed.

    ``ask`` is replaceable so tests can answer without a dialog.
    """

    def __init__(self, settings: S.Settings, parent: QWidget | None = None) -> None:
        self.settings, self.parent = settings, parent

    @property
    def name(self) -> str:
        return person_name(self.settings)

    def ask(self, current: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.parent,
            translate("Redline", "Your name"),
            tr(PROMPT),
            QLineEdit.EchoMode.Normal,
            current,
        )
        return text.strip() if ok and text.strip() else None

    def require(self) -> str | None:
        """The name, asking for it when none is set; None when the person declines."""
        if self.name:
            return self.name
        return self.edit()

    def edit(self) -> str | None:
        """Preferences: change the name (the old one stays on annotations already made)."""
        name = self.ask(self.name)
        if name:
            self.settings.set(S.AUTHOR, name)
            self.settings.sync()
        return name
