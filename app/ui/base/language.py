"""The language of the window: German, French or English, following the system's or the one
chosen in Tools › Settings (``view/language``; it takes effect when Redline starts again).

Every string a person reads is a source string of Qt's translation, in one context,
:data:`CONTEXT`: literals through :func:`translate` (``QCoreApplication.translate``), constants
marked with ``QT_TRANSLATE_NOOP`` where they are defined. ``make`` extracts them with
``pyside6-lupdate`` into ``resources/translations/redline_<lang>.ts`` and builds the ``.qm``
catalogues with ``pyside6-lrelease``. At start :func:`install` loads the catalogue and Qt's own
(standard buttons, file dialogs) and, for the texts set from constants, translates every window
and menu as it is first shown (:class:`WindowTranslator`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from app.core.resources import resource_path

CONTEXT = "Redline"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate, in ``context``; returns it as it is (PySide6's own
    is typed to return ``object``). Translated where it is shown, by :func:`tr`."""
    return text


LANGUAGES = {  # each in its own language; "": the system's
    "": QT_TRANSLATE_NOOP("Redline", "Follow the system"),
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
}
TRANSLATED = ("de", "fr")  # the catalogues shipped; English is the source

# Words the Qt-free core hands the window in English (it cannot mark them): marked here, shown
# through tr(). The metadata fields' names (app.core.documents.metadata.FIELDS; a test keeps
# this list complete), the annotation statuses, the text's readings, the fields a merge compares
# and the pages' review statuses (the Conflicts dialog shows them).
CORE_WORDS = (
    QT_TRANSLATE_NOOP("Redline", "Highest classification"),
    QT_TRANSLATE_NOOP("Redline", "Release status"),
    QT_TRANSLATE_NOOP("Redline", "Release date"),
    QT_TRANSLATE_NOOP("Redline", "Case number"),
    QT_TRANSLATE_NOOP("Redline", "Document number"),
    QT_TRANSLATE_NOOP("Redline", "Agency"),
    QT_TRANSLATE_NOOP("Redline", "Classified by"),
    QT_TRANSLATE_NOOP("Redline", "Classification reasons"),
    QT_TRANSLATE_NOOP("Redline", "Declassify on"),
    QT_TRANSLATE_NOOP("Redline", "Date"),
    QT_TRANSLATE_NOOP("Redline", "From"),
    QT_TRANSLATE_NOOP("Redline", "To"),
    QT_TRANSLATE_NOOP("Redline", "Subject"),
    QT_TRANSLATE_NOOP("Redline", "Rights (licence URL)"),
    QT_TRANSLATE_NOOP("Redline", "accepted"),
    QT_TRANSLATE_NOOP("Redline", "proposed"),
    QT_TRANSLATE_NOOP("Redline", "rejected"),
    QT_TRANSLATE_NOOP("Redline", "Accepted"),
    QT_TRANSLATE_NOOP("Redline", "Proposed"),
    QT_TRANSLATE_NOOP("Redline", "Rejected"),
    QT_TRANSLATE_NOOP("Redline", "Original"),
    QT_TRANSLATE_NOOP("Redline", "Corrected"),
    QT_TRANSLATE_NOOP("Redline", "Both"),
    QT_TRANSLATE_NOOP("Redline", "Platform"),
    # the fields a merge compares (app.core.exchange.merge_report.FIELDS) and the page reviews
    QT_TRANSLATE_NOOP("Redline", "codes"),
    QT_TRANSLATE_NOOP("Redline", "note"),
    QT_TRANSLATE_NOOP("Redline", "text"),
    QT_TRANSLATE_NOOP("Redline", "reading"),
    QT_TRANSLATE_NOOP("Redline", "category"),
    QT_TRANSLATE_NOOP("Redline", "value"),
    QT_TRANSLATE_NOOP("Redline", "tag"),
    QT_TRANSLATE_NOOP("Redline", "left visible in publications"),
    QT_TRANSLATE_NOOP("Redline", "share blacked out"),
    QT_TRANSLATE_NOOP("Redline", "status"),
    QT_TRANSLATE_NOOP("Redline", "box"),
    QT_TRANSLATE_NOOP("Redline", "anchor"),
    QT_TRANSLATE_NOOP("Redline", "kind"),
    QT_TRANSLATE_NOOP("Redline", "anchor lost"),
    QT_TRANSLATE_NOOP("Redline", "origin"),
    QT_TRANSLATE_NOOP("Redline", "author"),
    QT_TRANSLATE_NOOP("Redline", "creation time"),
    QT_TRANSLATE_NOOP("Redline", "deleted"),
    QT_TRANSLATE_NOOP("Redline", "name"),
    QT_TRANSLATE_NOOP("Redline", "colour"),
    QT_TRANSLATE_NOOP("Redline", "parent"),
    QT_TRANSLATE_NOOP("Redline", "description"),
    QT_TRANSLATE_NOOP("Redline", "review"),
    QT_TRANSLATE_NOOP("Redline", "unreviewed"),
    QT_TRANSLATE_NOOP("Redline", "in progress"),
    QT_TRANSLATE_NOOP("Redline", "reviewed"),
    # the marking categories (app.core.annotating.vocabulary.marking_categories)
    QT_TRANSLATE_NOOP("Redline", "Classification level"),
    QT_TRANSLATE_NOOP("Redline", "Portion marking"),
    QT_TRANSLATE_NOOP("Redline", "Control or dissemination marking"),
    QT_TRANSLATE_NOOP("Redline", "Release or review stamp"),
    QT_TRANSLATE_NOOP("Redline", "Exemption code"),
    QT_TRANSLATE_NOOP("Redline", "Classification authority or declassification line"),
    QT_TRANSLATE_NOOP("Redline", "Identifier"),
)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (``context`` is :data:`CONTEXT`; the literal form
    ``translate("Redline", "…")`` is what pyside6-lupdate extracts)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def tr(text: str) -> str:
    """A string held in a constant (marked with QT_TRANSLATE_NOOP), in the window's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def catalogue(language: str, folder: Path | None = None) -> Path:
    """Redline's compiled catalogue for ``language`` (built by ``make`` into resources/)."""
    name = f"redline_{language}.qm"
    return folder / name if folder is not None else resource_path("translations", name)


def system_language() -> str:
    """The first of the system's languages Redline is translated into, else English."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in TRANSLATED or code == "en":
            return code
    return "en"


def install(app: QCoreApplication, chosen: str = "", folder: Path | None = None) -> str:
    """Load the catalogues for ``chosen`` ("" follows the system); the language shown. A missing
    catalogue (a checkout where ``make`` has not built them) leaves the window in English."""
    language = chosen if chosen in LANGUAGES and chosen else system_language()
    if language not in TRANSLATED or not catalogue(language, folder).is_file():
        return "en"
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in (Path(qt) / f"qtbase_{language}.qm", catalogue(language, folder)):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    walker = WindowTranslator(app)
    app.installEventFilter(walker)
    _installed.append(walker)
    return language


_installed: list[QObject] = []  # what install() added, for uninstall()


def uninstall(app: QCoreApplication) -> None:
    """Back to English (the tests switch languages in one process)."""
    while _installed:
        item = _installed.pop()
        if isinstance(item, QTranslator):
            app.removeTranslator(item)
        else:
            app.removeEventFilter(item)
        item.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.English))


def translate_tree(root: QWidget) -> None:
    """Translate the texts a window's widgets were given from constants (window titles, menus
    and their entries, labels, buttons, group boxes, tabs, placeholders, tooltips and accessible
    names); a text that is no source string (a document's title) stays as it is."""
    for w in (root, *root.findChildren(QWidget)):
        if w.isWindow():
            w.setWindowTitle(tr(w.windowTitle()))
        for action in w.actions():
            action.setText(tr(action.text()))
            action.setToolTip(tr(action.toolTip()))
        if isinstance(w, QMenu):
            w.setTitle(tr(w.title()))
        elif isinstance(w, (QLabel, QAbstractButton)):
            w.setText(tr(w.text()))
        elif isinstance(w, QGroupBox):
            w.setTitle(tr(w.title()))
        elif isinstance(w, QLineEdit):
            w.setPlaceholderText(tr(w.placeholderText()))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                w.setTabText(i, tr(w.tabText(i)))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                w.setItemText(i, tr(w.itemText(i)))
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            for i in range(header.columnCount()):
                header.setText(i, tr(header.text(i)))
        w.setToolTip(tr(w.toolTip()))
        w.setAccessibleName(tr(w.accessibleName()))
        w.setAccessibleDescription(tr(w.accessibleDescription()))


class WindowTranslator(QObject):
    """Translates each window, dialog and menu when it is shown (installed on the application
    only when the language is not English)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            translate_tree(watched)
        return False
