"""Many reviewers on one PostgreSQL library at once: no writer lock; every annotation write is a
compare-and-set on its version, so a stale edit is refused with one clear message and an undo of
what another reviewer changed says so and does nothing; writers in 8 processes lose nothing; a
writer killed mid-transaction loses nothing it was told was saved, and the others carry on."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from app.core.annotating import annotation_listing, annotation_rows
from app.core.annotating import annotations as ann
from app.core.library import Library
from tests.core.annotating.helpers import ME, Doc, import_doc

# One reviewer's process: makes CREATES notes and EDITS edits of the shared notes (each from the
# record it last read, as a window does), printing a JSON line per acknowledged write.
WRITER = r"""
import json, random, sys
from app.core.annotating import annotations as ann
from app.core.annotating import annotation_listing
from app.core.annotating import annotation_rows
from app.core.library import Library
from app.core.ids import PageId

url, name = sys.argv[1], sys.argv[2]
page, creates, edits = (int(a) for a in sys.argv[3:6])
shared = sys.argv[6].split(",")
rng = random.Random(name)
plan = ["c"] * creates + ["e"] * edits
rng.shuffle(plan)
with Library.open(url) as lib:
    n = 0
    for step in plan:
        try:
            if step == "c":
                n += 1
                body = {"text": f"{name} {n}"}
                made = ann.create_annotation(lib, PageId(page), "note", body=body, author=name)
                print(json.dumps(["created", made.after.uuid]), flush=True)
            else:
                uuid = rng.choice(shared)
                seen = annotation_listing.get_annotation(lib, uuid)
                text = f"{name} edit {n} {rng.random()}"
                n += 1
                ann.update_annotation(lib, uuid, author=name, body={"text": text}, expected=seen)
                print(json.dumps(["edited", uuid, text]), flush=True)
        except annotation_rows.StaleEditError as exc:
            print(json.dumps(["stale", str(exc)]), flush=True)
        except RedlineError as exc:  # anything else a person would see: a failure of the test
            print(json.dumps(["error", str(exc)]), flush=True)
print(json.dumps(["done"]), flush=True)
"""


def _writer(
    url: str, name: str, page: int, creates: int, edits: int, shared: list[str]
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            WRITER,
            url,
            name,
            str(page),
            str(creates),
            str(edits),
            ",".join(shared),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
    )


@pytest.fixture
def server_doc(pg_library_url: str, tmp_path: Path) -> Doc:
    return import_doc(Library.open(pg_library_url), tmp_path / "pdfs")


def _shared_notes(doc: Doc, count: int) -> list[str]:
    return [
        ann.create_annotation(
            doc.lib, doc.pages[0], "note", body={"text": f"shared {i}"}, author=ME
        ).record.uuid
        for i in range(count)
    ]


def test_a_stale_edit_is_refused_and_the_other_reviewers_change_stays(
    server_doc: Doc, pg_library_url: str
) -> None:
    (uuid,) = _shared_notes(server_doc, 1)
    with Library.open(pg_library_url) as other:  # a second reviewer's window
        seen_here = annotation_listing.get_annotation(server_doc.lib, uuid)
        ann.update_annotation(other, uuid, author="Bo", body={"text": "theirs"},
                              expected=annotation_listing.get_annotation(other, uuid))  # fmt: skip
        with pytest.raises(
            annotation_rows.StaleEditError, match="Another reviewer changed this annotation"
        ):
            ann.update_annotation(server_doc.lib, uuid, author=ME, body={"text": "mine"},
                                  expected=seen_here)  # fmt: skip
        with pytest.raises(annotation_rows.StaleEditError):
            ann.delete_annotation(server_doc.lib, uuid, author=ME, expected=seen_here)
        with pytest.raises(annotation_rows.StaleEditError):
            ann.set_status(server_doc.lib, uuid, "rejected", author=ME, expected=seen_here)
    now = annotation_listing.get_annotation(server_doc.lib, uuid)
    assert now.body == {"text": "theirs"} and now.status == "accepted" and not now.deleted


def test_undo_of_what_another_reviewer_changed_says_so_and_does_nothing(
    server_doc: Doc, pg_library_url: str
) -> None:
    (uuid,) = _shared_notes(server_doc, 1)
    mine = ann.update_annotation(server_doc.lib, uuid, author=ME, body={"text": "mine"})
    with Library.open(pg_library_url) as other:
        ann.update_annotation(other, uuid, author="Bo", body={"text": "theirs"})
    with pytest.raises(annotation_rows.StaleChangeError, match="was changed since"):
        annotation_rows.revert_changes(server_doc.lib, [mine], author=ME)
    assert annotation_listing.get_annotation(server_doc.lib, uuid).body == {"text": "theirs"}


def _lines(out: str) -> list[list[str]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.mark.slow
def test_eight_writers_at_once_lose_nothing_and_every_conflict_is_said(
    server_doc: Doc, pg_library_url: str
) -> None:
    creates, edits = (
        int(os.environ.get("REDLINE_WRITES", "150")),
        int(os.environ.get("REDLINE_EDITS", "100")),
    )
    shared = _shared_notes(server_doc, 10)
    procs = [
        _writer(
            pg_library_url, f"reviewer{i}", int(server_doc.pages[i % 2]), creates, edits, shared
        )
        for i in range(8)
    ]
    results = [p.communicate(timeout=1200) for p in procs]
    created: set[str] = set()
    edited: dict[str, list[str]] = {}
    stale = 0
    for (out, err), proc in zip(results, procs, strict=True):
        assert proc.returncode == 0, err
        lines = _lines(out)
        assert lines[-1] == ["done"]
        assert not [line for line in lines if line[0] == "error"]  # no deadlock reaches anyone
        created |= {line[1] for line in lines if line[0] == "created"}
        for line in lines:
            if line[0] == "edited":
                edited.setdefault(line[1], []).append(line[2])
        stale += sum(line[0] == "stale" for line in lines)
    assert len(created) == 8 * creates
    with psycopg.connect(pg_library_url) as conn:
        stored = {
            r[0] for r in conn.execute("SELECT uuid FROM annotations WHERE author LIKE 'reviewer%'")
        }
        versions: dict[str, int] = dict(
            conn.execute(
                "SELECT uuid, version FROM annotations WHERE uuid = ANY(%s)", (shared,)
            ).fetchall()
        )
        bodies: dict[str, str] = dict(
            conn.execute(
                "SELECT uuid, body FROM annotations WHERE uuid = ANY(%s)", (shared,)
            ).fetchall()
        )
    assert created <= stored
    # every acknowledged edit is one version step: none was overwritten unseen
    assert sum(v - 1 for v in versions.values()) == sum(len(v) for v in edited.values())
    assert sum(len(v) for v in edited.values()) + stale == 8 * edits
    for uuid, texts in edited.items():  # the last acknowledged edit of each is what is stored
        assert json.loads(bodies[uuid])["text"] in texts
    print(
        f"\n8 writers: {8 * creates} notes made, "
        f"{sum(len(v) for v in edited.values())} edits, {stale} stale edits refused"
    )


@pytest.mark.slow
def test_a_writer_killed_mid_transaction_loses_nothing_acknowledged(
    server_doc: Doc, pg_library_url: str
) -> None:
    shared = _shared_notes(server_doc, 3)
    victim = _writer(pg_library_url, "victim", int(server_doc.pages[0]), 100000, 0, shared)
    other = _writer(pg_library_url, "other", int(server_doc.pages[1]), 300, 50, shared)
    acknowledged: list[str] = []
    assert victim.stdout is not None
    deadline = time.monotonic() + 120
    while len(acknowledged) < 150 and time.monotonic() < deadline:
        line = victim.stdout.readline()
        if line.startswith('["created"'):
            acknowledged.append(json.loads(line)[1])
    victim.send_signal(signal.SIGKILL)
    rest, _ = victim.communicate()
    acknowledged += [line[1] for line in _lines(rest) if line[0] == "created"]
    out, err = other.communicate(timeout=600)
    assert other.returncode == 0, err
    lines = _lines(out)
    assert lines[-1] == ["done"] and not [line for line in lines if line[0] == "error"]
    with Library.open(pg_library_url) as lib:
        for uuid in acknowledged:
            annotation_listing.get_annotation(lib, uuid)  # (raises when lost)
        ann.create_annotation(lib, server_doc.pages[0], "note", body={"text": "after"}, author=ME)
    assert len(acknowledged) >= 150 and sum(line[0] == "created" for line in lines) == 300
    with psycopg.connect(pg_library_url) as conn:  # the killed session's locks are gone
        assert conn.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone() == (0,)
