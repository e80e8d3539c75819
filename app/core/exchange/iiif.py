"""IIIF Presentation 3 export: a folder any static web server can serve, that Mirador and other
IIIF viewers open.

Layout (ids relative to the folder's root, or under ``--base-url``)::

    collection.json                          a Collection of every manifest of the export
    <document uuid>/manifest.json            a Manifest: label, metadata, rights, canvases
    <document uuid>/<dpi>dpi/page-0001.jpg   each page rendered at <dpi>, redactions burned in
    <document uuid>/<dpi>dpi/annotations-0001.json   the page's annotations (AnnotationPage)
    <document uuid>/<dpi>dpi/lines-0001.json         the page's OCR lines (supplementing)
    <document uuid>/text/page-0001.txt       the page text the text selectors count into

Canvas ids are ``<document uuid>/<dpi>dpi/canvas/<page>``; a canvas is as large as its page image.
Only accepted annotations are published unless proposals are asked for; everything under an
accepted redaction is left out (:mod:`app.core.exchange.redacted`). The folder appears whole or
not at all (:mod:`app.core.exchange.folder`), and only once its page images, page texts and
annotation pages read back with nothing redacted in them (:mod:`app.core.exchange.readback`);
the images are made in worker processes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.core.exchange import iiif_json
from app.core.exchange.canvas import (
    DEFAULT_DPI,
    PageSpace,
    PublishedIds,
    base_of,
    check_dpi,
    document_pages,
)
from app.core.exchange.common import (
    Cancel,
    ExportError,
    ExportScope,
    Progress,
    ResolvedScope,
    annotation_record,
    dump,
    iter_annotation_rows,
    progress_step,
    resolve_scope,
)
from app.core.exchange.folder import atomic_folder
from app.core.exchange.iiif_readback import check_iiif
from app.core.exchange.page_images import (
    Label,
    PageImageError,
    PageImagePool,
    PageImageTask,
)
from app.core.exchange.readback import unmasked
from app.core.exchange.redacted import burned_redactions, masked_spans
from app.core.exchange.redline_json import ExportSummary, metadata_records
from app.core.exchange.w3c import LAYER_COLUMN, status_filter, tag_names, write_page_text
from app.core.exchange.web_annotation import Publication, review_verdicts, web_annotation
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.wording import translate

# A viewer on another site (Mirador, the Universal Viewer) fetches the files from the browser,
# which reads them only when the server allows it: Apache does with this file (other servers:
# docs/export-format.md).
HTACCESS = """# Written by Redline: let IIIF viewers on other sites read these files (CORS).
<IfModule mod_headers.c>
    Header set Access-Control-Allow-Origin "*"
</IfModule>
"""


@dataclass(frozen=True)
class IiifOptions:
    base_url: str | None = None
    dpi: int = DEFAULT_DPI
    include_proposals: bool = False
    print_codes: bool = True  # the exemption codes printed in the burned boxes, as in the PDF


@dataclass
class _Export:
    """One run: where it writes, what it has written so far."""

    conn: Connection
    lib: Library
    folder: Path
    ids: PublishedIds
    scope: ResolvedScope
    where: str
    images: PageImagePool
    publication: Publication
    print_codes: bool = True
    annotations: int = 0
    pages: int = 0
    documents: list[tuple[str, str]] = field(default_factory=list)

    def write(self, resource_id: str, value: Any) -> None:
        path = self.folder / self.ids.path(resource_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump(value), encoding="utf-8")


def _document_row(conn: Connection, doc_id: DocumentId) -> dict[str, Any]:
    title, name, sha, kind = conn.exec_driver_sql(
        "SELECT title, source_name, source_sha256, source_kind FROM documents WHERE id = ?",
        (doc_id,),
    ).one()
    return {"title": title, "source_name": name, "sha256": sha, "kind": kind}


def _submit_images(run: _Export, doc: dict[str, Any], pages: list[PageSpace]) -> None:
    source = run.lib.source_path(doc["sha256"])
    if not source.exists():
        raise ExportError(
            translate("Redline", "the source file of {value!r} is missing from the library").format(
                value=doc["title"]
            )
        )
    filetype = "pdf" if doc["kind"] == "pdf" else None
    for page in pages:
        out = run.folder / run.ids.path(run.ids.image(page.doc, page.index))
        out.parent.mkdir(parents=True, exist_ok=True)
        burn = tuple(page.pixels(box) for box in page.redactions.painted)
        labels = tuple(
            Label(page.pixels(box), text)
            for box, text in (page.redactions.labels if run.print_codes else [])
        )
        task = PageImageTask(
            str(source), filetype, page.index, run.ids.dpi, page.size, burn, str(out), labels
        )
        run.images.submit(task)


def _annotations_by_page(
    run: _Export, doc_id: DocumentId, pages: list[PageSpace]
) -> Iterator[tuple[PageSpace, list[dict[str, Any]]]]:
    """The published annotations of each page that has any, page by page (one page's in memory)."""
    manifest = run.ids.manifest(pages[0].doc) if pages else ""
    current: PageSpace | None = None
    items: list[dict[str, Any]] = []
    rows = iter_annotation_rows(
        run.conn, doc_id, run.scope, live_only=True, where=run.where, extra_columns=LAYER_COLUMN
    )
    for row in rows:
        rec = annotation_record(row)
        page = pages[rec["page"]]
        if page is not current:
            if current is not None and items:
                yield current, items
            current, items = page, []
        ann_id = run.ids.annotation(page.doc, rec["uuid"])
        item = web_annotation(rec, row[-1], page, ann_id, manifest, run.publication)
        if item is not None:
            items.append(item)
    if current is not None and items:
        yield current, items


def _write_document(run: _Export, doc_id: DocumentId, doc_uuid: str) -> None:
    doc = {"uuid": doc_uuid, **_document_row(run.conn, doc_id)}
    doc["metadata"] = metadata_records(run.conn, doc_id)
    redactions = burned_redactions(run.conn, doc_id)
    pages = document_pages(run.conn, doc_id, doc_uuid, run.ids, redactions)
    _check_sizes(pages, doc["title"])
    _submit_images(run, doc, pages)
    run.publication.verdicts = review_verdicts(run.conn, doc_id)
    annotated = set()
    for page, items in _annotations_by_page(run, doc_id, pages):
        page_id = run.ids.annotation_page(doc_uuid, page.index)
        run.write(page_id, iiif_json.annotation_page(page_id, items))
        run.annotations += len(items)
        annotated.add(page.index)
    canvases = []
    for page in pages:
        write_page_text(run.folder, page)
        lines_id = run.ids.lines_page(doc_uuid, page.index)
        lines = iiif_json.line_annotations(page, lines_id)
        if lines:
            run.write(lines_id, iiif_json.annotation_page(lines_id, lines))
        canvases.append(
            iiif_json.canvas(page, doc_uuid, annotations=page.index in annotated, lines=bool(lines))
        )
        _check_masked(run.folder, page)
    run.write(run.ids.manifest(doc_uuid), iiif_json.manifest(run.ids, doc, canvases))
    run.documents.append((doc_uuid, doc["title"]))
    run.pages += len(pages)


def _check_masked(folder: Path, page: PageSpace) -> None:
    """Read the written page text back: every character under a burned-in redaction is masked."""
    burned = page.redactions.boxes or page.redactions.spans
    if page.layer_id is None or not page.raw_text or not burned:
        return
    written = (folder / page.ids.path(page.text_id)).read_text(encoding="utf-8")
    hit = unmasked(written, masked_spans(page.redactions, page.layer_id, page.words()))
    if hit is not None:
        raise ExportError(
            translate(
                "Redline",
                "page {value}: the published text still holds redacted "
                "characters ({start}-{end}); nothing was written",
            ).format(value=page.index + 1, start=hit[0], end=hit[1])
        )


def _collection_title(conn: Connection, scope: ResolvedScope) -> str:
    if scope.tag_uuid is not None:
        name = conn.exec_driver_sql("SELECT name FROM tags WHERE uuid = ?", (scope.tag_uuid,))
        return f"Redline: annotations tagged {name.scalar()}"
    return "Redline export"


def _page_count(conn: Connection, doc_ids: Sequence[DocumentId]) -> int:
    if not doc_ids:
        return 0
    marks = ",".join("?" * len(doc_ids))
    sql = f"SELECT COUNT(*) FROM pages WHERE document_id IN ({marks})"
    return int(conn.exec_driver_sql(sql, tuple(doc_ids)).scalar() or 0)


MAX_PAGE_PIXELS = 64_000_000  # a page image larger than this (192 MB to render) is refused


def _check_sizes(pages: list[PageSpace], title: str) -> None:
    for page in pages:
        width, height = page.size
        if width * height > MAX_PAGE_PIXELS:
            raise ExportError(
                translate(
                    "Redline",
                    "page {value} of {title!r} would be {width} x {height} "
                    "pixels at {dpi} dpi; choose a lower resolution",
                ).format(
                    value=page.index + 1, title=title, width=width, height=height, dpi=page.ids.dpi
                )
            )


def export_iiif(
    lib: Library,
    folder: Path | str,
    scope: ExportScope | None = None,
    *,
    options: IiifOptions | None = None,
    on_progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportSummary:
    """Write the IIIF folder of ``scope`` (see module doc); ``on_progress(pages done, pages)``.

    A failed or cancelled export leaves no folder behind (and an earlier export in its place)."""
    options = options or IiifOptions()
    ids = PublishedIds(base_of(options.base_url), check_dpi(options.dpi))
    folder = Path(folder)
    with lib.snapshot() as session:
        conn = session.connection()
        resolved = resolve_scope(conn, scope or ExportScope())
        if not resolved.document_ids:
            raise ExportError(
                translate("Redline", "nothing to export: no document is in this scope")
            )
        total = _page_count(conn, resolved.document_ids)
        step = progress_step(on_progress, cancel)
        step(0, total)
        with atomic_folder(folder) as tmp, PageImagePool(total) as images:
            run = _Export(
                conn, lib, tmp, ids, resolved,
                status_filter(resolved, options.include_proposals), images,
                Publication(tag_names(conn)), options.print_codes,
            )  # fmt: skip
            for doc_id, doc_uuid in zip(
                resolved.document_ids, resolved.document_uuids, strict=True
            ):
                _write_document(run, doc_id, doc_uuid)
                step(0, total)
            collection = iiif_json.collection(ids, _collection_title(conn, resolved), run.documents)
            run.write(ids.collection(), collection)
            (tmp / ".htaccess").write_text(HTACCESS, encoding="utf-8")
            done = iter(range(1, total + 1))
            try:
                images.wait(lambda: step(next(done), total))
            except PageImageError as exc:
                raise ExportError(
                    translate("Redline", "{exc}; nothing was written").format(exc=exc)
                ) from None
            except BrokenProcessPool:
                raise ExportError(
                    translate(
                        "Redline",
                        "a page-image worker process stopped unexpectedly (out of memory?); "
                        "nothing was written",
                    )
                ) from None
            check_iiif(conn, tmp, folder.name, ids.dpi)  # (the library's redactions, afresh)
    return ExportSummary(
        len(resolved.document_ids), run.annotations, 0, str(folder),
        left_out=run.publication.left_out, pages=run.pages,
    )  # fmt: skip
