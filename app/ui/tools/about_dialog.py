"""Help > About Redline: version, licence and the versions a bug report needs; and the one-time
notice that OCR needs Tesseract when it is missing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.versions import LICENSE_ID, Versions, collect_versions, tesseract_install_hint
from app.ui.base import settings as S
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.base.screen_fit import fit_to_screen

LICENCE_TEXT = QT_TRANSLATE_NOOP(
    "Redline",
    "Redline is free software under the GNU Affero General Public License, version 3 or later "
    "({licence}). It uses PyMuPDF (AGPL-3.0) and Qt through PySide6 (LGPL-3.0).",
)


def version_rows(versions: Versions) -> list[tuple[str, str]]:
    """The rows shown and copied: Redline's own, then Qt at run time, then the rest."""
    rows = versions.rows()
    return [*rows[:1], ("Qt", qVersion()), *rows[1:]]


def bug_report_text(versions: Versions) -> str:
    width = max(len(label) for label, _ in version_rows(versions))
    lines = [f"{label + ':':<{width + 1}} {value}" for label, value in version_rows(versions)]
    return "\n".join(lines)


class AboutDialog(QDialog):
    """Version, licence and versions in use, with a button that copies them for a bug report."""

    def __init__(self, versions: Versions | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QT_TRANSLATE_NOOP("Redline", "About Redline"))
        self.versions = versions or collect_versions()
        title = QLabel(f"<h2>Redline {self.versions.redline}</h2>")
        blurb = QLabel(
            QT_TRANSLATE_NOOP(
                "Redline", "Review, annotate and publish scanned declassified documents."
            )
        )
        licence = QLabel(tr(LICENCE_TEXT).format(licence=LICENSE_ID))
        licence.setWordWrap(True)
        form = QFormLayout()
        for label, value in version_rows(self.versions):
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{tr(label)}:", field)  # (a part's name; "Platform" translated)
        self.copy_button = QPushButton(QT_TRANSLATE_NOOP("Redline", "Copy for a bug report"))
        self.copied = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        for w in (title, blurb, licence):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        # As tall as its rows need at this width (the licence wraps): with the height left to
        # the dialog's minimum, which leaves the wrapping out, every row lost a few pixels and
        # the platform line its descenders ("x86_64" read "x86 64", "glibc" "qlibc").
        self.resize(560, layout.totalHeightForWidth(560))
        fit_to_screen(self)

    def report(self) -> str:
        return bug_report_text(self.versions)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
        self.copied.setText(translate("Redline", "Copied to the clipboard."))


def tesseract_notice(
    settings: S.Settings, show: Callable[[str], None], *, available: bool | None = None
) -> bool:
    """Say once (then never again) that OCR needs Tesseract and how to install it; True if said."""
    if available is None:
        from app.core.ocr.tesseract import tesseract_path

        available = tesseract_path() is not None
    if available or settings.get(S.TESSERACT_NOTICE_SHOWN):
        return False
    notice = translate("Redline", "Tesseract is not installed, so OCR is unavailable. {hint}")
    show(say(notice.format(hint=tesseract_install_hint())))
    settings.set(S.TESSERACT_NOTICE_SHOWN, True)
    return True


def show_about(window: QWidget) -> AboutDialog:
    """Help > About Redline."""
    dialog = AboutDialog(parent=window)
    dialog.open()
    return dialog
