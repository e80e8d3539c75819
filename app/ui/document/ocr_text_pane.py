"""The OCR text of a page beside its scan, linked to the scan word by word.

Word spans are code points; QTextDocument counts UTF-16 units, so positions are converted when the
text holds characters outside the Basic Multilingual Plane.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app.core.documents.queries import WordBox
from app.core.documents.search import match_spans
from app.ui.base.language import QT_TRANSLATE_NOOP, tr
from app.ui.base.own_keys import own_keys
from app.ui.base.theme import colours

NO_TEXT = QT_TRANSLATE_NOOP(
    "Redline",
    "This page has no text yet: it is a scan without a text layer. "
    "Run OCR on it (the button above, or Tools › OCR this page) to read and search it.",
)
UNPLACED_TIP = QT_TRANSLATE_NOOP(
    "Redline", "Not found on the scan: this part of the attached text has no place on the page."
)


class _Utf16:
    """Code point ↔ UTF-16 offsets of one text (identity when every character is in the BMP)."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, cp: int) -> int:
        return cp + bisect_right(self._wide, cp - 1) if self._wide else cp

    def from_qt(self, pos: int) -> int:
        if not self._wide:
            return pos
        cp = pos
        while cp > 0 and self.to_qt(cp) > pos:
            cp -= 1
        return cp


def unplaced_spans(words: Sequence[WordBox]) -> list[tuple[int, int]]:
    """Code-point spans of runs of words without a box on a page whose other words have one:
    the parts of an attached (companion) text that alignment could not place on the scan. A
    text with no boxes at all (nothing placed) gives none: every word would be marked."""
    if not any(w.box is not None for w in words):
        return []
    spans: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None
    for w in sorted(words, key=lambda w: w.start):
        if w.box is None:
            run = (run[0] if run else w.start, w.end)
        elif run is not None:
            spans.append(run)
            run = None
    if run is not None:
        spans.append(run)
    return spans


CARET_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                        Qt.Key.Key_Home, Qt.Key.Key_End})  # fmt: skip
_CARET_HELD = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


def is_caret_key(event: QKeyEvent) -> bool:
    """An arrow, Home or End, alone or with Shift and/or Ctrl (a key that moves the caret or
    stretches the selection)."""
    held = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in CARET_KEYS and not held & ~_CARET_HELD


class OcrTextPane(QPlainTextEdit):
    """Read-only page text. Emits ``word_hovered(seq)`` and ``word_clicked(seq)``, and
    ``hits_changed(spans)`` when the search matches move because the text was shown anew (spans
    in code points of the page's text, as :meth:`set_query` returns them)."""

    word_hovered = Signal(int)
    word_clicked = Signal(int)
    hits_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # A caret the arrow keys move and Shift with them selects (read-only left only the
        # mouse): words to correct, tag or note are chosen from the keyboard too.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # The caret's keys are the text's while it has the focus: Left, Right, Home and End are
        # also the window's page keys (PgUp and PgDn still turn pages from here).
        own_keys(self, is_caret_key)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._words: list[WordBox] = []
        self._starts: list[int] = []
        self._map = _Utf16("")
        self._hovered: int | None = None
        self._focus: QTextEdit.ExtraSelection | None = None
        self._hits: list[QTextEdit.ExtraSelection] = []
        self.query = ""  # the search whose matches are tinted
        self._unplaced: list[QTextEdit.ExtraSelection] = []
        self.unplaced_spans: list[tuple[int, int]] = []
        self.text = ""

    def set_page_text(self, text: str, words: Sequence[WordBox]) -> None:
        """Show a page's text; an empty text shows why there is none."""
        self.text = text
        self._words = sorted(words, key=lambda w: w.start)
        self._starts = [w.start for w in self._words]
        self._map = _Utf16(text)
        self._hovered = None
        self._focus = None
        self.setPlaceholderText(tr(NO_TEXT) if not text.strip() else "")
        self.setPlainText(text)
        self.unplaced_spans = unplaced_spans(self._words)
        self._unplaced = [self._unplaced_mark(s, e) for s, e in self.unplaced_spans]
        self._mark_hits()
        self._refresh()

    def clear_page(self, message: str = "") -> None:
        self.set_page_text("", [])
        self.setPlaceholderText(message)
        # Qt repaints the pane whole only as the placeholder shows or hides, not as it changes:
        # a longer message after "Loading the text…" showed cut after its first line.
        self.viewport().update()

    def word_at_offset(self, cp: int) -> int | None:
        """The word whose span holds code point ``cp``."""
        i = bisect_right(self._starts, cp) - 1
        if i >= 0 and self._words[i].start <= cp < self._words[i].end:
            return self._words[i].seq
        return None

    def _word(self, seq: int) -> WordBox | None:
        return next((w for w in self._words if w.seq == seq), None)

    def select_word(self, seq: int) -> None:
        """Select word ``seq`` (clicked on the scan), mark it and scroll it into view."""
        w = self._word(seq)
        if w is None:
            return
        cursor = self._cursor(w.start, w.end)
        self._focus = self._selection(cursor, colours().focus_text)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._refresh()

    def selected_span(self) -> tuple[int, int]:
        c = self.textCursor()
        return self._map.from_qt(c.selectionStart()), self._map.from_qt(c.selectionEnd())

    def set_query(self, query: str) -> list[tuple[int, int]]:
        """Tint the matches of a search ``query`` in the text as shown (any reading), scroll to
        the first, and return them as code-point spans of the page's text ("" clears them)."""
        self.query = query
        spans = self._mark_hits()
        self._refresh()
        if self._hits:
            c = QTextCursor(self._hits[0].cursor)
            c.setPosition(c.selectionStart())
            self.setTextCursor(c)
            self.ensureCursorVisible()
        return spans

    def _mark_hits(self) -> list[tuple[int, int]]:
        """Build the tints of the query's matches; their spans in the page's text."""
        spans = match_spans(self.text, self.query) if self.query else []
        hit = colours().hit_text
        self._hits = [self._selection(self._cursor(s, e), hit) for s, e in spans]
        return spans

    def _cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor over ``start``–``end`` (code points), within the text shown: a span of the
        page to come, asked while the pane still says "Loading the text…", printed Qt's
        "QTextCursor::setPosition: Position '19' out of range"."""
        c = QTextCursor(self.document())
        last = max(0, self.document().characterCount() - 1)
        c.setPosition(min(self._map.to_qt(start), last))
        c.setPosition(min(self._map.to_qt(end), last), QTextCursor.MoveMode.KeepAnchor)
        return c

    @staticmethod
    def _selection(cursor: QTextCursor, colour: QColor) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        sel.format = fmt
        sel.cursor = cursor
        return sel

    def _unplaced_mark(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor(start, end)
        sel.format = QTextCharFormat()
        unplaced = colours().unplaced
        sel.format.setForeground(unplaced)
        sel.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        sel.format.setUnderlineColor(unplaced)
        sel.format.setToolTip(tr(UNPLACED_TIP))
        return sel

    def _refresh(self) -> None:
        focus = [self._focus] if self._focus else []
        self.setExtraSelections(self._unplaced + self._hits + focus)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()

    def _recolour(self) -> None:
        """Draw the tints again in the colours of the scheme now in use (light or dark)."""
        self._unplaced = [self._unplaced_mark(s, e) for s, e in self.unplaced_spans]
        self._mark_hits()
        self._recolour_focus()
        self._refresh()

    def _recolour_focus(self) -> None:
        fmt = self._focus.format if self._focus is not None else None
        if fmt is not None and fmt.hasProperty(QTextCharFormat.Property.BackgroundBrush):
            fmt.setBackground(colours().focus_text)
        if fmt is not None and fmt.hasProperty(QTextCharFormat.Property.TextUnderlineColor):
            fmt.setUnderlineColor(colours().chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if is_caret_key(event):  # the word at the caret is shown on the scan, as on hover
            seq = self.word_at_offset(self._map.from_qt(self.textCursor().position()))
            if seq is not None and seq != self._hovered:
                self._hovered = seq
                self.word_hovered.emit(seq)

    def _word_under(self, event: QMouseEvent) -> int | None:
        cursor = self.cursorForPosition(event.position().toPoint())
        return self.word_at_offset(self._map.from_qt(cursor.position()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() != Qt.MouseButton.NoButton:
            return
        seq = self._word_under(event)
        if seq is not None and seq != self._hovered:
            self._hovered = seq
            self.word_hovered.emit(seq)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            seq = self._word_under(event)
            if seq is not None:
                self.select_word(seq)
                self.word_clicked.emit(seq)
