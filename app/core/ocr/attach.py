"""Attaching OCR files (ALTO, PAGE, hOCR) to a document as text layers, boxes and all.

The files' pages, in the order given (a folder: its files in natural name order), go onto the
document's pages in order. Each file page's words are scaled from the file's coordinate space onto
the page: pixels of the page image *as shown* (rotation applied, as Redline's own exports and
Tesseract's input are), or — for a rotated page — of the unrotated raster when that is the shape
the file has; a file page whose shape is neither is refused. Where the file states (or its size
implies) a resolution at which the page renders to exactly its size, the mapping is
:meth:`PageGeometry.from_image` itself, so Redline's exports come back to the same points.

Each page gets a new layer (``source`` ``imported-alto`` / ``imported-page`` / ``imported-hocr``,
the producing software as engine and version): no alignment is needed. It becomes the page's
active layer when the page had no text, or when asked (annotations are then re-anchored). Every
file is read and checked before anything is written, and all pages are stored in one
transaction: a bad file changes nothing.

A single plain-text file goes to companion-text alignment (:mod:`app.core.ocr.companion`) instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.core.changelog import utcnow
from app.core.documents.render import PageGeometry
from app.core.documents.textlayer import RawWord, insert_text_layer, set_active_layer
from app.core.errors import NotFoundError, RedlineError
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.library import Library
from app.core.ocr.companion import AlignmentReport, attach_companion_text
from app.core.ocr.file_words import FilePage, OcrFile, OcrFileError
from app.core.ocr.formats import is_markup, parse_ocr
from app.core.ocr.reanchor import reanchor_page
from app.core.safe_xml import MAX_BYTES, read_limited
from app.core.wording import translate

SOURCES = {"alto": "imported-alto", "page": "imported-page", "hocr": "imported-hocr"}
FORMAT_NAMES = {"alto": "ALTO", "page": "PAGE XML", "hocr": "hOCR"}
OCR_SUFFIXES = {".xml", ".alto", ".hocr", ".html", ".htm", ".xhtml"}
SHAPE_TOLERANCE = 0.03  # relative difference of aspect ratios still taken for the same page
UNIT_POINTS = {"mm10": 72 / 254, "inch1200": 72 / 1200}
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
Mapper = Callable[[tuple[float, float, float, float]], tuple[float, ...]]


class OcrImportCancelled(RedlineError):
    """The person cancelled; nothing was attached."""


@dataclass(frozen=True)
class AttachedPage:
    page_index: int
    file: str
    words: int
    estimated: int  # words whose box was estimated along their line
    text_layer_id: TextLayerId
    active: bool


@dataclass
class OcrImportReport:
    """What attaching OCR files did, page by page."""

    document_id: DocumentId
    format: str
    producer: str | None
    pages: list[AttachedPage] = field(default_factory=list)
    orphaned_annotations: int = 0

    @property
    def words(self) -> int:
        return sum(p.words for p in self.pages)

    @property
    def estimated(self) -> int:
        return sum(p.estimated for p in self.pages)


def _natural(path: Path) -> list[object]:
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", path.name)]


def expand_ocr_paths(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a folder becomes its OCR files (.xml, .hocr, .html…) in natural order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(
                (f for f in p.iterdir() if f.is_file() and f.suffix.lower() in OCR_SUFFIXES),
                key=_natural,
            )
            if not found:
                raise OcrFileError(
                    translate("Redline", "{name} holds no ALTO, PAGE or hOCR files").format(
                        name=p.name
                    )
                )
            out.extend(found)
        else:
            out.append(p)
    if not out:
        raise OcrFileError(translate("Redline", "no OCR file given"))
    return out


@dataclass(frozen=True)
class _DocPage:
    id: PageId
    index: int
    geometry: PageGeometry
    has_text: bool


def _document_pages(lib: Library, doc_id: DocumentId) -> list[_DocPage]:
    with lib.reading() as s:
        rows = (
            s.connection()
            .exec_driver_sql(
                "SELECT id, page_index, width, height, rotation, active_text_layer_id, needs_ocr "
                "FROM pages WHERE document_id = ? ORDER BY page_index",
                (doc_id,),
            )
            .all()
        )
    if not rows:
        raise NotFoundError(
            translate("Redline", "there is no document {doc_id}").format(doc_id=doc_id)
        )
    return [
        _DocPage(
            PageId(r[0]), r[1], PageGeometry(r[2], r[3], r[4] or 0), r[5] is not None and not r[6]
        )
        for r in rows
    ]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= SHAPE_TOLERANCE * max(a, b)


def _from_image(geometry: PageGeometry, dpi: float) -> Mapper:
    """Boxes (x0, y0, x1, y1) in pixels of the page shown at ``dpi`` -> unrotated points."""

    def to_page(b: tuple[float, float, float, float]) -> tuple[float, ...]:
        return geometry.from_image((b[0], b[1], b[2] - b[0], b[3] - b[1]), dpi)

    return to_page


def page_mapper(fp: FilePage, geometry: PageGeometry, where: str) -> Mapper:
    """A function from a box in the file page's space to a box in unrotated page points."""
    shown_w, shown_h = geometry.display_size
    if fp.width is None or fp.height is None or fp.width <= 0 or fp.height <= 0:
        if fp.unit in UNIT_POINTS:
            return _from_image(geometry, 72 / UNIT_POINTS[fp.unit])
        raise OcrFileError(
            translate(
                "Redline", "{where} does not give the size of its image, so it cannot be placed"
            ).format(where=where)
        )
    size = (round(fp.width), round(fp.height))
    for dpi in (fp.dpi, 72 * fp.width / shown_w):
        if fp.unit == "pixel" and dpi and geometry.image_size(dpi) == size:
            return _from_image(geometry, dpi)
    if _close(fp.width / fp.height, shown_w / shown_h):
        sx, sy = shown_w / fp.width, shown_h / fp.height
        # Scaled to points of the page as shown on each axis, then from_image at 72 dpi (1:1).
        return lambda b: geometry.from_image(
            (b[0] * sx, b[1] * sy, (b[2] - b[0]) * sx, (b[3] - b[1]) * sy), 72
        )
    if geometry.rotation % 180 and _close(fp.width / fp.height, geometry.width / geometry.height):
        sx, sy = geometry.width / fp.width, geometry.height / fp.height
        return lambda b: (b[0] * sx, b[1] * sy, b[2] * sx, b[3] * sy)  # the unrotated raster
    raise OcrFileError(
        translate(
            "Redline",
            "{where} is {width:g} x {height:g} {unit}, not the "
            "shape of the scan's page ({shown_w:.0f} x "
            "{shown_h:.0f} points as shown): is it the right file "
            "or page?",
        ).format(
            where=where,
            width=fp.width,
            height=fp.height,
            unit=fp.unit,
            shown_w=shown_w,
            shown_h=shown_h,
        )
    )


def place_words(fp: FilePage, geometry: PageGeometry, where: str) -> list[RawWord]:
    """The file page's words as RawWords in PDF points of the unrotated page."""
    to_page = page_mapper(fp, geometry, where)
    out: list[RawWord] = []
    counter: dict[tuple[int, int], int] = {}
    for w in fp.words:
        n = counter[(w.block, w.line)] = counter.get((w.block, w.line), 0) + 1
        x0 = y0 = x1 = y1 = None
        if w.box is not None:
            x0, y0, x1, y1 = to_page(w.box)
        out.append(RawWord(w.text, x0, y0, x1, y1, w.block, w.line, n, w.confidence))
    return out


def split_producer(producer: str | None) -> tuple[str | None, str | None]:
    """``"tesseract 5.3.0"`` -> ("tesseract", "5.3.0"); each cut to fit its column."""
    if not producer:
        return None, None
    m = re.match(r"^(.*?\S)[\s/-]+v?(\d[\w.+-]*)$", producer.strip())
    if m:
        return m.group(1)[:64], m.group(2)[:64]
    return producer.strip()[:64], None


def read_ocr_files(
    files: Sequence[Path],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    max_bytes: int = MAX_BYTES,
) -> list[OcrFile]:
    """Read and parse every file (nothing is stored); one error line for the first bad one."""
    out = []
    for i, path in enumerate(files):
        if cancel is not None and cancel():
            raise OcrImportCancelled(translate("Redline", "cancelled: nothing was attached"))
        raw = read_limited(path, max_bytes)
        if not is_markup(raw):
            raise OcrFileError(
                translate(
                    "Redline",
                    "{name} is plain text, not ALTO, PAGE or hOCR; attach a "
                    "plain OCR text on its own",
                ).format(name=path.name)
            )
        out.append(parse_ocr(raw, path.name))
        if progress is not None:
            progress(i + 1, len(files))
    formats = {f.format for f in out}
    if len(formats) > 1:
        raise OcrFileError(
            translate("Redline", "the files mix formats ({formats}); attach one format at a time")
            .format(formats=", ".join(sorted(formats)))
        )  # fmt: skip
    return out


def _first_page(count: int, pages: int, first: int | None, near: int | None) -> int:
    if first is not None:
        if not 0 <= first < pages or first + count > pages:
            raise OcrFileError(
                translate(
                    "Redline",
                    "the files hold {count} page(s); from page {page} the document has only {left}",
                ).format(count=count, page=first + 1, left=max(pages - first, 0))
            )
        return first
    if count > pages:
        raise OcrFileError(
            translate("Redline", "the files hold {count} pages; the document has {pages}").format(
                count=count, pages=pages
            )
        )
    if count < pages and near is not None and near >= 0 and near + count <= pages:
        return near
    return 0


def attach_ocr_files(
    lib: Library,
    doc_id: DocumentId,
    paths: Sequence[Path],
    *,
    first_page: int | None = None,
    near_page: int | None = None,
    activate: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    max_bytes: int = MAX_BYTES,
) -> OcrImportReport:
    """Attach ALTO, PAGE or hOCR files to a document, one layer per page they hold.

    ``first_page`` (0-based) puts the files' first page there; otherwise they start at the first
    page, or at ``near_page`` (the page on screen) when they hold fewer pages than the document.
    """
    pages = _document_pages(lib, doc_id)
    files = read_ocr_files(expand_ocr_paths(paths), progress, cancel, max_bytes)
    flat = [(f, fp) for f in files for fp in f.pages]
    if not flat:
        raise OcrFileError(translate("Redline", "the files hold no page"))
    start = _first_page(len(flat), len(pages), first_page, near_page)
    placed = []
    for k, (f, fp) in enumerate(flat):
        page = pages[start + k]
        where = f"{f.name}, page {f.pages.index(fp) + 1}" if len(f.pages) > 1 else f.name
        placed.append((page, f.name, fp, place_words(fp, page.geometry, where)))
    report = OcrImportReport(DocumentId(int(doc_id)), files[0].format, files[0].producer)
    _store(lib, placed, report, activate)
    return report


def _store(
    lib: Library,
    placed: Sequence[tuple[_DocPage, str, FilePage, list[RawWord]]],
    report: OcrImportReport,
    activate: bool,
) -> None:
    engine, version = split_producer(report.producer)
    now = utcnow()
    with lib.transaction() as session:
        conn = session.connection()
        for page, name, fp, words in placed:
            dpi = fp.dpi or (72 * fp.width / page.geometry.display_size[0] if fp.width else None)
            layer_id, text = insert_text_layer(
                conn, page.id, words, source=SOURCES[report.format], created_at=now,
                engine=engine, engine_version=version, dpi=round(dpi) if dpi else None,
                source_file=name,
            )  # fmt: skip
            active = activate or not page.has_text
            if active:
                set_active_layer(conn, page.id, layer_id, text)
                anchors = reanchor_page(session, page.id, layer_id, text, now)
                report.orphaned_annotations += len(anchors.orphaned)
            estimated = sum(w.estimated for w in fp.words)
            report.pages.append(
                AttachedPage(page.index, name, len(words), estimated, layer_id, active)
            )


def check_text_files(paths: Sequence[Path]) -> None:
    """Read what :func:`attach_text_files` would, raising its error for a bad file, storing
    nothing (``import --text`` checks before it imports the scan)."""
    if len(paths) == 1 and paths[0].is_file() and not is_markup(read_limited(paths[0])):
        return
    read_ocr_files(expand_ocr_paths(paths))


def attach_text_files(
    lib: Library,
    doc_id: DocumentId,
    paths: Sequence[Path],
    *,
    first_page: int | None = None,
    near_page: int | None = None,
    activate: bool = False,
    force: bool = False,
    language: str = "eng",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> OcrImportReport | AlignmentReport:
    """Attach what the files are: OCR files as layers with their own boxes, or one plain text
    aligned to the scan's words (the format is told by the content; ``force``: activated even
    when poorly aligned, see :func:`attach_companion_text`)."""
    if len(paths) == 1 and paths[0].is_file():
        raw = read_limited(paths[0])
        if not is_markup(raw):
            if first_page is not None:
                raise RedlineError(
                    translate(
                        "Redline", "--page applies to ALTO, PAGE and hOCR files, not plain text"
                    )
                )
            text = raw.decode("utf-8", errors="replace")
            return attach_companion_text(
                lib, doc_id, text, activate=activate, force=force, language=language,
                source_file=paths[0].name,
            )  # fmt: skip
    return attach_ocr_files(
        lib, doc_id, paths, first_page=first_page, near_page=near_page, activate=activate,
        progress=progress, cancel=cancel,
    )  # fmt: skip
