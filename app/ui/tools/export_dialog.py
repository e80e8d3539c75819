"""File > Export…: choose a format, a scope and a destination; the export runs in a worker with
progress, Cancel and a report (``app.core.exchange``). The OCR formats (ALTO, PAGE, hOCR) write a
folder per document, in pixels of the page at a chosen resolution, optionally with the images.

The publication PDF, W3C, CSV, IIIF and OCR exports run in a worker process
(``app.core.exchange.export_process``): MuPDF would hold the window's Python lock for each page,
and reading a file back for its check holds it in long pieces (100,000 annotations: the window
stalled 0.7 s for W3C, 0.5 s for CSV, 0.1 s for IIIF and 54 ms for ALTO with images). JSON and
text run on a thread (their longest stall of the window there: 14-18 and 31-36 ms for 100,000
annotations); a process costs about 0.7 s to start. When a publication's
documents still hold redaction proposals nobody decided, the window first asks: review them (the
first is shown) or publish without them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
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

from app.core import wording
from app.core.annotating.tags import list_tags, walk_tags
from app.core.annotating.vocabulary import STATUSES
from app.core.documents.queries import document_titles
from app.core.exchange.canvas import DEFAULT_DPI as CANVAS_DPI
from app.core.exchange.canvas import MAX_DPI, MIN_DPI
from app.core.exchange.common import ExportScope
from app.core.exchange.csv_export import export_csv
from app.core.exchange.export_process import export_in_process, export_pdf_in_process
from app.core.exchange.formats import DEFAULT_DPI as OCR_DPI
from app.core.exchange.formats import OCR_FORMATS
from app.core.exchange.iiif import IiifOptions, export_iiif
from app.core.exchange.ocr_export import DPI_RANGE, OcrExportSummary, export_ocr
from app.core.exchange.pdf import PublicationOptions
from app.core.exchange.pdf_plan import pending_in_scope
from app.core.exchange.pdf_report import PublicationReport, publication_message
from app.core.exchange.redline_json import ExportSummary, export_json
from app.core.exchange.text import export_text
from app.core.exchange.w3c import export_w3c
from app.core.ids import DocumentId
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.base.accessible import named
from app.ui.base.job_dialog import Cancel, JobDialog, Progress, Work, run_job
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.base.plain_label import plain_message
from app.ui.base.workers import TaskRunner
from app.ui.tools.host import ToolHost

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


def file_stem(text: str) -> str:
    """``text`` as a file name people and web servers both take: its words, lower case,
    joined by hyphens ("CIA Bulletin, 9 March" → "cia-bulletin-9-march")."""
    return "-".join(re.findall(r"\w+", text.lower()))[:60].strip("-_")


def proposed_name(subject: str, fmt: str, suffix: str, today: date) -> str:
    """A destination's name: what it is of, what it holds, the day, e.g.
    ``memo-annotations-2026-11-28.jsonld`` (a folder has no ``suffix``)."""
    return f"{file_stem(subject) or 'redline'}-{FORMAT_WORDS[fmt]}-{today:%Y-%m-%d}{suffix}"


def unused(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``… if it exists already."""
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def default_folder() -> Path:
    """The person's Documents folder, or their home folder where there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class ExportDialog(QDialog):
    """The export form; :meth:`request` is what OK means. With ``settings``, it starts with the
    format, scope and folder of the last export (:meth:`remember` stores them); the destination
    is proposed in that folder, named after what is exported, until the person types one."""

    def __init__(
        self,
        lib: Library,
        document_id: DocumentId | None,
        parent: QWidget | None = None,
        settings: S.Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QT_TRANSLATE_NOOP("Redline", "Export"))
        self.lib, self.settings = lib, settings
        self.document_id = document_id
        self._title = ""
        if document_id is not None:
            self._title = document_titles(lib, [document_id]).get(document_id, "")
        self._proposed = ""  # the destination last proposed; anything else in the box is kept
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
        for status in STATUSES:
            self.status.addItem(tr(status), status)
        self.path = named(
            QLineEdit(),
            QT_TRANSLATE_NOOP("Redline", "Destination"),
            QT_TRANSLATE_NOOP("Redline", "The file or folder the export writes."),
        )
        self.path.setMinimumWidth(340)
        self.browse = QPushButton(QT_TRANSLATE_NOOP("Redline", "Choose…"))
        self.per_document = QCheckBox(
            QT_TRANSLATE_NOOP("Redline", "One file per document (the destination is a folder)")
        )
        self.with_annotations = QCheckBox(
            QT_TRANSLATE_NOOP("Redline", "Add the annotations as PDF annotations")
        )
        self.include_proposals = QCheckBox(
            QT_TRANSLATE_NOOP("Redline", "Also proposals and rejected annotations (marked so)")
        )
        self.dpi = QSpinBox()
        self.dpi.setRange(min(MIN_DPI, DPI_RANGE[0]), max(MAX_DPI, DPI_RANGE[1]))
        self.dpi.setSuffix(translate("Redline", " dpi"))
        self.dpi.setToolTip(
            QT_TRANSLATE_NOOP(
                "Redline", "Coordinates are pixels of the page rendered at this resolution"
            )
        )
        self._dpi_for = ""  # the format whose default resolution the box shows
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText(
            QT_TRANSLATE_NOOP("Redline", "relative ids (or the URL the folder will be served at)")
        )
        self.images = QCheckBox(
            QT_TRANSLATE_NOOP("Redline", "Also write the page images the files name (PNG)")
        )
        self.fill = QComboBox()
        self.fill.addItem(QT_TRANSLATE_NOOP("Redline", "Black boxes"), "black")
        self.fill.addItem(QT_TRANSLATE_NOOP("Redline", "White boxes with an outline"), "white")
        self.print_codes = QCheckBox(
            QT_TRANSLATE_NOOP("Redline", "Print the exemption codes in the boxes, e.g. (b)(6)")
        )
        self.print_codes.setChecked(True)
        self.keep_outline = QCheckBox(
            QT_TRANSLATE_NOOP(
                "Redline", "Keep the source's outline (entries naming redacted text go)"
            )
        )
        self.keep_links = QCheckBox(
            QT_TRANSLATE_NOOP("Redline", "Keep the source's links (none over a box)")
        )
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
        self._recall()
        self._on_changed()

    def _recall(self) -> None:
        """The last export's format and scope (the scope if it still applies)."""
        if self.settings is None:
            return
        for combo, setting in ((self.format, S.EXPORT_FORMAT), (self.scope, S.EXPORT_SCOPE)):
            index = combo.findData(self.settings.get(setting))
            if index >= 0:
                combo.setCurrentIndex(index)

    def folder(self) -> Path:
        """Where the destination is proposed: the last export's folder, else Documents."""
        remembered = self.settings.get(S.EXPORT_FOLDER) if self.settings is not None else ""
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        return default_folder()

    def remember(self) -> None:
        """Keep the format, scope and folder for the next export."""
        if self.settings is None:
            return
        self.settings.set(S.EXPORT_FORMAT, self.format.currentData())
        self.settings.set(S.EXPORT_SCOPE, self.scope.currentData())
        path = Path(self.path.text().strip()).expanduser()
        if path.parent.is_dir():
            self.settings.set(S.EXPORT_FOLDER, str(path.parent))

    def _subject(self) -> str:
        scope = self.scope.currentData()
        if scope == "document" and self._title:
            return self._title
        if scope == "tag" and self.tag.count():
            return self.tag.currentText().strip()
        if scope == "status":
            return str(self.status.currentData())
        return self.lib.name

    def proposal(self) -> Path:
        """The destination proposed for the choices now made."""
        suffix = "" if self._wants_folder() else FORMAT_SUFFIX[self.format.currentData()]
        name = proposed_name(self._subject(), self.format.currentData(), suffix, date.today())
        return unused(self.folder() / name)

    def _propose(self) -> None:
        """Propose a destination, unless the person typed or chose one (or emptied the box)."""
        if self.path.text() == self._proposed:
            self._proposed = str(self.proposal())
            self.path.setText(self._proposed)

    def _compose(self) -> None:
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form = self.form = QFormLayout()
        form.addRow(translate("Redline", "Format:"), self.format)
        form.addRow(translate("Redline", "Export:"), self.scope)
        form.addRow(translate("Redline", "Tag:"), self.tag)
        form.addRow(translate("Redline", "Status:"), self.status)
        form.addRow(translate("Redline", "Destination:"), where)
        form.addRow("", self.per_document)
        form.addRow(translate("Redline", "Resolution:"), self.dpi)
        form.addRow(translate("Redline", "Base URL:"), self.base_url)
        form.addRow("", self.include_proposals)
        form.addRow("", self.images)
        self.fill_label = QLabel(QT_TRANSLATE_NOOP("Redline", "Redactions:"))
        form.addRow(self.fill_label, self.fill)
        for box in self.pdf_options[1:]:
            form.addRow("", box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        for combo in (self.format, self.scope, self.tag, self.status):
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
        if kind and kind != self._dpi_for:  # each kind of format: its own range and default
            self.dpi.setRange(*(DPI_RANGE if ocr else (MIN_DPI, MAX_DPI)))
            self.dpi.setValue(OCR_DPI if ocr else CANVAS_DPI)
            self._dpi_for = kind
        for widget in (*self.pdf_options, self.fill_label):
            widget.setVisible(fmt == "pdf")
        self.print_codes.setVisible(fmt in ("pdf", "iiif"))  # the page images print them too
        self._propose()
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
        current = Path(self.path.text().strip() or self.proposal()).expanduser()
        if self._wants_folder():
            chosen = QFileDialog.getExistingDirectory(
                self, translate("Redline", "Export into folder"), str(current.parent)
            )
        else:
            suffix = FORMAT_SUFFIX[self.format.currentData()]
            every = translate("Redline", "All files (*)")
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("Redline", "Export to"),
                str(current),
                f"*{suffix};;{every}",
                options=QFileDialog.Option.DontConfirmOverwrite,  # asked once, on OK
            )
        if chosen:
            self.path.setText(chosen)

    def request(self) -> ExportRequest:
        scope_key = self.scope.currentData()
        scope = ExportScope(
            documents=(self.document_id,)
            if scope_key == "document" and self.document_id is not None
            else (),
            tag=self.tag.currentData() if scope_key == "tag" else None,
            status=self.status.currentData() if scope_key == "status" else None,
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
    title = QT_TRANSLATE_NOOP("Redline", "Export")
    return run_job(parent, title, request.work(lib), runner, describe_export)


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
        return translate("Redline", "{name} already exists in {folder}.\n\nReplace it?").format(
            name=path.name, folder=path.parent
        )
    if path.is_dir() and any(path.iterdir()):
        return translate(
            "Redline",
            "The folder {folder} is not empty: files of the same documents in it will be "
            "replaced.\n\nExport into it anyway?",
        ).format(folder=path)
    return None


def confirm_overwrite(parent: QWidget | None, request: ExportRequest) -> ExportRequest | None:
    """The request as the person confirmed it (replacing allowed), or None if they declined."""
    question = what_would_be_replaced(request)
    if question is None:
        return request
    answer = plain_message(
        parent,
        QMessageBox.Icon.Question,
        translate("Redline", "Replace?"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return replace(request, overwrite=True)


REVIEW_FIRST, WITHOUT_THEM = "review", "skip"


def ask_pending(parent: QWidget | None, pending: int) -> str | None:
    """What to do with undecided redaction proposals: review them first, publish without them,
    or (None) nothing. Replaceable so that tests can answer."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QT_TRANSLATE_NOOP("Redline", "Redaction proposals not decided"))
    box.setText(
        say(
            wording.translate(
                "Redline",
                "%n redaction proposals in what you publish have not been accepted or rejected.",
            ).counted(
                pending,
                one="%n redaction proposal in what you publish has not been accepted or rejected.",
            )
        )
    )
    box.setInformativeText(
        translate(
            "Redline",
            "Only accepted redactions are burned in. Review the proposals first, or publish "
            "without them (they stay visible in the PDF).",
        )
    )
    review = box.addButton(
        translate("Redline", "Review them first"), QMessageBox.ButtonRole.AcceptRole
    )
    skip = box.addButton(
        translate("Redline", "Publish without them"), QMessageBox.ButtonRole.DestructiveRole
    )
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
                say(
                    wording.translate(
                        "Redline",
                        "%n redaction proposals to decide: A accepts, R rejects, N goes to the"
                        " next",
                    ).counted(
                        len(pending),
                        one="%n redaction proposal to decide: A accepts, R rejects, N goes to the"
                        " next",
                    )
                )
            )
        return None
    if answer != WITHOUT_THEM:
        return None
    return replace(request, publication=replace(request.publication, pending="skip"))


def open_export(host: ToolHost) -> JobDialog | None:
    """File > Export…: the form, a question before replacing anything, then the export in the
    window's long-job runner."""
    dialog = ExportDialog(host.lib, host.document_id, host.window(), host.settings)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    dialog.remember()
    request: ExportRequest | None = dialog.request()
    if request is not None and request.format == "pdf":
        request = _settle_pending(host, request)
    if request is not None:
        request = confirm_overwrite(host.window(), request)
    if request is None:
        return None
    return start_export(host.lib, request, host.import_runner, host.window())
