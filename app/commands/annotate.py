"""Annotating from the command line: ``redline annotate add|edit|delete|accept|reject|list`` and
``redline review``. Each change is one call of the annotation service the window uses
(:mod:`app.core.annotating.annotations`, :mod:`app.core.annotating.review`), so it lands in the
change log, with its author, exactly as a change made in the window.

Pages are numbered from 1, as the window shows them; ``--quote`` finds the text in the page's
current reading (corrections applied); ``--region X,Y,W,H`` is in PDF points of the unrotated
page, origin top-left (as the exports write regions). The author comes from ``--author``, else
``REDLINE_AUTHOR``, else the name set in the window (Edit › Your name).
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from app.commands.common import print_json
from app.commands.context import Context
from app.core.annotating.exemptions import (
    UnknownExemptionsError,
    check_exemptions,
    unknown_code_said,
    unknown_codes,
)
from app.core.annotating.records import AnnotationFilter, AnnotationRecord, Region
from app.core.annotating.vocabulary import (
    KINDS,
    LEAVE_VISIBLE,
    STATUSES,
    TEXT_KINDS,
    CorrectionBody,
    Kind,
    MarkingBody,
    NoteBody,
    RedactionBody,
    TagBody,
)
from app.core.documents.review_status import PAGE_STATUSES, ReviewStatus
from app.core.errors import RedlineError
from app.core.ids import DocumentId, PageId, TagId

if TYPE_CHECKING:  # (each handler imports the services it calls: see app.cli)
    from app.core.library import Library

# A page's review status as the command line spells it (in-progress) -> as it is stored.
REVIEW_STATUSES: dict[str, ReviewStatus] = {s.replace("_", "-"): s for s in PAGE_STATUSES}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("annotate")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="make an annotation on a page; prints its uuid")
    add.add_argument("document", metavar="DOC", help="id, uuid, SHA-256 prefix or title")
    add.add_argument("--page", type=int, required=True, metavar="N", help="page (from 1)")
    add.add_argument("--kind", choices=KINDS, required=True)
    where = add.add_mutually_exclusive_group()
    where.add_argument("--quote", metavar="TEXT", help="the text to annotate, as the page reads")
    where.add_argument(
        "--region",
        metavar="X,Y,W,H",
        help="a box in PDF points of the unrotated page, top-left origin (as the exports write "
        "regions)",
    )
    add.add_argument("--occurrence", type=int, default=1, metavar="K", help="the K-th --quote")
    _body_options(add)
    _common(add, json_help="print the annotation as JSON")
    add.set_defaults(func=cmd_add)

    edit = sub.add_parser("edit", help="change an annotation's body")
    edit.add_argument("uuid", metavar="UUID")
    _body_options(edit)
    _common(edit, json_help="print the annotation as JSON")
    edit.set_defaults(func=cmd_edit)

    delete = sub.add_parser("delete", help="delete an annotation")
    delete.add_argument("uuid", metavar="UUID")
    _common(delete)
    delete.set_defaults(func=cmd_delete)

    for status, verb in (("accepted", "accept"), ("rejected", "reject")):
        decide = sub.add_parser(verb, help=f"{verb} proposals (or any annotations)")
        decide.add_argument("uuids", nargs="+", metavar="UUID")
        if verb == "reject":
            decide.add_argument(
                "--withdraw",
                action="store_true",
                help="also reject accepted redactions (what they cover is then published)",
            )
        _common(decide)
        decide.set_defaults(func=cmd_decide, status=status)

    listing = sub.add_parser("list", help="list annotations")
    listing.add_argument("document", nargs="?", metavar="DOC")
    listing.add_argument("--page", type=int, metavar="N", help="only page N (needs DOC)")
    listing.add_argument("--kind", choices=KINDS)
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--json", action="store_true", help="print the annotations as JSON")
    listing.set_defaults(func=cmd_list)

    review = subparsers.add_parser("review")
    review.add_argument("document", metavar="DOC")
    review.add_argument("--page", type=int, required=True, metavar="N", help="page (from 1)")
    review.add_argument("--status", choices=list(REVIEW_STATUSES), required=True)
    _common(review)
    review.set_defaults(func=cmd_review)


def _body_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--value", metavar="V", help="correction: what it reads; marking: its value")
    p.add_argument("--category", metavar="C", help="marking: its category")
    p.add_argument("--tag", metavar="PATH", help="tag: the tag's path (Parent/Child) or uuid")
    p.add_argument("--codes", metavar="CODES", help="redaction: exemption codes, e.g. b6,b7c")
    p.add_argument("--note", metavar="TEXT", help="note: its text; redaction: its note")
    visible = p.add_mutually_exclusive_group()
    visible.add_argument(
        "--leave-visible",
        dest="leave_visible",
        action="store_const",
        const=True,
        help="redaction: do not burn it into publication PDFs",
    )
    visible.add_argument(
        "--burn",
        dest="leave_visible",
        action="store_const",
        const=False,
        help="redaction: burn it into publication PDFs (the default)",
    )


def _common(p: argparse.ArgumentParser, *, json_help: str | None = None) -> None:
    p.add_argument("--author", metavar="NAME", help="who makes the change (recorded with it)")
    if json_help:
        p.add_argument("--json", action="store_true", help=json_help)


# --- who --------------------------------------------------------------------------------------


def _window_name() -> str:
    """The name the window annotates under, if Qt is at hand to read its settings."""
    try:
        from app.ui.base.settings import AUTHOR, Settings
    except ImportError:  # a build without the window
        return ""
    return Settings().get(AUTHOR).strip()


def author_of(args: argparse.Namespace) -> str:
    """The author: --author, else $REDLINE_AUTHOR, else the window's setting."""
    name = (args.author or os.environ.get("REDLINE_AUTHOR", "") or _window_name()).strip()
    if not name:
        raise RedlineError(
            "say who is annotating: --author NAME, or REDLINE_AUTHOR, or your name in the window "
            "(Edit > Your name)"
        )
    return name


# --- making and changing ----------------------------------------------------------------------


def _region(text: str) -> Region:
    try:
        x, y, w, h = (float(v) for v in text.split(","))
    except ValueError:
        raise RedlineError(
            f"--region takes X,Y,W,H in points, e.g. 72,140,120,14; not {text!r}"
        ) from None
    return Region(x, y, w, h)


def _codes(text: str) -> list[str]:
    return _known([c.strip() for c in text.replace(";", ",").split(",") if c.strip()])


def _known(codes: list[str]) -> list[str]:
    """Codes a person typed, held to the vocabulary as the window's form holds them: written as
    it writes them (``b6`` -> ``B6``), or refused in a line naming the unknown ones (and the
    known codes each is likely a slip for), then the known codes by family, a line each."""
    try:
        return check_exemptions(codes)
    except UnknownExemptionsError as exc:
        raise RedlineError(f"{exc.unknown} Nothing was changed.\n{exc.known}") from None


_APPLIES = {
    "value": ("correction", "marking"),
    "category": ("marking",),
    "tag": ("tag",),
    "codes": ("redaction",),
    "note": ("redaction", "note"),
    "leave_visible": ("redaction",),
}


def _check_options(kind: Kind, args: argparse.Namespace) -> None:
    for option, kinds in _APPLIES.items():
        if getattr(args, option) is not None and kind not in kinds:
            flag = "--" + option.replace("_", "-")
            raise RedlineError(f"{flag} does not apply to a {kind} (only to: {', '.join(kinds)})")


def _body(
    lib: Library,
    kind: Kind,
    args: argparse.Namespace,
    author: str,
    before: Mapping[str, Any],
    quote: str = "",
) -> dict[str, Any]:
    """The body for ``kind`` from the options, over ``before`` (an edit keeps what is not given)."""
    _check_options(kind, args)
    body = dict(before)
    if kind == "correction":
        body["replacement"] = args.value if args.value is not None else body.get("replacement")
        if body["replacement"] is None:
            raise RedlineError("a correction needs --value (what the text should read)")
    elif kind == "marking":
        body["category"] = args.category or body.get("category")
        body["value"] = args.value if args.value is not None else body.get("value", quote)
        if not body["category"]:
            raise RedlineError("a marking needs --category")
        typed = args.value is not None or args.category is not None
        if typed and body["category"] == "exemption" and str(body["value"] or "").strip():
            [body["value"]] = _known([str(body["value"])])
    elif kind == "tag":
        if args.tag is not None:
            from app.core.annotating.locate import tag_by_path

            body["tag"], made = tag_by_path(lib, args.tag, author=author, create=True)
            if made:
                print(f"made the tag {args.tag}", file=sys.stderr)
        if "tag" not in body:
            raise RedlineError("a tag annotation needs --tag PATH")
    elif kind == "redaction":
        body["exemptions"] = (
            _codes(args.codes) if args.codes is not None else body.get("exemptions", [])
        )
        if args.note is not None:
            body["note"] = args.note
        if args.leave_visible is not None:
            body.pop(LEAVE_VISIBLE, None)
            if args.leave_visible:
                body[LEAVE_VISIBLE] = True
    else:
        body["text"] = args.note if args.note is not None else body.get("text")
        if body["text"] is None:
            raise RedlineError("a note needs --note TEXT")
    return body


def _record_json(lib: Library, rec: AnnotationRecord) -> dict[str, Any]:
    with lib.reading() as s:
        doc_uuid, doc_id, index = (
            s.connection()
            .exec_driver_sql(
                "SELECT d.uuid, d.id, p.page_index FROM pages p JOIN documents d "
                "ON d.id = p.document_id WHERE p.id = ?",
                (rec.page_id,),
            )
            .one()
        )
    text = rec.text
    return {
        "uuid": rec.uuid,
        "document": doc_uuid,
        "document_id": doc_id,
        "page": index + 1,
        "kind": rec.kind,
        "status": rec.status,
        "body": rec.body,
        "quote": text.quote if text else None,
        "span": [text.start, text.end] if text else None,
        "region": None if rec.region is None else rec.region.__dict__,
        "origin": rec.origin,
        "rule": rec.rule_id,
        "author": rec.author,
        "created": rec.created_at,
        "modified": rec.modified_at,
        "orphaned": rec.orphaned,
        "deleted": rec.deleted,
    }


def _page(lib: Library, ctx: Context, document: str, number: int) -> tuple[DocumentId, PageId]:
    from app.core.annotating.locate import page_id_of

    [doc] = ctx.resolve_documents([document])
    return doc, page_id_of(lib, doc, number)


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.annotating import annotations as A
    from app.core.annotating.locate import find_text

    lib = ctx.library()  # (what is wrong with the request is said before who makes it)
    _, page_id = _page(lib, ctx, args.document, args.page)
    if args.kind in TEXT_KINDS:
        _needs_text(lib, page_id, args)
    anchors: dict[str, Any] = {}
    quote = ""
    took = ""
    if args.quote is not None:
        found = find_text(lib, page_id, args.quote, args.occurrence)
        anchors["text"], quote = found.span, found.quote
        if found.occurrences > 1:  # (which one it took, and how to take another)
            took = (
                f"{args.quote!r} occurs {found.occurrences} times on page {args.page}: "
                f"this is occurrence {args.occurrence} (--occurrence K for another)"
            )
        if args.kind == "redaction":
            if found.region is None:
                raise RedlineError("these words have no boxes on the scan: give --region instead")
            anchors["region"] = found.region
    elif args.region is not None:
        anchors["region"] = _region(args.region)
    author = author_of(args)
    body = _body(lib, args.kind, args, author, {}, quote)
    change = A.create_annotation(lib, page_id, args.kind, body=body, author=author, **anchors)
    _show(lib, args, change.record)
    if took:
        print(f"redline: {took}", file=sys.stderr)
    return 0


def _needs_text(lib: Library, page_id: PageId, args: argparse.Namespace) -> None:
    """A correction of a page no OCR has read yet: what to run first (the service's own
    refusal, "needs a span of the page text", or "give --region instead", said nothing of it)."""
    from app.core.annotating.reading import corrected_reading

    if corrected_reading(lib, page_id).layer_id is not None:
        return
    ocr = f"redline ocr {shlex.quote(args.document)}"
    raise RedlineError(
        f"page {args.page} of {args.document!r} has no text yet, and a {args.kind} needs the "
        f"text it corrects: read the document with OCR first (`{ocr}`); nothing was added"
    )


def _show(lib: Library, args: argparse.Namespace, rec: AnnotationRecord) -> None:
    if getattr(args, "json", False):
        print_json(_record_json(lib, rec))
    else:
        print(rec.uuid)


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.annotating import annotation_listing
    from app.core.annotating import annotations as A

    lib = ctx.library()
    rec = annotation_listing.get_annotation(lib, args.uuid)  # (one that exists, then who)
    author = author_of(args)
    body = _body(lib, rec.kind, args, author, rec.body)
    change = A.update_annotation(lib, args.uuid, author=author, body=body)
    _show(lib, args, change.record)
    return 0


def cmd_delete(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.annotating import annotation_listing
    from app.core.annotating import annotations as A

    lib = ctx.library()
    annotation_listing.get_annotation(lib, args.uuid)  # (one that exists, then who)
    A.delete_annotation(lib, args.uuid, author=author_of(args))
    print(f"deleted {args.uuid}")
    return 0


def cmd_decide(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.annotating import annotation_listing
    from app.core.annotating import annotations as A

    lib = ctx.library()
    for uuid in args.uuids:  # all must exist and be live before any changes (and before who)
        rec = annotation_listing.get_annotation(lib, uuid)
        if rec.deleted:
            raise RedlineError(f"annotation {uuid} is deleted; nothing was changed")
        if args.status == "accepted":
            _check_codes(lib, rec)
            _check_not_marked(lib, rec)
        elif rec.kind == "redaction" and rec.status == "accepted" and not args.withdraw:
            # (the window asks first; here one mistyped uuid published a reviewer's redaction)
            page = _page_numbers(lib, [rec])[rec.page_id]
            raise RedlineError(
                f"annotation {rec.uuid} is an accepted redaction (page {page}): rejected, what "
                "it covers is published; to reject it all the same, add --withdraw; "
                "nothing was changed"
            )
    author = author_of(args)
    for uuid in args.uuids:
        A.set_status(lib, uuid, args.status, author=author)
        print(f"{args.status} {uuid}")
    return 0


def _check_codes(lib: Library, rec: AnnotationRecord) -> None:
    """Accepting holds exemption codes to the vocabulary, as the window's form and "Accept all"
    do (:func:`~app.core.annotating.exemptions.unknown_codes`)."""
    unknown = unknown_codes(rec.kind, rec.body)
    if not unknown:
        return
    page = _page_numbers(lib, [rec])[rec.page_id]
    option = "--codes CODES" if rec.kind == "redaction" else "--value CODE"
    named = ", ".join(str(unknown_code_said(c)) for c in unknown)  # "BG (did you mean B6?)"
    raise RedlineError(
        f"annotation {rec.uuid} ({rec.kind}, page {page}) has exemption codes not in the "
        f"vocabulary: {named}; correct them with `redline annotate edit {rec.uuid} "
        f"{option}` and accept it again; "
        "nothing was changed"
    )


def _check_not_marked(lib: Library, rec: AnnotationRecord) -> None:
    """Accepting a proposal whose words already carry it (a person marked the same SECRET there)
    would mark them twice: refused, as the window refuses it, pointing to the rejection the
    window offers (:mod:`app.core.annotating.already_marked`)."""
    from app.core.annotating.already_marked import already_marked

    found = already_marked(lib, rec.uuid)
    if found is None:
        return
    page = _page_numbers(lib, [rec])[rec.page_id]
    raise RedlineError(
        f"annotation {rec.uuid} ({rec.kind}, page {page}) is already marked, by annotation "
        f"{found.twin.uuid}: {found.said} Accepting it would mark them a second time; reject it "
        f"as redundant with `redline annotate reject {rec.uuid}`; nothing was changed"
    )


def _describe(rec: AnnotationRecord, tags: dict[str, str], tag_uuids: dict[TagId, str]) -> str:
    # (.get: a body read back from a file another program wrote may lack a field)
    if rec.kind == "correction":
        replacement = cast(CorrectionBody, rec.body).get("replacement", "")
        return f"{rec.text.quote if rec.text else ''} -> {replacement}"
    if rec.kind == "tag":
        named = str(cast(TagBody, rec.body).get("tag"))
        return tags.get(tag_uuids.get(rec.tag_id, named) if rec.tag_id else named, named)
    if rec.kind == "marking":
        marking = cast(MarkingBody, rec.body)
        return f"{marking.get('category', '')}: {marking.get('value', '')}"
    if rec.kind == "redaction":
        redaction = cast(RedactionBody, rec.body)
        codes = ", ".join(redaction.get("exemptions", [])) or "no code"
        visible = " (left visible)" if redaction.get(LEAVE_VISIBLE) else ""
        note = redaction.get("note")
        return f"{codes}{visible}{' - ' + note if note else ''}"
    return str(cast(NoteBody, rec.body).get("text", ""))


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.annotating import annotation_listing
    from app.core.annotating.locate import tag_paths

    lib = ctx.library(read_only=True)
    doc: DocumentId | None = None
    page: PageId | None = None
    if args.document is not None:
        doc, page = _page(lib, ctx, args.document, args.page or 1)
        if args.page is None:
            page = None  # the whole document
    elif args.page is not None:
        raise RedlineError("--page needs a document (DOC)")
    where = AnnotationFilter(
        page_id=page,
        document_id=doc if page is None else None,
        kind=args.kind,
        status=args.status,
    )
    records = annotation_listing.list_annotations(lib, where)
    if args.json:
        print_json([_record_json(lib, r) for r in records])
        return 0
    tags = tag_paths(lib)
    tag_uuids = _tag_uuids(lib)
    numbers = _page_numbers(lib, records)
    for r in records:
        print(
            f"{r.uuid}  page {numbers[r.page_id]:<3} {r.kind:<10} {r.status:<9} "
            f"{_describe(r, tags, tag_uuids)}"
        )
    return 0


def _tag_uuids(lib: Library) -> dict[TagId, str]:
    """Every tag's uuid by its id, deleted tags' too (an annotation may still name one)."""
    with lib.reading() as s:
        rows = s.connection().exec_driver_sql("SELECT id, uuid FROM tags").all()
    return {TagId(int(i)): str(u) for i, u in rows}


def _page_numbers(lib: Library, records: list[AnnotationRecord]) -> dict[PageId, int]:
    """Page id → page number (from 1) for the pages of ``records``."""
    wanted = sorted({r.page_id for r in records})
    found: dict[PageId, int] = {}
    with lib.reading() as s:
        conn = s.connection()
        for i in range(0, len(wanted), 500):
            chunk = tuple(wanted[i : i + 500])
            sql = f"SELECT id, page_index FROM pages WHERE id IN ({','.join('?' * len(chunk))})"
            rows = conn.exec_driver_sql(sql, chunk)
            found.update({PageId(int(p)): int(n) + 1 for p, n in rows})
    return found


def cmd_review(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.annotating.review import set_page_status
    from app.core.documents.queries import document_summary

    lib = ctx.library()
    doc, page_id = _page(lib, ctx, args.document, args.page)  # (a page that exists, then who)
    author = author_of(args)
    change = set_page_status(lib, page_id, REVIEW_STATUSES[args.status], author=author)
    title = document_summary(lib, doc).title
    print(f"{title} page {args.page}: {change.before.status} -> {change.after.status}")
    return 0
