"""The publication PDF's annotations, asked for: highlights where they are anchored, and a note
on the whole page as a note icon in the page's top-left margin (it was left out)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from app.core.exchange.common import ExportScope
from app.core.exchange.pdf import PublicationOptions, export_pdf
from tests.core.exchange.helpers import add_annotation, new_library, scan_pdf, word_box
from tests.core.exchange.publication_helpers import region

WITH_NOTES = PublicationOptions(with_annotations=True)
TEXT, HIGHLIGHT = pymupdf.mupdf.PDF_ANNOT_TEXT, pymupdf.mupdf.PDF_ANNOT_HIGHLIGHT


def _notes(page: pymupdf.Page) -> list[tuple[int, str, pymupdf.Rect]]:
    """(type, content, rect in the page as shown) of each annotation of ``page``."""
    turn = page.rotation_matrix
    return [(a.type[0], a.info["content"], a.rect * turn) for a in page.annots()]


def test_a_note_on_the_whole_page_is_exported_as_a_note_icon(tmp_path: Path) -> None:
    lib, doc_id = new_library(tmp_path / "lib", scan_pdf(tmp_path / "scan.pdf"))
    add_annotation(lib, doc_id, 0, "note", body={"text": "See the cable of 12 May."})
    add_annotation(lib, doc_id, 1, "note", word="agent", body={"text": "Which agent?"})
    out = tmp_path / "public.pdf"
    export_pdf(lib, out, ExportScope(documents=[doc_id]), options=WITH_NOTES)
    lib.close()
    with pymupdf.open(out) as doc:
        [(kind, text, rect)] = _notes(doc[0])
        assert (kind, text) == (TEXT, "See the cable of 12 May.")
        assert rect.x0 < 30 and rect.y0 < 30  # in the page's top-left margin
        assert [(k, t) for k, t, _ in _notes(doc[1])] == [(HIGHLIGHT, "Which agent?")]


def test_page_notes_sit_side_by_side_off_burned_regions_on_a_turned_page(
    tmp_path: Path,
) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    with pymupdf.open(pdf) as turned:
        turned[1].set_rotation(90)
        turned.save(tmp_path / "turned.pdf")
    lib, doc_id = new_library(tmp_path / "lib", tmp_path / "turned.pdf")
    havana = word_box(pdf, 0, "Havana")
    add_annotation(lib, doc_id, 0, "redaction", region=(0, 0, 30, 30), body={"exemptions": ["B6"]})
    add_annotation(lib, doc_id, 0, "redaction", word="Havana", region=region(havana, 1),
                   body={"exemptions": ["B6"]})  # fmt: skip
    add_annotation(lib, doc_id, 0, "note", body={"text": "First."})
    add_annotation(lib, doc_id, 0, "note", body={"text": "Second."}, minutes=1)
    add_annotation(lib, doc_id, 0, "note", body={"text": "Not Havana."})  # names redacted text
    add_annotation(lib, doc_id, 1, "note", body={"text": "On the turned page."})
    out = tmp_path / "public.pdf"
    export_pdf(lib, out, ExportScope(documents=[doc_id]), options=WITH_NOTES)  # (verified)
    lib.close()
    with pymupdf.open(out) as doc:
        notes = _notes(doc[0])
        assert sorted(t for _, t, _ in notes) == ["First.", "Second."]
        first, second = sorted((r for _, _, r in notes), key=lambda r: r.x0)
        for rect in (first, second):  # along the top margin, off the burned corner
            assert rect.y0 < 30 and not rect.intersects(pymupdf.Rect(0, 0, 30, 30))
        assert not first.intersects(second)
        [(kind, text, rect)] = _notes(doc[1])
        assert doc[1].rotation == 90 and (kind, text) == (TEXT, "On the turned page.")
        assert rect.x0 < 30 and rect.y0 < 30  # top left as the page is read
