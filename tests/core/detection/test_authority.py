"""Classification-authority lines: their own category and metadata, never a level."""

from __future__ import annotations

import pytest

from app.core.detection.authority import authority_lines, reason_codes
from app.core.detection.markings import detect_markings
from app.core.detection.memo import document_metadata


def fields(text: str) -> list[str]:
    return [a.display for a in authority_lines(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1. CLASSIFIED BY DEPUTY SECRETARY STROBE TALBOTT. REASONS 1.5(B) AND (D).",
            ["CLASSIFIED BY: DEPUTY SECRETARY STROBE TALBOTT", "REASON: 1.5(b), 1.5(d)"],
        ),
        (
            "(U) Classified by: Ingrid Kollist, EUR/NB. Reasons: 1.5b and 1.5(d). 2. Please",
            ["CLASSIFIED BY: Ingrid Kollist, EUR/NB", "REASON: 1.5(b), 1.5(d)"],
        ),
        (  # the reading room's doubled layers
            "(U) Classified Classified by by Strobe Strobe Talbott, Talbott, Deputy Deputy "
            "Secretary Secretary of of State, reasons State, reasons 1.5 1.5 (d) (d) 2. 2.",
            ["CLASSIFIED BY: Strobe Talbott, Deputy Secretary of State", "REASON: 1.5(d)"],
        ),
        ("USUN/W DECL: 05/06/08 -E0 S/S", ["DECLASSIFY ON: 2008-05-06"]),
        ("E.O. 12958: DECL: 05/15/10 TAGS: PREL", ["DECLASSIFY ON: 2010-05-15"]),
        ("- Declassify on: 02/24/2031 1.", ["DECLASSIFY ON: 2031-02-24"]),
        ("Declassify on: 2035/01/01", ["DECLASSIFY ON: 2035-01-01"]),
        ("DECLASSIFY ON: 2036-04-15 (U) Post", ["DECLASSIFY ON: 2036-04-15"]),
        ("DECLASSIFY ON: 25X1, 25X6", ["DECLASSIFY ON: 25X1, 25X6"]),
        (
            "CLASSIFIED BY 5668 SLD/WJ\nDECLASSIFY ON: OADR",
            ["CLASSIFIED BY: 5668 SLD/WJ", "DECLASSIFY ON: OADR"],
        ),
        (
            "CLASSIFIED BY AMBASSADOR STANLEY T. DECLASSIFIED",
            ["CLASSIFIED BY: AMBASSADOR STANLEY T."],
        ),
    ],
)
def test_authority_fields_and_their_values(text: str, expected: list[str]) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize(
    "prose",
    [
        "documents classified by the agency were leaked",
        "the reasons for the delay are many",
        "TAGS: PREL, MARR, NATO, RS",
    ],
)
def test_prose_is_no_authority_line(prose: str) -> None:
    assert fields(prose) == []


@pytest.mark.parametrize(
    "text",
    [
        "(U) CLASSIFIED BY: AMBASSADOR JOHN DOE",
        "1. CLASSIFIED BY DEPUTY SECRETARY STROBE TALBOTT.",
        "(U) Classified by: Ingrid Kollist, EUR/NB.",
        "DECLASSIFY ON: 05/06/08",
    ],
)
def test_an_authority_line_is_never_read_as_a_level(text: str) -> None:
    """'(U) CLASSIFIED' looks like UNCLASSIFIED through OCR noise: the worst possible error, a
    classified record labelled unclassified."""
    found = detect_markings(text, thresholds=0.0)
    assert [d.category for d in found if d.category in ("classification", "release")] == []
    assert "declassification" in {d.category for d in found}


def test_reason_codes_read_elliptic_lists() -> None:
    text = "Reason: 1.4(B), 1.4(D) - Declassify on: 02/24/2031"
    assert reason_codes(text, len("Reason:"))[0] == ["1.4(b)", "1.4(d)"]
    assert reason_codes("1.4(b),(d)", 0)[0] == ["1.4(b)", "1.4(d)"]


def test_a_reason_line_ends_before_a_line_of_other_codes() -> None:
    """The FOIA exemption codes printed on the lines below are not the field's: its region
    ends with its own codes (a code wrapped onto the next line alone still joins it)."""
    text = "REASON: 1.4(B)(D)\nBl\nB1\n1.4 (B)\nDECLASSIFY ON: 05/15/2030"
    [reason] = [a for a in authority_lines(text) if a.field == "REASON"]
    assert (reason.value, text[reason.start : reason.end]) == (
        "1.4(b), 1.4(d)",
        "REASON: 1.4(B)(D)",
    )
    for wrapped in ("REASON: 1.4(B),\n1.4(D)", "REASONS 1.4(B) AND\n1.4(D)"):
        [reason] = authority_lines(wrapped)
        assert (reason.value, reason.end) == ("1.4(b), 1.4(d)", len(wrapped))


def test_authority_values_become_document_metadata() -> None:
    text = (
        "CONFIDENTIAL EXDIS\n1. CLASSIFIED BY AMBASSADOR A. VERSHBOW. REASONS 1.5(B) AND (D).\n"
        "E.O. 12958: DECL: 06/08/10"
    )
    meta = {k: v.value for k, v in document_metadata(detect_markings(text), text).items()}
    assert meta["classification"] == "CONFIDENTIAL"
    assert meta["classified_by"] == "AMBASSADOR A. VERSHBOW"
    assert meta["classification_reasons"] == "1.5(b), 1.5(d)"
    assert meta["declassify_on"] == "2010-06-08"
