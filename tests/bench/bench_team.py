"""A team library (issue 21): annotations a second from 8 writer processes on PostgreSQL at once,
against one writer on an SQLite library, in the same run on the same machine."""

from __future__ import annotations

import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from unittest.mock import patch

from app.core.documents.ingest import import_file
from app.core.documents.queries import document_summary
from app.core.ids import DocumentId
from app.core.library import Library
from tests.bench.helpers import report
from tests.builders import make_text_pdf, memo_with_proposals
from tests.pg_helpers import PgServer, SlowLink

NOTES = int(os.environ.get("REDLINE_BENCH_NOTES", "400"))  # per writer
# One writer: opens the library, then makes NOTES notes, one transaction each (as a person's
# actions are), and prints when its writing began and ended.
WRITER = r"""
import json, sys, time
from app.core.annotating import annotations as ann
from app.core.ids import PageId
from app.core.library import Library

location, page, count, name = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
with Library.open(location) as lib:
    start = time.time()
    for i in range(count):
        ann.create_annotation(lib, PageId(page), "note", body={"text": f"{name} {i}"}, author=name)
    print(json.dumps([start, time.time()]), flush=True)
"""


def _page(location: str | Path, tmp_path: Path) -> int:
    with Library.open(location) as lib:
        doc = import_file(lib, make_text_pdf(tmp_path / "memo.pdf", ["A memo"])).document_id
        assert doc is not None
        return int(document_summary(lib, doc).pages[0].id)


def _rate(location: str | Path, page: int, writers: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(location), str(page), str(NOTES), f"w{i}"],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for i in range(writers)
    ]
    spans = [json.loads(p.communicate(timeout=1800)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    wall = max(end for _, end in spans) - min(start for start, _ in spans)
    return writers * NOTES / wall


def test_eight_writers_on_postgresql_against_one_on_sqlite(
    tmp_path: Path, pg_library_url: str
) -> None:
    lite = tmp_path / "lite"
    one_sqlite = _rate(lite, _page(lite, tmp_path), 1)
    page = _page(pg_library_url, tmp_path)
    one_server = _rate(pg_library_url, page, 1)
    eight_server = _rate(pg_library_url, page, 8)
    print(
        f"\n[bench] annotations a second: 8 writers on PostgreSQL {eight_server:.0f}/s, "
        f"1 writer on PostgreSQL {one_server:.0f}/s, 1 writer on SQLite {one_sqlite:.0f}/s "
        f"(ratio 8 on PostgreSQL / 1 on SQLite {eight_server / one_sqlite:.2f}x; "
        f"{os.cpu_count()} cores, {NOTES} notes per writer, one transaction each)"
    )
    with Library.open(pg_library_url) as lib, lib.reading() as s:
        count = s.connection().exec_driver_sql("SELECT count(*) FROM annotations").scalar()
    assert count == 9 * NOTES


LINK_DELAY_S = 0.010  # a team's server over a VPN or a city's network: 10 ms a round trip
LINK_PRESSES = 12
WARM = 3  # presses before each measured run, not measured


def test_review_key_presses_on_a_team_library_over_a_10_ms_link(
    tmp_path: Path, pg_server: PgServer
) -> None:
    """A reviewer pressing A (accept, then on to the next proposal) in the real window on a
    server library reached over a link with a 10 ms round trip (``SlowLink``): the window waits
    for each press's round trips. Baseline in the same run: the same presses with a ping at each
    use of a pooled connection and each read in a transaction of its own (the engine before)."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.annotating.proposals import decide, step_proposal
    from app.ui.base import settings as S
    from app.ui.base.settings import Settings
    from app.ui.window.main_window import MainWindow
    from db import server as db_server
    from tests.bench.gui_helpers import spin, wait_for

    name = pg_server.create_database()
    proposals = 3 * (LINK_PRESSES + WARM) + 2  # (three runs of presses)
    doc = DocumentId(memo_with_proposals(pg_server.url(name), tmp_path, proposals))
    link = SlowLink(pg_server, LINK_DELAY_S)
    lib = Library.open(link.url(name))
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(lib, Settings(store))
    window.settings.set(S.AUTHOR, "Ada")
    window.show()
    window.open_document(doc)
    wait_for(app, lambda: window.document_view.is_settled())
    step_proposal(window.annotations, 1)

    ticks: list[float] = []  # when the window's thread turned its event loop
    ticker = QTimer(interval=2)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    stalls: list[float] = []  # each press: the longest the window's thread did not turn it

    def presses() -> tuple[float, float]:
        for _ in range(WARM):  # (the driver's statements prepared on the connections used now)
            decide(window.annotations, "accepted")
        spin(app, 0.05)
        times, asked = [], link.requests
        stalls.clear()
        ticker.start()
        for _ in range(LINK_PRESSES):
            spin(app, 0.01)
            ticks.clear()
            start = time.perf_counter()
            chosen = window.page_annotations.current
            decide(window.annotations, "accepted")
            end = time.perf_counter()
            assert window.page_annotations.current not in (None, chosen)  # (decided, moved on)
            times.append(end - start)
            stalls.append(max(b - a for a, b in itertools.pairwise([start, *ticks, end])))
            spin(app, 0.05)  # (what the press started in the background ends)
        ticker.stop()
        return statistics.median(times), (link.requests - asked) / LINK_PRESSES

    reads = lib.db._reader
    lib.db._reader, lib.db._read_maker = lib.db.engine, None  # reads in transactions
    with patch.object(db_server, "IDLE_PING_S", -1.0):  # a ping at every use
        before, asked_before = presses()
    lib.db._reader, lib.db._read_maker = reads, None
    runner = lib.call_runner
    lib.call_runner = None  # the calls made on the window's thread, as before 2026-12-06
    blocked, _ = presses()
    stalled_before = statistics.median(stalls)
    lib.call_runner = runner
    now, asked_now = presses()
    stalled_now = statistics.median(stalls)
    window.close()
    lib.close()
    link.close()
    report(
        f"review key press on a server library over a {LINK_DELAY_S * 1000:.0f} ms link, median"
        f" ({asked_now:.1f} requests to the server a press, {asked_before:.1f} before,"
        " background reads included)",
        now,
        before,
        "the same with a ping at each connection's use and reads in transactions",
        "< 1x; each round trip is time the person waits",
    )
    report(
        f"longest the window's thread did not turn its event loop in a review key press over the"
        f" {LINK_DELAY_S * 1000:.0f} ms link, median (the press took {now * 1000:.0f} ms; with the"
        f" calls on the window's thread {blocked * 1000:.0f} ms)",
        stalled_now,
        stalled_before,
        "the same presses with the library calls made on the window's thread",
        "a few ms: the window's thread never waits on the network",
    )
