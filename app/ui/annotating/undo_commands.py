"""Undo commands: one per user action, each making exactly one call into the Qt-free service
each way (orange-canvas-core's habit). The service call that made the change has already run when
a command is pushed, so the first ``redo`` (QUndoStack.push calls it) does nothing.

Undo and redo hand what the service returns to ``done``, as the first action handed its own
change: every step is drawn by the same path, from what it changed (the context's ``changed``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from app.core.annotating.annotation_rows import StaleChangeError, apply_changes, revert_changes
from app.core.annotating.conflicts import replay_rows
from app.core.annotating.records import AnnotationChange
from app.core.annotating.review import ReviewChange, set_page_review
from app.core.annotating.snapshots import RowChange, StaleRowsError
from app.core.annotating.tag_store import (
    StaleTagError,
    TagChange,
    apply_tag_change,
    revert_tag_change,
)
from app.core.errors import RedlineError
from app.core.library import Library
from app.ui.base.language import translate
from app.ui.base.workers import TaskRunner

MERGE_CORRECTION = 4_001  # QUndoCommand.id() of live correction edits, merged into one step

C = TypeVar("C")  # what the service returns for a step (and takes to replay it)
Author = Callable[[], str]
# A step that could not be replayed, in words; with the step and the way it went when it stays
# on the stack to be tried again (a full disk, a server away), else it can no longer be.
Failed = Callable[..., None]
STALE = (StaleChangeError, StaleRowsError, StaleTagError)  # what it would change was changed


class Skippable:
    """A step the stack is made to pass over once without replaying it: a first redo (the
    action has run), and the move that puts a step that failed back where it was."""

    _skip = False

    def skip_once(self) -> None:
        self._skip = True

    def _skipped(self) -> bool:
        skip, self._skip = self._skip, False
        return skip


class _ServiceCommand(Skippable, QUndoCommand, Generic[C]):
    """Shared constructor, first-redo skip and error handling: a stale step becomes obsolete,
    not a crash; one that failed for a reason that may pass (a full disk, a server away, a
    read-only library) stays on the stack where it was (``kept``), to be tried again: until
    2026-12-07 every failure made it obsolete, so a note whose undo met a full disk could not
    be undone once space was freed. Subclasses define ``_replay``, which returns what the
    service changed."""

    kept = False  # its last replay failed and it stays to be tried again

    def __init__(
        self,
        lib: Library,
        change: C,
        text: str,
        *,
        author: Author,
        done: Callable[[C], None],
        failed: Failed,
    ) -> None:
        super().__init__(text)
        self.lib, self.change = lib, change
        self._author, self._done, self._failed = author, done, failed
        self.skip_once()  # (the action made the change; push's redo is not to make it again)

    def _replay(self, forward: bool) -> C:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._skipped():
            self._run(True)

    def undo(self) -> None:
        if not self._skipped():
            self._run(False)

    def _run(self, forward: bool) -> None:
        try:
            changed = self._replay(forward)
        except RedlineError as exc:
            self._failure(forward, exc)
            return
        self.kept = False
        self._done(changed)

    def _failure(self, forward: bool, exc: BaseException) -> None:
        if isinstance(exc, STALE):
            self.setObsolete(True)
            self._failed(_cannot(forward, self.text(), exc))
        else:
            self.kept = True
            self._failed(_cannot(forward, self.text(), exc), self, forward)


class AnnotationCommand(_ServiceCommand[list[AnnotationChange]]):
    """Annotation changes (one or many, e.g. accept all): apply_changes / revert_changes."""

    def __init__(
        self,
        lib: Library,
        changes: Sequence[AnnotationChange],
        text: str,
        *,
        author: Author,
        done: Callable[[list[AnnotationChange]], None],
        failed: Failed,
        merge_id: int = -1,
    ) -> None:
        super().__init__(lib, list(changes), text, author=author, done=done, failed=failed)
        self._merge_id = merge_id

    def _replay(self, forward: bool) -> list[AnnotationChange]:
        replay = apply_changes if forward else revert_changes
        return replay(self.lib, self.change, author=self._author())

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in a correction: successive edits of one annotation become one undo step."""
        if not isinstance(other, AnnotationCommand) or other.id() != self.id():
            return False
        if len(self.change) != 1 or len(other.change) != 1:
            return False
        if self.change[0].uuid != other.change[0].uuid:
            return False
        self.change = [self.change[0].followed_by(other.change[0])]
        return True


class TagCommand(_ServiceCommand[TagChange]):
    """A tag action (create, rename, recolour, nest, merge, delete)."""

    def _replay(self, forward: bool) -> TagChange:
        replay = apply_tag_change if forward else revert_tag_change
        return replay(self.lib, self.change, author=self._author())


class ReviewCommand(_ServiceCommand[ReviewChange]):
    """A page review status change."""

    def _replay(self, forward: bool) -> ReviewChange:
        state = self.change.after if forward else self.change.before
        action = "redo" if forward else "undo"
        return set_page_review(self.lib, state, author=self._author(), action=action)


class StepGroup(Skippable, QUndoCommand):
    """Several service steps as one undo step (a new tag and its first use): redone in their
    order, undone in reverse; the first that can no longer be replayed stops the rest (and makes
    the group obsolete: it has said why). One that failed for a reason that may pass has the
    steps before it in this pass put back, and the group stays where it was on the stack, as a
    step alone does."""

    def __init__(self, text: str, steps: Sequence[_ServiceCommand[Any]]) -> None:
        super().__init__(text)
        self.steps = list(steps)  # (held here: Python owns them, not a C++ parent)
        for step in self.steps:  # (a step kept is the group kept: the stack holds the group)
            step._failed = partial(self._step_failed, step._failed)

    def _step_failed(
        self, failed: Failed, message: str, kept: object = None, forward: bool = True
    ) -> None:
        if kept is None:
            failed(message)
        else:
            failed(message, self, forward)

    def redo(self) -> None:
        if not self._skipped():
            self._run(self.steps, forward=True)

    def undo(self) -> None:
        if not self._skipped():
            self._run(list(reversed(self.steps)), forward=False)

    def _run(self, steps: Sequence[_ServiceCommand[Any]], *, forward: bool) -> None:
        done: list[_ServiceCommand[Any]] = []
        for step in steps:
            step.redo() if forward else step.undo()  # (a first redo passes over: it ran)
            if step.isObsolete():
                self.setObsolete(True)
                return
            if step.kept:  # (put back what this pass did: the group is tried again whole)
                for back in reversed(done):
                    back.undo() if forward else back.redo()
                return
            done.append(step)


class RowsCommand(_ServiceCommand[Sequence[RowChange]]):
    """A merge (Edit › Undo Import annotations) or a person's decision of a conflict: the rows
    it changed, put back as they were or again (values, revisions and conflicts alike).

    A large merge is put back on the database worker (``runner``): thousands of rows take
    seconds, which the GUI thread must not wait out; the panes redraw when it is done."""

    LARGE = 1000  # rows

    def __init__(
        self,
        lib: Library,
        rows: Sequence[RowChange],
        text: str,
        *,
        author: Author,
        done: Callable[[Sequence[RowChange]], None],
        failed: Failed,
        runner: TaskRunner | None = None,
    ) -> None:
        # (kept as given: a merge's are RowChanges, out of the cyclic collector's sight)
        super().__init__(lib, rows, text, author=author, done=done, failed=failed)
        self.runner = runner

    def _run(self, forward: bool) -> None:
        if self.runner is None or len(self.change) < self.LARGE:
            super()._run(forward)
            return
        author = self._author()
        rows, lib = self.change, self.lib
        self.runner.submit(
            lambda: replay_rows(lib, rows, forward=forward, author=author),
            lambda _result: self._replayed(rows),
            lambda exc: self._on_failed(forward, exc),
        )

    def _replayed(self, rows: Sequence[RowChange]) -> None:
        self.kept = False
        self._done(rows)

    def _on_failed(self, forward: bool, exc: BaseException) -> None:
        """Back from the worker, after the stack has moved past the step: as a step replayed
        on the window's thread, it is dropped if stale, else kept where it was to be tried
        again (the context puts it back at once: the stack has moved). Until 2026-12-08 it was
        dropped whatever the failure: a merge whose undo met a server away could not be
        undone once it answered."""
        if isinstance(exc, RedlineError):
            self._failure(forward, exc)
        else:  # (a fault of the program's: not to be tried again)
            self.setObsolete(True)
            self._failed(_cannot(forward, self.text(), exc))

    def _replay(self, forward: bool) -> Sequence[RowChange]:
        replay_rows(self.lib, self.change, forward=forward, author=self._author())
        return self.change


def _cannot(forward: bool, step: str, exc: BaseException) -> str:
    if isinstance(exc, STALE):  # (in words, with
        # the step it is about: a tag or an annotation named by itself says little)
        stale = (
            translate(
                "Redline",
                "Cannot redo “{step}”: what it changes was changed since, by another reviewer "
                "or in another window; nothing was changed.",
            )
            if forward
            else translate(
                "Redline",
                "Cannot undo “{step}”: what it changed was changed since, by another reviewer "
                "or in another window; nothing was changed.",
            )
        )
        return stale.format(step=step)
    said = (
        translate("Redline", "Cannot redo “{step}”: {error}")
        if forward
        else translate("Redline", "Cannot undo “{step}”: {error}")
    )
    return said.format(step=step, error=exc)
