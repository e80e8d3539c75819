"""Banners re-read from the scan: the page's top and bottom bands and its margins, OCRed again.

A text layer often misses the banner a reviewer sees at once: the CIA's own OCR reads a struck
"TOP SECRET" as "Q TOPS" or not at all, and a full-page OCR of a form skips its stamped
"SECRET - EYES ONLY". Where a page's text is poor or no level was found where one is expected
(:func:`needs_bands`), a worker process renders the bands at high resolution, stacks them into
one image (the margins turned 90 degrees, so vertical stamps read across; a margin only where a
coarse render shows a line of text in it) and runs Tesseract on it in sparse-text mode. Where
that finds no level, a second pass reads the top and bottom bands again with their strike lines
taken out (OCR loses a struck word) and with thickened strokes (hollow or grainy stamps).
Markings are detected in what it reads; each proposal's region is its words' box. A level with
a line through it is proposed as struck: a reviewer needs both the level and that it was
cancelled. The images read are cut out and stacked by :mod:`app.core.detection.band_images`; a
banner a strike line split in two words is found by :mod:`app.core.detection.band_splits`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pymupdf

from app.core.detection.band_images import (
    Crop,
    Cut,
    band_areas,
    coarse_ink,
    cutter,
    line_clips,
    margins_with_text,
    render,
    stack,
    to_points,
)
from app.core.detection.band_splits import split_banners
from app.core.detection.band_strokes import erase_strokes, struck_through, thicken
from app.core.detection.fuzzy import letter_key
from app.core.detection.markings import detect_markings
from app.core.detection.redactions import (
    Box,
    PageWord,
    Redaction,
    page_redactions,
    source_page,
)
from app.core.documents.textlayer import RawWord, build_text
from app.core.ocr.tesseract import OcrError, parse_tsv, run_tesseract, tesseract_path, version_of
from app.core.ocr.tesseract_api import engine_for
from app.core.scratch import scratch_dir
from app.core.supervisor import stop_requested

DPI = 300
PSM = 11  # sparse text: find as much text as possible, in no particular order
TIMEOUT_S = 60.0  # a Tesseract call on a page's bands; the page's reading: see detection.run
# Tesseract variables of the band reading, the same for its library and its command. Tesseract
# reads a word it is unsure of a second time inverted (white letters on black); no banner of
# the bands is printed so, and skipping that second reading saves a tenth of its time (the 37
# CIA bulletin pages: 0.54 CPU s a page, 0.49 without; the same markings, their values and
# boxes, on every page, one garbled letter inside one of them aside).
VARIABLES = (("tessedit_do_invert", "0"),)
INK = 200  # darker than this is ink worth showing Tesseract (faint stamps included)
KEPT = frozenset({"classification", "control", "release", "exemption"})
MIN_READABLE = 0.5  # share of a text layer's words that look like words, below which it is poor
_TOKEN = re.compile(r"\S+")
_WORDLIKE = re.compile(r"[A-Za-z]?[a-z]+|[A-Z]+|\d+(?:[.,/:-]\d+)*")
_VOWEL = re.compile(r"[AEIOUYaeiouy]")
_SERIAL = re.compile(r"[A-Za-z]{0,3}\d+(?:[./:-]\d+)*")


@dataclass(frozen=True, slots=True)
class BandMarking:
    """A marking read from a band of the scan: what, how sure, where (points), struck or not."""

    category: str
    value: str
    text: str
    confidence: float
    rule_id: str
    box: Box
    struck: bool = False


@dataclass(frozen=True, slots=True)
class BandResult:
    """A page's band reading: its markings, and which of the given level boxes are struck."""

    markings: tuple[BandMarking, ...] = ()
    struck: tuple[bool, ...] = ()
    error: str | None = None


def readable_share(text: str) -> float:
    """Share of a text's tokens that look like words (one case pattern and a vowel, or a
    number): "the memo of 12 May" is all readable, "1°0P SE0RE'f ~~ ,_," hardly any."""
    tokens = [t.strip(".,;:!?\"'()[]") for t in _TOKEN.findall(text)]
    tokens = [t for t in tokens if len(t) >= 2]
    if not tokens:
        return 0.0
    ok = sum(
        1
        for t in tokens
        if _WORDLIKE.fullmatch(t) and (t[0].isdigit() or _VOWEL.search(t) is not None)
    )
    return ok / len(tokens)


def needs_bands(text: str, has_level: bool, expected: bool) -> bool:
    """Whether a page's banners should be re-read from its scan: its text is poor, or it has
    no level where one is expected (the document shows levels elsewhere, or the page carries
    the stamps and lines of a classified record under review)."""
    return readable_share(text) < MIN_READABLE or (not has_level and expected)


def _ocr(image: np.ndarray, exe: str | None) -> list[RawWord]:
    """Tesseract's words on ``image``, boxes in its pixels: read by this process's engine where
    the library of ``exe`` can be loaded, else by the command. Stopped (:class:`OcrError`) after
    :data:`TIMEOUT_S`, or within a word (the command: 50 ms) of the run's cancel in a worker."""
    exe = exe or tesseract_path()
    engine = engine_for(exe, version_of(exe), variables=VARIABLES) if exe else None
    if engine is not None:
        return parse_tsv(engine.tsv(image, PSM, TIMEOUT_S, stop_requested), pymupdf.Identity)
    with scratch_dir("bands") as tmp:  # (swept once its worker is gone, should it be killed)
        path = Path(tmp) / "bands.pgm"
        pymupdf.Pixmap(pymupdf.csGRAY, image.shape[1], image.shape[0], image.tobytes(), False).save(
            str(path)
        )
        tsv = run_tesseract(path, "eng", PSM, TIMEOUT_S, stop_requested, exe, variables=VARIABLES)
    return parse_tsv(tsv, pymupdf.Identity)


def _read(
    page: pymupdf.Page,
    crops: list[Crop],
    image: np.ndarray,
    exe: str | None,
    clean: list[Box] | None = None,
) -> list[BandMarking]:
    """The markings in the stacked ``image`` of ``crops``; the boxes (points) of the words OCR
    read cleanly are added to ``clean`` when given."""
    words = _ocr(image, exe)
    owned: list[tuple[RawWord, int]] = []  # each word with the crop it lies in
    for w in words:
        cy = ((w.y0 or 0.0) + (w.y1 or 0.0)) / 2
        index = max((i for i, c in enumerate(crops) if c.top <= cy), default=0)
        owned.append((w, index))
        if clean is not None and _clean(w):
            top = crops[index].top
            px = (w.x0 or 0.0, (w.y0 or 0.0) - top, w.x1 or 0.0, (w.y1 or 0.0) - top)
            clean.append(to_points(page, crops[index], px))
    owned.sort(key=lambda wi: (wi[1], wi[0].block, wi[0].line, wi[0].word))
    # Each crop is its own block: a banner never runs into the line of another band.
    keyed = [
        RawWord(w.text, w.x0, w.y0, w.x1, w.y1, 1000 * i + w.block, w.line, w.word, w.confidence)
        for w, i in owned
    ]
    text, spans = build_text(keyed)
    found = [d for d in detect_markings(text) if d.category in KEPT]
    split = split_banners([(s, e, w) for (s, e), w in zip(spans, keyed, strict=True)])
    # A split banner is a longer reading of the level inside it ("TO SECRET": not SECRET).
    split = [
        (b, i, j)
        for b, i, j in split
        if not any(d.value == b.value and d.start < b.end and b.start < d.end for d in found)
    ]
    found = [
        d
        for d in found
        if d.category != "classification"
        or not any(b.start <= d.start and d.end <= b.end for b, _, _ in split)
    ]
    located = [
        (
            d,
            [
                (w, i)
                for (w, i), (s, e) in zip(owned, spans, strict=True)
                if s < d.end and d.start < e
            ],
        )
        for d in found
    ] + [(b, [owned[i], owned[j]]) for b, i, j in split]
    out = []
    for d, inside in located:
        crop = crops[inside[0][1]]
        px = (
            min(w.x0 or 0.0 for w, _ in inside),
            min(w.y0 or 0.0 for w, _ in inside) - crop.top,
            max(w.x1 or 0.0 for w, _ in inside),
            max(w.y1 or 0.0 for w, _ in inside) - crop.top,
        )
        struck = d.category == "classification" and struck_through(crop.gray, px)
        box = to_points(page, crop, px)
        out.append(BandMarking(d.category, d.value, d.text, d.confidence, d.rule_id, box, struck))
    return out


CLEAN_CONFIDENCE = 85.0  # Tesseract's confidence (0-100) in a word read cleanly


def _clean(w: RawWord) -> bool:
    """A word OCR is sure of that looks like a word (one case pattern and a vowel), a number
    or a serial (C02989474)."""
    text = w.text.strip(".,;:!?\"'()[]")
    wordlike = _WORDLIKE.fullmatch(text) is not None and _VOWEL.search(text) is not None
    return (
        (w.confidence or 0.0) >= CLEAN_CONFIDENCE
        and len(text) >= 2
        and (wordlike or _SERIAL.fullmatch(text) is not None)
    )


def read_cleanly(line: Box, words: Sequence[Box]) -> bool:
    """Whether the words read cleanly (their boxes, points) cover most of a line found (its
    box): standing on it (their middles inside its height) across 60 % of its width or more.
    Such a line was read, and a level on it would have been found."""
    cover = 0.0
    for w in words:
        middle = (w.y0 + w.y1) / 2
        if line.y0 <= middle <= line.y1:
            cover += max(0.0, min(w.x1, line.x1) - max(w.x0, line.x0))
    return cover >= READ_COVER * (line.x1 - line.x0)


READ_COVER = 0.6


def _struck_boxes(page: pymupdf.Page, boxes: Sequence[Box]) -> tuple[bool, ...]:
    """Whether each box (points of the unrotated page) of a text-layer level is struck (rendered
    with half its height more paper each way: a crossing line runs past the letters)."""
    out = []
    zoom = DPI / 72.0
    shown = page.get_displaylist() if boxes else page
    for b in boxes:
        rect = pymupdf.Rect(b.x0, b.y0, b.x1, b.y1) * page.rotation_matrix
        rect.normalize()
        rect &= page.rect
        if rect.is_empty:
            out.append(False)
            continue
        more = pymupdf.Rect(
            rect.x0 - rect.height / 2, rect.y0 - rect.height / 2,
            rect.x1 + rect.height / 2, rect.y1 + rect.height / 2,
        ) & page.rect  # fmt: skip
        gray = render(shown, more, zoom)
        px = (
            (rect.x0 - more.x0) * zoom, (rect.y0 - more.y0) * zoom,
            (rect.x1 - more.x0) * zoom, (rect.y1 - more.y0) * zoom,
        )  # fmt: skip
        out.append(struck_through(gray, px))
    return tuple(out)


def read_page_bands(
    page: pymupdf.Page,
    *,
    bands: bool = True,
    level_boxes: Sequence[Box] = (),
    exe: str | None = None,
) -> BandResult:
    """Read a page's bands (when ``bands``) and check ``level_boxes`` for strike lines."""
    struck = _struck_boxes(page, level_boxes)
    if not bands:
        return BandResult((), struck)
    zoom = DPI / 72.0
    raw = []
    shown = page.get_displaylist()
    cut = cutter(shown, page, zoom)
    ink = coarse_ink(shown, page)
    for area, turned in band_areas(page, margins_with_text(ink)):
        gray, clip = cut(area)
        raw.append((np.rot90(gray, -1).copy() if turned else gray, clip, turned))
    if not any((g < INK).any() for g, _, _ in raw):  # blank paper: nothing to read
        return BandResult((), struck)
    try:
        image, tops = stack([g for g, _, _ in raw])
        crops = [Crop(g, t, c, zoom, turned) for (g, c, turned), t in zip(raw, tops, strict=True)]
        clean: list[Box] = []
        found = _read(page, crops, image, exe, clean)
        if not any(m.category == "classification" for m in found):
            unread = _unread_lines(page, ink, clean)
            found += _second_pass(
                [c for c in crops if not c.turned and any(c.clip.intersects(u) for u in unread)],
                page,
                exe,
            )
            if not any(m.category == "classification" for m in found):
                found += _line_pass(page, cut, unread, exe)
    except OcrError as exc:
        return BandResult((), struck, str(exc))
    return BandResult(tuple(_without_fragments(found)), struck)


def _unread_lines(page: pymupdf.Page, ink: np.ndarray, clean: Sequence[Box]) -> list[pymupdf.Rect]:
    """The page areas (:func:`line_clips`) of the lines a banner or stamp may be that the
    bands' first reading did not read cleanly (``clean``: its clean words' boxes, points): a
    level on a line read cleanly would have been found, so only these are worth reading again."""
    derotate = page.derotation_matrix
    lines = line_clips(page, ink)
    return [clip for clip, rect in lines if not read_cleanly(_box(rect * derotate), clean)]


def _second_pass(flat: list[Crop], page: pymupdf.Page, exe: str | None) -> list[BandMarking]:
    """The top and bottom bands (``flat``: those holding a line not read cleanly) read again
    for a level: with strike lines taken out (a struck banner; only a band the eraser took a
    line out of: another is the band already read), and with thickened strokes (a hollow or
    grainy stamp). A band whose every line was read cleanly is not read again: 10 % of the band
    reading's time on the 37 pages of the real scans it reads, the same markings on each."""
    if not flat:
        return []
    variants: list[tuple[np.ndarray, Crop]] = []
    for c in flat:
        erased = erase_strokes(c.gray, DPI)
        if (erased != c.gray).any():
            variants.append((erased, c))
    variants += [(thicken(c.gray), c) for c in flat]
    image, tops = stack([v for v, _ in variants])
    again = [
        Crop(c.gray, t, c.clip, c.zoom, False) for (_, c), t in zip(variants, tops, strict=True)
    ]
    return [m for m in _read(page, again, image, exe) if m.category == "classification"]


def _line_pass(
    page: pymupdf.Page, cut: Cut, unread: Sequence[pymupdf.Rect], exe: str | None
) -> list[BandMarking]:
    """The lines a banner or stamp may be that the bands' reading did not read cleanly
    (``unread``: :func:`_unread_lines`), each read on its own with its strike lines taken
    out, for a level: a struck banner the bands' readings missed, because the reading room's
    release line or other marks crowd it there, reads alone. ``cut``: areas of the page at
    :data:`DPI` (:func:`cutter`)."""
    zoom = DPI / 72.0
    lines = [cut(clip) for clip in unread]
    if not lines:
        return []
    image, tops = stack([erase_strokes(g, DPI) for g, _ in lines])
    # the struck check looks at the line as printed
    crops = [Crop(g, t, clip, zoom, False) for (g, clip), t in zip(lines, tops, strict=True)]
    out: list[BandMarking] = []
    for m in _read(page, crops, image, exe):  # lines found close together: read once each
        if m.category == "classification" and not any(
            k.value == m.value and _overlap(k.box, m.box) for k in out
        ):
            out.append(m)
    return out


def _box(rect: pymupdf.Rect) -> Box:
    rect.normalize()
    return Box(rect.x0, rect.y0, rect.x1, rect.y1)


def _overlap(a: Box, b: Box) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def _without_fragments(found: Sequence[BandMarking]) -> list[BandMarking]:
    """Leave out a garbled reading of a level that is part of another level read on the page
    ("SECRE" beside TOP SECRET is the banner's own tail, not a SECRET page); a level read as
    printed stays (a page may carry both)."""
    levels = {m.value for m in found if m.category == "classification"}
    return [
        m
        for m in found
        if m.category != "classification"
        or letter_key(m.text) == m.value.replace(" ", "")
        or not any(m.value != v and m.value in v.split(" ", 1)[-1] for v in levels)
    ]


def page_bands(
    source: str,
    kind: str,
    index: int,
    bands: bool,
    level_boxes: list[Box],
    exe: str | None,
) -> BandResult:
    """Worker process: :func:`read_page_bands` on page ``index`` of the library source."""
    page = source_page(source, kind, index)
    return read_page_bands(page, bands=bands, level_boxes=level_boxes, exe=exe)


def page_scan(
    source: str,
    kind: str,
    index: int,
    words: list[PageWord],
    level_boxes: list[Box],
    exe: str | None,
) -> tuple[list[Redaction], BandResult]:
    """Worker process: page ``index``'s banners re-read (:func:`page_bands`), then its redaction
    boxes searched (:func:`app.core.detection.redactions.page_redactions`), in one task: the
    search's render then comes from the scan's image MuPDF decoded for the bands (13 ms instead
    of 35 on the real scans' pages, the same pixels)."""
    read = page_bands(source, kind, index, True, level_boxes, exe)
    return page_redactions(source, kind, index, words), read
