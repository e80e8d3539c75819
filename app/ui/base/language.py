"""The language of the window: German, French or English, following the system's or the one
chosen in Tools › Settings (``view/language``; a change applies at once: :func:`switch_language`).

Every string a person reads is a source string of Qt's translation, in one context,
:data:`CONTEXT`: literals through :func:`translate` (``QCoreApplication.translate``), constants
marked with ``QT_TRANSLATE_NOOP`` where they are defined. ``make`` extracts them with
``pyside6-lupdate`` into ``resources/translations/redline_<lang>.ts`` and builds the ``.qm``
catalogues with ``pyside6-lrelease``. At start :func:`install` loads the catalogue and Qt's own
(standard buttons, file dialogs) and, for the texts set from constants, translates every window
and menu as it is first shown (:class:`WindowTranslator`). English has a catalogue too: the plural
forms of the counted phrases (``%n``).

What the Qt-free core says (summaries, reports, errors) comes as :class:`app.core.wording.Message`
and is shown through :func:`say`, in the window's language.

A change of language while the window is open replaces the translators; every visible window is
walked again (:func:`translate_tree` keeps each text's English source, and finds it in the
catalogue of the language shown before for texts the code set already translated), and Qt's
``LanguageChange`` event lets the panes redo the texts they make from their state.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import partial
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
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from app.core.refusals import worded
from app.core.resources import resource_path
from app.core.wording import Message, english, render
from app.ui.base.file_dialog import follow_language

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
    # the fields a merge compares (app.core.exchange.merge_words.FIELDS) and the page reviews
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


def _lookup(message: Message) -> str:
    """A core message's template in the window's language, its count filled in by Qt (the
    English catalogue holds the English plural forms); without any catalogue loaded (a
    checkout ``make`` has not built) the core's own English."""
    if not _state.catalogue:
        return english(message)
    return QCoreApplication.translate(
        message.context, message.text, message.disambiguation, message.n
    )


def say(value: object) -> str:
    """What the core said, in the window's language: a :class:`~app.core.wording.Message`
    (or messages joined), an error carrying one, or any other value as ``str``. A refusal of
    the database layer to open a library (its English) is said in its worded form
    (:func:`app.core.refusals.worded`)."""
    if isinstance(value, BaseException):
        value = worded(value)
    return render(value, _lookup, QLocale().decimalPoint())


def catalogue(language: str, folder: Path | None = None, suffix: str = ".qm") -> Path:
    """Redline's compiled catalogue for ``language`` (built by ``make`` into resources/)."""
    name = f"redline_{language}{suffix}"
    return folder / name if folder is not None else resource_path("translations", name)


def qt_extra(language: str, folder: Path | None = None) -> Path:
    """Qt's strings that its own catalogue for ``language`` leaves in English (French: the
    file dialog's "Look in:", "Files of type:", "Folder"), built by ``make`` beside Redline's."""
    name = f"qt_extra_{language}.qm"
    return folder / name if folder is not None else resource_path("translations", name)


def system_language() -> str:
    """The first of the system's languages Redline is translated into, else English."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in TRANSLATED or code == "en":
            return code
    return "en"


class _State:
    """What :func:`install` added (for :func:`uninstall` and a live switch)."""

    def __init__(self) -> None:
        self.language = "en"
        self.catalogue = False  # a Redline catalogue is loaded (English too: its plural forms)
        self.objects: list[QObject] = []
        self.folder: Path | None = None


_state = _State()


def current() -> str:
    """The language the window shows now."""
    return _state.language


def install(app: QCoreApplication, chosen: str = "", folder: Path | None = None) -> str:
    """Load the catalogues for ``chosen`` ("" follows the system); the language shown. A missing
    catalogue (a checkout where ``make`` has not built them) leaves the window in English.
    Installing while another language is installed replaces it: the visible windows are
    retranslated (:func:`translate_tree`) and Qt sends every widget a ``LanguageChange`` event,
    on which the panes redo the texts they make from their state."""
    uninstall(app)
    language = chosen if chosen in LANGUAGES and chosen else system_language()
    if language not in TRANSLATED or not catalogue(language, folder).is_file():
        language = "en"
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    paths = [catalogue(language, folder)]
    if language != "en":  # (Qt's own, and what Qt's leaves in English: the file dialog's labels)
        paths[:0] = [Path(qt) / f"qtbase_{language}.qm", qt_extra(language, folder)]
    for path in paths:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _state.objects.append(translator)
            _state.catalogue = _state.catalogue or path.name.startswith("redline_")
    _state.language, _state.folder = language, folder
    QLocale.setDefault(QLocale(language))
    walker = WindowTranslator(app)
    app.installEventFilter(walker)
    _state.objects.append(walker)
    if language != "en":  # the windows already open (a live switch): their texts now
        _retranslate_open_windows()
    return language


def switch_language(chosen: str) -> str:
    """Change the window's language now (Tools › Settings): the catalogues of ``chosen`` ("" the
    system's) replace those loaded, and every open window, menu and pane follows."""
    app = QCoreApplication.instance()
    assert app is not None
    return install(app, chosen, _state.folder)


def uninstall(app: QCoreApplication) -> None:
    """Back to English (the tests switch languages in one process); the open windows follow."""
    was = _state.language
    while _state.objects:
        item = _state.objects.pop()
        if isinstance(item, QTranslator):
            app.removeTranslator(item)
        else:
            app.removeEventFilter(item)
        item.deleteLater()
    _state.language, _state.catalogue = "en", False
    QLocale.setDefault(QLocale(QLocale.Language.English))
    if was != "en":
        _sources.previous = was
        _retranslate_open_windows()


def _retranslate_open_windows() -> None:
    if isinstance(QCoreApplication.instance(), QApplication):
        for w in QApplication.topLevelWidgets():
            if w.isVisible():
                translate_tree(w)


class _Sources:
    """The English source of a text shown in another language: for the texts a widget was
    built with in the language then shown (``translate("Redline", "…")`` in the code), read
    from that language's catalogue (resources/translations/redline_<lang>.ts)."""

    def __init__(self) -> None:
        self.previous = "en"
        self.maps: dict[str, dict[str, str]] = {}

    def source(self, shown: str) -> str:
        for language in dict.fromkeys((self.previous, *TRANSLATED)):
            if language == "en":
                continue
            found = self._map(language).get(shown)
            if found is not None:
                return found
        return shown

    def _map(self, language: str) -> dict[str, str]:
        if language not in self.maps:
            self.maps[language] = reverse_catalogue(catalogue(language, None, ".ts"))
        return self.maps[language]


def reverse_catalogue(ts: Path) -> dict[str, str]:
    """translation → source of a .ts catalogue (none when it is missing)."""
    out: dict[str, str] = {}
    if not ts.is_file():
        return out
    for m in ET.parse(ts).iter("message"):
        t = m.find("translation")
        if t is not None and t.text and m.get("numerus") != "yes":
            out.setdefault(t.text, m.findtext("source") or "")
    return out


_sources = _Sources()


def _retext(obj: QObject, key: str, shown: str, setter: Callable[[str], object]) -> None:
    """Show ``obj``'s text ``key`` in the window's language, from its English source: kept from
    the last time (unless the code has set another text since), else found in the catalogues."""
    if not shown:
        return
    source, last = obj.property(f"rl_src_{key}"), obj.property(f"rl_shown_{key}")
    if not isinstance(source, str) or shown != last:
        source = _sources.source(shown)
    text = tr(source)
    if text != shown:
        setter(text)
    obj.setProperty(f"rl_src_{key}", source)
    obj.setProperty(f"rl_shown_{key}", text)


def translate_tree(root: QWidget) -> None:
    """Translate the texts a window's widgets were given from constants (window titles, menus
    and their entries, labels, buttons, group boxes, tabs, placeholders, tooltips and accessible
    names) into the window's language, from English or from the language shown before (each
    text's source is kept); a text that is no source string (a document's title) stays as it is."""
    for w in (root, *root.findChildren(QWidget)):
        if w.isWindow():
            _retext(w, "title", w.windowTitle(), w.setWindowTitle)
        for action in w.actions():
            _retext(action, "text", action.text(), action.setText)
            _retext(action, "tip", action.toolTip(), action.setToolTip)
        if isinstance(w, QMenu):
            _retext(w, "menu", w.title(), w.setTitle)
        elif isinstance(w, (QLabel, QAbstractButton)):
            _retext(w, "text", w.text(), w.setText)
        elif isinstance(w, QGroupBox):
            _retext(w, "group", w.title(), w.setTitle)
        elif isinstance(w, QLineEdit):
            _retext(w, "placeholder", w.placeholderText(), w.setPlaceholderText)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                _retext(w, f"tab{i}", w.tabText(i), partial(w.setTabText, i))
                _retext(w, f"tabtip{i}", w.tabToolTip(i), partial(w.setTabToolTip, i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                _retext(w, f"item{i}", w.itemText(i), partial(w.setItemText, i))
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            for i in range(header.columnCount()):
                _retext(w, f"head{i}", header.text(i), partial(header.setText, i))
        _retext(w, "tip", w.toolTip(), w.setToolTip)
        _retext(w, "name", w.accessibleName(), w.setAccessibleName)
        _retext(w, "description", w.accessibleDescription(), w.setAccessibleDescription)


class WindowTranslator(QObject):
    """Translates each window, dialog and menu when it is shown; Qt's file dialog writes its
    sizes and dates in the window's language too (:func:`app.ui.base.file_dialog.follow_language`:
    Qt's own follow the system's locale)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            translate_tree(watched)
            if isinstance(watched, QFileDialog):
                follow_language(watched)
        return False
