"""The page's review status in the status bar: shown, set (with undo), and "next unreviewed page".

The status shown comes with the page's read; setting one is one short transaction on the GUI
thread, announced on the context's ``changed`` (as its undo and redo are), where the window
reloads the library table's progress column so the document's count follows.

The box is changed only through its open list (:class:`ChoiceOnlyCombo`): Shift+Tab from the
search box reached it, and a Down meant for a list set "Reviewed", saved at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.core.annotating.review import PageReview, next_unreviewed_page, set_page_status
from app.core.documents.review_status import PAGE_STATUSES, ReviewStatus
from app.core.errors import RedlineError
from app.ui.annotating.context import AnnotatingContext, Changes
from app.ui.annotating.undo_commands import ReviewCommand
from app.ui.base.focus_frame import focus_frame
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.base.plain_label import plain_label

STATUS_LABELS = {
    "unreviewed": QT_TRANSLATE_NOOP("Redline", "Unreviewed"),
    "in_progress": QT_TRANSLATE_NOOP("Redline", "In progress"),
    "reviewed": QT_TRANSLATE_NOOP("Redline", "Reviewed"),
}

# The keys that open a combo box's list (Qt's own: Space, F4, Alt+Down or Alt+Up); with the
# list open the arrows, Home, End and the letters choose in it and Enter sets the choice.
OPENING_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_F4, Qt.Key.Key_Select)
ALT_OPENING_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Up)


class ChoiceOnlyCombo(QComboBox):
    """A combo box set only from its open list: closed, it takes no arrow, Home, End, Page key
    or letter (each chose the next entry and set it) and no wheel (the pointer passing over
    the status bar's box scrolled the page's status); those go on to its parent. Its focus is
    framed as the panes' are: Fusion's thin outline was missed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # (not the wheel's focus either)
        self.frame = focus_frame(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key in OPENING_KEYS or (alt and key in ALT_OPENING_KEYS):
            super().keyPressEvent(event)
        else:
            event.ignore()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()


class ReviewBar(QWidget):
    """A combo box with the shown page's status."""

    def __init__(self, context: AnnotatingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ann = context
        self.lib, self.view = context.lib, context.view
        self.combo = ChoiceOnlyCombo()
        for status in PAGE_STATUSES:
            self.combo.addItem(STATUS_LABELS[status], status)
        self.who = plain_label()  # (a reviewer's name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QT_TRANSLATE_NOOP("Redline", "Page review:")))
        layout.addWidget(self.combo)
        layout.addWidget(self.who)
        self.combo.activated.connect(self._on_activated)
        context.changed.connect(self._on_changed)
        self.view.page_unread.connect(self._on_page_unread)
        self.setEnabled(False)

    def _on_page_unread(self, _page_id: int) -> None:
        """The page shown could not be read: its status is not known (the page before's was
        shown beside it, "Reviewed" for a page nobody had reviewed)."""
        self.setEnabled(False)
        self.combo.setCurrentIndex(-1)
        self.who.setText("")

    def _on_changed(self, changes: Changes) -> None:
        if changes.page is not None:
            self._show(changes.page.review)
        if changes.review is not None:
            self._show(changes.review)

    def _show(self, review: PageReview) -> None:
        if self.view.page is None or self.view.page.id != review.page_id:
            return  # the reviewer has flipped on
        self.setEnabled(True)
        self.combo.setCurrentIndex(PAGE_STATUSES.index(review.status))
        when = review.at.strftime("%Y-%m-%d %H:%M") if review.at else ""
        self.who.setText(f"{review.by}, {when}" if review.by else "")

    @property
    def status(self) -> str:
        return str(self.combo.currentData())

    def _on_activated(self, index: int) -> None:
        self.set_status(PAGE_STATUSES[index])

    def set_status(self, status: ReviewStatus) -> None:
        """Set the shown page's status (an undoable step)."""
        page = self.view.page
        if page is None or not self.ann.author.require():
            return
        try:
            change = set_page_status(self.lib, page.id, status, author=self.ann.author_name())
        except RedlineError as exc:
            self.ann.message.emit(say(exc))
            return
        self.ann.stack.push(
            ReviewCommand(
                self.lib,
                change,
                translate("Redline", "Mark page {page} {status}").format(
                    page=page.index + 1, status=tr(STATUS_LABELS[status]).lower()
                ),
                author=self.ann.author_name,
                done=self.ann.review_changed,
                failed=self.ann.step_failed,
            )
        )
        self.ann.review_changed(change)

    def next_unreviewed(self) -> bool:
        """Go to the next page not yet reviewed (from the start again at the end)."""
        page = self.view.page
        if page is None:
            return False
        target = next_unreviewed_page(self.lib, page.document_id, after_index=page.index)
        if target is None:
            self.ann.message.emit(translate("Redline", "Every page of this document is reviewed."))
            return False
        if target.page_index == page.index:  # (Ctrl+J did nothing and said nothing)
            self.ann.message.emit(
                translate("Redline", "This page is the only one of this document not reviewed.")
            )
            return False
        self.view.show_page(target.page_index)
        return True
