"""File › Export…'s form: a format, a scope and a destination, proposed in the folder of the
last export and named after what is exported (``export_request.py``: what it asks for and how
that runs; ``export_start.py``: the questions before it starts). The OCR formats (ALTO, PAGE,
hOCR) write a folder per document, in pixels of the page at a chosen resolution, optionally with
the images.

What the form reads of the library (the open document's title, the tags; at OK, for a
publication, the documents it covers and the redaction proposals nobody decided in them) it reads
on the window's database worker, watched (``watched_reads``): the form opens at once and says
"Reading…" where they go; on a team library's server that does not answer, its own bar offers
Stop waiting after the usual wait, and stopped or failed the form says what was not read and
offers Read again; Cancel closes it whatever waits (until 2026-12-08 the form was read on the
window's call path, before it opened: nothing on screen but the window's Stop strip)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, QTimer
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

from app.core.annotating.tag_store import list_tags, walk_tags
from app.core.annotating.vocabulary import STATUSES
from app.core.documents.queries import document_titles
from app.core.exchange.canvas import DEFAULT_DPI as CANVAS_DPI
from app.core.exchange.canvas import MAX_DPI, MIN_DPI
from app.core.exchange.common import ExportScope
from app.core.exchange.destination import DestinationError, library_holding, refuse_library
from app.core.exchange.formats import DEFAULT_DPI as OCR_DPI
from app.core.exchange.formats import OCR_FORMATS
from app.core.exchange.ocr_export import DPI_RANGE
from app.core.exchange.pdf import PublicationOptions
from app.core.exchange.pdf_plan import documents_in_scope, pending_in_scope
from app.core.ids import DocumentId
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.base.plain_label import plain_label, plain_message
from app.ui.base.screen_fit import fit_to_screen
from app.ui.base.server_wait import ReadWords, ServerWait
from app.ui.base.watched_reads import WatchedReads
from app.ui.base.workers import TaskRunner
from app.ui.tools.export_request import (
    FORMAT_SUFFIX,
    FORMAT_WORDS,
    FORMATS,
    PIXELS,
    PUBLISHED,
    SCOPES,
    ExportRequest,
)

KNOWN_SUFFIXES = {suffix for suffix in FORMAT_SUFFIX.values() if suffix}

FORM_READ = ReadWords(
    QT_TRANSLATE_NOOP("Redline", "Waiting for the document's title and the tags"),
    QT_TRANSLATE_NOOP(
        "Redline",
        "The library's server is not answering; the document's title and the tags have not "
        "been read yet.",
    ),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Stop waiting for the document's title and the tags (Esc): their read is cancelled on "
        "the library's server.",
    ),
    QT_TRANSLATE_NOOP("Redline", "The document's title and the tags were not read."),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Redline stopped waiting for the server holding {location}; the document's title and "
        "the tags were not read.",
    ),
    QT_TRANSLATE_NOOP("Redline", "Read the document's title and the tags again."),
)
PUBLICATION_READ = ReadWords(
    QT_TRANSLATE_NOOP("Redline", "Waiting for what the publication covers"),
    QT_TRANSLATE_NOOP(
        "Redline",
        "The library's server is not answering; the documents of the publication and their "
        "undecided proposals have not been counted yet.",
    ),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Stop waiting for what the publication covers (Esc): its count is cancelled on the "
        "library's server.",
    ),
    QT_TRANSLATE_NOOP("Redline", "What the publication covers was not counted."),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Redline stopped waiting for the server holding {location}; the documents of the "
        "publication and their undecided proposals were not counted.",
    ),
    QT_TRANSLATE_NOOP("Redline", "Count the publication's documents and proposals again."),
)
READING = QT_TRANSLATE_NOOP("Redline", "Reading…")


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
        db: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QT_TRANSLATE_NOOP("Redline", "Export"))
        self.lib, self.settings = lib, settings
        self.document_id = document_id
        self._title = ""
        self.read = False  # the title and the tags are read (OK waits for them)
        self.checking = False  # OK pressed: what the publication covers is being counted
        self.pending: list[tuple[DocumentId, int, str]] = []  # (counted at OK, a publication)
        # (without the window's worker, a test's: read at once, on this thread)
        self.reads = WatchedReads(db or TaskRunner(synchronous=True, parent=self), self)
        self.server_wait = ServerWait(FORM_READ)
        self.said = plain_label(tr(READING))  # what is being read, or what was not
        self.said.setWordWrap(True)
        self._proposed = ""  # the destination last proposed; anything else in the box is kept
        self.format = QComboBox()
        for key, label, _ in FORMATS:
            self.format.addItem(label, key)
        self.scope = QComboBox()
        for key, label in SCOPES:
            if key != "document" or document_id is not None:
                self.scope.addItem(label, key)
        self.tag = QComboBox()
        self.tag.setPlaceholderText(tr(READING))
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
        fit_to_screen(self)
        self.reads.attach(
            self.server_wait,
            self._read_again,
            (self.format, self.scope, self.tag, self.status, self.path),
        )
        for shown in (self.said, self.server_wait):  # (the form grows to show them whole)
            shown.installEventFilter(self)
        self._read_form()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest):
            QTimer.singleShot(0, self._fit_height)
        return super().eventFilter(watched, event)

    # -- what the form reads: the title and the tags; at OK, what a publication covers --------

    def _read_form(self) -> None:
        """Read the open document's title and the tags (the database worker, watched)."""
        lib, document = self.lib, self.document_id

        def read() -> tuple[str, list[tuple[str, str]]]:
            title = "" if document is None else document_titles(lib, [document]).get(document, "")
            tags = [
                ("  " * (len(path) - 1) + n.tag.name, n.tag.uuid)
                for n, path in walk_tags(list_tags(lib))
            ]
            return title, tags

        self._use(FORM_READ)
        self.said.setText(tr(READING))
        self.said.show()
        self.tag.setPlaceholderText(tr(READING))
        self.reads.submit(
            read,
            self._on_form_read,
            lambda exc: self._not_read(
                translate(
                    "Redline", "The document's title and the tags were not read: {reason}"
                ).format(reason=say(exc))
            ),
            stopped=lambda: self._not_read(self.server_wait.given_up(self.lib.location)),
        )

    def _on_form_read(self, read: tuple[str, list[tuple[str, str]]]) -> None:
        title, tags = read
        self._title = title
        self.tag.blockSignals(True)
        self.tag.clear()
        for text, uuid in tags:
            self.tag.addItem(text, uuid)
        self.tag.blockSignals(False)
        self.tag.setPlaceholderText("")
        self.read = True
        self.said.hide()
        self._on_changed()

    def _not_read(self, said: str) -> None:
        """A read given up or failed: said in the form, Read again on its bar."""
        self.checking = False
        self.said.setText(said)
        self.said.show()
        if not self.read:
            self.tag.setPlaceholderText("")
        self.server_wait.stopped()
        self._on_changed()

    def _use(self, words: ReadWords) -> None:
        self.server_wait.words = words
        named(self.server_wait, words.name)

    def _read_again(self) -> None:
        self.server_wait.withdraw()
        if not self.read:
            self._read_form()
        else:
            self.said.hide()
            self.accept()  # (what the publication covers, counted again; then OK)

    def done(self, result: int) -> None:
        """Closed (Cancel, Esc, OK): a read of the form still waiting is given up."""
        self.reads.stop()
        super().done(result)

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
        if remembered and Path(remembered).is_dir() and library_holding(Path(remembered)) is None:
            return Path(remembered)  # (the setting is the person's, whichever library is open)
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
        layout.addWidget(self.said)  # (over the form: what it waits for, or did not read)
        layout.addLayout(form)
        layout.addWidget(self.server_wait)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        for combo in (self.format, self.scope, self.tag, self.status):
            combo.currentIndexChanged.connect(self._on_changed)
        for combo in (self.format, self.scope):  # (not as the path is typed)
            combo.currentIndexChanged.connect(self._follow_suffix)
        self.per_document.toggled.connect(self._follow_suffix)
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
        self._fit_height()
        self._propose()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(
            self.read
            and not self.checking
            and bool(self.path.text().strip())
            and (scope != "tag" or self.tag.count() > 0)
        )

    def _fit_height(self) -> None:
        """As tall as the rows shown: a format with fewer options (ALTO after the PDF's) left a
        band of empty form below them. The width is the person's."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        self.resize(self.width(), self.sizeHint().height())

    def accept(self) -> None:
        """OK, unless the destination cannot take the export (inside a library; a file where
        a folder is written, or a folder where a file is) or is one PDF file for a publication
        of several documents (a PDF each): that is said here, with the form still open, not by
        the export after it. A publication's documents and undecided proposals
        (:attr:`pending`, asked about before it starts) are counted first, off this thread:
        the form waits for them (watched), OK disabled meanwhile."""
        if not self.read or self.checking:
            return
        problem = self._destination_problem()
        if problem is not None:
            plain_message(self, QMessageBox.Icon.Warning, translate("Redline", "Export"), problem)
            return
        if self.format.currentData() != "pdf":
            super().accept()
            return
        lib, scope, one_pdf = self.lib, self.request().scope, self._one_pdf_of_many()

        def count() -> tuple[int, list[tuple[DocumentId, int, str]]]:
            many = documents_in_scope(lib, scope) if one_pdf else 0
            return many, pending_in_scope(lib, scope)

        self.checking = True
        self._use(PUBLICATION_READ)
        self.said.setText(tr(READING))
        self.said.show()
        self._on_changed()
        self.reads.submit(
            count,
            self._on_counted,
            lambda exc: self._not_read(
                translate("Redline", "The export was not started: {reason}").format(reason=say(exc))
            ),
            stopped=lambda: self._not_read(self.server_wait.given_up(self.lib.location)),
        )

    def _on_counted(self, counted: tuple[int, list[tuple[DocumentId, int, str]]]) -> None:
        many, self.pending = counted
        self.checking = False
        self.said.hide()
        self._on_changed()
        if many > 1:
            plain_message(
                self,
                QMessageBox.Icon.Warning,
                translate("Redline", "Export"),
                (
                    translate(
                        "Redline",
                        "The {value} documents chosen make a PDF each: choose a folder as the "
                        "destination, or export the open document.",
                    )
                    if self.document_id is not None
                    else translate(
                        "Redline",
                        "The {value} documents chosen make a PDF each: choose a folder as the "
                        "destination, or open one document and export it.",
                    )
                ).format(value=many),
            )
            return
        super().accept()

    def _destination_problem(self) -> str | None:
        """Why the destination cannot take this export, or None. (The export checks again.)"""
        path = Path(self.path.text().strip()).expanduser()
        folder = self._wants_folder()
        try:
            refuse_library(path if folder else path.parent, path)
        except DestinationError as exc:
            return str(exc)
        if folder and path.is_file():
            return translate(
                "Redline",
                "{path} is a file, and this export writes a folder: choose a folder, or a name "
                "for a new one.",
            ).format(path=path)
        if not folder and path.is_dir():
            return translate(
                "Redline", "{path} is a folder, and this export writes a file: choose a file name."
            ).format(path=path)
        return None

    def _follow_suffix(self, *_: object) -> None:
        """A destination the person typed or chose keeps its name when the format changes, but
        not another format's ending: ``picked.json`` becomes ``picked.csv`` for CSV, and
        ``picked`` for a format written into a folder (it stayed ``picked.json``, and the CSV
        was written as a ``.json`` file)."""
        text = self.path.text().strip()
        if not text or text == self._proposed:
            return  # (a proposal is proposed again)
        path = Path(text)
        want = "" if self._wants_folder() else FORMAT_SUFFIX[self.format.currentData()]
        if path.suffix.lower() in KNOWN_SUFFIXES and path.suffix.lower() != want:
            self.path.setText(str(path.with_suffix(want)))

    def _one_pdf_of_many(self) -> bool:
        """Whether a publication goes to one ``.pdf`` file for a scope that may cover several
        documents (counted at OK)."""
        path = Path(self.path.text().strip()).expanduser()
        fmt, scope = self.format.currentData(), self.scope.currentData()
        return fmt == "pdf" and scope != "document" and path.suffix.lower() == ".pdf"

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
            every = translate("Redline", "All files (*)")
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("Redline", "Export to"),
                str(current),
                f"{self.file_filter()};;{every}",
                options=QFileDialog.Option.DontConfirmOverwrite,  # asked once, on OK
            )
        if chosen:
            self.path.setText(chosen)

    def file_filter(self) -> str:
        """The save dialog's filter of the format: its name, as the format list begins it, and
        its ending ("Redline JSON (*.json)"; it was a bare "*.json")."""
        name = re.split(r" \(|: ", self.format.currentText(), maxsplit=1)[0].strip()
        return f"{name} (*{FORMAT_SUFFIX[self.format.currentData()]})"

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
