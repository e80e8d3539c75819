"""Tools > Settings…: the languages OCR reads with.

Every language Tesseract can read now is listed, and so is every language the system has
installed for its own Tesseract that Redline's does not carry (the packaged Redline brings
English only): ticking one of those copies its data into Redline when OK is pressed. The ticked
languages, in the list's order, are the ``ocr/language`` setting (``eng+fra``), which every OCR
run uses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import RedlineError
from app.core.ocr.languages import Language, add_languages, available_languages
from app.core.versions import tesseract_install_hint
from app.ui.base import settings as S
from app.ui.tools.host import ToolHost

TITLE = "Settings"
OCR_GROUP = "OCR languages"
OCR_HELP = (
    "Tick the languages of your documents; OCR reads with all of them (the first ticked "
    "counts most). Languages marked “from the system” are installed for another Tesseract on "
    "this computer: ticking one copies it into Redline."
)
FROM_SYSTEM = "{name} ({code}): from the system, copied into Redline when ticked"
READY = "{name} ({code})"
NO_TESSERACT = "Tesseract is not available, so there are no OCR languages to choose. {hint}"
NONE_TICKED = "Tick at least one language."
ADDED = "OCR languages: {languages}"
CANNOT_ADD = "Cannot add the language"
LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class SettingsDialog(QDialog):
    """The OCR languages: ticked ones are used, system ones are added on OK (:meth:`apply`)."""

    def __init__(self, settings: S.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.settings = settings
        self.languages = QListWidget()
        self.note = QLabel()
        self.note.setWordWrap(True)
        explain = QLabel(OCR_HELP)
        explain.setWordWrap(True)
        group = QGroupBox(OCR_GROUP)
        inner = QVBoxLayout(group)
        for w in (explain, self.languages, self.note):
            inner.addWidget(w)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.languages.itemChanged.connect(self._on_item_changed)
        self._fill()
        self.resize(520, 480)

    def _fill(self) -> None:
        try:
            found = available_languages()
        except RedlineError:
            self.note.setText(NO_TESSERACT.format(hint=tesseract_install_hint()))
            self.languages.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        chosen = self.settings.get(S.OCR_LANGUAGE).split("+")
        # The chosen first, in their order, then the others as found.
        found.sort(key=lambda lang: chosen.index(lang.code) if lang.code in chosen else 99)
        self.languages.blockSignals(True)
        for language in found:
            text = (READY if language.ready else FROM_SYSTEM).format(
                name=language.name, code=language.code
            )
            item = QListWidgetItem(text, self.languages)
            item.setData(LANGUAGE_ROLE, language)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = language.code in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.languages.blockSignals(False)

    def ticked(self) -> list[Language]:
        items = (self.languages.item(i) for i in range(self.languages.count()))
        return [
            item.data(LANGUAGE_ROLE)
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        ok = bool(self.ticked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.note.setText("" if ok else NONE_TICKED)

    def apply(self) -> str:
        """Add the ticked system languages, store the choice; the setting's new value."""
        chosen = self.ticked()
        if any(not lang.ready for lang in chosen):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                add_languages(chosen)
            finally:
                QApplication.restoreOverrideCursor()
        value = "+".join(lang.code for lang in chosen)
        self.settings.set(S.OCR_LANGUAGE, value)
        return value

    def _on_ok(self) -> None:
        try:
            self.apply()
        except RedlineError as exc:
            QMessageBox.warning(self, CANNOT_ADD, str(exc))
            return
        self.accept()


def edit_settings(host: ToolHost) -> SettingsDialog:
    """Tools > Settings…"""
    dialog = SettingsDialog(host.settings, host.window())
    dialog.accepted.connect(
        lambda: host.show_message(ADDED.format(languages=host.settings.get(S.OCR_LANGUAGE)))
    )
    dialog.open()
    return dialog
