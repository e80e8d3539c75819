"""The ``redline`` command line: the same core services the GUI uses.

Each command module in :data:`COMMANDS` has ``register(subparsers)``; every subcommand sets
``func=handler(args, ctx) -> int``, ``ctx`` being an :class:`app.commands.context.Context`.
Errors meant for people (:class:`RedlineError`) print as one line on stderr; anything unexpected
prints one line too and the traceback goes to a log file.

``redline --version``, ``list``, ``info`` and ``search`` answer in a fraction of a second because
nothing here, in :mod:`app.commands.context` or at the top of a command module imports more than
the standard library: each handler imports what its command uses (PyMuPDF, the database, Qt)
when it runs (``tests/commands/test_import_weight.py`` checks). The garbage collector waits while
a command loads its modules (:mod:`app.core.startup`), and the `redline` program (:func:`run`)
leaves without tearing down the interpreter.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.commands import annotate, detect, exchange, gui, library, merging, ocr
from app.commands.context import Context
from app.core import startup
from app.core.errors import RedlineError
from db.location import library_location

COMMANDS = (library, gui, detect, ocr, exchange, merging, annotate)
"""The command modules (each with ``register(subparsers)``), in the order of ``redline --help``."""


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
        type=library_location,
        default=None,
        metavar="PATH|URL",
        help="library folder, or a team library on a PostgreSQL server as "
        "postgresql://user@host/dbname (default: $REDLINE_LIBRARY, else the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    return parser, set(subparsers.choices)


def _log_internal_error(exc: BaseException) -> Path | None:
    from app.core.errorlog import log_exception

    return log_exception(exc)


def main(argv: Sequence[str] | None = None) -> int:
    collecting = startup.pause_collector()  # until the command's modules are loaded
    try:
        return _main(argv)
    finally:
        startup.resume(collecting)


def run() -> None:
    """The `redline` program: :func:`main`, then exit at once. Everything is closed by then (the
    library checkpointed, worker and render processes stopped, files written); what is left is
    the interpreter freeing 150,000 objects one by one, which took as long as `redline list`
    itself took to answer (0.1-0.7 s, the window's longest)."""
    code = main()
    with contextlib.suppress(BrokenPipeError, ValueError):  # `redline list | head`; closed
        sys.stdout.flush()
    with contextlib.suppress(BrokenPipeError, ValueError):
        sys.stderr.flush()
    os._exit(code)


def _main(argv: Sequence[str] | None) -> int:
    parser, commands = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if args.command is None:
        if "gui" not in commands:
            print("redline: the window is not available in this build yet.", file=sys.stderr)
            return 2
        args = parser.parse_args([*argv, "gui"])
    ctx = Context(args.library)
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
    run()
