"""The marking vocabulary read from resources/, value normalisation, and merging undo steps."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from app.core.annotating import annotation_listing, annotation_rows, exemptions
from app.core.annotating import annotations as ann
from app.core.annotating.bodies import normalise_marking_value
from app.core.annotating.vocabulary import CATEGORIES_PATH, AnnotationError, marking_categories
from app.core.errors import RedlineError
from app.core.library import Library
from tests.core.annotating.helpers import ME, Doc, import_doc, span_of


def test_categories_come_from_the_resource_file() -> None:
    data = json.loads(CATEGORIES_PATH.read_text(encoding="utf-8"))
    assert [c.id for c in marking_categories()] == [c["id"] for c in data["categories"]]
    assert {"classification", "exemption", "identifier"} <= {c.id for c in marking_categories()}


def test_an_unreadable_vocabulary_says_which_file(tmp_path: Path) -> None:
    broken = tmp_path / "categories.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(RedlineError, match=r"categories\.json"):
        marking_categories(broken)


@pytest.mark.parametrize(
    ("category", "raw", "normal"),
    [
        ("classification", "  top   secret ", "TOP SECRET"),
        ("control", "noforn", "NOFORN"),
        ("exemption", "b 1", "B1"),
        ("exemption", "b7(c)", "B7(C)"),
        ("exemption", "1.4(d)", "1.4(d)"),
        ("identifier", " F-2017-13804 ", "F-2017-13804"),
        ("identifier", "DocId  32356928", "DocId 32356928"),
    ],
)
def test_marking_values_are_normalised(category: str, raw: str, normal: str) -> None:
    assert normalise_marking_value(category, raw) == normal


def test_every_example_in_the_vocabulary_is_already_normal() -> None:
    for c in marking_categories():
        for example in c.examples:
            assert normalise_marking_value(c.id, example) == example, (c.id, example)


@pytest.fixture
def doc(library: Library, tmp_path: Path) -> Doc:
    return import_doc(library, tmp_path / "pdfs")


def test_keystrokes_merged_into_one_undo_step(doc: Doc) -> None:
    made = ann.create_annotation(doc.lib, doc.pages[0], "correction", text=span_of(doc, "memo"),
                                 body={"replacement": ""}, author=ME)  # fmt: skip
    step = None
    for typed in ("M", "ME", "MEM", "MEMO"):
        change = ann.update_annotation(doc.lib, made.uuid, body={"replacement": typed}, author=ME)
        step = change if step is None else step.followed_by(change)
    assert step is not None
    annotation_rows.revert_changes(doc.lib, [step], author=ME)
    assert annotation_listing.get_annotation(doc.lib, made.uuid) == made.after
    annotation_rows.apply_changes(doc.lib, [step], author=ME)
    assert annotation_listing.get_annotation(doc.lib, made.uuid).body == {"replacement": "MEMO"}
    with pytest.raises(AnnotationError):
        step.followed_by(made.__class__("other", None, None))


def test_a_person_must_be_named(doc: Doc) -> None:
    with pytest.raises(AnnotationError, match="Give your name"):
        ann.create_annotation(doc.lib, doc.pages[0], "note", body={"text": "x"}, author=" ")
    detected = ann.create_annotation(doc.lib, doc.pages[0], "note", body={"text": "x"},
                                     author="", origin="detector", rule_id="r1")  # fmt: skip
    assert detected.record.origin == "detector"


def test_a_redaction_may_be_left_visible_and_the_old_publish_flag_is_dropped() -> None:
    from app.core.annotating.bodies import validate_body

    body = validate_body("redaction", {"exemptions": ["b 6"], "leave_visible": True})
    assert body == {"exemptions": ["B6"], "note": "", "leave_visible": True}
    assert "leave_visible" not in validate_body(
        "redaction", {"exemptions": [], "leave_visible": False}
    )
    # a file written before the rule changed: its redactions are burned in like every other
    assert validate_body("redaction", {"exemptions": ["b1"], "publish": False}) == {
        "exemptions": ["B1"],
        "note": "",
    }
    with pytest.raises(AnnotationError, match="true or false"):
        validate_body("redaction", {"exemptions": [], "leave_visible": "yes"})


@pytest.mark.parametrize(
    ("typed", "stored", "printed"),
    [
        ("b 6", "B6", "(b)(6)"),
        ("(b)(6)", "B6", "(b)(6)"),
        ("b7c", "B7(C)", "(b)(7)(C)"),
        ("(b)(7)(C)", "B7(C)", "(b)(7)(C)"),
        ("b3(a)(ii)", "B3(A)(II)", "(b)(3)(A)(II)"),
        ("1.4(d)", "1.4(d)", "1.4(d)"),
        ("3.5(c)", "3.5(c)", "3.5(c)"),
    ],
)
def test_exemption_codes_however_typed(typed: str, stored: str, printed: str) -> None:
    from app.core.annotating.exemptions import agency_code, normalise_exemption

    assert normalise_exemption(typed) == stored
    assert agency_code(stored) == printed


@pytest.mark.parametrize(
    ("typed", "known"),
    [
        ("b6", "B6"),
        ("(b)(6)", "B6"),
        ("b7c", "B7(C)"),
        ("3.3(h)(2)", "3.3(h)(2)"),
        ("3.3 (H)(2)", "3.3(h)(2)"),
        ("1.4c", "1.4(c)"),
        ("1.4(B) and (D)", "1.4(b)(d)"),
        ("25x1", "25X1"),
        ("6(1)(B)", "6(1)(b)"),
        ("xyz", None),
        ("B10", None),
        ("1.4(b)(z)", None),
    ],
)
def test_exemption_codes_are_read_against_the_vocabulary(typed: str, known: str | None) -> None:
    assert exemptions.known_exemption(typed) == known


def test_unknown_exemption_codes_are_refused_with_the_known_ones_by_family() -> None:
    """The error names the unknown codes, then lists the known ones on a few short lines, a
    family a line, runs of consecutive codes as ranges: every code of the vocabulary once."""
    assert exemptions.check_exemptions(["b6", " (b)(6) ", "", "1.4c"]) == ["B6", "1.4(c)"]
    with pytest.raises(exemptions.UnknownExemptionsError) as refused:
        exemptions.check_exemptions(["b6", "xyz", "q"])
    said = str(refused.value).splitlines()
    assert said[:2] == ["Unknown exemption codes: xyz, q.", "Known codes:"]
    listed = said[2:]
    assert listed == [
        "  FOIA: B1–B9, B7(A)–B7(F)",
        "  E.O. 13526 §1.4: 1.4(a)–1.4(h)",
        "  E.O. 12958 §1.5: 1.5(a)–1.5(g)",
        "  E.O. 13526 §3.3, §3.5: 3.3(b)(1)–3.3(b)(9), 3.3(h)(1), 3.3(h)(2), 3.5(c)",
        "  25X and 50X exemptions: 25X1–25X9, 50X1-HUM, 50X2-WMD",
        "  JFK Records Act §6: 6(1)(a)–6(1)(c), 6(2)–6(5)",
    ]
    assert sorted(_spelled_out(listed)) == sorted(c.code for c in exemptions.exemption_codes())


def _spelled_out(lines: list[str]) -> list[str]:
    """The codes the lines list, each range written out (B1–B3: B1, B2, B3)."""
    codes = []
    for line in lines:
        for item in line.split(": ", 1)[1].split(", "):
            first, _, last = item.partition("–")
            if not last:
                codes.append(first)
                continue
            at = len(first.rstrip(")")) - 1  # the letter or digit that counts
            for n in range(ord(first[at]), ord(last[at]) + 1):
                codes.append(first[:at] + chr(n) + first[at + 1 :])
    return codes


def test_a_code_the_vocabulary_gains_in_no_family_is_listed_under_other_codes(
    tmp_path: Path,
) -> None:
    listed = tmp_path / "exemptions.json"
    codes = [{"code": c, "meaning": "-"} for c in ("B1", "B2", "B3", "B5", "X(9)", "B4")]
    listed.write_text(json.dumps({"codes": codes}), encoding="utf-8")
    lines = [str(x) for x in exemptions.known_code_lines(listed)]
    assert lines == ["FOIA: B1–B3, B5, B4", "Other codes: X(9)"]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("BG", ["B6"]),  # OCR's (and a hurried hand's) letters for digits
        ("Bl", ["B1"]),
        ("25XI", ["25X1"]),
        ("3.3(b)(l)", ["3.3(b)(1)"]),
        ("l.4(c)", ["1.4(c)"]),
        ("B-6", ["B6"]),  # spelled almost alike
        ("b8c", ["B8"]),
        ("B10", ["B1"]),
        ("3.3(b)(10)", ["3.3(b)(1)"]),
        ("50X1", ["50X1-HUM"]),  # the start of one
        ("xyz", []),  # nothing close
        ("1.4(i)", []),  # as close to each of eight: none is suggested
        ("", []),
    ],
)
def test_a_near_miss_of_a_known_code_is_suggested(typed: str, meant: list[str]) -> None:
    assert exemptions.close_exemptions(typed) == meant


def test_the_error_says_which_known_code_an_unknown_one_is_likely_a_slip_for() -> None:
    with pytest.raises(exemptions.UnknownExemptionsError) as refused:
        exemptions.check_exemptions(["BG", "xyz", "b8c"])
    first = str(refused.value).splitlines()[0]
    assert first == "Unknown exemption codes: BG (did you mean B6?), xyz, b8c (did you mean B8?)."
    assert str(refused.value.unknown) == first
    again = pickle.loads(pickle.dumps(refused.value))  # (an error travels between processes)
    assert str(again) == str(refused.value) and again.codes == ("BG", "xyz", "b8c")
