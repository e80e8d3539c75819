"""Exchange commands: ``export`` (Redline JSON, W3C, IIIF, CSV, corrected text, publication PDF)
and ``import-annotations`` (check and merge a Redline JSON set, or W3C or IIIF annotations)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from app.cli import Context
from app.commands.common import TerminalProgress, print_json
from app.core.export.canvas import DEFAULT_DPI
from app.core.export.common import STATUSES, ExportScope
from app.core.export.csv_export import export_csv
from app.core.export.iiif import IiifOptions, export_iiif
from app.core.export.pdf import export_pdf
from app.core.export.redline_json import ExportSummary, export_json
from app.core.export.text import export_text
from app.core.export.w3c import export_w3c
from app.core.export.w3c_import import import_annotation_file
from app.core.merge import MergeReport

FORMATS = ("json", "w3c", "iiif", "csv", "text", "pdf")
PUBLISHED = ("w3c", "iiif", "csv")  # publication formats: accepted annotations, redactions kept


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("export", help="export annotations, corrected text or a PDF")
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
        default=DEFAULT_DPI,
        help=f"iiif, w3c: resolution of the page images and canvases (default {DEFAULT_DPI})",
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
        help="pdf: add the annotations as PDF highlights with notes",
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    p.add_argument("--json", action="store_true", help="print a summary as JSON")
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser(
        "import-annotations",
        help="merge a Redline JSON set, or W3C or IIIF annotations, into the library",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--dry-run", action="store_true", help="report what would change, change nothing"
    )
    p.add_argument("--author", default=None, help="name recorded in the change log")
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    p.set_defaults(func=cmd_import_annotations)


def _export(args: argparse.Namespace, ctx: Context) -> ExportSummary:
    lib = ctx.library(read_only=True)
    scope = ExportScope(
        documents=[int(d) for d in ctx.resolve_documents(args.document)],
        tag=args.tag,
        status=args.status,
    )
    if args.format == "json":
        bar = TerminalProgress(enabled=ctx.interactive and not args.json)
        try:
            return export_json(lib, args.output, scope, on_progress=bar.update)
        finally:
            bar.finish()
    if args.format == "w3c":
        return export_w3c(
            lib, args.output, scope, base_url=args.base_url, dpi=args.dpi,
            include_proposals=args.include_proposals,
        )  # fmt: skip
    if args.format == "iiif":
        options = IiifOptions(args.base_url, args.dpi, args.include_proposals)
        bar = TerminalProgress(enabled=ctx.interactive and not args.json)
        try:
            return export_iiif(lib, args.output, scope, options=options, on_progress=bar.update)
        finally:
            bar.finish()
    if args.format == "csv":
        return export_csv(lib, args.output, scope, include_proposals=args.include_proposals)
    if args.format == "text":
        return export_text(lib, args.output, scope, per_document=args.per_document)
    return export_pdf(lib, args.output, scope, with_annotations=args.annotations)


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    summary = _export(args, ctx)
    if args.json:
        print_json({"format": args.format, **summary.__dict__})
        return 0
    if args.format in ("json", "w3c", "csv"):
        extra = f" and {summary.tombstones} deletions" if summary.tombstones else ""
        print(
            f"exported {summary.annotations} annotations{extra} of {summary.documents} "
            f"documents to {summary.path}"
        )
    elif args.format == "iiif":
        print(
            f"wrote {summary.documents} IIIF manifests with {summary.pages} pages and "
            f"{summary.annotations} annotations to {summary.path}"
        )
    elif args.format == "pdf":
        print(
            f"wrote {summary.documents} publication PDFs to {summary.path} "
            f"({summary.annotations} regions burned in)"
        )
    else:
        print(f"wrote the corrected text of {summary.documents} documents to {summary.path}")
    if args.format in PUBLISHED and summary.left_out:
        print(
            f"note: {summary.left_out} annotations over accepted redactions were left out",
            file=sys.stderr,
        )
    return 0


def _print_report(report: MergeReport) -> None:
    print(report.summary())
    for c in report.conflicts:
        print(
            f"conflict: {c.entity} {c.uuid}: here modified {c.local_modified}, "
            f"in the file {c.incoming_modified}; kept the {c.winner} version"
        )
    for s in report.skipped:
        print(
            f"skipped: {s.title} ({s.sha256[:12]}): not in this library, "
            f"{s.annotations} annotations not applied; import the document first",
            file=sys.stderr,
        )
    for reason in report.not_placed:
        print(f"not placed: {reason}", file=sys.stderr)
    if report.quote_mismatches:
        print(
            f"note: {len(report.quote_mismatches)} text anchors quote other text than this "
            "library's page text (different OCR?)",
            file=sys.stderr,
        )


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return ""


def cmd_import_annotations(args: argparse.Namespace, ctx: Context) -> int:
    lib = ctx.library(read_only=args.dry_run)
    author = args.author if args.author is not None else _user()
    report = import_annotation_file(lib, args.file, dry_run=args.dry_run, author=author)
    if args.json:
        print_json({**report.to_dict(), "changed": report.changed})
    else:
        _print_report(report)
    return 0
