"""Tools > Settings…: the languages OCR reads with, the window's language, and the banner
readings detection keeps on this computer.

Every language Tesseract can read now is listed, and so is every language the system has
installed for its own Tesseract that Redline's does not carry (the packaged Redline brings
English only): ticking one of those copies its data into Redline when OK is pressed. The ticked
languages, in the list's order, are the ``ocr/language`` setting (``eng+fra``), which every OCR
run uses. The banners detection re-read from scans are kept in a file of the user's cache folder
(:mod:`app.core.detection.band_cache`), so that no later run reads them again: the dialog says how
many and where, and forgets them at once on request (someone who changed Tesseract's data by hand,
or who wants no trace of a scan's markings left outside its library).

What the dialog reads (the languages, from Tesseract's own listing; the readings kept, from
their file) and forgetting them run on the dialog's worker thread, not the window's: it opens at
once and fills in as they come.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import wording
from app.core.detection import band_cache
from app.core.detection.band_cache import forget_band_readings
from app.core.errors import RedlineError
from app.core.ocr.languages import Language, add_languages, available_languages
from app.core.versions import tesseract_install_hint
from app.ui.base import settings as S
from app.ui.base.accessible import named
from app.ui.base.language import LANGUAGES, QT_TRANSLATE_NOOP, say, switch_language, tr
from app.ui.base.plain_label import plain_message
from app.ui.base.screen_fit import fit_to_screen
from app.ui.base.workers import TaskRunner
from app.ui.tools.host import ToolHost

R = TypeVar("R")

TITLE = QT_TRANSLATE_NOOP("Redline", "Settings")
OCR_GROUP = QT_TRANSLATE_NOOP("Redline", "OCR languages")
OCR_HELP = QT_TRANSLATE_NOOP(
    "Redline",
    "Tick the languages of your documents; OCR reads with all of them (the first ticked "
    "counts most). Languages marked “from the system” are installed for another Tesseract on "
    "this computer: ticking one copies it into Redline.",
)
FROM_SYSTEM = QT_TRANSLATE_NOOP(
    "Redline", "{name} ({code}): from the system, copied into Redline when ticked"
)
READY = QT_TRANSLATE_NOOP("Redline", "{name} ({code})")
NO_TESSERACT = QT_TRANSLATE_NOOP(
    "Redline", "Tesseract is not available, so there are no OCR languages to choose. {hint}"
)
NONE_TICKED = QT_TRANSLATE_NOOP("Redline", "Tick at least one language.")
ADDED = QT_TRANSLATE_NOOP("Redline", "OCR languages: {languages}")
CANNOT_ADD = QT_TRANSLATE_NOOP("Redline", "Cannot add the language")
WINDOW_LANGUAGE = QT_TRANSLATE_NOOP("Redline", "Language of the window")
LANGUAGE_NOTE = QT_TRANSLATE_NOOP(
    "Redline", "The window changes to the language chosen when you press OK."
)
LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 1
KEPT_GROUP = QT_TRANSLATE_NOOP("Redline", "Banners read from scans")
KEPT_HELP = QT_TRANSLATE_NOOP(
    "Redline",
    "Detection keeps the banners it re-read from scans on this computer (their markings only, "
    "no other text), so that no later detection reads them again. The file: {path}",
)
KEPT_NOW = QT_TRANSLATE_NOOP("Redline", "Kept now: {pages} ({size} MB).")
NONE_KEPT = QT_TRANSLATE_NOOP("Redline", "None kept now.")
LOOKING = QT_TRANSLATE_NOOP("Redline", "Looking…")
FORGET = QT_TRANSLATE_NOOP("Redline", "&Forget them")
FORGET_NOTE = QT_TRANSLATE_NOOP(
    "Redline", "Forgets at once; a later detection reads those banners from the scans again."
)


class SettingsDialog(QDialog):
    """The OCR languages: ticked ones are used, system ones are added on OK (:meth:`apply`)."""

    def __init__(
        self,
        settings: S.Settings,
        parent: QWidget | None = None,
        *,
        background: bool = False,
    ) -> None:
        """``background``: the dialog reads (the languages, the readings kept) on a worker
        thread of its own, else as it is made."""
        super().__init__(parent)
        self.setWindowTitle(tr(TITLE))
        self.settings = settings
        self.runner = TaskRunner(parent=self) if background else None
        self.languages = QListWidget()
        self.languages.setEnabled(False)  # (until they are read: OK then keeps the setting)
        self.note = QLabel()
        self.note.setWordWrap(True)
        explain = QLabel(tr(OCR_HELP))
        explain.setWordWrap(True)
        group = QGroupBox(tr(OCR_GROUP))
        inner = QVBoxLayout(group)
        for w in (explain, self.languages, self.note):
            inner.addWidget(w)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.window_language = QComboBox()
        for code, name in LANGUAGES.items():
            self.window_language.addItem(tr(name) if not code else name, code)
        current = self.window_language.findData(settings.get(S.LANGUAGE))
        self.window_language.setCurrentIndex(max(current, 0))
        language_group = QGroupBox(tr(WINDOW_LANGUAGE))
        language_form = QFormLayout(language_group)
        language_form.addRow(self.window_language)
        language_form.addRow(QLabel(tr(LANGUAGE_NOTE)))
        named(self.window_language, tr(WINDOW_LANGUAGE), tr(LANGUAGE_NOTE))
        layout = QVBoxLayout(self)
        layout.addWidget(language_group)
        layout.addWidget(group)
        layout.addWidget(self._kept_group())
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.languages.itemChanged.connect(self._on_item_changed)
        self._fill()
        self.resize(520, 480)
        fit_to_screen(self)

    def _kept_group(self) -> QGroupBox:
        """The banner readings kept on this computer: how many, where, and a button that
        forgets them (at once: it is no setting OK or Cancel decides)."""
        group = QGroupBox(tr(KEPT_GROUP))
        explain = QLabel(tr(KEPT_HELP).format(path=band_cache.cache_path()))
        explain.setWordWrap(True)
        explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kept = QLabel()
        self.forget = QPushButton(tr(FORGET))
        self.forget.setToolTip(tr(FORGET_NOTE))
        named(self.forget, tr(FORGET).replace("&", ""), tr(FORGET_NOTE))
        self.forget.clicked.connect(self._on_forget)
        row = QHBoxLayout()
        row.addWidget(self.kept, 1)
        row.addWidget(self.forget)
        inner = QVBoxLayout(group)
        inner.addWidget(explain)
        inner.addLayout(row)
        self._show_kept()
        return group

    def _in_background(
        self,
        fn: Callable[[], R],
        done: Callable[[R], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """``fn`` on the dialog's worker (at once without one), ``done`` with what it returned."""
        if self.runner is not None:
            self.runner.submit(fn, done, failed)
            return
        try:
            result = fn()
        except RedlineError as exc:
            if failed is None:
                raise
            failed(exc)
            return
        done(result)

    def _show_kept(self) -> None:
        self.kept.setText(tr(LOOKING))
        self.forget.setEnabled(False)
        self._in_background(band_cache.kept, self._on_kept)

    def _on_kept(self, kept: tuple[int, int]) -> None:
        pages, size = kept
        if pages:
            count = wording.translate("Redline", "%n pages").counted(pages, one="%n page")
            megabytes = QLocale().toString(size / 1e6, "f", 1)  # (0,1 in German)
            self.kept.setText(tr(KEPT_NOW).format(pages=say(count), size=megabytes))
        else:
            self.kept.setText(tr(NONE_KEPT))
        self.forget.setEnabled(size > 0)

    def _on_forget(self) -> None:
        self.forget.setEnabled(False)
        self._in_background(forget_band_readings, lambda _: self._show_kept())

    def _fill(self) -> None:
        self.note.setText(tr(LOOKING))
        self._in_background(available_languages, self._fill_languages, self._no_tesseract)

    def _no_tesseract(self, exc: BaseException) -> None:
        if not isinstance(exc, RedlineError):
            raise exc
        self.note.setText(tr(NO_TESSERACT).format(hint=say(tesseract_install_hint())))
        # (the list stays disabled: the window's language can still be chosen)

    def _fill_languages(self, found: list[Language]) -> None:
        self.note.setText("")
        self.languages.setEnabled(True)
        chosen = self.settings.get(S.OCR_LANGUAGE).split("+")
        # The chosen first, in their order, then the others as found.
        found.sort(key=lambda lang: chosen.index(lang.code) if lang.code in chosen else 99)
        self.languages.blockSignals(True)
        for language in found:
            text = (tr(READY) if language.ready else tr(FROM_SYSTEM)).format(
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
        self.note.setText("" if ok else tr(NONE_TICKED))

    def apply(self) -> str:
        """Store the window's language; add the ticked system languages and store the OCR
        languages (the setting's new value)."""
        self.settings.set(S.LANGUAGE, self.window_language.currentData())
        if not self.languages.isEnabled():  # no Tesseract: no OCR languages to store
            return self.settings.get(S.OCR_LANGUAGE)
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
            plain_message(self, QMessageBox.Icon.Warning, tr(CANNOT_ADD), say(exc))
            return
        self.accept()


def edit_settings(host: ToolHost) -> SettingsDialog:
    """Tools > Settings…"""
    background = not host.import_runner.synchronous  # (tests' windows run all inline)
    dialog = SettingsDialog(host.settings, host.window(), background=background)
    before = host.settings.get(S.LANGUAGE)

    def accepted() -> None:
        chosen = host.settings.get(S.LANGUAGE)
        if chosen != before:
            switch_language(chosen)  # live: every open window follows
        host.show_message(tr(ADDED).format(languages=host.settings.get(S.OCR_LANGUAGE)))

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
