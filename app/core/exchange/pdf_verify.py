"""The check a publication PDF passes before it exists: the written file is read back by two
independent readers, PyMuPDF (MuPDF) and poppler (``pdftotext -bbox``, ``pdftoppm``).

For every burned region:
- no character either reader extracts lies inside it (only the printed exemption codes): no
  letter under it as PyMuPDF bounds its glyph's ink (the rule the burn takes words out by:
  :mod:`app.core.exchange.pdf_glyphs`), no word's core (its box less a little of its height
  each way: :func:`_core`) as poppler boxes it;
- PyMuPDF and poppler both render it as the fill (less an anti-aliasing margin), but on the
  letters of the exemption codes printed there, as the same reader renders them drawn alone (the
  page's burns painted again on a blank page of its size and turn);
- every image drawn there holds one value under it, at the image's own resolution (soft masks
  too), and no vector art but the fill lies there.
For the whole file:
- no quote of a burned, text-anchored redaction appears in the text either reader extracts from
  any page, nor in any object or decompressed stream (images and font programs aside);
- no document information, XMP metadata, embedded file, script, form or outline (unless asked
  for) is present, and no annotation but those asked for, none over a region.

Any finding raises :class:`LeakFound`, naming the page and the region; the export then writes
nothing. poppler runs in its own processes while PyMuPDF checks, so the two overlap.
"""

from __future__ import annotations

import contextlib
import html
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf

from app.core.exchange.common import ExportCancelled, ExportError
from app.core.exchange.pdf_burn import Burn, Look, paint
from app.core.exchange.pdf_glyphs import GRAZE, glyph_boxes, under_any
from app.core.exchange.pdf_pixels import (
    DPI,
    Area,
    Placement,
    mupdf_render_leak,
    placements,
    poppler_render_leak,
    read_pgm,
    samples,
    uniform_under,
)
from app.core.scratch import scratch_dir
from app.core.wording import Message, translate

EDGE = 0.1  # points: a box must reach this far into a region to count as inside it
MIN_QUOTE = 3  # shorter quotes (a letter, an initial) are not searched for in the whole file
POPPLER_TIMEOUT_S = 600
FORBIDDEN_CATALOG_KEYS = ("Names", "OpenAction", "AA", "AcroForm", "Metadata", "StructTreeRoot")

Cancel = Callable[[], bool]
HIGHLIGHT: int = getattr(pymupdf, "PDF_ANNOT_HIGHLIGHT", 8)


class LeakFound(ExportError):
    """The written file still holds something of a redaction (the message says what, where)."""


class PopplerMissing(ExportError):
    """poppler-utils, the second reader, is not installed."""


@dataclass(frozen=True)
class Region:
    """A burned region as the verification checks it (unrotated page points, top-left origin)."""

    page_index: int
    number: int  # 1-based on its page, as the messages and the report count them
    rect: pymupdf.Rect
    label: str = ""
    label_rect: pymupdf.Rect | None = None
    burn: Burn | None = None  # as painted: drawn again alone to know where its codes' letters are

    def where(self) -> Message:
        r = self.rect
        return translate(
            "Redline",
            "page {page}, region {number} (x {x:.0f}, y {y:.0f}, {width:.0f} x {height:.0f} pt)",
        ).format(
            page=self.page_index + 1, number=self.number, x=r.x0, y=r.y0, width=r.width,
            height=r.height,
        )  # fmt: skip


@dataclass(frozen=True)
class Expected:
    """What the file must (not) hold: the regions, the quotes, the fill, what was asked for."""

    regions: Sequence[Region]
    quotes: Sequence[str]
    fill: tuple[float, float, float]
    fill_grey: int
    inset: float
    ink: tuple[float, float, float] = (1.0, 1.0, 1.0)  # the printed codes' colour
    outline: bool = False
    links: bool = False
    annotations: bool = False


@dataclass(frozen=True)
class Verification:
    """What was checked and by whom."""

    readers: tuple[str, ...]
    pages: int
    regions: int
    quotes: int
    seconds: float


def readers() -> tuple[str, ...]:
    """The two readers and their versions."""
    return (f"PyMuPDF {pymupdf.VersionBind} (MuPDF {pymupdf.VersionFitz})", _poppler_version())


def _poppler_version() -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        raise PopplerMissing(
            translate(
                "Redline",
                "poppler-utils (pdftotext, pdftoppm) is needed to check a publication PDF before "
                "it is written; install it (Debian/Ubuntu: apt-get install poppler-utils)",
            )
        )
    done = subprocess.run([tool, "-v"], capture_output=True, text=True, check=False)
    found = re.search(r"version (\S+)", done.stderr + done.stdout)
    return f"poppler {found.group(1) if found else '(unknown version)'}"


# --- poppler, in processes of its own ---------------------------------------------------------


class Poppler:
    """pdftotext -bbox of the whole file and pdftoppm of the pages with regions, started at once
    and read when the PyMuPDF checks are done."""

    def __init__(self, path: Path, pages: Sequence[int], work: Path, alone: Path | None) -> None:
        self.work = work
        self.words_file = work / "words.html"
        self.text = subprocess.Popen(
            ["pdftotext", "-cropbox", "-bbox", "-enc", "UTF-8", str(path), str(self.words_file)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.renders: list[subprocess.Popen[bytes]] = []
        for first, last in _runs(pages):
            command = ["pdftoppm", "-cropbox", "-gray", "-r", str(DPI)]
            command += ["-f", str(first + 1), "-l", str(last + 1), str(path), str(work / "page")]
            self.renders.append(
                subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            )
        if alone is not None:
            command = ["pdftoppm", "-cropbox", "-gray", "-r", str(DPI), str(alone)]
            self.renders.append(
                subprocess.Popen(
                    [*command, str(work / "alone")],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            )

    def _wait(self, proc: subprocess.Popen[bytes], what: str, cancel: Cancel | None) -> None:
        deadline = time.monotonic() + POPPLER_TIMEOUT_S
        while True:
            try:
                proc.wait(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                if (cancel is not None and cancel()) or time.monotonic() > deadline:
                    self.stop()
                    if cancel is not None and cancel():
                        raise ExportCancelled(translate("Redline", "export cancelled")) from None
                    raise LeakFound(
                        translate("Redline", "poppler's {program} did not finish reading the file")
                        .format(program=what)
                    ) from None  # fmt: skip
        if proc.returncode != 0:
            err = (proc.stderr.read() if proc.stderr else b"").decode(errors="replace").strip()
            raise LeakFound(
                translate("Redline", "poppler's {program} cannot read the written file: {reason}")
                .format(program=what, reason=err[:200])
            )  # fmt: skip

    def words(self, cancel: Cancel | None) -> list[list[tuple[pymupdf.Rect, str]]]:
        """Each page's words with their boxes (rotated page points, as the page is shown)."""
        self._wait(self.text, "pdftotext", cancel)
        return parse_bbox_html(self.words_file.read_text(encoding="utf-8"))

    def renders_by_page(self, cancel: Cancel | None, prefix: str = "page") -> dict[int, Path]:
        """The rendered pages by index (``prefix``: "alone" for the burns drawn alone)."""
        for proc in self.renders:
            self._wait(proc, "pdftoppm", cancel)
        found = {}
        for image in self.work.glob(f"{prefix}-*.pgm"):
            found[int(image.stem.rsplit("-", 1)[1]) - 1] = image
        return found

    def stop(self) -> None:
        """End what still runs, and close the pipes of its messages (each left to the garbage
        collector was a ResourceWarning on stderr, three a publication)."""
        for proc in (self.text, *self.renders):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            if proc.stderr is not None:
                proc.stderr.close()


def _runs(pages: Sequence[int]) -> list[tuple[int, int]]:
    """Pages as runs of consecutive pages; at most 4 runs (further gaps are rendered across)."""
    runs: list[tuple[int, int]] = []
    for p in sorted(set(pages)):
        if runs and p == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], p)
        else:
            runs.append((p, p))
    while len(runs) > 4:
        gaps = [runs[i + 1][0] - runs[i][1] for i in range(len(runs) - 1)]
        i = gaps.index(min(gaps))
        runs[i : i + 2] = [(runs[i][0], runs[i + 1][1])]
    return runs


_PAGE = re.compile(r"<page\b[^>]*>(.*?)</page>", re.S)
_WORD = re.compile(
    r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>', re.S
)


def parse_bbox_html(text: str) -> list[list[tuple[pymupdf.Rect, str]]]:
    """The pages of ``pdftotext -bbox`` output: each a list of (box, word)."""
    return [
        [
            (pymupdf.Rect(*(float(v) for v in m.groups()[:4])), html.unescape(m.group(5)))
            for m in _WORD.finditer(page)
        ]
        for page in _PAGE.findall(text)
    ]


# --- the checks -------------------------------------------------------------------------------


def _inside(box: pymupdf.Rect, region: pymupdf.Rect) -> bool:
    """Whether ``box`` reaches into ``region`` (by more than :data:`EDGE`)."""
    inner = pymupdf.Rect(region.x0 + EDGE, region.y0 + EDGE, region.x1 - EDGE, region.y1 - EDGE)
    return bool(box.intersects(inner))


def _is_label(text: str, box: pymupdf.Rect, regions: Sequence[Region], slack: float) -> bool:
    """A word or character of the printed codes of one of the page's regions, where they are
    (boxes may overlap, so one region's codes may lie inside another)."""
    for region in regions:
        r = region.label_rect
        if not region.label or r is None:
            continue
        room = pymupdf.Rect(r.x0 - slack, r.y0 - slack, r.x1 + slack, r.y1 + slack)
        if room.contains(box) and all(ch in region.label for ch in text):
            return True
    return False


def _boxes_inside(boxes: np.ndarray, region: pymupdf.Rect) -> np.ndarray:
    """Which of ``boxes`` (n x 4: x0, y0, x1, y1) reach into ``region`` (vectorised
    :func:`_inside`: a page may hold tens of thousands of characters)."""
    if not len(boxes):
        return np.zeros(0, dtype=bool)
    return (
        (boxes[:, 0] < region.x1 - EDGE)
        & (boxes[:, 2] > region.x0 + EDGE)
        & (boxes[:, 1] < region.y1 - EDGE)
        & (boxes[:, 3] > region.y0 + EDGE)
    )


Found = Sequence[tuple[str, tuple[float, float, float, float]]]  # (text, x0, y0, x1, y1)


def _check_boxes(
    found: Found,
    regions: Sequence[Region],
    slack: float,
    found_inside: Message,
    inside: Callable[[np.ndarray, pymupdf.Rect], np.ndarray] = _boxes_inside,
) -> None:
    """No extracted character or word ``inside`` a region but the page's printed codes
    (``found_inside``: the finding, with the region's ``{where}`` and the ``{text}``)."""
    boxes = np.array([box for _, box in found], dtype=np.float64).reshape(-1, 4)
    for region in regions:
        for i in np.flatnonzero(inside(boxes, region.rect)).tolist():
            text, box = found[i]
            if not _is_label(text, pymupdf.Rect(box), regions, slack):
                raise LeakFound(found_inside.format(where=region.where(), text=text))


def _check_mupdf_text(page: pymupdf.Page, regions: Sequence[Region]) -> None:
    glyphs = glyph_boxes(page)
    chars = list(zip(glyphs.text, map(tuple, glyphs.judged.tolist()), strict=True))
    leak = translate("Redline", "{where}: PyMuPDF still extracts the character {text!r} inside it")
    _check_boxes(chars, regions, 1.0, leak, under_any)


def _check_poppler_text(
    words: Sequence[tuple[pymupdf.Rect, str]], derotate: pymupdf.Matrix, regions: Sequence[Region]
) -> None:
    found = []
    for shown, text in words:
        box = shown * derotate
        found.append((text, _core(box)))
    leak = translate("Redline", "{where}: poppler still extracts {text!r} inside it")
    _check_boxes(found, regions, 2.5, leak)


def _core(box: pymupdf.Rect) -> tuple[float, float, float, float]:
    """A word's box less :data:`~app.core.exchange.pdf_glyphs.GRAZE` of its line's height above,
    below and at its ends (never past its middle): where its letters' ink lies, whichever letters
    they are. poppler boxes a word by its font's ascent and descent, which on lines set close
    reach into the lines above and below (1.1 points of 15 on lines set 11 on 14 points) where no
    letter of it is; MuPDF's check sees each letter's ink."""
    trim = GRAZE * min(box.height, box.width)  # (a word printed sideways: its line runs down)
    dx, dy = min(trim, box.width / 2), min(trim, box.height / 2)
    return (box.x0 + dx, box.y0 + dy, box.x1 - dx, box.y1 - dy)


def _item_box(item: tuple[object, ...]) -> pymupdf.Rect:
    """The bounding box of one drawing command (line, curve, rectangle or quad)."""
    points: list[pymupdf.Point] = []
    for part in item[1:]:
        if isinstance(part, pymupdf.Rect):
            points += [part.tl, part.br]
        elif isinstance(part, pymupdf.Quad):
            points += [part.ul, part.ur, part.ll, part.lr]
        elif isinstance(part, pymupdf.Point):
            points.append(part)
    if not points:
        return pymupdf.Rect()
    xs, ys = [p.x for p in points], [p.y for p in points]
    return pymupdf.Rect(min(xs), min(ys), max(xs), max(ys))


def _check_drawings(page: pymupdf.Page, regions: Sequence[Region], expect: Expected) -> None:
    """No vector art inside a region but its own fill and outline."""
    for path in page.get_drawings():
        filled = path.get("fill") is not None
        for item in path["items"]:
            area = _item_box(item)
            for region in regions:
                if not _touches(area, region.rect):
                    continue
                own_fill = filled and item[0] == "re" and any(_close(area, r.rect) for r in regions)
                own_outline = (
                    not filled and expect.inset > 0 and any(area in _grown(r) for r in regions)
                )
                if not (own_fill or own_outline):
                    raise LeakFound(
                        translate(
                            "Redline", "{where}: vector art other than the fill lies inside it"
                        ).format(where=region.where())
                    )


def _touches(area: pymupdf.Rect, region: pymupdf.Rect) -> bool:
    """Whether a drawing's box (a line's may have no width or height) reaches into a region."""
    return (
        area.x0 < region.x1 - EDGE
        and area.x1 > region.x0 + EDGE
        and area.y0 < region.y1 - EDGE
        and area.y1 > region.y0 + EDGE
    )


def _close(a: pymupdf.Rect, b: pymupdf.Rect, tol: float = 0.05) -> bool:
    return all(
        abs(x - y) <= tol for x, y in ((a.x0, b.x0), (a.y0, b.y0), (a.x1, b.x1), (a.y1, b.y1))
    )


def _grown(region: Region) -> pymupdf.Rect:
    r = region.rect
    return pymupdf.Rect(r.x0 - 0.5, r.y0 - 0.5, r.x1 + 0.5, r.y1 + 0.5)


class _Images:
    """The images drawn on one page, decoded once each, with their soft masks."""

    def __init__(self, doc: pymupdf.Document, page: pymupdf.Page) -> None:
        self.doc, self.page = doc, page
        self.listed = page.get_images(full=True)  # (xref, smask, width, height, ...)
        self._decoded: dict[int, np.ndarray] = {}
        self._exact: list[dict[str, Any]] | None = None

    def _pixels(self, xref: int) -> np.ndarray:
        if xref not in self._decoded:
            self._decoded[xref] = samples(pymupdf.Pixmap(self.doc, xref))
        return self._decoded[xref]

    def arrays_of(self, placed: Placement) -> list[np.ndarray]:
        """The sample arrays (image, then its soft mask) of what ``placed`` draws."""
        same = [x for x in self.listed if (x[2], x[3]) == (placed.width, placed.height)]
        if len(same) > 1:  # two images of one size: find which by the (slower) digests
            same = [x for x in same if x[0] == self._exact_xref(placed)]
        if not same:
            return self._inline(placed)
        xref, smask = same[0][0], same[0][1]
        return [self._pixels(xref)] + ([self._pixels(smask)] if smask else [])

    def _exact_xref(self, placed: Placement) -> int:
        if self._exact is None:
            self._exact = self.page.get_image_info(xrefs=True)
        for info in self._exact:
            if _close(pymupdf.Rect(info["bbox"]), placed.bbox):
                return int(info["xref"])
        return 0

    def _inline(self, placed: Placement) -> list[np.ndarray]:
        """An image written into the content stream itself (no object of its own)."""
        found = self.page.get_text("dict", flags=pymupdf.TEXT_PRESERVE_IMAGES, clip=placed.bbox)
        for block in found["blocks"]:
            if block["type"] == 1 and _close(pymupdf.Rect(block["bbox"]), placed.bbox, 0.5):
                return [samples(pymupdf.Pixmap(block["image"]))]
        raise LeakFound(
            translate("Redline", "an image on page {page} cannot be read back to check it").format(
                page=self.page.number + 1
            )
        )


def _check_images(
    doc: pymupdf.Document, page: pymupdf.Page, regions: Sequence[Region], expect: Expected
) -> None:
    images = _Images(doc, page)
    for placed in placements(page):
        hit = [r for r in regions if _inside(placed.bbox, r.rect)]
        if not hit:
            continue
        arrays = images.arrays_of(placed)
        for region in hit:
            for pixels in arrays:
                if not uniform_under(pixels, placed.transform, region.rect):
                    raise LeakFound(
                        translate(
                            "Redline",
                            "{where}: an image drawn there ({width} x {height} pixels) still "
                            "holds what lies under it",
                        ).format(where=region.where(), width=placed.width, height=placed.height)
                    )


def _area(region: Region, regions: Sequence[Region], expect: Expected) -> Area:
    labels = tuple(r.label_rect for r in regions if r.label_rect is not None)
    outlines = tuple(r.rect for r in regions if r is not region) if expect.inset else ()
    return Area(region.rect, expect.inset, labels, outlines)


def _draw_alone(
    path: Path, by_page: dict[int, list[Region]], expect: Expected, out: Path
) -> dict[int, int]:
    """Write ``out``: for each page of ``path`` whose regions print codes, a page of its size
    and turn holding only its burns, painted as the export paints them. Returns each such
    page's number in ``out`` by its index (empty: no codes printed, nothing written)."""
    numbers: dict[int, int] = {}
    look = Look(expect.fill, expect.ink, outline=expect.inset > 0)
    with pymupdf.open(path) as doc, pymupdf.open() as alone:
        for index, regions in sorted(by_page.items()):
            if not any(r.burn is not None and r.burn.label for r in regions):
                continue
            page = doc[index]
            rotate = page.rotation
            page.set_rotation(0)  # in memory only
            blank = alone.new_page(width=page.rect.width, height=page.rect.height)
            paint(blank, [r.burn or Burn(r.rect) for r in regions], look)
            blank.set_rotation(rotate)
            numbers[index] = len(numbers)
        if numbers:
            alone.save(out)
    return numbers


def _check_mupdf_render(
    page: pymupdf.Page, regions: Sequence[Region], expect: Expected, alone: pymupdf.Page | None
) -> None:
    for region in regions:
        wrong = mupdf_render_leak(page, _area(region, regions, expect), expect.fill_grey, alone)
        if wrong:
            raise LeakFound(
                translate(
                    "Redline",
                    "{where}: PyMuPDF renders {wrong} pixel(s) inside it other than the fill",
                ).format(where=region.where(), wrong=wrong)
            )


def _check_poppler_render(
    image: Path | None,
    rotation: pymupdf.Matrix,
    regions: Sequence[Region],
    expect: Expected,
    alone: Path | None,
) -> None:
    if image is None:
        raise LeakFound(
            translate("Redline", "page {page}: pdftoppm rendered no image of it").format(
                page=regions[0].page_index + 1
            )
        )
    grey = read_pgm(image)
    drawn = read_pgm(alone) if alone is not None else None
    for region in regions:
        area = _area(region, regions, expect)
        wrong = poppler_render_leak(grey, rotation, area, expect.fill_grey, drawn)
        if wrong:
            raise LeakFound(
                translate(
                    "Redline",
                    "{where}: poppler renders {wrong} pixel(s) inside it other than the fill",
                ).format(where=region.where(), wrong=wrong)
            )


# --- whole-file checks ------------------------------------------------------------------------


def _quote_pattern(quote: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in quote.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def searched_quotes(quotes: Sequence[str]) -> list[str]:
    """The quotes the whole file is searched for (long enough to mean something)."""
    found = {" ".join(q.split()) for q in quotes}
    return sorted(q for q in found if len(q.replace(" ", "")) >= MIN_QUOTE)


def _check_page_text(index: int, text: str, quotes: Sequence[str], reader: str) -> None:
    flat = " ".join(text.split())
    folded = flat.casefold()
    for quote in quotes:
        if quote.casefold() in folded and _quote_pattern(quote).search(flat):
            raise LeakFound(
                translate(
                    "Redline",
                    "page {page}: {reader} extracts the redacted text {quote!r} from it (outside "
                    "the boxes: redact it there too, or leave its redaction visible)",
                ).format(page=index + 1, reader=reader, quote=quote)
            )


def _byte_forms(quotes: Sequence[str]) -> list[tuple[str, bytes, re.Pattern[bytes]]]:
    """Each quote as a file may store it (UTF-8, UTF-16, its hex, Latin-1), lower-cased for a
    quick search, with the pattern that checks a find is a whole word."""
    out = []
    for quote in quotes:
        forms = {quote.encode("utf-8"), quote.encode("utf-16-be")}
        forms.add(quote.encode("utf-16-be").hex().encode())
        with contextlib.suppress(UnicodeEncodeError):  # not every quote has a Latin-1 form
            forms.add(quote.encode("latin-1"))
        for form in forms:
            pattern = rb"(?<![A-Za-z0-9])" + re.escape(form) + rb"(?![A-Za-z0-9])"
            out.append((quote, form.lower(), re.compile(pattern, re.IGNORECASE)))
    return out


def _stored(data: bytes, forms: Sequence[tuple[str, bytes, re.Pattern[bytes]]]) -> str | None:
    """The first quote ``data`` holds as a whole word, if any."""
    lowered = data.lower()
    for quote, form, pattern in forms:
        if form in lowered and pattern.search(data):
            return quote
    return None


def _unsearched(doc: pymupdf.Document) -> set[int]:
    """Streams not searched for quotes: images (their pixels are checked) and font programs."""
    skip = set()
    for xref in range(1, doc.xref_length()):
        keys = doc.xref_get_keys(xref)
        if "Subtype" in keys and doc.xref_get_key(xref, "Subtype")[1] == "/Image":
            skip.add(xref)
        for key in ("FontFile", "FontFile2", "FontFile3"):
            if key in keys:
                kind, value = doc.xref_get_key(xref, key)
                if kind == "xref":
                    skip.add(int(value.split()[0]))
    return skip


def _check_bytes(doc: pymupdf.Document, quotes: Sequence[str]) -> None:
    forms = _byte_forms(quotes)
    if not forms:
        return
    skip = _unsearched(doc)
    for xref in range(1, doc.xref_length()):
        texts = [doc.xref_object(xref, compressed=True).encode("latin-1", "replace")]
        if doc.xref_is_stream(xref) and xref not in skip:
            texts.append(doc.xref_stream(xref) or b"")
        for data in texts:
            quote = _stored(data, forms)
            if quote is not None:
                raise LeakFound(
                    translate(
                        "Redline",
                        "the redacted text {quote!r} is still stored in the file (object {xref})",
                    ).format(quote=quote, xref=xref)
                )
    quote = _stored(doc.xref_object(-1, compressed=True).encode("latin-1", "replace"), forms)
    if quote is not None:
        raise LeakFound(
            translate("Redline", "the redacted text {quote!r} is still in the file's trailer")
            .format(quote=quote)
        )  # fmt: skip


# Links and form fields are checked on their own below (annots() leaves them out too).
_OWN_CHECKS = frozenset({pymupdf.mupdf.PDF_ANNOT_LINK, pymupdf.mupdf.PDF_ANNOT_WIDGET})


def _check_document(doc: pymupdf.Document, expect: Expected, quotes: Sequence[str]) -> None:
    catalog = doc.xref_get_keys(doc.pdf_catalog())
    for key in FORBIDDEN_CATALOG_KEYS:
        if key in catalog:
            raise LeakFound(
                translate("Redline", "the file carries /{key} from its source").format(key=key)
            )
    if doc.embfile_count():
        raise LeakFound(translate("Redline", "the file carries embedded files"))
    if doc.get_toc() and not expect.outline:
        raise LeakFound(translate("Redline", "the file carries an outline nobody asked for"))
    for key, value in (doc.metadata or {}).items():
        if isinstance(value, str) and any(_quote_pattern(q).search(value) for q in quotes):
            raise LeakFound(
                translate("Redline", "the file's {key} names redacted text").format(key=key)
            )
    allowed = set()
    if expect.annotations:
        allowed.add(HIGHLIGHT)
    for page in doc.pages():
        number = int(page.number or 0) + 1
        # annot_xrefs in one pass: loading each annotation (annots()) scans the page's list
        # again for every one, quadratic in a page with thousands of notes (issue 20)
        for _, kind, _ in page.annot_xrefs():
            if kind not in allowed and kind not in _OWN_CHECKS:
                name = pymupdf.mupdf.pdf_string_from_annot_type(kind)
                raise LeakFound(
                    translate("Redline", "page {page} carries a {name} annotation").format(
                        page=number, name=name
                    )
                )
        if page.get_links() and not expect.links:
            raise LeakFound(translate("Redline", "page {page} carries links").format(page=number))
        if next(page.widgets(), None) is not None:
            raise LeakFound(
                translate("Redline", "page {page} carries a form field").format(page=number)
            )


def _on_page(regions: Sequence[Region]) -> dict[int, list[Region]]:
    found: dict[int, list[Region]] = {}
    for r in regions:
        found.setdefault(r.page_index, []).append(r)
    return found


def verify_publication(
    path: Path,
    expect: Expected,
    *,
    on_page: Callable[[], None] | None = None,
    cancel: Cancel | None = None,
) -> Verification:
    """Read ``path`` back with PyMuPDF and poppler; raise :class:`LeakFound` on any finding.
    ``on_page()`` is called as PyMuPDF starts each page (it may raise to cancel)."""
    started = time.perf_counter()
    who = readers()
    by_page = _on_page(expect.regions)
    quotes = searched_quotes(expect.quotes)
    with scratch_dir("verify") as work:
        alone_file = Path(work) / "alone.pdf"
        alone = _draw_alone(path, by_page, expect, alone_file)
        poppler = Poppler(path, list(by_page), Path(work), alone_file if alone else None)
        try:
            rotations = _check_with_mupdf(path, by_page, expect, quotes, on_page, alone_file, alone)
            words = poppler.words(cancel)
            for index, regions in by_page.items():
                _check_poppler_text(words[index], ~rotations[index], regions)
            for index, page_words in enumerate(words):
                _check_page_text(index, " ".join(w for _, w in page_words), quotes, "poppler")
            images = poppler.renders_by_page(cancel)
            drawn = poppler.renders_by_page(cancel, "alone")
            for index, regions in by_page.items():
                codes = drawn.get(alone[index]) if index in alone else None
                if index in alone and codes is None:
                    raise LeakFound(
                        translate("Redline", "page {page}: pdftoppm rendered no image of its codes")
                        .format(page=index + 1)
                    )  # fmt: skip
                _check_poppler_render(images.get(index), rotations[index], regions, expect, codes)
        finally:
            poppler.stop()
    return Verification(
        who,
        len(words),
        len(expect.regions),
        len(quotes),
        time.perf_counter() - started,
    )


def _check_with_mupdf(
    path: Path,
    by_page: dict[int, list[Region]],
    expect: Expected,
    quotes: Sequence[str],
    on_page: Callable[[], None] | None,
    alone_file: Path,
    alone: dict[int, int],
) -> dict[int, pymupdf.Matrix]:
    """The PyMuPDF half; returns each checked page's rotation (unrotated to shown points).
    ``alone``: the page in ``alone_file`` that holds a page's burns drawn alone, by index."""
    rotations: dict[int, pymupdf.Matrix] = {}
    with (
        pymupdf.open(path) as doc,
        pymupdf.open(alone_file) if alone else contextlib.nullcontext() as drawn,
    ):
        for index in range(doc.page_count):
            if on_page is not None:
                on_page()
            page = doc[index]
            regions = by_page.get(index)
            if regions:
                rotations[index] = pymupdf.Matrix(page.rotation_matrix)
                page.set_rotation(0)  # in memory only: regions are in unrotated points
                _check_mupdf_text(page, regions)
                _check_drawings(page, regions, expect)
                _check_images(doc, page, regions, expect)
                codes = drawn[alone[index]] if drawn is not None and index in alone else None
                if codes is not None:
                    codes.set_rotation(0)  # in memory only, as the page
                _check_mupdf_render(page, regions, expect, codes)
            _check_page_text(index, page.get_text(), quotes, "PyMuPDF")
        _check_bytes(doc, quotes)
        _check_document(doc, expect, quotes)
    return rotations
