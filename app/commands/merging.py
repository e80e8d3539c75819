"""What merging leaves to a person, on the command line: ``redline conflicts`` lists the
annotations, tags and page reviews two libraries changed differently, ``redline resolve ID
--take here|there`` decides one, and ``redline restore BACKUP`` puts back the copy of the
library an import made before it merged (its report names it)."""

from __future__ import annotations

import argparse
import dataclasses
import json
from itertools import groupby
from typing import TYPE_CHECKING, Any

from app.commands.annotate import author_of
from app.commands.common import print_json
from app.commands.context import Context
from app.core.errors import RedlineError

if TYPE_CHECKING:
    from app.core.annotating.conflicts import Conflict
    from app.core.exchange.merge_words import Words

UNSET: Any = object()


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("conflicts")
    p.add_argument("--document", metavar="DOC", help="only this document's annotations")
    p.add_argument("--json", action="store_true", help="print the conflicts as JSON")
    p.set_defaults(func=cmd_conflicts)

    p = subparsers.add_parser("resolve")
    p.add_argument("id", metavar="ID", help="the annotation's or tag's uuid (redline conflicts)")
    p.add_argument(
        "--take",
        default=None,
        metavar="SIDE",
        help="here (this library's value), there (the other's; there:2 when it holds several)",
    )
    p.add_argument("--field", metavar="FIELD", help="only this field (e.g. body.text)")
    p.add_argument("--value", metavar="VALUE", help="a value of your own (JSON, or plain text)")
    p.add_argument("--author", metavar="NAME", help="who decides (recorded with it)")
    p.set_defaults(func=cmd_resolve)

    p = subparsers.add_parser("restore")
    p.add_argument("backup", metavar="BACKUP", help="the backup (a path, or its file name)")
    p.set_defaults(func=cmd_restore)


def _name(c: Conflict, w: Words) -> str:
    if c.entity == "tag":
        return f"Tag '{c.label}'"
    if c.entity == "page":
        return f"Page {(c.page or 0) + 1} review"
    what = c.kind or "annotation"
    if c.label:
        return f"Page {(c.page or 0) + 1}, {what} over '{c.label}'"
    said = f" ('{c.text[:40]}')" if c.text else ""
    return f"Page {(c.page or 0) + 1}, {what} by {w.who(c.author)}{said}"


def _lines(conflicts: list[Conflict], w: Words) -> list[str]:
    from app.core.exchange.conflict_lines import change_lines
    from app.core.exchange.merge_words import FIELDS

    lines = []
    for title, group in groupby(conflicts, key=lambda c: c.document or "Tags"):
        lines.append(title)
        for c in group:
            lines.append(f"  {_name(c, w)}    {c.uuid}")
            for f in c.fields:
                here = f"{w.value(f.field, f.here.value)} {w.by(f.here.by, f.here.at)}"
                there = "; ".join(
                    f"there{'' if len(f.there) == 1 else f':{i}'} "
                    f"{w.value(f.field, v.value)} {w.by(v.by, v.at)}"
                    for i, v in enumerate(f.there, 1)
                )
                lines.append(f"    {FIELDS.get(f.field, f.field)}: here {here}; {there}")
            # a deletion's: what the other side changed that it never saw, a line a field
            for i, line in enumerate(change_lines(c, w)):
                lines.append(f"{'      ' if i else '    '}{line}")
    return lines


def cmd_conflicts(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.annotating.conflicts import list_conflicts
    from app.core.exchange.merge_words import Words

    lib = ctx.library(read_only=True)
    document = ctx.resolve_documents([args.document])[0] if args.document else None
    conflicts = list_conflicts(lib, document_id=document)
    if args.json:
        print_json([dataclasses.asdict(c) for c in conflicts])
        return 0
    if not conflicts:
        print("nothing is in conflict")
        return 0
    print("\n".join(_lines(conflicts, Words(_you()))))
    print("\nto decide one: redline resolve ID --take here|there (or --value VALUE)")
    return 0


def _you() -> str:
    """The person's name if they gave one (so their own changes read "you")."""
    try:
        return author_of(argparse.Namespace(author=None))
    except RedlineError:
        return ""


def _value(text: str | None) -> Any:
    if text is None:
        return UNSET
    try:
        return json.loads(text)
    except ValueError:
        return text  # plain text: a note, a reading


def cmd_resolve(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.annotating.conflicts import decide, get_conflict
    from app.core.exchange.merge_words import FIELDS, Words

    lib = ctx.library()
    value = _value(args.value)
    if (args.take is None) == (value is UNSET):
        raise RedlineError("give --take here|there or --value VALUE (one of the two)")
    conflict = get_conflict(lib, args.id)  # (one in conflict, then who decides)
    author = author_of(args)
    kw: dict[str, Any] = {} if value is UNSET else {"value": value}
    decision = decide(lib, args.id, author=author, take=args.take or "here", field=args.field, **kw)
    w = Words(author)
    how = "kept here" if args.take == "here" else "taken there"
    how = "your own" if value is not UNSET else how
    said = "; ".join(
        f"{FIELDS.get(f, f)} {w.value(f, v)} ({how})" for f, v in decision.chosen.items()
    )
    print(f"{_name(conflict, w)}: {said}")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.backups import find_backup, restore_library

    root = ctx.library_root
    if isinstance(root, str):  # a server address
        raise RedlineError(
            "redline restore puts back a copy of a folder library's file; a library on a server "
            "is put back from a pg_dump with pg_restore (docs/team.md). Nothing was changed."
        )
    ctx.close()  # the restore opens the library itself, holding the writer lock
    backup = find_backup(root, args.backup)
    done = restore_library(root, backup)
    print(f"restored the library from {done.backup}")
    print(f"the library as it was went to {done.previous} (redline restore {done.previous.name})")
    return 0
