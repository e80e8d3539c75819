"""The sample library ``make run`` opens: a few varied generated memos, imported and run
through the detector, so a new user sees what Redline does before importing their own scans."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.detection.run import detect_documents
from app.core.documents.ingest import ImportOutcome, import_paths
from app.core.library import Library
from app.samples.generator import generate_memo_pdf
from app.samples.truth import TextLayerMode

SampleProgress = Callable[[int, int, str], None]  # (file index, file count, file name)


@dataclass(frozen=True)
class _Sample:
    name: str
    memo: int
    pages: int
    classification: str
    text_layer: TextLayerMode
    seed: int


_SAMPLES = (
    _Sample("1962-04-11 Valdoria fisheries talks", 0, 2, "CONFIDENTIAL", "clean", 11),
    _Sample("1967-10-23 Kestrel Point radio installation", 1, 3, "SECRET", "noisy", 12),
    _Sample("1974-06-02 Marrenburg grain shipments", 2, 1, "LIMITED OFFICIAL USE", "none", 13),
    _Sample("1981-03-09 Ostreva currency rumours", 3, 2, "TOP SECRET", "noisy", 14),
)


def is_library_empty(lib: Library) -> bool:
    """True when the library holds no document (so the samples may be offered)."""
    with lib.reading() as s:
        row = s.connection().exec_driver_sql("SELECT 1 FROM documents LIMIT 1").first()
    return row is None


def populate_sample_library(
    lib: Library, workdir: Path | None = None, *, progress: SampleProgress | None = None
) -> list[ImportOutcome]:
    """Generate the sample documents (in ``workdir`` or a temporary folder), import them, and
    run detection over the ones imported (proposals and metadata, as ``redline detect``).

    ``progress`` is called per file during the import; detection reports no progress."""
    with tempfile.TemporaryDirectory(prefix="redline-samples-") as tmp:
        folder = Path(tmp) if workdir is None else workdir
        folder.mkdir(parents=True, exist_ok=True)
        paths: list[Path] = []
        for sample in _SAMPLES:
            path = folder / f"{sample.name}.pdf"
            generate_memo_pdf(
                path,
                pages=sample.pages,
                dpi=150,
                seed=sample.seed,
                memo=sample.memo,
                classification=sample.classification,
                text_layer=sample.text_layer,
                ocr_noise=0.04,
                redactions=1 + sample.seed % 2,
            )
            paths.append(path)
        outcomes = import_paths(lib, paths, on_file=progress)
    # Run the detector too, so a new user sees classifications and case numbers in the library
    # table and proposals waiting on the pages, as after their own first `redline detect`.
    detect_documents(
        lib, [o.document_id for o in outcomes if o.status == "imported" and o.document_id]
    )
    return outcomes
