"""OCR commands: ``redline ocr``, ``redline attach-text`` and ``redline doubtful``.

Each handler imports the core modules it uses (see :mod:`app.cli`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

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
)
from app.commands.context import Context
from app.core.errors import RedlineError
from app.core.wording import count

if TYPE_CHECKING:
    from app.core.ids import PageId
    from app.core.library import Library
    from app.core.ocr.attach import OcrImportReport


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("ocr")
    p.add_argument("documents", nargs="*", metavar="DOC", help="documents (default: all)")
    p.add_argument("--pages", help="page numbers of one document, e.g. 1,3-5")
    p.add_argument("--language", default="eng", help="Tesseract language(s), e.g. eng or eng+fra")
    p.add_argument("--dpi", type=int, default=300, help="render resolution (default 300)")
    p.add_argument(
        "--mode",
        choices=("auto", "always"),
        help="auto: only pages without text (default); always: every page (default with --pages)",
    )
    add_timeout_argument(p)
    p.add_argument("--json", action="store_true", help="print the outcome of each page as JSON")
    p.set_defaults(func=cmd_ocr)

    p = subparsers.add_parser("attach-text")
    p.add_argument("document", metavar="DOC")
    p.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="ALTO, PAGE or hOCR files or a folder of them (their pages in order), or one plain "
        "text (UTF-8); the format is told by the content",
    )
    p.add_argument(
        "--page", type=int, metavar="N", help="OCR files: the page their first page goes on"
    )
    p.add_argument(
        "--activate",
        action="store_true",
        help="make it the pages' active text (OCR files: already so on pages without text)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="plain text: --activate it even when under half of its words are found on the scan",
    )
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    p.set_defaults(func=cmd_attach_text)

    p = subparsers.add_parser("doubtful")
    p.add_argument("document", metavar="DOC", help="id, uuid, SHA-256 prefix, title or file name")
    p.add_argument(
        "--threshold", type=float, help="OCR confidence (0-100) below which a word is doubtful"
    )
    p.add_argument(
        "--with-punctuation",
        action="store_true",
        help="list lone punctuation marks too (left out, as in the window)",
    )
    p.add_argument(
        "--with-corrected",
        action="store_true",
        help="list the words a person has corrected too (left out, as in the window)",
    )
    p.add_argument("--json", action="store_true", help="print the words as JSON")
    p.set_defaults(func=cmd_doubtful)


def parse_pages(spec: str, count: int) -> list[int]:
    """``1,3-5`` -> 0-based page indices [0, 2, 3, 4]; an error names what is wrong."""
    out: list[int] = []
    for part in (p.strip() for p in spec.split(",")):
        lo, _, hi = part.partition("-")
        try:
            first, last = int(lo), int(hi or lo)
        except ValueError:
            raise RedlineError(f"--pages: '{part}' is not a page number or range") from None
        if not 1 <= first <= last <= count:
            raise RedlineError(f"--pages: '{part}' is outside pages 1-{count}")
        out.extend(range(first - 1, last))
    return list(dict.fromkeys(out))


def _pages_to_ocr(args: argparse.Namespace, ctx: Context, lib: Library) -> list[PageId]:
    from app.core.documents.lookup import all_document_ids
    from app.core.ocr.run import document_pages

    docs = ctx.resolve_documents(args.documents) if args.documents else None
    if docs is None:
        docs = all_document_ids(lib)
    if args.pages:
        if len(docs) != 1:
            raise RedlineError("--pages needs exactly one document")
        every = document_pages(lib, docs[0])
        chosen = [every[i] for i in parse_pages(args.pages, len(every))]
        if args.mode != "auto":
            return chosen
        needing = set(document_pages(lib, docs[0], only_needing_ocr=True))
        return [p for p in chosen if p in needing]
    auto = args.mode in (None, "auto")
    return [p for d in docs for p in document_pages(lib, d, only_needing_ocr=auto)]


def cmd_ocr(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.ocr.run import OcrStopped, ocr_pages

    lib = ctx.library()
    pages = _pages_to_ocr(args, ctx, lib)
    if not pages:
        print("Nothing to OCR: every page chosen already has text (use --mode always).")
        return 0
    bar = TerminalProgress(enabled=ctx.interactive and not args.json)
    with CtrlC() as ctrl_c:
        try:
            report = ocr_pages(
                lib,
                pages,
                language=args.language,
                dpi=args.dpi,
                progress=lambda done, total: bar.update(done, total, "OCR"),
                cancel=ctrl_c.asked,
                timeout_s=page_timeout(args),
            )
        except OcrStopped as stop:  # the library stopped it: why, then what it kept
            bar.finish()
            print_ocr_stopped(stop)
            return 1
    bar.finish()
    if ctrl_c.pressed:
        raise interrupted_ocr(report)
    if args.json:
        print_json(report.pages)
    print_ocr_failures(report.failed)
    if not args.json:
        words = sum(p.words for p in report.pages)
        print(
            f"OCR (tesseract {report.engine_version}): "
            + count(report.ok, "{n} page", "{n} pages")
            + ", "
            + count(words, "{n} word", "{n} words")
            + (f"; {len(report.failed)} failed" if report.failed else "")
        )
    return 0 if not report.failed else 1


def print_ocr_import(report: OcrImportReport) -> None:
    """What attaching OCR files did, a line per page."""
    from app.core.ocr.attach import FORMAT_NAMES

    print(
        f"attached {FORMAT_NAMES[report.format]} ({report.producer or 'producer not named'}): "
        + count(report.words, "{n} word", "{n} words")
        + " on "
        + count(len(report.pages), "{n} page", "{n} pages")
        + (
            ", "
            + count(report.estimated, "{n} word box", "{n} word boxes")
            + " estimated along their lines"
            if report.estimated
            else ""
        )
    )
    for p in report.pages:
        state = "active" if p.active else "not active (choose it in the window, or --activate)"
        words = count(p.words, "{n} word", "{n} words")
        print(f"  page {p.page_index + 1}: {p.file}, {words}, {state}")
    if report.orphaned_annotations:
        print(
            count(
                report.orphaned_annotations,
                "{n} annotation was not found on the new text (orphaned)",
                "{n} annotations were not found on the new text (orphaned)",
            )
        )


def cmd_attach_text(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.ocr.attach import OcrImportReport, attach_text_files
    from app.core.ocr.companion import NoScanWords, PoorAlignment

    if args.force and not args.activate:
        raise RedlineError("--force goes with --activate")
    lib = ctx.library()
    (doc_id,) = ctx.resolve_documents([args.document])
    first = None if args.page is None else args.page - 1
    try:
        report = attach_text_files(
            lib, doc_id, args.files, first_page=first, activate=args.activate, force=args.force
        )
    except PoorAlignment as exc:
        raise RedlineError(f"{exc} (--force makes it the pages' text all the same)") from exc
    except NoScanWords as exc:
        raise RedlineError(f"{exc} (`redline ocr`)") from exc
    if not isinstance(report, OcrImportReport):
        print_poor_alignment(report)  # (on stderr: with --json too)
    if args.json:
        print_json(report)
        return 0
    if isinstance(report, OcrImportReport):
        print_ocr_import(report)
        return 0
    print(
        f"aligned {report.aligned} of "
        + count(report.words, "{n} word", "{n} words")
        + f" ({report.aligned_share:.1%}) over "
        + count(len(report.pages), "{n} page", "{n} pages")
        + "; "
        + count(len(report.unaligned), "{n} unaligned span", "{n} unaligned spans")
    )
    for span in report.unaligned:
        shown = span.text if len(span.text) <= 70 else span.text[:67] + "..."
        print(f"  page {span.page_index + 1}, words {span.start + 1}-{span.end}: {shown}")
    return 0


def cmd_doubtful(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.ocr.doubtful import (
        DEFAULT_THRESHOLD,
        document_doubtful_words,
        is_word,
        to_check,
    )

    lib = ctx.library(read_only=True)
    (doc_id,) = ctx.resolve_documents([args.document])
    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    found = document_doubtful_words(lib, doc_id, threshold=threshold)
    words = found if args.with_punctuation else [w for w in found if is_word(w)]
    punctuation = len(found) - len(words)
    corrected = 0 if args.with_corrected else len(words) - len(words := to_check(words))
    if args.json:
        print_json(words)
        return 0
    for w in words:
        conf = "" if w.confidence is None else f" ({w.confidence:.0f}%)"
        other = f" / text says '{w.other_reading}'" if "disagreement" in w.reasons else ""
        fixed = "" if w.corrected is None else f" / corrected to '{w.corrected}'"
        print(f"page {w.page_index + 1} word {w.seq + 1}: {w.text}{conf}{other}{fixed}")
    left_out = [
        count(punctuation, "{n} lone punctuation mark", "{n} lone punctuation marks")
        + " left out: --with-punctuation"
        if punctuation
        else "",
        count(corrected, "{n} corrected word", "{n} corrected words")
        + " left out: --with-corrected"
        if corrected
        else "",
    ]
    said = "; ".join(part for part in left_out if part)
    print(
        count(len(words), "{n} doubtful word", "{n} doubtful words")
        + (f" ({said})" if said else ""),
        file=sys.stderr,
    )
    return 0
