"""W3C Web Annotation (JSON-LD) export: one AnnotationCollection, and the page texts it quotes.

``set.jsonld`` holds the collection with one embedded AnnotationPage of every published
annotation (:mod:`app.core.exchange.web_annotation`: one target each, on the page's canvas in
pixels at ``dpi``); the texts its TextPositionSelectors count into are written beside it, one file
a page, in the folder ``set-text/``. Canvas ids are those of the IIIF export with the same base URL
and resolution, so the set lines up with a published manifest. Only accepted annotations are
published unless proposals are asked for. Annotation ids are ``urn:uuid:`` or, with a base URL,
that URL followed by the uuid. Items are streamed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection

from app.core.changelog import utcnow
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
    ExportCancelled,
    ExportScope,
    ResolvedScope,
    annotation_record,
    dump,
    export_stream,
    iso,
    iter_annotation_rows,
)
from app.core.exchange.folder import atomic_folder
from app.core.exchange.readback import check_w3c
from app.core.exchange.redacted import burned_redactions
from app.core.exchange.redline_json import ExportSummary
from app.core.exchange.web_annotation import Publication, review_verdicts, web_annotation
from app.core.library import Library
from app.core.wording import translate

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
LAYER_COLUMN = ", a.text_layer_id"


class Ids:
    """Ids of the published annotations: ``urn:uuid:...`` or ``base_url`` + uuid."""

    def __init__(self, base_url: str | None) -> None:
        if base_url is not None and not base_url.endswith(("/", "#", "=")):
            base_url += "/"
        self.base = base_url

    def of(self, value: str) -> str:
        return f"urn:uuid:{value}" if self.base is None else f"{self.base}{value}"


def status_filter(scope: ResolvedScope, include_proposals: bool) -> str:
    """Only accepted annotations, unless proposals are asked for or the scope names a status."""
    return "" if include_proposals or scope.status is not None else " AND a.status = 'accepted'"


def tag_names(conn: Connection) -> dict[str, str]:
    return {str(u): str(n) for u, n in conn.exec_driver_sql("SELECT uuid, name FROM tags")}


def write_page_text(folder: Path, page: PageSpace) -> None:
    """The published (masked) text of a page, at the path its id names under ``folder``."""
    if not page.raw_text:
        return
    path = folder / page.ids.path(page.text_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page.text, encoding="utf-8", newline="")


@dataclass(frozen=True)
class W3COptions:
    base_url: str | None = None
    dpi: int = DEFAULT_DPI
    include_proposals: bool = False
    texts_name: str = "text"  # the folder of page texts, beside the file


def _items(
    conn: Connection,
    scope: ResolvedScope,
    options: W3COptions,
    publication: Publication,
    texts: Path | None,
) -> Iterator[dict[str, Any]]:
    base = base_of(options.base_url)
    pixels = PublishedIds(base, options.dpi, f"{base}{options.texts_name}/")
    ids = Ids(options.base_url)
    where = status_filter(scope, options.include_proposals)
    for doc_id, doc_uuid in zip(scope.document_ids, scope.document_uuids, strict=True):
        pages = document_pages(conn, doc_id, doc_uuid, pixels, burned_redactions(conn, doc_id))
        if texts is not None:
            for page in pages:
                write_page_text(texts, page)
        publication.verdicts = review_verdicts(conn, doc_id)
        manifest = pixels.manifest(doc_uuid)
        rows = iter_annotation_rows(
            conn, doc_id, scope, live_only=True, where=where, extra_columns=LAYER_COLUMN
        )
        for row in rows:
            rec = annotation_record(row)
            item = web_annotation(
                rec, row[-1], pages[rec["page"]], ids.of(rec["uuid"]), manifest, publication
            )
            if item is not None:
                yield item


def write_w3c(
    conn: Connection,
    out: IO[str],
    scope: ResolvedScope,
    *,
    options: W3COptions | None = None,
    exported_at: datetime | None = None,
    cancel: Cancel | None = None,
    texts: Path | None = None,
) -> tuple[int, int]:
    """Write the collection for ``scope`` to ``out`` (page texts into ``texts``, when given);
    return the annotations written and those left out over burned-in redactions."""
    options = options or W3COptions()
    ids = Ids(options.base_url)
    key = dump([scope.document_uuids, scope.tag_uuid, scope.status])
    collection_id = ids.of(str(uuid.uuid5(uuid.NAMESPACE_URL, "redline-collection:" + key)))
    page_id = ids.of(str(uuid.uuid5(uuid.NAMESPACE_URL, "redline-page-1:" + key)))
    head = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": "Redline annotations",
        "generated": iso(exported_at or utcnow()),
    }
    out.write(dump(head)[:-1] + ',"first":')
    out.write(dump({"id": page_id, "type": "AnnotationPage", "partOf": collection_id})[:-1])
    out.write(',"startIndex":0,"items":[')
    publication = Publication(tag_names(conn))
    count = 0
    for item in _items(conn, scope, options, publication, texts):
        out.write(",\n" if count else "\n")
        out.write(dump(item))
        count += 1
        if cancel is not None and count % 1000 == 0 and cancel():
            raise ExportCancelled(translate("Redline", "export cancelled; no file was written"))
    out.write(f'\n]}},"last":{dump(page_id)},"total":{count}}}\n')
    return count, publication.left_out


def texts_folder(path: Path) -> Path:
    """Where the page texts of the W3C file ``path`` go: ``<stem>-text`` beside it."""
    return path.with_name(f"{path.stem}-text")


def export_w3c(
    lib: Library,
    path: Path | str,
    scope: ExportScope | None = None,
    *,
    base_url: str | None = None,
    dpi: int = DEFAULT_DPI,
    include_proposals: bool = False,
    exported_at: datetime | None = None,
    cancel: Cancel | None = None,
    overwrite: bool = False,
) -> ExportSummary:
    """Export ``scope`` as a W3C Web Annotation collection (JSON-LD) to ``path``, with the page
    texts in ``<stem>-text/`` beside it; both appear only when complete (an existing file only
    with ``overwrite``) and read back with nothing redacted in them
    (:func:`app.core.exchange.readback.check_w3c`)."""
    path = Path(path)
    folder = texts_folder(path)
    options = W3COptions(base_url, check_dpi(dpi), include_proposals, folder.name)
    with (
        atomic_folder(folder, keep_empty=False) as texts,
        export_stream(
            lib,
            path,
            scope,
            overwrite=overwrite,
            check=lambda conn, written: check_w3c(conn, written, path, dpi, texts),
        ) as (conn, out, resolved),
    ):  # (the check runs before the file or the folder is published)
        count, left_out = write_w3c(
            conn, out, resolved, options=options, exported_at=exported_at, cancel=cancel,
            texts=texts,
        )  # fmt: skip
    return ExportSummary(len(resolved.document_ids), count, 0, str(path), left_out=left_out)
