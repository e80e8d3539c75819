"""The invisible text layer of a publication PDF: the corrected reading, word by word on the
line boxes of the scan's words, in the glyphless Unicode font (:mod:`app.core.exchange.pdf_font`),
with every word a burned-in redaction takes left out.

Words come from the page's active text layer; accepted corrections (the one overlap rule of
:func:`app.core.annotating.reading.accepted_corrections`) change what they say. A correction that
touches several words puts its replacement on the box around them (on one line) or on the first of
them; one that touches none (a word put in between) joins the word before it
(:func:`app.core.exchange.withheld.word_groups`). Which words, or corrected groups, are left out,
and which boxes are burned with the regions so that no part of a word the text withholds stays
printed beside a box, is the one rule of every publication,
:func:`app.core.exchange.withheld.withheld`.

A line box (:mod:`app.core.documents.word_lines`) is a word's box less the strip it shares with
the line above: the box every publication decides coverage by. A word of the line above or below
a region that comes near it without meeting it (the next line, beside a region made from a quote)
is not left out: it is written :data:`~app.core.exchange.withheld.NEAR` away from the region, in
what remains of its box, so it stays readable and searchable and no reader measures it inside the
region.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import pymupdf

from app.core.exchange.pdf_font import RESOURCE, GlyphlessFont
from app.core.exchange.withheld import Group, Spanned, moved_off


@dataclass(frozen=True)
class LayerWord:
    """A word (or a corrected group of words) to write: its text, its box in unrotated page
    points (origin top-left), and the span of the original layer text it stands for."""

    text: str
    rect: pymupdf.Rect
    start: int
    end: int


class Correction(Spanned, Protocol):
    """A correction: the span of the layer's text it replaces, and with what."""

    @property
    def replacement(self) -> str: ...


def layer_words(
    text: str, groups: Sequence[Group], corrections: Sequence[Correction]
) -> list[LayerWord]:
    """The corrected reading of a page placed on its words' boxes: each group of words the
    ``corrections`` join (:func:`~app.core.exchange.withheld.word_groups`, as the one rule
    judges them) on its box, saying its text with its corrections applied."""
    out: list[LayerWord] = []
    for g in groups:
        if g.box is None:
            continue
        piece = text[g.start : g.end]
        for c in sorted((corrections[k] for k in g.fixes), key=lambda c: c.start, reverse=True):
            piece = piece[: c.start - g.start] + c.replacement + piece[c.end - g.start :]
        said = " ".join(piece.split())
        if said:
            out.append(LayerWord(said, pymupdf.Rect(g.box), g.start, g.end))
    return out


def keep_words(
    placed: Sequence[LayerWord],
    regions: Sequence[pymupdf.Rect],
    spans: Sequence[tuple[int, int]],
    rotation: int = 0,
) -> list[LayerWord]:
    """The words that overlap no burned span and can be written away from every burned region
    (moved off one above or below them as the page is read,
    :func:`~app.core.exchange.withheld.moved_off`)."""
    boxes = [(r.x0, r.y0, r.x1, r.y1) for r in regions]
    out = []
    for w in placed:
        if any(s < w.end and w.start < e for s, e in spans):
            continue
        box = (w.rect.x0, w.rect.y0, w.rect.x1, w.rect.y1)
        near = [b for b in boxes if b[0] < box[2] + 2 and box[0] < b[2] + 2
                and b[1] < box[3] + 2 and box[1] < b[3] + 2]  # fmt: skip
        rect = moved_off(box, near, rotation) if near else box
        if rect is not None:
            kept = pymupdf.Rect(rect)
            out.append(w if kept == w.rect else LayerWord(w.text, kept, w.start, w.end))
    return out


def _add_font(doc: pymupdf.Document, page: pymupdf.Page, font_xref: int) -> None:
    """Put the font into the page's resources (following indirect dictionaries)."""
    kind, value = doc.xref_get_key(page.xref, "Resources")
    holder, prefix = page.xref, "Resources/"
    if kind == "xref":
        holder, prefix = int(value.split()[0]), ""
    elif kind == "null":
        doc.xref_set_key(page.xref, "Resources", "<<>>")
    kind, value = doc.xref_get_key(holder, f"{prefix}Font")
    if kind == "xref":
        doc.xref_set_key(int(value.split()[0]), RESOURCE, f"{font_xref} 0 R")
    else:
        doc.xref_set_key(holder, f"{prefix}Font/{RESOURCE}", f"{font_xref} 0 R")


def _append_contents(doc: pymupdf.Document, page: pymupdf.Page, stream: bytes) -> None:
    if not page.is_wrapped:
        page.wrap_contents()  # the page's own content cannot change where ours lands
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, stream, new=True, compress=True)
    kind, value = doc.xref_get_key(page.xref, "Contents")
    if kind == "array":
        doc.xref_set_key(page.xref, "Contents", f"{value[:-1]} {xref} 0 R]")
    elif kind == "xref":
        doc.xref_set_key(page.xref, "Contents", f"[{value} {xref} 0 R]")
    else:
        doc.xref_set_key(page.xref, "Contents", f"{xref} 0 R")


def write_text_layer(page: pymupdf.Page, words: Sequence[LayerWord], font: GlyphlessFont) -> None:
    """Write ``words`` invisibly (render mode 3) on an unrotated ``page``: each at a size equal
    to its box's height and stretched to its box's width, followed by a zero-width space."""
    if not words:
        return
    doc = page.parent
    to_pdf = ~page.transformation_matrix  # page points (top-left origin) to PDF user space
    ops = ["BT", "3 Tr"]
    space = font.encode(" ")
    for w in words:
        size = max(w.rect.height, 0.5)
        glyphs = len(w.text)
        scale = 100 * max(w.rect.width, 0.1) / (0.5 * size * glyphs)
        origin = pymupdf.Point(w.rect.x0, w.rect.y1 - 0.2 * size) * to_pdf
        ops.append(
            f"/{RESOURCE} {size:.3f} Tf {scale:.3f} Tz 1 0 0 1 {origin.x:.3f} {origin.y:.3f} Tm "
            f"<{font.encode(w.text)}{space}> Tj"
        )
    ops.append("ET")
    _add_font(doc, page, font.xref)
    _append_contents(doc, page, "\n".join(ops).encode("ascii"))
