"""The OCR text pane with annotations: highlighted by kind, corrections marked, and the page read
as the original OCR, the corrected reading, or both (original struck through, replacement after).

Every position the pane hands out or takes stays in code points of the ORIGINAL text (what the
annotations store); :class:`ReadingMap` turns them into UTF-16 positions of what is displayed.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import cast

from PySide6 import QtGui
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from app.core.annotating.reading import CorrectedText
from app.core.annotating.records import AnnotationRecord
from app.core.annotating.vocabulary import CorrectionBody
from app.core.documents.queries import WordBox
from app.core.documents.search import match_spans
from app.ui.base.language import translate
from app.ui.base.menu_keys import keys_to_menus
from app.ui.base.plain_label import plain_tip
from app.ui.base.theme import colours
from app.ui.document.annotation_style import colour_of, text_background
from app.ui.document.ocr_text_pane import OcrTextPane, _Utf16

READINGS = ("original", "corrected", "both")
BOTH_ARROW = " → "  # between the struck original and its replacement in the "both" reading
MarkKey = tuple[int, int, str, str, str]  # span start, end, kind, status, colour


@dataclass(frozen=True)
class Piece:
    """A stretch of the displayed text and the original text it shows (``linear``: one to one)."""

    d_start: int
    d_end: int
    o_start: int
    o_end: int
    linear: bool


def build_display(text: str, reading: CorrectedText | None, mode: str) -> tuple[str, list[Piece]]:
    """The text to display and how it lines up with the original, for a reading ``mode``."""
    spans = reading.spans if reading is not None and mode != "original" else ()
    parts: list[str] = []
    pieces: list[Piece] = []
    d = o = 0

    def add(s: str, o_start: int, o_end: int, linear: bool) -> None:
        nonlocal d
        pieces.append(Piece(d, d + len(s), o_start, o_end, linear))
        parts.append(s)
        d += len(s)

    for s in spans:
        add(text[o : s.start], o, s.start, True)
        if mode == "both":
            add(text[s.start : s.end], s.start, s.end, True)
            add(BOTH_ARROW + s.replacement, s.end, s.end, False)
        else:
            add(s.replacement, s.start, s.end, False)
        o = s.end
    add(text[o:], o, len(text), True)
    return "".join(parts), pieces


class ReadingMap(_Utf16):
    """Original code points ↔ UTF-16 positions of the displayed text (the pane's ``_map``)."""

    def __init__(self, display: str, pieces: Sequence[Piece]) -> None:
        super().__init__(display)
        self.display_utf16 = _Utf16(display)  # (its own: from_qt of the base calls our to_qt)
        self._pieces = list(pieces)
        self._o_starts = [p.o_start for p in self._pieces]
        self._d_starts = [p.d_start for p in self._pieces]

    def to_display(self, cp: int) -> int:
        i = bisect_right(self._o_starts, cp) - 1
        while i > 0 and self._pieces[i].o_start == self._pieces[i].o_end:
            i -= 1  # an inserted replacement covers no original text
        p = self._pieces[max(i, 0)]
        if p.linear or cp <= p.o_start:
            return p.d_start + min(cp - p.o_start, p.d_end - p.d_start)
        return p.d_end if cp >= p.o_end else p.d_start

    def to_original(self, d: int) -> int:
        i = max(bisect_right(self._d_starts, d) - 1, 0)
        p = self._pieces[i]
        return p.o_start + min(d - p.d_start, p.o_end - p.o_start) if p.linear else p.o_start

    def original_span(self, d_start: int, d_end: int) -> tuple[int, int]:
        """The original text a displayed span shows: a replacement stands for what it replaced."""
        first = self._pieces[max(bisect_right(self._d_starts, d_start) - 1, 0)]
        last = self._pieces[max(bisect_right(self._d_starts, max(d_end - 1, d_start)) - 1, 0)]
        start = first.o_start + (d_start - first.d_start if first.linear else 0)
        end = last.o_start + (d_end - last.d_start) if last.linear else last.o_end
        return start, max(end, start)

    def to_qt(self, cp: int) -> int:
        return self.display_utf16.to_qt(self.to_display(cp))

    def from_qt(self, pos: int) -> int:
        return self.to_original(self.display_utf16.from_qt(pos))


def _format(record: AnnotationRecord, colour: QColor, mode: str, tip: str = "") -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(text_background(record, colour))
    if record.status == "proposed":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(colour)
    elif record.kind == "correction" and mode == "original":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(colour)
    if tip:
        fmt.setToolTip(tip)
    elif record.kind == "correction":
        fmt.setToolTip(plain_tip(cast(CorrectionBody, record.body).get("replacement", "")))
    return fmt  # (a redaction's words are struck once known withheld: set_redacted)


def rivals_note(
    record: AnnotationRecord, reading: CorrectedText | None, records: Sequence[AnnotationRecord]
) -> str:
    """For a correction of words that have more than one accepted correction (two people
    correcting the same word at once): which one the reading shows (the newest) and the others,
    each with its author; '' for any other annotation. The overridden are kept so that a
    person sees them (docs/annotations.md), and the reading had shown the newest silently."""
    rivals = reading.rivals(record.uuid) if reading and record.kind == "correction" else ()
    by_uuid = {r.uuid: r for r in records if r.uuid in rivals}
    if len(by_uuid) < 2:
        return ""

    def said(uuid: str) -> str:
        rec = by_uuid[uuid]
        text = cast(CorrectionBody, rec.body).get("replacement", "")
        who = rec.author or translate("Redline", "unknown")
        return translate("Redline", "“{text}” ({who})").format(text=text, who=who)

    shown, *hidden = [u for u in rivals if u in by_uuid]
    lines = [
        translate(
            "Redline",
            "These words have more than one accepted correction: the reading shows the "
            "newest, {correction}.",
        ).format(correction=said(shown))
    ]
    lines += [
        translate("Redline", "Also accepted, not shown: {correction}").format(correction=said(u))
        for u in hidden
    ]
    return "\n".join(lines)


def _as_html(text: str) -> str:
    """Plain ``text`` as a tooltip's rich text shows it (lines and spaces kept)."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


@dataclass(frozen=True)
class RedactedWords:
    """A span of the text (original code points) under a redaction: ``withheld`` from every
    publication (struck through), or under one that burns nothing (a proposal, one left
    visible: tinted only); ``tip``, what hovering it tells."""

    start: int
    end: int
    tip: str
    withheld: bool = True


def redacted_format(words: RedactedWords) -> QTextCharFormat:
    """Words withheld from publications struck through and tinted (as nothing else is: a struck
    word is one no publication shows); words under a redaction that burns nothing tinted."""
    fmt = QTextCharFormat()
    fmt.setFontStrikeOut(words.withheld)
    fmt.setBackground(colours().redacted)
    fmt.setToolTip(words.tip)
    return fmt


def joined(marks: Sequence[RedactedWords], text: str) -> list[RedactedWords]:
    """``marks`` with neighbours that say the same and lie only spaces apart made one (a line
    of words taken: one mark, one tooltip)."""
    out: list[RedactedWords] = []
    for m in sorted(marks, key=lambda m: (m.start, m.end)):
        last = out[-1] if out else None
        if (
            last is not None
            and (last.tip, last.withheld) == (m.tip, m.withheld)
            and m.start >= last.start
            and not text[last.end : m.start].strip()
        ):
            out[-1] = RedactedWords(last.start, max(last.end, m.end), m.tip, m.withheld)
        else:
            out.append(m)
    return out


class AnnotatedTextPane(OcrTextPane):
    """OcrTextPane plus annotations. ``menu_builder(menu, records_under_cursor)`` fills the
    context menu (the annotation actions live with whoever owns them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "original"
        self.records: list[AnnotationRecord] = []
        self.reading: CorrectedText | None = None
        self.tag_colours: dict[int, str] = {}
        self._corrections: list[QTextEdit.ExtraSelection] = []  # the reading's own marks
        # One selection per span and look (many annotations may share one), kept between
        # changes so that making one annotation builds one selection, not the page's hundreds.
        self._marks: dict[MarkKey, tuple[QTextEdit.ExtraSelection, set[str]]] = {}
        self._mark_of: dict[str, MarkKey] = {}
        self.menu_builder: Callable[[QMenu, list[AnnotationRecord]], None] | None = None
        # What hovering an annotation's words tells (set by whoever knows the tags' names).
        self.tooltip_of: Callable[[AnnotationRecord], str] | None = None
        self._redacted_words: list[RedactedWords] = []  # withheld, or under regions
        self._redacted: list[QTextEdit.ExtraSelection] = []
        # The text shown and its map, once a reading has been laid out (not before annotations).
        self._shown: tuple[str, ReadingMap] | None = None

    def set_page_text(self, text: str, words: Sequence[WordBox]) -> None:
        self.records, self.reading, self._corrections = [], None, []
        self._marks, self._mark_of = {}, {}
        self._shown = None
        self._redacted_words, self._redacted = [], []
        super().set_page_text(text, words)

    def set_annotations(
        self,
        records: Sequence[AnnotationRecord],
        reading: CorrectedText | None,
        tag_colours: dict[int, str],
    ) -> None:
        """Show a page's annotations (those anchored to its text) and its corrected reading."""
        self.records = [r for r in records if r.text is not None and not r.orphaned]
        self.reading = reading if reading is not None and reading.original == self.text else None
        self.tag_colours = tag_colours
        self._redisplay()

    def change_annotations(self, gone: Collection[str], added: Sequence[AnnotationRecord]) -> None:
        """Take out the annotations ``gone`` (uuids) and show ``added``, the reading unchanged
        (a correction changes the reading: :meth:`set_annotations` then)."""
        added = [r for r in added if r.text is not None and not r.orphaned]
        if gone:
            self.records = [r for r in self.records if r.uuid not in gone]
            for uuid in gone:
                self._unmark(uuid)
        self.records.extend(added)
        for r in added:
            self._mark(r)
        self._refresh()

    def set_mode(self, mode: str) -> None:
        """original | corrected | both."""
        self.mode = mode if mode in READINGS else "original"
        self._redisplay()

    def _redisplay(self) -> None:
        display, pieces = build_display(self.text, self.reading, self.mode)
        kept: tuple[int, int] | None = None
        if display != self.toPlainText():
            # where the person was, in the page's text, and the scroll: setting the text put
            # the cursor at the top (after each correction saved in a corrected reading the
            # next note landed on the page's first word)
            kept = (
                self._map.from_qt(self.textCursor().position()),
                self.verticalScrollBar().value(),
            )
            self.setPlainText(display)
        self._map = reading = ReadingMap(display, pieces)
        if kept is not None:
            cursor = self.textCursor()
            cursor.setPosition(min(reading.to_qt(kept[0]), len(self.toPlainText())))
            self.setTextCursor(cursor)
            self.verticalScrollBar().setValue(kept[1])
        self._shown = (display, reading)
        self._unplaced = [self._unplaced_mark(s, e) for s, e in self.unplaced_spans]
        utf16 = reading.display_utf16
        marks = [self._correction_mark(p, utf16) for p in pieces if self.mode != "original"]
        self._corrections = [m for m in marks if m is not None]
        self._marks, self._mark_of = {}, {}
        for r in self.records:
            self._mark(r)
        self._mark_redacted()
        # The search's matches, found again in the text as now shown (a corrected reading may
        # match where the OCR did not, and the old marks pointed into the text replaced).
        spans = self._mark_hits()
        self._refresh()
        if self.query:
            self.hits_changed.emit(spans)

    def _mark_hits(self) -> list[tuple[int, int]]:
        """The query's matches in the displayed reading; their spans in the original text."""
        if self.mode == "original" or self._shown is None:
            return super()._mark_hits()
        display, reading = self._shown
        found = match_spans(display, self.query) if self.query else []
        utf16, spans = reading.display_utf16, []
        self._hits, hit = [], colours().hit_text
        for start, end in found:
            c = self.textCursor()
            c.setPosition(utf16.to_qt(start))
            c.setPosition(utf16.to_qt(end), c.MoveMode.KeepAnchor)
            self._hits.append(self._selection(c, hit))
            spans.append(reading.original_span(start, end))
        return spans

    def _mark(self, r: AnnotationRecord) -> None:
        """Show ``r``'s span; the same span looking the same shares one selection."""
        assert r.text is not None
        colour = colour_of(r, self.tag_colours)
        key = (r.text.start, r.text.end, r.kind, r.status, colour.name())
        self._mark_of[r.uuid] = key
        if key in self._marks:
            self._marks[key][1].add(r.uuid)
            return
        sel = self._selection(self._cursor(r.text.start, r.text.end), QColor())
        tip = self.tooltip_of(r) if self.tooltip_of is not None else ""
        rivals = rivals_note(r, self.reading, self.records)
        if rivals:
            replacement = cast(CorrectionBody, r.body).get("replacement", "")
            tip = "\n".join((tip or replacement, rivals))
        sel.format = _format(r, colour, self.mode, plain_tip(tip) if rivals else tip)
        self._marks[key] = (sel, {r.uuid})

    def _unmark(self, uuid: str) -> None:
        key = self._mark_of.pop(uuid, None)
        if key is None:
            return
        uuids = self._marks[key][1]
        uuids.discard(uuid)
        if not uuids:
            del self._marks[key]

    def set_redacted(self, marks: Sequence[RedactedWords]) -> None:
        """Mark the words redactions withhold from publications, and those under a redaction
        drawn on the scan that burns nothing (original code points; the old marks go)."""
        self._redacted_words = joined(marks, self.text)
        self._mark_redacted()
        self._refresh()

    def _mark_redacted(self) -> None:
        self._redacted = []
        for words in self._redacted_words:
            sel = self._selection(self._cursor(words.start, words.end), QColor())
            sel.format = redacted_format(words)
            self._redacted.append(sel)

    def _correction_mark(self, p: Piece, utf16: _Utf16) -> QTextEdit.ExtraSelection | None:
        """In the corrected or both readings: replacements tinted, replaced originals struck
        (``utf16``: the displayed text's positions, one table for all the pieces)."""
        if p.linear and not (self.mode == "both" and self._is_replaced(p)):
            return None
        c = self.textCursor()
        c.setPosition(utf16.to_qt(p.d_start))
        c.setPosition(utf16.to_qt(p.d_end), c.MoveMode.KeepAnchor)
        sel = self._selection(c, colours().replacement)
        if p.linear:
            sel.format = QTextCharFormat()
            sel.format.setFontStrikeOut(True)
            sel.format.setForeground(colours().struck)
        return sel

    def _is_replaced(self, p: Piece) -> bool:
        spans = self.reading.spans if self.reading else ()
        return any(s.start == p.o_start and s.end == p.o_end for s in spans)

    def _refresh(self) -> None:
        marks = [sel for sel, _ in self._marks.values()]
        focus = [self._focus] if self._focus else []
        self.setExtraSelections(
            self._unplaced + self._corrections + self._redacted + marks + self._hits + focus
        )

    def _recolour(self) -> None:
        self._redisplay()  # every mark anew, in the colours of the scheme in use
        self._recolour_focus()
        self._refresh()

    def records_at(self, cp: int) -> list[AnnotationRecord]:
        """The annotations whose span holds code point ``cp`` (narrowest first)."""
        hits = [r for r in self.records if r.text and r.text.start <= cp < max(r.text.end, cp + 1)]
        return sorted(hits, key=lambda r: (r.text.end - r.text.start) if r.text else 0)

    def show_annotation(self, record: AnnotationRecord) -> None:
        """Mark an annotation's span and scroll it into view."""
        if record.text is None:
            self._focus = None
            self._refresh()
            return
        cursor = self._cursor(record.text.start, record.text.end)
        # Bold and underlined, no background of its own: the annotation's colour stays visible.
        self._focus = QTextEdit.ExtraSelection()
        self._focus.cursor = cursor
        self._focus.format = QTextCharFormat()
        self._focus.format.setFontWeight(QFont.Weight.Bold)
        self._focus.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        self._focus.format.setUnderlineColor(colours().chosen)
        # Only the caret moves: a selection's highlight would hide the annotation's own marks.
        self.setTextCursor(self._cursor(record.text.start, record.text.start))
        self.ensureCursorVisible()
        self._refresh()

    def viewportEvent(self, event: QEvent) -> bool:
        """Hovering shows the tooltip of the mark under the mouse (the narrowest, where marks
        overlap): a text edit shows only its document's own formats' tooltips, so an
        annotation's, kept in its extra selection, was never shown."""
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return super().viewportEvent(event)
        tip = self.tooltip_at(self.cursorForPosition(event.pos()).position())
        if tip:
            QToolTip.showText(event.globalPos(), tip, self.viewport())
        else:
            QToolTip.hideText()
            event.ignore()
        return True

    def tooltip_at(self, pos: int) -> str:
        """The tooltips of the marks holding Qt position ``pos``, the narrowest first (several
        annotations of the same words: a note and two corrections, each says its own), one
        under the other; '' when none has one."""
        found = sorted(
            (sel.cursor.selectionEnd() - sel.cursor.selectionStart(), i, sel.format.toolTip())
            for i, sel in enumerate(self.extraSelections())
            if sel.format.toolTip()
            and sel.cursor.selectionStart() <= pos < sel.cursor.selectionEnd()
        )
        tips = list(dict.fromkeys(tip for _, _, tip in found))
        if len(tips) < 2:
            return tips[0] if tips else ""
        return "<hr>".join(tip if QtGui.Qt.mightBeRichText(tip) else _as_html(tip) for tip in tips)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        keys_to_menus(menu)  # (R typed into it is the menu's, not Reject)
        if self.menu_builder is not None:
            cp = self._map.from_qt(self.cursorForPosition(event.pos()).position())
            self.menu_builder(menu, self.records_at(cp))
        menu.exec(event.globalPos())
