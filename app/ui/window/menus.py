"""The main window's File, View, Go, Tools and Help menus: one table of entries (menu, text, what
it runs, its keys), in the order they show. The Edit, Annotate and Review menus are annotating's
(``app/ui/annotating/menus.py``); the recent libraries (File), the colour scheme and the panes
(View) add their own entries to the menus made here. The work of each entry lives in the window
or in its dialog's module, loaded when first used."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from app.ui.base.language import QT_TRANSLATE_NOOP
from app.ui.base.lazy import lazy_module
from app.ui.document.document_view import DocumentView
from app.ui.tools.host import ToolHost
from app.ui.window.focus import FocusCycle

if TYPE_CHECKING:
    from app.ui.tools import (
        about_dialog,
        detect_dialog,
        export_start,
        metadata_dialog,
        ocr_dialog,
        settings_dialog,
    )
else:  # The dialogs load the exporters, OCR and detection (lxml, numpy, Pillow): none is needed
    # to start. Imported when first used.
    about_dialog = lazy_module("app.ui.tools.about_dialog")
    detect_dialog = lazy_module("app.ui.tools.detect_dialog")
    export_start = lazy_module("app.ui.tools.export_start")
    metadata_dialog = lazy_module("app.ui.tools.metadata_dialog")
    ocr_dialog = lazy_module("app.ui.tools.ocr_dialog")
    settings_dialog = lazy_module("app.ui.tools.settings_dialog")

FILE = QT_TRANSLATE_NOOP("Redline", "&File")
# (named by the empty library's hint too)
IMPORT_FILES = QT_TRANSLATE_NOOP("Redline", "&Import files…")
VIEW = QT_TRANSLATE_NOOP("Redline", "&View")
GO = QT_TRANSLATE_NOOP("Redline", "&Go")
TOOLS = QT_TRANSLATE_NOOP("Redline", "&Tools")
HELP = QT_TRANSLATE_NOOP("Redline", "&Help")
WORD_BOXES = QT_TRANSLATE_NOOP("Redline", "Show word &boxes")
SEPARATOR = ""  # an entry with this text is a separator


class MenuHost(ToolHost, Protocol):
    """What the entries run: the window's (the main window; this module imports it not)."""

    document_view: DocumentView
    focus_cycle: FocusCycle

    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def on_import_files(self) -> None: ...
    def on_import_folder(self) -> None: ...
    def on_find(self) -> None: ...
    def import_annotations(self) -> object: ...
    def on_word_boxes(self) -> None: ...
    def on_go_to_page(self) -> None: ...
    def step_document(self, step: int) -> None: ...
    def on_next_doubtful(self) -> None: ...
    def on_help(self) -> None: ...
    def on_shortcuts(self) -> None: ...
    def on_log_folder(self) -> None: ...


Key = str | QKeySequence.StandardKey
Entry = tuple[str, str, Callable[..., object] | None, tuple[Key, ...]]


def _entries(w: MenuHost) -> list[Entry]:
    """Every entry, menu by menu, in the order shown (texts translated when shown)."""
    dv, pv = w.document_view, w.document_view.page_view
    K = QKeySequence.StandardKey
    return [
        (FILE, IMPORT_FILES, w.on_import_files, (K.Open,)),
        (
            FILE,
            QT_TRANSLATE_NOOP("Redline", "Import &folder…"),
            w.on_import_folder,
            ("Ctrl+Shift+O",),
        ),
        (FILE, QT_TRANSLATE_NOOP("Redline", "Fin&d…"), w.on_find, (K.Find,)),
        (
            FILE,
            QT_TRANSLATE_NOOP("Redline", "&Export…"),
            lambda: export_start.open_export(w),
            ("Ctrl+E",),
        ),
        (FILE, QT_TRANSLATE_NOOP("Redline", "Import &annotations…"), w.import_annotations, ()),
        (FILE, QT_TRANSLATE_NOOP("Redline", "&Quit"), w.close, (K.Quit,)),
        (VIEW, QT_TRANSLATE_NOOP("Redline", "Zoom &in"), pv.zoom_in, (K.ZoomIn, "Ctrl+=")),
        (VIEW, QT_TRANSLATE_NOOP("Redline", "Zoom &out"), pv.zoom_out, (K.ZoomOut,)),
        (VIEW, QT_TRANSLATE_NOOP("Redline", "Fit &width"), pv.fit_width, ("Ctrl+1",)),
        (VIEW, QT_TRANSLATE_NOOP("Redline", "Fit &page"), pv.fit_page, ("Ctrl+0",)),
        (VIEW, QT_TRANSLATE_NOOP("Redline", "&Rotate view"), pv.turn, ("Ctrl+R",)),
        (VIEW, WORD_BOXES, w.on_word_boxes, ("Ctrl+B",)),
        (GO, QT_TRANSLATE_NOOP("Redline", "&Next page"), dv.next_page, ("PgDown", "Right")),
        (GO, QT_TRANSLATE_NOOP("Redline", "&Previous page"), dv.previous_page, ("PgUp", "Left")),
        (GO, QT_TRANSLATE_NOOP("Redline", "&First page"), dv.first_page, ("Home",)),
        (GO, QT_TRANSLATE_NOOP("Redline", "&Last page"), dv.last_page, ("End",)),
        (GO, QT_TRANSLATE_NOOP("Redline", "&Go to page…"), w.on_go_to_page, ("Ctrl+G",)),
        (
            GO,
            QT_TRANSLATE_NOOP("Redline", "Next &document"),
            lambda: w.step_document(1),
            ("Ctrl+PgDown",),
        ),
        (
            GO,
            QT_TRANSLATE_NOOP("Redline", "Previous d&ocument"),
            lambda: w.step_document(-1),
            ("Ctrl+PgUp",),
        ),
        (GO, SEPARATOR, None, ()),
        (GO, QT_TRANSLATE_NOOP("Redline", "Next p&ane"), lambda: w.focus_cycle.next(), ("F6",)),
        (
            GO,
            QT_TRANSLATE_NOOP("Redline", "Previous pan&e"),
            lambda: w.focus_cycle.previous(),
            ("Shift+F6",),
        ),
        (GO, QT_TRANSLATE_NOOP("Redline", "Next dou&btful word"), w.on_next_doubtful, ("F7",)),
        (
            TOOLS,
            QT_TRANSLATE_NOOP("Redline", "OCR this &page"),
            lambda: ocr_dialog.ocr_in(w, "page"),
            (),
        ),
        (
            TOOLS,
            QT_TRANSLATE_NOOP("Redline", "OCR this &document"),
            lambda: ocr_dialog.ocr_in(w, "document"),
            (),
        ),
        (
            TOOLS,
            QT_TRANSLATE_NOOP("Redline", "OCR pages without text in the &library"),
            lambda: ocr_dialog.ocr_in(w, "library"),
            (),
        ),
        (
            TOOLS,
            QT_TRANSLATE_NOOP("Redline", "&Attach OCR text…"),
            lambda: ocr_dialog.attach_text(w),
            (),
        ),
        (
            TOOLS,
            QT_TRANSLATE_NOOP("Redline", "Detect &markings in this document"),
            lambda: detect_dialog.detect_in(w, False),
            (),
        ),
        (
            TOOLS,
            QT_TRANSLATE_NOOP("Redline", "Detect markings in the li&brary"),
            lambda: detect_dialog.detect_in(w, True),
            (),
        ),
        (
            TOOLS,
            QT_TRANSLATE_NOOP("Redline", "Document m&etadata…"),
            lambda: metadata_dialog.edit_metadata(w),
            (),
        ),
        (
            TOOLS,
            QT_TRANSLATE_NOOP("Redline", "&Settings…"),
            lambda: settings_dialog.edit_settings(w),
            ("Ctrl+,",),
        ),
        (HELP, QT_TRANSLATE_NOOP("Redline", "Redline &help"), w.on_help, ("F1",)),
        (
            HELP,
            QT_TRANSLATE_NOOP("Redline", "&Keyboard shortcuts"),
            w.on_shortcuts,
            ("Ctrl+?", "Ctrl+/"),
        ),
        (HELP, QT_TRANSLATE_NOOP("Redline", "Show the &log folder"), w.on_log_folder, ()),
        (
            HELP,
            QT_TRANSLATE_NOOP("Redline", "&About Redline"),
            lambda: about_dialog.show_about(w.window()),
            (),
        ),
    ]


def build_menus(w: MenuHost) -> tuple[dict[str, QMenu], dict[str, QAction]]:
    """The window's menus (by their English titles) on its menu bar, and their actions (by
    their English texts)."""
    bar = w.menuBar()
    menus = {title: bar.addMenu(title) for title in (FILE, VIEW, GO, TOOLS, HELP)}
    actions: dict[str, QAction] = {}
    for menu, text, run, keys in _entries(w):
        if run is None:
            menus[menu].addSeparator()
            continue
        action = QAction(text, w.window())
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _=False, run=run: run())
        menus[menu].addAction(action)
        actions[text] = action
    return menus, actions
