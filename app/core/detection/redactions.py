"""Finding redaction boxes on page images, linking them to exemption codes, and leaky redactions.

A page is rendered at ``DPI`` and searched for rectangles with numpy alone: long dark horizontal
runs are grouped into bands; a tall, filled band is a solid black box, and two thin bands joined
by dark vertical edges around an empty inside are a white outlined box (the CIA bulletins).
Filled vector rectangles from ``page.get_drawings()`` are boxes too; one drawn over text or an
image that can still be extracted from the PDF is a *leaky* redaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
import pymupdf

from app.core.detection.markings import detect_markings
from app.core.detection.redaction_forms import grid_cell, printed_label
from app.core.detection.redaction_notes import IMAGE_UNDER, LAYER_HOLDS, WORDS_UNDER
from app.core.processes import worker_document
from app.core.wording import Text

DPI = 150
DARK = 200  # grey level below which a pixel is ink (thin box lines render grey)
FAINT = 232  # the vertical sides of photocopied boxes are fainter still
MIN_RUN_IN = 0.25  # shortest box edge, inches
MIN_HEIGHT_IN = 0.09
MIN_RUN_OF_WIDTH = 0.03  # shortest box edge as a share of the page width
EDGE_MARGIN_IN = 0.1  # a solid band this close to the page edge is the scanner's shadow
MAX_SKEW_SLOPE = 0.03  # tan of the largest skew handled (~1.7 degrees)
SKEW_ROWS = 3  # rows a box's rule may drift across its width (a scan skewed by ~1.5 degrees)
MAX_PAGE_SHARE = 0.6  # a "box" larger than this is a page border or a photo
EDGE_SLACK = 5  # pixels two edges may disagree by
MIN_EDGE = 0.6  # share of a vertical edge that must be inked (overlaid text hides some)
MAX_INSIDE_INK = 0.1  # an outlined box may have a stamp line printed over it, not a paragraph
CODE_REACH = 200.0  # points from a box an exemption code may be printed


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in PDF points of the unrotated page (origin top-left)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def area(self) -> float:
        return max(0.0, self.x1 - self.x0) * max(0.0, self.y1 - self.y0)

    def iou(self, other: Box) -> float:
        ix = max(0.0, min(self.x1, other.x1) - max(self.x0, other.x0))
        iy = max(0.0, min(self.y1, other.y1) - max(self.y0, other.y0))
        inter = ix * iy
        union = self.area + other.area - inter
        return inter / union if union > 0 else 0.0


@dataclass(frozen=True)
class Redaction:
    """A redaction found on a page: where, what kind, which codes, and any leak."""

    box: Box
    kind: str  # solid | outlined | vector
    exemptions: tuple[str, ...] = ()
    share: float = 0.0  # of the page area
    leaky: bool = False
    notes: tuple[Text, ...] = field(default_factory=tuple)

    @property
    def rule_id(self) -> str:
        return f"redaction.{self.kind}"


def row_runs(mask: np.ndarray, least: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The runs of True at least ``least`` long in each row of a 2-D ``mask``, found for the
    whole array at once: their rows, starts and ends (past the last), row by row."""
    width = mask.shape[1] + 2  # each row padded with paper both sides: no run crosses rows
    padded = np.zeros((mask.shape[0], width), dtype=bool)
    padded[:, 1:-1] = mask
    flat = padded.ravel()
    # The changes along the rows, a start then its end (flat indices: quicker than 2-D ones).
    changes = np.flatnonzero(flat[1:] != flat[:-1])
    starts, ends = changes[0::2], changes[1::2]
    keep = (ends - starts) >= least
    rows, starts = np.divmod(starts[keep], width)
    return rows, starts, ends[keep] - rows * width


def _runs(dark: np.ndarray, min_len: int) -> dict[int, list[tuple[int, int]]]:
    """Each row's runs of True at least ``min_len`` long, as (start, end), by row; rows without
    one left out (most rows hold none)."""
    out: dict[int, list[tuple[int, int]]] = {}
    rows, starts, ends = row_runs(dark, min_len)
    for y, x0, x1 in zip(rows.tolist(), starts.tolist(), ends.tolist(), strict=True):
        out.setdefault(y, []).append((x0, x1))
    return out


def _bands(dark: np.ndarray, min_len: int) -> list[list[int]]:
    """Horizontal runs in consecutive rows with the same ends, as [x0, x1, y0, y1]."""
    open_bands: list[list[int]] = []
    done: list[list[int]] = []
    last = -2
    for y, runs in sorted(_runs(dark, min_len).items()):
        if y != last + 1:  # rows without a run between: every band open ends
            done.extend(open_bands)
            open_bands = []
        last = y
        still: list[list[int]] = []
        for x0, x1 in runs:
            match = next(
                (
                    b
                    for b in open_bands
                    if abs(b[0] - x0) <= EDGE_SLACK and abs(b[1] - x1) <= EDGE_SLACK
                ),
                None,
            )
            if match is not None:
                open_bands.remove(match)
                match[3] = y + 1
                still.append(match)
            else:
                still.append([x0, x1, y, y + 1])
        done.extend(open_bands)
        open_bands = still
    return done + open_bands


def _grow(dark: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> tuple[int, ...]:
    """Take in the slanted top and bottom of a skewed solid box: rows still more than half inked
    across its width (the band itself holds only the rows inked from end to end)."""
    reach = int(MAX_SKEW_SLOPE * (x1 - x0)) + 2  # no further than a skewed edge can drift
    top, bottom = max(0, y0 - reach), min(dark.shape[0], y1 + reach)
    while y0 > top and dark[y0 - 1, x0:x1].mean() > 0.5:
        y0 -= 1
    while y1 < bottom and dark[y1, x0:x1].mean() > 0.5:
        y1 += 1
    return (x0, y0, x1, y1)


def _smear(dark: np.ndarray, rows: int) -> np.ndarray:
    """Ink spread up and down by ``rows``: the rule of a skewed scan becomes one straight run."""
    out = dark.copy()
    for k in range(1, rows + 1):
        out[k:] |= dark[:-k]
        out[:-k] |= dark[k:]
    return out


def _edge_dark(dark: np.ndarray, x: int, y0: int, y1: int) -> float:
    col = dark[y0:y1, max(0, x - 2) : x + 3]
    return float(col.any(axis=1).mean()) if col.size else 0.0


def _first_bottoms(thin: Sequence[list[int]], min_h: int) -> Iterator[tuple[int, int]]:
    """For each band of ``thin`` (sorted by top), the first band after it that could be its
    box's bottom: at least ``min_h`` below it, with the same span — both ends agree, or one end
    does and the text over the other edge broke it (a stamp printed across a box's top line).
    A block of tops against a window of the bands after them at a time (memory stays small on a
    page of rules or hatching), in the tops' order."""
    n = len(thin)
    if n < 2:
        return
    x0, x1, y0, y1 = np.asarray(thin, dtype=np.int64).T
    width = x1 - x0
    for first in range(0, n, _PAIR_BLOCK):
        tops = np.arange(first, min(first + _PAIR_BLOCK, n))
        pairs: list[tuple[int, int]] = []
        start = first + 1
        while tops.size and start < n:  # the tops without a bottom yet, against the next bands
            cols = np.arange(start, min(start + _PAIR_WINDOW, n))
            i, j = tops[:, None], cols[None, :]
            left = np.abs(x0[i] - x0[j]) <= EDGE_SLACK
            right = np.abs(x1[i] - x1[j]) <= EDGE_SLACK
            shorter, longer = np.minimum(width[i], width[j]), np.maximum(width[i], width[j])
            same = (left & right) | ((left | right) & (shorter >= 0.25 * longer))
            ok = same & (y0[j] - y1[i] >= min_h) & (j > i)
            found = ok.any(axis=1)
            pairs += zip(tops[found].tolist(), cols[ok[found].argmax(axis=1)].tolist(), strict=True)
            tops, start = tops[~found], int(cols[-1]) + 1
        yield from sorted(pairs)


_PAIR_BLOCK, _PAIR_WINDOW = 512, 2048  # tops, and bands after them, compared at once


def _divided(faint: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> bool:
    """A row of a printed form: a rule crosses the box from top to bottom, dividing it into
    cells. A redaction outline is empty."""
    inside = faint[y0 + 3 : y1 - 3, x0 + 6 : x1 - 6]
    return inside.size > 0 and float(inside.mean(axis=0).max()) >= 0.9


def _outlined(
    dark: np.ndarray, faint: np.ndarray, thin: list[list[int]], min_h: int
) -> list[tuple[int, ...]]:
    """Pairs of thin bands closed by vertical edges around an (almost) empty inside."""
    out: list[tuple[int, ...]] = []
    thin = sorted(thin, key=lambda b: b[2])
    for i, j in _first_bottoms(thin, min_h):  # (the nearest band below: no other is its bottom)
        top, bot = thin[i], thin[j]
        x0, x1, y0, y1 = min(top[0], bot[0]), max(top[1], bot[1]), top[2], bot[3]
        if min(_edge_dark(faint, x0, y0, y1), _edge_dark(faint, x1 - 1, y0, y1)) < MIN_EDGE:
            continue
        inside = dark[y0 + 4 : y1 - 4, x0 + 4 : x1 - 4]
        if inside.size and inside.mean() < MAX_INSIDE_INK and not _divided(faint, x0, y0, x1, y1):
            out.append((x0, y0, x1, y1))
    return out


PixelBox = tuple[int, ...]  # x0, y0, x1, y1 in pixels of the rendered page


@dataclass(frozen=True)
class _Scale:
    """Thresholds for one rendered page, in pixels."""

    min_len: int
    min_h: int
    edge: int

    @classmethod
    def of(cls, width: int, dpi: int) -> _Scale:
        # Sizes in inches, but never below a share of the page: a photo of a page stored at
        # 72 dpi (a 3000-point "page") has strokes as long as a small box on a letter-size scan.
        return cls(
            max(int(MIN_RUN_IN * dpi), int(MIN_RUN_OF_WIDTH * width)),
            max(int(MIN_HEIGHT_IN * dpi), int(MIN_RUN_OF_WIDTH * width / 3)),
            int(EDGE_MARGIN_IN * dpi),
        )


def _solid(dark: np.ndarray, bands: list[list[int]], sc: _Scale) -> list[PixelBox]:
    """Tall, filled bands on paper: solid black boxes."""
    h, w = dark.shape
    found = []
    for x0, x1, y0, y1 in bands:
        touches = x0 <= sc.edge or y0 <= sc.edge or x1 >= w - sc.edge or y1 >= h - sc.edge
        if y1 - y0 >= sc.min_h and not touches and dark[y0:y1, x0:x1].mean() > 0.85:
            found.append(_grow(dark, x0, y0, x1, y1))
    paper = dark.copy()  # ink that is not part of a long horizontal run
    for x0, x1, y0, y1 in bands:
        paper[y0:y1, x0:x1] = False
    chunky = [(x0, y0, x1, y1) for x0, x1, y0, y1 in bands if y1 - y0 >= 4]
    return [b for b in found if _alone(paper, b) and _sparse(b, chunky) and _beside_light(dark, b)]


def ink(gray: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dark and faint ink of a grey image, judged against its paper: yellowed or grey paper
    lowers both thresholds."""
    paper_level = int(np.median(gray))
    return gray < min(DARK, paper_level - 40), gray < min(FAINT, paper_level - 20)


def raster_boxes(gray: np.ndarray, dpi: int = DPI) -> list[tuple[str, PixelBox]]:
    """Solid and outlined boxes in a grey image, in pixels: (kind, (x0, y0, x1, y1))."""
    return _raster_boxes(*ink(gray), dpi)


def _raster_boxes(dark: np.ndarray, faint: np.ndarray, dpi: int) -> list[tuple[str, PixelBox]]:
    """:func:`raster_boxes` of the image's dark and faint ink (:func:`ink`)."""
    sc = _Scale.of(dark.shape[1], dpi)
    bands = _bands(dark, sc.min_len)
    found: list[tuple[str, PixelBox]] = [("solid", b) for b in _solid(dark, bands, sc)]
    thin = [b for b in bands if b[3] - b[2] <= max(3, dpi // 15)]
    found.extend(("outlined", b) for b in _outlined(dark, faint, thin, sc.min_h))
    # Rules of a skewed scan step from row to row; smeared, they are straight again (but text
    # near a box smears into its rules, so both readings are kept; duplicates go below).
    smeared = _bands(_smear(dark, SKEW_ROWS), sc.min_len)
    thin = [b for b in smeared if b[3] - b[2] <= 3 * SKEW_ROWS]
    found.extend(("outlined", b) for b in _outlined(dark, faint, thin, sc.min_h))
    # A frame right at the page top is the scanner's or the printer's, not a reviewer's.
    found = [(k, b) for k, b in found if k == "solid" or b[1] > sc.edge]
    limit = MAX_PAGE_SHARE * dark.size
    kept: list[tuple[str, PixelBox]] = []
    for kind, b in sorted(found, key=lambda kb: -_px_area(kb[1])):
        # A double-ruled frame, or a box read twice (plain and smeared): keep the outer one.
        if _px_area(b) < limit and all(_px_inside(b, k) < 0.6 for _, k in kept):
            kept.append((kind, b))
    return kept


def _alone(paper: np.ndarray, b: tuple[int, ...], margin: int = 6) -> bool:
    """A redaction box sits on paper (or against another box): the ring around it is mostly
    light. Bands cut out of a larger dark area (between the letters of a white-on-black title)
    have the rest of that area around them."""
    x0, y0, x1, y1 = b
    outer = paper[max(0, y0 - margin) : y1 + margin, max(0, x0 - margin) : x1 + margin]
    ring = int(outer.sum())
    ring_area = outer.size - (x1 - x0) * (y1 - y0)
    return ring_area > 0 and ring / ring_area < 0.3


def _beside_light(dark: np.ndarray, b: tuple[int, ...]) -> bool:
    """Beside a redaction, on its rows, lies paper or a line of text; beside a piece of a
    white-on-black title lies more of its black ground."""
    x0, y0, x1, y1 = b
    reach = max(40, x1 - x0)
    side = np.concatenate(
        (dark[y0:y1, max(0, x0 - reach) : x0], dark[y0:y1, x1 : x1 + reach]), axis=1
    )
    return side.size == 0 or float(side.mean()) < 0.45


def _sparse(b: tuple[int, ...], chunky: Sequence[tuple[int, ...]], gap: int = 40) -> bool:
    """Redaction boxes come one or two together; a crowd of solid pieces is the black ground
    of a white-on-black title, cut up by its letters."""
    near = sum(
        1
        for o in chunky
        if _px_inside(o, b) < 0.5 and o[0] - gap < b[2] and b[0] - gap < o[2] and o[1] - gap < b[3]
        and b[1] - gap < o[3]
    )  # fmt: skip
    return near < 3


def _px_area(b: tuple[int, ...]) -> int:
    return (b[2] - b[0]) * (b[3] - b[1])


def _px_inside(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Share of box ``a`` that lies inside box ``b``."""
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    return ix * iy / max(1, _px_area(a))


def render_gray(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[
        :, : pix.width
    ]


def to_points(page: pymupdf.Page, px: tuple[int, ...], dpi: int) -> Box:
    """Pixel box of the rendered (rotated) page to points of the unrotated page."""
    zoom = dpi / 72.0
    rect = pymupdf.Rect(px[0] / zoom, px[1] / zoom, px[2] / zoom, px[3] / zoom)
    rect = rect * page.derotation_matrix
    rect.normalize()
    return Box(rect.x0, rect.y0, rect.x1, rect.y1)


def vector_boxes(page: pymupdf.Page) -> list[Box]:
    """Filled dark rectangles drawn on the page (a redaction tool's black boxes)."""
    out = []
    for d in page.get_drawings():
        fill = d.get("fill")
        rect = d.get("rect")
        if fill is None or rect is None or max(fill) > 0.2:
            continue
        if rect.width >= 10 and rect.height >= 5:
            out.append(Box(rect.x0, rect.y0, rect.x1, rect.y1))
    return out


@dataclass(frozen=True, slots=True)
class PageWord:
    """A word of the page with its box in points of the unrotated page."""

    text: str
    box: Box
    block: int = 0
    line: int = 0


def pdf_words(page: pymupdf.Page) -> list[PageWord]:
    """The words PyMuPDF can extract from the page."""
    return [
        PageWord(w[4], Box(w[0], w[1], w[2], w[3]), int(w[5]), int(w[6]))
        for w in page.get_text("words")
    ]


def exemption_codes(words: Sequence[PageWord]) -> list[tuple[str, Box]]:
    """Exemption codes printed on the page, each with the box of its words."""
    lines: dict[tuple[int, int], list[PageWord]] = {}
    for w in words:
        lines.setdefault((w.block, w.line), []).append(w)
    out = []
    for line in lines.values():
        text, spans, pos = "", [], 0
        for w in line:
            spans.append((pos, pos + len(w.text)))
            text += w.text + " "
            pos += len(w.text) + 1
        for d in detect_markings(text):
            if d.category != "exemption":
                continue
            inside = [
                w.box for w, (s, e) in zip(line, spans, strict=True) if s < d.end and d.start < e
            ]
            out.append((d.value, _union(inside)))
    return out


def _union(boxes: Sequence[Box]) -> Box:
    return Box(
        min(b.x0 for b in boxes),
        min(b.y0 for b in boxes),
        max(b.x1 for b in boxes),
        max(b.y1 for b in boxes),
    )


def _distance(code: Box, box: Box) -> float:
    """How far a code is from a box: beside it on the same band, or inside it; else infinite."""
    cy = (code.y0 + code.y1) / 2
    if not box.y0 - 14 <= cy <= box.y1 + 14:
        return float("inf")
    if code.x0 >= box.x1 - 2:
        gap = code.x0 - box.x1
    elif code.x1 <= box.x0 + 2:
        gap = box.x0 - code.x1
    else:
        gap = 0.0
    return max(gap, 0.0) if gap <= CODE_REACH else float("inf")


def _link_codes(boxes: Sequence[Box], codes: Sequence[tuple[str, Box]]) -> list[list[str]]:
    linked: list[list[str]] = [[] for _ in boxes]
    for value, where in codes:
        dists = [_distance(where, b) for b in boxes]
        if dists and min(dists) < float("inf"):
            target = linked[dists.index(min(dists))]
            if value not in target:
                target.append(value)
    return linked


def _words_under(box: Box, words: Sequence[PageWord]) -> list[PageWord]:
    def centre_in(b: Box) -> bool:
        cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
        return box.x0 <= cx <= box.x1 and box.y0 <= cy <= box.y1

    return [w for w in words if centre_in(w.box)]


def _leaks(page: pymupdf.Page, box: Box, words: Sequence[PageWord]) -> list[Text]:
    """What can still be extracted from under a drawn box: its words, and images (messages: the
    window's language in the detection's report; stored in the proposal's note in English)."""
    notes: list[Text] = []
    under = [w.text for w in _words_under(box, words) if sum(c.isalnum() for c in w.text) >= 2]
    if under:
        notes.append(WORDS_UNDER.format(n=len(under)))
    rect = pymupdf.Rect(box.x0, box.y0, box.x1, box.y1)
    for img in page.get_images(full=True):
        if any(r.intersects(rect) for r in page.get_image_rects(img[0])):
            notes.append(IMAGE_UNDER)
            break
    return notes


_PROSE_WORD = re.compile(r"[A-Za-z]*[a-z]{3,}[A-Za-z]*[.,;:]?")
_WORD = re.compile(r"[A-Za-z]{3,}[.,;:]?")


def _prose_under(box: Box, words: Sequence[PageWord]) -> list[PageWord]:
    return [w for w in _words_under(box, words) if _PROSE_WORD.fullmatch(w.text)]


def _words_within(box: Box, words: Sequence[PageWord], slack: float = 1.0) -> list[PageWord]:
    """Words of three letters or more wholly inside ``box``: OCR layers misplace words a
    little, so only whole words inside were printed inside."""
    return [
        w
        for w in words
        if _WORD.fullmatch(w.text)
        and w.box.x0 >= box.x0 - slack
        and w.box.x1 <= box.x1 + slack
        and w.box.y0 >= box.y0 - slack
        and w.box.y1 <= box.y1 + slack
    ]


def _layer_leak(box: Box, words: Sequence[PageWord]) -> list[Text]:
    """A box burned into the scan hides its pixels, but a text layer made before the box was
    drawn still holds the words; OCR of the box itself gives rules (~~~, \\), not prose."""
    prose = _prose_under(box, words)
    if len(prose) >= 3:
        return [LAYER_HOLDS.format(n=len(prose))]
    return []


def find_redactions(
    page: pymupdf.Page, words: Sequence[PageWord] | None = None, *, dpi: int = DPI
) -> list[Redaction]:
    """Every redaction box on ``page`` with its linked exemption codes, share and leaks."""
    words = pdf_words(page) if words is None else words
    vectors = vector_boxes(page)
    found: list[tuple[str, Box]] = [("vector", b) for b in vectors]
    gray = render_gray(page, dpi)
    printed: list[Box] = []  # rectangles that look like a form's cells or header bars
    dark, faint = ink(gray)
    for kind, px in _raster_boxes(dark, faint, dpi):
        box = to_points(page, px, dpi)
        # An outline around words the text layer can read is a form's frame, not a redaction.
        framed = kind == "outlined" and len(_words_within(box, words)) >= 2
        if all(box.iou(v) < 0.5 for v in vectors) and not framed:
            found.append((kind, box))
            if grid_cell(dark, px, dpi) if kind == "outlined" else printed_label(dark, px):
                printed.append(box)
    found.sort(key=lambda kb: (kb[1].y0, kb[1].x0))
    codes = _link_codes([b for _, b in found], exemption_codes(words) if found else [])
    # A form's cell or bar is not proposed, unless a code printed beside it says it is redacted.
    kept = [(kb, c) for kb, c in zip(found, codes, strict=True) if c or kb[1] not in printed]
    found, codes = [kb for kb, _ in kept], [c for _, c in kept]
    page_area = page.cropbox.width * page.cropbox.height or 1.0
    out = []
    for (kind, box), linked in zip(found, codes, strict=True):
        notes = _leaks(page, box, words) if kind == "vector" else _layer_leak(box, words)
        out.append(
            Redaction(box, kind, tuple(linked), box.area / page_area, bool(notes), tuple(notes))
        )
    return out


def source_page(source: str, kind: str, index: int) -> pymupdf.Page:
    """Worker process: page ``index`` of the library source (kept open for the worker's next
    page). A page the source no longer has (a damaged page tree, which MuPDF reads as fewer
    pages once it has walked it) raises, to be warned of: it is not searched."""
    doc = worker_document(source, "pdf" if kind == "pdf" else None)
    if index >= doc.page_count:
        raise ValueError(f"the file has only {doc.page_count} readable pages; it may be damaged")
    page: pymupdf.Page = doc.load_page(index)
    return page


def page_redactions(source: str, kind: str, index: int, words: list[PageWord]) -> list[Redaction]:
    """Worker process: the redaction boxes of page ``index`` of the library source ``source``
    (detection's search; rendering holds the GIL, so not in the process that asks). The source
    stays open for the worker's next page; this module is preloaded by the fork server."""
    return find_redactions(source_page(source, kind, index), words)
