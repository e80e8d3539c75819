"""A redaction proposal's stored note (English, as exports carry it) read back as messages: the
detector's sentences are recognised, a person's words are kept as written."""

from __future__ import annotations

from app.core.detection.redaction_notes import (
    IMAGE_UNDER,
    LAYER_HOLDS,
    SEPARATOR,
    WORDS_UNDER,
    read_note,
)
from app.core.wording import Joined, Message, english


def test_the_detectors_sentences_come_back_as_messages_and_the_rest_as_written() -> None:
    said = [WORDS_UNDER.format(n=5), IMAGE_UNDER, LAYER_HOLDS.format(n=12)]
    stored = SEPARATOR.join(map(str, said))  # as detection stores it
    read = read_note(stored + "; checked by Ada")
    assert isinstance(read, Joined) and str(read) == stored + "; checked by Ada"
    messages = [p for p in read.parts if isinstance(p, Message)]
    assert [(m.text, m.args) for m in messages] == [
        (WORDS_UNDER.text, {"n": 5}),
        (IMAGE_UNDER.text, {}),
        (LAYER_HOLDS.text, {"n": 12}),
    ]
    assert read.parts[-1] == "checked by Ada"
    assert english(WORDS_UNDER) in stored.replace("5", "{n}")


def test_a_note_that_only_looks_like_one_is_kept() -> None:
    read = read_note("leaky: many words of text under the box can be extracted")
    assert isinstance(read, Joined) and not any(isinstance(p, Message) for p in read.parts)
