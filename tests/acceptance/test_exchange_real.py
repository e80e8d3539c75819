"""A real scan, detected, exported and read back: the detector's own proposals must survive the
importer's checks (OCR layers put word boxes past the page edge; regions are clipped to it)."""

from __future__ import annotations

from pathlib import Path

from app.core.detection.run import detect_document
from app.core.documents.ingest import import_file
from app.core.exchange.common import ExportScope
from app.core.exchange.merge import import_annotations
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from tests.builders import SHARED_SCANS


def test_detected_bulletin_exports_and_reimports_unchanged(
    library: Library, tmp_path: Path
) -> None:
    outcome = import_file(library, SHARED_SCANS / "cia-cib-03175207.pdf")
    assert outcome.document_id is not None
    summary = detect_document(library, outcome.document_id)
    assert summary.markings_added > 10 and summary.redactions_added > 5
    out = tmp_path / "set.json"
    export_json(library, out, ExportScope())
    report = import_annotations(library, out, dry_run=True)
    assert not report.changed and report.unchanged >= summary.markings_added
    with Library.open(tmp_path / "fresh") as fresh:
        assert import_file(fresh, SHARED_SCANS / "cia-cib-03175207.pdf").ok
        merged = import_annotations(fresh, out)
    assert len(merged.added) == summary.markings_added + summary.redactions_added
