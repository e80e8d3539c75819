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

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from app.core.annotating.page_content import PageContent
from app.core.annotating.records import AnnotationChange
from app.core.annotating.review import PageReview, ReviewChange
from app.core.annotating.snapshots import RowChange, tables_of
from app.core.annotating.tag_store import TagChange, TagNode, list_tags
from app.core.library import Library
from app.ui.annotating.undo_commands import Skippable
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

    def step_failed(
        self, message: str, kept: QUndoCommand | None = None, forward: bool = True
    ) -> None:
        """An undo or redo that could not be replayed: say so. One that can no longer be (what
        it would change has changed since): read the page shown again, as what it shows may no
        longer be so. One ``kept`` to be tried again (a full disk, a server away: nothing was
        changed): put it back where it was on the stack once the stack has moved past it."""
        self.message.emit(message)
        if kept is None:
            self.view.read_again()
            return
        if self._moved_past(kept, forward):  # (a merge's undo on the worker, back after it)
            QTimer.singleShot(0, lambda: self._put_back(kept, forward))
            return

        # Once the stack has moved (not before: on a team library a step's calls are awaited
        # with the window's events running, so a timer set now could fire inside the step),
        # and out of the stack's own signal.
        def moved(_index: int) -> None:
            self.stack.indexChanged.disconnect(moved)
            QTimer.singleShot(0, lambda: self._put_back(kept, forward))

        self.stack.indexChanged.connect(moved)

    def _moved_past(self, step: QUndoCommand, forward: bool) -> bool:
        """Whether the stack stands just past ``step``, as if it had been replayed (a redo:
        it is the last step done; an undo: the next to redo)."""
        index = self.stack.index()
        if forward:
            return index > 0 and self.stack.command(index - 1) is step
        return index < self.stack.count() and self.stack.command(index) is step

    def _put_back(self, step: QUndoCommand, forward: bool) -> None:
        """The stack moved past ``step`` as if it had been replayed: move it back, the step
        passing its replay over (unless something else moved the stack meanwhile)."""
        if not isinstance(step, Skippable) or not self._moved_past(step, forward):
            return
        step.skip_once()
        if forward:
            self.stack.undo()
        else:
            self.stack.redo()

    def _on_page_read(self, content: PageContent) -> None:
        self.changed.emit(Changes(page=content))
