"""File > Export…: choose a format, a scope and a destination; the export runs in a worker with
progress, Cancel and a report (``app.core.exchange``). The OCR formats (ALTO, PAGE, hOCR) write a
folder per document, in pixels of the page at a chosen resolution, optionally with the images.

A publication PDF runs in a worker process (MuPDF would hold the window's Python lock for each
page), and when its documents still hold redaction proposals nobody decided, the window first
asks: review them (the first is shown) or publish without them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.annotating.tags import list_tags, walk_tags
from app.core.exchange.canvas import DEFAULT_DPI as CANVAS_DPI
from app.core.exchange.canvas import MAX_DPI, MIN_DPI
from app.core.exchange.common import STATUSES, ExportScope
from app.core.exchange.csv_export import export_csv
from app.core.exchange.iiif import IiifOptions, export_iiif
from app.core.exchange.ocr_export import DEFAULT_DPI as OCR_DPI
from app.core.exchange.ocr_export import DPI_RANGE, OCR_FORMATS, OcrExportSummary, export_ocr
from app.core.exchange.pdf import PublicationOptions
from app.core.exchange.pdf_plan import pending_in_scope
from app.core.exchange.pdf_process import export_pdf_in_process
from app.core.exchange.pdf_report import PublicationReport, describe_publication
from app.core.exchange.redline_json import ExportSummary, export_json
from app.core.exchange.text import export_text
from app.core.exchange.w3c import export_w3c
from app.core.ids import DocumentId
from app.core.library import Library
from app.ui.base.job_dialog import Cancel, JobDialog, Progress, Work, run_job
from app.ui.base.workers import TaskRunner
from app.ui.tools.host import ToolHost

FORMATS = (
    ("json", "Redline JSON (exchange, merges back in)", ".json"),
    ("w3c", "W3C Web Annotation (JSON-LD)", ".jsonld"),
    ("iiif", "IIIF folder for a web server (Mirador and other IIIF viewers)", ""),
    ("csv", "CSV spreadsheet (one annotation per row)", ".csv"),
    ("text", "Corrected text", ".txt"),
    ("pdf", "Publication PDF (redactions burned in)", ".pdf"),
    ("alto", "ALTO 4.4 XML: corrected OCR with word boxes, a file per page", ""),
    ("page", "PAGE XML 2019: corrected OCR with word boxes, a file per page", ""),
    ("hocr", "hOCR: corrected OCR with word boxes, a file per document", ""),
)
PUBLISHED = ("w3c", "iiif", "csv")  # accepted annotations only, unless proposals are asked for
PIXELS = ("w3c", "iiif")  # formats with a resolution and a base URL
SCOPES = (
    ("library", "The whole library"),
    ("document", "The open document"),
    ("tag", "Annotations with a tag"),
    ("status", "Annotations with a status"),
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

    def work(self, lib: Library) -> Work:
        """The export as a worker function taking (progress, cancel)."""

        def run(
            progress: Progress, cancel: Cancel
        ) -> ExportSummary | OcrExportSummary | PublicationReport:
            if self.format in OCR_FORMATS:
                return export_ocr(
                    lib, self.path, self.scope, fmt=self.format, dpi=self.dpi,
                    images=self.images, on_progress=progress, cancel=cancel,
                )  # fmt: skip
            if self.format == "json":
                return export_json(lib, self.path, self.scope, on_progress=progress, cancel=cancel)
            if self.format == "w3c":
                return export_w3c(
                    lib, self.path, self.scope, base_url=self.base_url, dpi=self.dpi,
                    include_proposals=self.include_proposals, cancel=cancel,
                )  # fmt: skip
            if self.format == "iiif":
                options = IiifOptions(self.base_url, self.dpi, self.include_proposals)
                return export_iiif(
                    lib, self.path, self.scope, options=options, on_progress=progress,
                    cancel=cancel,
                )  # fmt: skip
            if self.format == "csv":
                return export_csv(
                    lib, self.path, self.scope, include_proposals=self.include_proposals,
                    cancel=cancel,
                )  # fmt: skip
            if self.format == "text":
                return export_text(
                    lib, self.path, self.scope, per_document=self.per_document,
                    on_progress=progress, cancel=cancel,
                )  # fmt: skip
            return export_pdf_in_process(
                lib.root, self.path, self.scope, options=self.publication,
                on_progress=progress, cancel=cancel,
            )  # fmt: skip

        return run


def describe_ocr_export(s: OcrExportSummary) -> str:
    lines = [
        f"Wrote {s.path}",
        f"{s.documents} document(s), {s.pages} page(s), {s.words} words ({s.corrected} corrected)",
    ]
    if s.images:
        lines.append(f"{s.images} page image(s)")
    if s.withheld:
        lines.append(f"{s.withheld} word(s) under accepted redactions left out")
    return "\n".join(lines + [f"  {folder}" for folder in s.folders])


def describe_export(summary: Any) -> str:
    if isinstance(summary, OcrExportSummary):
        return describe_ocr_export(summary)
    if isinstance(summary, PublicationReport):
        return describe_publication(summary)
    s: ExportSummary = summary
    lines = [f"Wrote {s.path}", f"{s.documents} document(s)"]
    if s.pages:
        lines.append(f"{s.pages} page image(s)")
    if s.annotations or s.tombstones:
        lines.append(f"{s.annotations} annotation(s), {s.tombstones} deletion(s)")
    if s.left_out:
        lines.append(f"{s.left_out} annotation(s) over accepted redactions left out")
    return "\n".join(lines)


class ExportDialog(QDialog):
    """The export form; :meth:`request` is what OK means."""

    def __init__(
        self, lib: Library, document_id: DocumentId | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.document_id = document_id
        self.format = QComboBox()
        for key, label, _ in FORMATS:
            self.format.addItem(label, key)
        self.scope = QComboBox()
        for key, label in SCOPES:
            if key != "document" or document_id is not None:
                self.scope.addItem(label, key)
        self.tag = QComboBox()
        for n, path in walk_tags(list_tags(lib)):
            self.tag.addItem("  " * (len(path) - 1) + n.tag.name, n.tag.uuid)
        self.status = QComboBox()
        self.status.addItems(STATUSES)
        self.path = QLineEdit()
        self.path.setMinimumWidth(340)
        self.browse = QPushButton("Choose…")
        self.per_document = QCheckBox("One file per document (the destination is a folder)")
        self.with_annotations = QCheckBox("Add the annotations as PDF annotations")
        self.include_proposals = QCheckBox("Also proposals and rejected annotations (marked so)")
        self.dpi = QSpinBox()
        self.dpi.setRange(min(MIN_DPI, DPI_RANGE[0]), max(MAX_DPI, DPI_RANGE[1]))
        self.dpi.setSuffix(" dpi")
        self.dpi.setToolTip("Coordinates are pixels of the page rendered at this resolution")
        self._dpi_for = ""  # the format whose default resolution the box shows
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText("relative ids (or the URL the folder will be served at)")
        self.images = QCheckBox("Also write the page images the files name (PNG)")
        self.fill = QComboBox()
        self.fill.addItem("Black boxes", "black")
        self.fill.addItem("White boxes with an outline", "white")
        self.print_codes = QCheckBox("Print the exemption codes in the boxes, e.g. (b)(6)")
        self.print_codes.setChecked(True)
        self.keep_outline = QCheckBox("Keep the source's outline (entries naming redacted text go)")
        self.keep_links = QCheckBox("Keep the source's links (none over a box)")
        self.pdf_options = (
            self.fill,
            self.print_codes,
            self.keep_outline,
            self.keep_links,
            self.with_annotations,
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._compose()
        self._on_changed()

    def _compose(self) -> None:
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form = self.form = QFormLayout()
        form.addRow("Format:", self.format)
        form.addRow("Export:", self.scope)
        form.addRow("Tag:", self.tag)
        form.addRow("Status:", self.status)
        form.addRow("Destination:", where)
        form.addRow("", self.per_document)
        form.addRow("Resolution:", self.dpi)
        form.addRow("Base URL:", self.base_url)
        form.addRow("", self.include_proposals)
        form.addRow("", self.images)
        self.fill_label = QLabel("Redactions:")
        form.addRow(self.fill_label, self.fill)
        for box in self.pdf_options[1:]:
            form.addRow("", box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        for combo in (self.format, self.scope):
            combo.currentIndexChanged.connect(self._on_changed)
        self.per_document.toggled.connect(self._on_changed)
        self.path.textChanged.connect(self._on_changed)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _on_changed(self, *_: object) -> None:
        fmt, scope = self.format.currentData(), self.scope.currentData()
        self.tag.setEnabled(scope == "tag" and self.tag.count() > 0)
        self.status.setEnabled(scope == "status")
        self.per_document.setVisible(fmt == "text")
        ocr = fmt in OCR_FORMATS
        self.form.setRowVisible(self.dpi, ocr or fmt in PIXELS)  # with its label
        self.form.setRowVisible(self.base_url, fmt in PIXELS)
        self.include_proposals.setVisible(fmt in PUBLISHED)
        self.images.setVisible(ocr)
        kind = "ocr" if ocr else "canvas" if fmt in PIXELS else ""
        if kind and kind != self._dpi_for:  # each kind of format starts at its own default
            self.dpi.setValue(OCR_DPI if ocr else CANVAS_DPI)
            self._dpi_for = kind
        for widget in (*self.pdf_options, self.fill_label):
            widget.setVisible(fmt == "pdf")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.path.text().strip()) and (scope != "tag" or self.tag.count() > 0))

    def _wants_folder(self) -> bool:
        fmt = self.format.currentData()
        single_pdf = self.scope.currentData() == "document"
        return (
            fmt == "iiif"
            or (fmt == "text" and self.per_document.isChecked())
            or (fmt == "pdf" and not single_pdf)
            or fmt in OCR_FORMATS
        )

    def _on_browse_clicked(self) -> None:
        if self._wants_folder():
            chosen = QFileDialog.getExistingDirectory(self, "Export into folder")
        else:
            suffix = FORMATS[self.format.currentIndex()][2]
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Export to", f"redline-export{suffix}", f"*{suffix};;All files (*)"
            )
        if chosen:
            self.path.setText(chosen)

    def request(self) -> ExportRequest:
        scope_key = self.scope.currentData()
        scope = ExportScope(
            documents=(int(self.document_id),)
            if scope_key == "document" and self.document_id is not None
            else (),
            tag=self.tag.currentData() if scope_key == "tag" else None,
            status=self.status.currentText() if scope_key == "status" else None,
        )
        return ExportRequest(
            self.format.currentData(),
            scope,
            Path(self.path.text().strip()).expanduser(),
            per_document=self.per_document.isChecked(),
            dpi=self.dpi.value(),
            images=self.images.isChecked(),
            base_url=self.base_url.text().strip() or None,
            include_proposals=self.include_proposals.isChecked(),
            publication=PublicationOptions(
                fill=self.fill.currentData(),
                print_codes=self.print_codes.isChecked(),
                with_annotations=self.with_annotations.isChecked(),
                keep_outline=self.keep_outline.isChecked(),
                keep_links=self.keep_links.isChecked(),
            ),
        )


def start_export(
    lib: Library, request: ExportRequest, runner: TaskRunner, parent: QWidget | None = None
) -> JobDialog:
    """Run ``request`` in ``runner`` with a progress dialog and a report."""
    return run_job(parent, "Export", request.work(lib), runner, describe_export)


REVIEW_FIRST, WITHOUT_THEM = "review", "skip"


def ask_pending(parent: QWidget | None, count: int) -> str | None:
    """What to do with undecided redaction proposals: review them first, publish without them,
    or (None) nothing. Replaceable so that tests can answer."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Redaction proposals not decided")
    box.setText(
        f"{count} redaction proposal(s) in what you publish have not been accepted or rejected."
    )
    box.setInformativeText(
        "Only accepted redactions are burned in. Review the proposals first, or publish without "
        "them (they stay visible in the PDF)."
    )
    review = box.addButton("Review them first", QMessageBox.ButtonRole.AcceptRole)
    skip = box.addButton("Publish without them", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(review)
    box.exec()
    clicked = box.clickedButton()
    return REVIEW_FIRST if clicked is review else WITHOUT_THEM if clicked is skip else None


def _settle_pending(host: ToolHost, request: ExportRequest) -> ExportRequest | None:
    """A publication request the person still wants, with their answer about proposals."""
    pending = pending_in_scope(host.lib, request.scope)
    if not pending:
        return request
    answer = ask_pending(host.window(), len(pending))
    if answer == REVIEW_FIRST:
        document, page, uuid = pending[0]
        if host.show_annotation(DocumentId(document), page, uuid):
            host.show_message(
                f"{len(pending)} redaction proposal(s) to decide: A accepts, R rejects, "
                "N goes to the next"
            )
        return None
    if answer != WITHOUT_THEM:
        return None
    return replace(request, publication=replace(request.publication, pending="skip"))


def open_export(host: ToolHost) -> JobDialog | None:
    """File > Export…: the form, then the export in the window's long-job runner."""
    dialog = ExportDialog(host.lib, host.document_id, host.window())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    request: ExportRequest | None = dialog.request()
    if request is not None and request.format == "pdf":
        request = _settle_pending(host, request)
    if request is None:
        return None
    return start_export(host.lib, request, host.import_runner, host.window())
