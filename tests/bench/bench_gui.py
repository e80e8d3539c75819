"""Review-window responsiveness (issue 3): the longest event-loop stall while a 200-page import
runs in the background, and opening the 63-page JFK file until page 1 is painted, against one
render."""

from __future__ import annotations

import multiprocessing
import statistics
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pymupdf
import pytest

from app.ui.document.document_view import DocumentView
from tests.bench.gui_helpers import JFK, TICK_MS, StallMeter, open_window, spin, wait_for
from tests.bench.helpers import make_big_pdf, report

ROUNDS = 9  # windows opened for the JFK figure: single opens vary by a third on a shared machine


def test_event_loop_stall_during_a_200_page_import(tmp_path: Path) -> None:
    if not JFK.exists():
        pytest.skip(f"the JFK scan is not at {JFK}")
    big = make_big_pdf(tmp_path / "two-hundred.pdf", pages=200)
    app, window, lib = open_window(tmp_path, JFK)
    idle = StallMeter()
    idle.start()
    spin(app, 1.0)
    idle.stop()
    meter = StallMeter()
    finished: list[object] = []
    window.import_finished.connect(finished.append)
    meter.start()
    start = time.perf_counter()
    window.import_paths([big])
    wait_for(app, lambda: bool(finished), limit=300)
    took = time.perf_counter() - start
    meter.stop()
    window.close()
    lib.close()
    worst, idle_worst = max(meter.gaps), max(idle.gaps)
    print(
        f"\n[bench] 200-page import took {took:.1f} s; {len(meter.gaps)} ticks; "
        f"p99 gap {sorted(meter.gaps)[int(len(meter.gaps) * 0.99)] * 1000:.1f} ms"
    )
    report("longest GUI stall during a 200-page import", worst, idle_worst, "idle loop", "< 50 ms")


def _bare_open(zoom: float) -> float:
    start = time.perf_counter()
    with pymupdf.open(JFK) as d:
        d.load_page(0).get_pixmap(matrix=pymupdf.Matrix(zoom, zoom))
    return time.perf_counter() - start


def _bare_open_child(conn: Connection) -> None:
    conn.send("ready")
    conn.send(_bare_open(conn.recv()))


def _bare_open_in_a_fresh_process(zoom: float) -> float:
    """The same, timed inside a process started for it, as the window's render processes are:
    its first render, in memory laid out anew (on this machine the same MuPDF work runs up to
    half again as long in one process as in another, and stays so for the process's life)."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_bare_open_child, args=(child,))
    process.start()
    try:
        assert parent.recv() == "ready"
        time.sleep(0.3)  # settled, as the window is before the document is opened
        parent.send(zoom)
        took = parent.recv()
    finally:
        process.join(10)
    assert isinstance(took, float)
    return took


def test_opening_the_63_page_jfk_file(tmp_path: Path) -> None:
    """Each round: a fresh window (render processes started, the file never opened in them),
    then open the document and wait for page 1; against opening the file and rendering page 1
    with bare PyMuPDF right after each round, so that a busy spell of the shared machine weighs on
    both: in a process started for it (as the window's render process is: the target's
    baseline) and, for reference, in this process (the median of three)."""
    if not JFK.exists():
        pytest.skip(f"the JFK scan is not at {JFK}")
    ours: list[float] = []
    fresh: list[float] = []
    here: list[float] = []
    for round_ in range(ROUNDS):
        app, window, lib = open_window(tmp_path / f"round{round_}", JFK)
        doc = window.library_model.document_id(0)
        assert doc is not None
        spin(app, 0.3)  # the window settles, as it would before a person clicks
        view = window.document_view
        painted: list[float] = []
        view.page_view.pixels_painted.connect(lambda p=painted: p.append(time.perf_counter()))
        start = time.perf_counter()
        window.open_document(doc)

        def arrived(v: DocumentView = view, p: list[float] = painted) -> bool:
            return bool(p) and v.page_view.pixmap_zoom > 0

        wait_for(app, arrived)
        ours.append(painted[0] - start)
        zoom = view.page_view.device_zoom()
        window.close()
        lib.close()
        here.append(statistics.median(_bare_open(zoom) for _ in range(3)))
        fresh.append(_bare_open_in_a_fresh_process(zoom))
    print(
        f"\n[bench] open JFK to page 1 (ms): ours {[round(t * 1000) for t in ours]}, PyMuPDF in "
        f"a fresh process {[round(t * 1000) for t in fresh]}, in this one "
        f"{[round(t * 1000) for t in here]}"
    )
    for name, baseline in (("in a fresh process", fresh), ("in the benchmark's process", here)):
        ratios = sorted(o / b for o, b in zip(ours, baseline, strict=True))
        print(f"[bench] per-round ratios against PyMuPDF {name}, sorted ", end="")
        print(f"{[round(r, 2) for r in ratios]}; median {statistics.median(ratios):.2f}x")
        report(
            "open the 63-page JFK file to page 1 (medians)",
            statistics.median(ours),
            statistics.median(baseline),
            f"PyMuPDF open + render of page 1 {name}",
            "<= 1.5x",
        )


def test_event_loop_stall_during_detection(tmp_path: Path) -> None:
    """Detection with the redaction-box search (page renders) running beside the window."""
    import threading

    from app.core.detection.run import detect_document

    bulletin = JFK.parent / "cia-cib-02003053.pdf"
    if not bulletin.exists():
        pytest.skip(f"the CIA bulletin is not at {bulletin}")
    app, window, lib = open_window(tmp_path, bulletin)
    doc = window.library_model.document_id(0)
    assert doc is not None
    window.open_document(doc)
    wait_for(app, window.document_view.is_settled)
    meter, done = StallMeter(), threading.Event()

    def detect() -> None:
        detect_document(lib, doc)
        done.set()

    worker = threading.Thread(target=detect)
    meter.start()
    start = time.perf_counter()
    worker.start()
    wait_for(app, done.is_set, limit=300)
    took = time.perf_counter() - start
    meter.stop()
    worker.join()
    window.close()
    lib.close()
    print(f"\n[bench] detection of 10 pages beside the window took {took:.1f} s")
    report("longest GUI stall during detection", max(meter.gaps), TICK_MS / 1000, "tick", "< 50 ms")


@pytest.mark.parametrize("form", ["redline", "w3c"])
def test_event_loop_stall_during_a_100k_annotation_merge(tmp_path: Path, form: str) -> None:
    """File › Import annotations of a colleague's 100,000 annotations: its dry run and then the
    merge, in the real window's dialog (its own worker thread), the report shown after each,
    then Edit › Undo Import annotations (the step pushed as the menu's dialog pushes it); a
    Redline set, and the same annotations as a W3C file."""
    from sqlalchemy import text

    from app.core.documents.ingest import import_file
    from app.core.exchange.redline_json import export_json
    from app.core.exchange.w3c import export_w3c
    from app.core.library import Library
    from app.ui.tools.merge_dialog import MergeDialog
    from tests.bench.helpers import BENCH_ANNOTATIONS, bench_pdf, fill_annotations

    pdf = bench_pdf(tmp_path / "bench.pdf")
    theirs = tmp_path / "theirs.json"
    with Library.open(tmp_path / "colleague") as colleague:
        doc = import_file(colleague, pdf).document_id
        assert doc is not None
        fill_annotations(colleague, doc)
        if form == "w3c":
            export_w3c(colleague, theirs, base_url="https://example.org/colleague")
        else:
            export_json(colleague, theirs)
    app, window, lib = open_window(tmp_path, pdf)
    idle = StallMeter()
    idle.start()
    spin(app, 1.0)
    idle.stop()
    gaps = {}
    dialog = MergeDialog(lib, theirs, window.import_runner, window)
    dialog.applied.connect(window._on_annotations_merged)  # (one undo step, as from the menu)
    for step in ("dry run", "merge"):
        meter = StallMeter()
        meter.start()
        start = time.perf_counter()
        dialog.report = None
        if step == "dry run":
            dialog.start()
        else:
            dialog.apply_button.click()
        wait_for(app, lambda: dialog.report is not None, limit=600)
        took = time.perf_counter() - start
        spin(app, 1.0)  # (the report shown, and what Python collects after)
        meter.stop()
        gaps[step] = max(meter.gaps)
        print(f"\n[bench] {form} {step} of {BENCH_ANNOTATIONS} annotations: {took:.1f} s")
    assert "Imported theirs.json" in dialog.details.toPlainText()
    # Edit › Undo Import annotations: the 100,000 rows put back on the database's worker
    undone: list[object] = []
    window.annotating.changed.connect(lambda changes: undone.append(1) if changes.rows else None)
    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    window.annotations.stack.undo()
    wait_for(app, lambda: bool(undone), limit=600)
    took = time.perf_counter() - start
    spin(app, 1.0)
    meter.stop()
    gaps["undo"] = max(meter.gaps)
    print(f"\n[bench] {form} undo of {BENCH_ANNOTATIONS} annotations: {took:.1f} s")
    with lib.reading() as session:
        left = session.execute(text("SELECT count(*) FROM annotations")).scalar()
    assert left == 0, left
    window.close()
    lib.close()
    _report_stalls({f"{form} {step}": worst for step, worst in gaps.items()}, idle)


def _report_stalls(gaps: dict[str, float], idle: StallMeter) -> None:
    """Each step's longest stall beside the idle loop's, of the 100,000-annotation library."""
    from tests.bench.helpers import BENCH_ANNOTATIONS

    for step, worst in gaps.items():
        report(
            f"longest GUI stall during a {BENCH_ANNOTATIONS}-annotation {step}",
            worst, max(idle.gaps), "idle loop", "(< 50 ms)",
        )  # fmt: skip


EXPORT_FORMATS = ["json", "w3c", "csv", "text", "iiif", "alto"]


@pytest.mark.timeout(3600)
def test_event_loop_stall_during_exports_of_100k_annotations(tmp_path: Path) -> None:
    """File › Export of a library of 100,000 annotations in each format, as the window runs it
    (its export dialog's request, its job dialog): the window's longest stall in each."""
    from app.core.exchange.common import ExportScope
    from app.ui.tools.export_request import ExportRequest, start_export
    from tests.bench.helpers import BENCH_ANNOTATIONS, bench_pdf, fill_annotations

    pdf = bench_pdf(tmp_path / "bench.pdf")
    app, window, lib = open_window(tmp_path, pdf)
    doc = window.library_model.document_id(0)
    assert doc is not None
    fill_annotations(lib, doc)
    idle = StallMeter()
    idle.start()
    spin(app, 1.0)
    idle.stop()
    gaps = {}
    for form in EXPORT_FORMATS:
        out = tmp_path / ("site" if form in ("iiif", "alto") else f"set.{form}")
        request = ExportRequest(form, ExportScope(), out, images=form == "alto")
        meter = StallMeter()
        meter.start()
        start = time.perf_counter()
        dialog = start_export(lib, request, window.import_runner, window)
        job = dialog.job
        wait_for(app, lambda job=job: job.done, limit=1800)  # type: ignore[misc]
        took = time.perf_counter() - start
        spin(app, 1.0)  # (the report shown, and what Python collects after)
        meter.stop()
        assert job.error is None, job.error
        dialog.close()
        gaps[form] = max(meter.gaps)
        print(f"\n[bench] {form} export of {BENCH_ANNOTATIONS} annotations: {took:.1f} s")
    window.close()
    lib.close()
    _report_stalls({f"{form} export": worst for form, worst in gaps.items()}, idle)
