"""The side panel's tabs and the order F6 steps through the window's panes: the tab shown, then
the thumbnails, the scan and the text. Each tab's name and tooltip are said in the window's
language; the settings name the tabs by their keys."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from app.ui.base.language import QT_TRANSLATE_NOOP
from app.ui.window.focus import Pane

if TYPE_CHECKING:
    from app.ui.annotating.list_pane import AnnotationListPane
    from app.ui.document.document_view import DocumentView
    from app.ui.document.doubtful_pane import DoubtfulPane
    from app.ui.library.library_pane import LibraryPane
    from app.ui.library.search_pane import SearchPane
    from app.ui.window.side_panel import SidePanel

# The side panel's tabs (name, what it holds: its tooltip), as the settings name them.
SIDE_TABS = {
    "library": (
        QT_TRANSLATE_NOOP("Redline", "Library"),
        QT_TRANSLATE_NOOP("Redline", "The documents of the library: filter, sort and open them"),
    ),
    "search": (
        QT_TRANSLATE_NOOP("Redline", "Search"),
        QT_TRANSLATE_NOOP("Redline", "Search the text of every document (Ctrl+F)"),
    ),
    "doubtful": (
        QT_TRANSLATE_NOOP("Redline", "Doubtful words"),
        QT_TRANSLATE_NOOP("Redline", "The words the OCR was least sure of in this document"),
    ),
    "annotations": (
        QT_TRANSLATE_NOOP("Redline", "Annotations"),
        QT_TRANSLATE_NOOP(
            "Redline", "Every annotation and proposal of this document, to filter and review"
        ),
    ),
}


def panes_in_order(
    side_panel: SidePanel,
    lp: LibraryPane,
    search: SearchPane,
    doubtful: DoubtfulPane,
    annotations: AnnotationListPane,
    dv: DocumentView,
) -> list[Pane]:
    """The panes F6 steps through, and F1 finds the help page of: the side panel (the tab
    shown), thumbnails, scan, text."""
    side = {
        lp: Pane("library", QT_TRANSLATE_NOOP("Redline", "Library"), lp, lp.table),
        search: Pane("search", QT_TRANSLATE_NOOP("Redline", "Search"), search, search.query),
        doubtful: Pane(
            "doubtful", QT_TRANSLATE_NOOP("Redline", "Doubtful words"), doubtful, doubtful.list
        ),
        annotations: Pane(
            "annotations",
            QT_TRANSLATE_NOOP("Redline", "Annotations"),
            annotations,
            annotations.table,
        ),
    }
    current = side.get(side_panel.currentWidget())
    if current is not None:  # (its tab on the bar is the pane's too)
        current = replace(current, handle=side_panel.tabBar())
    return [
        *([current] if current is not None else []),
        Pane(
            "thumbnails", QT_TRANSLATE_NOOP("Redline", "Thumbnails"), dv.thumbnails, dv.thumbnails
        ),
        Pane("scan", QT_TRANSLATE_NOOP("Redline", "Scan"), dv.page_view, dv.page_view),
        Pane("text", QT_TRANSLATE_NOOP("Redline", "Text"), dv.text_side, dv.text_pane),
    ]
