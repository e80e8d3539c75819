"""Stamps and E.O. codes that OCR read with another column's words inside them (made-up lines of
the shapes the reading room's OCR gives), and the prose of the same shapes that stays prose."""

from __future__ import annotations

import pytest

from app.core.detection.authority import authority_lines
from app.core.detection.markings import detect_markings


def found(text: str, category: str) -> list[str]:
    return [d.value for d in detect_markings(text) if d.category == category]


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        # the stamp beside the end of a subject line, a release stamp or a code near it
        (
            "EXDIS DECAPTIONED SUBJECT: TALKS ON WATER RELEASE IN RIGHTS OF THE BASIN PART "
            "REF: STATE 1234",
            "RELEASE IN PART",
        ),
        ("B6 RELEASE IN AMBASSADOR GREY FULL TO: THE SECRETARY", "RELEASE IN FULL"),
        ("DENY IN MINISTER'S REPLY FULL B1,1.4(B)", "DENY IN FULL"),
        ("1.4(D) RELEASE IN\tSTATE CABLE LET'S WAIT\tPART SUMMARY: FOLLOWS", "RELEASE IN PART"),
    ],
)
def test_a_stamp_read_across_another_column(text: str, stamp: str) -> None:
    hits = [d for d in detect_markings(text) if d.category == "release" and d.value == stamp]
    assert len(hits) == 1
    assert hits[0].text.startswith(stamp.rsplit(" ", 1)[0]) and hits[0].rule_id.endswith(
        "-interleaved"
    )


@pytest.mark.parametrize(
    "text",
    [
        # nothing vouches for a stamp: a line of a cable, however it reads
        "SUBJECT: TALKS ON WATER RELEASE IN RIGHTS OF THE BASIN PART REF: STATE 1234",
        # prose beside a stamp: the last word is an object ("THE FULL", "FOR PART", "PART OF")
        "DECLASSIFIED THEY URGED THE RELEASE IN THE FULL GLARE OF PUBLICITY",
        "DECLASSIFIED PRISONER RELEASE IN EXCHANGE FOR PART OF THE DEBT",
        "DECLASSIFIED THE RELEASE IN GENEVA PART OF THE SETTLEMENT",
        # a clean word is no garbled one: "IN LATE" is not "IN PART", "IN THE FULL" not "IN FULL"
        "HIS RELEASE IN LATE JUNE WAS PART OF THE DEAL",
        "THE RELEASE IN MAY OF THE HOSTAGES",
        "THEY URGED THE RELEASE IN THE FULL GLARE OF PUBLICITY",
        # lower-case words are no other column of a cable; too many words are a sentence
        "DECLASSIFIED RELEASE IN the spring FULL",
        "DECLASSIFIED RELEASE IN ONE TWO THREE FOUR FIVE FULL",
        # a lone first word begins no stamp
        "DECLASSIFIED RELEASE OF THE HOSTAGES IN FULL",
    ],
)
def test_prose_and_lone_lines_are_no_interleaved_stamp(text: str) -> None:
    assert [v for v in found(text, "release") if v != "DECLASSIFIED"] == []


@pytest.mark.parametrize(
    ("garbled", "stamp"),
    [
        ("RELEASE IN FUIL", "RELEASE IN FULL"),
        ("RELEASF IN PAHT", "RELEASE IN PART"),
        ("RELEASED IN PART", "RELEASE IN PART"),
        ("RELEASE IN PA RT", "RELEASE IN PART"),
        ("DENY IN FUL", "DENY IN FULL"),
    ],
)
def test_garbled_stamps_are_still_read(garbled: str, stamp: str) -> None:
    assert found(f"{garbled}\nthe text", "release") == [stamp]


def test_a_whole_stamp_wins_over_an_interleaved_reading_of_its_words() -> None:
    text = "RELEASE IN PART DECAPTIONED FULL TEXT FOLLOWS"
    assert found(text, "release") == ["RELEASE IN PART", "DECAPTIONED"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("REASONS 1.5(B) DECLASSIFIED AND (D).", ["1.5(b)", "1.5(d)"]),
        ("REASON: 1.4(C) EXDIS IMMEDIATE , (D) SUMMARY", ["1.4(c)", "1.4(d)"]),
        ("Reasons 1.4(b) DECAPTIONED and (d) and (g)", ["1.4(b)", "1.4(d)", "1.4(g)"]),
        ("REASONS 1.5 (B) SUBJECT: TALKS & (D)", ["1.5(b)", "1.5(d)"]),
    ],
)
def test_an_eo_code_continued_past_another_column(text: str, codes: list[str]) -> None:
    assert found(text, "exemption") == codes
    continued = [d for d in detect_markings(text) if d.rule_id.endswith("-interleaved")]
    assert continued and all(d.text[:1] in ",&aA" for d in continued)  # from the conjunction
    (reason,) = [a for a in authority_lines(text) if a.field == "REASON"]
    assert reason.value == ", ".join(codes)
    # the other column's stamp is not swallowed by the reason line
    if "DECLASSIFIED" in text:
        assert found(text, "release") == ["DECLASSIFIED"]


@pytest.mark.parametrize(
    "text",
    [
        "REASON 1.4(D) SEE PARAS AND (B) BELOW",  # a letter before the code's: an enumeration
        "REASON 1.4(B) SEE PARAGRAPHS 3 AND (D)",  # a number: a sentence, not a column
        "REASON 1.4(B). THE TALKS AND (D)",  # a stop: the code's sentence ended
        "REASON 1.4(B) THE PLAN OF THE ENVOY AND (D)",  # more than three words
        "REASON 1.4(B) the talks and (d)",  # lower-case prose
    ],
)
def test_enumerations_and_sentences_do_not_continue_a_code(text: str) -> None:
    assert found(text, "exemption") == ["1.4(" + text.split("1.4(")[1][0].lower() + ")"]
