"""Tools > Detect markings: ``app.core.detection.run`` over one document or the whole library, in
a worker with progress and Cancel; the report lists what was proposed and any warnings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.core import wording
from app.core.detection.run import (
    DetectionCancelled,
    DetectionStopped,
    InHand,
    detect_document,
    detect_documents,
)
from app.core.detection.stored import DetectionSummary
from app.core.documents.lookup import all_document_ids
from app.core.documents.metadata import FIELDS
from app.core.errors import RedlineError
from app.core.ids import DocumentId
from app.core.library import Library
from app.ui.base.job_dialog import Cancel, JobDialog, Progress, Work, run_job
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.tools.host import ToolHost

LABELS = dict(FIELDS)  # metadata keys as the metadata dialog names them


@dataclass(frozen=True)
class DetectionResults:
    """What a run found, document by document, with the titles the report names them by; when
    cancelled or stopped, the document it stopped in (nothing written for it) and how many it
    never began; stopped by the library (the disk full, the server gone), why (``stopped_by``)."""

    summaries: list[DetectionSummary]
    titles: dict[DocumentId, str]
    stopped_in: DocumentId | None = None
    not_begun: int = 0
    stopped_by: RedlineError | None = None


def detect_work(lib: Library, doc_ids: Sequence[DocumentId] | None) -> Work:
    """Detection in ``doc_ids`` (None: the whole library); progress counts pages."""

    def run(progress: Progress, cancel: Cancel) -> DetectionResults:
        docs = list(doc_ids) if doc_ids is not None else all_document_ids(lib)
        stopped_in, stopped_by = None, None
        shown = InHand(lib, progress)
        try:
            if len(docs) == 1:
                summaries = [detect_document(lib, docs[0], progress=progress, cancel=cancel)]
            else:
                summaries = detect_documents(
                    lib, docs, progress=shown.progress, cancel=cancel, begun=shown.begun
                )
        except DetectionCancelled as stop:  # (what was detected before it is stored)
            summaries, stopped_in = list(stop.done), stop.document_id
        except DetectionStopped as stop:  # the same, and why: the library stopped it
            summaries, stopped_in, stopped_by = list(stop.done), stop.document_id, stop
        named = [s.document_id for s in summaries if s.metadata or s.warnings]
        titles = shown.titles_of([*named, *([stopped_in] if stopped_in else [])])
        not_begun = len(docs) - len(summaries) - (stopped_in is not None)
        return DetectionResults(summaries, titles, stopped_in, not_begun, stopped_by)

    return run


def metadata_label(key: str) -> str:
    """A metadata key as people read it: "Document number", not "document_number"."""
    label = LABELS.get(key)  # (said in the window's language: it was English in de and fr)
    return tr(label) if label else key.replace("_", " ").capitalize()


def _stopped(results: DetectionResults) -> list[object]:
    """What a cancel or a stop left: why it stopped (the library), the document it stopped in,
    those never begun, those kept."""
    lines: list[object] = []
    if results.stopped_by is not None:  # (the message it carries: said in the window's language)
        lines.append(wording.said(results.stopped_by) or str(results.stopped_by))
    if results.stopped_in is not None:
        title = results.titles.get(results.stopped_in)
        lines.append(
            wording.translate(
                "Redline", "Stopped: nothing was written for “{title}”, the document in hand."
            ).format(title=title)
            if title
            else wording.translate(  # (its title could not be read: the library stopped; its
                "Redline", "Stopped: nothing was written for the document in hand."
            )  # id says nothing to a person)
        )
    if results.not_begun:
        lines.append(
            wording.translate("Redline", "%n more documents were not detected.").counted(
                results.not_begun, one="%n more document was not detected."
            )
        )
    if lines and results.summaries:  # (those kept, as the report below lists them)
        n = len(results.summaries)
        lines.append(
            wording.translate(
                "Redline", "%n documents detected before it stopped keep their proposals:"
            ).counted(n, one="%n document detected before it stopped keeps its proposals:")
            if results.stopped_by is not None
            else wording.translate(
                "Redline", "%n documents detected before the cancel keep their proposals:"
            ).counted(n, one="%n document detected before the cancel keeps its proposals:")
        )
    return lines


def describe_detection(result: Any) -> str:
    results: DetectionResults = result
    summaries = results.summaries
    stopped = _stopped(results)
    if stopped and not summaries:
        return say(wording.joined("\n", stopped))
    markings = sum(s.markings_added for s in summaries)
    redactions = sum(s.redactions_added for s in summaries)
    lines: list[object] = [
        *stopped,
        wording.translate(
            "Redline",
            "{documents}: {markings} ({markings_found} found), {redactions} ({redactions_found}"
            " found).",
        ).format(
            documents=wording.translate("Redline", "%n documents").counted(
                len(summaries), one="%n document"
            ),
            markings=wording.translate("Redline", "%n new marking proposals").counted(
                markings, one="%n new marking proposal"
            ),
            markings_found=sum(s.markings_found for s in summaries),
            redactions=wording.translate("Redline", "%n new redaction proposals").counted(
                redactions, one="%n new redaction proposal"
            ),
            redactions_found=sum(s.redactions_found for s in summaries),
        ),
    ]
    known = sum(s.markings_known + s.redactions_known for s in summaries)
    if known:  # (found, but the document has them already: a person's, or proposed before)
        lines.append(
            wording.translate(
                "Redline",
                "%n of those found were not proposed: the document already has them (marked "
                "by a person, or proposed before).",
            ).counted(
                known,
                one="%n of those found was not proposed: the document already has it (marked "
                "by a person, or proposed before).",
            )
        )
    rescanned = sum(s.pages_rescanned for s in summaries)
    if rescanned:
        lines.append(
            wording.translate("Redline", "Banners re-read from the scan on {pages}.").format(
                pages=wording.translate("Redline", "%n pages").counted(rescanned, one="%n page")
            )
        )
    from_cache = sum(s.pages_from_cache for s in summaries)
    if from_cache:  # read by an earlier detection (this window's, or kept on the machine)
        lines.append(
            wording.translate(
                "Redline", "Banners of {pages} taken from their earlier reading (not read again)."
            ).format(
                pages=wording.translate("Redline", "%n pages").counted(from_cache, one="%n page")
            )
        )
    waiting = sum(s.pages_without_text for s in summaries)
    if waiting:
        lines.append(
            wording.translate(
                "Redline", "%n pages have no text: run OCR first to find markings on them."
            ).counted(waiting, one="%n page has no text: run OCR first to find markings on it.")
        )
    for s in summaries:
        title = results.titles.get(s.document_id, str(s.document_id))
        if s.metadata:
            found = ", ".join(f"{metadata_label(k)}: {v}" for k, v in sorted(s.metadata.items()))
            lines.append(f"{title}: {found}")
        lines += [
            wording.translate("Redline", "  {title}: warning: {warning}").format(
                title=title, warning=w
            )
            for w in s.warnings
        ]
    lines.append(
        wording.translate("Redline", "Proposals wait in the document for you to accept or reject.")
    )
    return say(wording.joined("\n", lines))


def detect_in(host: ToolHost, whole_library: bool) -> JobDialog | None:
    """Tools > Detect markings: in the open document or the library; the view reloads after."""
    doc_id = host.document_id
    if not whole_library and doc_id is None:
        host.show_message(translate("Redline", "Open a document first."))
        return None
    docs = None if doc_id is None or whole_library else [doc_id]
    return run_job(
        host.window(), QT_TRANSLATE_NOOP("Redline", "Detect markings"), detect_work(host.lib, docs),
        host.import_runner,
        describe_detection, on_done=lambda result: _show_found(host, result),
    )  # fmt: skip


def _show_found(host: ToolHost, results: DetectionResults) -> None:
    """The window shows what the run stored. A run the library stopped says why in its report
    alone: the window's reading it again failing is not said a second time (a message box said
    it again, from the open document read again); it shows what was kept once it reads the
    library next (a team library's: once the server answers, live updates read it again)."""
    host.refresh(quiet=results.stopped_by is not None)
