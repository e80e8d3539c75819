"""The open page's annotations as shown: taken from the page's read, drawn in the text pane and on
the scan, redrawn from each change, and brought into view when chosen.

Every change comes through the context's one ``changed`` signal: a page read whole (a flip) is
drawn whole; a step made here, its undo and its redo are drawn from what the service returned
for them, and only that is redrawn (one note among a page's hundreds), never the page read
again. :class:`~app.ui.annotating.actions.AnnotationActions` makes the changes.
"""

from __future__ import annotations

from bisect import insort_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

from app.core.annotating import annotation_listing
from app.core.annotating.locate import spans_in_region
from app.core.annotating.page_content import PageContent
from app.core.annotating.reading import CorrectedText, corrected_reading
from app.core.annotating.records import (
    AnnotationChange,
    AnnotationRecord,
    page_delta,
    reading_order,
)
from app.core.annotating.tag_store import TagNode
from app.core.annotating.vocabulary import CorrectionBody, burns_in
from app.core.errors import RedlineError
from app.core.ids import PageId
from app.ui.annotating.context import AnnotatingContext, Changes
from app.ui.annotating.overlay import AnnotationOverlay, RegionDrawer, Shape, WordSpans, shapes_for
from app.ui.base import settings as S
from app.ui.base.language import QT_TRANSLATE_NOOP, say, translate
from app.ui.base.workers import report_failure
from app.ui.document.annotated_text_pane import RedactedWords
from app.ui.document.annotation_style import describe, tag_maps, tooltip

if TYPE_CHECKING:
    from app.core.exchange.page_withheld import By, PageWithheld
    from app.core.library import Library

OVERRIDDEN = QT_TRANSLATE_NOOP(
    "Redline",
    "{who}'s correction “{theirs}” now overrides yours, “{yours}”, of the same words: the "
    "reading shows the newest. Both are kept: hover the words to see them, reject one to settle "
    "it.",
)


WITHHELD = (
    QT_TRANSLATE_NOOP("Redline", "Withheld from publications by the redaction “{redaction}”"),
    QT_TRANSLATE_NOOP("Redline", "Withheld from publications by the redactions “{redaction}”"),
)
BURNED = (
    QT_TRANSLATE_NOOP(
        "Redline",
        "Burned into publications with the redaction “{redaction}”: the words a box touches are "
        "withheld whole",
    ),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Burned into publications with the redactions “{redaction}”: the words a box touches "
        "are withheld whole",
    ),
)
WITHHELD_UNREAD = QT_TRANSLATE_NOOP(
    "Redline", "Cannot tell what the page's redactions withhold from publications"
)


def _read_withheld(lib: Library, page: PageId) -> PageWithheld:
    """What the page's redactions withhold (on the database worker)."""
    from app.core.exchange.page_withheld import read_withheld  # (numpy: not at the start)

    return read_withheld(lib, page)


def _unburned_tip(record: AnnotationRecord) -> str:
    """What the words under a redaction that burns nothing tell."""
    if record.status == "proposed":
        return translate(
            "Redline", "Under a proposed redaction: published until the redaction is accepted"
        )
    return translate("Redline", "Under a redaction left visible: published")


class PageAnnotations(QObject):
    """The page's annotations, drawn; ``chosen(uuid)`` when one is brought into view."""

    chosen = Signal(str)

    def __init__(self, context: AnnotatingContext) -> None:
        super().__init__(context)
        self.context = context
        view = context.view
        self.lib, self.view, self.message = context.lib, view, context.message
        self.overlay = AnnotationOverlay()
        view.page_view.scene().addItem(self.overlay)
        self.drawer = RegionDrawer(view.page_view, self.overlay)
        self.records: list[AnnotationRecord] = []  # the page's, in reading order
        self.reading: CorrectedText | None = None
        self.tags: list[TagNode] = []
        self.tag_colours: dict[int, str] = {}
        self.tag_names: dict[int, str] = {}
        self.current: str | None = None
        self._pending: str | None = None  # shown once its page is read
        self._page: PageId | None = None  # whose annotations ``records`` are
        self._word_spans: WordSpans | None = None
        # What the page's redactions withhold from publications, as last read (its page's), and
        # how many such reads were asked for (an answer not to the last is not drawn).
        self.withheld: PageWithheld | None = None
        self._withheld_asked = 0
        view.text_pane.set_mode(context.settings.get(S.TEXT_READING))
        view.page_changed.connect(self._on_page_changed)
        context.changed.connect(self._on_changed)
        self.drawer.annotation_clicked.connect(self._on_annotation_clicked)
        view.page_view.colours_changed.connect(self._on_colours_changed)
        self.drawer.tooltip_of = view.text_pane.tooltip_of = self.tooltip

    # -- following changes ----------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if any(
            c.uuid == self.current and (c.after is None or c.after.deleted)
            for c in changes.annotations
        ):  # the chosen one is gone (deleted, or its making undone): nothing is chosen now
            self.current = None
        if changes.page is not None:
            self._show_page(changes.page)
        if changes.tags is not None:
            self._set_tags(changes.tags)
        if changes.annotations:
            self._show_changes(changes.annotations, whole=changes.tags is not None)
        elif changes.tags is not None and self._drawn():
            self._draw()  # a tag's name or colour is drawn wherever the tag is used

    def _drawn(self) -> bool:
        """The page's annotations are drawn and can be redrawn: not while the page shown is
        read again (a merge refreshes the window so), whose read brings the tags and draws."""
        return self._page is not None and self.view.page_text is not None

    def _on_colours_changed(self) -> None:
        """Light or dark: the scan's shapes in the new colours (the text pane redraws its own)."""
        if self._page is not None:
            self.overlay.set_shapes(self._shapes(self.records))
            self.overlay.set_selected(self.current)

    def _show_page(self, content: PageContent) -> None:
        before = self.reading if self._page == content.page_id else None  # (a refresh)
        self.records, self.reading = list(content.annotations), content.reading
        self._page = content.page_id
        if before is not None:
            self._tell_overridden(before, content.reading)
        self._set_tags(content.tags)
        self._draw()
        if self._pending is not None:
            uuid, self._pending = self._pending, None
            self.show_annotation(uuid)

    def _tell_overridden(self, before: CorrectedText, after: CorrectedText) -> None:
        """Say when a page read again brings another reviewer's correction that overrides one
        of this person's (two corrections of the same words, accepted: the reading shows the
        newest, and their window had changed it without a word)."""
        me = self.context.author_name()
        records = {r.uuid: r for r in self.records}
        for hidden, by in set(after.overrides) - set(before.overrides):
            mine, theirs = records.get(hidden), records.get(by)
            if mine is None or theirs is None or mine.author != me or theirs.author == me:
                continue
            self.message.emit(
                translate("Redline", OVERRIDDEN).format(
                    who=theirs.author or translate("Redline", "unknown"),
                    theirs=cast(CorrectionBody, theirs.body).get("replacement", ""),
                    yours=cast(CorrectionBody, mine.body).get("replacement", ""),
                )
            )

    def _set_tags(self, tags: Sequence[TagNode]) -> None:
        self.tags = list(tags)
        self.tag_colours, self.tag_names = tag_maps(self.tags)

    def _draw(self) -> None:
        """Draw ``self.records`` whole in both panes."""
        self.view.text_pane.set_annotations(
            self._on_layer(self.records), self.reading, self.tag_colours
        )
        self._mark_redacted()
        self.overlay.set_shapes(self._shapes(self.records))
        self.overlay.set_selected(self.current)

    def tooltip(self, record: AnnotationRecord) -> str:
        return tooltip(record, self.tag_names)

    def _mark_redacted(self) -> None:
        """The words the page's redactions withhold from every publication, struck through in
        the text and, where a box takes more than it holds (a word it clips, whole), drawn on
        the scan beyond it: read on the database worker as the publications read them
        (:func:`~app.core.exchange.page_withheld.read_withheld`), the last read's marks kept
        meanwhile. At once, the words under a redaction drawn on the scan that burns nothing (a
        proposal, one left visible), tinted, saying so."""
        page = self._page
        self._withheld_asked += 1  # (an answer under way is not drawn)
        if page is None or not any(
            r.kind == "redaction" and burns_in(r.status, r.body) for r in self.records
        ):  # nothing burns in: nothing to read (nor numpy to import, for most pages)
            self.withheld = None
            self._draw_withheld()
            return
        self._draw_withheld()
        asked, lib = self._withheld_asked, self.lib
        self.context.db.submit(
            lambda: _read_withheld(lib, page),
            lambda found: self._on_withheld(asked, found),
            report_failure(self.message.emit, translate("Redline", WITHHELD_UNREAD)),
            wanted=lambda: asked == self._withheld_asked,
        )

    def _on_withheld(self, asked: int, found: PageWithheld) -> None:
        if asked == self._withheld_asked and found.page_id == self._page:
            self.withheld = found
            self._draw_withheld()

    def _draw_withheld(self) -> None:
        text = self.view.page_text
        words = text.words if text is not None else ()
        marks = [
            RedactedWords(start, end, _unburned_tip(r), withheld=False)
            for r in self.records
            if r.kind == "redaction" and r.status != "rejected" and r.region is not None
            and (r.text is None or r.orphaned) and not burns_in(r.status, r.body)
            for start, end in spans_in_region(words, r.region)
        ]  # fmt: skip
        grown: list[tuple[tuple[float, float, float, float], str]] = []
        found = self.withheld
        if found is not None and found.page_id == self._page and text is not None:
            if found.layer_id == text.layer_id:
                marks += [RedactedWords(s, e, self._said(by, WITHHELD)) for s, e, by in found.spans]
            grown = [(box, self._said(by, BURNED)) for box, by in found.grown]
        self.view.text_pane.set_redacted(marks)
        self.view.page_view.set_withheld(grown)

    def _said(self, by: By, sentence: tuple[str, str]) -> str:
        """``sentence`` (one redaction, several) naming the redactions ``by`` as the list does."""
        named = [describe(r, self.tag_names) for r in self.records if r.uuid in by]
        one, several = sentence
        return translate("Redline", one if len(named) < 2 else several).format(
            redaction="; ".join(named) or translate("Redline", "unknown")
        )

    def _show_changes(self, changes: Sequence[AnnotationChange], *, whole: bool = False) -> None:
        """Draw a step from what it changed, without reading the page's annotations again (only
        the corrected reading, when a correction changed: the text pane then redraws the page's
        text whole, the scan still only the change)."""
        page = self.view.page
        if page is None:
            return
        if page.id != self._page or self.view.page_text is None:
            # Not drawn yet, or shown again and its text not read back yet: nothing to draw the
            # change on, and a read under way may predate it.
            self.view.read_again()
            return
        gone, added = page_delta(changes, page.id)
        if any(r.uuid in gone for r in self.records):
            self.records = [r for r in self.records if r.uuid not in gone]
        for rec in added:  # in reading order, after any that read alike (as a stable sort)
            insort_right(self.records, rec, key=reading_order)
        kinds = {r.kind for c in changes for r in (c.before, c.after) if r is not None}
        if "correction" in kinds:  # the corrected reading changes
            self.reading = corrected_reading(self.lib, page.id)
        if whole:
            self._draw()
            return
        pane = self.view.text_pane
        if "correction" in kinds:  # the page's text whole
            pane.set_annotations(self._on_layer(self.records), self.reading, self.tag_colours)
        else:  # only what changed is drawn
            pane.change_annotations(gone, self._on_layer(added))
        if kinds & {"redaction", "correction"}:  # (corrections join the words a box takes)
            self._mark_redacted()
        # On the scan, only what changed, a correction too.
        self.overlay.change_shapes(gone, self._shapes(added))
        self.overlay.set_selected(self.current)

    def _on_page_changed(self, _index: int, _count: int) -> None:
        page = self.view.page
        if page is None or page.id != self._page:  # (a synchronous read may come first)
            self.records, self._page = [], None
            self.overlay.set_shapes([])

    # -- drawing --------------------------------------------------------------------------------

    def _on_layer(self, records: Sequence[AnnotationRecord]) -> list[AnnotationRecord]:
        """Spans count in their own layer's text: only those of the layer shown can be drawn."""
        text = self.view.page_text
        assert text is not None
        return [r for r in records if r.text is not None and r.text.layer_id == text.layer_id]

    def _shapes(self, records: Sequence[AnnotationRecord]) -> list[Shape]:
        text = self.view.page_text
        assert text is not None
        if self._word_spans is None or self._word_spans.words is not text.words:
            self._word_spans = WordSpans(text.words)
        spans = {r.uuid for r in self._on_layer(records)}
        drawable = [r for r in records if r.region is not None or r.uuid in spans]
        return shapes_for(self.view.page_view, drawable, self._word_spans, self.tag_colours)

    # -- showing --------------------------------------------------------------------------------

    def show_annotation(self, uuid: str) -> None:
        """Bring an annotation into view in both panes (flipping to its page if needed). One
        drawn on the page shown is shown as drawn (on a team library a read is a round trip
        the window waits for: the next proposal is most often on the same page)."""
        rec = self.shown(uuid) or self.record(uuid)
        if rec is None or self.view.summary is None:
            return
        self.current = uuid
        page = next((p for p in self.view.summary.pages if p.id == rec.page_id), None)
        if page is not None and (self.view.page is None or self.view.page.id != page.id):
            self._pending = uuid
            self.view.show_page(page.index)
            return
        self.overlay.set_selected(uuid)
        self.view.text_pane.show_annotation(rec)
        rect = self.overlay.rect_of(uuid)
        if rect is not None:
            self.view.page_view.ensureVisible(rect, 40, 40)
        self.chosen.emit(uuid)

    def _on_annotation_clicked(self, uuid: str) -> None:
        self.show_annotation(uuid)

    def shown(self, uuid: str) -> AnnotationRecord | None:
        """The annotation as this window last drew it (what an edit is made from), if drawn."""
        return next((r for r in self.records if r.uuid == uuid), None)

    def record(self, uuid: str) -> AnnotationRecord | None:
        """An annotation as stored (None, and a message, if it cannot be read)."""
        try:
            return annotation_listing.get_annotation(self.lib, uuid)
        except RedlineError as exc:
            self.message.emit(say(exc))
            return None
