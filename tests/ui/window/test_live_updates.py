"""Live updates on a PostgreSQL library: a window shows, within a second and without the person
doing anything, what another reviewer's process accepted and wrote (LISTEN/NOTIFY)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.annotating import annotations as ann
from app.core.annotating.records import AnnotationRecord, Region
from app.core.documents.ingest import import_file
from app.core.documents.queries import document_summary
from app.core.library import Library
from app.ui.base.settings import Settings
from tests.builders import make_text_pdf
from tests.ui.helpers import make_window

OTHER_REVIEWER = r"""
import sys
from app.core.annotating import annotations as ann
from app.core.annotating.review import set_page_status
from app.core.ids import PageId
from app.core.library import Library

url, proposal, note, page = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
with Library.open(url) as lib:
    ann.set_status(lib, proposal, "accepted", author="Bo Reviewer")
    body = {"text": "checked against the scan"}
    ann.update_annotation(lib, note, author="Bo Reviewer", body=body)
    set_page_status(lib, PageId(page), "reviewed", author="Bo Reviewer")
print("done", flush=True)
"""


def _shown(window: object, uuid: str) -> AnnotationRecord | None:
    return window.page_annotations.shown(uuid)  # type: ignore[attr-defined]


def test_another_reviewers_changes_appear_within_a_second(
    qtbot: QtBot, pg_library_url: str, settings: Settings, tmp_path: Path
) -> None:
    lib = Library.open(pg_library_url)
    doc = import_file(lib, make_text_pdf(tmp_path / "memo.pdf", ["SECRET memo on the harbour"]))
    assert doc.document_id is not None
    page = document_summary(lib, doc.document_id).pages[0].id
    proposal = ann.create_annotation(
        lib, page, "redaction", region=Region(72, 72, 90, 20), body={"exemptions": ["B1"]},
        author="detector", status="proposed",
    ).record.uuid  # fmt: skip
    note = ann.create_annotation(lib, page, "note", body={"text": "to check"}, author="Ada")
    window = make_window(qtbot, lib, settings, synchronous=False)
    assert window.live is not None and window.live.listening.wait(10)
    window.open_document(doc.document_id)
    qtbot.waitUntil(lambda: _shown(window, note.record.uuid) is not None, timeout=10_000)
    other = subprocess.run(
        [sys.executable, "-c", OTHER_REVIEWER, pg_library_url, proposal, note.record.uuid,
         str(page)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
    )  # fmt: skip
    assert other.stdout.strip() == "done", other.stderr
    committed = time.monotonic()

    def both_shown() -> bool:
        accepted = _shown(window, proposal)
        edited = _shown(window, note.record.uuid)
        return (
            accepted is not None
            and accepted.status == "accepted"
            and edited is not None
            and edited.body == {"text": "checked against the scan"}
        )

    qtbot.waitUntil(both_shown, timeout=1000)
    print(f"\nshown {time.monotonic() - committed:.3f} s after the other reviewer's commit")
    window.grab().save(os.environ.get("REDLINE_LIVE_PNG", str(tmp_path / "live.png")))
    window.close()
    lib.close()
