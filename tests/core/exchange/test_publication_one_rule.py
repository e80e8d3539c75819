"""Every publication hides the words the one rule takes (app.core.exchange.withheld), not only
the publication PDF: a word half a point beside a box, and the other word of a corrected pair a
box clips. Until 2026-12-08 the text, ALTO and IIIF exports published both (their rule: a word
whose line box meets a box), while the PDF left them out. On real scans:
tests/acceptance/test_one_rule_real.py."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pymupdf
import pytest

from app.core.changelog import utcnow
from app.core.documents.textlayer import insert_text_layer, set_active_layer
from app.core.exchange.common import ExportScope
from app.core.exchange.iiif import IiifOptions, export_iiif
from app.core.exchange.ocr_export import export_ocr
from app.core.exchange.pdf import export_pdf
from app.core.exchange.text import export_text
from app.core.ids import DocumentId
from app.core.library import Library
from tests.core.exchange.clipped_helpers import clipped_scan
from tests.core.exchange.helpers import add_annotation, new_library, page_info


def _library(tmp_path: Path) -> tuple[Library, DocumentId, list[pymupdf.Rect]]:
    """The clipped-word scan ("name Johan Artur"), its words the active layer, no box yet."""
    words = clipped_scan(tmp_path / "scan.pdf")
    lib, doc_id = new_library(tmp_path / "lib", tmp_path / "scan.pdf")
    page_id, _, _ = page_info(lib, doc_id, 0)
    with lib.transaction() as s:
        layer, text = insert_text_layer(s.connection(), page_id, words, source="tesseract",
                                        created_at=utcnow(), engine="tesseract")  # fmt: skip
        set_active_layer(s.connection(), page_id, layer, text)
    return lib, doc_id, [pymupdf.Rect(w.x0, w.y0, w.x1, w.y1) for w in words]


def _published(lib: Library, doc_id: DocumentId, out: Path) -> dict[str, str]:
    """What each publication says of the page: the PDF by poppler, the text export, the IIIF
    page text, ALTO."""
    scope = ExportScope(documents=[doc_id])
    export_pdf(lib, out / "pub.pdf", scope)
    export_text(lib, out / "pub.txt", scope)
    export_iiif(lib, out / "iiif", scope, options=IiifOptions(print_codes=False))
    export_ocr(lib, out / "alto", scope, fmt="alto")
    lib.close()
    pdf = subprocess.run(["pdftotext", str(out / "pub.pdf"), "-"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    [iiif] = (out / "iiif").rglob("page-0001.txt")
    [alto] = (out / "alto").rglob("*.alto.xml")
    return {
        "pdf": pdf,
        "text": (out / "pub.txt").read_text("utf-8"),
        "iiif": iiif.read_text("utf-8"),
        "alto": alto.read_text("utf-8"),
    }


@pytest.mark.parametrize("gap", [0.2, 0.5, 0.9])
def test_a_word_less_than_a_point_beside_a_box_is_hidden_everywhere(
    tmp_path: Path, gap: float
) -> None:
    lib, doc_id, (_name, johan, artur) = _library(tmp_path)
    box = (johan.x1 + gap, artur.y0 - 1, artur.x1 + 2 - johan.x1 - gap, artur.height + 2)
    add_annotation(lib, doc_id, 0, "redaction", region=box, body={"exemptions": ["B6"]})
    for fmt, said in _published(lib, doc_id, tmp_path).items():
        assert "name" in said and "Johan" not in said and "Artur" not in said, fmt


def test_a_corrected_pair_a_box_clips_is_hidden_whole_everywhere(tmp_path: Path) -> None:
    lib, doc_id, (_name, johan, _artur) = _library(tmp_path)
    _, _, text = page_info(lib, doc_id, 0)
    add_annotation(lib, doc_id, 0, "correction", word=text[text.index("Johan") :],
                   body={"replacement": "Johann Arthur"})  # fmt: skip
    cut = (johan.x0 + johan.x1) / 2  # the box over "Johan"'s second half only
    box = (cut, johan.y0 - 1, johan.x1 + 1 - cut, johan.height + 2)
    add_annotation(lib, doc_id, 0, "redaction", region=box, body={"exemptions": ["B6"]})
    for fmt, said in _published(lib, doc_id, tmp_path).items():
        assert "name" in said, fmt
        for secret in ("Johan", "Artur", "Arthur"):
            assert secret not in said, (fmt, secret)
