"""The text-side marking detector: clean and OCR-garbled forms, and prose that stays prose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.detection.marking_confidence import WordBox
from app.core.detection.markings import Detection, detect_markings, highest_classification
from app.core.detection.rules import RULES_PATH, load_rules


def found(text: str, category: str | None = None) -> list[tuple[str, str]]:
    return [
        (d.category, d.value)
        for d in detect_markings(text)
        if category is None or d.category == category
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("TOP SECRET", "TOP SECRET"),
        ("SECRET", "SECRET"),
        ("CONFIDENTIAL", "CONFIDENTIAL"),
        ("UNCLASSIFIED", "UNCLASSIFIED"),
        ("LIMITED OFFICIAL USE", "LIMITED OFFICIAL USE"),
        ("FOR OFFICIAL USE ONLY", "FOR OFFICIAL USE ONLY"),
        ("SENSITIVE BUT UNCLASSIFIED", "SBU"),
        ("CUI", "CUI"),
        ("S E C R E T", "SECRET"),
        ("T O P  S E C R E T", "TOP SECRET"),
        ("TOP-SECRET", "TOP SECRET"),  # joined as some stamps print it, or OCR reads a gap
        ("TOP. SECRET", "TOP SECRET"),
    ],
)
def test_classification_levels_in_clean_text(text: str, value: str) -> None:
    assert found(f"{text}\nThe memo follows.", "classification") == [("classification", value)]


@pytest.mark.parametrize("garbled", ["SEeRB'f", "SE0RE'f", "S CRE'f", "S ECRE' P", "SEGRET"])
def test_garbled_secret_is_read_as_secret(garbled: str) -> None:
    text = f"the loss of their status as a superpower {garbled} - 2 - and spin Yeltsin"
    hits = [d for d in detect_markings(text) if d.category == "classification"]
    assert [(d.value, d.text) for d in hits] == [("SECRET", garbled)]
    assert 0.5 <= hits[0].confidence < 0.97  # fuzzy readings are less sure than exact ones


@pytest.mark.parametrize(
    "prose",
    [
        "The Secretary met the Minister.",
        "SECRETARY OF STATE",
        "He was a confidential source of the Bureau.",
        "They kept the plan secret and unclassified notes apart.",
        "The Under Secretary of State for Economic Affairs",
        "SECRETARIAT",
    ],
)
def test_prose_is_not_a_marking(prose: str) -> None:
    assert found(prose, "classification") == []


def test_exact_text_and_offsets_are_code_points() -> None:
    text = "Zürich — «TOP SECRET» memo"
    (d,) = detect_markings(text)
    assert text[d.start : d.end] == d.text == "TOP SECRET"
    assert d.rule_id == "classification.top-secret"


def test_banner_syntax_gives_level_and_control() -> None:
    assert found("SECRET//NOFORN\nbody text here") == [
        ("classification", "SECRET"),
        ("control", "NOFORN"),
    ]


def test_control_markings() -> None:
    text = "SECRET - EYES ONLY\nNODIS\nREL TO USA, GBR\nORCON EXDIS LIMDIS STADIS"
    values = [v for c, v in found(text, "control")]
    assert values == ["EYES ONLY", "NODIS", "REL TO USA, GBR", "ORCON", "EXDIS", "LIMDIS", "STADIS"]


def test_portion_marks_start_paragraphs_but_enumerations_do_not_count() -> None:
    text = "(S) The plan is ready.\n(S//NF) Details follow.\nSee items (A), (B) and (C) below."
    assert found(text, "portion") == [("portion", "(S)"), ("portion", "(S//NF)")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("(b)(1)", "B1"),
        ("(b) (6)", "B6"),
        ("(b)(7)(C)", "B7(C)"),
        ("withheld B6 and", "B6"),
        ("1.4(d)", "1.4(d)"),
        ("1.5 (c)", "1.5(c)"),
        ("3.3(h)(2)", "3.3(h)(2)"),
        ("3.5(c)", "3.5(c)"),
        ("s.5(¢)", "3.5(c)"),
        ("3.5 c)", "3.5(c)"),
        ("postponed under 6(1)(b)", "6(1)(b)"),
    ],
)
def test_exemption_codes(text: str, value: str) -> None:
    assert ("exemption", value) in found(text)


def test_release_stamps_and_review_lines() -> None:
    text = (
        "RELEASE IN PART\nDENY IN FULL\nApproved for Release: 2019/03/14 C03175207\n"
        "ALL INFORMATION CONTAINED HEREIN IS UNCLASSIFIED\n"
        "CIA HAS NO OBJECTION TO DECLASSIFICATION\n"
        "Released under the John F. Kennedy Assassination Records Collection Act of 1992"
    )
    assert found(text, "release") == [
        ("release", "RELEASE IN PART"),
        ("release", "DENY IN FULL"),
        ("release", "APPROVED FOR RELEASE 2019/03/14"),
        ("release", "ALL INFORMATION CONTAINED HEREIN IS UNCLASSIFIED"),
        ("release", "CIA HAS NO OBJECTION TO DECLASSIFICATION"),
        ("release", "JFK ACT RELEASE"),
    ]
    # The stamp's UNCLASSIFIED is part of the stamp, not the document's classification.
    assert found(text, "classification") == []


def test_declassification_lines() -> None:
    text = (
        "Classified By: J. Smith\nDerived From: Multiple Sources\nReason: 1.4(b)\n"
        "Declassify On: 20301231\nE.O. 12958: DECL: 01/12/2004\n"
        "Declassification Authority: Geoffrey W Chapman"
    )
    values = [v for c, v in found(text, "declassification")]
    assert values == [
        "CLASSIFIED BY: J. Smith",
        "DERIVED FROM: Multiple Sources",
        "REASON: 1.4(b)",
        "DECLASSIFY ON: 2030-12-31",
        "DECLASSIFY ON: 2004-01-12",
        "DECLASSIFICATION AUTHORITY: Geoffrey W Chapman",
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Case No F-2017-13804 Doc", "F-2017-13804"),
        ("Case FL-2019-00123", "F-2019-00123"),  # FL (the litigation stamp) is case F
        ("fl-2017-13804 10-10-23", "F-2017-13804"),
        ('B-00002119964 "UNCLASSIFIED"', "B-00002119964"),
        ("Doc No C06689721 Date", "C06689721"),
        ("CO 6 68 97 21 FIED", "C06689721"),
        ("record 104-10001-10034 ", "104-10001-10034"),
        ("Case#:NW 65924 Date", "NW 65924"),
        ("DocId: 32356928", "DocId 32356928"),
    ],
)
def test_identifiers(text: str, value: str) -> None:
    assert ("identifier", value) in found(text)


def test_phone_numbers_and_years_are_not_identifiers() -> None:
    assert found("Call (232)-720-8888 in 1994-1995 or 2014-0CIO-00651", "identifier") == []


def _boxes(text: str, y_of: dict[str, float]) -> list[WordBox]:
    out, pos = [], 0
    for w in text.split(" "):
        y = y_of.get(w, 400.0)
        out.append(WordBox(pos, pos + len(w), 280.0, y, 280.0 + 8 * len(w), y + 12))
        pos += len(w) + 1
    return out


def test_banner_position_raises_confidence_of_a_garbled_level() -> None:
    text = "SE0RE'f the text of the memo"
    top = detect_markings(text, words=_boxes(text, {"SE0RE'f": 20.0}), page_size=(612, 792))
    body = detect_markings(text, words=_boxes(text, {}), page_size=(612, 792))
    assert top[0].value == "SECRET"
    assert not body or top[0].confidence > body[0].confidence


def test_highest_classification() -> None:
    ds = detect_markings("UNCLASSIFIED\nCONFIDENTIAL\nSECRET text\nUNCLASSIFIED")
    top = highest_classification(ds)
    assert top is not None and top.value == "SECRET" and top.text == "SECRET"
    assert highest_classification([]) is None


def test_a_new_marking_is_an_edit_of_the_rules_file(tmp_path: Path) -> None:
    data = json.loads(RULES_PATH.read_text(encoding="utf-8"))
    data["rules"].append(
        {"id": "control.wnintel", "category": "control", "phrase": "WNINTEL", "fuzzy": True}
    )
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    rules = load_rules(path)
    hits = detect_markings("SECRET WNINTEL\nbody", rules=rules)
    assert ("control", "WNINTEL") in [(d.category, d.value) for d in hits]
    assert all(isinstance(d, Detection) for d in hits)


@pytest.mark.parametrize(
    ("struck", "value"), [("T~CRET", "TOP SECRET"), ("CON~IAL", "CONFIDENTIAL")]
)
def test_struck_banner_read_through_its_gap(struck: str, value: str) -> None:
    (d,) = detect_markings(f"{struck}\nthe text of the bulletin")
    assert (d.value, d.text) == (value, struck) and d.confidence < 0.9


@pytest.mark.parametrize("text", ["the T~ble is set", "SE~ET", "T~~Iy IL", "A~B"])
def test_a_gap_needs_enough_of_the_phrase_around_it(text: str) -> None:
    assert found(text, "classification") == []


def test_the_jfk_form_field_read_in_two_columns() -> None:
    """The JFK identification form's "ORIGINAL CLASSIFICATION: Secret" beside "NEW
    CLASSIFICATION:", as full-page OCR reads the two columns: the label's halves on two lines
    and the level between them."""
    text = "ORIGINAL Secret NEW\nCLASSIFICATION: = CLASSIFICATION:\n- REVIEW DATE: 10/23/1998"
    assert found(text, "classification") == [("classification", "SECRET")]
    assert found("PLEASE RETURN ORIGINAL TO S/S RM 7224", "classification") == []
