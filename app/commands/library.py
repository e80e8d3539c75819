"""Library commands: import, list, info, search."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import Context
from app.commands.common import TerminalProgress, print_json
from app.core.catalog import DocumentInfo, document_info, list_documents
from app.core.ingest import import_paths
from app.core.search import search


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("import", help="import scanned PDFs and images (files or folders)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the outcome of each file as JSON")
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("list", help="list the documents in the library")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = subparsers.add_parser("info", help="describe one document")
    p.add_argument("document", metavar="DOC", help="id, uuid, SHA-256 prefix, title or file name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = subparsers.add_parser("search", help="full-text search over every page")
    p.add_argument("query", nargs="+", help='words, "a phrase", prefix*, OR, NOT')
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    lib = ctx.library()
    bar = TerminalProgress(enabled=ctx.interactive and not args.json)
    current = {"name": ""}

    def on_file(i: int, n: int, name: str) -> None:
        current["name"] = f"[{i + 1}/{n}] {name}"

    outcomes = import_paths(
        lib,
        args.paths,
        on_file=on_file,
        on_page=lambda d, t: bar.update(d, t, current["name"]),
    )
    bar.finish()
    if args.json:
        print_json([o.__dict__ for o in outcomes])
    else:
        for o in outcomes:
            stream = sys.stdout if o.ok else sys.stderr
            detail = f"{o.pages} pages" if o.ok else o.message
            if o.status == "imported" and o.pages_needing_ocr:
                detail += f", {o.pages_needing_ocr} without text (need OCR)"
            print(f"{o.status}: {o.path}: {detail}", file=stream)
    if not outcomes:
        print("redline: no PDF or image files found there", file=sys.stderr)
        return 1
    return 0 if all(o.ok for o in outcomes) else 1


def _classification(info: DocumentInfo) -> str:
    value = info.metadata.get("classification")
    return value.value if value else ""


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    docs = list_documents(ctx.library(read_only=True))
    if args.json:
        print_json(docs)
        return 0
    if not docs:
        print("The library is empty. Add documents with: redline import PATH...")
    for d in docs:
        ocr = f"  ({d.pages_needing_ocr} need OCR)" if d.pages_needing_ocr else ""
        print(f"{d.id:>5}  {d.page_count:>4} p  {d.title}{ocr}")
    return 0


def cmd_info(args: argparse.Namespace, ctx: Context) -> int:
    (doc_id,) = ctx.resolve_documents([args.document])
    info = document_info(ctx.library(read_only=True), doc_id)
    if args.json:
        print_json(info)
        return 0
    print(f"{info.title}\n  id {info.id}  uuid {info.uuid}")
    print(f"  source {info.source_name} ({info.source_kind}, sha256 {info.source_sha256[:16]}…)")
    print(f"  {info.page_count} pages, {info.pages_needing_ocr} without text")
    for key, m in sorted(info.metadata.items()):
        print(f"  {key}: {m.value}  [{m.origin}]")
    for p in info.pages:
        layers = ", ".join(p.text_layers) or "no text"
        print(
            f"  page {p.index + 1}: {p.width:.0f}x{p.height:.0f} pt, rotation {p.rotation}, "
            f"{layers}, {p.review_status}"
        )
    return 0


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    results = search(
        ctx.library(read_only=True), " ".join(args.query), limit=args.limit, offset=args.offset
    )
    if args.json:
        print_json(results)
        return 0
    if not results.hits:
        print("No pages match.")
    for h in results.hits:
        snippet = " ".join(h.snippet.split())
        print(f"{h.document_title}  p. {h.page_index + 1}  (doc {h.document_id})\n    {snippet}")
    more = "+" if results.total >= 1000 else ""
    shown = f"{results.offset + 1}–{results.offset + len(results.hits)}" if results.hits else "0"
    print(f"[{shown} of {results.total}{more} pages]")
    return 0
