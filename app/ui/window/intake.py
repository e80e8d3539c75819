"""Scans coming into the window: File › Import files… and Import a folder…, files dropped on
the window, and files handed over by "Open with Redline" while the window is open (the first of
them opened once imported). Each import runs in the background with a progress dialog; the
library table reloads after it, and the status bar says what was imported."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow

from app.core.documents.ingest import ImportOutcome
from app.ui.base.language import QT_TRANSLATE_NOOP, tr, translate
from app.ui.library.import_dialog import ImportDialog, ImportJob

if TYPE_CHECKING:
    from app.core.ids import DocumentId
    from app.core.library import Library
    from app.ui.base.workers import TaskRunner
    from app.ui.library.library_model import LibraryModel
    from app.ui.window.handover import HandoverServer

FILE_FILTER = QT_TRANSLATE_NOOP(
    "Redline", "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"
)


class FileIntake(QMainWindow):
    """What the main window does with files that come in (one part of :class:`MainWindow`)."""

    if TYPE_CHECKING:  # (the main window's: a signal is declared on the class Qt builds it for)
        import_finished: SignalInstance  # list[ImportOutcome]
        files_handed_over: SignalInstance  # paths from "Open with Redline"
        lib: Library
        import_runner: TaskRunner
        library_model: LibraryModel
        handover: HandoverServer | None

        def show_message(self, text: str) -> None: ...
        def open_document(
            self, doc_id: DocumentId, page: int = 0, query: str | None = None
        ) -> bool: ...

    def on_import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, translate("Redline", "Import scans"), "", tr(FILE_FILTER)
        )
        if files:
            self._open_when_one(self.import_paths(files))

    def _open_when_one(self, dialog: ImportDialog) -> None:
        """A single new document imported from the menu or a drop is opened (the person asked
        for it to look at it: it was only listed, the view stayed where it was); a batch is
        listed, the view kept."""
        dialog.job.finished.connect(self._open_single_new)
        if dialog.job.done:  # (a synchronous runner has finished already)
            self._open_single_new(dialog.job.result)

    def _open_single_new(self, outcomes: list[ImportOutcome]) -> None:
        new = [o.document_id for o in outcomes if o.status == "imported" and o.document_id]
        if len(new) == 1 and new[0] is not None:
            self.open_document(new[0])

    def on_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("Redline", "Import a folder of scans")
        )
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: Sequence[Path | str]) -> ImportDialog:
        """Import in the background with a progress dialog; the library pane reloads after, and
        the status bar says what was imported."""
        job = ImportJob(self.lib, paths, self.import_runner)
        dialog = ImportDialog(job, self)
        job.finished.connect(lambda _: self.show_message(dialog.summary))
        job.finished.connect(self._on_import_finished)
        dialog.show()
        job.start()
        return dialog

    def _on_import_finished(self, outcomes: list[ImportOutcome]) -> None:
        self.library_model.reload()
        self.import_finished.emit(outcomes)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self._open_when_one(self.import_paths(paths))

    def _listen(self) -> None:
        """Take files handed over by "Open with Redline" while this window is open."""
        from app.ui.window.handover import HandoverServer

        self.handover = HandoverServer(self.lib.root, self.files_handed_over.emit)
        if self.handover.start():
            self.files_handed_over.connect(self.open_files)
        else:
            self.handover = None

    def open_files(self, paths: Sequence[str]) -> ImportDialog:
        """Import ``paths`` and open the first of them (new or already in the library)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        dialog = self.import_paths(paths)
        dialog.job.finished.connect(self._open_first_imported)
        if dialog.job.done:  # (a synchronous runner has finished already)
            self._open_first_imported(dialog.job.result)
        return dialog

    def _open_first_imported(self, outcomes: list[ImportOutcome]) -> None:
        opened = next((o.document_id for o in outcomes if o.ok and o.document_id), None)
        if opened is not None:
            self.open_document(opened)
