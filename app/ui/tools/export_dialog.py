"""File > Export…: choose a format, a scope and a destination; the export runs in a worker with
progress, Cancel and a report (``app.core.exchange``). The OCR formats (ALTO, PAGE, hOCR) write a
folder per document, in pixels of the page at a chosen resolution, optionally with the images."""

from __future__ import annotations

from dataclasses import dataclass, replace
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
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.annotating.tags import list_tags, walk_tags
from app.core.exchange.common import STATUSES, ExportScope
from app.core.exchange.ocr_export import (
    DEFAULT_DPI,
    DPI_RANGE,
    OCR_FORMATS,
    OcrExportSummary,
    export_ocr,
)
from app.core.exchange.pdf import export_pdf
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
    ("text", "Corrected text", ".txt"),
    ("pdf", "Publication PDF (redactions burned in)", ".pdf"),
    ("alto", "ALTO 4.4 XML: corrected OCR with word boxes, a file per page", ""),
    ("page", "PAGE XML 2019: corrected OCR with word boxes, a file per page", ""),
    ("hocr", "hOCR: corrected OCR with word boxes, a file per document", ""),
)
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
    with_annotations: bool = False
    dpi: int = DEFAULT_DPI
    images: bool = False
    overwrite: bool = False  # the person agreed to replace what exists

    def work(self, lib: Library) -> Work:
        """The export as a worker function taking (progress, cancel)."""

        def run(progress: Progress, cancel: Cancel) -> ExportSummary | OcrExportSummary:
            if self.format in OCR_FORMATS:
                return export_ocr(
                    lib, self.path, self.scope, fmt=self.format, dpi=self.dpi,
                    images=self.images, on_progress=progress, cancel=cancel,
                    overwrite=self.overwrite,
                )  # fmt: skip
            if self.format == "json":
                return export_json(
                    lib, self.path, self.scope, on_progress=progress, cancel=cancel,
                    overwrite=self.overwrite,
                )  # fmt: skip
            if self.format == "w3c":
                return export_w3c(
                    lib, self.path, self.scope, cancel=cancel, overwrite=self.overwrite
                )
            if self.format == "text":
                return export_text(
                    lib, self.path, self.scope, per_document=self.per_document,
                    on_progress=progress, cancel=cancel, overwrite=self.overwrite,
                )  # fmt: skip
            return export_pdf(
                lib, self.path, self.scope, with_annotations=self.with_annotations,
                on_progress=progress, cancel=cancel, overwrite=self.overwrite,
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
    s: ExportSummary = summary
    lines = [f"Wrote {s.path}", f"{s.documents} document(s)"]
    if s.annotations or s.tombstones:
        lines.append(f"{s.annotations} annotation(s), {s.tombstones} deletion(s)")
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
        self.dpi = QSpinBox()
        self.dpi.setRange(*DPI_RANGE)
        self.dpi.setValue(DEFAULT_DPI)
        self.dpi.setSuffix(" dpi")
        self.dpi.setToolTip("Coordinates are pixels of the page rendered at this resolution")
        self.images = QCheckBox("Also write the page images the files name (PNG)")
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
        form.addRow("", self.with_annotations)
        form.addRow("Resolution:", self.dpi)
        form.addRow("", self.images)
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
        self.with_annotations.setVisible(fmt == "pdf")
        ocr = fmt in OCR_FORMATS
        self.form.setRowVisible(self.dpi, ocr)  # with its label
        self.images.setVisible(ocr)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.path.text().strip()) and (scope != "tag" or self.tag.count() > 0))

    def _wants_folder(self) -> bool:
        fmt = self.format.currentData()
        single_pdf = self.scope.currentData() == "document"
        return (
            (fmt == "text" and self.per_document.isChecked())
            or (fmt == "pdf" and not single_pdf)
            or fmt in OCR_FORMATS
        )

    def _on_browse_clicked(self) -> None:
        if self._wants_folder():
            chosen = QFileDialog.getExistingDirectory(self, "Export into folder")
        else:
            suffix = FORMATS[self.format.currentIndex()][2]
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                "Export to",
                f"redline-export{suffix}",
                f"*{suffix};;All files (*)",
                options=QFileDialog.Option.DontConfirmOverwrite,  # asked once, on OK
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
            with_annotations=self.with_annotations.isChecked(),
            dpi=self.dpi.value(),
            images=self.images.isChecked(),
        )


def start_export(
    lib: Library, request: ExportRequest, runner: TaskRunner, parent: QWidget | None = None
) -> JobDialog:
    """Run ``request`` in ``runner`` with a progress dialog and a report."""
    return run_job(parent, "Export", request.work(lib), runner, describe_export)


def what_would_be_replaced(request: ExportRequest) -> str | None:
    """A question for the person when the export would replace what exists, else None.

    A file target that exists, or a folder target that holds anything (the export replaces the
    files or folders of the same documents in it). What Redline refuses to write at all (inside a
    library, over a link or device) is refused by the export itself, with its reason.
    """
    path = request.path
    if not path.exists() or path.is_symlink():
        return None
    if path.is_file():
        return f"{path.name} already exists in {path.parent}.\n\nReplace it?"
    if path.is_dir() and any(path.iterdir()):
        return (
            f"The folder {path} is not empty: files of the same documents in it will be "
            "replaced.\n\nExport into it anyway?"
        )
    return None


def confirm_overwrite(parent: QWidget | None, request: ExportRequest) -> ExportRequest | None:
    """The request as the person confirmed it (replacing allowed), or None if they declined."""
    question = what_would_be_replaced(request)
    if question is None:
        return request
    answer = QMessageBox.question(
        parent,
        "Replace?",
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return replace(request, overwrite=True)


def open_export(host: ToolHost) -> JobDialog | None:
    """File > Export…: the form, a question before replacing anything, then the export in the
    window's long-job runner."""
    dialog = ExportDialog(host.lib, host.document_id, host.window())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    request = confirm_overwrite(host.window(), dialog.request())
    if request is None:
        return None
    return start_export(host.lib, request, host.import_runner, host.window())
