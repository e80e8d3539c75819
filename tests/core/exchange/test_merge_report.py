"""The report's wording, as a snapshot of the text for a fixed scenario (the issue's): two
libraries share a memo, a colleague changes a redaction's codes, deletes a note, adds a
correction, renames a tag and marks a page reviewed; here the redaction's note and a note the
colleague also changed are edited. Times are fixed (a clock the services read) and shown in UTC.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.core.annotating import (
    annotation_listing,
    annotation_rows,
    bulk_accept,
    review,
    tag_store,
    tags,
)
from app.core.annotating import annotations as A
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
NOW = START.replace(tzinfo=UTC)  # "now" for the report: dates of this year carry no year


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
    for module in (A, annotation_rows, bulk_accept, tags, tag_store, review):
        monkeypatch.setattr(module, "utcnow", fixed)
    yield fixed


def _span(lib: Library, doc_id: int, page: int, words: str) -> tuple[PageId, Span]:
    page_id, _, text = page_info(lib, doc_id, page)
    start = text.index(words)
    return page_id, Span(start, start + len(words))


EXPECTED = """\
Imported colleague.json: 1 added, 2 updated, 1 deleted, 1 in conflict, for you to decide, \
1 tag changed, 1 page review (1 annotation unchanged).

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
    notes = annotation_listing.list_annotations(theirs, AnnotationFilter(page_id=page3))
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

    from app.core.exchange.merge_words import Words

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
    assert annotation_listing.get_annotation(mine, odd).body.get("exemptions") == [
        "B6",
        "3.3(a)(1)",
    ]  # kept
    outcome = bulk_accept.accept_all(mine, kind="redaction", author="Ada", document_id=doc)
    assert [c.uuid for c in outcome.changes] == [good] and [h.uuid for h in outcome.held] == [odd]
    mine.close()
    theirs.close()


def test_new_tags_say_where_they_came_from_never_someone(tmp_path: Path, clock: Clock) -> None:
    """A set names no author for its tags (neither the tag nor the set's head carries one): the
    report names the file and the tag's creation, and who last changed it where the tag's
    revisions say. It read "added by someone"."""
    pdf = make_text_pdf(tmp_path / "memo.pdf", PAGES)
    mine, _ = new_library(tmp_path / "mine", pdf)
    theirs, their_doc = new_library(tmp_path / "theirs", pdf)
    tags.create_tag(theirs, "people", author="B. Colleague")
    clock.at(1)
    places = tags.create_tag(theirs, "places", author="B. Colleague").tag.uuid
    clock.at(2)
    tags.rename_tag(theirs, places, "sites", author="B. Colleague")
    page1 = page_info(theirs, their_doc, 0)[0]
    A.create_annotation(theirs, page1, "tag", region=Region(20, 20, 60, 12), author="B. Colleague",
                        body={"tag": places})  # fmt: skip
    A.create_annotation(
        theirs, page1, "note", body={"text": "see the cable"}, author="B. Colleague"
    )
    export_json(theirs, tmp_path / "colleague.json")
    report = import_annotations(mine, tmp_path / "colleague.json", author="Ada")
    words = describe(report, "Ada", tz=UTC, now=NOW)
    assert "someone" not in words
    assert "  Tag 'people': added from colleague.json (made 5 Dec 08:00)\n" in words + "\n"
    assert (
        "  Tag 'sites': added from colleague.json (made 5 Dec 08:01), last changed by "
        "B. Colleague (5 Dec 08:02)" in words
    )
    # an annotation the set brings is named without its author, which what happened says
    assert "  Page 1, note ('see the cable'): added by B. Colleague (5 Dec 08:02)" in words
    assert "  Page 1, tag 'sites': added by B. Colleague (5 Dec 08:02)" in words  # its tag
    mine.close()
    theirs.close()


def test_tags_of_w3c_annotations_and_of_a_set_with_no_name() -> None:
    """W3C tags are made by the import from the tag bodies (no time of their own); a set merged
    with no file name is "the set"."""
    from app.core.exchange.merge_outcome import MergeReport, Outcomes, tag_outcome

    tag = {"uuid": "u", "name": "places", "created": "2026-12-05T08:00:00.000000Z",
           "modified": "2026-12-05T08:00:00.000000Z", "deleted": False}  # fmt: skip
    w3c = MergeReport(file="colleague.jsonld", w3c=True, tags_added=["u"],
                      outcomes=Outcomes([tag_outcome(tag)]))  # fmt: skip
    assert (
        "  Tag 'places': added from colleague.jsonld" in describe(w3c, tz=UTC, now=NOW).splitlines()
    )
    unnamed = MergeReport(tags_added=["u"], outcomes=Outcomes([tag_outcome(tag)]))
    assert "  Tag 'places': added from the set (made 5 Dec 08:00)" in describe(
        unnamed, tz=UTC, now=NOW
    )
    gone = MergeReport(tags_added=["u"], outcomes=Outcomes([tag_outcome({**tag, "deleted": True})]))
    assert "  Tag 'places': deleted there before it ever came here" in describe(
        gone, tz=UTC, now=NOW
    )


def test_a_set_of_deletions_of_what_never_came_here_says_so_in_its_headline() -> None:
    """Only deletions of things this library never had: nothing changes that a person sees,
    but the headline says what the set held rather than "changed nothing" above its list."""
    from app.core.exchange.merge_outcome import MergeReport, Outcomes, tag_outcome

    tag = {"uuid": "u", "name": "typo", "created": "2026-12-05T08:00:00.000000Z",
           "modified": "2026-12-05T08:00:00.000000Z", "deleted": True}  # fmt: skip
    gone = MergeReport(file="c.json", tombstones_stored=1, outcomes=Outcomes([tag_outcome(tag)]))
    lines = describe(gone, tz=UTC, now=NOW).splitlines()
    assert lines[0] == (
        "c.json changed nothing you see here: it held a deletion of what this library never"
        " had, kept as deleted."
    )
    assert "  Tag 'typo': deleted there before it ever came here (kept as deleted)" in lines
    dry = MergeReport(file="c.json", dry_run=True, tombstones_stored=2)
    assert describe(dry, tz=UTC, now=NOW).splitlines()[0] == (
        "c.json would change nothing you see here: it holds 2 deletions of what this library"
        " never had, which would be kept as deleted."
    )
    assert describe(MergeReport(file="c.json"), tz=UTC).splitlines()[0] == (
        "c.json changed nothing here."
    )


def test_detector_proposals_read_as_proposals_with_their_codes(
    tmp_path: Path, clock: Clock
) -> None:
    """A detector's redaction is named by its kind and exemption codes (or their absence) and
    said to be the detector's proposal, once, without its technical name ("redaction by
    redline-detector: added by redline-detector"); who accepted it there, when they did."""
    from app.core.detection.stored import AUTHOR

    pdf = make_text_pdf(tmp_path / "memo.pdf", PAGES)
    mine, _ = new_library(tmp_path / "mine", pdf)
    theirs, their_doc = new_library(tmp_path / "theirs", pdf)
    page1, memo = _span(theirs, their_doc, 0, "Memorandum")
    page2 = page_info(theirs, their_doc, 1)[0]
    detector: dict[str, Any] = {"author": AUTHOR, "origin": "detector", "status": "proposed"}
    shared = A.create_annotation(theirs, page2, "redaction", region=Region(120, 70, 60, 12),
                                 body={"exemptions": ["B3"]}, **detector).uuid  # fmt: skip
    for y in (100, 160):  # two alike: one line, with how many
        A.create_annotation(theirs, page2, "redaction", region=Region(120, y, 60, 12),
                            body={"exemptions": []}, **detector)  # fmt: skip
    accepted = A.create_annotation(theirs, page2, "redaction", region=Region(120, 130, 60, 12),
                                   body={"exemptions": ["B1", "B6"]}, **detector).uuid  # fmt: skip
    A.create_annotation(theirs, page1, "marking", text=memo, **detector,
                        body={"category": "classification", "value": "SECRET"})  # fmt: skip
    clock.at(5)
    A.set_status(theirs, accepted, "accepted", author="B. Colleague")
    export_json(theirs, tmp_path / "colleague.json")
    report = import_annotations(mine, tmp_path / "colleague.json", author="Ada")
    words = describe(report, "Ada", tz=UTC, now=NOW)
    assert AUTHOR not in words and "someone" not in words
    lines = words.splitlines()
    assert "  Page 2, redaction with codes B3: proposed by the detector (5 Dec 08:00)" in lines
    assert (
        "  Page 2, redaction with no exemption code: proposed by the detector (5 Dec 08:00) (×2)"
        in lines
    )
    assert (
        "  Page 2, redaction with codes B1, B6: proposed by the detector (5 Dec 08:00), "
        "accepted by B. Colleague (5 Dec 08:05)" in lines
    )
    assert "  Page 1, marking over 'Memorandum': proposed by the detector (5 Dec 08:00)" in lines
    clock.at(10)  # the colleague decides the other proposal; this library hears of it
    A.set_status(theirs, shared, "rejected", author="B. Colleague")
    export_json(theirs, tmp_path / "again.json")
    again = describe(import_annotations(mine, tmp_path / "again.json", author="Ada"), "Ada", tz=UTC)
    assert (
        "  Page 2, redaction proposed by the detector with codes B3: status proposed → rejected "
        "(B. Colleague, 5 Dec 08:10)" in again.splitlines()
    )
    mine.close()
    theirs.close()


def test_a_decided_proposal_whose_set_does_not_say_who_decided_it() -> None:
    """A version 1 set carries no revisions: the proposal's status, with no name."""
    from app.core.exchange.merge_outcome import MergeReport, Outcomes, annotation_outcome

    rec = {"uuid": "u", "page": 0, "kind": "redaction", "status": "rejected", "author": "r",
           "origin": {"type": "detector", "rule": "r", "confidence": 0.9}, "anchor": {},
           "body": {"exemptions": ["(b)(3)"]}, "created": "2026-12-05T08:00:00.000000Z",
           "modified": "2026-12-05T08:10:00.000000Z", "deleted": False}  # fmt: skip
    report = MergeReport(added=["u"], outcomes=Outcomes([annotation_outcome("memo", rec)]))
    assert describe(report, tz=UTC, now=NOW).splitlines()[-1] == (
        "  Page 1, redaction with codes (b)(3): proposed by the detector (5 Dec 08:00), "
        "then rejected"
    )


@pytest.mark.parametrize("version", [2, 1])
def test_a_deleted_tag_counts_as_deleted_not_as_added_or_changed(
    tmp_path: Path, clock: Clock, version: int
) -> None:
    """A colleague deletes a tag (with its one use), renames another and adds a third, and
    deletes a detector's proposal: the headline counts the deletions as deletions, the tags
    each as what happened to it (it said "2 tags added or changed" of the deleted one and the
    renamed one); a tag deleted before it ever came here is not counted as added; and no
    "(0 annotations unchanged)"."""
    import json

    from app.core.detection.stored import AUTHOR
    from tests.core.exchange.helpers import as_version_1

    pdf = make_text_pdf(tmp_path / "memo.pdf", PAGES)
    mine, doc = new_library(tmp_path / "mine", pdf)
    theirs, _ = new_library(tmp_path / "theirs", pdf)
    colleague = "B. Colleague"
    places = tags.create_tag(mine, "places", author="Ada").tag.uuid
    people = tags.create_tag(mine, "people", author="Ada").tag.uuid
    page1, havana = _span(mine, doc, 0, "Havana")
    A.create_annotation(mine, page1, "tag", text=havana, body={"tag": places}, author="Ada")
    found = A.create_annotation(
        mine, page_info(mine, doc, 1)[0], "redaction", region=Region(120, 70, 60, 12),
        body={"exemptions": ["B3"]}, author=AUTHOR, origin="detector", status="proposed",
    ).uuid  # fmt: skip
    export_json(mine, tmp_path / "shared.json")
    import_annotations(theirs, tmp_path / "shared.json")
    clock.at(5)
    tags.delete_tag(theirs, places, author=colleague, uses="delete")
    tags.rename_tag(theirs, people, "persons", author=colleague)
    tags.create_tag(theirs, "agencies", author=colleague)
    gone = tags.create_tag(theirs, "typo", author=colleague).tag.uuid
    tags.delete_tag(theirs, gone, author=colleague)
    A.delete_annotation(theirs, found, author=colleague)
    export_json(theirs, tmp_path / "colleague.json")
    if version == 1:
        data = json.loads((tmp_path / "colleague.json").read_text("utf-8"))
        (tmp_path / "colleague.json").write_text(json.dumps(as_version_1(data)), "utf-8")
    report = import_annotations(mine, tmp_path / "colleague.json", author="Ada")
    headline = describe(report, "Ada", tz=UTC, now=NOW).splitlines()[0]
    assert headline == (
        "Imported colleague.json: 2 deleted, 1 tag added, 1 tag changed, 1 tag deleted."
    )
    assert (len(report.tags_added), len(report.tags_updated), len(report.tags_deleted)) == (1, 1, 1)
    assert places in report.tags_deleted and gone not in report.tags_added
    assert tag_store.get_tag(mine, places).deleted
    mine.close()
    theirs.close()


def test_a_page_lists_its_first_lines_and_counts_the_rest_without_wording_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page of 5,000 added annotations lists 15 lines and "and N more": the rest are counted,
    not worded (wording 100,000 outcomes kept the window's thread 2 s after a large import).
    Lines alike in a row are said once with how many, the last shown one too."""
    from app.core.exchange import merge_lines
    from app.core.exchange.merge_outcome import MergeReport, Outcome, Outcomes

    def note(i: int, quote: str) -> Outcome:
        return Outcome("annotation", f"u{i:05}", "added", document="memo", page=0, kind="note",
                       label=quote, text="see", author="Ada", origin="person", by="Ada",
                       at="2026-12-05T08:00:00.000000Z")  # fmt: skip

    texts = ["a-same"] * 3 + [f"b{i:02}" for i in range(13)] + ["c-last"] * 4 + ["d-x"] * 2
    texts += [f"e{i:04}" for i in range(5000)]  # (in the report's order: by what they cover)
    outcomes = [note(i, t) for i, t in enumerate(texts)]
    worded: list[Outcome] = []
    real = merge_lines._page_line

    def word(o: Outcome, w: Any) -> Any:
        worded.append(o)
        return real(o, w)

    monkeypatch.setattr(merge_lines, "_page_line", word)
    report = MergeReport(
        file="c.json", added=[o.uuid for o in outcomes], outcomes=Outcomes(outcomes)
    )
    lines = describe(report, tz=UTC, now=NOW).splitlines()
    page = lines[lines.index("memo") + 1 :]
    assert len(page) == 16
    assert page[0].endswith("(×3)") and "a-same" in page[0]
    assert "b12" in page[13] and "c-last" in page[14] and page[14].endswith("(×4)")
    assert page[15] == "  Page 1: and 5002 more"
    assert len(worded) == 3 + 13 + 4 + 1  # up to the first line not shown, and no further
