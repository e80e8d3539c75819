"""What the main window remembers between runs (its settings): its geometry, checked against the
screens there are now; the splitters; the zoom, the side tab, the annotation list's filters and
the library table's columns; and where the person is reading, noted as each page is shown so that
a start after a crash reopens it too, not only one after Quit."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

from app.core.ids import DocumentId
from app.core.library import Library, display_url
from app.ui.annotating.list_pane import AnnotationListPane
from app.ui.base import settings as S
from app.ui.document.document_view import DocumentView
from app.ui.document.doubtful_pane import DoubtfulPane
from app.ui.library.library_pane import LibraryPane
from app.ui.library.search_pane import SearchPane
from app.ui.window.geometry import default_geometry, fits_screens
from app.ui.window.panes import Panes
from app.ui.window.side_panel import SidePanel
from db.location import is_server_url


class Window(Protocol):
    """What is remembered of the main window (which this module does not import)."""

    lib: Library
    settings: S.Settings
    document_id: DocumentId | None
    splitter: QSplitter
    side: SidePanel
    panes: Panes
    document_view: DocumentView
    library_pane: LibraryPane
    search_pane: SearchPane
    doubtful_pane: DoubtfulPane
    annotation_list: AnnotationListPane

    def saveGeometry(self) -> QByteArray: ...
    def restoreGeometry(self, geometry: QByteArray | bytes) -> bool: ...
    def setGeometry(self, rect: QRect) -> None: ...
    def geometry(self) -> QRect: ...
    def isMaximized(self) -> bool: ...
    def isFullScreen(self) -> bool: ...


class Remembered:
    """The main window's remembered state: restored once its panes are made, saved on close."""

    def __init__(self, window: Window) -> None:
        self.window, self.settings = window, window.settings

    def restore(self) -> None:
        w = self.window
        self._restore_view()
        geometry = self.settings.get(S.GEOMETRY)
        if geometry.isEmpty() or not w.restoreGeometry(geometry) or not self._on_screen():
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                w.setGeometry(default_geometry(screen.availableGeometry()))
        for setting, splitter in (
            (S.MAIN_SPLITTER, w.splitter),
            (S.DOCUMENT_SPLITTER, w.document_view.splitter),
        ):
            state = self.settings.get(setting)
            if not state.isEmpty():
                splitter.restoreState(state)
        w.panes.apply()  # (what fits, and the scan's share, once the window is shown)

    def save(self) -> None:
        self.note_layout()
        self.note_reading()
        self._save_view()
        self.settings.sync()

    def note_layout(self) -> None:
        """The window's geometry and its splitters (QSettings writes them to disk from the event
        loop): saved only at close, a killed process reopened at the default size."""
        layout = self.window.panes.normal_layout()  # (in the reading mode, the one before it)
        self.settings.set(S.GEOMETRY, layout.geometry)
        self.settings.set(S.MAIN_SPLITTER, layout.main)
        self.settings.set(S.DOCUMENT_SPLITTER, layout.view)

    def note_reading(self) -> None:
        """Where the person is reading (QSettings writes it to disk from the event loop)."""
        w = self.window
        self.settings.set(S.LAST_LIBRARY, self.library_key())
        self.settings.set(S.LAST_DOCUMENT, int(w.document_id or 0))
        self.settings.set(S.LAST_PAGE, w.document_view.index)

    def last_reading(self) -> tuple[DocumentId, int] | None:
        """The document and page shown when a window last closed, if that window was on this
        library."""
        library = self.settings.get(S.LAST_LIBRARY)
        if is_server_url(library):  # (kept escaped by an earlier Redline: ?host=%2Frun…)
            library = display_url(library)
        if library and library != self.library_key():
            return None
        last = self.settings.get(S.LAST_DOCUMENT)
        return (DocumentId(last), self.settings.get(S.LAST_PAGE)) if last else None

    def library_key(self) -> str:
        """How the settings name this library: its folder, or its address (no password)."""
        lib = self.window.lib
        return lib.location if lib.on_server else str(lib.root.resolve())

    def _on_screen(self) -> bool:
        """The restored geometry is on one of the screens there are now, and not squashed."""
        w = self.window
        screens = [s.availableGeometry() for s in QGuiApplication.screens()]
        return w.isMaximized() or w.isFullScreen() or fits_screens(w.geometry(), screens)

    def _side_tabs(self) -> dict[str, QWidget]:
        w = self.window
        return {
            "library": w.library_pane,
            "search": w.search_pane,
            "doubtful": w.doubtful_pane,
            "annotations": w.annotation_list,
        }

    def _restore_view(self) -> None:
        """The zoom (a fit, or a zoom chosen by hand) and the side tab of last time."""
        w = self.window
        pv = w.document_view.page_view
        fit = self.settings.get(S.ZOOM_FIT)
        if fit in ("width", "page"):
            pv.fit_mode = fit
        else:
            pv.set_zoom(self.settings.get(S.ZOOM))
        tab = self._side_tabs().get(self.settings.get(S.SIDE_TAB))
        if tab is not None:
            w.side.setCurrentWidget(tab)
        w.annotation_list.restore_filters(self.settings.get(S.ANNOTATION_FILTERS))
        w.library_pane.restore_columns(self.settings.get(S.LIBRARY_COLUMNS))

    def note_zoom(self) -> None:
        """The zoom, a fit or one chosen by hand (QSettings writes it to disk from the event
        loop): saved only at close, it was lost when the process was killed."""
        pv = self.window.document_view.page_view
        self.settings.set(S.ZOOM_FIT, pv.fit_mode or "")
        self.settings.set(S.ZOOM, pv.zoom)

    def _save_view(self) -> None:
        w = self.window
        self.note_zoom()
        current = w.side.currentWidget()
        names = [name for name, tab in self._side_tabs().items() if tab is current]
        if names:
            self.settings.set(S.SIDE_TAB, names[0])
        self.settings.set(S.ANNOTATION_FILTERS, w.annotation_list.filters_state())
        self.settings.set(S.LIBRARY_COLUMNS, w.library_pane.columns_state())
