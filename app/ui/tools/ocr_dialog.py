"""OCR and companion texts from the Tools menu: OCR a page, a document or every page of the library
without text (``app.core.ocr.run``), and attach a separately supplied OCR text to a document
(``app.core.ocr.companion``). Each runs in a worker with progress, Cancel (where the core can
stop) and a report; the OCR language is a setting."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.core.documents.lookup import all_document_ids
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.core.ocr.companion import AlignmentReport, attach_companion_text
from app.core.ocr.run import OcrReport, ocr_documents, ocr_pages
from app.core.ocr.tesseract import check_language
from app.ui.base import settings as S
from app.ui.base.job_dialog import Cancel, JobDialog, Progress, Work, run_job
from app.ui.tools.host import ToolHost

MAX_LISTED = 200  # lines of a report listing spans or failed pages


def ocr_page_work(lib: Library, page_ids: Sequence[PageId], language: str) -> Work:
    def run(progress: Progress, cancel: Cancel) -> OcrReport:
        return ocr_pages(lib, list(page_ids), language=language, progress=progress, cancel=cancel)

    return run


def ocr_library_work(lib: Library, doc_ids: Sequence[DocumentId] | None, language: str) -> Work:
    """OCR the pages without text of ``doc_ids`` (None: every document of the library)."""

    def run(progress: Progress, cancel: Cancel) -> OcrReport:
        docs = list(doc_ids) if doc_ids is not None else all_document_ids(lib)
        return ocr_documents(lib, docs, "auto", language=language, progress=progress, cancel=cancel)

    return run


def describe_ocr(result: Any) -> str:
    report: OcrReport = result
    if not report.pages:
        return "No page needed OCR."
    ok = [p for p in report.pages if p.status == "ok"]
    failed = [p for p in report.pages if p.status == "failed"]
    cancelled = [p for p in report.pages if p.status == "cancelled"]
    lines = [
        f"{len(ok)} page(s) read, {sum(p.words for p in ok)} words; {len(failed)} failed, "
        f"{len(cancelled)} not done (cancelled)."
    ]
    orphans = sum(p.orphaned_annotations for p in ok)
    if orphans:
        lines.append(f"{orphans} annotation(s) could not be found on the new text (orphaned).")
    lines += [f"  page {p.page_index + 1}: {p.message}" for p in failed[:MAX_LISTED]]
    return "\n".join(lines)


def attach_text_work(lib: Library, doc_id: DocumentId, path: Path, language: str) -> Work:
    def run(_progress: Progress, _cancel: Cancel) -> AlignmentReport:
        text = path.read_text(encoding="utf-8", errors="replace")
        return attach_companion_text(lib, doc_id, text, language=language)

    return run


def describe_alignment(result: Any) -> str:
    report: AlignmentReport = result
    share = report.aligned / report.words if report.words else 0.0
    lines = [
        f"{report.aligned} of {report.words} words of the text placed on the scan ({share:.0%}).",
        "The text is a layer of its own: choose it with the text-layer switcher.",
    ]
    if report.unaligned:
        lines.append(f"\n{len(report.unaligned)} span(s) could not be placed:")
        lines += [
            f"  page {s.page_index + 1}: {s.text[:120]}" for s in report.unaligned[:MAX_LISTED]
        ]
    return "\n".join(lines)


def ask_language(parent: QWidget | None, settings: S.Settings) -> str | None:
    """Ask for the OCR language (``eng``, ``eng+fra``); store it if Tesseract knows it."""
    current = settings.get(S.OCR_LANGUAGE)
    text, ok = QInputDialog.getText(
        parent, "OCR language", "Tesseract language(s), e.g. eng or eng+fra:", text=current
    )
    return set_language(settings, text) if ok else None


def set_language(settings: S.Settings, text: str) -> str:
    """Check ``text`` against Tesseract's installed languages and store it; raises if unknown."""
    language = text.strip() or "eng"
    check_language(language)
    settings.set(S.OCR_LANGUAGE, language)
    return language


def ocr_in(host: ToolHost, what: str) -> JobDialog | None:
    """Tools > OCR this page / this document / the library's pages without text."""
    language = host.settings.get(S.OCR_LANGUAGE)
    page_id, doc_id = host.current_page_id(), host.document_id
    if what == "page" and page_id is not None:
        work = ocr_page_work(host.lib, [page_id], language)
    elif what == "document" and doc_id is not None:
        work = ocr_library_work(host.lib, [doc_id], language)
    elif what == "library":
        work = ocr_library_work(host.lib, None, language)
    else:
        host.show_message("Open a document first.")
        return None
    return run_job(
        host.window(), "OCR", work, host.import_runner, describe_ocr,
        on_done=lambda _: host.refresh(),
    )  # fmt: skip


def attach_text(host: ToolHost, path: str | None = None) -> JobDialog | None:
    """Tools > Attach OCR text…: align a plain-text OCR file to the open document's scan."""
    doc_id = host.document_id
    if doc_id is None:
        host.show_message("Open a document first.")
        return None
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            host.window(), "Attach an OCR text", "", "Text (*.txt);;All files (*)"
        )
    if not path:
        return None
    work = attach_text_work(host.lib, doc_id, Path(path), host.settings.get(S.OCR_LANGUAGE))
    return run_job(
        host.window(), "Attach OCR text", work, host.import_runner, describe_alignment,
        cancellable=False, on_done=lambda _: host.refresh(),
    )  # fmt: skip


def choose_language(host: ToolHost) -> None:
    """Tools > OCR language…"""
    try:
        language = ask_language(host.window(), host.settings)
    except Exception as exc:  # Tesseract missing or the language not installed
        QMessageBox.warning(host.window(), "OCR language", str(exc))
        return
    if language:
        host.show_message(f"OCR language: {language}")
