"""A draft kept of an annotation form open when Redline stopped (``drafts.py``), offered back
as the next window on that library opens: the form opened again on its page, filled in as it
was; dropped on asking; offered again next time if put off."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.annotating.page_content import PageContent
from app.core.ids import DocumentId
from app.ui.annotating.actions import AnnotationActions
from app.ui.annotating.drafts import Draft
from app.ui.annotating.editor import MAIN_FIELD
from app.ui.base.language import QT_TRANSLATE_NOOP, tr
from app.ui.document.annotation_style import KIND_NOUNS

TITLE = QT_TRANSLATE_NOOP("Redline", "Not saved when Redline stopped")
TEXT = QT_TRANSLATE_NOOP(
    "Redline",
    "Redline stopped while a {kind} was being typed on page {page} of “{document}”. It was not "
    "saved; what was typed is kept.",
)
OPEN_AGAIN = QT_TRANSLATE_NOOP("Redline", "Open it again")
DISCARD = QT_TRANSLATE_NOOP("Redline", "Discard it")
LATER = QT_TRANSLATE_NOOP("Redline", "Not now")
PAGE_GONE = QT_TRANSLATE_NOOP(
    "Redline", "The page that draft was typed on is no longer there; the draft is kept."
)
EXCERPT_MAX = 400  # characters of what was typed the question shows


class DraftOffer(QObject):
    """Offers ``actions``' library's draft, if there is one, in a question over ``parent``;
    ``open_document(document, page)`` shows the page the form was about."""

    def __init__(
        self,
        actions: AnnotationActions,
        open_document: Callable[[DocumentId, int], bool],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.actions, self.open_document, self.parent_widget = actions, open_document, parent
        self.box: QMessageBox | None = None  # the question, while it is asked
        self._waiting: Draft | None = None  # opened again once its page is read

    def offer(self) -> QMessageBox | None:
        """Ask what to do with the draft kept (not waited for: the question is window-modal);
        None when there is none, or the library takes no writes now (kept for later)."""
        if self.actions.lib.read_only:
            return None
        store = self.actions.draft_store()
        draft = store.load()
        if draft is None:
            return None
        text = tr(TEXT).format(
            kind=tr(KIND_NOUNS.get(draft.kind, draft.kind)), page=draft.page + 1,
            document=draft.title,
        )  # fmt: skip
        box = QMessageBox(QMessageBox.Icon.Question, tr(TITLE), text, parent=self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        typed = str(draft.fields.get(MAIN_FIELD.get(draft.kind, ""), ""))
        excerpt = typed if len(typed) <= EXCERPT_MAX else typed[:EXCERPT_MAX] + "…"
        box.setInformativeText(excerpt)
        again = box.addButton(tr(OPEN_AGAIN), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr(DISCARD), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(tr(LATER), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(again)
        box.setEscapeButton(later)

        def answered(_result: int) -> None:
            self.box = None
            clicked = box.clickedButton()
            if clicked is discard:
                store.drop()
            elif clicked is again:
                self.reopen(draft)
            box.deleteLater()

        box.finished.connect(answered)
        self.box = box
        box.open()
        return box

    def reopen(self, draft: Draft) -> None:
        """The form opened again on the page it was about, once that page is read."""
        view = self.actions.view
        summary = view.summary
        shown = summary is not None and summary.id == draft.document and view.index == draft.page
        if shown and view.page_text is not None:  # (shown and read already)
            QTimer.singleShot(0, lambda: self.actions.resume(draft))
            return
        self._waiting = draft
        view.page_read.connect(self._on_page_read)
        if not self.open_document(draft.document_id, draft.page):  # (it says why)
            self._stop_waiting()

    def _on_page_read(self, _content: PageContent) -> None:
        draft, page = self._waiting, self.actions.view.page
        self._stop_waiting()
        if draft is None:
            return
        if page is None or page.id != draft.page_id:
            self.actions.message.emit(tr(PAGE_GONE))
            return
        QTimer.singleShot(0, lambda: self.actions.resume(draft))  # (after the page's redraw)

    def _stop_waiting(self) -> None:
        if self._waiting is not None:
            self._waiting = None
            self.actions.view.page_read.disconnect(self._on_page_read)
