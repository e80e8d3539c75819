"""Accepting a proposal whose words already carry it (a person's marking, redaction, tag … of the
same kind and value there): refused one at a time, left proposed by accept all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.core.annotating import annotation_listing, annotation_rows, bulk_accept
from app.core.annotating import annotations as ann
from app.core.annotating.already_marked import AlreadyMarkedError, already_marked, proposals_marked
from app.core.annotating.records import AnnotationFilter, Region, Span
from app.core.annotating.tags import create_tag
from app.core.annotating.vocabulary import Kind
from app.core.documents.textlayer import load_words
from app.core.ids import TextLayerId
from app.core.library import Library
from tests.core.annotating.helpers import ME, Doc, import_doc, span_of

SECRET = {"category": "classification", "value": "SECRET"}


@pytest.fixture
def doc(library: Library, tmp_path: Path) -> Doc:
    return import_doc(library, tmp_path / "pdfs")


def mark(doc: Doc, kind: Kind, body: dict[str, Any], *, who: str = "Rita", **anchor: Any) -> str:
    return ann.create_annotation(doc.lib, doc.pages[0], kind, body=body, author=who, **anchor).uuid


def propose(doc: Doc, kind: Kind, body: dict[str, Any], rule: str = "banner", **anchor: Any) -> str:
    return ann.create_annotation(
        doc.lib, doc.pages[0], kind, body=body, author="redline-detector", origin="detector",
        rule_id=rule, confidence=0.8, status="proposed", **anchor,
    ).uuid  # fmt: skip


def status(doc: Doc, uuid: str) -> str:
    return annotation_listing.get_annotation(doc.lib, uuid).status


def words_box(doc: Doc, word: str) -> Region:
    """The box of one word of page 1 (its layer's)."""
    start = span_of(doc, word).start
    with doc.lib.reading() as s:
        layer = (
            s.connection()
            .exec_driver_sql("SELECT active_text_layer_id FROM pages WHERE id = ?", (doc.pages[0],))
            .scalar()
        )
        assert layer is not None
        [w] = [w for w in load_words(s.connection(), TextLayerId(layer)) if w.start == start]
    assert w.x0 is not None and w.y0 is not None and w.x1 is not None and w.y1 is not None
    return Region(w.x0, w.y0, w.x1 - w.x0, w.y1 - w.y0)


def test_a_proposal_of_words_a_person_marked_is_not_accepted_twice(doc: Doc) -> None:
    proposal = propose(doc, "marking", SECRET, text=span_of(doc, "SECRET"))
    mine = mark(doc, "marking", {"category": "classification", "value": "Secret"},
                text=span_of(doc, "SECRET"))  # fmt: skip
    found = already_marked(doc.lib, proposal)
    assert found is not None and found.twin.uuid == mine and found.by == "Rita"
    with pytest.raises(AlreadyMarkedError) as refused:
        ann.set_status(doc.lib, proposal, "accepted", author=ME)
    assert str(refused.value.found.said) == ("These words are already marked SECRET by Rita.")
    assert str(refused.value) == "These words are already marked SECRET by Rita."
    assert status(doc, proposal) == "proposed"
    marked = annotation_listing.list_annotations(
        doc.lib, AnnotationFilter(page_id=doc.pages[0], status="accepted")
    )
    assert [r.uuid for r in marked] == [mine]
    rejected = ann.set_status(doc.lib, proposal, "rejected", author=ME)  # (offered instead)
    assert status(doc, proposal) == "rejected"
    annotation_rows.revert_changes(doc.lib, [rejected], author=ME)
    assert status(doc, proposal) == "proposed"
    # a rejected proposal of it is no more accepted than an open one
    ann.set_status(doc.lib, proposal, "rejected", author=ME)
    with pytest.raises(AlreadyMarkedError):
        ann.set_status(doc.lib, proposal, "accepted", author=ME)
    # once the person's marking is gone, the proposal is accepted
    ann.delete_annotation(doc.lib, mine, author="Rita")
    assert already_marked(doc.lib, proposal) is None
    ann.set_status(doc.lib, proposal, "accepted", author=ME)
    assert status(doc, proposal) == "accepted"
    assert already_marked(doc.lib, proposal) is None  # (accepted itself: nothing to say)


def test_what_is_not_the_same_is_accepted(doc: Doc) -> None:
    struck = mark(doc, "marking", {**SECRET, "struck": True}, text=span_of(doc, "SECRET"))
    other_value = mark(doc, "marking", {"category": "control", "value": "SECRET"},
                       text=span_of(doc, "SECRET"))  # fmt: skip
    unstruck = propose(doc, "marking", SECRET, text=span_of(doc, "SECRET"))
    elsewhere = propose(doc, "marking", {**SECRET, "struck": True}, text=span_of(doc, "memo"))
    proposed_struck = propose(doc, "marking", {**SECRET, "struck": True}, rule="struck",
                              text=span_of(doc, "SECRET"))  # fmt: skip
    for uuid in (unstruck, elsewhere):
        assert already_marked(doc.lib, uuid) is None
        ann.set_status(doc.lib, uuid, "accepted", author=ME)
        assert status(doc, uuid) == "accepted"
    found = already_marked(doc.lib, proposed_struck)
    assert found is not None and found.twin.uuid == struck
    assert str(found.said) == "These words are already marked SECRET, struck through, by Rita."
    with pytest.raises(AlreadyMarkedError):
        ann.set_status(doc.lib, proposed_struck, "accepted", author=ME)
    assert other_value  # (the same word, another category: not what the proposal says)


def test_a_redaction_proposal_over_a_box_already_redacted(doc: Doc) -> None:
    mine = mark(doc, "redaction", {"exemptions": ["B6"], "note": ""},
                region=Region(100, 100, 80, 20))  # fmt: skip
    over = propose(doc, "redaction", {"exemptions": ["B7(C)"], "note": ""},
                   region=Region(102, 101, 80, 19))  # fmt: skip
    beside = propose(doc, "redaction", {"exemptions": ["B6"], "note": ""},
                     region=Region(100, 160, 80, 20))  # fmt: skip
    with pytest.raises(AlreadyMarkedError) as refused:  # (as the window accepts a redaction)
        ann.update_annotation(
            doc.lib, over, body={"exemptions": ["B6"], "note": ""}, status="accepted", author=ME
        )
    assert str(refused.value) == "This box is already redacted by Rita."
    assert refused.value.found.twin.uuid == mine
    assert annotation_listing.get_annotation(doc.lib, over).body == {
        "exemptions": ["B7(C)"], "note": ""
    }  # fmt: skip
    ann.update_annotation(doc.lib, beside, status="accepted", author=ME)
    assert status(doc, beside) == "accepted"


def test_a_marking_read_from_the_scan_over_words_a_person_marked(doc: Doc) -> None:
    mark(doc, "marking", SECRET, text=span_of(doc, "SECRET"))  # (a span, no box)
    band = propose(doc, "marking", SECRET, rule="band", region=words_box(doc, "SECRET"))
    found = already_marked(doc.lib, band)
    assert found is not None
    with pytest.raises(AlreadyMarkedError):
        ann.set_status(doc.lib, band, "accepted", author=ME)


def test_tags_and_a_proposal_a_person_accepted(doc: Doc) -> None:
    people = create_tag(doc.lib, "People", author=ME).tag
    places = create_tag(doc.lib, "Places", author=ME).tag
    mark(doc, "tag", {"tag": people.uuid}, text=span_of(doc, "Deputy"))
    same = propose(doc, "tag", {"tag": people.uuid}, text=span_of(doc, "Deputy Director"))
    other = propose(doc, "tag", {"tag": places.uuid}, text=span_of(doc, "Deputy"))
    with pytest.raises(AlreadyMarkedError) as refused:
        ann.set_status(doc.lib, same, "accepted", author=ME)
    assert str(refused.value) == "These words are already tagged People by Rita."
    ann.set_status(doc.lib, other, "accepted", author=ME)
    # two rules proposed one banner: the first accepted, the second says who accepted it
    first = propose(doc, "marking", SECRET, rule="banner", text=span_of(doc, "SECRET"))
    second = propose(doc, "marking", SECRET, rule="portion", text=span_of(doc, "SECRET"))
    ann.set_status(doc.lib, first, "accepted", author="Bob")
    with pytest.raises(AlreadyMarkedError) as refused:
        ann.set_status(doc.lib, second, "accepted", author=ME)
    assert str(refused.value) == "These words are already marked SECRET by Bob."


def test_accept_all_leaves_what_is_already_marked_proposed(doc: Doc) -> None:
    mine = mark(doc, "marking", SECRET, text=span_of(doc, "SECRET"))
    twice = [
        propose(doc, "marking", SECRET, rule=rule, text=span_of(doc, "SECRET"))
        for rule in ("banner", "portion")
    ]
    director = propose(doc, "marking", {"category": "classification", "value": "TOP SECRET"},
                       rule="banner", text=span_of(doc, "Director"))  # fmt: skip
    director_again = propose(doc, "marking", {"category": "classification", "value": "TOP SECRET"},
                             rule="portion", text=span_of(doc, "Director"))  # fmt: skip
    other_page = ann.create_annotation(
        doc.lib, doc.pages[1], "marking", text=Span(0, 6), body=SECRET, author="redline-detector",
        origin="detector", rule_id="banner", status="proposed",
    ).uuid  # fmt: skip
    outcome = bulk_accept.accept_all(
        doc.lib, document_id=doc.document_id, kind="marking", author=ME
    )
    assert sorted(c.uuid for c in outcome.changes) == sorted([director, other_page])
    assert outcome.marked == [
        bulk_accept.MarkedProposal(twice[0], 0, mine),
        bulk_accept.MarkedProposal(twice[1], 0, mine),
        bulk_accept.MarkedProposal(director_again, 0, director),
    ]
    assert [status(doc, u) for u in (*twice, director_again)] == ["proposed"] * 3
    assert status(doc, director) == "accepted" and status(doc, other_page) == "accepted"
    annotation_rows.revert_changes(doc.lib, outcome.changes, author=ME)
    assert status(doc, director) == "proposed" and status(doc, other_page) == "proposed"


def test_the_list_says_which_proposals_are_already_marked(doc: Doc) -> None:
    proposal = propose(doc, "marking", SECRET, text=span_of(doc, "SECRET"))
    band = propose(doc, "marking", SECRET, rule="band", region=words_box(doc, "SECRET"))
    other = propose(doc, "marking", SECRET, text=span_of(doc, "memo"))
    where = AnnotationFilter(document_id=doc.document_id, status="proposed")
    records = annotation_listing.list_annotations(doc.lib, where)
    assert {r.uuid for r in records} == {proposal, band, other}
    assert proposals_marked(doc.lib, records) == frozenset()
    mark(doc, "marking", SECRET, text=span_of(doc, "SECRET"))
    marked = proposals_marked(doc.lib, records)
    assert marked == {proposal, band}  # (the band's box against the person's words' box)
    page = annotation_listing.list_annotations(doc.lib, AnnotationFilter(page_id=doc.pages[0]))
    assert proposals_marked(doc.lib, page) == {proposal, band}
    assert proposals_marked(doc.lib, []) == frozenset()


def test_corrections_of_the_same_span_and_notes_alike(doc: Doc) -> None:
    mark(doc, "correction", {"replacement": "MONGOOSE"}, text=span_of(doc, "Mongoose"))
    same = propose(doc, "correction", {"replacement": "MONGOOSE"}, text=span_of(doc, "Mongoose"))
    wider = propose(doc, "correction", {"replacement": "MONGOOSE"},
                    text=span_of(doc, "Operation Mongoose"))  # fmt: skip
    with pytest.raises(AlreadyMarkedError) as refused:
        ann.set_status(doc.lib, same, "accepted", author=ME)
    assert str(refused.value) == "These words are already corrected to “MONGOOSE” by Rita."
    ann.set_status(doc.lib, wider, "accepted", author=ME)  # (replaces other characters)
    # two people writing the same note have not marked anything twice
    mark(doc, "note", {"text": "illegible"})
    theirs = propose(doc, "note", {"text": "illegible"})
    ann.set_status(doc.lib, theirs, "accepted", author=ME)
    assert status(doc, theirs) == "accepted"
