"""Exports in a worker process, so that a window calling them never stalls.

MuPDF holds Python's lock for as long as a redaction, a render or a save of a page takes (tens to
hundreds of milliseconds on a scan), so a publication made on a thread of the window's process
would freeze the window that long, again and again; and every export reads its file back before
it is kept, a W3C set with one ``json.loads`` of it all (100,000 annotations: the window stalled
0.7 s, the CSV export's 0.5 s). An
export runs in a process of its own (started as :mod:`app.core.processes` says) that opens the
library read-only (:attr:`Library.address`: a team library's server), and reports progress back
through a queue; Cancel is an event it checks as the export does. A process that dies leaves no
partial file: the files and folders it was writing are removed here.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import pickle
import queue as queues
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.errors import RedlineError
from app.core.exchange.common import ExportCancelled, ExportError, ExportScope
from app.core.exchange.pdf import PublicationOptions, export_pdf
from app.core.exchange.pdf_report import PublicationReport
from app.core.library import Library
from app.core.processes import become_worker, pool_context
from app.core.wording import translate

POLL_S = 0.05
STOP_WAIT_S = 10.0
Export = Callable[..., Any]  # (lib, out, scope, *, cancel, [on_progress], **options) -> result


def _portable(exc: BaseException) -> BaseException:
    """``exc`` as it can cross to the parent: itself if it pickles, else its message."""
    if isinstance(exc, RedlineError):
        try:
            pickle.loads(pickle.dumps(exc))
            return exc
        except Exception:  # an error type whose arguments do not round-trip
            return ExportError(str(exc))
    return ExportError(
        translate("Redline", "the export failed: {kind}: {exc}").format(
            kind=type(exc).__name__, exc=exc
        )
    )


def _child(
    root: str,
    export: Export,
    out: str,
    scope: ExportScope | None,
    options: dict[str, Any],
    messages: Any,
    stop: Any,
    program: int,
    progress: bool,
) -> None:
    """Worker process: export, sending ("progress", (done, total)) when the export reports it,
    then ("done", its result) or ("error", exception)."""
    become_worker(program)  # a killed window takes its export with it
    try:
        with Library.open(root, read_only=True, allow_read_only=True) as lib:
            if progress:
                options["on_progress"] = lambda done, total: messages.put(
                    ("progress", (done, total))
                )
            result = export(lib, out, scope, cancel=stop.is_set, **options)
        messages.put(("done", result))
    except BaseException as exc:  # everything goes back to the parent, which decides
        messages.put(("error", _portable(exc)))


def _remove_partials(out: Path, pid: int | None) -> None:
    """What a dead worker (process ``pid``) was writing beside ``out``, or inside it for a
    folder (:func:`app.core.exchange.destination.part_path` names each part by its writer)."""
    if pid is None:
        return
    folder = out if out.is_dir() else out.parent
    for part in folder.glob(f".*.{pid}.*.part"):
        with contextlib.suppress(OSError):
            if part.is_dir():
                shutil.rmtree(part)
            else:
                part.unlink()


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
    sent by name) in a worker process; the same result or error. ``library``: what opens the
    library there (:attr:`Library.address`: a team library's server, not its cache folder)."""
    out = Path(out)
    ctx = pool_context()
    messages = ctx.Queue()
    stop = ctx.Event()
    progress = "on_progress" in inspect.signature(export).parameters
    args = (str(library), export, str(out), scope, options, messages, stop, os.getpid(), progress)
    proc = ctx.Process(target=_child, args=args, daemon=True)  # type: ignore[attr-defined]
    proc.start()
    try:
        while True:
            if cancel is not None and cancel():
                stop.set()
            try:
                kind, payload = messages.get(timeout=POLL_S)
            except queues.Empty:
                if not proc.is_alive():
                    try:
                        kind, payload = messages.get(timeout=POLL_S)
                    except queues.Empty:
                        if stop.is_set():
                            raise ExportCancelled(
                                translate("Redline", "export cancelled")
                            ) from None
                        raise ExportError(
                            translate(
                                "Redline",
                                "the export process stopped unexpectedly (exit code {exitcode})",
                            ).format(exitcode=proc.exitcode)
                        ) from None
                else:
                    continue
            if kind == "progress":
                if on_progress is not None:
                    on_progress(*payload)
            elif kind == "done":
                return payload
            else:
                raise payload
    finally:
        if proc.is_alive():
            stop.set()
            proc.join(STOP_WAIT_S)
            if proc.is_alive():
                proc.terminate()
        proc.join()
        messages.close()
        _remove_partials(out, proc.pid)


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
