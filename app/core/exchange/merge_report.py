"""A merge's report in plain words, grouped by document and page: what each annotation is (its
kind and the text it covers, or who made it), what changed, who changed it and when (in the
person's local time), what was kept from here, and what is in conflict. Names, not uuids
(``--json`` has the uuids). The window's import dialog and ``redline import-annotations``
(dry run or not) print the same text.

    Page 2, redaction over 'Johan Artur': codes B6 → B6, B7(C) (B. Colleague, 5 Dec 09:03);
      note kept from here
    Page 3, note by you ('check the date'): deleted by B. Colleague (5 Dec 09:05)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, tzinfo
from itertools import groupby
from typing import Any

from app.core.annotating.revisions import FieldConflict, Value
from app.core.annotating.vocabulary import kind_name
from app.core.exchange.in_turns import sorted_in_turns
from app.core.exchange.merge_outcome import FieldChange, MergeReport, Outcome
from app.core.wording import CONTEXT, Joined, Message, Text, joined, said, translate

PER_PAGE = 15  # lines a page lists before "and N more"
FIELDS = {
    "body.exemptions": "codes", "body.note": "note", "body.text": "text",
    "body.replacement": "reading", "body.category": "category", "body.value": "value",
    "body.tag": "tag", "body.leave_visible": "left visible in publications",
    "body.share": "share blacked out", "status": "status", "region": "box", "text": "anchor",
    "kind": "kind", "orphaned": "anchor lost", "origin": "origin", "author": "author",
    "created": "creation time", "deleted": "deleted", "name": "name", "colour": "colour",
    "parent": "parent", "description": "description", "review": "review",
}  # fmt: skip
HINT = translate(
    "Redline",
    "Conflicts stay until someone decides them: Edit › Conflicts… in the window, or "
    "`redline conflicts` and `redline resolve ID --take here|there`.",
)


MONTHS = (  # a date's month, as the report abbreviates it
    translate("Redline", "Jan"), translate("Redline", "Feb"), translate("Redline", "Mar"),
    translate("Redline", "Apr"), translate("Redline", "May", "month"),
    translate("Redline", "Jun"), translate("Redline", "Jul"), translate("Redline", "Aug"),
    translate("Redline", "Sep"), translate("Redline", "Oct"), translate("Redline", "Nov"),
    translate("Redline", "Dec"),
)  # fmt: skip


def word(text: str) -> Message:
    """A word the window marks for translation elsewhere (a kind, a field's name, a status:
    ``app.ui.base.language.CORE_WORDS`` and the kinds' nouns), as a message."""
    return Message(CONTEXT, text)


class Words:
    """How one report says things: who "you" are, local time, tag names. Each phrase is a
    message (English as ``str``; the window shows it in its language)."""

    def __init__(
        self,
        you: str,
        tz: tzinfo | None = None,
        now: datetime | None = None,
        tags: dict[str, str] | None = None,
        source: Text = "",
        made_here: bool = False,
    ) -> None:
        self.you, self.tz, self.tags = you, tz, tags or {}
        self.now = (now or datetime.now(UTC)).astimezone(tz)
        # the file the set came from, what its new tags say in place of an author (a set names
        # none); ``made_here``: W3C tags, made by the import itself (no time of their own)
        self.source = source or translate("Redline", "the set")
        self.made_here = made_here

    def who(self, name: str) -> Text:
        if not name:
            return translate("Redline", "someone")
        return translate("Redline", "you") if self.you and name == self.you else name

    def by_whom(self, name: str) -> Message:
        """``by you``, ``by B. Colleague``: after a kind or an action."""
        if not name:
            return translate("Redline", "by someone")
        if self.you and name == self.you:
            return translate("Redline", "by you")
        return translate("Redline", "by {name}").format(name=name)

    def when(self, at: str) -> Text:
        """A UTC timestamp in the person's local time: ``5 Dec 09:03`` (with the year when it
        is not this one)."""
        if not at:
            return translate("Redline", "at an unknown time")
        moment = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(self.tz)
        year = "" if moment.year == self.now.year else f" {moment.year}"
        return translate("Redline", "{day} {month}{year} {time}").format(
            day=moment.day, month=MONTHS[moment.month - 1], year=year, time=f"{moment:%H:%M}"
        )

    def by(self, name: str, at: str) -> Message:
        return translate("Redline", "({who}, {when})").format(
            who=self.who(name), when=self.when(at)
        )

    def value(self, field: str, value: Any) -> Text:
        """A field's value as a person reads it."""
        if value is None or value == [] or value == "":
            return translate("Redline", "none")
        if field in ("body.tag", "parent") and isinstance(value, str):
            if value not in self.tags:
                return translate("Redline", "'a tag not here'")
            return _quoted(self.tags[value])
        if field == "body.exemptions" and isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if field == "region" and isinstance(value, dict):
            return translate("Redline", "{w:g}×{h:g} pt at {x:g},{y:g}").format(
                w=value["w"], h=value["h"], x=value["x"], y=value["y"]
            )
        if field == "text" and isinstance(value, dict):
            return translate("Redline", "'{quote}' (characters {start}-{end})").format(
                quote=_short(value["quote"]), start=value["start"], end=value["end"]
            )
        if field in ("status", "review"):
            return word(str(value).replace("_", " "))
        if isinstance(value, bool):
            return translate("Redline", "yes") if value else translate("Redline", "no")
        if isinstance(value, str):
            return _quoted(_short(value))
        return _short(str(value))


def _quoted(text: str) -> Message:
    return translate("Redline", "'{text}'").format(text=text)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label(field: str) -> Message:
    return word(FIELDS.get(field, field.removeprefix("body.")))


def _join(names: Sequence[Text]) -> Text:
    if len(names) == 1:
        return names[0]
    return translate("Redline", "{first} and {last}").format(
        first=joined(", ", names[:-1]), last=names[-1]
    )


def _what(o: Outcome, w: Words) -> Text:
    """An annotation as a person finds it: ``redaction over 'Johan Artur' with codes B6``,
    ``note by you``, ``redaction proposed by the detector with codes (b)(3)``."""
    return _with_codes(_named(o, w), o)


def _named(o: Outcome, w: Words) -> Text:
    kind: Text = kind_name(o.kind) if o.kind else translate("Redline", "annotation")
    if o.tag:  # tag 'places'
        kind = translate("Redline", "{kind} {name}").format(
            kind=kind, name=w.value("body.tag", o.tag)
        )
    if o.label:
        if o.kind == "correction":
            return translate("Redline", "{kind} of '{label}'").format(
                kind=kind, label=_short(o.label)
            )
        return translate("Redline", "{kind} over '{label}'").format(
            kind=kind, label=_short(o.label)
        )
    what: Text = kind  # added: what happened says who made it
    if o.action == "added":
        pass
    elif o.origin == "detector":  # its author is the detector's technical name
        what = translate("Redline", "{kind} proposed by the detector").format(kind=kind)
    else:
        what = translate("Redline", "{kind} {by}").format(kind=kind, by=w.by_whom(o.author))
    if not o.text:
        return what
    return translate("Redline", "{what} ({text})").format(what=what, text=_quoted(_short(o.text)))


def _with_codes(what: Text, o: Outcome) -> Text:
    """A redaction's exemption codes after its name, unless the line says how they changed."""
    said = {c.field for c in o.taken} | {c.field for c in o.conflicts}
    if o.codes is None or "body.exemptions" in said:
        return what
    if not o.codes:
        return translate("Redline", "{what} with no exemption code").format(what=what)
    return translate("Redline", "{what} with codes {codes}").format(
        what=what, codes=", ".join(o.codes)
    )


def _added(o: Outcome, w: Words) -> Text:
    """Who made an annotation or tag the set brought, and when; a tag's file, as the set names
    no author for its tags; a detector's proposal as one, and who decided it there."""
    if o.entity == "tag":
        if w.made_here:
            return translate("Redline", "added from {file}").format(file=w.source)
        added = translate("Redline", "added from {file} (made {when})").format(
            file=w.source, when=w.when(o.at)
        )
        if not o.then_by:
            return added
        return translate("Redline", "{added}, last changed by {who} ({when})").format(
            added=added, who=w.who(o.then_by), when=w.when(o.then_at)
        )
    if o.origin == "detector":
        proposed = translate("Redline", "proposed by the detector ({when})").format(
            when=w.when(o.at)
        )
        if o.status == "proposed":
            return proposed
        if not o.then_by:
            return translate("Redline", "{proposed}, then {status}").format(
                proposed=proposed, status=word(o.status)
            )
        return translate("Redline", "{proposed}, {status} {by} ({when})").format(
            proposed=proposed, status=word(o.status), by=w.by_whom(o.then_by),
            when=w.when(o.then_at),
        )  # fmt: skip
    if o.text and o.kind == "correction" and o.label:
        return translate("Redline", "added {by} ({when}), reads {text}").format(
            by=w.by_whom(o.by), when=w.when(o.at), text=w.value("body.text", o.text)
        )
    return translate("Redline", "added {by} ({when})").format(by=w.by_whom(o.by), when=w.when(o.at))


def _taken(c: FieldChange, w: Words) -> Message:
    if c.field == "deleted":
        done = (
            translate("Redline", "deleted {by} ({when})")
            if c.after
            else translate("Redline", "restored {by} ({when})")
        )
        return done.format(by=w.by_whom(c.by), when=w.when(c.at))
    before, after = w.value(c.field, c.before), w.value(c.field, c.after)
    change = translate("Redline", "{before} → {after} {by}").format(
        before=before, after=after, by=w.by(c.by, c.at)
    )
    if c.field == "review":  # "Page 2 review: ..."
        return change
    return translate("Redline", "{field} {change}").format(field=_label(c.field), change=change)


def _other(field: str, v: Value, w: Words) -> Message:
    return translate("Redline", "{value} {by}").format(
        value=w.value(field, v.value), by=w.by(v.by, v.at)
    )


def _conflict(c: FieldConflict, w: Words) -> Message:
    if c.field == "deleted":
        deleted = [v for v in (c.here, *c.there) if v.value]
        kept = [v for v in (c.here, *c.there) if not v.value]
        gone = deleted[0] if deleted else c.here
        changed = kept[0] if kept else c.here
        said = (
            translate(
                "Redline",
                "in conflict: deleted here {gone_by} ({gone_at}), but changed there "
                "{changed_by} ({changed_at}) since",
            )
            if c.here.value
            else translate(
                "Redline",
                "in conflict: deleted there {gone_by} ({gone_at}), but changed here "
                "{changed_by} ({changed_at}) since",
            )
        )
        return said.format(
            gone_by=w.by_whom(gone.by), gone_at=w.when(gone.at),
            changed_by=w.by_whom(changed.by), changed_at=w.when(changed.at),
        )  # fmt: skip
    there = joined(translate("Redline", "; there "), [_other(c.field, v, w) for v in c.there])
    return translate("Redline", "{field} in conflict: here {here}, there {there}").format(
        field=_label(c.field), here=_other(c.field, c.here, w), there=there
    )


def _changes(o: Outcome, w: Words) -> Text:
    """What happened to one annotation, tag or page, after its name."""
    if o.action == "added":
        return _added(o, w)
    if o.action == "tombstone":
        return translate("Redline", "deleted there before it ever came here (kept as deleted)")
    if o.action in ("replaced", "kept"):
        return _v1(o, w)
    parts: list[Text] = [_taken(c, w) for c in o.taken if c.field == "deleted"]
    parts += [_taken(c, w) for c in o.taken if c.field != "deleted"]
    if o.kept:
        parts.append(
            translate("Redline", "{fields} kept from here").format(
                fields=_join([_label(f) for f in o.kept])
            )
        )
    parts += [_conflict(c, w) for c in o.conflicts]
    if o.action == "settled" and not parts:
        parts.append(translate("Redline", "its conflict was decided there"))
    return joined(translate("Redline", "; "), parts)


def _v1(o: Outcome, w: Words) -> Message:
    if o.action == "kept":
        return translate(
            "Redline", "kept from here: changed on both sides, and this library's version is later"
        )
    fields = (
        _join([_label(c.field) for c in o.taken]) if o.taken else translate("Redline", "nothing")
    )
    return translate(
        "Redline",
        "replaced by the file's version {by}, the later one ({fields} changed); changed on both "
        "sides, and a version 1 file does not say which change came first",
    ).format(by=w.by(o.by, o.at), fields=fields)


def _page_line(o: Outcome, w: Words) -> Message:
    page = (o.page or 0) + 1
    if o.entity == "page":
        return translate("Redline", "  Page {page} review: {changes}").format(
            page=page, changes=_changes(o, w)
        )
    return translate("Redline", "  Page {page}, {what}: {changes}").format(
        page=page, what=_what(o, w), changes=_changes(o, w)
    )


def _document_lines(outcomes: Iterable[Outcome], w: Words) -> list[Text]:
    """A document's lines, page by page; lines that say the same (the detector's four proposals
    over '3.5(c)' on one page) once, with how many."""
    lines: list[Text] = []
    for page, group in groupby(outcomes, key=lambda o: (o.page or 0) + 1):
        said: list[tuple[Message, int]] = []
        more = 0  # the outcomes after the lines shown: counted, not worded (a page may hold 5,000)
        for o in group:
            if more:
                more += 1
                continue
            line = _page_line(o, w)
            if said and said[-1][0] == line:
                said[-1] = (line, said[-1][1] + 1)
            elif len(said) < PER_PAGE:
                said.append((line, 1))
            else:
                more = 1
        for shown, n in said:
            lines.append(shown if n == 1 else _times(shown, n))
        if more:
            lines.append(
                translate("Redline", "  Page {page}: and {more} more").format(page=page, more=more)
            )
    return lines


def _times(line: Text, n: int) -> Message:
    return translate("Redline", "{line} (×{n})").format(line=line, n=n)


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
                "W3C annotations carry no history, so where an annotation changed on both sides"
                " the later version was kept whole.",
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
        lines += _document_lines(_page_by_page(report.outcomes, pages, keys), w)
    tags = [report.outcomes[i] for i in tagged]
    if tags:
        lines += ["", translate("Redline", "Tags")]
        lines += [
            translate("Redline", "  Tag '{name}': {changes}").format(
                name=_short(o.label), changes=_changes(o, w)
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
