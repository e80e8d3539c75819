"""What every annotating pane shares, and nothing more: the library, the database worker, the
undo stack, who is annotating, the document view, the settings, the window that owns their
dialogs, and two signals: ``message(text)`` for the status bar, and ``changed(Changes)``, the one
signal every pane redraws from.

Anki's way: each step (a change made here, its undo, its redo) hands what the service returned to
:meth:`AnnotatingContext.annotations_changed` (or the tag and review variants), which emits it as
:class:`Changes`, and each pane redraws only what those name; a page read whole (a flip, new
text) comes the same way. The window makes one context and hands it to each pane (the page's
annotations and their actions, the list, the review bar, the tag manager), so no pane reaches
into another for these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.core.annotating.page_content import PageContent
from app.core.annotating.records import AnnotationChange
from app.core.annotating.review import PageReview, ReviewChange
from app.core.annotating.snapshots import RowChange, tables_of
from app.core.annotating.tag_store import TagChange, TagNode, list_tags
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.base.author import AuthorSource
from app.ui.base.workers import TaskRunner
from app.ui.document.document_view import DocumentView


@dataclass(frozen=True)
class Changes:
    """What changed, for each pane to redraw only that (Anki's ``OpChanges``)."""

    annotations: tuple[AnnotationChange, ...] = ()  # as the service returned them
    tags: tuple[TagNode, ...] | None = None  # the tag tree, after a step that changed it
    review: PageReview | None = None  # a page's review status, after a step that set it
    page: PageContent | None = None  # the page shown, read whole (a flip, new text)
    # rows written whole (a merge, its undo or redo, a conflict decided): any annotation, tag
    # or page review may have changed; the page shown is read again and comes as ``page``
    rows: Sequence[RowChange] = ()  # (a merge's: RowChanges, not copied)


class AnnotatingContext(QObject):
    """One per window. ``author`` asks for the person's name the first time it is needed."""

    message = Signal(str)  # a line for the status bar (an error, or what an action did)
    changed = Signal(object)  # Changes: a step, its undo or redo, or the page shown read whole

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
        view.page_read.connect(self._on_page_read)

    def author_name(self) -> str:
        """Who the change log names: the person's name, or "unknown" before they gave one."""
        return self.author.name or "unknown"

    # -- the one change signal: each step, its undo and its redo come through here ---------------

    def annotations_changed(self, changes: Sequence[AnnotationChange]) -> None:
        self.changed.emit(Changes(annotations=tuple(changes)))

    def tags_changed(self, change: TagChange) -> None:
        """A tag step: the annotations it changed, and the tree as it left it (read here once
        for every pane: names and colours are drawn wherever a tag is used)."""
        self.changed.emit(Changes(change.annotations, tags=tuple(list_tags(self.lib))))

    def review_changed(self, change: ReviewChange) -> None:
        self.changed.emit(Changes(review=change.after))

    def rows_changed(self, rows: Sequence[RowChange]) -> None:
        """A merge, its undo or redo, or a conflict decided: the rows it wrote, with the tag
        tree as it left them; the page shown is read again (its read comes as a page)."""
        tags = tuple(list_tags(self.lib)) if "tags" in tables_of(rows) else None
        self.changed.emit(Changes(tags=tags, rows=rows))
        self.view.read_again()

    def step_failed(self, message: str) -> None:
        """An undo or redo that could not be replayed (what it would change has changed since):
        say so, and read the page shown again, as what it shows may no longer be so."""
        self.message.emit(message)
        self.view.read_again()

    def _on_page_read(self, content: PageContent) -> None:
        self.changed.emit(Changes(page=content))
