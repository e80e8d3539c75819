"""The ``redline`` command line: the same core services the GUI uses.

Each command module in :data:`COMMAND_MODULES` has ``register(subparsers)``; every subcommand sets
``func=handler(args, ctx) -> int``. Errors meant for people (:class:`RedlineError`) print as one
line on stderr; anything unexpected prints one line too and the traceback goes to a log file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_log_path

from app import __version__
from app.core.catalog import resolve_document
from app.core.errors import RedlineError
from app.core.ids import DocumentId
from app.core.library import Library, default_library_path

COMMAND_MODULES = (
    "app.commands.library",
    "app.commands.gui",
    "app.commands.detect",
    "app.commands.ocr",
    "app.commands.exchange",
    "app.commands.annotate",
)


class Context:
    """What a command handler needs: the library (opened on first use) and output helpers."""

    def __init__(self, library_root: Path) -> None:
        self.library_root = library_root
        self._library: Library | None = None
        self._for_reading = False  # opened read-only by choice (not because another writes)

    def library(self, *, read_only: bool = False) -> Library:
        """The library, opened on first use; asking to write after a read-only use reopens it."""
        if self._library is not None and self._for_reading and not read_only:
            self.close()
        if self._library is None:
            self._library = Library.open(
                self.library_root, read_only=read_only, allow_read_only=read_only
            )
            self._for_reading = read_only
        return self._library

    def resolve_documents(self, refs: Sequence[str]) -> list[DocumentId]:
        """Documents named on the command line by id, uuid, SHA-256 prefix, title or file name."""
        return [resolve_document(self.library(read_only=True), r) for r in refs]

    @property
    def interactive(self) -> bool:
        return sys.stderr.isatty()

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


def build_parser() -> tuple[argparse.ArgumentParser, set[str]]:
    """The parser, and the names of the commands it knows."""
    parser = argparse.ArgumentParser(
        prog="redline",
        description="Review, annotate and publish scanned declassified documents.",
        epilog="With no command, opens the Redline window.",
    )
    parser.add_argument("--version", action="version", version=f"redline {__version__}")
    parser.add_argument(
        "--library",
        type=Path,
        default=None,
        metavar="PATH",
        help="library folder (default: $REDLINE_LIBRARY, else the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser, set(subparsers.choices)


def _log_internal_error(exc: BaseException) -> Path | None:
    try:
        log_dir = user_log_path("redline", appauthor=False)
        log_dir.mkdir(parents=True, exist_ok=True)
        log = log_dir / "redline.log"
        with log.open("a", encoding="utf-8") as f:
            f.write(f"--- {datetime.now(UTC).isoformat()} redline {__version__}\n")
            f.write("".join(traceback.format_exception(exc)))
        return log
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    parser, commands = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if args.command is None:
        if "gui" not in commands:
            print("redline: the window is not available in this build yet.", file=sys.stderr)
            return 2
        args = parser.parse_args([*argv, "gui"])
    ctx = Context(args.library or default_library_path())
    logging.basicConfig(level=os.environ.get("REDLINE_LOG", "WARNING"))
    try:
        return int(args.func(args, ctx))
    except RedlineError as exc:
        print(f"redline: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `redline list | head`: the reader has all it wanted
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("redline: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        log = _log_internal_error(exc)
        where = f" (details in {log})" if log else ""
        print(f"redline: internal error: {exc}{where}", file=sys.stderr)
        return 70
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
