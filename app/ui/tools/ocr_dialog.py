"""OCR and companion texts from the Tools menu: OCR a page, a document or every page of the library
without text (``app.core.ocr.run``), and attach OCR made elsewhere to a document: ALTO, PAGE or hOCR
files (``app.core.ocr.attach``, their own word boxes) or a plain text aligned to the scan
(``app.core.ocr.companion``). Each runs in a worker with progress, Cancel (where the core can
stop) and a report; the OCR languages are a setting (Tools > Settings…)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from PySide6.QtWidgets import QFileDialog

from app.core import wording
from app.core.documents.lookup import all_document_ids
from app.core.documents.queries import document_titles
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.core.ocr.attach import FORMAT_NAMES, OcrImportReport, attach_text_files
from app.core.ocr.companion import AlignmentReport
from app.core.ocr.run import OcrReport, OcrStopped, ocr_documents, ocr_pages
from app.ui.base import settings as S
from app.ui.base.job_dialog import Cancel, JobDialog, Progress, Work, run_job
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.tools.host import ToolHost

MAX_LISTED = 200  # lines of a report listing spans or failed pages
NOTHING_TO_OCR = QT_TRANSLATE_NOOP("Redline", "Every page already has text, so no page needed OCR.")
OCR_AGAIN = QT_TRANSLATE_NOOP("Redline", "OCR every page again")
OCR_AGAIN_HINT = QT_TRANSLATE_NOOP(
    "Redline",
    "{nothing} “{again}” reads the document's pages anew with Tesseract; their present text "
    "stays available in the text-layer switcher, and annotations are carried over.",
)


def naming(
    lib: Library, doc_ids: Sequence[DocumentId], progress: Progress, page_index: int | None = None
) -> Callable[[int, int], None]:
    """``progress`` with what is being read beside the count: the document's title (and the
    page's number, given ``page_index``), or how many documents. The core counts pages as they
    end, and the first take seconds: "OCR: 0 of 63" alone looked stuck. (In the worker: it
    reads the titles.)"""
    titles = list(document_titles(lib, list(dict.fromkeys(doc_ids))).values())
    if len(titles) != 1:
        what = wording.translate("Redline", "reading %n documents").counted(
            len(titles), one="reading %n document"
        )
    elif page_index is not None:
        what = wording.translate("Redline", "reading {title}, page {page}").format(
            title=titles[0], page=page_index + 1
        )
    else:
        what = wording.translate("Redline", "reading {title}").format(title=titles[0])
    said = say(what)
    return lambda done, total: progress(done, total, said)


def ocr_page_work(
    lib: Library,
    page_ids: Sequence[PageId],
    language: str,
    doc_id: DocumentId | None = None,
    page_index: int | None = None,
) -> Work:
    """OCR ``page_ids``; ``doc_id`` and ``page_index`` (the page's, when there is one) name what
    is read in the progress."""

    def run(progress: Progress, cancel: Cancel) -> OcrReport:
        counted = progress if doc_id is None else naming(lib, [doc_id], progress, page_index)
        try:
            return ocr_pages(
                lib, list(page_ids), language=language, progress=counted, cancel=cancel
            )
        except OcrStopped as stop:  # (the pages read before it are stored: reported)
            return stop.report

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
        # (not for the library's: which of its documents need OCR is not known yet)
        counted = progress if doc_ids is None else naming(lib, docs, progress)
        try:
            return ocr_documents(
                lib, docs, mode, language=language, progress=counted, cancel=cancel
            )
        except OcrStopped as stop:  # (the pages read before it are stored: reported)
            return stop.report

    return run


def describe_ocr(result: Any) -> str:
    report: OcrReport = result
    stopped: list[object] = []
    if report.stopped_by is not None:  # why, then that what was read keeps its text
        stopped = [
            wording.said(report.stopped_by) or str(report.stopped_by),
            wording.translate("Redline", "Stopped: the pages read before it keep their new text."),
        ]
    elif not report.pages:
        return tr(NOTHING_TO_OCR)
    ok = [p for p in report.pages if p.status == "ok"]
    failed = [p for p in report.pages if p.status == "failed"]
    cancelled = [p for p in report.pages if p.status == "cancelled"]
    words = sum(p.words for p in ok)
    read = wording.translate("Redline", "{read}, {words}").format(
        read=wording.translate("Redline", "%n pages read").counted(len(ok), one="%n page read"),
        words=wording.translate("Redline", "%n words").counted(words, one="%n word"),
    )
    # Only the parts that are not nought: "0 failed, 0 not done (cancelled)" after a run nobody
    # cancelled read as if something might have gone wrong.
    parts: list[object] = [read]
    if failed:
        parts.append(
            wording.translate("Redline", "%n pages failed").counted(
                len(failed), one="%n page failed"
            )
        )
    if cancelled:
        parts.append(
            wording.translate("Redline", "%n pages not done (cancelled)").counted(
                len(cancelled), one="%n page not done (cancelled)"
            )
        )
    parts_joined = wording.joined(wording.translate("Redline", "; "), parts)
    summary = wording.translate("Redline", "{parts}.").format(parts=parts_joined)
    lines: list[object] = [*stopped, summary]
    orphans = sum(p.orphaned_annotations for p in ok)
    if orphans:
        lines.append(
            wording.translate(
                "Redline", "%n annotations could not be found on the new text (orphaned)."
            ).counted(orphans, one="%n annotation could not be found on the new text (orphaned).")
        )
    lines += [
        wording.translate("Redline", "  page {page}: {reason}").format(
            page=p.page_index + 1, reason=p.message
        )
        for p in failed[:MAX_LISTED]
    ]
    return say(wording.joined("\n", lines))


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
    lines: list[object] = [
        wording.translate(
            "Redline", "{format} from {producer}: {words} on {pages}, with their own boxes."
        ).format(
            format=FORMAT_NAMES[report.format],
            producer=report.producer or wording.translate("Redline", "an unnamed producer"),
            words=wording.translate("Redline", "%n words").counted(report.words, one="%n word"),
            pages=wording.translate("Redline", "%n pages").counted(
                len(report.pages), one="%n page"
            ),
        )
    ]
    if report.estimated:
        lines.append(
            wording.translate("Redline", "%n word boxes estimated along their lines.").counted(
                report.estimated, one="%n word box estimated along its line."
            )
        )
    for p in report.pages[:MAX_LISTED]:
        line = wording.translate("Redline", "  page {page}: {file}, {words}").format(
            page=p.page_index + 1,
            file=p.file,
            words=wording.translate("Redline", "%n words").counted(p.words, one="%n word"),
        )
        if not p.active:
            line = wording.translate(
                "Redline", "{line} (a new layer: choose it with the text-layer switcher)"
            ).format(line=line)
        lines.append(line)
    if report.orphaned_annotations:
        lines.append(
            wording.translate("Redline", "%n annotations orphaned on the new text.").counted(
                report.orphaned_annotations, one="%n annotation orphaned on the new text."
            )
        )
    return say(wording.joined("\n", lines))


def describe_alignment(result: Any) -> str:
    if isinstance(result, OcrImportReport):
        return describe_ocr_import(result)
    report: AlignmentReport = result
    share = report.aligned / report.words if report.words else 0.0
    lines: list[object] = [
        wording.translate(
            "Redline", "{aligned} of {words} words of the text placed on the scan ({share})."
        ).format(aligned=report.aligned, words=report.words, share=f"{share:.0%}"),
        wording.translate(
            "Redline", "The text is a layer of its own: choose it with the text-layer switcher."
        ),
    ]
    if report.poor:
        lines.insert(
            0,
            wording.translate(
                "Redline",
                "Few of the text's words were found on the scan: it may be another document's "
                "text.",
            ),
        )
    if report.unaligned:
        lines.append(
            wording.translate("Redline", "\n%n spans could not be placed:").counted(
                len(report.unaligned), one="\n%n span could not be placed:"
            )
        )
        lines += [
            wording.translate("Redline", "  page {page}: {text}").format(
                page=s.page_index + 1, text=s.text[:120]
            )
            for s in report.unaligned[:MAX_LISTED]
        ]
    return say(wording.joined("\n", lines))


def ocr_in(host: ToolHost, what: str) -> JobDialog | None:
    """Tools > OCR this page / this document / the library's pages without text; ``what`` is
    page, document, library, or document-again (every page of the open document)."""
    language = host.settings.get(S.OCR_LANGUAGE)
    page_id, doc_id = host.current_page_id(), host.document_id
    if what == "page" and page_id is not None:
        work = ocr_page_work(host.lib, [page_id], language, doc_id, host.current_page_index())
    elif what in ("document", "document-again") and doc_id is not None:
        mode: Literal["auto", "always"] = "always" if what == "document-again" else "auto"
        work = ocr_library_work(host.lib, [doc_id], language, mode)
    elif what == "library":
        work = ocr_library_work(host.lib, None, language)
    else:
        host.show_message(translate("Redline", "Open a document first."))
        return None
    dialog = run_job(
        host.window(), QT_TRANSLATE_NOOP("Redline", "OCR"), work, host.import_runner, describe_ocr,
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
        host.show_message(translate("Redline", "Open a document first."))
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
        host.window(), QT_TRANSLATE_NOOP("Redline", "Attach OCR text"), work, host.import_runner,
        describe_alignment,
        cancellable=not plain, on_done=lambda _: host.refresh(),
    )  # fmt: skip
