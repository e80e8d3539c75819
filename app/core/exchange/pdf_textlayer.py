"""The invisible text layer of a publication PDF: the corrected reading, word by word on the
line boxes of the scan's words, in the glyphless Unicode font (:mod:`app.core.exchange.pdf_font`),
with every word under a burned-in redaction left out.

Words come from the page's active text layer; accepted corrections (the one overlap rule of
:func:`app.core.annotating.reading.accepted_corrections`) change what they say. A correction that
touches several words puts its replacement on the box around them (on one line) or on the first of
them; one that touches none (a word put in between) joins the word before it. A word, or a corrected
group of words, is left out when its box comes near a burned region or its text overlaps the text
anchor of a burned redaction: the publication never says what the box hides. A word a region
left out is burned out of the page image whole as well (:func:`withheld`: its line box burned
with the region, and the words beside it judged against that in turn), so that no part of a word
the text withholds stays printed beside the box (until 2026-12-07 a box starting inside the "J"
of "Johan" left the text without "Johan" and the page with half the "J").

A line box (:mod:`app.core.documents.word_lines`) is a word's box less the strip it shares with
the line above: the box every publication decides coverage by. A word of the line above or below
a region that comes near it without meeting it (the next line, beside a region made from a quote)
is not left out: it is written :data:`NEAR` away from the region, in what remains of its box, so
it stays readable and searchable and no reader measures it inside the region.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import pymupdf

from app.core.exchange.pdf_font import RESOURCE, GlyphlessFont
from app.core.exchange.text import Correction

# A word this close to a burned region (points) is left out with it: readers may measure a word
# a little larger than its box, and nothing of a burned word may remain.
NEAR = 1.0


@dataclass(frozen=True)
class LayerWord:
    """A word (or a corrected group of words) to write: its text, its box in unrotated page
    points (origin top-left), and the span of the original layer text it stands for."""

    text: str
    rect: pymupdf.Rect
    start: int
    end: int


SourceWord = tuple[int, int, pymupdf.Rect]  # (start, end, box) of a word of the layer


def _groups(
    words: Sequence[SourceWord], corrections: Sequence[Correction]
) -> list[tuple[list[int], list[Correction]]]:
    """Words joined by corrections, each group with its corrections: a correction's words become
    one group; one that touches no word joins the group of the word before it (after it, at the
    start of the page)."""
    parent = list(range(len(words)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    starts = [w[0] for w in words]
    owner: list[tuple[int, Correction]] = []
    for c in corrections:
        first = max(bisect.bisect_right(starts, c.start) - 1, 0)
        touched = [
            i
            for i in range(first, len(words))
            if words[i][0] < max(c.end, c.start + 1) and words[i][1] > c.start
        ] or [first]
        for i in touched[1:]:
            parent[root(i)] = root(touched[0])
        owner.append((touched[0], c))
    groups: dict[int, tuple[list[int], list[Correction]]] = {}
    for i in range(len(words)):
        groups.setdefault(root(i), ([], []))[0].append(i)
    for i, c in owner:
        groups[root(i)][1].append(c)
    return sorted(groups.values(), key=lambda g: g[0][0])


def _one_line(rects: Sequence[pymupdf.Rect]) -> bool:
    top = max(r.y0 for r in rects)
    bottom = min(r.y1 for r in rects)
    return bool(bottom - top > 0.5 * min(r.height for r in rects))


def layer_words(
    text: str, words: Sequence[SourceWord], corrections: Sequence[Correction]
) -> list[LayerWord]:
    """The corrected reading of a page placed on its word boxes (``words`` in reading order,
    ``corrections`` never overlapping)."""
    if not words:
        return []
    out: list[LayerWord] = []
    for group, fixes in _groups(words, sorted(corrections, key=lambda c: c.start)):
        start = min([words[i][0] for i in group] + [c.start for c in fixes])
        end = max([words[i][1] for i in group] + [c.end for c in fixes])
        piece = text[start:end]
        for c in sorted(fixes, key=lambda c: c.start, reverse=True):
            piece = piece[: c.start - start] + c.replacement + piece[c.end - start :]
        said = " ".join(piece.split())
        if not said:
            continue
        rects = [words[i][2] for i in group]
        rect = pymupdf.Rect(rects[0])
        if len(rects) > 1 and _one_line(rects):
            for r in rects[1:]:
                rect |= r
        out.append(LayerWord(said, rect, start, end))
    return out


Box = tuple[float, float, float, float]


def _near(regions: Sequence[pymupdf.Rect]) -> list[Box]:
    """The regions grown by :data:`NEAR`, as plain tuples (compared for every word of a page)."""
    return [(r.x0 - NEAR, r.y0 - NEAR, r.x1 + NEAR, r.y1 + NEAR) for r in regions]


def _touches(box: pymupdf.Rect, near: Sequence[Box]) -> bool:
    x0, y0, x1, y1 = box.x0, box.y0, box.x1, box.y1
    return any(x0 < b[2] and x1 > b[0] and y0 < b[3] and y1 > b[1] for b in near)


def _moved_off(box: pymupdf.Rect, regions: Sequence[pymupdf.Rect]) -> pymupdf.Rect | None:
    """Where a word with ``box`` may be written: its box, less what comes within :data:`NEAR` of
    a region it does not meet (above or below it: the part on that side; beside it, only at a
    corner — a box of the line above or below on a skewed scan — likewise); None when it meets a
    region or keeps less than half its height (a region beside it on its line)."""
    out = pymupdf.Rect(box)
    for r in regions:
        if not _touches(out, _near([r])):
            continue
        if out.x0 < r.x1 and r.x0 < out.x1 and out.y0 < r.y1 and r.y0 < out.y1:
            return None  # on it
        if out.y0 + out.y1 >= r.y0 + r.y1:  # (its middle lower: the region is above)
            out.y0 = max(out.y0, r.y1 + NEAR)
        else:
            out.y1 = min(out.y1, r.y0 - NEAR)
        if out.y1 - out.y0 < box.height / 2:
            return None
    return out


def _taken(box: pymupdf.Rect, regions: Sequence[pymupdf.Rect], near: Sequence[Box]) -> bool:
    """Whether a word with ``box`` is left out for ``regions`` (``near``: them grown by
    :data:`NEAR`): it meets one, or cannot be moved :data:`NEAR` off one it comes near keeping
    half its height (:func:`_moved_off`: one beside it on its line)."""
    return bool(near) and _touches(box, near) and _moved_off(box, regions) is None


@dataclass(frozen=True)
class Withheld:
    """What a page's burned regions take from its text layer, and so from its image too:
    ``spans``, the spans of the layer text the layer leaves out (the text anchors, and every
    word taken), and ``grown``, the boxes burned besides the regions (the line boxes of the
    words taken, and the box of each written word, or corrected group, left out)."""

    spans: list[tuple[int, int]]
    grown: list[pymupdf.Rect]


def withheld(
    words: Sequence[SourceWord],
    placed: Sequence[LayerWord],
    regions: Sequence[pymupdf.Rect],
    anchors: Sequence[tuple[int, int]],
) -> Withheld:
    """The words ``regions`` take from a page, by the text layer's one rule (:func:`_taken`, on
    ``words``' line boxes; and, as :func:`keep_words` writes them, a written word or corrected
    group of ``placed`` that holds such a word or cannot be moved off the regions), grown until
    they take no more: each word taken is burned as a region in turn (its line box, and its
    written box), so that a word a box clips is burned out of the image whole as it is left out
    of the text, and the words around it are judged against it. The words of a burned
    redaction's text anchor (``anchors``) are left out of the text; they are burned by its
    boxes, made of them, and grown like any other word a box takes (the ragged edge of a
    skewed line). One rule for the text layer and the burn (:mod:`app.core.exchange.pdf`), so
    that nothing is withheld from the one and shown in the other."""
    burned = [pymupdf.Rect(r) for r in regions]
    taken: set[int] = set()  # of ``words``
    left_out: set[int] = set()  # of ``placed``
    changed = True
    while changed:  # (each round takes a word or more, or is the last)
        changed = False
        near = _near(burned)
        for i, (_, _, box) in enumerate(words):
            if i not in taken and _taken(box, burned, near):
                taken.add(i)
                _grow(burned, box)
                changed = True
        spans = [(words[i][0], words[i][1]) for i in taken]
        for n, w in enumerate(placed):
            if n in left_out:
                continue
            if (
                any(s < w.end and w.start < e for s, e in spans)
                or _moved_off(w.rect, burned) is None
            ):
                left_out.add(n)
                # its words (a corrected group's all), and its box where it is none of theirs
                own = [i for i, (s, e, _) in enumerate(words) if s < w.end and w.start < e]
                for i in own:
                    if i not in taken:
                        _grow(burned, words[i][2])
                taken.update(own)
                _grow(burned, w.rect)
                changed = True
    spans = [(words[i][0], words[i][1]) for i in sorted(taken)]
    spans += [(placed[n].start, placed[n].end) for n in sorted(left_out)]
    return Withheld(list(anchors) + spans, burned[len(regions) :])


def _grow(burned: list[pymupdf.Rect], box: pymupdf.Rect) -> None:
    """Burn ``box`` too, unless a box burned already holds it."""
    if not any(box in b for b in burned):
        burned.append(pymupdf.Rect(box))


def keep_words(
    placed: Sequence[LayerWord],
    regions: Sequence[pymupdf.Rect],
    spans: Sequence[tuple[int, int]],
) -> list[LayerWord]:
    """The words that overlap no burned span and can be written away from every burned region
    (moved off one above or below them, :func:`_moved_off`)."""
    out = []
    for w in placed:
        if any(s < w.end and w.start < e for s, e in spans):
            continue
        rect = _moved_off(w.rect, regions)
        if rect is not None:
            out.append(w if rect == w.rect else LayerWord(w.text, rect, w.start, w.end))
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
