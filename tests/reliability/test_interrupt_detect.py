"""Ctrl-C in `redline detect` while a worker's banner reading is stuck where no cancel reaches (a
sleep in native code that Ctrl-C does not break, as in Tesseract's layout analysis or a MuPDF
render; injected by a ``sitecustomize`` the child loads, which its forked workers inherit): the
command ends at once with its one line, and leaves no process, no litter and no proposal of the
document it was detecting."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from app.core.documents.ingest import import_file
from app.core.library import Library
from app.core.ocr.tesseract import tesseract_available
from tests.builders import make_banner_scan_pdf, make_text_pdf
from tests.reliability.helpers import (
    interrupt_when_stuck,
    reopen,
    stuck_hook,
    survivors,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed"),
]

STAMPED = "SECRET\nMemorandum for the Secretary of State. The courier arrived on Tuesday.\nSECRET"
HOOK = stuck_hook(
    "app.core.detection.bands", "read_page_bands", "page, **kwargs", "page.number == 1"
)


def _scans(tmp_path: Path) -> Path:
    """Three scanned pages whose text layers miss their banners (each is re-read)."""
    doc = pymupdf.open()
    for i, banner in enumerate(("SECRET", "TOP SECRET", "CONFIDENTIAL")):
        with pymupdf.open(make_banner_scan_pdf(tmp_path / f"p{i}.pdf", banner=banner)) as one:
            doc.insert_pdf(one)
    doc.save(tmp_path / "scan.pdf")
    doc.close()
    return tmp_path / "scan.pdf"


def test_ctrl_c_ends_redline_detect_at_once_while_a_worker_is_stuck(tmp_path: Path) -> None:
    """A one-page memo is detected first, then the scan whose second page sticks: Ctrl-C
    stops the run as the window's Cancel does, and the command says what it kept."""
    root = tmp_path / "library"
    with Library.open(root) as lib:
        memo = import_file(lib, make_text_pdf(tmp_path / "memo.pdf", [STAMPED])).document_id
        scan = import_file(lib, _scans(tmp_path)).document_id
        assert memo is not None and scan is not None
    run = interrupt_when_stuck(root, HOOK, tmp_path, "detect")
    assert run.returncode == 130
    assert run.stderr.strip() == (  # one line, no worker's traceback
        f"redline: interrupted; nothing was written for scan (document {scan}); "
        "the document detected before it keeps its proposals"
    )
    assert survivors(run.tag) == []
    after = reopen(root)
    assert after.integrity == "ok" and after.litter == [] and after.swept == []
    with Library.open(root) as lib, lib.reading() as s:
        proposed = s.connection().exec_driver_sql(
            "SELECT DISTINCT p.document_id FROM annotations a JOIN pages p ON p.id = a.page_id"
        )
        assert list(proposed.scalars()) == [memo]  # the scan being detected: nothing written
