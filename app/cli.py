"""The ``redline`` command line: the same core services the GUI uses.

:data:`COMMANDS` names each command, the module of :mod:`app.commands` that has it and its line
in ``redline --help``. A module is imported only when one of its commands runs (``redline
--help`` imports none): its ``register(subparsers)`` then adds its commands' parsers, each
setting ``func=handler(args, ctx) -> int``, ``ctx`` being an :class:`app.commands.context.Context`.
Errors meant for people (:class:`RedlineError`) print as one line on stderr; anything unexpected
prints one line too and the traceback goes to a log file.

``redline --version``, ``list``, ``info`` and ``search`` answer in a fraction of a second because
nothing here, in :mod:`app.commands.context` or at the top of a command module imports more than
the standard library: each handler imports what its command uses (PyMuPDF, the database, Qt)
when it runs (``tests/commands/test_import_weight.py`` and ``test_lazy_commands.py`` check). The
garbage collector waits while a command loads its modules (:mod:`app.core.startup`), and the
`redline` program (:func:`run`) leaves without tearing down the interpreter.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from logging import BASIC_FORMAT
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app import __version__
from app.commands.context import Context
from app.core import startup
from app.core.errors import RedlineError
from app.core.refusals import worded
from db.location import library_location

COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("import", "library", "import scanned PDFs and images (files or folders)"),
    ("library", "library", "whole libraries: copy one into another"),
    ("list", "library", "list the documents in the library"),
    ("info", "library", "describe one document"),
    ("search", "library", "full-text search over every page"),
    ("gui", "gui", "open the Redline window (the default command)"),
    (
        "open",
        "gui",
        "open a document (a file is imported first if it is new) in the window; with "
        "several, the others are imported too; a Redline window already open on the library "
        "takes the files instead",
    ),
    (
        "detect",
        "detect",
        "propose markings, redactions and metadata (library documents, or --text FILE)",
    ),
    ("redactions", "detect", "the redaction report (CSV or JSON)"),
    ("ocr", "ocr", "OCR pages with Tesseract (pages without text by default)"),
    (
        "attach-text",
        "ocr",
        "attach OCR from elsewhere: ALTO, PAGE or hOCR files, or a plain text to align",
    ),
    ("doubtful", "ocr", "list the words a reviewer should check first"),
    ("export", "exchange", "export annotations, corrected text, a PDF, or OCR as ALTO/PAGE/hOCR"),
    (
        "import-annotations",
        "exchange",
        "merge a Redline JSON set, or W3C or IIIF annotations, into the library",
    ),
    ("conflicts", "merging", "list what two libraries changed differently, for you to decide"),
    ("resolve", "merging", "decide a conflict: keep here, take there, or edit"),
    ("restore", "merging", "put back a copy of the library from its backups/ folder"),
    ("annotate", "annotate", "make, change and list annotations"),
    ("review", "annotate", "set a page's review status"),
)
"""Each command, the module of :mod:`app.commands` whose ``register`` adds its parser, and its
line in ``redline --help`` (in this order)."""


if TYPE_CHECKING:
    _SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # (not subscriptable at run time)
    _SubParsers = argparse._SubParsersAction


class LazyCommands(_SubParsers):
    """The commands of :data:`COMMANDS`, listed in the help from the table alone: a command's
    module is imported, and its parsers built, when the command is chosen."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.modules: dict[str, str] = {}  # the commands whose module is not imported yet
        self.helps: dict[str, str] = {}  # each command's line in the help

    def add_command(self, name: str, module: str, help: str) -> None:
        self.modules[name] = module
        self.helps[name] = help
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), help))
        # A name argparse accepts (its choices are this map's keys); the parser comes in load().
        self._name_parser_map[name] = None  # type: ignore[assignment]

    def load(self, name: str) -> None:
        """Import the module of command ``name`` and let it add its commands' parsers."""
        module = self.modules.get(name)
        if module is None:
            return
        names = [n for n, m in self.modules.items() if m == module]
        for other in names:
            del self.modules[other], self._name_parser_map[other]
        importlib.import_module(f"app.commands.{module}").register(self)
        for other in names:  # a command's own --help opens with its line of the help
            parser = self._name_parser_map[other]
            if parser.description is None:
                line = self.helps[other]
                parser.description = f"{line[0].upper()}{line[1:]}."

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        self.load(values[0])
        super().__call__(parser, namespace, values, option_string)


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
    subparsers = cast(
        LazyCommands,
        parser.add_subparsers(action=LazyCommands, dest="command", metavar="COMMAND"),
    )
    for name, module, text in COMMANDS:
        subparsers.add_command(name, module, text)
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
    level = os.environ.get("REDLINE_LOG", "WARNING")
    # A warning reads as the command's other lines do; REDLINE_LOG=INFO or DEBUG names the module.
    plain = level.upper() == "WARNING"
    logging.basicConfig(level=level, format="redline: %(message)s" if plain else BASIC_FORMAT)
    try:
        return int(args.func(args, ctx))
    except RedlineError as exc:  # (db's refusal to open a library: in its worded form)
        print(f"redline: {worded(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `redline list | head`: the reader has all it wanted
        sys.stderr.close()
        return 0
    except KeyboardInterrupt as exc:  # (a command may say what stays: the interrupt's text)
        print("; ".join(["redline: interrupted", *filter(None, [str(exc)])]), file=sys.stderr)
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
