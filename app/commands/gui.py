"""``redline gui`` and ``redline open FILE|DOC``: the review window (Qt is imported only here)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.context import Context
from app.core.errors import RedlineError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("gui")
    p.add_argument(
        "--sample-if-empty",
        action="store_true",
        help="fill an empty library with generated sample documents first",
    )
    p.set_defaults(func=cmd_gui)
    p = subparsers.add_parser("open")
    p.add_argument(
        "targets",
        nargs="*",
        metavar="FILE|DOC",
        help="PDFs or images, or a document of the library (none: just the window)",
    )
    p.add_argument("--page", type=int, default=1, metavar="N", help="page to show (1-based)")
    p.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="render the window offscreen to a PNG and exit",
    )
    p.add_argument("--word-boxes", action="store_true", help="outline every word on the scan")
    p.set_defaults(func=cmd_open)


def cmd_gui(args: argparse.Namespace, ctx: Context) -> int:
    from app.ui.window.launch import run_gui

    return run_gui(ctx.library_root, sample_if_empty=args.sample_if_empty)


def cmd_open(args: argparse.Namespace, ctx: Context) -> int:
    from app.ui.window.launch import run_gui

    if args.page < 1:
        raise RedlineError("--page counts from 1.")
    first, *others = args.targets or [None]
    return run_gui(
        ctx.library_root,
        first,
        page=args.page,
        screenshot=args.screenshot,
        word_boxes=args.word_boxes,
        also_import=others,
    )
