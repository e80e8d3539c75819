"""The doubtful-word queue of the open document (``app.core.ocr.doubtful``): words Tesseract was
unsure of, or where an attached companion text reads them otherwise. Choosing one (or F7, "next
doubtful word") emits ``word_chosen(page_index, seq)``; the window then shows that word in both
panes.

The queue reads every word of the document (100,000 in a 500-page one), so it is read when it is
wanted, not on every document opened: when the tab is shown, or on F7. Read on each open, it
held the database worker, and Python's lock, after every first page painted.

A word a person has corrected is checked: it leaves the list (the count says how many left it)
and F7 passes it by. A correction made, changed or undone re-reads the corrected words of its
page only (:meth:`DoubtfulPane.corrections_changed`), not the document."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import wording
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, say, translate
from app.ui.base.own_keys import own_keys
from app.ui.base.plain_label import plain_label, plain_tip
from app.ui.base.server_wait import ReadWords, ServerWait
from app.ui.base.watched_reads import WatchedReads
from app.ui.base.workers import TaskRunner
from app.ui.base.wrapped_check import WrappedCheckBox

if TYPE_CHECKING:
    from app.core.ocr.doubtful import DoubtfulWord, Position
    from app.ui.document.document_view import DocumentView


def item_text(word: DoubtfulWord) -> str:
    parts = [
        translate("Redline", "p. {page}").format(page=word.page_index + 1),
        translate("Redline", "“{word}”").format(word=word.text),
    ]
    if word.confidence is not None:
        confidence = f"{word.confidence:.0f}"
        parts.append(translate("Redline", "confidence {value}").format(value=confidence))
    if word.other_reading is not None:
        parts.append(
            translate("Redline", "the attached text reads “{reading}”").format(
                reading=word.other_reading
            )
        )
    return " · ".join(parts)


DOUBTFUL_READ = ReadWords(
    QT_TRANSLATE_NOOP("Redline", "Waiting for the doubtful words"),
    QT_TRANSLATE_NOOP(
        "Redline",
        "The library's server is not answering; the doubtful words have not been read yet.",
    ),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Stop waiting for the doubtful words (Esc): their read is cancelled on the library's "
        "server.",
    ),
    QT_TRANSLATE_NOOP("Redline", "The doubtful words were not read."),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Redline stopped waiting for the server holding {location}; the doubtful words were not "
        "read.",
    ),
    QT_TRANSLATE_NOOP("Redline", "Read the document's doubtful words again."),
)


T = TypeVar("T")


class DoubtfulPane(QWidget):
    """The list of doubtful words; :meth:`next_word` steps through it in reading order."""

    word_chosen = Signal(int, int)  # page index, word seq

    def __init__(
        self,
        lib: Library,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        threshold: float | None = None,
    ) -> None:
        """``threshold``: the OCR confidence below which a word is doubtful (None: the queue's
        default). The queue's module (alignment: numpy, rapidfuzz) is imported by the first
        list, not when the window starts."""
        super().__init__(parent)
        self.lib, self.runner, self.threshold = lib, runner, threshold
        self.document_id: DocumentId | None = None
        self.words: list[DoubtfulWord] = []  # those listed
        self.all_words: list[DoubtfulWord] = []  # corrected ones too
        self.stale = False  # the document's words are not read yet (or changed since)
        self._then: list[Callable[[], None]] = []  # what waits for them
        self._loading = False  # the document's words are being read
        self._corrected_pages: set[PageId] = set()  # corrections changed during that read
        # The word last chosen: F7 goes on after it when a correction took it out of the list.
        self._position: Position | None = None
        self.summary = plain_label(QT_TRANSLATE_NOOP("Redline", "No document open."))
        # (its text wraps: the side panel may be narrower than it is long, in German all the more)
        self.words_only_row = WrappedCheckBox(
            QT_TRANSLATE_NOOP("Redline", "Hide lone punctuation marks")
        )
        self.words_only = self.words_only_row.box
        self.words_only.setChecked(True)
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        own_keys(self.list)  # (End: its last row, not the document's last page)
        # Cut with "…" at the pane's edge, the whole word in its tooltip (it scrolled sideways).
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        named(
            self.list,
            QT_TRANSLATE_NOOP("Redline", "Doubtful words"),
            QT_TRANSLATE_NOOP(
                "Redline",
                "Words the OCR was least sure of. Enter shows the word on the scan and in the "
                "text.",
            ),
        )
        named(
            self,
            QT_TRANSLATE_NOOP("Redline", "Doubtful words"),
            QT_TRANSLATE_NOOP(
                "Redline", "The document's words below the OCR confidence threshold."
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.words_only_row)
        layout.addWidget(self.list, 1)  # (the bar under it as tall as its words)
        self.server_wait = ServerWait(DOUBTFUL_READ)
        layout.addWidget(self.server_wait)  # (under the words it reads)
        self.reads = WatchedReads(runner, self)
        self.reads.attach(self.server_wait, self._load, (self.list,))
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemClicked.connect(self._on_item_activated)
        self.words_only.toggled.connect(self._on_words_only_toggled)

    def set_document(self, doc_id: DocumentId | None, *, force: bool = False) -> None:
        """List the doubtful words of ``doc_id``: read on the worker now if the list is on
        screen, else when it is shown or :meth:`when_read` asks; same document: no-op."""
        if doc_id == self.document_id and not force:
            return
        self.document_id = doc_id
        self._then.clear()
        self._corrected_pages.clear()
        self._position = None
        if doc_id is None:
            self.stale = False
            self._fill([])
            return
        self.stale = True
        if self.isVisible():
            self._load()
        else:
            self.summary.setText(
                translate("Redline", "The doubtful words are read when this tab is shown.")
            )

    def when_read(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the open document's words are read (at once if they are)."""
        if not self.stale:
            then()
            return
        self._then.append(then)
        if len(self._then) == 1:
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale and not self._then:
            self._load()

    def _load(self) -> None:
        doc_id = self.document_id
        if doc_id is None:
            return
        self.summary.setText(translate("Redline", "Looking for doubtful words…"))
        self._loading = True
        self._submit(doc_id, lambda: self._read(doc_id), lambda w: self._on_loaded(doc_id, w))

    def _submit(self, doc_id: DocumentId, read: Callable[[], T], done: Callable[[T], None]) -> None:
        """``read`` on the database worker, ``done`` with what it read; failed or given up, the
        list says why (:meth:`_not_read`)."""
        self.reads.submit(
            read,
            done,
            lambda exc: self._not_read(
                doc_id,
                translate("Redline", "Cannot list doubtful words: {reason}").format(
                    reason=say(exc)
                ),
            ),
            stopped=lambda: self._not_read(doc_id, self.server_wait.given_up(self.lib.location)),
        )

    def _not_read(self, doc_id: DocumentId, said: str) -> None:
        """The words were not read (failed, or given up): said, and F7 pressed meanwhile
        forgotten (it waited for them; the next F7 reads them again)."""
        if doc_id == self.document_id:
            self.summary.setText(said)
            self._then.clear()
            self._loading = False
            self._corrected_pages.clear()  # (the next read reads them as they are)

    def _read(self, doc_id: DocumentId) -> list[DoubtfulWord]:
        from app.core.ocr import doubtful

        threshold = doubtful.DEFAULT_THRESHOLD if self.threshold is None else self.threshold
        return doubtful.document_doubtful_words(self.lib, doc_id, threshold=threshold)

    def _on_loaded(self, doc_id: DocumentId, words: list[DoubtfulWord]) -> None:
        if doc_id != self.document_id:
            return
        self.stale = self._loading = False
        self._fill(words)
        if self._corrected_pages:  # (a correction changed while they were read: read it again)
            pages, self._corrected_pages = self._corrected_pages, set()
            self.corrections_changed(pages)
        waiting, self._then = self._then, []
        for then in waiting:
            then()

    def corrections_changed(self, page_ids: Iterable[PageId]) -> None:
        """A correction was made, changed, deleted or undone on these pages: their corrected
        words read again (on the worker), the list and its count following."""
        doc_id = self.document_id
        if doc_id is None:
            return
        if self._loading:  # (the words being read may be those from before the change)
            self._corrected_pages.update(page_ids)
            return
        if self.stale:
            return  # (read as they are when they are wanted)
        pages = {w.page_id for w in self.all_words} & set(page_ids)
        if not pages:
            return

        def read() -> dict[PageId, dict[int, str]]:
            from app.core.ocr.doubtful import page_corrected_words

            return {page: page_corrected_words(self.lib, page) for page in pages}

        self._submit(doc_id, read, lambda fixed: self._on_corrections_read(doc_id, fixed))

    def _on_corrections_read(self, doc_id: DocumentId, fixed: dict[PageId, dict[int, str]]) -> None:
        if doc_id != self.document_id or self.stale:
            return
        words = [
            replace(w, corrected=fixed[w.page_id].get(w.seq)) if w.page_id in fixed else w
            for w in self.all_words
        ]
        if words != self.all_words:
            self._fill(words)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.all_words:
            self._fill(self.all_words)  # the entries and the count, in the new language

    def _on_words_only_toggled(self, _checked: bool) -> None:
        self._fill(self.all_words)

    def _fill(self, words: list[DoubtfulWord]) -> None:
        """List ``words`` less those corrected (and lone punctuation unless asked), the word
        chosen still chosen where it is still listed."""
        from app.core.ocr.doubtful import is_word, to_check

        at = self._position = self.current_position()
        self.all_words = words
        listed = words if not self.words_only.isChecked() else [w for w in words if is_word(w)]
        corrected = len(listed) - len(listed := to_check(listed))
        self.words = listed
        self.list.clear()
        for i, w in enumerate(listed):
            item = QListWidgetItem(item_text(w))
            item.setToolTip(plain_tip(item.text()))  # (whole, where a narrow pane elides it)
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.list.addItem(item)
        row = next((i for i, w in enumerate(listed) if (w.page_index, w.seq) == at), None)
        if row is not None:
            self.list.setCurrentRow(row)
        self.summary.setText(self._summary(listed, corrected))

    def _summary(self, listed: list[DoubtfulWord], corrected: int) -> str:
        if self.document_id is None:
            return translate("Redline", "No document open.")
        left_out = wording.translate("Redline", "%n corrected words are no longer listed.").counted(
            corrected, one="%n corrected word is no longer listed."
        )
        if not listed:
            if corrected:
                return say(
                    wording.translate("Redline", "No doubtful words left: {corrected}").format(
                        corrected=left_out
                    )
                )
            return translate("Redline", "No doubtful words.")
        pages = len({w.page_index for w in listed})
        found = wording.translate("Redline", "%n doubtful words").counted(
            len(listed), one="%n doubtful word"
        )
        on = wording.translate("Redline", "%n pages").counted(pages, one="%n page")
        said = wording.translate("Redline", "{found} on {pages}. F7: next doubtful word.").format(
            found=found, pages=on
        )
        return say(wording.joined(" ", [said, left_out]) if corrected else said)

    def next_word(self, after: Position | None) -> DoubtfulWord | None:
        """Choose the first doubtful word after ``after`` (wrapping to the start); None if none."""
        if not self.words:
            return None
        from app.core.ocr.doubtful import next_doubtful

        i = next_doubtful(self.words, after)
        i = 0 if i is None else i
        self._choose(i)
        return self.words[i]

    def current_position(self) -> Position | None:
        """The word chosen (page index, seq): the list's selected one, or the one last chosen
        where a correction has taken it out of the list since. (Not the list's current row
        alone: the focus coming back to the list makes its first row current, unselected, and
        F7 then went on from there.)"""
        row = self.list.currentRow()
        item = self.list.item(row) if 0 <= row < len(self.words) else None
        if item is not None and item.isSelected():
            return (self.words[row].page_index, self.words[row].seq)
        return self._position

    def _choose(self, row: int) -> None:
        self.list.setCurrentRow(row)
        w = self.words[row]
        self._position = (w.page_index, w.seq)
        self.word_chosen.emit(w.page_index, w.seq)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self._choose(int(item.data(Qt.ItemDataRole.UserRole)))


class WordJump(QObject):
    """Shows a word in both panes of a document view (selected in the text, outlined on the scan)
    as soon as its page's text is on screen: at once if it already is, else when the page
    settles."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self.pending: tuple[int, int] | None = None  # (page id, word seq)
        view.settled.connect(self._on_settled)

    def go(self, page_index: int, seq: int) -> None:
        view = self.view
        if view.summary is None or not 0 <= page_index < view.page_count:
            return
        self.pending = (int(view.summary.pages[page_index].id), seq)
        if view.index != page_index:
            view.show_page(page_index)
        self._on_settled()

    def _on_settled(self) -> None:
        text, pending = self.view.page_text, self.pending
        if pending is None or text is None or int(text.page_id) != pending[0]:
            return
        self.pending = None
        self.view.text_pane.select_word(pending[1])
        self.view.page_view.focus_word(pending[1])
