"""What every annotating pane shares, and nothing more: the library, the database worker, the
undo stack, who is annotating, the document view, the settings, the window that owns their
dialogs, and two signals, ``message(text)`` for the status bar and ``changed()`` after every
change, undo or redo.

The window makes one and hands it to each pane (the page's annotations and their actions, the
review bar, the tag manager, the history dialog), so no pane reaches into another for these.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.core.library import Library
from app.ui.base import settings as S
from app.ui.base.author import AuthorSource
from app.ui.base.workers import TaskRunner
from app.ui.document.document_view import DocumentView


class AnnotatingContext(QObject):
    """One per window. ``author`` asks for the person's name the first time it is needed."""

    message = Signal(str)  # a line for the status bar (an error, or what an action did)
    changed = Signal()  # annotations or tags changed: a change, an undo or a redo

    def __init__(
        self,
        lib: Library,
        db: TaskRunner,
        view: DocumentView,
        settings: S.Settings,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.lib, self.db, self.view, self.window = lib, db, view, window
        self.settings = settings
        self.stack = QUndoStack(self)
        self.author = AuthorSource(settings, window)

    def author_name(self) -> str:
        """Who the change log names: the person's name, or "unknown" before they gave one."""
        return self.author.name or "unknown"
