"""Publication PDF: corrected invisible text layer, PDF annotations, burned-in redactions."""

from __future__ import annotations

import io
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from app.core.documents.ingest import import_file
from app.core.exchange.common import ExportError, ExportScope
from app.core.exchange.pdf import PlacedWord, corrected_words, export_pdf
from app.core.exchange.text import Correction
from app.core.library import Library
from tests.builders import make_text_pdf
from tests.core.exchange.helpers import (
    add_annotation,
    add_many_notes,
    new_library,
    scan_pdf,
    word_box,
)

RED = (255, 0, 0)
WORDS = "The agent met Castro in Havana on Tuesday"


def make_ocr_scan(path: Path) -> Path:
    """An image-only page (solid red raster) with an invisible OCR text layer, like OCRmyPDF."""
    img = Image.new("RGB", (612, 792), RED)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_image(page.rect, stream=buf.getvalue())
    page.insert_text((72, 144), WORDS, fontsize=14, render_mode=3)
    doc.save(path)
    doc.close()
    return path


def _region(rect: pymupdf.Rect) -> tuple[float, float, float, float]:
    return (rect.x0, rect.y0, rect.width, rect.height)


def _image_pixels(page: pymupdf.Page, clip: pymupdf.Rect) -> list[tuple[int, ...]]:
    """The raster pixels of the page's images that lie under ``clip`` (page points)."""
    out: list[tuple[int, ...]] = []
    for info in page.get_images(full=True):
        pix = pymupdf.Pixmap(page.parent, info[0])
        if pix.alpha or pix.n > 3:
            pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
        for placed in page.get_image_rects(info[0]):
            sx, sy = pix.width / placed.width, pix.height / placed.height
            box = (clip & placed).irect
            for y in range(int((box.y0 - placed.y0) * sy), int((box.y1 - placed.y0) * sy)):
                for x in range(int((box.x0 - placed.x0) * sx), int((box.x1 - placed.x0) * sx)):
                    out.append(tuple(pix.pixel(x, y)[:3]))
    return out


def test_corrected_words_follow_corrections() -> None:
    text = "The agent met Castro"
    r = [pymupdf.Rect(i, 0, i + 1, 1) for i in range(4)]
    words = [(0, 3, r[0]), (4, 9, r[1]), (10, 13, r[2]), (14, 20, r[3])]
    placed = corrected_words(
        text, words, [Correction(4, 13, "officer saw"), Correction(14, 20, "C.")]
    )
    assert placed == [
        PlacedWord("The", r[0]),
        PlacedWord("officer saw", r[1]),
        PlacedWord("C.", r[3]),
    ]


def test_scan_gets_corrected_invisible_text_and_burned_redaction(tmp_path: Path) -> None:
    pdf = make_ocr_scan(tmp_path / "ocr.pdf")
    lib = Library.open(tmp_path / "lib")
    doc_id = int(import_file(lib, pdf).document_id or 0)
    castro = word_box(pdf, 0, "Castro")
    add_annotation(lib, doc_id, 0, "correction", word="Havana", body={"replacement": "HAVANA"})
    add_annotation(
        lib,
        doc_id,
        0,
        "redaction",
        region=_region(pymupdf.Rect(castro.x0 - 2, castro.y0 - 2, castro.x1 + 2, castro.y1 + 2)),
        body={"exemptions": ["B6"], "note": "", "publish": True},
    )
    out = tmp_path / "pub.pdf"
    export_pdf(lib, out, ExportScope(documents=[doc_id]), with_annotations=True)
    with pymupdf.open(out) as doc:
        page = doc[0]
        text = page.get_text()
        assert "HAVANA" in text and "Havana" not in text and "Castro" not in text
        assert "agent" in text  # the rest of the text layer is there, searchable
        assert {s["type"] for s in page.get_texttrace()} == {3}  # and invisible
        assert page.get_text(clip=castro).strip() == ""
        under = _image_pixels(page, castro)
        assert under and RED not in under
        outside = _image_pixels(page, pymupdf.Rect(300, 400, 320, 420))
        assert outside and set(outside) == {RED}
        contents = [a.info["content"] for a in page.annots()]
        assert contents == ["Correction: HAVANA"]  # the redaction itself is not an annotation
    lib.close()


def test_only_accepted_published_redactions_are_burned(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    boxes = {w: word_box(pdf, 0, w) for w in ("Director", "Havana", "shipment")}
    add_annotation(  # published: burned in
        lib, doc_id, 0, "redaction", region=_region(boxes["Director"]),
        body={"exemptions": ["B1"], "publish": True},
    )  # fmt: skip
    add_annotation(  # not marked for publication
        lib, doc_id, 0, "redaction", region=_region(boxes["Havana"]), body={"exemptions": ["B1"]}
    )
    add_annotation(  # only proposed
        lib, doc_id, 0, "redaction", region=_region(boxes["shipment"]),
        body={"exemptions": ["B1"], "publish": True}, status="proposed",
    )  # fmt: skip
    export_pdf(lib, tmp_path / "out")
    [out] = list((tmp_path / "out").glob("*.pdf"))
    with pymupdf.open(out) as doc:
        page = doc[0]
        assert page.get_text(clip=boxes["Director"]).strip() == ""
        assert "Director" not in page.get_text()
        assert "Havana" in page.get_text(clip=boxes["Havana"])
        assert "shipment" in page.get_text(clip=boxes["shipment"])
        assert "SECRET" in doc[1].get_text()  # visible text of other pages is kept
    lib.close()


def test_redaction_on_a_rotated_page(tmp_path: Path) -> None:
    """Regions are in the unrotated page's space; the page keeps its rotation in the output."""
    pdf = make_text_pdf(tmp_path / "rot.pdf", ["Agent Castro met the courier."], rotation=90)
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    box = word_box(pdf, 0, "Castro")
    add_annotation(
        lib, doc_id, 0, "redaction", region=_region(box), body={"exemptions": [], "publish": True}
    )
    export_pdf(lib, tmp_path / "rot-out.pdf", ExportScope(documents=[doc_id]))
    with pymupdf.open(tmp_path / "rot-out.pdf") as doc:
        page = doc[0]
        assert page.rotation == 90
        page.set_rotation(0)
        assert "Castro" not in page.get_text()
        assert "courier" in page.get_text()
    lib.close()


def test_several_documents_need_a_folder(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib")
    for name in ("a.pdf", "b.pdf"):
        import_file(lib, make_text_pdf(tmp_path / name, [f"Text of {name}"]))
    with pytest.raises(ExportError, match="name a folder"):
        export_pdf(lib, tmp_path / "all.pdf")
    assert not (tmp_path / "all.pdf").exists()
    assert export_pdf(lib, tmp_path / "pdfs").documents == 2
    assert len(list((tmp_path / "pdfs").glob("*.pdf"))) == 2
    lib.close()


def test_image_source_becomes_a_pdf_with_the_region_burned(tmp_path: Path) -> None:
    png = tmp_path / "scan.png"
    Image.new("RGB", (400, 300), RED).save(png, dpi=(72, 72))
    lib = Library.open(tmp_path / "lib")
    doc_id = int(import_file(lib, png).document_id or 0)
    add_annotation(
        lib, doc_id, 0, "redaction", region=(100, 100, 50, 40),
        body={"exemptions": ["B6"], "publish": True},
    )  # fmt: skip
    export_pdf(lib, tmp_path / "img.pdf", ExportScope(documents=[doc_id]))
    with pymupdf.open(tmp_path / "img.pdf") as doc:
        under = _image_pixels(doc[0], pymupdf.Rect(102, 102, 148, 138))
        assert under and RED not in under
        assert set(_image_pixels(doc[0], pymupdf.Rect(10, 10, 30, 30))) == {RED}
    lib.close()


@pytest.mark.slow
@pytest.mark.timeout(120)  # ~0.5 s here; the quadratic way took over 8 minutes (issue 20)
def test_a_page_with_thousands_of_notes_exports_them_all(tmp_path: Path) -> None:
    lib, doc_id = new_library(tmp_path / "lib", scan_pdf(tmp_path / "scan.pdf"))
    notes = 6250
    add_many_notes(lib, doc_id, notes, regions=True)
    out = tmp_path / "public.pdf"
    export_pdf(lib, out, ExportScope(documents=[doc_id]), with_annotations=True)
    lib.close()
    with pymupdf.open(out) as doc:
        annots = doc[0].annot_xrefs()  # (xref, type, id): loading each would be quadratic
        assert len(annots) == notes and {t for _, t, _ in annots} == {
            pymupdf.mupdf.PDF_ANNOT_HIGHLIGHT
        }
        for xref, _, _ in (annots[0], annots[-1]):
            assert doc.xref_get_key(xref, "T") == ("string", "ann")
            assert doc.xref_get_key(xref, "C")[1] == "[1 1 0]"
            assert doc.xref_get_key(xref, "AP")[0] != "null"  # an appearance is drawn
        texts = sorted(doc.xref_get_key(x, "Contents")[1].rsplit(" ", 1)[1] for x, _, _ in annots)
        assert texts == sorted(str(i) for i in range(notes))
