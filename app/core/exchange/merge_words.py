"""How a merge's report says one thing: a field's name, a value as a person reads it, who (you,
a colleague, someone) and when (in the person's local time, with the year when it is not this
one). Each phrase is a message, so the window shows it in its language. The conflicts dialog and
``redline conflicts`` say a field and its values the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any

from app.core.wording import CONTEXT, Message, Text, joined, translate

FIELDS = {
    "body.exemptions": "codes", "body.note": "note", "body.text": "text",
    "body.replacement": "reading", "body.category": "category", "body.value": "value",
    "body.tag": "tag", "body.leave_visible": "left visible in publications",
    "body.share": "share blacked out", "status": "status", "region": "box", "text": "anchor",
    "kind": "kind", "orphaned": "anchor lost", "origin": "origin", "author": "author",
    "created": "creation time", "deleted": "deleted", "name": "name", "colour": "colour",
    "parent": "parent", "description": "description", "review": "review",
}  # fmt: skip


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
            return quoted(self.tags[value])
        if field == "body.exemptions" and isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if field == "region" and isinstance(value, dict):
            return translate("Redline", "{w:g}×{h:g} pt at {x:g},{y:g}").format(
                w=value["w"], h=value["h"], x=value["x"], y=value["y"]
            )
        if field == "text" and isinstance(value, dict):
            return translate("Redline", "'{quote}' (characters {start}-{end})").format(
                quote=short(value["quote"]), start=value["start"], end=value["end"]
            )
        if field in ("status", "review"):
            return word(str(value).replace("_", " "))
        if isinstance(value, bool):
            return translate("Redline", "yes") if value else translate("Redline", "no")
        if isinstance(value, str):
            return quoted(short(value))
        return short(str(value))


def quoted(text: str) -> Message:
    return translate("Redline", "'{text}'").format(text=text)


def short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def label(field: str) -> Message:
    return word(FIELDS.get(field, field.removeprefix("body.")))


def join(names: Sequence[Text]) -> Text:
    if len(names) == 1:
        return names[0]
    return translate("Redline", "{first} and {last}").format(
        first=joined(", ", names[:-1]), last=names[-1]
    )
