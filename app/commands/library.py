"""Library commands: import, list, info, search, and `library copy` between engines.

Each handler imports the core modules it uses (see :mod:`app.cli`): ``list`` never loads PyMuPDF.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.common import (
    CtrlC,
    TerminalProgress,
    add_timeout_argument,
    interrupted_ocr,
    page_timeout,
    print_json,
    print_ocr_failures,
    print_ocr_stopped,
    print_poor_alignment,
    shown,
)
from app.commands.context import Context
from app.core.errors import RedlineError
from app.core.wording import count
from db.location import library_location

if TYPE_CHECKING:
    from app.core.documents.ingest import ImportOutcome
    from app.core.documents.queries import DocumentRow
    from app.core.ids import DocumentId
    from app.core.library import Library
    from app.core.ocr.attach import OcrImportReport
    from app.core.ocr.companion import AlignmentReport
    from app.core.ocr.run import OcrReport
    from db.reading import LibraryReader


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("import")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the outcome of each file as JSON")
    p.add_argument(
        "--ocr",
        choices=("auto", "always", "never"),
        default="never",
        help="OCR with Tesseract after import: auto = pages without text (default: never)",
    )
    add_timeout_argument(p)
    p.add_argument(
        "--text",
        type=Path,
        metavar="FILE",
        help="OCR of the (one) imported scan made elsewhere: an ALTO, PAGE or hOCR file or "
        "folder (words on their own boxes), or a plain text aligned to its words",
    )
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("library")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = actions.add_parser(
        "copy",
        help="copy a whole library (documents, sources, text, annotations, tags, history) into "
        "an empty one: a folder or postgresql://user@host/dbname, either way",
    )
    c.add_argument("source", metavar="SOURCE", help="library folder or postgresql:// address")
    c.add_argument("dest", metavar="DEST", help="an empty (or new) library folder or database")
    c.set_defaults(func=cmd_library_copy)

    p = subparsers.add_parser("list")
    p.add_argument("--json", action="store_true", help="print the documents as JSON")
    p.set_defaults(func=cmd_list)

    p = subparsers.add_parser("info")
    p.add_argument("document", metavar="DOC", help="id, uuid, SHA-256 prefix, title or file name")
    p.add_argument(
        "--json", action="store_true", help="print the document, its pages and layers as JSON"
    )
    p.set_defaults(func=cmd_info)

    p = subparsers.add_parser("search")
    p.add_argument("query", nargs="+", help='words, "a phrase", prefix*, OR, NOT')
    p.add_argument("--limit", type=int, default=20, help="pages to list (default: 20)")
    p.add_argument("--offset", type=int, default=0, help="matching pages to skip first (paging)")
    p.add_argument("--json", action="store_true", help="print the matching pages as JSON")
    p.set_defaults(func=cmd_search)


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.documents.ingest import import_paths, read_ahead

    if args.text is not None and (len(args.paths) != 1 or args.paths[0].is_dir()):
        raise RedlineError("--text goes with exactly one scan to import")
    if args.timeout is not None and args.ocr == "never":
        raise RedlineError("--timeout goes with --ocr auto or --ocr always")
    if args.text is not None:
        from app.core.ocr.attach import check_text_files

        check_text_files([args.text])  # a bad file: one line, before the scan is imported
    bar = TerminalProgress(enabled=ctx.interactive and not args.json)
    current = {"name": ""}

    def on_file(i: int, n: int, name: str) -> None:
        current["name"] = f"[{i + 1}/{n}] {name}"

    ocr_follows = args.ocr != "never" or args.text is not None

    def on_outcome(outcome: ImportOutcome) -> None:
        if not args.json:  # as each file is done: a killed import has said what it finished
            bar.finish()
            _print_outcome(outcome, ocr_follows=ocr_follows)

    # The workers start reading the first file while the library opens (see read_ahead); Ctrl-C
    # is the import's cancel from before they are forked.
    with CtrlC() as ctrl_c, read_ahead(args.paths) as pool:
        lib = ctx.library()
        outcomes = import_paths(
            lib,
            args.paths,
            on_file=on_file,
            on_page=lambda d, t: bar.update(d, t, current["name"]),
            on_outcome=on_outcome,
            cancel=ctrl_c.asked,
            pool=pool,
        )
    bar.finish()
    if ctrl_c.pressed:  # (the file in hand said "cancelled; nothing was imported")
        done = sum(o.status == "imported" for o in outcomes)
        kept = count(
            done,
            "the file imported before it stays in the library",
            "the {n} files imported before it stay in the library",
        )
        raise KeyboardInterrupt(kept if done else "")
    if not args.json and len(outcomes) > 1:
        print(
            _import_summary(outcomes),
            file=sys.stdout if all(o.ok for o in outcomes) else sys.stderr,
        )
    report: dict[str, Any] = {"files": [o.__dict__ for o in outcomes]}
    ok = bool(outcomes) and all(o.ok for o in outcomes)
    docs = [o.document_id for o in outcomes if o.ok and o.document_id is not None]
    if args.ocr != "never" and docs:
        with CtrlC() as ctrl_c:
            report["ocr"] = _ocr_after_import(lib, docs, args, bar, ctrl_c.asked)
        if ctrl_c.pressed:  # (the documents stay imported, the pages read so far keep their text)
            raise interrupted_ocr(report["ocr"])
        ok = ok and not report["ocr"].failed and report["ocr"].stopped_by is None
    if args.text is not None and docs:
        report["alignment"] = _attach_text(lib, docs[0], args.text, quiet=args.json)
    if args.json:
        print_json(report if len(report) > 1 else report["files"])
    if not outcomes:
        print("redline: no PDF or image files found there", file=sys.stderr)
    return 0 if ok else 1


def _print_outcome(o: ImportOutcome, *, ocr_follows: bool) -> None:
    stream = sys.stdout if o.ok else sys.stderr
    detail = count(o.pages, "{n} page", "{n} pages") if o.ok else o.message
    if o.status == "imported" and o.pages_needing_ocr and not ocr_follows:
        detail += f", {o.pages_needing_ocr} without text (run `redline ocr`)"
    print(f"{o.status}: {shown(o.path)}: {shown(detail)}", file=stream, flush=True)


def _import_summary(outcomes: list[ImportOutcome]) -> str:
    counts = Counter(o.status for o in outcomes)
    parts = [f"{counts['imported']} imported", f"{counts['duplicate']} already in the library"]
    parts += [f"{counts[s]} {s}" for s in ("failed", "cancelled") if counts[s]]
    return count(len(outcomes), "{n} file: ", "{n} files: ") + ", ".join(parts)


def _ocr_after_import(
    lib: Library,
    docs: list[DocumentId],
    args: argparse.Namespace,
    bar: TerminalProgress,
    cancel: Callable[[], bool],
) -> OcrReport:
    from app.core.ocr.run import OcrStopped, ocr_documents

    try:
        report = ocr_documents(
            lib,
            docs,
            "always" if args.ocr == "always" else "auto",
            progress=lambda done, total: bar.update(done, total, "OCR"),
            cancel=cancel,
            timeout_s=page_timeout(args),
        )
    except OcrStopped as stop:  # the documents stay imported; the pages read keep their text
        bar.finish()
        print_ocr_stopped(stop)
        return stop.report
    bar.finish()
    print_ocr_failures(report.failed)
    if not args.json and report.pages:
        words = sum(p.words for p in report.pages)
        print(
            "OCR: "
            + count(report.ok, "{n} page", "{n} pages")
            + ", "
            + count(words, "{n} word", "{n} words")
        )
    return report


def _attach_text(
    lib: Library, doc_id: DocumentId, path: Path, *, quiet: bool
) -> AlignmentReport | OcrImportReport:
    from app.commands.ocr import print_ocr_import
    from app.core.ocr.attach import OcrImportReport, attach_text_files

    report = attach_text_files(lib, doc_id, [path])
    if isinstance(report, OcrImportReport):
        if not quiet:
            print_ocr_import(report)
        return report
    print_poor_alignment(report)
    if not quiet:
        print(
            f"text: aligned {report.aligned} of "
            + count(report.words, "{n} word", "{n} words")
            + f" ({report.aligned_share:.1%}); "
            + count(len(report.unaligned), "{n} span", "{n} spans")
            + " could not be placed on the scan"
        )
    return report


LIST_BATCH = 5000


def _all_rows(lib: LibraryReader) -> list[DocumentRow]:
    from app.core.documents.queries import list_documents

    rows: list[DocumentRow] = []
    while True:  # (each read sorts the whole table: as few as there are thousands of documents)
        batch = list_documents(lib, offset=len(rows), limit=LIST_BATCH, sort="imported")
        rows.extend(batch)
        if len(batch) < LIST_BATCH:
            return rows


def cmd_library_copy(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.exchange.library_copy import copy_library
    from app.core.library import Library

    with (
        Library.open(library_location(args.source), read_only=True) as source,
        Library.open(library_location(args.dest)) as dest,
    ):
        if dest.location == source.location:
            raise RedlineError("SOURCE and DEST are the same library.")
        last = [""]

        def progress(table: str, done: int) -> None:
            if ctx.interactive and (table != last[0] or done % 5000 == 0):
                print(f"\rcopying {table}: {done}", end="", file=sys.stderr, flush=True)
                last[0] = table

        report = copy_library(source, dest, on_progress=progress)
        if ctx.interactive:
            print(file=sys.stderr)
        print(
            f"copied {source.location} into {dest.location}: "
            + ", ".join(
                count(n, "{n} " + one, "{n} " + many)
                for n, one, many in (
                    (report.rows["documents"], "document", "documents"),
                    (report.rows["pages"], "page", "pages"),
                    (report.rows["annotations"], "annotation", "annotations"),
                    (report.rows["tags"], "tag", "tags"),
                    (report.rows["change_log"], "history entry", "history entries"),
                    (report.sources, "source", "sources"),
                )
            )
        )
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    rows = _all_rows(ctx.reader())
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("The library is empty. Add documents with: redline import PATH...")
    for r in rows:
        facts = "  ".join(x for x in (r.classification, r.case_number, r.document_number) if x)
        reviewed = f"{r.reviewed_pages}/{r.page_count} reviewed"
        print(
            f"{r.id:>5}  {r.page_count:>4} p  {reviewed:<15} {shown(r.title)}"
            + (f"  [{shown(facts)}]" if facts else "")
        )
    return 0


def cmd_info(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.documents.metadata import document_metadata_entries
    from app.core.documents.queries import document_layers, document_summary

    (doc_id,) = ctx.resolve_documents([args.document])
    lib = ctx.reader()
    doc = document_summary(lib, doc_id)
    metadata = document_metadata_entries(lib, doc_id)
    layers = {  # each page's text layers, the active one first
        page: sorted(found, key=lambda x: not x.active)
        for page, found in document_layers(lib, doc_id).items()
    }
    if args.json:
        pages = [
            {
                **dataclasses.asdict(p),
                "text_layers": [x.source for x in layers.get(p.id, [])],
                "layers": [dataclasses.asdict(x) for x in layers.get(p.id, [])],
            }
            for p in doc.pages
        ]
        facts = {"pages_needing_ocr": doc.pages_needing_ocr, "reviewed_pages": doc.reviewed_pages}
        print_json({**dataclasses.asdict(doc), **facts, "metadata": metadata, "pages": pages})
        return 0
    print(f"{shown(doc.title)}\n  id {doc.id}  uuid {doc.uuid}")
    print(
        f"  source {shown(doc.source_name)} ({doc.source_kind}, sha256 {doc.source_sha256[:16]}…)"
    )
    print(
        "  "
        + count(doc.page_count, "{n} page", "{n} pages")
        + f", {doc.pages_needing_ocr} without text"
    )
    for key, m in metadata.items():
        print(f"  {shown(key)}: {shown(m.value)}  [{m.origin}]")
    for p in doc.pages:
        sources = (
            ", ".join(x.source + (f" ({x.file})" if x.file else "") for x in layers.get(p.id, []))
            or "no text"
        )
        print(
            f"  page {p.index + 1}: {p.width:.0f}x{p.height:.0f} pt, rotation {p.rotation}, "
            f"{sources}, {p.review_status}"
        )
    return 0


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.documents.search import TOTAL_CAP, search

    results = search(ctx.reader(), " ".join(args.query), limit=args.limit, offset=args.offset)
    if args.json:
        print_json(results)
        return 0
    if not results.hits:
        print("No pages match.")
    for h in results.hits:
        snippet = " ".join(h.snippet.split())
        reading = "  [corrected reading]" if h.corrected else ""
        print(
            f"{shown(h.document_title)}  p. {h.page_index + 1}  (doc {h.document_id}){reading}\n"
            f"    {shown(snippet)}"
        )
    more = "+" if results.total >= TOTAL_CAP else ""
    span = f"{results.offset + 1}–{results.offset + len(results.hits)}" if results.hits else "0"
    print(
        f"[{span} of {results.total}{more} "
        + ("page]" if results.total == 1 and not more else "pages]")
    )
    if not results.ranked_all:
        print(
            "[so many pages match that they are listed in library order; narrow the search "
            "to rank them]"
        )
    return 0
