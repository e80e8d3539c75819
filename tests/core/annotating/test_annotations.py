"""The annotation service without Qt: making, editing, deleting, undo/redo, validation, the log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.core.annotating import annotation_listing, annotation_rows, bulk_accept
from app.core.annotating import annotations as ann
from app.core.annotating.annotation_rows import StaleChangeError
from app.core.annotating.reading import CorrectedText, corrected_reading, refresh_corrected_index
from app.core.annotating.records import (
    CONTEXT_CHARS,
    AnnotationChange,
    AnnotationFilter,
    Region,
    Span,
    reading_order,
)
from app.core.annotating.tags import create_tag
from app.core.annotating.vocabulary import AnnotationError, Kind, Status
from app.core.changelog import history, utcnow
from app.core.documents.textlayer import RawWord, insert_text_layer, set_active_layer
from app.core.errors import NotFoundError
from app.core.ids import PageId
from app.core.library import Library
from app.core.ocr.reanchor import reanchor_page
from tests.core.annotating.helpers import ME, Doc, fts_corrected, import_doc, span_of


@pytest.fixture
def doc(library: Library, tmp_path: Path) -> Doc:
    return import_doc(library, tmp_path / "pdfs")


def correct(doc: Doc, word: str, replacement: str, page: int = 0) -> AnnotationChange:
    return ann.create_annotation(
        doc.lib,
        doc.pages[page],
        "correction",
        text=span_of(doc, word),
        body={"replacement": replacement},
        author=ME,
    )


def test_a_correction_keeps_its_quote_and_context(doc: Doc) -> None:
    change = correct(doc, "Mongoose", "MONGOOSE")
    rec = change.record
    assert change.before is None
    assert rec.text is not None
    assert rec.text.quote == "Mongoose"
    assert rec.text.prefix + "Mongoose" + rec.text.suffix in doc.text
    assert len(rec.text.prefix) <= CONTEXT_CHARS and rec.text.prefix.endswith("Operation ")
    assert rec.author == ME and rec.status == "accepted" and rec.origin == "person"
    assert annotation_listing.get_annotation(doc.lib, rec.uuid) == rec


def test_each_kind_is_made_and_its_body_normalised(doc: Doc) -> None:
    tag = create_tag(doc.lib, "Operations", author=ME).tag
    page = doc.pages[0]
    box = Region(72, 72, 100, 20)
    made = {
        "tag": ann.create_annotation(
            doc.lib, page, "tag", text=span_of(doc, "Operation"), body={"tag": tag.uuid}, author=ME
        ),
        "marking": ann.create_annotation(
            doc.lib,
            page,
            "marking",
            text=span_of(doc, "SECRET"),
            region=box,
            body={"category": "classification", "value": " secret ", "text": "SECRET"},
            author=ME,
        ),
        "redaction": ann.create_annotation(
            doc.lib,
            page,
            "redaction",
            region=box,
            body={"exemptions": ["b1", " 1.4(d) "], "note": "withheld", "share": 0.01},
            author=ME,
        ),
        "note": ann.create_annotation(doc.lib, page, "note", body={"text": "See p. 2"}, author=ME),
    }
    assert made["tag"].record.tag_id == tag.id
    assert made["marking"].record.body == {
        "category": "classification",
        "value": "SECRET",
        "text": "SECRET",
    }
    assert made["redaction"].record.body == {
        "exemptions": ["B1", "1.4(d)"],
        "note": "withheld",
        "share": 0.01,
    }
    assert made["redaction"].record.region == box
    kinds = [
        a.kind for a in annotation_listing.list_annotations(doc.lib, AnnotationFilter(page_id=page))
    ]
    assert sorted(kinds) == ["marking", "note", "redaction", "tag"]


BAD: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    ("poem", {"text": "x"}, {}, "Unknown annotation kind"),
    ("correction", {"replacement": "x"}, {}, "needs a span"),
    ("correction", {"replacement": 3}, {"text": Span(0, 3)}, "must be text"),
    ("correction", {"replacement": "x", "why": "y"}, {"text": Span(0, 3)}, "no field why"),
    ("correction", {"replacement": "x"}, {"text": Span(5, 5)}, "empty or outside"),
    ("correction", {"replacement": "x"}, {"text": Span(0, 10_000)}, "empty or outside"),
    ("redaction", {"exemptions": ["B1"]}, {"text": Span(0, 3)}, "needs a region"),
    ("redaction", {"exemptions": "B1"}, {"region": Region(0, 0, 9, 9)}, "list of codes"),
    ("redaction", {"exemptions": [], "share": 2}, {"region": Region(0, 0, 9, 9)}, "0 to 1"),
    ("marking", {"category": "colour", "value": "red"}, {"text": Span(0, 3)}, "Unknown marking"),
    ("marking", {"category": "exemption", "value": "  "}, {"text": Span(0, 3)}, "cannot be empty"),
    ("marking", {"category": "exemption", "value": "B1"}, {}, "span of the text or a region"),
    ("note", {"text": ""}, {}, "cannot be empty"),
    ("note", {}, {}, "needs text"),
    ("tag", {"tag": "no-such-tag"}, {"text": Span(0, 3)}, "There is no tag"),
    ("note", {"text": "x"}, {"region": Region(0, 0, 0, 10)}, "width and a height"),
    ("note", {"text": "x"}, {"region": Region(700, 700, 50, 50)}, "outside the page"),
    ("note", {"text": "a\x00b"}, {}, "NUL character"),
    ("redaction", {"exemptions": ["B1\x00"]}, {"region": Region(0, 0, 9, 9)}, "NUL character"),
]


@pytest.mark.parametrize(("kind", "body", "anchors", "message"), BAD)
def test_invalid_annotations_are_refused_with_a_reason(
    doc: Doc, kind: Kind, body: dict[str, Any], anchors: dict[str, Any], message: str
) -> None:
    with pytest.raises(AnnotationError, match=message):  # ("poem" too: the kind is checked)
        ann.create_annotation(doc.lib, doc.pages[0], kind, body=body, author=ME, **anchors)
    assert (
        annotation_listing.list_annotations(
            doc.lib, AnnotationFilter(document_id=doc.document_id, include_deleted=True)
        )
        == []
    )


def test_bad_status_and_missing_page_are_refused(doc: Doc) -> None:
    with pytest.raises(AnnotationError, match="Unknown status"):
        ann.create_annotation(doc.lib, doc.pages[0], "note", body={"text": "x"}, author=ME,
                              status="maybe")  # type: ignore[arg-type]  # fmt: skip
    with pytest.raises(NotFoundError):
        ann.create_annotation(doc.lib, PageId(9999), "note", body={"text": "x"}, author=ME)
    with pytest.raises(NotFoundError):
        annotation_listing.get_annotation(doc.lib, "no-such-uuid")


def test_update_changes_body_status_and_anchor_and_logs_it(doc: Doc) -> None:
    rec = correct(doc, "Mongoose", "MONGOOSE").record
    change = ann.update_annotation(
        doc.lib, rec.uuid, body={"replacement": "MANGOOSE"}, text=span_of(doc, "Deputy"),
        author="Bob",
    )  # fmt: skip
    after = change.record
    assert change.before == rec
    assert after.body == {"replacement": "MANGOOSE"}
    assert after.text is not None and after.text.quote == "Deputy"
    assert after.modified_at >= rec.modified_at and after.created_at == rec.created_at
    assert after.author == ME  # the annotation's author; the editor is in the log
    log = history(doc.lib, rec.uuid)
    assert [e.action for e in log] == ["create", "update"]
    assert log[1].author == "Bob"
    assert log[1].before is not None and log[1].before["body"] == {"replacement": "MONGOOSE"}
    assert log[1].after is not None and log[1].after["text"]["quote"] == "Deputy"


def test_a_row_read_once_for_its_write_is_read_again_once_written(doc: Doc) -> None:
    """A change reads the row with its version and history in one statement (a round trip
    fewer on a server); what it read serves one write only: written twice in one transaction,
    the row's version is read again for the second write (a stale one would have it refused as
    a stale edit), and each write is a version of its own."""
    from dataclasses import replace

    rec = correct(doc, "Mongoose", "MONGOOSE").record
    with doc.lib.transaction() as s:
        before = annotation_rows.load_record(s, rec.uuid)
        first = replace(before, body={"replacement": "M1"})
        annotation_rows.write_state(s, rec.uuid, first, before=before, author="Bob")
        second = replace(first, body={"replacement": "M2"})
        annotation_rows.write_state(s, rec.uuid, second, before=first, author="Bob")
    assert annotation_listing.get_annotation(doc.lib, rec.uuid).body == {"replacement": "M2"}
    with doc.lib.reading() as s:
        version = (
            s.connection()
            .exec_driver_sql("SELECT version FROM annotations WHERE uuid = ?", (rec.uuid,))
            .scalar_one()
        )
    assert version == 3  # made, then written twice


def test_an_update_that_changes_nothing_writes_nothing(doc: Doc) -> None:
    rec = correct(doc, "Mongoose", "MONGOOSE").record
    change = ann.update_annotation(doc.lib, rec.uuid, body={"replacement": "MONGOOSE"}, author=ME)
    assert change.before == change.after == rec and change.is_noop
    assert len(history(doc.lib, rec.uuid)) == 1
    assert not ann.update_annotation(
        doc.lib, rec.uuid, body={"replacement": "M"}, author=ME
    ).is_noop


def test_removing_a_required_anchor_is_refused(doc: Doc) -> None:
    rec = correct(doc, "Mongoose", "MONGOOSE").record
    with pytest.raises(AnnotationError, match="needs a span"):
        ann.update_annotation(doc.lib, rec.uuid, text=None, author=ME)
    assert annotation_listing.get_annotation(doc.lib, rec.uuid) == rec


def test_delete_is_a_tombstone_and_undo_brings_it_back(doc: Doc) -> None:
    rec = ann.create_annotation(doc.lib, doc.pages[0], "note", body={"text": "x"}, author=ME).record
    deletion = ann.delete_annotation(doc.lib, rec.uuid, author=ME)
    gone = deletion.record
    assert gone.deleted
    assert (
        annotation_listing.list_annotations(doc.lib, AnnotationFilter(page_id=doc.pages[0])) == []
    )
    assert annotation_listing.list_annotations(
        doc.lib, AnnotationFilter(page_id=doc.pages[0], include_deleted=True)
    ) == [gone]
    with pytest.raises(AnnotationError, match="already deleted"):
        ann.delete_annotation(doc.lib, rec.uuid, author=ME)
    with pytest.raises(AnnotationError, match="undo the deletion"):
        ann.update_annotation(doc.lib, rec.uuid, body={"text": "y"}, author=ME)
    with pytest.raises(AnnotationError, match="undo the deletion"):
        ann.set_status(doc.lib, rec.uuid, "rejected", author=ME)
    [back] = annotation_rows.revert_changes(doc.lib, [deletion], author=ME)
    assert back.after is not None and not back.after.deleted
    assert [e.action for e in history(doc.lib, rec.uuid)] == ["create", "delete", "undo"]


def test_undo_of_a_creation_removes_it_and_redo_brings_back_the_same_annotation(doc: Doc) -> None:
    change = correct(doc, "Mongoose", "MONGOOSE")
    annotation_rows.revert_changes(doc.lib, [change], author=ME)
    assert (
        annotation_listing.list_annotations(
            doc.lib, AnnotationFilter(document_id=doc.document_id, include_deleted=True)
        )
        == []
    )
    assert fts_corrected(doc.lib, doc.pages[0]) == ""
    annotation_rows.apply_changes(doc.lib, [change], author=ME)
    assert annotation_listing.get_annotation(doc.lib, change.uuid) == change.after
    assert "MONGOOSE" in fts_corrected(doc.lib, doc.pages[0])
    actions = [e.action for e in history(doc.lib, change.uuid)]
    assert actions == ["create", "undo", "redo"]


def test_undo_and_redo_of_edits_delete_and_status(doc: Doc) -> None:
    rec = correct(doc, "Mongoose", "MONGOOSE").record
    steps = [
        ann.update_annotation(doc.lib, rec.uuid, body={"replacement": "X"}, author=ME),
        ann.set_status(doc.lib, rec.uuid, "rejected", author=ME),
        ann.delete_annotation(doc.lib, rec.uuid, author=ME),
    ]
    final = annotation_listing.get_annotation(doc.lib, rec.uuid)
    for step in reversed(steps):
        annotation_rows.revert_changes(doc.lib, [step], author=ME)
    assert annotation_listing.get_annotation(doc.lib, rec.uuid) == rec
    for step in steps:
        annotation_rows.apply_changes(doc.lib, [step], author=ME)
    assert annotation_listing.get_annotation(doc.lib, rec.uuid) == final


def test_an_undo_whose_state_has_moved_on_is_refused(doc: Doc) -> None:
    rec = correct(doc, "Mongoose", "MONGOOSE").record
    first = ann.update_annotation(doc.lib, rec.uuid, body={"replacement": "A"}, author=ME)
    ann.update_annotation(doc.lib, rec.uuid, body={"replacement": "B"}, author=ME)
    with pytest.raises(StaleChangeError):
        annotation_rows.revert_changes(doc.lib, [first], author=ME)
    assert annotation_listing.get_annotation(doc.lib, rec.uuid).body == {"replacement": "B"}


def test_accept_all_of_a_kind_on_a_page_and_its_undo(doc: Doc) -> None:
    def propose(page: int, kind: Kind = "marking") -> str:
        body = {"category": "exemption", "value": "b6"} if kind == "marking" else {"text": "n"}
        return ann.create_annotation(
            doc.lib, doc.pages[page], kind, region=Region(10, 10, 20, 20), body=body,
            author="detector", origin="detector", rule_id="exemption-b", confidence=0.9,
            status="proposed",
        ).uuid  # fmt: skip

    on_first, on_second, a_note = propose(0), propose(1), propose(0, "note")
    changes = bulk_accept.accept_all(
        doc.lib, page_id=doc.pages[0], kind="marking", author=ME
    ).changes
    assert [c.uuid for c in changes] == [on_first]
    status = {
        u: annotation_listing.get_annotation(doc.lib, u).status
        for u in (on_first, on_second, a_note)
    }
    assert status == {on_first: "accepted", on_second: "proposed", a_note: "proposed"}
    bulk_accept.accept_all(doc.lib, document_id=doc.document_id, kind="marking", author=ME)
    assert annotation_listing.get_annotation(doc.lib, on_second).status == "accepted"
    annotation_rows.revert_changes(doc.lib, changes, author=ME)
    assert annotation_listing.get_annotation(doc.lib, on_first).status == "proposed"
    with pytest.raises(AnnotationError):
        bulk_accept.accept_all(doc.lib, kind="marking", author=ME)


def test_accept_all_leaves_proposals_with_unknown_codes_proposed_and_says_which(doc: Doc) -> None:
    def propose(page: int, codes: list[str]) -> str:
        return ann.create_annotation(
            doc.lib, doc.pages[page], "redaction", region=Region(10, 10, 20, 20),
            body={"exemptions": codes}, author="detector", origin="detector",
            rule_id="redaction-box", confidence=0.9, status="proposed",
        ).uuid  # fmt: skip

    good, odd, none = propose(0, ["b6"]), propose(1, ["B1", "3.3(a)(1)"]), propose(1, [])
    outcome = bulk_accept.accept_all(
        doc.lib, document_id=doc.document_id, kind="redaction", author=ME
    )
    assert sorted(c.uuid for c in outcome.changes) == sorted([good, none])
    assert outcome.held == [bulk_accept.HeldProposal(odd, 1, ("3.3(a)(1)",))]
    status = {u: annotation_listing.get_annotation(doc.lib, u).status for u in (good, odd, none)}
    assert status == {good: "accepted", odd: "proposed", none: "accepted"}
    marking = ann.create_annotation(
        doc.lib, doc.pages[0], "marking", region=Region(40, 40, 20, 20),
        body={"category": "exemption", "value": "(b)(12)"}, author="detector",
        origin="detector", status="proposed",
    ).uuid  # fmt: skip
    outcome = bulk_accept.accept_all(doc.lib, page_id=doc.pages[0], kind="marking", author=ME)
    assert outcome.changes == [] and [h.codes for h in outcome.held] == [("(b)(12)",)]
    assert annotation_listing.get_annotation(doc.lib, marking).status == "proposed"


def test_list_filters(doc: Doc, library: Library, tmp_path: Path) -> None:
    other = import_doc(library, tmp_path / "other", ("Another text entirely.",))
    tag = create_tag(doc.lib, "People", author=ME).tag
    box = Region(10, 10, 20, 20)
    t = ann.create_annotation(doc.lib, doc.pages[1], "tag", region=box, body={"tag": tag.uuid},
                              author="Bob").record  # fmt: skip
    n = ann.create_annotation(doc.lib, doc.pages[0], "note", body={"text": "a"}, author=ME,
                              status="proposed").record  # fmt: skip
    c = correct(doc, "Mongoose", "M").record
    o = ann.create_annotation(other.lib, other.pages[0], "note", body={"text": "b"}, author=ME)

    gone = ann.create_annotation(doc.lib, doc.pages[0], "note", body={"text": "x"}, author=ME)
    ann.delete_annotation(doc.lib, gone.uuid, author=ME)

    def uuids(**kw: Any) -> list[str]:
        where = AnnotationFilter(**kw)
        listed = [a.uuid for a in annotation_listing.list_annotations(doc.lib, where)]
        if where.document_id is None:  # the same filter on records already read (a pane's page)
            every = annotation_listing.list_annotations(
                doc.lib, AnnotationFilter(include_deleted=True)
            )
            assert [a.uuid for a in every if where.matches(a)] == listed
        return listed

    assert uuids(document_id=doc.document_id) == [c.uuid, n.uuid, t.uuid]  # page, then text
    assert uuids(document_id=other.document_id) == [o.uuid]
    assert uuids(kind="tag") == [t.uuid]
    assert uuids(tag=tag.id) == [t.uuid]
    assert uuids(status="proposed") == [n.uuid]
    assert uuids(author="Bob") == [t.uuid]
    assert uuids(page_id=doc.pages[0], kind="note") == [n.uuid]
    assert uuids(page_id=doc.pages[0], kind="note", include_deleted=True) == [n.uuid, gone.uuid]
    with doc.lib.transaction() as s:  # what re-anchoring does to an annotation it cannot place
        s.connection().exec_driver_sql("UPDATE annotations SET orphaned = ? WHERE uuid = ?",
                                       (True, c.uuid))  # fmt: skip
    assert uuids(orphaned=True) == [c.uuid]
    assert c.uuid not in uuids(orphaned=False)


def test_a_page_lists_by_text_position_then_region_top_and_left_then_age(doc: Doc) -> None:
    page = doc.pages[0]

    def make(text: Span | None = None, region: Region | None = None) -> str:
        return ann.create_annotation(doc.lib, page, "note", text=text, region=region,
                                     body={"text": "n"}, author=ME).uuid  # fmt: skip

    on_page = make()
    low_right, low_left = make(region=Region(100, 50, 5, 5)), make(region=Region(10, 50, 5, 5))
    high = make(region=Region(300, 10, 5, 5))
    later_word, word, word_again = make(Span(20, 25)), make(Span(5, 9)), make(Span(5, 9))
    boxed_word = make(Span(12, 15), Region(0, 0, 5, 5))  # a text position counts first
    listed = [
        a.uuid for a in annotation_listing.list_annotations(doc.lib, AnnotationFilter(page_id=page))
    ]
    assert listed == [word, word_again, boxed_word, later_word, high, low_left, low_right, on_page]


def test_corrected_text_applies_accepted_corrections_and_maps_spans(doc: Doc) -> None:
    correct(doc, "SECRET", "TOP SECRET")
    correct(doc, "Mongoose", "MONGOOSE")
    rejected = correct(doc, "Deputy", "Assistant").record
    ann.set_status(doc.lib, rejected.uuid, "rejected", author=ME)
    reading = ann_reading(doc)
    expected = doc.text.replace("SECRET", "TOP SECRET").replace("Mongoose", "MONGOOSE")
    assert reading.corrected == expected
    assert [(s.original, s.replacement) for s in reading.spans] == [
        ("SECRET", "TOP SECRET"),
        ("Mongoose", "MONGOOSE"),
    ]
    for s in reading.spans:
        assert reading.corrected[s.corrected_start : s.corrected_end] == s.replacement
        assert reading.original[s.start : s.end] == s.original
    memo = doc.text.index("memo")
    assert reading.corrected[reading.to_corrected(memo) :].startswith("memo")
    assert fts_corrected(doc.lib, doc.pages[0]) == expected
    assert fts_corrected(doc.lib, doc.pages[1]) == ""


def ann_reading(doc: Doc, page: int = 0) -> CorrectedText:
    return corrected_reading(doc.lib, doc.pages[page])


def test_overlapping_corrections_the_latest_wins(doc: Doc) -> None:
    older = correct(doc, "Operation Mongoose", "OPERATION MONGOOSE").record
    newer = correct(doc, "Mongoose", "Mongoose (sic)").record
    reading = ann_reading(doc)
    assert [s.uuid for s in reading.spans] == [newer.uuid]
    assert reading.overridden == (older.uuid,)
    ann.update_annotation(doc.lib, older.uuid, body={"replacement": "OP. MONGOOSE"}, author=ME)
    reading = ann_reading(doc)
    assert [s.uuid for s in reading.spans] == [older.uuid]
    assert "OP. MONGOOSE from" in reading.corrected


def test_deleting_a_correction_updates_the_search_index(doc: Doc) -> None:
    rec = correct(doc, "Mongoose", "MONGOOSE").record
    with doc.lib.reading() as s:
        conn = s.connection()
        if conn.dialect.name == "postgresql":
            match = "to_tsvector('simple', corrected) @@ to_tsquery('simple', 'MONGOOSE')"
        else:
            match = "page_text_fts MATCH 'corrected:MONGOOSE'"
        hits = conn.exec_driver_sql(f"SELECT rowid FROM page_text_fts WHERE {match}")
        assert [h[0] for h in hits] == [doc.pages[0]]
    ann.delete_annotation(doc.lib, rec.uuid, author=ME)
    assert fts_corrected(doc.lib, doc.pages[0]) == ""


def test_after_a_re_ocr_moved_annotations_stay_and_the_rest_are_listed_as_orphans(
    doc: Doc,
) -> None:
    fix = correct(doc, "Mongoose", "MONGOOSE").record
    lost = ann.create_annotation(doc.lib, doc.pages[0], "note", text=span_of(doc, "Deputy"),
                                 body={"text": "who?"}, author=ME).record  # fmt: skip
    new_text = "Preamble. SECRET memo on Operation Mongoose."
    words = [RawWord(w, None, None, None, None, word=i) for i, w in enumerate(new_text.split())]
    with doc.lib.transaction() as s:  # what a re-OCR does (app.core.ocr.run)
        layer, text = insert_text_layer(s.connection(), doc.pages[0], words, source="tesseract",
                                        created_at=utcnow())  # fmt: skip
        set_active_layer(s.connection(), doc.pages[0], layer, text)
        reanchor_page(s, doc.pages[0], layer, text, utcnow())
        refresh_corrected_index(s, [doc.pages[0]])
    assert [
        a.uuid
        for a in annotation_listing.list_annotations(doc.lib, AnnotationFilter(orphaned=True))
    ] == [lost.uuid]
    moved = annotation_listing.get_annotation(doc.lib, fix.uuid)
    assert moved.text is not None and moved.text.layer_id == layer
    assert corrected_reading(doc.lib, doc.pages[0]).corrected == new_text.replace(
        "Mongoose", "MONGOOSE"
    )
    assert fts_corrected(doc.lib, doc.pages[0]) == new_text.replace("Mongoose", "MONGOOSE")
    again = ann.update_annotation(doc.lib, lost.uuid, text=Span(0, 8), author=ME).record
    assert not again.orphaned and again.text is not None and again.text.quote == "Preamble"


def test_a_region_past_the_page_edge_is_clipped_to_the_page(doc: Doc) -> None:
    change = ann.create_annotation(
        doc.lib,
        doc.pages[0],
        "note",
        body={"text": "stamp"},
        author=ME,
        region=Region(580, -5, 50, 30),
    )
    assert change.record.region == Region(580, 0, 32, 25)  # the page is 612 points wide


def test_proposal_places_are_where_the_listed_proposals_come(doc: Doc, tmp_path: Path) -> None:
    """The review steps through proposals by their places, read without bodies: the same
    proposals as listed with status "proposed", in the same reading order, the same place each
    (a text span, a region, both, neither), and the detector's confidence."""
    other = import_doc(doc.lib, tmp_path / "other", ("Another text entirely.",))

    def make(
        page: int,
        text: Span | None = None,
        region: Region | None = None,
        status: Status = "proposed",
        confidence: float | None = 0.7,
    ) -> str:
        return ann.create_annotation(
            doc.lib, doc.pages[page], "note", text=text, region=region, body={"text": "n"},
            author="", status=status, origin="detector", confidence=confidence,
        ).uuid  # fmt: skip

    made = [
        make(1, region=Region(100, 50, 5, 5)), make(0, Span(20, 25), confidence=None),
        make(0), make(0, Span(5, 9), Region(0, 0, 5, 5), confidence=0.55),
        make(1, Span(0, 3)), make(0, region=Region(300, 10, 5, 5)),
    ]  # fmt: skip
    make(0, Span(1, 2), status="accepted")  # not a proposal
    gone = make(0, Span(0, 1))
    ann.delete_annotation(doc.lib, gone, author=ME)
    ann.create_annotation(  # another document's
        other.lib, other.pages[0], "note", body={"text": "o"}, author="", origin="detector",
        status="proposed",
    )  # fmt: skip
    listed = annotation_listing.list_annotations(
        doc.lib, AnnotationFilter(document_id=doc.document_id, status="proposed")
    )
    places = annotation_listing.proposal_places(doc.lib, doc.document_id)
    index = {page: i for i, page in enumerate(doc.pages)}
    assert sorted(p.uuid for p in places) == sorted(made)
    assert [p.uuid for p in sorted(places, key=lambda p: (p.page_index, p.order))] == [
        r.uuid for r in listed
    ]
    by_uuid = {p.uuid: p for p in places}
    for r in listed:
        place = by_uuid[r.uuid]
        assert place.order == reading_order(r) and place.page_index == index[r.page_id]
        assert place.confidence == r.confidence


def test_the_reading_says_which_correction_overrides_which(doc: Doc) -> None:
    """Two people correcting the same word at once: the reading shows the newer, and says
    which one it hides, so that the window can show both (it could only list the hidden)."""
    carol = correct(doc, "Mongoose", "MONGOOSE").record
    dave = correct(doc, "Mongoose", "Mongoose (sic)").record
    alone = correct(doc, "memo", "memorandum").record
    reading = ann_reading(doc)
    assert reading.overrides == ((carol.uuid, dave.uuid),)
    assert reading.rivals(carol.uuid) == reading.rivals(dave.uuid) == (dave.uuid, carol.uuid)
    assert reading.rivals(alone.uuid) == ()
