"""Attaching a companion OCR text (no coordinates, no page breaks) to a scanned document.

The text's words are aligned to the scan's words (each page's layer with boxes: the PDF's own
text or Tesseract's), split into pages where their aligned words fall, and stored per page as an
``imported-text`` layer whose words carry the boxes of the scan words they align to (None where
nothing aligned). The runs that could not be aligned are reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import Connection

from app.core.changelog import utcnow
from app.core.documents.textlayer import RawWord, insert_text_layer, load_words, set_active_layer
from app.core.errors import RedlineError
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.library import Library
from app.core.ocr.align_words import align, normalise
from app.core.ocr.reanchor import reanchor_page
from app.core.ocr.run import document_pages, ocr_pages
from app.core.ocr.tesseract import tesseract_available
from app.core.wording import translate

IMPORTED = "imported-text"
# Under this share of its words found on the scan (aligned to a word that reads alike: SAME_WORD),
# a text is likely another document's (a README aligned to a USDA letter: 20 %, its function
# words; the letter's own Tesseract text: 93 %), or the scan's words are too garbled to tell: it
# is not made the pages' active text unless asked. The share aligned says less: the aligner pairs
# the words of equal gaps in order, whatever they read (a 13-word recipe: 11 "aligned", 2 alike).
POOR_ALIGNMENT = 0.5
SAME_WORD = 80  # rapidfuzz ratio of two normalised words for one to be a reading of the other


class AlignmentError(RedlineError):
    """A companion text cannot be attached as asked."""


class NoScanWords(AlignmentError):
    """The document's scan has no words (no OCR has read it) for a text to be aligned to."""


class PoorAlignment(AlignmentError):
    """A text too little of which is on the scan was to become the pages' text."""


@dataclass(frozen=True)
class UnalignedSpan:
    """Consecutive words of the companion text with no word on the scan (word indices)."""

    page_index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class PageAlignment:
    page_index: int
    text_layer_id: TextLayerId | None
    words: int
    aligned: int


@dataclass
class AlignmentReport:
    """How a companion text was aligned: per page, overall, and the runs left unaligned."""

    document_id: DocumentId
    words: int = 0
    aligned: int = 0
    alike: int = 0  # aligned to a scan word that reads alike (SAME_WORD)
    pages: list[PageAlignment] = field(default_factory=list)
    unaligned: list[UnalignedSpan] = field(default_factory=list)

    @property
    def aligned_share(self) -> float:
        return self.aligned / self.words if self.words else 1.0

    @property
    def alike_share(self) -> float:
        return self.alike / self.words if self.words else 1.0

    @property
    def poor(self) -> bool:
        """Too few of the text's words were found on the scan (:data:`POOR_ALIGNMENT`)."""
        return self.alike_share < POOR_ALIGNMENT


@dataclass(frozen=True)
class ScanWord:
    """A word on the scan, with the page it is on."""

    page_id: PageId
    page_index: int
    word: RawWord


_BOXED_LAYER = (
    "SELECT t.id FROM text_layers t JOIN pages p ON p.id = t.page_id WHERE t.page_id = ? "
    "AND t.source != 'imported-text' ORDER BY (t.id = p.active_text_layer_id) DESC, t.id DESC "
    "LIMIT 1"
)


def scan_layer_id(conn: Connection, page_id: PageId) -> TextLayerId | None:
    """The page's layer with boxes: the active one unless imported, else the newest other."""
    row = conn.exec_driver_sql(_BOXED_LAYER, (page_id,)).first()
    return None if row is None else TextLayerId(int(row[0]))


def scan_words(lib: Library, doc_id: DocumentId) -> tuple[list[ScanWord], list[PageId]]:
    """The document's scan words in reading order, and the ids of pages that have none."""
    pages = document_pages(lib, doc_id)
    out: list[ScanWord] = []
    missing: list[PageId] = []
    with lib.reading() as s:
        conn = s.connection()
        for index, page_id in enumerate(pages):
            layer = scan_layer_id(conn, page_id)
            rows = [] if layer is None else [w for w in load_words(conn, layer) if w.box]
            if not rows:
                missing.append(page_id)
            for w in rows:
                raw = RawWord(w.text, w.x0, w.y0, w.x1, w.y1, w.block, w.line, w.word, w.confidence)
                out.append(ScanWord(page_id, index, raw))
    return out, missing


def _page_of_each(match: Sequence[int | None]) -> list[int]:
    """Index into ``scan`` whose page each companion word goes on (unaligned: a neighbour's)."""
    first = next((m for m in match if m is not None), 0)
    out: list[int] = []
    last = first
    for m in match:
        last = m if m is not None else last
        out.append(last)
    return out


def _unaligned_spans(
    tokens: Sequence[str], match: Sequence[int | None], pages: Sequence[int]
) -> list[UnalignedSpan]:
    spans: list[UnalignedSpan] = []
    i = 0
    while i < len(tokens):
        if match[i] is not None:
            i += 1
            continue
        start = i
        while i < len(tokens) and match[i] is None:
            i += 1
        spans.append(UnalignedSpan(pages[start], start, i, " ".join(tokens[start:i])))
    return spans


def _page_words(
    tokens: Sequence[str],
    match: Sequence[int | None],
    owner: Sequence[int],
    scan: Sequence[ScanWord],
) -> dict[PageId, list[RawWord]]:
    """Companion words grouped by page id, with the box and line of their aligned scan word."""
    by_page: dict[PageId, list[RawWord]] = {sw.page_id: [] for sw in scan}
    for tok, m, o in zip(tokens, match, owner, strict=True):
        near = scan[o].word
        box = (None, None, None, None) if m is None else (near.x0, near.y0, near.x1, near.y1)
        by_page[scan[o].page_id].append(RawWord(tok, *box, near.block, near.line, near.word))
    return by_page


def attach_companion_text(
    lib: Library,
    doc_id: DocumentId,
    text: str,
    *,
    ocr_missing: bool = True,
    activate: bool = False,
    force: bool = False,
    language: str = "eng",
    source_file: str | None = None,
) -> AlignmentReport:
    """Align ``text`` to the document's scan and store it as each page's imported-text layer
    (``source_file``: the name of the file it was read from, recorded with each layer).

    Pages without word boxes are OCRed first (``ocr_missing``) when Tesseract is available.
    A text whose alignment is poor (:attr:`AlignmentReport.poor`) is refused with ``activate``,
    storing nothing, unless ``force``: it would replace what the pages say with what is likely
    another document's text.
    """
    scan, missing = scan_words(lib, doc_id)
    if missing and ocr_missing and tesseract_available():
        ocr_pages(lib, missing, language=language)
        scan, missing = scan_words(lib, doc_id)
    if not scan:
        raise NoScanWords(  # (the command line names its command, the window its action)
            translate("Redline", "the scan has no words to align to; read its pages with OCR first")
        )
    tokens = text.split()
    if not tokens:
        raise AlignmentError(translate("Redline", "the companion text is empty"))
    match = align(tokens, [sw.word.text for sw in scan])
    owner = _page_of_each(match)
    alike = sum(
        m is not None and fuzz.ratio(normalise(t), normalise(scan[m].word.text)) >= SAME_WORD
        for t, m in zip(tokens, match, strict=True)
    )
    report = AlignmentReport(
        DocumentId(int(doc_id)), len(tokens), sum(m is not None for m in match), alike
    )
    report.unaligned = _unaligned_spans(tokens, match, [scan[o].page_index for o in owner])
    if activate and report.poor and not force:
        raise PoorAlignment(
            translate(
                "Redline",
                "only {aligned} of the text's {words} words ({share}) were found on the scan: it "
                "may be another document's text; nothing was attached",
            ).format(aligned=report.alike, words=report.words, share=f"{report.alike_share:.0%}")
        )
    _store(lib, scan, _page_words(tokens, match, owner, scan), report, activate, source_file)
    return report


def _store(
    lib: Library,
    scan: Sequence[ScanWord],
    by_page: dict[PageId, list[RawWord]],
    report: AlignmentReport,
    activate: bool,
    source_file: str | None,
) -> None:
    """One transaction: a layer per page that received words."""
    index_of = {sw.page_id: sw.page_index for sw in scan}
    now = utcnow()
    with lib.transaction() as session:
        conn = session.connection()
        for page_id, words in by_page.items():
            if not words:
                report.pages.append(PageAlignment(index_of[page_id], None, 0, 0))
                continue
            layer_id, layer_text = insert_text_layer(
                conn, page_id, words, source=IMPORTED, created_at=now, engine="companion-text",
                source_file=source_file,
            )  # fmt: skip
            if activate:
                set_active_layer(conn, page_id, layer_id, layer_text)
                reanchor_page(session, page_id, layer_id, layer_text, now)
            aligned = sum(1 for w in words if w.x0 is not None)
            report.pages.append(PageAlignment(index_of[page_id], layer_id, len(words), aligned))
