"""The report's wording, as a snapshot of the text for a fixed scenario (the issue's): two
libraries share a memo, a colleague changes a redaction's codes, deletes a note, adds a
correction, renames a tag and marks a page reviewed; here the redaction's note and a note the
colleague also changed are edited. Times are fixed (a clock the services read) and shown in UTC.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.annotating import annotations as A
from app.core.annotating import review, tags
from app.core.annotating.records import AnnotationFilter, Region, Span
from app.core.exchange.merge import import_annotations
from app.core.exchange.merge_report import describe
from app.core.exchange.redline_json import export_json
from app.core.ids import PageId
from app.core.library import Library
from tests.builders import make_text_pdf
from tests.core.exchange.helpers import new_library, page_info

PAGES = (
    "Memorandum for the record. The shipment arrived in Havana on 12 May.",
    "The source, Johan Artur, met the case officer twice in the embassy.",
    "Notes of the station. Reviewed by the desk officer in June.",
)
START = datetime(2026, 12, 5, 8, 0)


class Clock:
    """What ``utcnow()`` answers in the services while a test runs."""

    def __init__(self) -> None:
        self.now = START

    def at(self, minutes: int) -> None:
        self.now = START + timedelta(minutes=minutes)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Clock]:
    fixed = Clock()
    for module in (A, tags, review):
        monkeypatch.setattr(module, "utcnow", fixed)
    yield fixed


def _span(lib: Library, doc_id: int, page: int, words: str) -> tuple[PageId, Span]:
    page_id, _, text = page_info(lib, doc_id, page)
    start = text.index(words)
    return page_id, Span(start, start + len(words))


EXPECTED = """\
Imported colleague.json: 1 added, 2 updated, 1 deleted, 1 in conflict, for you to decide, \
1 tag added or changed, 1 page review (1 annotation unchanged).

memo
  Page 1 review: unreviewed → reviewed (B. Colleague, 5 Dec 09:10)
  Page 1, correction of 'Havana': added by B. Colleague (5 Dec 09:06), reads 'HAVANA'
  Page 2, redaction over 'Johan Artur': codes B6 → B6, B7(C) (B. Colleague, 5 Dec 09:03); \
note kept from here
  Page 3, note by you ('check the date'): deleted by B. Colleague (5 Dec 09:05)
  Page 3, note by you ('not reviewed yet'): status accepted → rejected (B. Colleague, \
5 Dec 09:09)
  Page 3, note by you ('the ambassador, I think'): text in conflict: here 'the ambassador, \
I think' (you, 5 Dec 09:12), there 'the station chief' (B. Colleague, 5 Dec 09:07)

Tags
  Tag 'people': name 'people' → 'persons' (B. Colleague, 5 Dec 09:08)

Conflicts stay until someone decides them: Edit › Conflicts… in the window, or \
`redline conflicts` and `redline resolve ID --take here|there`."""


def test_the_report_says_what_changed_in_plain_words(tmp_path: Path, clock: Clock) -> None:
    pdf = make_text_pdf(tmp_path / "memo.pdf", PAGES)
    mine, doc = new_library(tmp_path / "mine", pdf)
    theirs, their_doc = new_library(tmp_path / "theirs", pdf)
    ada, colleague = "Ada", "B. Colleague"
    page2, name = _span(mine, doc, 1, "Johan Artur")
    page3 = page_info(mine, doc, 2)[0]
    redaction = A.create_annotation(
        mine, page2, "redaction", text=name, region=Region(120, 70, 60, 12),
        body={"exemptions": ["B6"], "note": "a person"},
        author=ada,
    ).uuid  # fmt: skip
    gone = A.create_annotation(mine, page3, "note", body={"text": "check the date"}, author=ada)
    both = A.create_annotation(mine, page3, "note", body={"text": "who wrote this?"}, author=ada)
    A.create_annotation(mine, page3, "note", body={"text": "not reviewed yet"}, author=ada)
    A.create_annotation(mine, page3, "note", body={"text": "untouched"}, author=ada)
    people = tags.create_tag(mine, "people", author=ada).tag.uuid
    export_json(mine, tmp_path / "shared.json")
    import_annotations(theirs, tmp_path / "shared.json")
    clock.at(63)
    A.update_annotation(theirs, redaction, author=colleague,
                        body={"exemptions": ["B6", "B7(C)"], "note": "a person"})  # fmt: skip
    clock.at(65)
    A.delete_annotation(theirs, gone.uuid, author=colleague)
    clock.at(66)
    page1, havana = _span(theirs, their_doc, 0, "Havana")
    A.create_annotation(theirs, page1, "correction", text=havana, body={"replacement": "HAVANA"},
                        author=colleague)  # fmt: skip
    clock.at(67)
    A.update_annotation(theirs, both.uuid, body={"text": "the station chief"}, author=colleague)
    clock.at(68)
    tags.rename_tag(theirs, people, "persons", author=colleague)
    clock.at(69)
    notes = A.list_annotations(theirs, AnnotationFilter(page_id=page3))
    later = next(n for n in notes if n.body.get("text") == "not reviewed yet")
    A.set_status(theirs, later.uuid, "rejected", author=colleague)
    clock.at(70)
    review.set_page_status(theirs, page1, "reviewed", author=colleague)
    clock.at(71)
    A.update_annotation(mine, redaction, author=ada,
                        body={"exemptions": ["B6"], "note": "a private person"})  # fmt: skip
    clock.at(72)
    A.update_annotation(mine, both.uuid, body={"text": "the ambassador, I think"}, author=ada)
    export_json(theirs, tmp_path / "colleague.json")
    now = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    dry = import_annotations(mine, tmp_path / "colleague.json", dry_run=True, author=ada)
    expected_dry = EXPECTED.replace(
        "Imported colleague.json:", "Importing colleague.json would change:"
    )
    assert describe(dry, ada, tz=UTC, now=now) == expected_dry
    done = import_annotations(mine, tmp_path / "colleague.json", author=ada)
    assert describe(done, ada, tz=UTC, now=now) == EXPECTED
    # the uuids are in the report's JSON, not in its words
    assert redaction not in EXPECTED and {o.uuid for o in done.outcomes} >= {redaction, gone.uuid}
    mine.close()
    theirs.close()


def test_times_are_local_and_carry_the_year_when_it_is_not_this_one() -> None:
    from zoneinfo import ZoneInfo

    from app.core.exchange.merge_report import Words

    paris = Words("Ada", ZoneInfo("Europe/Paris"), datetime(2026, 12, 5, tzinfo=UTC))
    assert str(paris.when("2026-12-05T08:03:00.000000Z")) == "5 Dec 09:03"
    assert str(paris.when("2025-07-01T22:30:00.000000Z")) == "2 Jul 2025 00:30"
    assert str(paris.who("Ada")) == "you" and paris.who("B. Colleague") == "B. Colleague"


def test_unknown_exemption_codes_are_kept_and_named_in_the_report(tmp_path: Path) -> None:
    """A colleague's set with a code this library's vocabulary lacks is imported whole (nothing
    of their work refused), the code named in the report, and "accept all" holds it back."""
    pdf = make_text_pdf(tmp_path / "memo.pdf", PAGES)
    mine, doc = new_library(tmp_path / "mine", pdf)
    theirs, their_doc = new_library(tmp_path / "theirs", pdf)
    page2, name = _span(theirs, their_doc, 1, "Johan Artur")
    odd = A.create_annotation(
        theirs, page2, "redaction", text=name, region=Region(120, 70, 60, 12), status="proposed",
        body={"exemptions": ["B6", "3.3(a)(1)"]}, author="B. Colleague", origin="detector",
    ).uuid  # fmt: skip
    good = A.create_annotation(
        theirs, page2, "redaction", region=Region(120, 100, 60, 12), status="proposed",
        body={"exemptions": ["b7c"]}, author="B. Colleague", origin="detector",
    ).uuid  # fmt: skip
    export_json(theirs, tmp_path / "colleague.json")
    report = import_annotations(mine, tmp_path / "colleague.json", author="Ada")
    assert sorted(report.added) == sorted([odd, good])
    [flagged] = report.unknown_codes
    assert (flagged.uuid, flagged.page, flagged.codes) == (odd, 2, ["3.3(a)(1)"])
    words = describe(report, "Ada", tz=UTC)
    assert "Exemption codes not in this library's vocabulary" in words
    assert "memo, page 2: 3.3(a)(1)" in words and "1 with exemption codes not in" in words
    assert "1 with exemption codes not in the vocabulary" in report.summary()
    assert A.get_annotation(mine, odd).body.get("exemptions") == ["B6", "3.3(a)(1)"]  # kept
    outcome = A.accept_all(mine, kind="redaction", author="Ada", document_id=doc)
    assert [c.uuid for c in outcome.changes] == [good] and [h.uuid for h in outcome.held] == [odd]
    mine.close()
    theirs.close()
