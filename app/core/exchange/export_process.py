"""Exports in a worker process, so that a window calling them never stalls.

MuPDF holds Python's lock for as long as a redaction, a render or a save of a page takes (tens to
hundreds of milliseconds on a scan), so a publication made on a thread of the window's process
would freeze the window that long, again and again; and every export reads its file back before
it is kept, a W3C set with one ``json.loads`` of it all (100,000 annotations: the window stalled
0.7 s, the CSV export's 0.5 s). An export runs in a process of its own
(:func:`app.core.exchange.worker.in_process`); one that dies leaves no partial file: the files
and folders it was writing are removed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.exchange.common import ExportCancelled, ExportError, ExportScope
from app.core.exchange.pdf import PublicationOptions, export_pdf
from app.core.exchange.pdf_report import PublicationReport
from app.core.exchange.worker import in_process
from app.core.wording import translate

Export = Callable[..., Any]  # (lib, out, scope, *, cancel, [on_progress], **options) -> result


def export_in_process(
    library: str | Path,
    export: Export,
    out: Path | str,
    scope: ExportScope | None = None,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    **options: Any,
) -> Any:
    """``export(lib, out, scope, cancel=…, **options)`` (a module-level export function: it is
    sent by name) in a worker process (:func:`in_process`); the same result or error. What a
    worker that died was writing is removed."""
    out = Path(out)
    return in_process(
        library, export, str(out), scope, on_progress=on_progress, cancel=cancel,
        cancelled=lambda: ExportCancelled(translate("Redline", "export cancelled")),
        stopped=lambda code: ExportError(
            translate(
                "Redline", "the export process stopped unexpectedly (exit code {exitcode})"
            ).format(exitcode=code)
        ),
        failed=lambda kind, text: ExportError(
            translate("Redline", "the export failed: {kind}: {exc}").format(kind=kind, exc=text)
        ),
        partials=out, **options,
    )  # fmt: skip


def export_pdf_in_process(
    library: str | Path,
    out: Path | str,
    scope: ExportScope | None = None,
    *,
    options: PublicationOptions | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    overwrite: bool = False,
) -> PublicationReport:
    """:func:`app.core.exchange.pdf.export_pdf` in a worker process (:func:`export_in_process`)."""
    report: PublicationReport = export_in_process(
        library, export_pdf, out, scope, on_progress=on_progress, cancel=cancel,
        options=options or PublicationOptions(), overwrite=overwrite,
    )  # fmt: skip
    return report
