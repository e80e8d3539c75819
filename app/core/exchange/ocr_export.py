"""OCR export: the corrected text of each page with its word boxes, as ALTO 4.4, PAGE XML 2019
or hOCR, into a folder: one subfolder per document (its title and uuid prefix), holding one
ALTO or PAGE file per page (``p0001.alto.xml``, ``p0001.page.xml``) or one hOCR file for the
document (``document.hocr``), and with ``images=True`` the page images the files name
(``p0001.png``, the page rendered at ``dpi`` as shown, accepted redactions painted out).

Every ALTO and PAGE file is checked against the official schema before it is kept; a document's
files are written into a hidden folder that replaces the document's folder only when all of
them are written and read back with nothing redacted in them
(:mod:`app.core.exchange.ocr_readback`), so a failed or cancelled export leaves no partial
document (documents already written stay).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf
from lxml import etree
from sqlalchemy import Connection

from app.core.changelog import utcnow
from app.core.documents.render import PageGeometry
from app.core.exchange.alto import alto_page
from app.core.exchange.common import (
    Cancel,
    ExportError,
    ExportScope,
    Progress,
    progress_step,
    resolve_scope,
)
from app.core.exchange.destination import (
    check_folder,
    check_folder_entry,
    made_folder,
    part_path,
    sweep_parts,
)
from app.core.exchange.formats import DEFAULT_DPI, OCR_FORMATS
from app.core.exchange.hocr import hocr_bytes, hocr_document
from app.core.exchange.ocr_layout import DocumentFacts, PageLayout, image_name, page_layout
from app.core.exchange.ocr_readback import check_ocr_folder
from app.core.exchange.page_xml import page_xml
from app.core.exchange.redacted import page_redactions
from app.core.exchange.text import file_name
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.core.safe_xml import schema_errors
from app.core.wording import translate

DPI_RANGE = (50, 1200)
SUFFIXES = {"alto": ".alto.xml", "page": ".page.xml"}


@dataclass(frozen=True)
class OcrExportSummary:
    """What an OCR export wrote."""

    format: str
    documents: int
    pages: int
    words: int
    corrected: int  # words written with a corrected reading
    withheld: int  # words left out under accepted redactions
    images: int
    path: str
    folders: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Doc:
    id: DocumentId
    facts: DocumentFacts
    pages: list[tuple[PageId, int]]  # (page id, page index)


def _documents(
    conn: Connection, doc_ids: Sequence[DocumentId], pages: Collection[int] | None
) -> list[_Doc]:
    out = []
    for doc_id in doc_ids:
        title, doc_uuid, name, sha = conn.exec_driver_sql(
            "SELECT title, uuid, source_name, source_sha256 FROM documents WHERE id = ?", (doc_id,)
        ).one()
        rows = conn.exec_driver_sql(
            "SELECT id, page_index FROM pages WHERE document_id = ? ORDER BY page_index", (doc_id,)
        ).all()
        chosen = [(PageId(int(r[0])), int(r[1])) for r in rows if pages is None or r[1] in pages]
        out.append(_Doc(doc_id, DocumentFacts(title, doc_uuid, name, sha), chosen))
    return out


def _checked(kind: str, root: Any, where: str) -> bytes:
    errors = schema_errors(kind, root)
    if errors:  # a bug of ours: say so rather than hand out a file no consumer should trust
        raise ExportError(
            translate(
                "Redline", "{where} does not validate against the {value} schema: {value2}"
            ).format(where=where, value=kind.upper(), value2=errors[0])
        )
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def write_page_image(
    lib: Library, conn: Connection, page_id: PageId, dpi: int, target: Path
) -> None:
    """The page rendered at ``dpi`` as shown, the boxes of its burned-in redactions filled black
    (what every publication burns, :mod:`app.core.exchange.redacted`)."""
    sha, index, width, height, rotation = conn.exec_driver_sql(
        "SELECT d.source_sha256, p.page_index, p.width, p.height, p.rotation FROM pages p "
        "JOIN documents d ON d.id = p.document_id WHERE p.id = ?",
        (page_id,),
    ).one()
    geometry = PageGeometry(width, height, rotation or 0)
    with pymupdf.open(lib.source_path(sha)) as doc:
        pix = doc.load_page(index).get_pixmap(matrix=pymupdf.Matrix(dpi / 72, dpi / 72))
    for box in page_redactions(conn, page_id).painted:  # (the words they clip too)
        left, top, rw, rh = geometry.to_image(box, dpi)
        pix.set_rect(pymupdf.IRect(left - 1, top - 1, left + rw + 1, top + rh + 1), (0, 0, 0))
    pix.save(str(target))


class _Writer:
    """Writes the scope's documents one folder each, counting what it wrote."""

    def __init__(self, lib: Library, conn: Connection, fmt: str, dpi: int, images: bool) -> None:
        self.lib, self.conn, self.fmt, self.dpi, self.images = lib, conn, fmt, dpi, images
        self.when = utcnow()
        self.pages = self.words = self.corrected = self.withheld = self.image_count = 0

    def document(self, doc: _Doc, folder: Path, step: Progress, done: int, total: int) -> int:
        layouts: list[PageLayout] = []
        for page_id, _ in doc.pages:
            step(done, total)
            layout = page_layout(self.conn, page_id, self.dpi)
            layouts.append(layout)
            self._page(doc, layout, folder)
            if self.images:
                write_page_image(
                    self.lib, self.conn, page_id, self.dpi, folder / image_name(layout.index)
                )
                self.image_count += 1
            done += 1
        if self.fmt == "hocr":
            root = hocr_document(layouts, doc.facts, [image_name(p.index) for p in layouts])
            (folder / "document.hocr").write_bytes(hocr_bytes(root))
        return done

    def _page(self, doc: _Doc, layout: PageLayout, folder: Path) -> None:
        self.pages += 1
        self.words += layout.words
        self.corrected += layout.corrected
        self.withheld += layout.withheld
        image = image_name(layout.index)
        where = f"page {layout.index + 1} of {doc.facts.title}"
        if self.fmt == "alto":
            data = _checked("alto", alto_page(layout, doc.facts, image), where)
        elif self.fmt == "page":
            data = _checked("page", page_xml(layout, doc.facts, image, self.when), where)
        else:
            return
        (folder / f"p{layout.index + 1:04d}{SUFFIXES[self.fmt]}").write_bytes(data)


def _replace_folder(tmp: Path, final: Path) -> None:
    old = None
    if final.exists():
        old = part_path(final)  # swept by a later export should this one be killed
        os.replace(final, old)
    os.replace(tmp, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _check_options(fmt: str, dpi: int, pages: Sequence[int] | None, docs: int) -> None:
    if fmt not in OCR_FORMATS:
        raise ExportError(
            translate("Redline", "unknown OCR format {fmt!r}; use one of {value}").format(
                fmt=fmt, value=", ".join(OCR_FORMATS)
            )
        )
    if not DPI_RANGE[0] <= dpi <= DPI_RANGE[1]:
        raise ExportError(
            translate(
                "Redline", "--dpi {dpi}: choose a resolution from {value} to {value2}"
            ).format(dpi=dpi, value=DPI_RANGE[0], value2=DPI_RANGE[1])
        )
    if pages is not None and docs != 1:
        raise ExportError(translate("Redline", "choosing pages needs exactly one document"))


def export_ocr(
    lib: Library,
    out: Path | str,
    scope: ExportScope | None = None,
    *,
    fmt: str = "alto",
    dpi: int = DEFAULT_DPI,
    pages: Sequence[int] | None = None,
    images: bool = False,
    on_progress: Progress | None = None,
    cancel: Cancel | None = None,
    overwrite: bool = False,
) -> OcrExportSummary:
    """Write the scope's documents as ``fmt`` into the folder ``out`` (see the module doc).

    A document's folder that exists is replaced only with ``overwrite`` (every one is checked
    before the first is written).

    ``pages``: 0-based page indices of the one document in scope. ``on_progress(pages done,
    pages)``; ``cancel()`` stops before the next page (ExportCancelled).
    """
    out = Path(out)
    step = progress_step(on_progress, cancel)
    folders: list[str] = []
    with lib.snapshot() as session:
        conn = session.connection()
        resolved = resolve_scope(conn, scope or ExportScope())
        _check_options(fmt, dpi, pages, len(resolved.document_ids))
        docs = _documents(conn, resolved.document_ids, None if pages is None else set(pages))
        total = sum(len(d.pages) for d in docs)
        check_folder(out)
        finals = [out / file_name(d.facts.title, d.facts.uuid).removesuffix(".txt") for d in docs]
        for final in finals:
            check_folder_entry(final, overwrite=overwrite)
        writer = _Writer(lib, conn, fmt, dpi, images)
        done = 0
        with made_folder(out):
            sweep_parts(out)
            for doc, final in zip(docs, finals, strict=True):
                tmp = part_path(final)
                try:
                    tmp.mkdir()
                    done = writer.document(doc, tmp, step, done, total)
                    check_ocr_folder(conn, tmp, fmt, doc.id, doc.pages, dpi, images)
                    _replace_folder(tmp, final)
                except OSError as exc:
                    raise ExportError(
                        translate("Redline", "cannot write into {out}: {value}").format(
                            out=out, value=exc.strerror or exc
                        )
                    ) from exc
                finally:
                    shutil.rmtree(tmp, ignore_errors=True)
                folders.append(str(final))
    step(total, total)
    return OcrExportSummary(
        fmt, len(docs), writer.pages, writer.words, writer.corrected, writer.withheld,
        writer.image_count, str(out), tuple(folders),
    )  # fmt: skip
