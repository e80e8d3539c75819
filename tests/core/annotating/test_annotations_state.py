"""Random sequences of annotation edits, undo and redo: the database always agrees with a simple
in-memory model, and undoing everything returns the annotations to where they started."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from app.core.annotating import annotation_listing, annotation_rows, bulk_accept
from app.core.annotating import annotations as ann
from app.core.annotating.reading import corrected_reading
from app.core.annotating.records import (
    AnnotationChange,
    AnnotationFilter,
    AnnotationRecord,
    Region,
    Span,
)
from app.core.annotating.tags import create_tag
from app.core.annotating.vocabulary import AnnotationError, Kind, Status, marking_categories
from app.core.library import Library
from db.models import Annotation
from tests.core.annotating.helpers import ME, Doc, fts_corrected, import_doc

pytestmark = pytest.mark.slow  # about ten seconds: 40 random sequences of 25 steps

KINDS: tuple[Kind, ...] = ("note", "correction", "marking", "redaction", "tag")
CREATED: tuple[Status, ...] = ("accepted", "proposed")
Model = dict[str, tuple[Any, ...]]  # uuid -> (page, kind, body, status, deleted, span, region)

# NUL is refused by the service (test_annotations.py): a library cannot store it.
texts = st.characters(codec="utf-8", blacklist_characters="\x00")
notes = st.text(texts, min_size=1, max_size=12).filter(lambda s: s.strip() != "")
regions = st.builds(
    Region,
    x=st.integers(0, 500).map(float),
    y=st.integers(0, 600).map(float),
    w=st.integers(1, 100).map(float),
    h=st.integers(1, 100).map(float),
)
markings = st.sampled_from(
    [{"category": c.id, "value": e} for c in marking_categories() for e in c.examples]
)
exemptions = st.sampled_from([e for c in marking_categories() if c.id == "exemption"
                              for e in c.examples])  # fmt: skip


def snapshot(lib: Library) -> tuple[list[Any], list[Any]]:
    """Every column of every annotation but its revisions and its version (an undo is a change
    like any other: it gives the fields it puts back a new version, so that a merge carries it,
    see test_revisions.py; and it is one more write), and the search index's corrected readings."""
    listed = ", ".join(f'"{c.name}"' for c in Annotation.__table__.columns
                       if c.name not in ("revisions", "version"))  # fmt: skip
    with lib.reading() as s:
        conn = s.connection()
        rows = list(conn.exec_driver_sql(f"SELECT {listed} FROM annotations ORDER BY uuid"))
        fts = conn.exec_driver_sql("SELECT rowid, corrected FROM page_text_fts ORDER BY 1").all()
    return rows, [tuple(r) for r in fts]


class AnnotationMachine(RuleBasedStateMachine):
    def __init__(self, doc: Doc, tag_uuid: str) -> None:
        super().__init__()
        self.doc, self.lib, self.tag_uuid = doc, doc.lib, tag_uuid
        with self.lib.transaction() as s:  # each example starts from a clean page
            s.connection().exec_driver_sql("DELETE FROM annotations")
            s.connection().exec_driver_sql("UPDATE page_text_fts SET corrected = ''")
        self.model: Model = {}
        self.undo: list[tuple[list[AnnotationChange], Model, Model]] = []
        self.redo: list[tuple[list[AnnotationChange], Model, Model]] = []
        # Annotations made before the session: undoing everything must leave them as they were.
        for change in (
            ann.create_annotation(self.lib, doc.pages[0], "correction", text=Span(0, 6),
                                  body={"replacement": "TOP SECRET"}, author=ME),
            ann.create_annotation(self.lib, doc.pages[1], "note", body={"text": "seed"},
                                  author=ME, status="proposed"),
        ):  # fmt: skip
            self.model[change.uuid] = self.view(change.record)
        self.start = snapshot(self.lib)

    @staticmethod
    def view(a: AnnotationRecord) -> tuple[Any, ...]:
        span = None if a.text is None else (a.text.start, a.text.end)
        return (a.page_id, a.kind, a.body, a.status, a.deleted, span, a.region)

    def db(self) -> Model:
        where = AnnotationFilter(document_id=self.doc.document_id, include_deleted=True)
        every = annotation_listing.list_annotations(self.lib, where)
        return {a.uuid: self.view(a) for a in every}

    def done(self, changes: list[AnnotationChange], before: Model) -> None:
        self.undo.append((changes, before, dict(self.model)))
        self.redo.clear()

    def pick(self, data: st.DataObject, *, deleted: bool) -> str:
        # In creation order (uuids are random: sorting by them would make draws irreproducible).
        return data.draw(st.sampled_from([u for u, v in self.model.items() if v[4] == deleted]))

    def body_for(self, data: st.DataObject, kind: str) -> dict[str, Any]:
        if kind == "note":
            return {"text": data.draw(notes)}
        if kind == "correction":
            return {"replacement": data.draw(st.text(texts, max_size=8))}
        if kind == "marking":
            return dict(data.draw(markings))
        if kind == "redaction":
            return {"exemptions": data.draw(st.lists(exemptions, max_size=3)), "note": ""}
        return {"tag": self.tag_uuid}

    def has(self, deleted: bool) -> bool:
        return any(v[4] == deleted for v in self.model.values())

    @rule(data=st.data(), kind=st.sampled_from(KINDS), page=st.sampled_from([0, 1]))
    def create(self, data: st.DataObject, kind: Kind, page: int) -> None:
        start = data.draw(st.integers(0, len(self.doc.text) - 1))
        span = Span(start, data.draw(st.integers(start + 1, len(self.doc.text))))
        region = data.draw(regions)
        body = self.body_for(data, kind)
        by_kind: dict[str, dict[str, Any]] = {
            "note": {}, "correction": {"text": span}, "marking": {"text": span},
            "redaction": {"region": region}, "tag": {"region": region},
        }  # fmt: skip
        anchors = by_kind[kind]
        status = data.draw(st.sampled_from(CREATED))
        change = ann.create_annotation(self.lib, self.doc.pages[page], kind, body=body,
                                       author=ME, status=status, **anchors)  # fmt: skip
        before = dict(self.model)
        self.model[change.uuid] = (self.doc.pages[page], kind, body, status, False,
                                   (span.start, span.end) if "text" in anchors else None,
                                   region if "region" in anchors else None)  # fmt: skip
        self.done([change], before)

    @rule()
    def invalid_create_changes_nothing(self) -> None:
        with pytest.raises(AnnotationError):
            ann.create_annotation(self.lib, self.doc.pages[0], "correction",
                                  body={"replacement": "x"}, author=ME)  # fmt: skip

    @precondition(lambda self: self.has(deleted=False))
    @rule(data=st.data())
    def edit_body(self, data: st.DataObject) -> None:
        uuid = self.pick(data, deleted=False)
        body = self.body_for(data, self.model[uuid][1])
        change = ann.update_annotation(self.lib, uuid, body=body, author=ME)
        before = dict(self.model)
        self.model[uuid] = (*self.model[uuid][:2], body, *self.model[uuid][3:])
        self.done([change], before)

    @precondition(lambda self: self.has(deleted=False))
    @rule(data=st.data(), status=st.sampled_from(["proposed", "accepted", "rejected"]))
    def set_status(self, data: st.DataObject, status: Status) -> None:
        uuid = self.pick(data, deleted=False)
        change = ann.set_status(self.lib, uuid, status, author=ME)
        before = dict(self.model)
        self.model[uuid] = (*self.model[uuid][:3], status, *self.model[uuid][4:])
        self.done([change], before)

    @rule(kind=st.sampled_from(KINDS), page=st.sampled_from([0, 1]))
    def accept_all(self, kind: Kind, page: int) -> None:
        page_id = self.doc.pages[page]
        changes = bulk_accept.accept_all(self.lib, page_id=page_id, kind=kind, author=ME).changes
        before = dict(self.model)
        for u, v in before.items():
            if v[0] == page_id and v[1] == kind and v[3] == "proposed" and not v[4]:
                self.model[u] = (*v[:3], "accepted", *v[4:])
        assert sorted(c.uuid for c in changes) == sorted(
            u for u in self.model if self.model[u] != before[u]
        )
        self.done(changes, before)

    @precondition(lambda self: self.has(deleted=False))
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        uuid = self.pick(data, deleted=False)
        change = ann.delete_annotation(self.lib, uuid, author=ME)
        before = dict(self.model)
        self.model[uuid] = (*self.model[uuid][:4], True, *self.model[uuid][5:])
        self.done([change], before)

    @precondition(lambda self: bool(self.undo))
    @rule()
    def undo_last(self) -> None:
        changes, before, after = self.undo.pop()
        annotation_rows.revert_changes(self.lib, changes, author=ME)
        self.model = dict(before)
        self.redo.append((changes, before, after))

    @precondition(lambda self: bool(self.redo))
    @rule()
    def redo_last(self) -> None:
        changes, before, after = self.redo.pop()
        annotation_rows.apply_changes(self.lib, changes, author=ME)
        self.model = dict(after)
        self.undo.append((changes, before, after))

    @invariant()
    def database_agrees_with_model(self) -> None:
        assert self.db() == self.model

    @invariant()
    def search_index_holds_the_corrected_reading(self) -> None:
        for page in self.doc.pages:
            reading = corrected_reading(self.lib, page)
            assert fts_corrected(self.lib, page) == (reading.corrected if reading.spans else "")

    def teardown(self) -> None:
        while self.undo:
            self.undo_last()
        assert snapshot(self.lib) == self.start


@pytest.fixture
def doc(library: Library, tmp_path: Path) -> Iterator[Doc]:
    yield import_doc(library, tmp_path / "pdfs")


def test_random_edits_agree_with_the_model_and_undo_all_returns_to_start(doc: Doc) -> None:
    tag = create_tag(doc.lib, "People", author=ME).tag
    run_state_machine_as_test(
        lambda: AnnotationMachine(doc, tag.uuid),  # type: ignore[arg-type]
        settings=settings(
            # A server round trip per statement: fewer runs there keep the suite's time (the
            # rules are the service's, the same on both engines; SQLite runs all 40).
            max_examples=15 if doc.lib.on_server else 40,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
