"""File > Import Annotations…: a Redline JSON set, or W3C or IIIF annotations (Redline's own
exports, or what Mirador or Annotorious saved), is first merged as a dry run, the dialog shows
what would change in plain words (``app.core.exchange.merge_report``: the same text as the
command line's; into a library on a server, that no copy of it is made first, as the command
line says, in the window's words), and only on "Apply" is it merged for real; both runs happen
in a worker with progress and Cancel (``app.core.exchange.w3c_import.import_annotation_file``).
The real merge keeps the rows it changed: ``applied(report)`` hands them to the window, which
makes them one undo step (Edit › Undo Import annotations). When the merge left conflicts,
"Decide conflicts…" asks the window to show them (``decide_requested``). A file that changed
between the dry run and Apply is not merged: it is checked again and the dialog shows what it
would change now (Apply merged what the file then held, not what the person had been shown)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.exchange.merge_outcome import MergeReport
from app.core.exchange.merge_report import describe_message
from app.core.exchange.w3c_import import (
    file_fingerprint,
    forget_kept_conversion,
    import_annotation_file,
)
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.base.author import person_name
from app.ui.base.job_dialog import Cancel, Job, Progress
from app.ui.base.language import QT_TRANSLATE_NOOP, say, translate
from app.ui.base.plain_label import plain_label
from app.ui.base.screen_fit import fit_to_screen
from app.ui.base.workers import TaskRunner
from app.ui.tools.host import ToolHost


class MergeDialog(QDialog):
    """Dry run, what would change, Apply, the report. ``applied(report)`` after a real merge."""

    applied = Signal(object)
    job_created = Signal(object)  # the Job of each run, before it starts
    decide_requested = Signal()  # "Decide conflicts…": the window shows them

    def __init__(
        self,
        lib: Library,
        path: Path | str,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        author: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QT_TRANSLATE_NOOP("Redline", "Import annotations"))
        self.lib, self.path, self.runner, self.author = lib, Path(path), runner, author
        self.job: Job | None = None
        self.report: MergeReport | None = None
        self.checked = ""  # the file's fingerprint when its dry run read it
        self.label = plain_label(
            translate("Redline", "Checking {name}…").format(name=self.path.name)
        )
        self.label.setWordWrap(True)
        # (the command line says it in its words, naming `redline restore`:
        # app.commands.exchange.SERVER_NO_BACKUP; docs/team.md)
        self.no_backup = plain_label(
            translate(
                "Redline",
                "No copy of a library on a server is made before a merge, so there is none to "
                "put back afterwards; back the database up with pg_dump first if you may want "
                "it as it is now.",
            )
        )
        self.no_backup.setWordWrap(True)
        self.no_backup.setVisible(lib.on_server)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.details = QPlainTextEdit(readOnly=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(QT_TRANSLATE_NOOP("Redline", "Apply"))
        self.apply_button.setEnabled(False)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.decide_button = QPushButton(QT_TRANSLATE_NOOP("Redline", "Decide conflicts…"))
        self.buttons.addButton(self.decide_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.decide_button.hide()  # (adding a button shows it)
        self.decide_button.clicked.connect(self.decide_requested)
        layout = QVBoxLayout(self)
        for w in (self.label, self.no_backup, self.bar, self.details, self.buttons):
            layout.addWidget(w)
        self.resize(860, 480)
        fit_to_screen(self)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self._on_apply_clicked)

    def start(self) -> MergeDialog:
        """Show the dialog and start the dry run."""
        self.show()
        self._run(dry_run=True)
        return self

    def _run(self, *, dry_run: bool) -> None:
        def work(progress: Progress, cancel: Cancel) -> tuple[MergeReport, str, str, bool]:
            seen = file_fingerprint(self.path)  # (before it is read: a change meanwhile shows)
            changed = not dry_run and seen != self.checked
            report = import_annotation_file(
                self.lib, self.path, dry_run=dry_run or changed, author=self.author,
                on_progress=progress, cancel=cancel, undo=not (dry_run or changed),
                in_process=True, fingerprint=seen,
            )  # fmt: skip
            # (fingerprint: a dry run's conversion kept for the Apply, the file converted once)
            # worded here, not on the window's thread: a report may cover 100,000 annotations
            return report, say(describe_message(report, self.author)), seen, changed

        self.job = Job(work, self.runner)
        self.job.setParent(self)  # as JobDialog's: the window finds it to cancel when it closes
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.bar.setRange(0, 0)
        self.job_created.emit(self.job)
        self.job.start()

    def _on_progress(self, done: int, total: int, what: str = "") -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def _on_finished(self, result: Any) -> None:
        report: MergeReport
        report, text, self.checked, changed = result
        self.report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.details.setPlainText(text)
        if report.dry_run:
            checked = (
                translate("Redline", "{name} checked. Nothing changed yet: Apply to merge it.")
                if report.changed
                else translate("Redline", "{name} would change nothing here.")
            )
            if changed:
                checked = (
                    translate(
                        "Redline",
                        "{name} changed since it was checked; nothing was merged. Below is what "
                        "it would change now: Apply to merge it.",
                    )
                    if report.changed
                    else translate(
                        "Redline",
                        "{name} changed since it was checked; nothing was merged, and it would "
                        "change nothing here now.",
                    )
                )
            self.label.setText(checked.format(name=self.path.name))
            self.apply_button.setEnabled(report.changed and not self.lib.read_only)
        else:
            conflicts = len(report.conflicts)
            merged = translate(
                "Redline", "{name} merged (Edit › Undo Import annotations takes it back)."
            ).format(name=self.path.name)
            if conflicts:
                left = translate("Redline", "Conflicts left for you to decide: {n}.")
                merged += " " + left.format(n=conflicts)
            self.label.setText(merged)
            self.no_backup.hide()
            self.apply_button.hide()
            self.decide_button.setVisible(bool(conflicts))
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.applied.emit(report)

    def _on_failed(self, message: str) -> None:
        cancelled = self.job is not None and self.job.cancelled
        self.label.setText(
            translate("Redline", "Cancelled; the library is unchanged.")
            if cancelled
            else translate("Redline", "Failed.")
        )
        self.details.setPlainText("" if cancelled else message)
        self.bar.setRange(0, 1)
        self.apply_button.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _on_apply_clicked(self) -> None:
        self.apply_button.setEnabled(False)
        self.label.setText(translate("Redline", "Merging {name}…").format(name=self.path.name))
        self._run(dry_run=False)

    def reject(self) -> None:
        """Cancel, Escape or closing the window: while a run is going, ask it to stop instead."""
        if self.job is not None and not self.job.done:
            self.job.cancel()
            self.label.setText(translate("Redline", "Cancelling…"))
        else:
            forget_kept_conversion()  # (closed without Apply: its dry run's copy is let go)
            super().reject()


def _start_folder(settings: S.Settings) -> str:
    """Where the file is looked for first: the folder of the last set imported, else of the last
    export (a colleague's set is often saved beside one's own), else the dialog's own choice."""
    for setting in (S.IMPORT_FOLDER, S.EXPORT_FOLDER):
        folder = settings.get(setting)
        if folder and Path(folder).is_dir():
            return folder
    return ""


def open_import(host: ToolHost) -> MergeDialog | None:
    """File > Import Annotations…: choose a file, then the dry run, Apply, the report."""
    path, _ = QFileDialog.getOpenFileName(
        host.window(),
        translate("Redline", "Import annotations"),
        _start_folder(host.settings),
        translate(
            "Redline",
            "Annotations (*.json *.jsonld);;Redline JSON (*.json);;W3C or IIIF (*.json *.jsonld);;"
            "All files (*)",
        ),
    )
    if not path:
        return None
    host.settings.set(S.IMPORT_FOLDER, str(Path(path).parent))
    dialog = MergeDialog(
        host.lib, path, host.import_runner, host.window(), author=person_name(host.settings)
    )
    dialog.applied.connect(host.refresh)
    return dialog.start()
