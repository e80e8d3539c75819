"""The notes the detector gives a redaction proposal (what can still be extracted from under the
box), and the stored note read back as messages.

A proposal's note is stored as English sentences joined by "; " (the body travels in exports and
annotation sets as text); :func:`read_note` recognises the detector's sentences in it again, so
that the window shows them in its language, and leaves anything else (a person's own note, or
part of one) as written."""

from __future__ import annotations

import re

from app.core.wording import Message, Text, english, joined, translate

SEPARATOR = "; "

WORDS_UNDER = translate("Redline", "leaky: {n} words of text under the box can be extracted")
IMAGE_UNDER = translate("Redline", "leaky: an image under the box can be extracted")
LAYER_HOLDS = translate("Redline", "leaky: the text layer holds {n} words under the box")


def _pattern(message: Message) -> re.Pattern[str]:
    """The message's English text with each ``{name}`` a number."""
    parts = re.split(r"\{(\w+)\}", english(message))
    return re.compile(
        "".join(re.escape(p) if i % 2 == 0 else rf"(?P<{p}>\d+)" for i, p in enumerate(parts))
    )


_READ = tuple((m, _pattern(m)) for m in (WORDS_UNDER, IMAGE_UNDER, LAYER_HOLDS))


def read_note(note: str) -> Text:
    """A stored note with the detector's sentences as messages (the rest as written)."""
    return joined(SEPARATOR, [_as_message(part) for part in note.split(SEPARATOR)])


def _as_message(part: str) -> Text:
    for message, pattern in _READ:
        match = pattern.fullmatch(part)
        if match:
            return message.format(**{k: int(v) for k, v in match.groupdict().items()})
    return part
