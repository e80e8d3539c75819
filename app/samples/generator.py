"""Scanned-memo generator: PDFs that look like declassified scans, with their ground truth.

``generate_memo_pdf(out_path, *, pages, dpi, seed, memo, classification, text_layer, ocr_noise,
skew_degrees, noise, redactions, redaction_style, release, page_size)`` types an invented memo
(:mod:`app.samples.memos`) in Courier with a case/doc-number header, classification banners,
portion marks, a release stamp and redaction boxes (1-4 words, or a 2-3 row passage) with
exemption codes; renders each page at ``dpi``, ages it (ink, skew, blur, paper, speckle:
:mod:`app.samples.noise`) into an image-only PDF. ``text_layer`` adds an invisible layer
(render mode 3): the clean text or OCR-like noise. ``generate_text_pdf`` quickly makes a long
vector PDF with real text.

Both return a :class:`~app.samples.truth.GeneratedDocument`: per page the clean text, every
visible word with its box, the markings and redaction boxes placed, and the embedded layer's text.
Boxes are PDF points of the page as finally rendered (origin top-left, y down): after skew, the
bounding box of the transformed corners. Angles are degrees, positive counter-clockwise as seen.
Same arguments, same output.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pymupdf

from app.core.documents.textlayer import layout_text
from app.samples.memos import (
    OUTLINE_CODES,
    SIGNATURE_BLOCK,
    SOLID_CODES,
    Facts,
    Memo,
    Row,
    compose_pages,
    make_facts,
)
from app.samples.noise import age_scan, ocr_noise_text
from app.samples.truth import (
    GeneratedDocument,
    GeneratedPage,
    Point,
    RedactionStyle,
    TextLayerMode,
    TruthMarking,
    TruthRedaction,
    TruthWord,
)

MARGIN = 72.0
BODY_FONT, BODY_SIZE, LINE_H = "cour", 11.0, 13.0
STAMP_FONT = "hebo"
BODY_TOP = 118.0  # baseline of the first body row
_CODE_SIZE = 8.0


@functools.cache
def _font(name: str) -> pymupdf.Font:
    return pymupdf.Font(name)


@dataclass
class _Line:
    """A run of text typed at one baseline; stamp lines are rotated about ``pivot``."""

    text: str
    x: float
    y: float
    font: str
    size: float
    block: int
    line: int
    angle: float = 0.0
    pivot: Point = (0.0, 0.0)


@dataclass
class _Mark:
    category: str
    value: str
    line: _Line
    start: int
    end: int


@dataclass
class _Layout:
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)
    marks: list[_Mark] = field(default_factory=list)
    boxes: list[tuple[pymupdf.Rect, RedactionStyle, str]] = field(default_factory=list)
    frame: tuple[pymupdf.Rect, float, Point] | None = None  # stamp frame, angle, pivot


# ---- geometry ----------------------------------------------------------------------------------


def _rotate(p: Point, centre: Point, degrees: float) -> Point:
    """Rotate ``p`` about ``centre`` counter-clockwise as seen on a y-down page."""
    a = math.radians(degrees)
    dx, dy = p[0] - centre[0], p[1] - centre[1]
    return (
        centre[0] + dx * math.cos(a) + dy * math.sin(a),
        centre[1] - dx * math.sin(a) + dy * math.cos(a),
    )


def _bbox(points: Sequence[Point]) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _final(p: Point, line: _Line | None, centre: Point, skew: float) -> Point:
    if line is not None and line.angle:
        p = _rotate(p, line.pivot, line.angle)
    return _rotate(p, centre, skew) if skew else p


@functools.lru_cache(maxsize=4096)
def _length(text: str, font: str, size: float) -> float:
    # Courier is monospaced: skip MuPDF for the many body words (speed of generate_text_pdf).
    if font == BODY_FONT:
        return len(text) * 0.6 * size
    return float(_font(font).text_length(text, size))


@functools.lru_cache(maxsize=64)
def _extent(font: str, size: float) -> tuple[float, float]:
    """How far a font's glyph boxes reach above and below the baseline (as MuPDF reports)."""
    f = _font(font)
    return f.ascender * size, -f.descender * size


def _span_corners(line: _Line, start: int, end: int) -> list[Point]:
    up, down = _extent(line.font, line.size)
    x0 = line.x + _length(line.text[:start], line.font, line.size)
    x1 = line.x + _length(line.text[:end], line.font, line.size)
    y0, y1 = line.y - up, line.y + down
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def _words_of(line: _Line) -> Iterator[tuple[str, int, int]]:
    for m in re.finditer(r"\S+", line.text):
        yield m.group(), m.start(), m.end()


# ---- layout ------------------------------------------------------------------------------------


def _centred(text: str, font: str, size: float, y: float, width: float, block: int) -> _Line:
    x = (width - _length(text, font, size)) / 2
    return _Line(text, x, y, font, size, block, 0)


def _add_furniture(lay: _Layout, spec: Facts, rng: random.Random) -> None:
    """Header line with identifiers, classification banners and the release stamp."""
    w, h = lay.width, lay.height
    head = f"Case No. {spec.case_no}  Doc No. {spec.doc_no}  Date: {spec.released}"
    hl = _centred(head, BODY_FONT, 9, 30, w, 0)
    for value in (spec.case_no, spec.doc_no):
        start = head.index(value)
        lay.marks.append(_Mark("identifier", value, hl, start, start + len(value)))
    top = _centred(spec.classification, STAMP_FONT, 15, 52, w, 1)
    bottom = _centred(spec.classification, STAMP_FONT, 15, h - 30, w, SIGNATURE_BLOCK + 1)
    for banner in (top, bottom):
        lay.marks.append(_Mark("classification", spec.classification, banner, 0, len(banner.text)))
    size = 11.0
    tw = _length(spec.release, STAMP_FONT, size)
    x, y = w - MARGIN - tw - 6, 84.0
    angle = rng.uniform(-3.5, 3.5) if spec.boxed else 0.0
    pivot = (x + tw / 2, y - size / 3)
    stamp = _Line(spec.release, x, y, STAMP_FONT, size, 2, 0, angle, pivot)
    lay.marks.append(_Mark("release", spec.release, stamp, 0, len(spec.release)))
    lay.lines += [hl, top, stamp, bottom]
    if spec.boxed:
        lay.frame = (pymupdf.Rect(x - 6, y - 13, x + tw + 6, y + 5), angle, pivot)


def _place_rows(lay: _Layout, rows: list[Row]) -> list[_Line]:
    """Type the body rows; the portion mark opening each paragraph is a marking."""
    body: list[_Line] = []
    counts: dict[int, int] = {}
    for i, row in enumerate(rows):
        if row.text is None:
            continue
        line_no = counts.get(row.block, 0)
        counts[row.block] = line_no + 1
        line = _Line(
            row.text, MARGIN, BODY_TOP + i * LINE_H, BODY_FONT, BODY_SIZE, row.block, line_no
        )
        body.append(line)
        if row.first:
            end = row.text.index(")") + 1
            lay.marks.append(_Mark("portion", row.text[:end], line, 0, end))
    lay.lines += body
    return body


def _code_line(lay: _Layout, rect: pymupdf.Rect, style: RedactionStyle, line: _Line,
               rng: random.Random) -> None:  # fmt: skip
    """Print an exemption code: inside an outlined box (CIA), in the right margin (State)."""
    printed, value = rng.choice(SOLID_CODES if style == "solid" else OUTLINE_CODES)
    code_w = _length(printed, BODY_FONT, _CODE_SIZE)
    cx = rect.x0 + (rect.width - code_w) / 2 if style == "outline" else lay.width - MARGIN + 8
    y = (rect.y0 + rect.y1) / 2 + 0.35 * _CODE_SIZE if style == "outline" else line.y - 0.5
    code = _Line(printed, cx, y, BODY_FONT, _CODE_SIZE, line.block, line.line)
    lay.lines.append(code)
    lay.boxes.append((rect, style, value))
    lay.marks.append(_Mark("exemption", value, code, 0, len(printed)))


def _redact_words(lay: _Layout, line: _Line, style: RedactionStyle, rng: random.Random) -> bool:
    """Black out a run of 1-4 words in ``line``; False when none fits the code."""
    words = [w for w in _words_of(line) if not w[0].startswith("(")]
    if not words:
        return False
    first = rng.randrange(len(words))
    last = min(len(words) - 1, first + rng.randrange(4))
    start, end = words[first][1], words[last][2]
    cw = _length(" ", BODY_FONT, BODY_SIZE)
    if style == "outline" and (end - start) * cw < _length("(b)(1)", BODY_FONT, _CODE_SIZE) + 8:
        return False
    line.text = line.text[:start] + " " * (end - start) + line.text[end:]
    rect = pymupdf.Rect(line.x + start * cw - 2, line.y - 10, line.x + end * cw + 2, line.y + 3.5)
    _code_line(lay, rect, style, line, rng)
    return True


def _redact_block(
    lay: _Layout, lines: list[_Line], style: RedactionStyle, rng: random.Random
) -> None:
    """Black out whole consecutive rows of a paragraph, as for a withheld passage."""
    width = max(len(ln.text) for ln in lines) * _length(" ", BODY_FONT, BODY_SIZE)
    for ln in lines:
        ln.text = " " * len(ln.text)
    rect = pymupdf.Rect(MARGIN - 2, lines[0].y - 10, MARGIN + width + 2, lines[-1].y + 3.5)
    _code_line(lay, rect, style, lines[0], rng)


def _passage(body: list[_Line], rng: random.Random) -> list[_Line]:
    """2-3 adjacent rows of one paragraph, none opening it (its portion mark stays), or []."""
    n = rng.choice((2, 3))
    runs = [body[i : i + n] for i in range(len(body) - n + 1)]
    runs = [
        run
        for run in runs
        if run[-1].y - run[0].y == (n - 1) * LINE_H
        and all(ln.block == run[0].block >= 20 and not ln.text.startswith("(") for ln in run)
    ]
    return rng.choice(runs) if runs else []


def _layout(
    spec: Facts, rows: list[Row], size: Point, redactions: int, rng: random.Random
) -> _Layout:
    """Place everything printed on one page; about one redaction in four is a whole passage."""
    lay = _Layout(size[0], size[1])
    _add_furniture(lay, spec, rng)
    body = _place_rows(lay, rows)
    placed = 0
    if redactions and rng.random() < 0.25 and (passage := _passage(body, rng)):
        _redact_block(lay, passage, spec.style, rng)
        placed = 1
    candidates = [ln for ln in body if ln.block >= 20 and ln.text.strip()]
    rng.shuffle(candidates)
    for line in candidates:
        if placed >= redactions:
            break
        placed += _redact_words(lay, line, spec.style, rng)
    return lay


# ---- truth -------------------------------------------------------------------------------------


def _line_truth(
    lines: Sequence[_Line], centre: Point, skew: float
) -> tuple[tuple[TruthWord, ...], str]:
    """Every word of ``lines`` with its final box, in reading order, and the joined text."""
    entries = []
    for line in lines:
        turned = bool(skew or line.angle)
        for text, start, end in _words_of(line):
            corners = _span_corners(line, start, end)
            if turned:
                corners = [_final(p, line, centre, skew) for p in corners]
            box = _bbox(corners) if turned else (*corners[0], *corners[2])
            entries.append((line.block, line.line, corners[0][0], text, box))
    entries.sort(key=lambda e: (e[0], e[1], e[2]))
    words: list[TruthWord] = []
    for block, line_no, _, text, box in entries:
        prev = words[-1] if words else None
        same = prev is not None and (prev.block, prev.line) == (block, line_no)
        words.append(TruthWord(text, *box, block, line_no, prev.word + 1 if same and prev else 0))
    return tuple(words), layout_text((w.text, w.block, w.line) for w in words)[0]


def _marking_truth(lay: _Layout, centre: Point, skew: float) -> tuple[TruthMarking, ...]:
    out = []
    for m in lay.marks:
        corners = [_final(p, m.line, centre, skew) for p in _span_corners(m.line, m.start, m.end)]
        x0, y0, x1, y1 = _bbox(corners)
        text = m.line.text[m.start : m.end]
        out.append(TruthMarking(m.category, m.value, text, x0, y0, x1 - x0, y1 - y0))
    return tuple(out)


def _redaction_truth(lay: _Layout, centre: Point, skew: float) -> tuple[TruthRedaction, ...]:
    out = []
    for r, style, code in lay.boxes:
        tl, tr, br, bl = (_final((p.x, p.y), None, centre, skew) for p in (r.tl, r.tr, r.br, r.bl))
        x0, y0, x1, y1 = _bbox((tl, tr, br, bl))
        out.append(TruthRedaction(x0, y0, x1 - x0, y1 - y0, style, code, (tl, tr, br, bl)))
    return tuple(out)


def _noisy_lines(lines: Sequence[_Line], rate: float, rng: random.Random) -> list[_Line]:
    """Copies of ``lines`` whose words are OCR-corrupted in place (padded to keep columns)."""
    out = []
    for line in lines:
        chars = list(line.text)
        for text, start, end in _words_of(line):
            chars[start:end] = ocr_noise_text(text, rate, rng).ljust(end - start)
        out.append(dataclasses.replace(line, text="".join(chars)))
    return out


# ---- drawing and scanning ----------------------------------------------------------------------


def _write_lines(
    page: pymupdf.Page, lines: Sequence[_Line], render_mode: int, centre: Point, skew: float
) -> None:
    """Type ``lines`` on ``page``, turned by ``skew`` about ``centre`` (stamps also by theirs)."""
    flat = pymupdf.TextWriter(page.rect)
    for line in lines:
        if not line.angle:
            flat.append((line.x, line.y), line.text, font=_font(line.font), fontsize=line.size)
            continue
        origin = _final((line.x, line.y), line, centre, skew)
        tw = pymupdf.TextWriter(page.rect)
        tw.append(origin, line.text, font=_font(line.font), fontsize=line.size)
        morph = (pymupdf.Point(origin), pymupdf.Matrix(line.angle + skew))
        tw.write_text(page, render_mode=render_mode, morph=morph)
    morph_flat = (pymupdf.Point(centre), pymupdf.Matrix(skew)) if skew else None
    flat.write_text(page, render_mode=render_mode, morph=morph_flat)


def _write_vector(page: pymupdf.Page, lay: _Layout) -> None:
    """Type ``lines`` visibly, the body rows in one call (speed for generate_text_pdf)."""
    rows: dict[int, str] = {}
    rest: list[_Line] = []
    for line in lay.lines:
        row = (line.y - BODY_TOP) / LINE_H
        body = (line.font, line.size, line.x) == (BODY_FONT, BODY_SIZE, MARGIN)
        if body and row == int(row) and not line.angle:
            rows[int(row)] = line.text
        else:
            rest.append(line)
    if rows:
        text = [rows.get(i, "") for i in range(max(rows) + 1)]
        page.insert_text((MARGIN, BODY_TOP), text, fontsize=BODY_SIZE, fontname=BODY_FONT,
                         lineheight=LINE_H / BODY_SIZE)  # fmt: skip
    _write_lines(page, rest, 0, (0.0, 0.0), 0.0)


def _draw_boxes(page: pymupdf.Page, lay: _Layout) -> None:
    for rect, style, _ in lay.boxes:
        fill = (0.0, 0.0, 0.0) if style == "solid" else (1.0, 1.0, 1.0)
        page.draw_rect(rect, color=(0, 0, 0), fill=fill, width=1.2)
    if lay.frame is not None:
        rect, angle, pivot = lay.frame
        shape = page.new_shape()
        shape.draw_rect(rect)
        shape.finish(
            color=(0, 0, 0), width=1.6, morph=(pymupdf.Point(pivot), pymupdf.Matrix(angle))
        )
        shape.commit()


def _render(lay: _Layout, dpi: int) -> np.ndarray:
    """The clean page at ``dpi`` as a grey image (0 ink, 255 paper)."""
    doc = pymupdf.open()
    page = doc.new_page(width=lay.width, height=lay.height)
    _draw_boxes(page, lay)
    _write_lines(page, lay.lines, 0, (0.0, 0.0), 0.0)
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    img = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width).copy()
    doc.close()
    return img


# ---- documents ---------------------------------------------------------------------------------


def _rows(
    memo: int | Memo | None, seed: int, spec: Facts, pages: int, size: Point, rng: random.Random
) -> list[list[Row]]:
    width = int((size[0] - 2 * MARGIN) / _length(" ", BODY_FONT, BODY_SIZE))
    per_page = int((size[1] - 60 - BODY_TOP) / LINE_H) + 1
    return compose_pages(memo, seed, spec.classification, pages, width, per_page, rng)


def _truth_page(
    lay: _Layout, index: int, skew: float, layer: Sequence[_Line] | None
) -> GeneratedPage:
    centre = (lay.width / 2, lay.height / 2)
    words, text = _line_truth(lay.lines, centre, skew)
    layer_words: tuple[TruthWord, ...] = ()
    layer_text: str | None = None
    if layer is lay.lines:
        layer_words, layer_text = words, text
    elif layer is not None:
        layer_words, layer_text = _line_truth(layer, centre, skew)
    marks, boxes = _marking_truth(lay, centre, skew), _redaction_truth(lay, centre, skew)
    w, h = lay.width, lay.height
    return GeneratedPage(index, w, h, skew, text, words, marks, boxes, layer_text, layer_words)


def _check(pages: int, dpi: int, noise: float, ocr_noise: float, size: Point) -> None:
    if pages < 1 or not 36 <= dpi <= 1200 or not (0 <= noise <= 1 and 0 <= ocr_noise <= 1):
        raise ValueError(f"need pages >= 1, 36 <= dpi <= 1200, noises in [0, 1]; not {pages, dpi}")
    if size[0] < 420 or size[1] < 500:
        raise ValueError(f"a page of {size[0]} x {size[1]} points is too small for a memo")


def _save(doc: pymupdf.Document, out_path: Path) -> None:
    out_path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out_path, garbage=3, deflate=True, no_new_id=True)  # same seed, same bytes
    doc.close()


def generate_memo_pdf(
    out_path: Path | str,
    *,
    pages: int = 1,
    dpi: int = 150,
    seed: int = 0,
    memo: int | Memo | None = None,
    classification: str = "SECRET",
    text_layer: TextLayerMode = "none",
    ocr_noise: float = 0.05,
    skew_degrees: float | None = None,
    noise: float = 0.5,
    redactions: int = 1,
    redaction_style: RedactionStyle | None = None,
    release: str | None = None,
    page_size: Point = (612.0, 792.0),
) -> GeneratedDocument:
    """Write a scanned-looking memo to ``out_path`` and return its ground truth.

    ``skew_degrees`` None skews each page by a random 0.2-1.5 degrees; ``noise`` 0 is a clean
    render, 1 a dirty one; ``redactions`` is per page; ``memo`` indexes MEMOS (None: by seed).
    """
    _check(pages, dpi, noise, ocr_noise, page_size)
    rng, nrng = random.Random(seed), np.random.default_rng(seed)
    ocr_rng = random.Random(f"ocr-{seed}")  # apart, so the layer never changes the layout
    spec = make_facts(rng, classification, redactions, redaction_style, release)
    out, result, path = pymupdf.open(), [], Path(out_path)
    for index, rows in enumerate(_rows(memo, seed, spec, pages, page_size, rng)):
        lay = _layout(spec, rows, page_size, redactions, rng)
        drawn = rng.choice((-1, 1)) * rng.uniform(0.2, 1.5)
        skew = drawn if skew_degrees is None else skew_degrees
        page = out.new_page(width=lay.width, height=lay.height)
        page.insert_image(page.rect, stream=age_scan(_render(lay, dpi), skew, noise, dpi, nrng))
        layer = None
        if text_layer != "none":
            rate = ocr_noise if text_layer == "noisy" else 0.0
            layer = _noisy_lines(lay.lines, rate, ocr_rng) if rate else lay.lines
            _write_lines(page, layer, 3, (lay.width / 2, lay.height / 2), skew)
        result.append(_truth_page(lay, index, skew, layer))
    _save(out, path)
    return GeneratedDocument(path, dpi, seed, spec.classification, text_layer, tuple(result))


def generate_text_pdf(
    out_path: Path | str, *, pages: int = 500, seed: int = 0, classification: str = "SECRET"
) -> GeneratedDocument:
    """Write a vector memo (real text, drawn boxes, no raster, no skew) quickly, for benchmarks."""
    _check(pages, 150, 0.0, 0.0, (612.0, 792.0))
    rng = random.Random(seed)
    spec = make_facts(rng, classification, 1, "solid", None)
    out, result, size, path = pymupdf.open(), [], (612.0, 792.0), Path(out_path)
    for index, rows in enumerate(_rows(None, seed, spec, pages, size, rng)):
        lay = _layout(spec, rows, size, 1, rng)
        page = out.new_page(width=lay.width, height=lay.height)
        _draw_boxes(page, lay)
        _write_vector(page, lay)
        result.append(_truth_page(lay, index, 0.0, lay.lines))
    _save(out, path)
    return GeneratedDocument(path, None, seed, spec.classification, "clean", tuple(result))
