"""The publication PDF's annotations, when a person asks for them: each live annotation that is
not burned in becomes a PDF annotation with its content as the popup's text.

An anchored one is a highlight over its region, or over its words' boxes. A note on the whole
page (no anchor: it has no place on the page) is a note icon in the page's top-left margin as
the reader sees the page (its turn taken into account), beside the one before it when a page
has several, moved along the margin off any burned region. Whatever is left out of every
publication is left out here too: an annotation over a burned region
(:mod:`app.core.exchange.withheld`: a page note is over none), and one whose content names
redacted text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pymupdf

from app.core.exchange.pdf_plan import PagePlan, Shown
from app.core.exchange.pdf_scrub import mentions

SourceWord = tuple[int, int, pymupdf.Rect]  # (start, end, box) of a word of the layer
HIGHLIGHT = (1.0, 1.0, 0.0)  # yellow, as PyMuPDF's add_highlight_annot
NOTE = (1.0, 0.85, 0.2)  # a page note's icon: the yellow of a sticky note
ICON = 20.0  # points: MuPDF draws a note's icon this size
MARGIN = 4.0  # points between the icon and the page's edge, and between two icons


def content(shown: Shown) -> str:
    """The popup's text of an annotation."""
    body = shown.body
    if shown.kind == "correction":
        return f"Correction: {body.get('replacement', '')}"
    if shown.kind == "tag":
        return f"Tag: {shown.tag or body.get('tag', '')}"
    if shown.kind == "marking":
        return f"Marking ({body.get('category', '')}): {body.get('value', '')}"
    if shown.kind == "redaction":
        codes = ", ".join(str(c) for c in body.get("exemptions", []))
        return f"Redaction {codes} {body.get('note', '')}".strip()
    return str(body.get("text", ""))


def _margin_spots(page: pymupdf.Rect, turn: pymupdf.Matrix) -> Iterator[pymupdf.Rect]:
    """Where page notes' icons go, first to last, in unrotated page points: along the top
    margin of the page as shown (``turn``: unrotated -> shown), left to right, then down its
    left margin, then row by row across the page."""
    shown = page * turn
    step = ICON + MARGIN
    left, top = shown.x0 + MARGIN, shown.y0 + MARGIN
    across = max(1, int((shown.width - MARGIN) // step))
    down = max(1, int((shown.height - MARGIN) // step))
    places = [(i, 0) for i in range(across)] + [(0, j) for j in range(1, down)]
    places += [(i, j) for j in range(1, down) for i in range(1, across)]
    back = ~turn
    for i, j in places:
        x, y = left + i * step, top + j * step
        yield pymupdf.Rect(x, y, x + ICON, y + ICON) * back


def _page_notes(
    page: pymupdf.Page,
    notes: Sequence[tuple[Shown, str]],
    regions: Sequence[pymupdf.Rect],
    turn: pymupdf.Matrix,
) -> None:
    """Each note on the whole page as a note icon, in the first free spot of the margin."""
    mu = pymupdf.mupdf
    pdf_page = mu.pdf_page_from_fz_page(page.this)
    spots = (
        spot
        for spot in _margin_spots(page.rect, turn)
        if not any(spot.intersects(r) for r in regions)
    )
    for (shown, text), spot in zip(notes, spots, strict=False):
        annot = mu.pdf_create_annot(pdf_page, mu.PDF_ANNOT_TEXT)
        mu.pdf_set_annot_rect(annot, mu.FzRect(spot.x0, spot.y0, spot.x1, spot.y1))
        mu.pdf_set_annot_contents(annot, text)
        mu.pdf_set_annot_author(annot, shown.author or "")
        mu.pdf_set_annot_color(annot, list(NOTE))


def add_notes(
    page: pymupdf.Page,
    plan: PagePlan,
    words: Sequence[SourceWord],
    regions: Sequence[pymupdf.Rect],
    quotes: Sequence[str],
    turn: pymupdf.Matrix | None = None,
) -> None:
    """Highlights with popups, and note icons for the notes on the whole page; none over a
    burned region, none naming redacted text. ``page`` is unrotated (its points those the
    annotations are stored in); ``turn`` maps them to the page as shown (None: not turned).

    Made with MuPDF's own calls and their appearances drawn once for the page: PyMuPDF's
    add_highlight_annot scans every annotation of the page for each one it adds, and updating
    each redraws the page's, so 6,250 notes on a page took over 8 minutes (issue 20)."""
    mu = pymupdf.mupdf
    pdf_page = mu.pdf_page_from_fz_page(page.this)
    added = False
    on_page: list[tuple[Shown, str]] = []
    for shown in plan.shown:
        text = content(shown)
        if mentions(text, quotes):
            continue
        if shown.on_page:
            on_page.append((shown, text))
            continue
        rect = shown.region if shown.region is not None else pymupdf.Rect()
        if shown.region is None:
            for s, e, box in words:
                if s < shown.end and e > shown.start:
                    rect |= box
        if rect.is_empty or any(rect.intersects(r) for r in regions):
            continue
        annot = mu.pdf_create_annot(pdf_page, mu.PDF_ANNOT_HIGHLIGHT)
        mu.pdf_add_annot_quad_point(annot, mu.FzQuad(mu.FzRect(rect.x0, rect.y0, rect.x1, rect.y1)))
        mu.pdf_set_annot_contents(annot, text)
        mu.pdf_set_annot_author(annot, shown.author or "")
        mu.pdf_set_annot_color(annot, list(HIGHLIGHT))
        added = True
    if on_page:
        _page_notes(page, on_page, regions, turn if turn is not None else pymupdf.Identity)
        added = True
    if added:
        mu.pdf_update_page(pdf_page)
