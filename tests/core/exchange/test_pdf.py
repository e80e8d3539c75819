"""Publication PDF: which redactions are burned in (the rule), the corrected invisible text layer,
PDF annotations, rotated pages, image sources, and the report."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from app.core.documents.ingest import import_file
from app.core.exchange.common import ExportCancelled, ExportError, ExportScope
from app.core.exchange.pdf import PublicationOptions, export_pdf
from app.core.exchange.pdf_plan import PendingProposals
from app.core.exchange.pdf_report import describe_publication
from app.core.exchange.pdf_textlayer import LayerWord, layer_words
from app.core.exchange.text import Correction
from app.core.exchange.withheld import Fix, word_groups
from app.core.ids import DocumentId
from app.core.library import Library
from tests.builders import make_text_pdf
from tests.core.exchange.helpers import (
    add_annotation,
    add_many_notes,
    new_library,
    scan_pdf,
    word_box,
)
from tests.core.exchange.publication_helpers import RED, make_ocr_scan, region

SKIP = PublicationOptions(pending="skip")


def image_pixels(page: pymupdf.Page, clip: pymupdf.Rect) -> list[tuple[int, ...]]:
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


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_layer_words_follow_corrections() -> None:
    text = "The agent met Castro"
    r = [pymupdf.Rect(10 * i, 0, 10 * i + 8, 10) for i in range(4)]
    words = [Fix(0, 3, ""), Fix(4, 9, ""), Fix(10, 13, ""), Fix(14, 20, "")]  # (their spans)
    boxes = [(b.x0, b.y0, b.x1, b.y1) for b in r]

    def placed_by(fixes: list[Correction]) -> list[LayerWord]:
        return layer_words(text, word_groups(words, boxes, fixes), fixes)

    placed = placed_by([Correction(4, 13, "officer saw"), Correction(14, 20, "C.")])
    assert placed == [
        LayerWord("The", r[0], 0, 3),
        LayerWord("officer saw", r[1] | r[2], 4, 13),  # one line: the box around both words
        LayerWord("C.", r[3], 14, 20),
    ]
    inserted = placed_by([Correction(9, 10, " secret ")])  # between two words
    assert [w.text for w in inserted] == ["The", "agent secret", "met", "Castro"]


def test_scan_gets_corrected_invisible_text_and_burned_redaction(tmp_path: Path) -> None:
    pdf = make_ocr_scan(tmp_path / "ocr.pdf")
    lib = Library.open(tmp_path / "lib")
    doc_id = DocumentId(int(import_file(lib, pdf).document_id or 0))
    castro = word_box(pdf, 0, "Castro")
    add_annotation(lib, doc_id, 0, "correction", word="Havana", body={"replacement": "HAVANA"})
    add_annotation(  # a person's redaction: burned in without any flag
        lib, doc_id, 0, "redaction", region=region(castro, 2), body={"exemptions": ["B6"]}
    )
    out = tmp_path / "pub.pdf"
    options = PublicationOptions(with_annotations=True)
    report = export_pdf(lib, out, ExportScope(documents=[doc_id]), options=options)
    with pymupdf.open(out) as doc:
        page = doc[0]
        text = page.get_text()
        assert "HAVANA" in text and "Havana" not in text and "Castro" not in text
        assert "agent" in text  # the rest of the text layer is there, searchable
        assert {s["type"] for s in page.get_texttrace() if s["font"] != "Helvetica"} == {3}
        assert page.get_text(clip=castro).strip() == "(b)(6)"  # the code, printed in the box
        under = image_pixels(page, castro)
        assert under and RED not in under
        outside = image_pixels(page, pymupdf.Rect(300, 400, 320, 420))
        assert outside and set(outside) == {RED}
        contents = [a.info["content"] for a in page.annots()]
        assert contents == ["Correction: HAVANA"]  # the redaction itself is not an annotation
    assert "Castro" not in pdftotext(out) and "HAVANA" in pdftotext(out)
    [document] = report.documents
    assert [(e.page, e.codes) for e in document.burned] == [(1, ("B6",))]
    assert document.verification is not None and len(document.verification.readers) == 2
    lib.close()


def test_the_rule_accepted_burned_others_left_out_with_the_reason(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    boxes = {w: word_box(pdf, 0, w) for w in ("Director", "Havana", "shipment", "memorandum")}
    add_annotation(lib, doc_id, 0, "redaction", region=region(boxes["Director"]),
                   body={"exemptions": ["B1"]})  # fmt: skip
    add_annotation(lib, doc_id, 0, "redaction", region=region(boxes["Havana"]),
                   body={"exemptions": ["B1"], "leave_visible": True})  # fmt: skip
    add_annotation(lib, doc_id, 0, "redaction", region=region(boxes["shipment"]),
                   body={"exemptions": ["B3"]}, status="proposed", origin="detector")  # fmt: skip
    add_annotation(lib, doc_id, 0, "redaction", region=region(boxes["memorandum"]),
                   body={"exemptions": []}, status="rejected", origin="detector")  # fmt: skip
    with pytest.raises(PendingProposals, match=r"1 redaction proposal .* review it first"):
        export_pdf(lib, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    report = export_pdf(lib, tmp_path / "out", options=SKIP)
    [out] = list((tmp_path / "out").glob("*.pdf"))
    with pymupdf.open(out) as doc:
        page = doc[0]
        assert "Director" not in page.get_text()
        assert "Havana" in page.get_text(clip=boxes["Havana"])
        assert "shipment" in page.get_text(clip=boxes["shipment"])
        assert "memorandum" in page.get_text(clip=boxes["memorandum"])
        assert "SECRET" in doc[1].get_text()  # visible text of other pages is kept
    [document] = report.documents
    assert [e.codes for e in document.burned] == [("B1",)]
    reasons = sorted((e.reason or "", e.codes) for e in document.left_out)
    assert reasons == [("left visible", ("B1",)), ("pending", ("B3",)), ("rejected", ())]
    text = describe_publication(report)
    assert "Burned in: 1 redaction\n" in text and "page 1: 1 (B1)" in text
    assert "1 pending" in text and "1 rejected" in text and "1 left visible" in text
    assert "Verified by PyMuPDF" in text and "poppler" in text
    lib.close()


def test_a_word_half_under_a_box_loses_its_visible_rest(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    box = word_box(pdf, 0, "Director")
    half = pymupdf.Rect(box.x0, box.y0, (box.x0 + box.x1) / 2, box.y1)
    add_annotation(lib, doc_id, 0, "redaction", region=region(half), body={"exemptions": []})
    export_pdf(lib, tmp_path / "pub.pdf", ExportScope(documents=[doc_id]))
    with pymupdf.open(tmp_path / "pub.pdf") as doc:
        assert doc[0].get_text(clip=box).strip() == ""  # no "ctor" left beside the box
        assert "the" in doc[0].get_text()
    lib.close()


def test_white_boxes_with_an_outline_and_no_codes(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    box = word_box(pdf, 0, "Director")
    add_annotation(lib, doc_id, 0, "redaction", region=region(box, 3), body={"exemptions": ["B6"]})
    options = PublicationOptions(fill="white", print_codes=False)
    export_pdf(lib, tmp_path / "pub.pdf", ExportScope(documents=[doc_id]), options=options)
    with pymupdf.open(tmp_path / "pub.pdf") as doc:
        page = doc[0]
        assert page.get_text(clip=box).strip() == ""
        pix = page.get_pixmap(clip=box, dpi=72, colorspace=pymupdf.csGRAY)
        assert set(pix.samples) == {255}  # white inside
        edge = page.get_pixmap(clip=pymupdf.Rect(box.x0 - 3, box.y0, box.x0 - 2, box.y1), dpi=144)
        assert min(edge.samples) < 128  # the outline
    lib.close()


@pytest.mark.parametrize("fill", ["black", "white"])
def test_overlapping_boxes_with_their_codes_pass_the_check(tmp_path: Path, fill: str) -> None:
    """One box's printed codes and outline may lie inside another: still the page's own."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    box = word_box(pdf, 0, "shipment")
    add_annotation(lib, doc_id, 0, "redaction", region=region(box, 6), body={"exemptions": ["B1"]})
    shifted = pymupdf.Rect(box.x0 + 30, box.y0 + 4, box.x1 + 60, box.y1 + 8)
    add_annotation(lib, doc_id, 0, "redaction", region=region(shifted, 6),
                   body={"exemptions": ["B6", "B7(C)"]})  # fmt: skip
    options = PublicationOptions(fill=fill)  # type: ignore[arg-type]
    report = export_pdf(lib, tmp_path / "pub.pdf", ExportScope(documents=[doc_id]), options=options)
    assert report.verified and report.burned == 2
    with pymupdf.open(tmp_path / "pub.pdf") as doc:
        assert "shipment" not in doc[0].get_text() and "(b)(7)(C)" in doc[0].get_text()
    lib.close()


def test_redaction_on_a_rotated_page(tmp_path: Path) -> None:
    """Regions are in the unrotated page's space; the page keeps its rotation in the output."""
    pdf = make_text_pdf(tmp_path / "rot.pdf", ["Agent Castro met the courier."], rotation=90)
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    box = word_box(pdf, 0, "Castro")
    add_annotation(lib, doc_id, 0, "redaction", region=region(box), body={"exemptions": []})
    export_pdf(lib, tmp_path / "rot-out.pdf", ExportScope(documents=[doc_id]))
    with pymupdf.open(tmp_path / "rot-out.pdf") as doc:
        page = doc[0]
        assert page.rotation == 90
        page.set_rotation(0)
        assert "Castro" not in page.get_text()
        assert "courier" in page.get_text()
    assert "Castro" not in pdftotext(tmp_path / "rot-out.pdf")
    lib.close()


def test_several_documents_need_a_folder(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib")
    for name in ("a.pdf", "b.pdf"):
        import_file(lib, make_text_pdf(tmp_path / name, [f"Text of {name}"]))
    with pytest.raises(ExportError, match="name a folder"):
        export_pdf(lib, tmp_path / "all.pdf")
    assert not (tmp_path / "all.pdf").exists()
    assert len(export_pdf(lib, tmp_path / "pdfs").documents) == 2
    assert len(list((tmp_path / "pdfs").glob("*.pdf"))) == 2
    lib.close()


def test_a_cancelled_export_into_a_new_folder_leaves_no_folder(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib")
    for name in ("a.pdf", "b.pdf"):
        import_file(lib, make_text_pdf(tmp_path / name, [f"Text of {name}"]))
    with pytest.raises(ExportCancelled):
        export_pdf(lib, tmp_path / "new" / "pdfs", cancel=lambda: True)
    assert not (tmp_path / "new").exists()  # (it made both; it wrote nothing)
    asked: list[int] = []
    with pytest.raises(ExportCancelled):  # the first document written: the folder stays with it
        export_pdf(lib, tmp_path / "pdfs", on_progress=lambda d, t: asked.append(d),
                   cancel=lambda: len(asked) >= 2)  # fmt: skip
    assert len(list((tmp_path / "pdfs").glob("*.pdf"))) == 1
    lib.close()


def test_image_source_becomes_a_pdf_with_the_region_burned(tmp_path: Path) -> None:
    png = tmp_path / "scan.png"
    Image.new("RGB", (400, 300), RED).save(png, dpi=(72, 72))
    lib = Library.open(tmp_path / "lib")
    doc_id = DocumentId(int(import_file(lib, png).document_id or 0))
    add_annotation(lib, doc_id, 0, "redaction", region=(100, 100, 50, 40), body={"exemptions": []})
    export_pdf(lib, tmp_path / "img.pdf", ExportScope(documents=[doc_id]))
    with pymupdf.open(tmp_path / "img.pdf") as doc:
        under = image_pixels(doc[0], pymupdf.Rect(102, 102, 148, 138))
        assert under and RED not in under
        assert set(image_pixels(doc[0], pymupdf.Rect(10, 10, 30, 30))) == {RED}
    lib.close()


def test_the_title_is_the_documents_own_unless_it_names_redacted_text(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "Havana shipment.pdf")
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    export_pdf(lib, tmp_path / "a.pdf", ExportScope(documents=[doc_id]))
    with pymupdf.open(tmp_path / "a.pdf") as doc:
        assert doc.metadata is not None and doc.metadata["title"] == "Havana shipment"
        assert doc.metadata["producer"] == "Redline" and doc.get_xml_metadata() == ""
    box = word_box(pdf, 0, "Havana")
    add_annotation(lib, doc_id, 0, "redaction", word="Havana", region=region(box),
                   body={"exemptions": []})  # fmt: skip
    export_pdf(lib, tmp_path / "b.pdf", ExportScope(documents=[doc_id]))
    with pymupdf.open(tmp_path / "b.pdf") as doc:
        assert doc.metadata is not None and "Havana" not in doc.metadata["title"]
        assert doc.metadata["title"].startswith("Document ")
    lib.close()


def test_leave_visible_travels_in_the_json_and_holds_in_the_other_library(tmp_path: Path) -> None:
    import json

    from app.core.exchange.merge import import_annotations
    from app.core.exchange.redline_json import export_json
    from tests.core.exchange.helpers import validate

    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    add_annotation(a, doc_a, 0, "redaction", region=region(word_box(pdf, 0, "Havana")),
                   body={"exemptions": ["B6"], "note": "", "leave_visible": True})  # fmt: skip
    add_annotation(
        a,
        doc_a,
        0,
        "redaction",
        region=region(word_box(pdf, 0, "Director")),
        body={"exemptions": ["B1"], "note": "", "publish": False},
    )  # an older file's
    export_json(a, tmp_path / "set.json")
    data = json.loads((tmp_path / "set.json").read_text())
    validate(data)
    assert [a["body"].get("leave_visible") for a in data["annotations"]].count(True) == 1
    b, doc_b = new_library(tmp_path / "b", pdf)
    assert len(import_annotations(b, tmp_path / "set.json").added) == 2
    report = export_pdf(b, tmp_path / "pub.pdf", ExportScope(documents=[doc_b]))
    with pymupdf.open(tmp_path / "pub.pdf") as doc:
        assert "Havana" in doc[0].get_text() and "Director" not in doc[0].get_text()
    assert [e.reason for e in report.documents[0].left_out] == ["left visible"]
    a.close()
    b.close()


@pytest.mark.parametrize("rotation", [0, 90, 270])
def test_a_page_whose_crop_box_is_offset_and_turned(tmp_path: Path, rotation: int) -> None:
    """Both readers' coordinates (PyMuPDF's crop-box points, poppler's shown page) line up."""
    doc = pymupdf.open()
    page = doc.new_page(width=600, height=800)
    page.insert_text((100, 200), "Agent Castro met the courier.", fontsize=16)
    page.set_cropbox(pymupdf.Rect(50, 60, 550, 760))
    page.set_rotation(rotation)
    doc.save(tmp_path / "crop.pdf")
    lib, doc_id = new_library(tmp_path / "lib", tmp_path / "crop.pdf")
    box = word_box(tmp_path / "crop.pdf", 0, "Castro")
    add_annotation(lib, doc_id, 0, "redaction", word="Castro", region=region(box, 1),
                   body={"exemptions": ["B6"]})  # fmt: skip
    report = export_pdf(lib, tmp_path / "out.pdf", ExportScope(documents=[doc_id]))
    assert report.verified
    assert "Castro" not in pdftotext(tmp_path / "out.pdf") and "courier" in pdftotext(
        tmp_path / "out.pdf"
    )
    lib.close()


def test_a_set_exported_before_the_rule_changed_merges_as_unchanged(tmp_path: Path) -> None:
    """A file whose redactions still say "publish" (the library's were dropped by migration 0004)
    is the same set, not a conflict."""
    from app.core.exchange.merge import import_annotations
    from app.core.exchange.redline_json import export_json

    lib, doc_id = new_library(tmp_path / "lib", scan_pdf(tmp_path / "scan.pdf"))
    red = add_annotation(lib, doc_id, 0, "redaction", region=(10, 10, 20, 20),
                         body={"exemptions": ["B1"], "note": "", "publish": True})  # fmt: skip
    export_json(lib, tmp_path / "old.json")
    with lib.transaction() as s:  # what the migration did to the library's own row
        s.connection().exec_driver_sql(
            "UPDATE annotations SET body = ? WHERE uuid = ?",
            ('{"exemptions": ["B1"], "note": ""}', red),
        )
    report = import_annotations(lib, tmp_path / "old.json", dry_run=True)
    assert report.unchanged == 1 and not report.conflicts
    lib.close()


@pytest.mark.slow
@pytest.mark.timeout(120)  # ~0.5 s here; the quadratic way took over 8 minutes (issue 20)
def test_a_page_with_thousands_of_notes_exports_them_all(tmp_path: Path) -> None:
    lib, doc_id = new_library(tmp_path / "lib", scan_pdf(tmp_path / "scan.pdf"))
    notes = 6250
    add_many_notes(lib, doc_id, notes, regions=True)
    out = tmp_path / "public.pdf"
    export_pdf(
        lib,
        out,
        ExportScope(documents=[doc_id]),
        options=PublicationOptions(with_annotations=True),
    )
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


def test_the_check_leaves_no_pipe_of_poppler_open(tmp_path: Path) -> None:
    """The pipes of poppler's messages are closed once it is done (each left to the garbage
    collector was a ResourceWarning on stderr: three a publication, until 2026-12-07)."""
    import gc
    import warnings

    pdf = scan_pdf(tmp_path / "scan.pdf")
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    add_annotation(lib, doc_id, 0, "redaction", region=(100, 100, 80, 14),
                   body={"exemptions": ["B6"]})  # fmt: skip
    gc.collect()  # (what earlier tests in this process left is not this export's)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        assert export_pdf(lib, tmp_path / "pub.pdf").verified
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
    lib.close()


def test_a_refusal_names_each_document_once_with_its_pages() -> None:
    """The pages of undecided proposals a refusal names: a title once with its pages (it was
    said again before each page: "memo page 1, memo page 2, …")."""
    from app.core.exchange.pdf_plan import where_pending

    assert (
        where_pending([("memo", 1), ("memo", 2), ("cable", 4)]) == "memo pages 1, 2; cable page 4"
    )
    many = [("memo", n) for n in range(1, 9)]
    assert where_pending(many) == "memo pages 1, 2, 3, 4, 5 and 3 more pages"
    assert where_pending([*many[:5], ("cable", 2)]) == "memo pages 1, 2, 3, 4, 5 and 1 more page"
