"""File > Export…: choose a format, a scope and a destination; the export runs in a worker with
progress, Cancel and a report (``app.core.export``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.export.canvas import DEFAULT_DPI, MAX_DPI, MIN_DPI
from app.core.export.common import STATUSES, ExportScope
from app.core.export.csv_export import export_csv
from app.core.export.iiif import IiifOptions, export_iiif
from app.core.export.pdf import export_pdf
from app.core.export.redline_json import ExportSummary, export_json
from app.core.export.text import export_text
from app.core.export.w3c import export_w3c
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.tags import TagNode, list_tags
from app.ui.job_dialog import Cancel, JobDialog, Progress, Work, run_job
from app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

FORMATS = (
    ("json", "Redline JSON (exchange, merges back in)", ".json"),
    ("w3c", "W3C Web Annotation (JSON-LD)", ".jsonld"),
    ("iiif", "IIIF folder for a web server (Mirador and other IIIF viewers)", ""),
    ("csv", "CSV spreadsheet (one annotation per row)", ".csv"),
    ("text", "Corrected text", ".txt"),
    ("pdf", "Publication PDF (redactions burned in)", ".pdf"),
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
    with_annotations: bool = False
    dpi: int = DEFAULT_DPI
    base_url: str | None = None
    include_proposals: bool = False

    def work(self, lib: Library) -> Work:
        """The export as a worker function taking (progress, cancel)."""

        def run(progress: Progress, cancel: Cancel) -> ExportSummary:
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
            return export_pdf(
                lib, self.path, self.scope, with_annotations=self.with_annotations,
                on_progress=progress, cancel=cancel,
            )  # fmt: skip

        return run


def describe_export(summary: Any) -> str:
    s: ExportSummary = summary
    lines = [f"Wrote {s.path}", f"{s.documents} document(s)"]
    if s.pages:
        lines.append(f"{s.pages} page image(s)")
    if s.annotations or s.tombstones:
        lines.append(f"{s.annotations} annotation(s), {s.tombstones} deletion(s)")
    if s.left_out:
        lines.append(f"{s.left_out} annotation(s) over accepted redactions left out")
    return "\n".join(lines)


def _flatten(nodes: tuple[TagNode, ...] | list[TagNode], depth: int = 0) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for n in nodes:
        out.append(("  " * depth + n.tag.name, n.tag.uuid))
        out.extend(_flatten(n.children, depth + 1))
    return out


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
        for name, uuid in _flatten(list_tags(lib)):
            self.tag.addItem(name, uuid)
        self.status = QComboBox()
        self.status.addItems(STATUSES)
        self.path = QLineEdit()
        self.path.setMinimumWidth(340)
        self.browse = QPushButton("Choose…")
        self.per_document = QCheckBox("One file per document (the destination is a folder)")
        self.with_annotations = QCheckBox("Add the annotations as PDF annotations")
        self.include_proposals = QCheckBox("Also proposals and rejected annotations (marked so)")
        self.dpi = QSpinBox()
        self.dpi.setRange(MIN_DPI, MAX_DPI)
        self.dpi.setValue(DEFAULT_DPI)
        self.dpi.setSuffix(" dpi")
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText("relative ids (or the URL the folder will be served at)")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._compose()
        self._on_changed()

    def _compose(self) -> None:
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow("Format:", self.format)
        form.addRow("Export:", self.scope)
        form.addRow("Tag:", self.tag)
        form.addRow("Status:", self.status)
        form.addRow("Destination:", where)
        form.addRow("", self.per_document)
        form.addRow("", self.with_annotations)
        form.addRow("Resolution:", self.dpi)
        form.addRow("Base URL:", self.base_url)
        form.addRow("", self.include_proposals)
        self.form = form
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
        self.include_proposals.setVisible(fmt in PUBLISHED)
        for widget in (self.dpi, self.base_url):
            self.form.setRowVisible(widget, fmt in PIXELS)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.path.text().strip()) and (scope != "tag" or self.tag.count() > 0))

    def _wants_folder(self) -> bool:
        fmt = self.format.currentData()
        single_pdf = self.scope.currentData() == "document"
        return (
            fmt == "iiif"
            or (fmt == "text" and self.per_document.isChecked())
            or (fmt == "pdf" and not single_pdf)
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
            with_annotations=self.with_annotations.isChecked(),
            dpi=self.dpi.value(),
            base_url=self.base_url.text().strip() or None,
            include_proposals=self.include_proposals.isChecked(),
        )


def start_export(
    lib: Library, request: ExportRequest, runner: TaskRunner, parent: QWidget | None = None
) -> JobDialog:
    """Run ``request`` in ``runner`` with a progress dialog and a report."""
    return run_job(parent, "Export", request.work(lib), runner, describe_export)


def open_export(window: MainWindow) -> JobDialog | None:
    """File > Export…: the form, then the export in the window's long-job runner."""
    dialog = ExportDialog(window.lib, window.document_id, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return start_export(window.lib, dialog.request(), window.import_runner, window)
