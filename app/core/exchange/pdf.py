"""Publication PDF: the original scan, a searchable invisible layer of the corrected text, and
redactions marked for publication burned in.

A redaction is burned in when it is accepted, live, has a region and its body says
``"publish": true``: everything under it (text, image pixels, vector art) is removed from the
output by MuPDF's redaction, not covered. Pages whose only text is invisible (scans with OCR)
get their old text layer replaced by the corrected one; pages with visible text keep it.
Optionally the other annotations are added as PDF annotations (highlights with their content).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf
from sqlalchemy import Connection

from app.core.documents.textlayer import load_words
from app.core.exchange.common import (
    ExportError,
    ExportScope,
    ResolvedScope,
    load_body,
    progress_step,
    read_snapshot,
    resolve_scope,
)
from app.core.exchange.destination import atomic_file, check_file, check_folder, make_folder
from app.core.exchange.redline_json import ExportSummary
from app.core.exchange.text import Correction, file_name, page_corrections
from app.core.library import Library

pymupdf.TOOLS.mupdf_display_errors(False)

FONT = "helv"
# MuPDF's redaction options (not in PyMuPDF's type stubs): what apply_redactions removes.
IMAGE_NONE: int = getattr(pymupdf, "PDF_REDACT_IMAGE_NONE", 0)
IMAGE_PIXELS: int = getattr(pymupdf, "PDF_REDACT_IMAGE_PIXELS", 2)
LINE_ART_NONE: int = getattr(pymupdf, "PDF_REDACT_LINE_ART_NONE", 0)
LINE_ART_TOUCHED: int = getattr(pymupdf, "PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED", 2)
TEXT_REMOVE: int = getattr(pymupdf, "PDF_REDACT_TEXT_REMOVE", 0)


@dataclass(frozen=True)
class PlacedWord:
    text: str
    rect: pymupdf.Rect


def _mapper(corrections: Sequence[Correction]) -> tuple[list[int], list[int]]:
    """Starts of corrections in the original text and where they start in the corrected text."""
    starts, new_starts, shift = [], [], 0
    for c in corrections:
        starts.append(c.start)
        new_starts.append(c.start + shift)
        shift += len(c.replacement) - (c.end - c.start)
    return starts, new_starts


def _map(
    offset: int,
    corrections: Sequence[Correction],
    table: tuple[list[int], list[int]],
    *,
    is_end: bool,
) -> int:
    """Where an original word start (or end) lands in the corrected text."""
    starts, new_starts = table
    i = bisect.bisect_right(starts, offset - 1 if is_end else offset) - 1
    if i >= 0:
        c = corrections[i]
        inside = c.start < offset <= c.end if is_end else c.start <= offset < c.end
        if inside:
            return new_starts[i] + (len(c.replacement) if is_end else 0)
        return offset + new_starts[i] + len(c.replacement) - c.end
    return offset


def corrected_words(
    text: str, words: Sequence[tuple[int, int, pymupdf.Rect]], corrections: Sequence[Correction]
) -> list[PlacedWord]:
    """Each word box with its corrected reading (a correction over several words goes to the
    first of them; the others become empty and are left out)."""
    corrections = sorted(corrections, key=lambda c: c.start)
    fixed = text
    for c in reversed(corrections):
        fixed = fixed[: c.start] + c.replacement + fixed[c.end :]
    table = _mapper(corrections)
    out, done = [], 0
    for start, end, rect in words:
        a = max(_map(start, corrections, table, is_end=False), done)
        b = max(_map(end, corrections, table, is_end=True), a)
        done = b
        if fixed[a:b].strip():
            out.append(PlacedWord(fixed[a:b].strip(), rect))
    return out


def _page_words(conn: Connection, layer_id: int) -> list[tuple[int, int, pymupdf.Rect]]:
    return [
        (w.start, w.end, pymupdf.Rect(w.box))
        for w in load_words(conn, layer_id)
        if w.box is not None
    ]


def _has_visible_text(page: pymupdf.Page) -> bool:
    return any(span["type"] != 3 for span in page.get_texttrace())


def _strip_invisible_text(page: pymupdf.Page) -> None:
    page.add_redact_annot(page.rect)
    page.apply_redactions(
        images=IMAGE_NONE,
        graphics=LINE_ART_NONE,
        text=TEXT_REMOVE,
    )


def insert_invisible_words(page: pymupdf.Page, words: Sequence[PlacedWord]) -> None:
    """Write ``words`` as invisible text (render mode 3), each fitted into its box."""
    for w in words:
        height = max(w.rect.height, 1.0)
        size = height / 1.15
        length = pymupdf.get_text_length(w.text, fontname=FONT, fontsize=size)
        if length <= 0:
            continue
        baseline = pymupdf.Point(w.rect.x0, w.rect.y1 - 0.2 * size)
        scale = pymupdf.Matrix(max(w.rect.width, 0.5) / length, 1)
        page.insert_text(
            baseline, w.text, fontsize=size, fontname=FONT, render_mode=3, morph=(baseline, scale)
        )


@dataclass(frozen=True)
class PageNote:
    """An annotation to show in the PDF: where, and the text of its popup."""

    rect: pymupdf.Rect
    content: str
    author: str


def _union(words: Sequence[tuple[int, int, pymupdf.Rect]], start: int, end: int) -> pymupdf.Rect:
    rect = pymupdf.Rect()
    for s, e, r in words:
        if s < end and e > start:
            rect |= r
    return rect


def _content(kind: str, body: dict[str, Any], tag: str | None) -> str:
    if kind == "correction":
        return f"Correction: {body.get('replacement', '')}"
    if kind == "tag":
        return f"Tag: {tag or body.get('tag', '')}"
    if kind == "marking":
        return f"Marking ({body.get('category', '')}): {body.get('value', '')}"
    if kind == "redaction":
        codes = ", ".join(str(c) for c in body.get("exemptions", []))
        return f"Redaction {codes} {body.get('note', '')}".strip()
    return str(body.get("text", ""))


def _page_annotations(
    conn: Connection, page_id: int, words: Sequence[tuple[int, int, pymupdf.Rect]]
) -> tuple[list[pymupdf.Rect], list[PageNote]]:
    """The regions to burn in, and the other live, not rejected annotations of a page."""
    rows = conn.exec_driver_sql(
        'SELECT a.kind, a.body, a.x, a.y, a.w, a.h, a.start, a."end", a.author, t.name, '
        "a.status "
        "FROM annotations a LEFT JOIN tags t ON t.id = a.tag_id "
        "WHERE a.page_id = ? AND a.deleted = 0 AND a.status != 'rejected' ORDER BY a.uuid",
        (page_id,),
    ).all()
    burn: list[pymupdf.Rect] = []
    notes: list[PageNote] = []
    for kind, raw, x, y, w, h, start, end, author, tag, status in rows:
        body = load_body(raw)
        region = None if x is None else pymupdf.Rect(x, y, x + w, y + h)
        publish = kind == "redaction" and body.get("publish") is True and status == "accepted"
        if publish and region is not None:
            burn.append(region)
            continue
        rect = region if region is not None else _union(words, start or 0, end or 0)
        if not rect.is_empty:
            notes.append(PageNote(rect, _content(kind, body, tag), author or ""))
    return burn, notes


HIGHLIGHT = (1.0, 1.0, 0.0)  # yellow, as PyMuPDF's add_highlight_annot


def _add_notes(page: pymupdf.Page, notes: Sequence[PageNote], burn: Sequence[pymupdf.Rect]) -> None:
    """Highlights with popups; none over a burned-in region (it would point at what is gone).

    Made with MuPDF's own calls and their appearances drawn once for the page: PyMuPDF's
    add_highlight_annot scans every annotation of the page for each one it adds, and updating
    each redraws the page's, so 6,250 notes on a page took over 8 minutes (now a fraction of a
    second)."""
    mu = pymupdf.mupdf
    pdf_page = mu.pdf_page_from_fz_page(page.this)
    added = False
    for note in notes:
        if any(note.rect.intersects(r) for r in burn):
            continue
        r = note.rect
        annot = mu.pdf_create_annot(pdf_page, mu.PDF_ANNOT_HIGHLIGHT)
        mu.pdf_add_annot_quad_point(annot, mu.FzQuad(mu.FzRect(r.x0, r.y0, r.x1, r.y1)))
        mu.pdf_set_annot_contents(annot, note.content)
        mu.pdf_set_annot_author(annot, note.author)
        mu.pdf_set_annot_color(annot, list(HIGHLIGHT))
        added = True
    if added:
        mu.pdf_update_page(pdf_page)


def burn_in(page: pymupdf.Page, regions: Sequence[pymupdf.Rect]) -> None:
    """Remove text, image pixels and vector art under ``regions`` and paint them black."""
    if not regions:
        return
    for rect in regions:
        page.add_redact_annot(rect, fill=(0, 0, 0), cross_out=False)
    page.apply_redactions(
        images=IMAGE_PIXELS,
        graphics=LINE_ART_TOUCHED,
        text=TEXT_REMOVE,
    )


def _publish_page(
    conn: Connection, page: pymupdf.Page, row: Sequence[Any], with_annotations: bool
) -> int:
    """Prepare one page; return the number of regions burned in."""
    page_id, layer_id, text = row
    rotation = page.rotation
    page.set_rotation(0)  # stored coordinates are those of the unrotated page
    words = _page_words(conn, layer_id) if layer_id is not None else []
    if layer_id is not None and not _has_visible_text(page):
        _strip_invisible_text(page)
        placed = corrected_words(str(text), words, page_corrections(conn, page_id, layer_id))
        insert_invisible_words(page, placed)
    burn, notes = _page_annotations(conn, page_id, words)
    if with_annotations:
        _add_notes(page, notes, burn)
    burn_in(page, burn)
    page.set_rotation(rotation)
    return len(burn)


def _open_source(path: Path, kind: str) -> pymupdf.Document:
    try:
        if kind == "pdf":
            return pymupdf.open(path, filetype="pdf")
        with pymupdf.open(path) as image:
            return pymupdf.open("pdf", image.convert_to_pdf())
    except Exception as exc:  # MuPDF raises several types for broken files
        raise ExportError(f"the source of this document cannot be read ({exc})") from exc


def publish_document(
    lib: Library,
    conn: Connection,
    document_id: int,
    out: Path,
    *,
    with_annotations: bool = False,
    overwrite: bool = False,
) -> int:
    """Write the publication PDF of one document to ``out``; return regions burned in."""
    sha, kind = conn.exec_driver_sql(
        "SELECT source_sha256, source_kind FROM documents WHERE id = ?", (document_id,)
    ).one()
    source = lib.source_path(str(sha))
    if not source.exists():
        raise ExportError(f"the source file of document {document_id} is missing from the library")
    rows = conn.exec_driver_sql(
        "SELECT p.id, p.active_text_layer_id, t.text FROM pages p "
        "LEFT JOIN text_layers t ON t.id = p.active_text_layer_id "
        "WHERE p.document_id = ? ORDER BY p.page_index",
        (document_id,),
    ).all()
    burned = 0
    with _open_source(source, str(kind)) as doc:
        for index, row in enumerate(rows):
            burned += _publish_page(conn, doc[index], row, with_annotations)
        doc.set_metadata({"producer": "Redline", "creator": "Redline"})
        doc.del_xml_metadata()
        with atomic_file(out, overwrite=overwrite) as tmp:
            # garbage=2: unreferenced objects (what redaction cut loose) dropped and the xref
            # compacted; 3 also merges duplicate objects, quadratic in their number (a page
            # with 6,250 notes took minutes to save)
            doc.save(tmp, garbage=2, deflate=True)
    return burned


def _folder_targets(conn: Connection, out: Path, scope: ResolvedScope) -> list[Path]:
    """One PDF per document in the folder ``out``, named by title and uuid prefix."""
    check_folder(out)
    targets = []
    for doc_id, doc_uuid in zip(scope.document_ids, scope.document_uuids, strict=True):
        title = str(
            conn.exec_driver_sql("SELECT title FROM documents WHERE id = ?", (doc_id,)).scalar()
        )
        targets.append(out / file_name(title, doc_uuid).replace(".txt", ".pdf"))
    return targets


def export_pdf(
    lib: Library,
    out: Path | str,
    scope: ExportScope | None = None,
    *,
    with_annotations: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    overwrite: bool = False,
) -> ExportSummary:
    """Publication PDFs of the scope: ``out`` is the file when the scope is one document and
    ``out`` ends in ``.pdf``; otherwise a folder that gets one PDF per document. Existing files
    are replaced only with ``overwrite`` (every target is checked before the first is written).
    ``on_progress(documents done, documents)``; ``cancel()`` stops before the next document
    (raising ExportCancelled; the PDFs already written into the folder stay)."""
    step = progress_step(on_progress, cancel)

    out = Path(out)
    with lib.reading() as session:
        conn = session.connection()
        read_snapshot(conn)
        resolved = resolve_scope(conn, scope or ExportScope())
        single = len(resolved.document_ids) == 1 and out.suffix.lower() == ".pdf"
        if out.suffix.lower() == ".pdf" and len(resolved.document_ids) > 1:
            raise ExportError(
                f"{len(resolved.document_ids)} documents make {len(resolved.document_ids)} "
                f"PDFs: name a folder instead of {out.name}, or choose one --document"
            )
        targets = [out] if single else _folder_targets(conn, out, resolved)
        for target in targets:
            check_file(target, overwrite=overwrite)
        if not single:
            make_folder(out)
        burned = 0
        total = len(resolved.document_ids)
        for done, (doc_id, target) in enumerate(zip(resolved.document_ids, targets, strict=True)):
            step(done, total)
            burned += publish_document(
                lib, conn, doc_id, target, with_annotations=with_annotations, overwrite=overwrite
            )
    step(len(resolved.document_ids), len(resolved.document_ids))
    return ExportSummary(len(resolved.document_ids), burned, 0, str(out))
