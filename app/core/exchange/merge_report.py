"""A merge's report in plain words, grouped by document and page: what each annotation is (its
kind and the text it covers, or who made it), what changed, who changed it and when (in the
person's local time), what was kept from here, and what is in conflict. Names, not uuids
(``--json`` has the uuids). The window's import dialog and ``redline import-annotations``
(dry run or not) print the same text.

    Page 2, redaction over 'Johan Artur': codes B6 → B6, B7(C) (B. Colleague, 5 Dec 09:03);
      note kept from here
    Page 3, note by you ('check the date'): deleted by B. Colleague (5 Dec 09:05)

Here the report is put together: its headline, each document's lines, the tags, and the lists
at its end; one outcome's line is :mod:`app.core.exchange.merge_lines`', each name, value and
time :mod:`app.core.exchange.merge_words`'.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, tzinfo
from itertools import groupby
from typing import Any

from app.core.exchange.in_turns import sorted_in_turns
from app.core.exchange.merge_lines import changes, document_lines
from app.core.exchange.merge_outcome import MergeReport, Outcome
from app.core.exchange.merge_words import Words, short
from app.core.wording import Joined, Message, Text, joined, said, translate

HINT = translate(
    "Redline",
    "Conflicts stay until someone decides them: Edit › Conflicts… in the window, or "
    "`redline conflicts` and `redline resolve ID --take here|there`.",
)


def _headline(r: MergeReport) -> Message:
    counts = [
        translate("Redline", "%n added").counted(len(r.added)),
        translate("Redline", "%n updated").counted(len(r.updated)),
        translate("Redline", "%n deleted").counted(len(r.deleted)),
        translate("Redline", "%n in conflict, for you to decide").counted(len(r.conflicts)),
        translate("Redline", "%n conflicts decided there").counted(
            len(r.decided), one="%n conflict decided there"
        ),
        translate("Redline", "%n tags added").counted(len(r.tags_added), one="%n tag added"),
        translate("Redline", "%n tags changed").counted(len(r.tags_updated), one="%n tag changed"),
        translate("Redline", "%n tags deleted").counted(len(r.tags_deleted), one="%n tag deleted"),
        translate("Redline", "%n page reviews").counted(r.pages_updated, one="%n page review"),
        translate("Redline", "%n metadata values").counted(
            r.metadata_updated, one="%n metadata value"
        ),
        translate("Redline", "%n annotations not placed").counted(
            len(r.not_placed), one="%n annotation not placed"
        ),
        translate("Redline", "%n with exemption codes not in the vocabulary (see below)").counted(
            len(r.unknown_codes)
        ),
    ]
    said = joined(", ", [c for c in counts if c.n])
    name: Text = r.file or translate("Redline", "the set")
    if not said.parts and r.tombstones_stored:  # (the lines below list them)
        if r.dry_run:
            return (
                translate(
                    "Redline",
                    "{name} would change nothing you see here: it holds %n deletions of what"
                    " this library never had, which would be kept as deleted.",
                )
                .counted(
                    r.tombstones_stored,
                    one="{name} would change nothing you see here: it holds a deletion of what"
                    " this library never had, which would be kept as deleted.",
                )
                .format(name=name)
            )
        return (
            translate(
                "Redline",
                "{name} changed nothing you see here: it held %n deletions of what this library"
                " never had, kept as deleted.",
            )
            .counted(
                r.tombstones_stored,
                one="{name} changed nothing you see here: it held a deletion of what this library"
                " never had, kept as deleted.",
            )
            .format(name=name)
        )
    if not said.parts:
        if r.dry_run:
            return translate("Redline", "{name} would change nothing here.").format(name=name)
        return translate("Redline", "{name} changed nothing here.").format(name=name)
    if not r.unchanged:  # (no "(0 annotations unchanged)")
        if r.dry_run:
            return translate("Redline", "Importing {name} would change: {said}.").format(
                name=name, said=said
            )
        return translate("Redline", "Imported {name}: {said}.").format(name=name, said=said)
    same = translate("Redline", "%n annotations unchanged").counted(
        r.unchanged, one="%n annotation unchanged"
    )
    if r.dry_run:
        verb = translate("Redline", "Importing {name} would change: {said} ({same}).")
    else:
        verb = translate("Redline", "Imported {name}: {said} ({same}).")
    return verb.format(name=name, said=said, same=same)


def describe_message(
    report: MergeReport,
    you: str = "",
    *,
    tz: tzinfo | None = None,
    now: datetime | None = None,
) -> Joined:
    """The report as lines for a person (``you``: the name of the person importing); the
    window shows it in its language, each line a whole sentence."""
    w = Words(you, tz, now, report.tag_names, report.file, made_here=report.w3c)
    lines: list[Text] = [_headline(report)]
    if report.version == 1:
        lines.append(
            translate(
                "Redline",
                "W3C annotations carry no history, so where an annotation differs here and in"
                " the file the later version was kept whole.",
            )
            if report.w3c
            else translate(
                "Redline",
                "This is a version 1 file: it carries no history, so where an annotation changed"
                " on both sides the later version was kept whole.",
            )
        )
    # Which outcomes each page has, read without making them: made and sorted a page at a time
    # (100,000 made at once were as many objects for the window's collector to go through).
    pages: dict[tuple[str, int], list[int]] = {}
    tagged: list[int] = []
    values = report.outcomes.values("entity", "action", "document", "page")
    for i, (entity, action, document, page) in enumerate(values):
        if action == "versions":
            continue
        if entity == "tag":
            tagged.append(i)
        else:
            pages.setdefault((document or "", page or 0), []).append(i)
    for title, keys in groupby(sorted(pages), key=lambda key: key[0]):
        lines += ["", title]
        lines += document_lines(_page_by_page(report.outcomes, pages, keys), w)
    tags = [report.outcomes[i] for i in tagged]
    if tags:
        lines += ["", translate("Redline", "Tags")]
        lines += [
            translate("Redline", "  Tag '{name}': {changes}").format(
                name=short(o.label), changes=changes(o, w)
            )
            for o in tags
        ]
    lines += _footer(report)
    if report.conflicts:
        lines += ["", HINT]
    return joined("\n", lines)


def describe(
    report: MergeReport,
    you: str = "",
    *,
    tz: tzinfo | None = None,
    now: datetime | None = None,
) -> str:
    """The report as lines of English (the command line prints them)."""
    return str(describe_message(report, you, tz=tz, now=now))


def _page_by_page(
    outcomes: Sequence[Outcome], pages: dict[tuple[str, int], list[int]],
    keys: Iterable[tuple[str, int]],
) -> Iterator[Outcome]:  # fmt: skip
    """The outcomes of each page in ``keys`` in turn, in :func:`_order`."""
    for key in keys:
        yield from sorted_in_turns((outcomes[i] for i in pages[key]), _order)


def _order(o: Outcome) -> tuple[Any, ...]:
    """By document and page, the page's review first, then by kind and what it covers."""
    return (o.document or "", o.page or 0, o.entity != "page", o.kind or "", o.label, o.text,
            o.codes or (), o.tag, o.uuid)  # fmt: skip


def _footer(report: MergeReport) -> list[Text]:
    lines: list[Text] = []
    if report.skipped:
        lines += [
            "",
            translate(
                "Redline", "Documents not in this library (their annotations wait until imported):"
            ),
        ]
        lines += [
            translate("Redline", "  {title} ({n} annotations)").format(
                title=s.title, n=s.annotations
            )
            for s in report.skipped
        ]
    if report.not_placed:
        lines += [
            "",
            translate("Redline", "Annotations with no place in this library (not imported):"),
        ]
        lines += [joined("", ("  ", said(reason) or reason)) for reason in report.not_placed[:50]]
        if len(report.not_placed) > 50:
            lines.append(
                translate("Redline", "  … and {n} more").format(n=len(report.not_placed) - 50)
            )
    if report.unknown_codes:
        lines += [
            "",
            translate(
                "Redline",
                "Exemption codes not in this library's vocabulary (kept as written; correct them, "
                "Edit › Edit chosen annotation…, before accepting or publishing):",
            ),
        ]
        lines += [
            translate("Redline", "  {document}, page {page}: {codes}").format(
                document=u.document, page=u.page, codes=", ".join(u.codes)
            )
            for u in report.unknown_codes[:50]
        ]
        if len(report.unknown_codes) > 50:
            lines.append(
                translate("Redline", "  … and {n} more").format(n=len(report.unknown_codes) - 50)
            )
    if report.quote_mismatches:
        n = len(report.quote_mismatches)
        lines += [
            "",
            translate(
                "Redline",
                "%n annotations quote other text than this library's page text (different OCR?).",
            ).counted(
                n,
                one="%n annotation quotes other text than this library's page text"
                " (different OCR?).",
            ),
        ]
    if report.backup:
        lines += [
            "",
            translate("Redline", "Before the import the library was copied to {path}.").format(
                path=report.backup
            ),
            translate("Redline", "To undo the import: redline restore {path}").format(
                path=report.backup
            ),
        ]
    return lines
