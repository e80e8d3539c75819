"""What File › Export… asks for and how it runs: the formats and scopes offered, an
:class:`ExportRequest` (the person's choices) and its work, run with progress, Cancel and a
report (:func:`start_export`), and the report's words.

The publication PDF, W3C, CSV, IIIF and OCR exports run in a worker process
(``app.core.exchange.export_process``): MuPDF would hold the window's Python lock for each page,
and reading a file back for its check holds it in long pieces (100,000 annotations: the window
stalled 0.7 s for W3C, 0.5 s for CSV, 0.1 s for IIIF and 54 ms for ALTO with images). JSON and
text run on a thread (their longest stall of the window there: 14-18 and 31-36 ms for 100,000
annotations); a process costs about 0.7 s to start."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QWidget,
)

from app.core import wording
from app.core.exchange.canvas import DEFAULT_DPI as CANVAS_DPI
from app.core.exchange.common import ExportScope
from app.core.exchange.csv_export import export_csv
from app.core.exchange.export_process import export_in_process, export_pdf_in_process
from app.core.exchange.formats import OCR_FORMATS
from app.core.exchange.iiif import IiifOptions, export_iiif
from app.core.exchange.ocr_export import OcrExportSummary, export_ocr
from app.core.exchange.pdf import PublicationOptions
from app.core.exchange.pdf_report import PublicationReport, publication_message
from app.core.exchange.redline_json import ExportSummary, export_json
from app.core.exchange.text import export_text
from app.core.exchange.w3c import export_w3c
from app.core.library import Library
from app.ui.base.job_dialog import Cancel, JobDialog, Progress, Work, run_job
from app.ui.base.language import QT_TRANSLATE_NOOP, say
from app.ui.base.workers import TaskRunner

FORMATS = (
    ("json", QT_TRANSLATE_NOOP("Redline", "Redline JSON (exchange, merges back in)"), ".json"),
    ("w3c", QT_TRANSLATE_NOOP("Redline", "W3C Web Annotation (JSON-LD)"), ".jsonld"),
    (
        "iiif",
        QT_TRANSLATE_NOOP(
            "Redline", "IIIF folder for a web server (Mirador and other IIIF viewers)"
        ),
        "",
    ),
    ("csv", QT_TRANSLATE_NOOP("Redline", "CSV spreadsheet (one annotation per row)"), ".csv"),
    ("text", QT_TRANSLATE_NOOP("Redline", "Corrected text"), ".txt"),
    ("pdf", QT_TRANSLATE_NOOP("Redline", "Publication PDF (redactions burned in)"), ".pdf"),
    (
        "alto",
        QT_TRANSLATE_NOOP(
            "Redline", "ALTO 4.4 XML: corrected OCR with word boxes, a file per page"
        ),
        "",
    ),
    (
        "page",
        QT_TRANSLATE_NOOP(
            "Redline", "PAGE XML 2019: corrected OCR with word boxes, a file per page"
        ),
        "",
    ),
    (
        "hocr",
        QT_TRANSLATE_NOOP("Redline", "hOCR: corrected OCR with word boxes, a file per document"),
        "",
    ),
)
# What a proposed file name says it holds, after what it is of (the document, tag, …).
FORMAT_WORDS = {
    "json": "annotations", "w3c": "annotations", "iiif": "iiif", "csv": "annotations",
    "text": "corrected-text", "pdf": "publication", "alto": "alto", "page": "page-xml",
    "hocr": "hocr",
}  # fmt: skip
PUBLISHED = ("w3c", "iiif", "csv")  # accepted annotations only, unless proposals are asked for
PIXELS = ("w3c", "iiif")  # formats with a resolution and a base URL
FORMAT_SUFFIX = {key: suffix for key, _, suffix in FORMATS}
SCOPES = (
    ("library", QT_TRANSLATE_NOOP("Redline", "The whole library")),
    ("document", QT_TRANSLATE_NOOP("Redline", "The open document")),
    ("tag", QT_TRANSLATE_NOOP("Redline", "Annotations with a tag")),
    ("status", QT_TRANSLATE_NOOP("Redline", "Annotations with a status")),
)


@dataclass(frozen=True)
class ExportRequest:
    """What the person asked for."""

    format: str
    scope: ExportScope
    path: Path
    per_document: bool = False
    dpi: int = CANVAS_DPI
    images: bool = False
    base_url: str | None = None
    include_proposals: bool = False
    publication: PublicationOptions = field(default_factory=PublicationOptions)
    overwrite: bool = False  # the person agreed to replace what exists

    def work(self, lib: Library) -> Work:
        """The export as a worker function taking (progress, cancel)."""

        def run(
            progress: Progress, cancel: Cancel
        ) -> ExportSummary | OcrExportSummary | PublicationReport:
            if self.format in OCR_FORMATS:
                return export_in_process(
                    lib.address, export_ocr, self.path, self.scope, fmt=self.format,
                    dpi=self.dpi, images=self.images, on_progress=progress, cancel=cancel,
                    overwrite=self.overwrite,
                )  # fmt: skip
            if self.format == "json":
                return export_json(
                    lib, self.path, self.scope, on_progress=progress, cancel=cancel,
                    overwrite=self.overwrite,
                )  # fmt: skip
            if self.format == "w3c":
                return export_in_process(
                    lib.address, export_w3c, self.path, self.scope, base_url=self.base_url,
                    dpi=self.dpi, include_proposals=self.include_proposals, cancel=cancel,
                    overwrite=self.overwrite,
                )  # fmt: skip
            if self.format == "iiif":  # (its page images in worker processes of its own)
                options = IiifOptions(
                    self.base_url, self.dpi, self.include_proposals, self.publication.print_codes
                )
                return export_in_process(
                    lib.address, export_iiif, self.path, self.scope, options=options,
                    on_progress=progress, cancel=cancel,
                )  # fmt: skip
            if self.format == "csv":
                return export_in_process(
                    lib.address, export_csv, self.path, self.scope,
                    include_proposals=self.include_proposals, cancel=cancel,
                    overwrite=self.overwrite,
                )  # fmt: skip
            if self.format == "text":
                return export_text(
                    lib, self.path, self.scope, per_document=self.per_document,
                    on_progress=progress, cancel=cancel, overwrite=self.overwrite,
                )  # fmt: skip
            return export_pdf_in_process(
                lib.address, self.path, self.scope, options=self.publication,
                on_progress=progress, cancel=cancel, overwrite=self.overwrite,
            )  # fmt: skip

        return run


def describe_ocr_export(s: OcrExportSummary) -> str:
    lines: list[object] = [
        wording.translate("Redline", "Wrote {path}").format(path=s.path),
        wording.translate(
            "Redline", "{documents}, {pages}, {words} ({corrected} corrected)"
        ).format(
            documents=_documents(s.documents),
            pages=wording.translate("Redline", "%n pages").counted(s.pages, one="%n page"),
            words=wording.translate("Redline", "%n words").counted(s.words, one="%n word"),
            corrected=s.corrected,
        ),
    ]
    if s.images:
        lines.append(_page_images(s.images))
    if s.withheld:
        lines.append(
            wording.translate("Redline", "%n words under accepted redactions left out").counted(
                s.withheld, one="%n word under accepted redactions left out"
            )
        )
    return say(wording.joined("\n", lines + [f"  {folder}" for folder in s.folders]))


def _documents(n: int) -> wording.Message:
    return wording.translate("Redline", "%n documents").counted(n, one="%n document")


def _page_images(n: int) -> wording.Message:
    return wording.translate("Redline", "%n page images").counted(n, one="%n page image")


def describe_export(summary: Any) -> str:
    if isinstance(summary, OcrExportSummary):
        return describe_ocr_export(summary)
    if isinstance(summary, PublicationReport):
        return say(publication_message(summary))
    s: ExportSummary = summary
    lines: list[object] = [
        wording.translate("Redline", "Wrote {path}").format(path=s.path),
        _documents(s.documents),
    ]
    if s.pages:
        lines.append(_page_images(s.pages))
    if s.annotations or s.tombstones:
        lines.append(
            wording.joined(
                ", ",
                [
                    wording.translate("Redline", "%n annotations").counted(
                        s.annotations, one="%n annotation"
                    ),
                    wording.translate("Redline", "%n deletions").counted(
                        s.tombstones, one="%n deletion"
                    ),
                ],
            )
        )
    if s.left_out:
        lines.append(
            wording.translate(
                "Redline", "%n annotations over accepted redactions left out"
            ).counted(s.left_out, one="%n annotation over accepted redactions left out")
        )
    return say(wording.joined("\n", lines))


def start_export(
    lib: Library, request: ExportRequest, runner: TaskRunner, parent: QWidget | None = None
) -> JobDialog:
    """Run ``request`` in ``runner`` with a progress dialog and a report."""
    title = QT_TRANSLATE_NOOP("Redline", "Export")
    return run_job(parent, title, request.work(lib), runner, describe_export)
