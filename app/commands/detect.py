"""Detection commands: ``detect`` (library documents or a plain text file) and ``redactions``.

Each handler imports the core modules it uses (see :mod:`app.cli`): ``detect --text`` opens no
library and loads neither PyMuPDF nor numpy."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import CtrlC, TerminalProgress, print_json, read_text_file
from app.commands.context import Context
from app.core.errors import RedlineError
from app.core.wording import count

if TYPE_CHECKING:  # (the handler imports detection when it runs: see app.cli)
    from app.core.detection.stored import DetectionSummary
    from app.core.ids import DocumentId


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("detect")
    p.add_argument("documents", nargs="*", metavar="DOC", help="documents (default: all)")
    p.add_argument("--text", type=Path, metavar="FILE", help="detect in a plain OCR text file")
    p.add_argument("--no-redactions", action="store_true", help="skip redaction boxes")
    p.add_argument("--json", action="store_true", help="print what was found as JSON")
    p.set_defaults(func=cmd_detect)

    p = subparsers.add_parser("redactions")
    p.add_argument("documents", nargs="*", metavar="DOC", help="documents (default: all)")
    shape = p.add_mutually_exclusive_group()
    shape.add_argument("--format", choices=("csv", "json"), default="csv")
    shape.add_argument(  # (as the other commands say it)
        "--json", dest="format", action="store_const", const="json", help="as --format json"
    )
    p.set_defaults(func=cmd_redactions)


def _detect_text(path: Path, as_json: bool) -> int:
    from app.core.detection.markings import detect_markings

    found = detect_markings(read_text_file(path))
    if as_json:
        print_json(
            [
                {
                    "category": d.category,
                    "value": d.value,
                    "start": d.start,
                    "end": d.end,
                    "text": d.text,
                    "confidence": d.confidence,
                    "rule": d.rule_id,
                }
                for d in found
            ]
        )
    else:
        for d in found:
            print(f"{d.start}\t{d.end}\t{d.category}\t{d.value}\t{d.confidence:.2f}\t{d.text!r}")
    return 0


def cmd_detect(args: argparse.Namespace, ctx: Context) -> int:
    if args.text is not None:
        if args.documents:
            raise RedlineError("give either --text FILE or documents, not both")
        return _detect_text(args.text, args.json)
    from app.core.detection.run import (
        DetectionCancelled,
        DetectionStopped,
        InHand,
        detect_documents,
    )
    from app.core.documents.lookup import all_document_ids
    from app.core.documents.queries import document_titles

    lib = ctx.library()
    ids = ctx.resolve_documents(args.documents) if args.documents else all_document_ids(lib)
    bar = TerminalProgress(enabled=ctx.interactive and not args.json)
    shown = InHand(lib, bar.update)  # the bar names the document that began last
    with CtrlC() as interrupt:
        try:
            summaries = detect_documents(
                lib,
                ids,
                progress=shown.progress,
                cancel=interrupt.asked,
                redactions=not args.no_redactions,
                begun=shown.begun,
            )
        except (DetectionCancelled, DetectionStopped) as stop:  # what was stored is kept
            # (Ctrl-C; or the library stopped the run: the disk full, the server gone)
            bar.finish()
            summaries = list(stop.done)
            in_hand = [stop.document_id] if stop.document_id is not None else []
            titles = shown.titles_of([*(s.document_id for s in summaries), *in_hand])
            _report(summaries, titles, args.json)
            said = []
            if in_hand:
                title = titles.get(in_hand[0], "")
                named = f"{title} (document {in_hand[0]})" if title else f"document {in_hand[0]}"
                said.append(f"nothing was written for {named}")
            if left := len(ids) - len(summaries) - len(in_hand):
                said.append(
                    count(left, "{n} more document not detected", "{n} more documents not detected")
                )
            if summaries:  # (listed above, as a run that ended lists them)
                said.append(
                    count(
                        len(summaries),
                        "the document detected before it keeps its proposals",
                        "the {n} documents detected before it keep their proposals",
                    )
                )
            if isinstance(stop, DetectionStopped):  # why, then what it left
                print(f"redline: {stop}", file=sys.stderr)
                print("; ".join(["redline: stopped", *said]), file=sys.stderr)
                return 1
            print("; ".join(["redline: interrupted", *said]), file=sys.stderr)
            return 130
    bar.finish()
    _report(summaries, document_titles(lib, [s.document_id for s in summaries]), args.json)
    return 0


def _report(
    summaries: Sequence[DetectionSummary], titles: Mapping[DocumentId, str], as_json: bool
) -> None:
    if as_json:
        print_json(summaries)
        return
    for s in summaries:
        rescanned = (
            f"; banners re-read from {_pages(s.pages_rescanned)}" if s.pages_rescanned else ""
        )
        if s.pages_from_cache:  # read by an earlier run in this process: not read again
            rescanned += f"; banners of {_pages(s.pages_from_cache)} taken from the earlier reading"
        markings = count(s.markings_added, "{n} new marking proposal", "{n} new marking proposals")
        redactions = count(
            s.redactions_added, "{n} new redaction proposal", "{n} new redaction proposals"
        )
        title = titles.get(s.document_id, "")  # (none when the library stopped answering)
        named = f"{title} (document {s.document_id})" if title else f"document {s.document_id}"
        print(
            f"{named}: "
            f"{markings} ({_found(s.markings_found, s.markings_known)}), "
            f"{redactions} ({_found(s.redactions_found, s.redactions_known)}){rescanned}"
        )
        if s.pages_without_text:
            print(
                f"  {s.pages_without_text} of {_pages(s.pages)} "
                + ("has" if s.pages_without_text == 1 else "have")
                + " no text yet: run `redline ocr` and detect again to find their markings",
                file=sys.stderr,
            )
        for w in s.warnings:
            print(f"  warning: {w}", file=sys.stderr)


def _found(found: int, known: int) -> str:
    """ "3 found", and how many of them the document had already (a person's, or proposed
    before)."""
    return f"{found} found, {known} already in the document" if known else f"{found} found"


def _pages(n: int) -> str:
    return count(n, "{n} page", "{n} pages")


def cmd_redactions(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.detection.redaction_report import redaction_report, report_csv, report_json

    lib = ctx.library(read_only=True)
    ids = ctx.resolve_documents(args.documents) if args.documents else None
    report = redaction_report(lib, ids)
    if args.format == "json":
        print_json(report_json(report))
    else:
        sys.stdout.write(report_csv(report))
    return 0
