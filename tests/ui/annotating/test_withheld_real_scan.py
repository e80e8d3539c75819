"""On the real JFK scan (jfk-104-10001-10034, OCRed), a box drawn on page 2 starting inside the
"J" of "Johan Artur": the window shows "Johan" withheld whole, in the text and on the scan beyond
the box, the very words the publications leave out (app.core.exchange.redacted)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.annotating.records import Region
from app.core.documents.ingest import import_file
from app.core.documents.textlayer import load_words
from app.core.exchange.redacted import covered_words, page_redactions
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr.run import ocr_documents
from app.core.ocr.tesseract import tesseract_available
from app.ui.base import settings as S
from tests.acceptance.publication_helpers import SCAN, name_box_of
from tests.ui.annotating.helpers import open_window

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SCAN.exists(), reason=f"the scan is not at {SCAN}"),
    pytest.mark.skipif(not tesseract_available(), reason="the scan needs OCR (tesseract)"),
]


def test_a_box_inside_the_j_shows_johan_withheld_whole(
    qtbot: QtBot, tmp_path: Path, settings: S.Settings
) -> None:
    lib = Library.open(tmp_path / "lib")
    doc_id = DocumentId(int(import_file(lib, SCAN).document_id or 0))
    assert ocr_documents(lib, [doc_id]).ok == 4
    name = name_box_of(lib, doc_id)  # "Johan Artur" on page 2
    cut = name.x0 + 4  # inside the "J"
    window = open_window(qtbot, lib, settings)
    dv = window.document_view
    dv.show_page(1)
    qtbot.waitUntil(lambda: dv.page is not None and dv.page.index == 1
                    and dv.page_text is not None)  # fmt: skip
    box = Region(cut, name.y0 - 1, name.x1 + 2 - cut, name.height + 2)
    assert window.annotations.annotate_region(box, "redaction", {"exemptions": ["B6"]})
    page, text = dv.page, dv.page_text
    assert page is not None and text is not None and text.layer_id is not None
    johan = text.text.index("Johan Artur")
    struck = [(s.cursor.selectionStart(), s.cursor.selectedText(), s.format.toolTip())
              for s in dv.text_pane._redacted if s.format.fontStrikeOut()]  # fmt: skip
    said = "Withheld from publications by the redaction “B6”"
    assert any(t.startswith("Johan Artur") and tip == said for _, t, tip in struck), struck
    # the very words a publication leaves out
    with lib.reading() as s:
        redactions = page_redactions(s.connection(), page.id)
        words = load_words(s.connection(), text.layer_id)
    found = window.page_annotations.withheld
    assert found is not None
    assert set(found.words) == covered_words(redactions, text.layer_id, words)
    assert any(w.start == johan for w in words if w.seq in found.words)
    # on the scan, "Johan" left of the box is drawn burned too
    grown = dv.page_view.withheld.rects
    assert any(r.left() <= name.x0 + 0.5 and r.right() > cut for r in grown), grown
