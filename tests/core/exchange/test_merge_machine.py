"""A state machine: two or three libraries share a start, then people edit apart and sets travel
between them in random orders and directions, some merges failing half-way.

The model knows only what a person could: which edits each library has seen (its own, and those
of every set it imported, transitively). An edit of a field supersedes the edits of that field
its library had seen; the others are *live*. Properties:

- every edit survives or is listed as a conflict: once every library has met every other, each
  field holds exactly the values of its live edits (one: decided; several: a conflict) in every
  library; a deletion with a change its deleter never saw holds both "deleted" and "not";
- a second merge of the same set changes nothing;
- a merge that fails (cancelled half-way, a disk error while writing) leaves the library exactly
  as it was;
- once every conflict is decided the same way everywhere, all libraries hold the same set.

Edits are made through the annotation services, as the window and ``redline annotate`` make
them, and only of fields not in conflict in that library (an edit of a field in conflict keeps
the conflict: tests/core/annotating/test_conflicts.py).
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from app.core.annotating import annotation_listing
from app.core.annotating import annotations as A
from app.core.annotating.conflicts import decide, list_conflicts
from app.core.annotating.records import Region
from app.core.annotating.review import set_page_status
from app.core.annotating.revisions import annotation_fields, value_key
from app.core.annotating.tags import create_tag, rename_tag
from app.core.annotating.vocabulary import Status
from app.core.documents.review_status import ReviewStatus
from app.core.exchange import merge_local, merge_planner
from app.core.exchange.merge import MergeCancelled, import_annotations
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from tests.core.exchange.helpers import new_library, page_info, scan_pdf, snapshot
from tests.pg_helpers import PgServer

NOTES = ("check the date", "who is this?", "see the cable")
CODES = (["B6"], ["B6", "B7(C)"], ["B1"])
STATUSES: tuple[Status, ...] = ("accepted", "rejected")
REVIEWS: tuple[ReviewStatus, ...] = ("in_progress", "reviewed")
NAMES = ("people", "persons", "agents")


@dataclass(frozen=True)
class Edit:
    id: int
    key: tuple[str, str]  # (entity uuid, field)
    value: Any
    saw: frozenset[int]  # the edits its library had seen when it was made


@dataclass
class Member:
    name: str
    lib: Library
    doc_id: int
    seen: set[int] = field(default_factory=set)  # edit ids
    entities: set[str] = field(default_factory=set)  # what it holds


class MergeMachine(RuleBasedStateMachine):
    root: Path
    libraries = 2
    server: Callable[[], str] | None = None  # a new server library: the first member's

    def __init__(self) -> None:
        super().__init__()
        self.members: list[Member] = []
        self.edits: list[Edit] = []
        self.initial: dict[tuple[str, str], Any] = {}
        self.counter = itertools.count(1)
        self.files = itertools.count(1)
        self.page_keys: list[str] = []

    # -- the start --------------------------------------------------------------------------------

    @initialize()
    def start(self) -> None:
        work = Path(tempfile.mkdtemp(dir=self.root))
        pdf = scan_pdf(self.root / "scan.pdf")
        for i in range(self.libraries):
            where = self.server() if i == 0 and self.server else work / f"lib{i}"
            lib, doc_id = new_library(where, pdf)
            self.members.append(Member(f"Person {i}", lib, doc_id))
        first = self.members[0]
        pages = [page_info(first.lib, first.doc_id, n)[0] for n in (0, 1)]
        made = [
            A.create_annotation(first.lib, pages[0], "note", body={"text": NOTES[0]},
                                author=first.name),
            A.create_annotation(first.lib, pages[1], "redaction", region=Region(72, 72, 90, 14),
                                body={"exemptions": ["B6"], "note": ""}, author=first.name),
        ]  # fmt: skip
        self.notes = [made[0].uuid]
        self.redactions = [made[1].uuid]
        self.tag = create_tag(first.lib, NAMES[0], author=first.name).tag.uuid
        for change in made:
            for name, value in annotation_fields(_record(first.lib, change.uuid)).items():
                self.initial[(change.uuid, name)] = value
        self.initial[(self.tag, "name")] = NAMES[0]
        self.page_keys = [str(p) for p in pages]
        for p in self.page_keys:
            self.initial[(p, "review")] = "unreviewed"
        first.entities = {*self.notes, *self.redactions, self.tag}
        path = work / "start.json"
        export_json(first.lib, path)
        for other in self.members[1:]:
            import_annotations(other.lib, path, author=other.name)
            other.entities = set(first.entities)
        self.work = work

    # -- edits ------------------------------------------------------------------------------------

    def _edit(self, m: Member, key: tuple[str, str], value: Any, write: Any) -> None:
        """Make an edit unless the field is in conflict here or already holds ``value``."""
        if key[0] not in m.entities or _in_conflict(m.lib, key) or _deleted(m.lib, key[0]):
            return
        if value_key(_value(m.lib, key)) == value_key(value):
            return  # no change: the service writes nothing
        write()
        edit = Edit(next(self.counter), key, value, frozenset(m.seen))
        self.edits.append(edit)
        m.seen.add(edit.id)

    @rule(who=st.integers(0, 2), note=st.integers(0, 9), text=st.sampled_from(NOTES))
    def edit_note(self, who: int, note: int, text: str) -> None:
        m = self._member(who)
        uuid = self.notes[note % len(self.notes)]

        def write() -> None:
            A.update_annotation(m.lib, uuid, body={"text": text}, author=m.name)

        self._edit(m, (uuid, "body.text"), text, write)

    @rule(who=st.integers(0, 2), codes=st.sampled_from(CODES))
    def edit_codes(self, who: int, codes: list[str]) -> None:
        m = self._member(who)
        uuid = self.redactions[0]

        def write() -> None:
            body = {**annotation_listing.get_annotation(m.lib, uuid).body, "exemptions": codes}
            A.update_annotation(m.lib, uuid, body=body, author=m.name)

        self._edit(m, (uuid, "body.exemptions"), codes, write)

    @rule(who=st.integers(0, 2), note=st.sampled_from(NOTES))
    def edit_redaction_note(self, who: int, note: str) -> None:
        m = self._member(who)
        uuid = self.redactions[0]

        def write() -> None:
            body = {**annotation_listing.get_annotation(m.lib, uuid).body, "note": note}
            A.update_annotation(m.lib, uuid, body=body, author=m.name)

        self._edit(m, (uuid, "body.note"), note, write)

    @rule(who=st.integers(0, 2), which=st.integers(0, 9), status=st.sampled_from(STATUSES))
    def decide_status(self, who: int, which: int, status: Status) -> None:
        m = self._member(who)
        uuid = [*self.notes, *self.redactions][which % (len(self.notes) + 1)]
        self._edit(m, (uuid, "status"), status,
                   lambda: A.set_status(m.lib, uuid, status, author=m.name))  # fmt: skip

    @rule(who=st.integers(0, 2), note=st.integers(0, 9))
    def delete_note(self, who: int, note: int) -> None:
        m = self._member(who)
        uuid = self.notes[note % len(self.notes)]
        self._edit(m, (uuid, "deleted"), True,
                   lambda: A.delete_annotation(m.lib, uuid, author=m.name))  # fmt: skip

    @precondition(lambda self: len(self.notes) < 4)
    @rule(who=st.integers(0, 2), text=st.sampled_from(NOTES))
    def add_note(self, who: int, text: str) -> None:
        m = self._member(who)
        page_id = page_info(m.lib, m.doc_id, 0)[0]
        made = A.create_annotation(m.lib, page_id, "note", body={"text": text}, author=m.name)
        self.notes.append(made.uuid)
        for name, value in annotation_fields(_record(m.lib, made.uuid)).items():
            self.initial[(made.uuid, name)] = value
        m.entities.add(made.uuid)

    @rule(who=st.integers(0, 2), page=st.integers(0, 1), status=st.sampled_from(REVIEWS))
    def review_page(self, who: int, page: int, status: ReviewStatus) -> None:
        m = self._member(who)
        page_id = page_info(m.lib, m.doc_id, page)[0]
        key = (self.page_keys[page], "review")
        self._edit(m, key, status,
                   lambda: set_page_status(m.lib, page_id, status, author=m.name))  # fmt: skip

    @rule(who=st.integers(0, 2), name=st.sampled_from(NAMES))
    def rename(self, who: int, name: str) -> None:
        m = self._member(who)
        self._edit(m, (self.tag, "name"), name,
                   lambda: rename_tag(m.lib, self.tag, name, author=m.name))  # fmt: skip

    # -- merges -----------------------------------------------------------------------------------

    @rule(
        src=st.integers(0, 2),
        dst=st.integers(0, 2),
        failure=st.sampled_from([None, None, "cancel", "disk"]),
        at=st.integers(0, 2),  # the start, after the annotations, after the pages
    )
    def merge(self, src: int, dst: int, failure: str | None, at: int) -> None:
        a, b = self._member(src), self._member(dst)
        if a is b:
            return
        path = self.work / f"set-{next(self.files)}.json"
        export_json(a.lib, path)
        if failure is not None:
            before = snapshot(b.lib)
            with pytest.raises((MergeCancelled, sqlite3.OperationalError)):
                _failing_import(b, path, failure, at)
            assert snapshot(b.lib) == before  # all or nothing
            return
        import_annotations(b.lib, path, author=b.name)
        b.seen |= a.seen
        b.entities |= a.entities
        assert not import_annotations(b.lib, path, author=b.name).changed  # a second time

    def _member(self, i: int) -> Member:
        return self.members[i % len(self.members)]

    # -- the end ----------------------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            if self.members:
                self._everyone_meets()
                self._check_every_edit_survives()
                self._decide_and_converge()
        finally:
            for m in self.members:
                m.lib.close()

    def _everyone_meets(self) -> None:
        """Merge every library into every other until nothing changes."""
        for _ in range(2 * len(self.members) + 2):
            changed = False
            for a, b in itertools.permutations(self.members, 2):
                path = self.work / f"sync-{next(self.files)}.json"
                export_json(a.lib, path)
                changed |= import_annotations(b.lib, path, author=b.name).changed
                b.seen |= a.seen
                b.entities |= a.entities
            if not changed:
                return
        raise AssertionError("the libraries did not settle")

    def _expected(self, key: tuple[str, str]) -> set[str]:
        edits = [e for e in self.edits if e.key == key]
        live = [e for e in edits if not any(e.id in later.saw for later in edits)]
        values = {value_key(e.value) for e in live} or {value_key(self.initial.get(key))}
        if key[1] == "deleted" and live:
            others = [e for e in self.edits if e.key[0] == key[0] and e.key[1] != "deleted"]
            if any(all(e.id not in d.saw for d in edits) for e in others):
                values.add(value_key(False))  # a change no deletion had seen
        return values

    def _check_every_edit_survives(self) -> None:
        for m in self.members:
            held = _held(m.lib, self.page_keys)
            for key in self.initial:
                assert held.get(key, {value_key(self.initial[key])}) == self._expected(key), (
                    m.name,
                    key,
                )

    def _decide_and_converge(self) -> None:
        for m in self.members:
            for conflict in list_conflicts(m.lib):
                for f in conflict.fields:
                    values = [f.here.value, *(v.value for v in f.there)]
                    pick = min(range(len(values)), key=lambda i: value_key(values[i]))
                    take = "here" if pick == 0 else f"there:{pick}"
                    decide(m.lib, conflict.uuid, field=f.field, take=take, author=m.name)
        self._everyone_meets()
        sets = [_plain_export(m.lib, self.work / f"final-{m.name}.json") for m in self.members]
        assert all(s == sets[0] for s in sets[1:])
        assert not any(list_conflicts(m.lib) for m in self.members)

    @invariant()
    def nothing_is_half_merged(self) -> None:
        for m in self.members:
            if m.lib.on_server:  # (its transactions are all or nothing; nothing to check)
                continue
            with m.lib.reading() as s:
                ok = s.connection().exec_driver_sql("PRAGMA quick_check").scalar()
            assert ok == "ok"


class ThreeLibraries(MergeMachine):
    libraries = 3


def _failing_import(m: Member, path: Path, failure: str, at: int) -> None:
    """Import ``path`` and fail: cancelled at the ``at``-th progress step, or a disk error once
    everything was written (just before the commit)."""
    if failure == "cancel":
        ticks = itertools.count()
        import_annotations(m.lib, path, author=m.name, cancel=lambda: next(ticks) >= at)
    original = merge_planner.Merger.finish

    def full_disk(self: merge_planner.Merger) -> None:
        original(self)
        raise sqlite3.OperationalError("database or disk is full")

    merge_planner.Merger.finish = full_disk  # type: ignore[method-assign]
    try:
        import_annotations(m.lib, path, author=m.name)
    finally:
        merge_planner.Merger.finish = original  # type: ignore[method-assign]


def _record(lib: Library, uuid: str) -> dict[str, Any]:
    with lib.reading() as s:
        return merge_local.local_annotations(s.connection(), [uuid])[uuid]


def _value(lib: Library, key: tuple[str, str]) -> Any:
    held = _state(lib, key)
    return held[0]


def _in_conflict(lib: Library, key: tuple[str, str]) -> bool:
    return len(_state(lib, key)[1]) > 0


def _deleted(lib: Library, uuid: str) -> bool:
    with lib.reading() as s:
        value = (
            s.connection()
            .exec_driver_sql("SELECT deleted FROM annotations WHERE uuid = ?", (uuid,))
            .scalar()
        )
    return bool(value)


def _state(lib: Library, key: tuple[str, str]) -> tuple[Any, list[Any]]:
    """A field's value here and the values it holds in conflict."""
    uuid, name = key
    with lib.reading() as s:
        conn = s.connection()
        if name == "review":
            row = conn.exec_driver_sql(
                "SELECT review_status, conflicts FROM pages WHERE id = ?", (int(uuid),)
            ).one()
            return row[0], _others(row[1], name)
        if name == "name":
            row = conn.exec_driver_sql(
                "SELECT name, conflicts FROM tags WHERE uuid = ?", (uuid,)
            ).one()
            return row[0], _others(row[1], name)
    rec = _record(lib, uuid)
    return annotation_fields(rec).get(name), [s["value"] for s in rec["conflicts"].get(name, [])]


def _others(raw: str | None, name: str) -> list[Any]:
    return [s["value"] for s in json.loads(raw or "{}").get(name, [])]


def _held(lib: Library, pages: list[str]) -> dict[tuple[str, str], set[str]]:
    """Every (entity, field) of the model with the values the library holds for it."""
    out: dict[tuple[str, str], set[str]] = {}
    with lib.reading() as s:
        conn = s.connection()
        uuids = [str(u) for u in conn.exec_driver_sql("SELECT uuid FROM annotations").scalars()]
    for uuid in uuids:
        rec = _record(lib, uuid)
        for name, value in annotation_fields(rec).items():
            others = rec["conflicts"].get(name, [])
            out[(uuid, name)] = {value_key(value), *(value_key(o["value"]) for o in others)}
    for key in [*((p, "review") for p in pages)]:
        here, others = _state(lib, key)
        out[key] = {value_key(here), *(value_key(o) for o in others)}
    with lib.reading() as s:
        tags = s.connection().exec_driver_sql("SELECT uuid FROM tags").scalars().all()
    for tag in tags:
        here, others = _state(lib, (str(tag), "name"))
        out[(str(tag), "name")] = {value_key(here), *(value_key(o) for o in others)}
    return out


def _plain_export(lib: Library, path: Path) -> dict[str, Any]:
    export_json(lib, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    return data


@pytest.mark.slow
@pytest.mark.parametrize("machine", [MergeMachine, ThreeLibraries], ids=["two", "three"])
def test_libraries_that_work_apart_lose_nothing_and_converge(
    machine: type[MergeMachine], tmp_path: Path
) -> None:
    machine.root = tmp_path
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=40,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )


@pytest.mark.parametrize("first", ["folder", "server"])
def test_the_sequence_hypothesis_found_with_a_server_library(
    first: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The steps Hypothesis found (issue 21), replayed: both decide a note's status, differently,
    and both edit the codes; the folder's set is merged into the first library (the status in
    conflict there), which then deletes the note; then everyone meets. The deletion was made
    knowing the folder's decision (it waited in the conflict), so it is no conflict itself. The
    same on two folders: nothing here needs a server."""

    class Replay(MergeMachine):
        root = tmp_path
        server = (
            staticmethod(request.getfixturevalue("server_libraries")) if first == "server" else None
        )

    machine = Replay()
    machine.start()
    machine.decide_status(who=0, which=0, status="rejected")
    machine.decide_status(who=0, which=0, status="accepted")
    machine.decide_status(who=1, which=0, status="rejected")
    machine.edit_codes(who=0, codes=["B1"])
    machine.edit_codes(who=1, codes=["B6", "B7(C)"])
    machine.merge(src=1, dst=0, failure=None, at=0)
    machine.delete_note(who=0, note=0)
    assert len(machine.edits) == 6  # each step made its edit
    machine.teardown()


@pytest.fixture
def server_libraries(pg_server: PgServer, pg_library_template: str) -> Iterator[Callable[[], str]]:
    """New PostgreSQL libraries, one an example, dropped at the end."""
    names: list[str] = []

    def new() -> str:
        names.append(pg_server.create_database(template=pg_library_template))
        return pg_server.url(names[-1])

    yield new
    for name in names:
        pg_server.drop_database(name)


@pytest.mark.slow
@pytest.mark.parametrize("count", [2, 3], ids=["one-folder", "two-folders"])
def test_a_server_library_and_folder_libraries_lose_nothing_and_converge(
    count: int, tmp_path: Path, server_libraries: Callable[[], str]
) -> None:
    """The same properties with the first library on a PostgreSQL server (fewer examples: each
    makes a database). With two folders beside it: the combination in which a merge rule's
    regression (a second merge of a set bringing back versions it had dropped) first showed."""

    class ServerAndFolder(MergeMachine):
        root = tmp_path
        server = staticmethod(server_libraries)
        libraries = count

    run_state_machine_as_test(
        ServerAndFolder,
        settings=settings(
            max_examples=16,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
