"""A deletion in conflict, in words: what the side that kept the annotation changed that the
deletion never saw, a line a field (old → new, who, when), as the merge's report says a change.
Edit › Conflicts… shows the lines beside "Deleted: no" (what taking that side brings back) and
``redline conflicts`` prints them under the conflict: the same messages, in the window's
language there and in English on the command line.
"""

from __future__ import annotations

from app.core.annotating.conflicts import Conflict
from app.core.annotating.unseen_changes import Changed
from app.core.exchange.merge_words import Words, label
from app.core.wording import Message, Text, translate


def deleted_here(c: Conflict) -> bool:
    """Whether this library's side of ``c`` is the deletion."""
    return any(f.field == "deleted" and bool(f.here.value) for f in c.fields)


def unseen_heading(c: Conflict) -> Message:
    if deleted_here(c):
        return translate("Redline", "Changed there, unseen by the deletion here:")
    return translate("Redline", "Changed here, unseen by the deletion there:")


def change_line(ch: Changed, w: Words) -> Message:
    """``value: 'NOFORN' → 'ORCON' (B. Colleague, 5 Dec 09:03)``; without the old value when
    no record of it is held."""
    after, who, when = w.value(ch.field, ch.after), w.who(ch.by), w.when(ch.at)
    if not ch.before_known:
        return translate("Redline", "{field}: {after} ({who}, {when})").format(
            field=label(ch.field), after=after, who=who, when=when
        )
    return translate("Redline", "{field}: {before} → {after} ({who}, {when})").format(
        field=label(ch.field), before=w.value(ch.field, ch.before), after=after, who=who,
        when=when,
    )  # fmt: skip


def change_lines(c: Conflict, w: Words) -> list[Text]:
    """The heading and a line a field changed unseen by the deletion; none when ``c`` is no
    deletion in conflict (or the other side changed nothing it did not see)."""
    if not c.changed:
        return []
    return [unseen_heading(c), *(change_line(ch, w) for ch in c.changed)]
