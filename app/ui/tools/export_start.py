"""File › Export… from the menu: the form, then the questions before the export starts —
replacing a file or a folder's files, and, when a publication's documents still hold redaction
proposals nobody decided, whether to review them first (the first is shown) or publish without
them — then the export in the window's long-job runner."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from app.core import wording
from app.core.ids import DocumentId
from app.ui.base.job_dialog import JobDialog
from app.ui.base.language import QT_TRANSLATE_NOOP, say, translate
from app.ui.base.plain_label import plain_message
from app.ui.tools.export_dialog import ExportDialog
from app.ui.tools.export_request import ExportRequest, start_export
from app.ui.tools.host import ToolHost


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


def _settle_pending(
    host: ToolHost, request: ExportRequest, pending: list[tuple[DocumentId, int, str]]
) -> ExportRequest | None:
    """A publication request the person still wants, with their answer about ``pending``, the
    proposals nobody decided (counted by the form, at OK)."""
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
    window's long-job runner.

    The form opens at once: it reads the open document's title and the tags (its scopes), and
    at OK a publication's documents and the proposals nobody decided in them, on the window's
    database worker, watched (``export_dialog``: on a team library a server that does not answer
    leaves the window free, and the form offers Stop waiting and Read again; until 2026-12-08
    they were read on the window's call path before the form came)."""
    dialog = ExportDialog(host.lib, host.document_id, host.window(), host.settings, host.db_runner)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    dialog.remember()
    request: ExportRequest | None = dialog.request()
    if request is not None and request.format == "pdf":
        request = _settle_pending(host, request, dialog.pending)
    if request is not None:
        request = confirm_overwrite(host.window(), request)
    if request is None:
        return None
    return start_export(host.lib, request, host.import_runner, host.window())
