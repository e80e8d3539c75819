"""A merge's outcomes as the lines of its report: one annotation, tag or page review a line
(what it is: its kind and the text it covers, or who made it; then what changed, who changed it
and when, what was kept from here, what is in conflict), and a document's lines page by page,
lines that say the same said once with how many, and at most :data:`PER_PAGE` lines a page.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from app.core.annotating.revisions import FieldConflict, Value
from app.core.annotating.vocabulary import kind_name
from app.core.exchange.merge_outcome import FieldChange, Outcome
from app.core.exchange.merge_words import Words, join, label, quoted, short, word
from app.core.wording import Message, Text, joined, translate

PER_PAGE = 15  # lines a page lists before "and N more"


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
                kind=kind, label=short(o.label)
            )
        return translate("Redline", "{kind} over '{label}'").format(kind=kind, label=short(o.label))
    what: Text = kind  # added: what happened says who made it
    if o.action == "added":
        pass
    elif o.origin == "detector":  # its author is the detector's technical name
        what = translate("Redline", "{kind} proposed by the detector").format(kind=kind)
    else:
        what = translate("Redline", "{kind} {by}").format(kind=kind, by=w.by_whom(o.author))
    if not o.text:
        return what
    return translate("Redline", "{what} ({text})").format(what=what, text=quoted(short(o.text)))


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
    return translate("Redline", "{field} {change}").format(field=label(c.field), change=change)


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
        field=label(c.field), here=_other(c.field, c.here, w), there=there
    )


def changes(o: Outcome, w: Words) -> Text:
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
                fields=join([label(f) for f in o.kept])
            )
        )
    parts += [_conflict(c, w) for c in o.conflicts]
    if o.action == "settled" and not parts:
        parts.append(translate("Redline", "its conflict was decided there"))
    return joined(translate("Redline", "; "), parts)


def _v1(o: Outcome, w: Words) -> Message:
    if o.action == "kept":  # (it said "changed on both sides" of what only this side changed:
        # the OCR of a page re-anchors its annotations, and the same file imported again)
        if not o.kept:
            return translate("Redline", "kept from here: this library's version is the later one")
        return translate(
            "Redline",
            "kept from here where it differs from the file's ({fields}): this library's "
            "version is the later one",
        ).format(fields=join([label(f) for f in o.kept]))
    fields = join([label(c.field) for c in o.taken]) if o.taken else translate("Redline", "nothing")
    return translate(
        "Redline",
        "replaced by the file's version {by}, the later one ({fields} changed); changed on both "
        "sides, and a version 1 file does not say which change came first",
    ).format(by=w.by(o.by, o.at), fields=fields)


def _page_line(o: Outcome, w: Words) -> Message:
    page = (o.page or 0) + 1
    if o.entity == "page":
        return translate("Redline", "  Page {page} review: {changes}").format(
            page=page, changes=changes(o, w)
        )
    return translate("Redline", "  Page {page}, {what}: {changes}").format(
        page=page, what=_what(o, w), changes=changes(o, w)
    )


def document_lines(outcomes: Iterable[Outcome], w: Words) -> list[Text]:
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
