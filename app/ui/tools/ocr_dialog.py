"""OCR and companion texts from the Tools menu: OCR a page, a document or every page of the library
without text (``app.core.ocr.run``), and attach OCR made elsewhere to a document: ALTO, PAGE or hOCR
files (``app.core.ocr.attach``, their own word boxes) or a plain text aligned to the scan
(``app.core.ocr.companion``). Each runs in a worker with progress, Cancel (where the core can
stop) and a report; the OCR languages are a setting (Tools > Settings…)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from PySide6.QtWidgets import QFileDialog

from app.core.documents.lookup import all_document_ids
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.core.ocr.attach import FORMAT_NAMES, OcrImportReport, attach_text_files
from app.core.ocr.companion import AlignmentReport
from app.core.ocr.run import OcrReport, ocr_documents, ocr_pages
from app.core.wording import count
from app.ui.base import settings as S
from app.ui.base.job_dialog import Cancel, JobDialog, Progress, Work, run_job
from app.ui.base.language import QT_TRANSLATE_NOOP, tr, translate
from app.ui.tools.host import ToolHost

MAX_LISTED = 200  # lines of a report listing spans or failed pages
NOTHING_TO_OCR = QT_TRANSLATE_NOOP("Redline", "Every page already has text, so no page needed OCR.")
OCR_AGAIN = QT_TRANSLATE_NOOP("Redline", "OCR every page again")
OCR_AGAIN_HINT = QT_TRANSLATE_NOOP(
    "Redline",
    "{nothing} “{again}” reads the document's pages anew with Tesseract; their present text "
    "stays available in the text-layer switcher, and annotations are carried over.",
)


def ocr_page_work(lib: Library, page_ids: Sequence[PageId], language: str) -> Work:
    def run(progress: Progress, cancel: Cancel) -> OcrReport:
        return ocr_pages(lib, list(page_ids), language=language, progress=progress, cancel=cancel)

    return run


def ocr_library_work(
    lib: Library,
    doc_ids: Sequence[DocumentId] | None,
    language: str,
    mode: Literal["auto", "always"] = "auto",
) -> Work:
    """OCR the pages without text of ``doc_ids`` (None: every document of the library), or with
    ``mode="always"`` every page of them."""

    def run(progress: Progress, cancel: Cancel) -> OcrReport:
        docs = list(doc_ids) if doc_ids is not None else all_document_ids(lib)
        return ocr_documents(lib, docs, mode, language=language, progress=progress, cancel=cancel)

    return run


def describe_ocr(result: Any) -> str:
    report: OcrReport = result
    if not report.pages:
        return tr(NOTHING_TO_OCR)
    ok = [p for p in report.pages if p.status == "ok"]
    failed = [p for p in report.pages if p.status == "failed"]
    cancelled = [p for p in report.pages if p.status == "cancelled"]
    read = count(len(ok), "1 page read", "{n} pages read")
    words = count(sum(p.words for p in ok), "1 word", "{n} words")
    lines = [f"{read}, {words}; {len(failed)} failed, {len(cancelled)} not done (cancelled)."]
    orphans = sum(p.orphaned_annotations for p in ok)
    if orphans:
        lines.append(
            count(
                orphans,
                "1 annotation could not be found on the new text (orphaned).",
                "{n} annotations could not be found on the new text (orphaned).",
            )
        )
    lines += [f"  page {p.page_index + 1}: {p.message}" for p in failed[:MAX_LISTED]]
    return "\n".join(lines)


ATTACH_FILTER = QT_TRANSLATE_NOOP(
    "Redline",
    "OCR text (*.txt *.xml *.alto *.hocr *.html *.htm);;Plain text (*.txt);;"
    "ALTO or PAGE XML (*.xml *.alto);;hOCR (*.hocr *.html *.htm);;All files (*)",
)


def attach_text_work(
    lib: Library,
    doc_id: DocumentId,
    paths: Sequence[Path],
    language: str,
    near_page: int | None = None,
) -> Work:
    """Attach ``paths`` (the format told by their content); OCR files holding fewer pages than
    the document start at ``near_page``, the page on screen."""

    def run(progress: Progress, cancel: Cancel) -> AlignmentReport | OcrImportReport:
        return attach_text_files(
            lib, doc_id, list(paths), near_page=near_page, language=language,
            progress=progress, cancel=cancel,
        )  # fmt: skip

    return run


def describe_ocr_import(report: OcrImportReport) -> str:
    words = count(report.words, "1 word", "{n} words")
    pages = count(len(report.pages), "1 page", "{n} pages")
    producer = report.producer or "an unnamed producer"
    lines = [
        f"{FORMAT_NAMES[report.format]} from {producer}: {words} on {pages}, with their own boxes."
    ]
    if report.estimated:
        lines.append(
            count(
                report.estimated,
                "1 word box estimated along its line.",
                "{n} word boxes estimated along their lines.",
            )
        )
    lines += [
        f"  page {p.page_index + 1}: {p.file}, {p.words} words"
        + ("" if p.active else " (a new layer: choose it with the text-layer switcher)")
        for p in report.pages[:MAX_LISTED]
    ]
    if report.orphaned_annotations:
        lines.append(
            count(
                report.orphaned_annotations,
                "1 annotation orphaned on the new text.",
                "{n} annotations orphaned on the new text.",
            )
        )
    return "\n".join(lines)


def describe_alignment(result: Any) -> str:
    if isinstance(result, OcrImportReport):
        return describe_ocr_import(result)
    report: AlignmentReport = result
    share = report.aligned / report.words if report.words else 0.0
    lines = [
        f"{report.aligned} of {report.words} words of the text placed on the scan ({share:.0%}).",
        QT_TRANSLATE_NOOP(
            "Redline", "The text is a layer of its own: choose it with the text-layer switcher."
        ),
    ]
    if report.unaligned:
        lines.append(
            count(
                len(report.unaligned),
                "\n1 span could not be placed:",
                "\n{n} spans could not be placed:",
            )
        )
        lines += [
            f"  page {s.page_index + 1}: {s.text[:120]}" for s in report.unaligned[:MAX_LISTED]
        ]
    return "\n".join(lines)


def ocr_in(host: ToolHost, what: str) -> JobDialog | None:
    """Tools > OCR this page / this document / the library's pages without text; ``what`` is
    page, document, library, or document-again (every page of the open document)."""
    language = host.settings.get(S.OCR_LANGUAGE)
    page_id, doc_id = host.current_page_id(), host.document_id
    if what == "page" and page_id is not None:
        work = ocr_page_work(host.lib, [page_id], language)
    elif what in ("document", "document-again") and doc_id is not None:
        mode: Literal["auto", "always"] = "always" if what == "document-again" else "auto"
        work = ocr_library_work(host.lib, [doc_id], language, mode)
    elif what == "library":
        work = ocr_library_work(host.lib, None, language)
    else:
        host.show_message("Open a document first.")
        return None
    dialog = run_job(
        host.window(), "OCR", work, host.import_runner, describe_ocr,
        on_done=lambda _: host.refresh(),
    )  # fmt: skip
    if what == "document":
        _offer_again(host, dialog)
    return dialog


def _offer_again(host: ToolHost, dialog: JobDialog) -> None:
    """When no page of the document needed OCR: offer to read every page again."""

    def offer(report: OcrReport) -> None:
        if not report.pages and not dialog.job.cancelled:
            dialog.report.setPlainText(
                tr(OCR_AGAIN_HINT).format(nothing=tr(NOTHING_TO_OCR), again=tr(OCR_AGAIN))
            )
            dialog.offer(tr(OCR_AGAIN), lambda: ocr_in(host, "document-again"))

    if dialog.job.done:  # (a synchronous runner has finished already)
        offer(dialog.job.result)
    else:
        dialog.job.finished.connect(offer)


def attach_text(host: ToolHost, paths: Sequence[str] | None = None) -> JobDialog | None:
    """Tools > Attach OCR text…: ALTO, PAGE or hOCR files for the open document, or a plain
    OCR text aligned to its scan."""
    doc_id = host.document_id
    if doc_id is None:
        host.show_message("Open a document first.")
        return None
    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(
            host.window(), translate("Redline", "Attach OCR text"), "", tr(ATTACH_FILTER)
        )
    if not paths:
        return None
    work = attach_text_work(
        host.lib, doc_id, [Path(p) for p in paths],
        host.settings.get(S.OCR_LANGUAGE), host.current_page_index(),
    )  # fmt: skip
    plain = len(paths) == 1 and Path(paths[0]).suffix.lower() == ".txt"
    return run_job(
        host.window(), "Attach OCR text", work, host.import_runner, describe_alignment,
        cancellable=not plain, on_done=lambda _: host.refresh(),
    )  # fmt: skip
