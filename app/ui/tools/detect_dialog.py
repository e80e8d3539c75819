"""Tools > Detect markings: ``app.core.detection.run`` over one document or the whole library, in
a worker with progress and Cancel; the report lists what was proposed and any warnings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.core.detection.run import DetectionSummary, detect_document, detect_documents
from app.core.documents.lookup import all_document_ids
from app.core.ids import DocumentId
from app.core.library import Library
from app.ui.base.job_dialog import Cancel, JobDialog, Progress, Work, run_job
from app.ui.tools.host import ToolHost


def detect_work(lib: Library, doc_ids: Sequence[DocumentId] | None) -> Work:
    """Detection in ``doc_ids`` (None: the whole library); progress counts pages."""

    def run(progress: Progress, cancel: Cancel) -> list[DetectionSummary]:
        if doc_ids is not None and len(doc_ids) == 1:
            return [detect_document(lib, doc_ids[0], progress=progress, cancel=cancel)]
        docs = list(doc_ids) if doc_ids is not None else all_document_ids(lib)
        return detect_documents(lib, docs, progress=progress, cancel=cancel)

    return run


def describe_detection(result: Any) -> str:
    summaries: list[DetectionSummary] = result
    lines = [
        f"{len(summaries)} document(s): "
        f"{sum(s.markings_added for s in summaries)} new marking proposal(s) "
        f"({sum(s.markings_found for s in summaries)} found), "
        f"{sum(s.redactions_added for s in summaries)} new redaction proposal(s) "
        f"({sum(s.redactions_found for s in summaries)} found)."
    ]
    rescanned = sum(s.pages_rescanned for s in summaries)
    if rescanned:
        lines.append(f"Banners re-read from the scan on {rescanned} page(s).")
    waiting = sum(s.pages_without_text for s in summaries)
    if waiting:
        lines.append(f"{waiting} page(s) have no text: run OCR first to find markings on them.")
    for s in summaries:
        if s.metadata:
            meta = ", ".join(f"{k}: {v}" for k, v in sorted(s.metadata.items()))
            lines.append(f"Document {s.document_id}: {meta}")
        lines += [f"  warning: {w}" for w in s.warnings]
    lines.append("Proposals wait in the document for you to accept or reject.")
    return "\n".join(lines)


def detect_in(host: ToolHost, whole_library: bool) -> JobDialog | None:
    """Tools > Detect markings: in the open document or the library; the view reloads after."""
    doc_id = host.document_id
    if not whole_library and doc_id is None:
        host.show_message("Open a document first.")
        return None
    docs = None if doc_id is None or whole_library else [doc_id]
    return run_job(
        host.window(), "Detect markings", detect_work(host.lib, docs), host.import_runner,
        describe_detection, on_done=lambda _: host.refresh(),
    )  # fmt: skip
