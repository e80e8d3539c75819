"""Exchange commands: ``export`` (Redline JSON, W3C, IIIF, CSV, corrected text, publication PDF,
OCR as ALTO / PAGE / hOCR) and ``import-annotations`` (check and merge a Redline JSON set, or W3C
or IIIF annotations).

Each handler imports the exporter it uses (see :mod:`app.cli`)."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from app.commands.annotate import author_of
from app.commands.common import CtrlC, TerminalProgress, print_json, shown
from app.commands.context import Context
from app.commands.ocr import parse_pages
from app.core.annotating.vocabulary import STATUSES
from app.core.errors import RedlineError
from app.core.exchange.formats import CANVAS_DPI, FILL_STYLES, OCR_FORMATS
from app.core.exchange.formats import DEFAULT_DPI as OCR_DPI
from app.core.wording import count

if TYPE_CHECKING:
    from app.core.exchange.common import ExportScope
    from app.core.exchange.merge_outcome import MergeReport
    from app.core.exchange.ocr_export import OcrExportSummary
    from app.core.exchange.pdf import PublicationOptions
    from app.core.exchange.pdf_report import PublicationReport
    from app.core.exchange.redline_json import ExportSummary
    from app.core.library import Library

FORMATS = ("json", "w3c", "iiif", "csv", "text", "pdf", *OCR_FORMATS)
PUBLISHED = ("w3c", "iiif", "csv")  # publication formats: accepted annotations, redactions kept

R = TypeVar("R")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("export")
    p.add_argument("--format", choices=FORMATS, default="json")
    p.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="DOC",
        help="only this document (id, uuid, SHA-256 prefix, title); repeatable",
    )
    p.add_argument("--tag", help="only annotations with this tag (name or uuid) or its children")
    p.add_argument("--status", choices=STATUSES, help="only annotations with this status")
    p.add_argument(
        "--base-url",
        metavar="URL",
        help="w3c, iiif: absolute ids under this URL (where the folder will be served)",
    )
    p.add_argument(
        "--dpi",
        type=int,
        help=f"iiif, w3c: resolution of the page images and canvases (default {CANVAS_DPI}); "
        f"alto/page/hocr: coordinates in pixels of the page at this resolution "
        f"(default {OCR_DPI})",
    )
    p.add_argument(
        "--include-proposals",
        action="store_true",
        help="w3c, iiif, csv: also proposals and rejected annotations, marked as such",
    )
    p.add_argument(
        "--per-document", action="store_true", help="text: one file per document in the folder OUT"
    )
    p.add_argument(
        "--annotations",
        action="store_true",
        help="pdf: add the annotations as PDF highlights with notes (a page's notes as note icons)",
    )
    p.add_argument(
        "--pages", help="alto/page/hocr: only these pages of the one document, e.g. 1,3-5"
    )
    p.add_argument(
        "--images", action="store_true", help="alto/page/hocr: also write the page images"
    )
    p.add_argument(
        "--pending",
        choices=("refuse", "skip"),
        default="refuse",
        help="pdf: with redaction proposals nobody decided, refuse (default) or publish "
        "without them",
    )
    p.add_argument(
        "--fill", choices=FILL_STYLES, default="black", help="pdf: how burned boxes look"
    )
    p.add_argument(
        "--no-codes",
        action="store_true",
        help="pdf, iiif: do not print exemption codes in the boxes",
    )
    p.add_argument(
        "--keep-outline",
        action="store_true",
        help="pdf: copy the source's outline (entries naming redacted text are left out)",
    )
    p.add_argument(
        "--keep-links",
        action="store_true",
        help="pdf: copy the source's links (none over a burned box or naming redacted text)",
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    p.add_argument(
        "--force", action="store_true", help="replace files (or folders) of the export that exist"
    )
    p.add_argument("--json", action="store_true", help="print a summary as JSON")
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("import-annotations")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--dry-run", action="store_true", help="report what would change, change nothing"
    )
    p.add_argument("--author", default=None, help="name recorded in the change log")
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    p.set_defaults(func=cmd_import_annotations)


def _dpi(args: argparse.Namespace, default: int) -> int:
    """``--dpi`` as given (0 too, which the export refuses), else ``default``."""
    return default if args.dpi is None else int(args.dpi)


def _export_ocr(
    args: argparse.Namespace, ctx: Context, lib: Library, scope: ExportScope
) -> OcrExportSummary:
    from app.core.exchange.ocr_export import export_ocr
    from app.core.ocr.run import document_pages

    pages = None
    if args.pages:
        if len(scope.documents) != 1:
            raise RedlineError("--pages needs exactly one --document")
        pages = parse_pages(args.pages, len(document_pages(lib, scope.documents[0])))
    bar = TerminalProgress(enabled=ctx.interactive and not args.json)
    try:
        return _interruptible(
            lambda cancel: export_ocr(
                lib, args.output, scope, fmt=args.format, dpi=_dpi(args, OCR_DPI), pages=pages,
                images=args.images, on_progress=lambda d, t: bar.update(d, t, "pages"),
                cancel=cancel, overwrite=args.force,
            )
        )  # fmt: skip
    finally:
        bar.finish()


def _interruptible(export: Callable[[Callable[[], bool]], R], folder: Path | None = None) -> R:
    """``export(cancel)`` with Ctrl-C as its cancel (:class:`CtrlC`): an export it stopped
    ends the command as an interrupt does, "redline: interrupted", exit 130. It wrote nothing,
    but into ``folder`` (one PDF per document) it keeps the PDFs written before it: named."""
    from app.core.exchange.common import ExportCancelled

    started = time.time()
    with CtrlC() as ctrl_c:
        try:
            return export(ctrl_c.asked)
        except ExportCancelled:
            if not ctrl_c.pressed:
                raise
    kept = [] if folder is None else [p for p in folder.glob("*.pdf") if _since(p, started)]
    said = count(
        len(kept), "the PDF written before it stays", "the {n} PDFs written before it stay"
    )
    raise KeyboardInterrupt(f"{said} in {shown(folder)}" if kept else "")


def _since(path: Path, started: float) -> bool:
    try:
        return path.stat().st_mtime >= started - 1  # (file times may be a second coarse)
    except OSError:
        return False


def _publication_options(args: argparse.Namespace) -> PublicationOptions:
    from app.core.exchange.pdf import PublicationOptions

    return PublicationOptions(
        fill=args.fill,
        print_codes=not args.no_codes,
        with_annotations=args.annotations,
        keep_outline=args.keep_outline,
        keep_links=args.keep_links,
        pending=args.pending,
    )


def _export(
    args: argparse.Namespace, ctx: Context
) -> ExportSummary | OcrExportSummary | PublicationReport:
    from app.core.exchange.common import ExportScope

    lib = ctx.library(read_only=True)
    scope = ExportScope(
        documents=ctx.resolve_documents(args.document),
        tag=args.tag,
        status=args.status,
    )
    if args.format in OCR_FORMATS:
        return _export_ocr(args, ctx, lib, scope)
    if args.format == "json":
        from app.core.exchange.redline_json import export_json

        bar = TerminalProgress(enabled=ctx.interactive and not args.json)
        try:
            return export_json(
                lib, args.output, scope, on_progress=bar.update, overwrite=args.force
            )
        finally:
            bar.finish()
    if args.format == "w3c":
        from app.core.exchange.w3c import export_w3c

        return export_w3c(
            lib, args.output, scope, base_url=args.base_url, dpi=_dpi(args, CANVAS_DPI),
            include_proposals=args.include_proposals, overwrite=args.force,
        )  # fmt: skip
    if args.format == "iiif":
        from app.core.exchange.iiif import IiifOptions, export_iiif

        options = IiifOptions(
            args.base_url, _dpi(args, CANVAS_DPI), args.include_proposals, not args.no_codes
        )
        bar = TerminalProgress(enabled=ctx.interactive and not args.json)
        try:
            return _interruptible(
                lambda cancel: export_iiif(
                    lib, args.output, scope, options=options, on_progress=bar.update,
                    cancel=cancel,
                )
            )  # fmt: skip
        finally:
            bar.finish()
    if args.format == "csv":
        from app.core.exchange.csv_export import export_csv

        return export_csv(
            lib, args.output, scope, include_proposals=args.include_proposals,
            overwrite=args.force,
        )  # fmt: skip
    if args.format == "text":
        from app.core.exchange.text import export_text

        return export_text(
            lib, args.output, scope, per_document=args.per_document, overwrite=args.force
        )
    from app.core.exchange.pdf import export_pdf

    bar = TerminalProgress(enabled=ctx.interactive and not args.json)
    try:
        return _interruptible(
            lambda cancel: export_pdf(
                lib, args.output, scope, options=_publication_options(args),
                on_progress=bar.update, cancel=cancel, overwrite=args.force,
            ),
            None if args.output.suffix.lower() == ".pdf" else args.output,
        )  # fmt: skip
    finally:
        bar.finish()


def _print_ocr_summary(s: OcrExportSummary) -> None:
    name = {"alto": "ALTO", "page": "PAGE", "hocr": "hOCR"}[s.format]
    pages = count(s.pages, "{n} page", "{n} pages")
    words = count(s.words, "{n} word", "{n} words")
    documents = count(s.documents, "{n} document", "{n} documents")
    images = count(s.images, "{n} page image", "{n} page images")
    print(
        f"wrote {pages} ({words}, {s.corrected} corrected) of {documents} as {name} "
        f"to {shown(s.path)}" + (f", with {images}" if s.images else "")
    )
    if s.withheld:
        left = "was" if s.withheld == 1 else "were"
        print(
            count(s.withheld, "{n} word", "{n} words")
            + f" under accepted redactions {left} left out"
        )
    for folder in s.folders:
        print(f"  {shown(folder)}")


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.exchange.ocr_export import OcrExportSummary
    from app.core.exchange.pdf_report import PublicationReport, describe_publication
    from app.core.exchange.redline_json import ExportSummary

    summary = _export(args, ctx)
    if isinstance(summary, PublicationReport):
        if args.json:
            print_json({"format": "pdf", **summary.to_dict()})
        else:
            print(describe_publication(summary))
        return 0
    if args.json:
        print_json({**summary.__dict__, "format": args.format})
    elif isinstance(summary, OcrExportSummary):
        _print_ocr_summary(summary)
    elif args.format in ("json", "w3c", "csv"):
        deletions = count(summary.tombstones, "{n} deletion", "{n} deletions")
        extra = f" and {deletions}" if summary.tombstones else ""
        annotations = count(summary.annotations, "{n} annotation", "{n} annotations")
        documents = count(summary.documents, "{n} document", "{n} documents")
        print(f"exported {annotations}{extra} of {documents} to {shown(summary.path)}")
    elif args.format == "iiif":
        manifests = count(summary.documents, "{n} IIIF manifest", "{n} IIIF manifests")
        pages = count(summary.pages, "{n} page", "{n} pages")
        annotations = count(summary.annotations, "{n} annotation", "{n} annotations")
        print(f"wrote {manifests} with {pages} and {annotations} to {shown(summary.path)}")
    else:
        documents = count(summary.documents, "{n} document", "{n} documents")
        print(f"wrote the corrected text of {documents} to {shown(summary.path)}")
    if isinstance(summary, ExportSummary) and args.format in PUBLISHED and summary.left_out:
        print(
            "note: "
            + count(summary.left_out, "{n} annotation", "{n} annotations")
            + " over accepted redactions "
            + ("was" if summary.left_out == 1 else "were")
            + " left out",
            file=sys.stderr,
        )
    return 0


# The W3C import's reason for a correction of a page without text (its English, as the report's
# sentences are), which the command line follows with the command that reads the pages.
NO_TEXT_YET = "has no text yet: read the document with OCR first"


def _print_report(report: MergeReport, you: str) -> None:
    """The report in words (the window shows the same), on stdout: names from the file with
    their control characters and direction overrides escaped, so no line can spoof another."""
    from app.core.exchange.merge_report import describe

    print("\n".join(shown(line) for line in describe(report, you).splitlines()))


def _person() -> str:
    """Who imports: the name the person annotates under (REDLINE_AUTHOR, the window's), else
    their login name."""
    try:
        return author_of(argparse.Namespace(author=None))
    except RedlineError:
        return _user()


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return ""


SERVER_NO_BACKUP = (
    "no copy of a library on a server is made before a merge (`redline restore` cannot undo "
    "it there); back the database up with pg_dump first if you may want it back (docs/team.md)"
)


def cmd_import_annotations(args: argparse.Namespace, ctx: Context) -> int:
    """A dry run reports; a merge first copies the library to backups/ (redline restore puts
    that copy back), and the copy goes again when the merge changed nothing."""
    from app.core.backups import backup_library
    from app.core.exchange.w3c_import import import_annotation_file

    lib = ctx.library(read_only=args.dry_run)
    author = args.author if args.author is not None else _person()
    backup = None if args.dry_run or lib.on_server else backup_library(lib, "before-import")
    if lib.on_server and not args.dry_run:  # (its copies are the server's own: pg_dump)
        print(f"redline: {SERVER_NO_BACKUP}", file=sys.stderr)
    try:
        report = import_annotation_file(lib, args.file, dry_run=args.dry_run, author=author)
    except BaseException as exc:
        if backup is not None:
            backup.unlink(missing_ok=True)  # nothing was changed: nothing to undo
        if isinstance(exc, RedlineError) and NO_TEXT_YET in str(exc):
            raise RedlineError(f"{exc} (`redline ocr` reads every page without text)") from exc
        raise
    if backup is not None and not report.changed:
        backup.unlink(missing_ok=True)
    elif backup is not None:
        report.backup = str(backup)
    if args.json:
        print_json({**report.to_dict(), "changed": report.changed})
    else:
        _print_report(report, author)
    if any(NO_TEXT_YET in reason for reason in report.not_placed):
        print(
            "redline: run `redline ocr` (it reads every page without text), then import the "
            "file again",
            file=sys.stderr,
        )
    # (A file none of whose annotations has a place is refused: exit 1. One that left some out
    # is a success, again when imported a second time: "unchanged" is what a script expects.)
    return 0
