"""A hostile source: the name under the box also sits in a form XObject, a second stacked image, an
inline image, marked content's /ActualText, a link, a form field, a note, the outline, the
document information and XMP metadata, an embedded file and a script. Nothing of it survives a
publication, by either reader or in the file's bytes; and verification refuses a file that still
holds any of it (each removal step switched off in turn)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from app.core.exchange import pdf_burn, pdf_scrub, pdf_textlayer, pdf_verify
from app.core.exchange.common import ExportScope
from app.core.exchange.pdf import PublicationOptions, export_pdf
from app.core.exchange.pdf_expected import LeakFound
from app.core.ids import DocumentId
from app.core.library import Library
from tests.core.exchange.helpers import add_annotation, new_library, word_box
from tests.core.exchange.publication_helpers import (
    BOX,
    ELSEWHERE,
    NAME,
    make_hostile_pdf,
    make_ocr_scan,
    region,
)


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[tuple[Library, DocumentId]]:
    lib, doc_id = new_library(tmp_path / "lib", make_hostile_pdf(tmp_path / "hostile.pdf"))
    add_annotation(lib, doc_id, 0, "redaction", word=NAME, region=region(BOX),
                   body={"exemptions": ["B6"]})  # fmt: skip
    yield lib, doc_id
    lib.close()


def _all_bytes(path: Path) -> bytes:
    """Every object and every decompressed stream of the file, and the file itself."""
    parts = [path.read_bytes()]
    with pymupdf.open(path) as doc:
        for xref in range(1, doc.xref_length()):
            parts.append(doc.xref_object(xref).encode("latin-1", "replace"))
            if doc.xref_is_stream(xref):
                parts.append(doc.xref_stream(xref) or b"")
        parts.append(doc.xref_object(-1).encode("latin-1", "replace"))
    return b"\n".join(parts)


def _poppler(path: Path, *args: str) -> str:
    done = subprocess.run(
        [*args, str(path), "-"], capture_output=True, check=True, text=True, errors="replace"
    )
    return done.stdout


def _grey_under(path: Path, rect: pymupdf.Rect, dpi: int = 100) -> tuple[np.ndarray, np.ndarray]:
    """The box's inside (less 2 pixels) as PyMuPDF and pdftoppm render it."""
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(clip=rect, dpi=dpi, colorspace=pymupdf.csGRAY)
        mupdf = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width)[2:-2, 2:-2]
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-singlefile", str(path), str(path.with_suffix(""))],
        check=True,
    )
    data = path.with_suffix(".pgm").read_bytes()
    width, height = (int(v) for v in data.split(b"\n")[1].split())
    page = np.frombuffer(data[-width * height :], np.uint8).reshape(height, width)
    z = dpi / 72
    box = page[
        int(rect.y0 * z) + 2 : int(rect.y1 * z) - 2, int(rect.x0 * z) + 2 : int(rect.x1 * z) - 2
    ]
    return mupdf, box


def test_nothing_of_the_name_survives_by_any_reader(
    tmp_path: Path, hostile: tuple[Library, DocumentId]
) -> None:
    lib, doc_id = hostile
    out = tmp_path / "pub.pdf"
    report = export_pdf(lib, out, ExportScope(documents=[doc_id]))
    assert report.verified
    assert NAME not in _poppler(out, "pdftotext")
    assert NAME not in _poppler(out, "pdftotext", "-bbox")  # head: title, author
    assert ELSEWHERE in _poppler(out, "pdftotext")  # the rest of the page is still there
    assert not re.search(NAME.encode(), _all_bytes(out), re.IGNORECASE)
    with pymupdf.open(out) as doc:
        page = doc[0]
        assert NAME not in page.get_text() and "(b)(6)" in page.get_text()
        assert doc.get_toc() == [] and doc.embfile_count() == 0 and doc.get_xml_metadata() == ""
        assert not page.get_links() and not list(page.annots()) and not list(page.widgets())
        assert doc.metadata is not None and NAME not in str(doc.metadata)
        assert "OpenAction" not in doc.xref_get_keys(doc.pdf_catalog())
        for info in page.get_image_info(xrefs=True):  # every image, the stacked one too
            if info["bbox"][2] - info["bbox"][0] < 10:
                continue
            pix = pymupdf.Pixmap(doc, info["xref"])
            pixels = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)
            sx, sy = (
                pix.width / (info["bbox"][2] - info["bbox"][0]),
                pix.height / (info["bbox"][3] - info["bbox"][1]),
            )
            inner = BOX & pymupdf.Rect(info["bbox"])
            x0, x1 = (
                int((inner.x0 - info["bbox"][0]) * sx) + 1,
                int((inner.x1 - info["bbox"][0]) * sx) - 1,
            )
            y0, y1 = (
                int((inner.y0 - info["bbox"][1]) * sy) + 1,
                int((inner.y1 - info["bbox"][1]) * sy) - 1,
            )
            under = pixels[y0:y1, x0:x1]
            assert under.size and (under == under.flat[0]).all()
    mupdf, poppler = _grey_under(out, BOX)
    label = (mupdf > 60).sum()  # the white "(b)(6)" printed in the black box
    assert (mupdf < 40).mean() > 0.9 and label < 0.1 * mupdf.size
    assert (poppler < 40).mean() > 0.9


def test_outline_and_links_on_request_without_what_names_the_quote(
    tmp_path: Path, hostile: tuple[Library, DocumentId]
) -> None:
    lib, doc_id = hostile
    out = tmp_path / "pub.pdf"
    options = PublicationOptions(keep_outline=True, keep_links=True)
    report = export_pdf(lib, out, ExportScope(documents=[doc_id]), options=options)
    assert report.documents[0].outline == (1, 1)
    with pymupdf.open(out) as doc:
        assert doc.get_toc() == [[1, "Chapter two", 1]]
        assert [link["uri"] for link in doc[0].get_links()] == ["https://example.org/elsewhere"]


def _assert_refused(lib: Library, doc_id: DocumentId, out: Path, match: str) -> None:
    with pytest.raises(LeakFound, match=match):
        export_pdf(lib, out, ExportScope(documents=[doc_id]))
    assert not out.exists()
    assert not list(out.parent.glob(f".{out.name}.*"))  # no temporary file left either


def test_verification_refuses_when_image_pixels_are_not_removed(
    tmp_path: Path, hostile: tuple[Library, DocumentId], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_burn, "REMOVE_IMAGES", pdf_burn.IMAGE_NONE)
    _assert_refused(*hostile, tmp_path / "pub.pdf", r"page 1, region 1 .*an image drawn there")


def test_verification_refuses_when_text_is_not_removed(
    tmp_path: Path, hostile: tuple[Library, DocumentId], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_burn, "REMOVE_TEXT", pdf_burn.TEXT_NONE)
    _assert_refused(*hostile, tmp_path / "pub.pdf", r"page 1, region 1 .*PyMuPDF still extracts")


def test_verification_refuses_when_vector_art_is_not_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_burn, "REMOVE_LINE_ART", pdf_burn.LINE_ART_NONE)
    src = pymupdf.open()
    src.new_page(width=612, height=792).draw_line(
        (BOX.x0 + 5, BOX.y0 + 5), (BOX.x1 - 5, BOX.y1 - 5), width=2
    )  # a stroke under the box (a signature, a line of outlined text)
    src.save(tmp_path / "lined.pdf")
    lib, doc_id = new_library(tmp_path / "lib", tmp_path / "lined.pdf")
    add_annotation(lib, doc_id, 0, "redaction", region=region(BOX), body={"exemptions": []})
    _assert_refused(lib, doc_id, tmp_path / "pub.pdf", "vector art other than the fill")
    monkeypatch.setattr(pdf_burn, "REMOVE_LINE_ART", pdf_burn.LINE_ART_TOUCHED)
    export_pdf(lib, tmp_path / "pub.pdf", ExportScope(documents=[doc_id]))  # restored: passes
    lib.close()


def test_verification_refuses_when_the_fill_is_not_painted(
    tmp_path: Path, hostile: tuple[Library, DocumentId], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.core.exchange.pdf.paint", lambda *args: None)
    _assert_refused(*hostile, tmp_path / "pub.pdf", "renders .* pixel.* other than the fill")


@pytest.mark.parametrize("reader", ["PyMuPDF", "poppler"])
def test_the_render_check_sees_the_codes_box_between_the_letters(
    tmp_path: Path,
    hostile: tuple[Library, DocumentId],
    monkeypatch: pytest.MonkeyPatch,
    reader: str,
) -> None:
    """Grey drawn in the printed codes' box, above their letters (as nothing the structural
    checks name would be): each reader's render check refuses it (until 2026-12-06 the codes'
    whole box went unchecked)."""
    painted = pdf_burn.paint

    def paint_and_stain(
        page: pymupdf.Page, burns: list[pdf_burn.Burn], look: pdf_burn.Look
    ) -> None:
        painted(page, burns, look)
        for b in burns:
            if b.label_rect is not None:
                r = b.label_rect
                page.draw_rect(pymupdf.Rect(r.x0, r.y0, r.x1, r.y0 + 0.15 * r.height),
                               color=None, fill=(0.5, 0.5, 0.5))  # fmt: skip

    monkeypatch.setattr("app.core.exchange.pdf.paint", paint_and_stain)
    monkeypatch.setattr(pdf_verify, "check_drawings", lambda *args: None)
    if reader == "poppler":
        monkeypatch.setattr(pdf_verify, "check_mupdf_render", lambda *args: None)
    _assert_refused(
        *hostile, tmp_path / "pub.pdf", f"{reader} renders .* pixel.* other than the fill"
    )
    monkeypatch.setattr("app.core.exchange.pdf.paint", painted)  # the codes alone: it passes
    export_pdf(*hostile[:1], tmp_path / "pub.pdf", ExportScope(documents=[hostile[1]]))


def test_verification_refuses_when_marked_content_keeps_the_name(
    tmp_path: Path, hostile: tuple[Library, DocumentId], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_scrub, "strip_marked_text", lambda data: data)
    # PyMuPDF reads the /ActualText as the marked text; the file's bytes hold it too
    _assert_refused(*hostile, tmp_path / "pub.pdf", f"the redacted text '{NAME}'")


def test_verification_refuses_when_the_text_layer_keeps_redacted_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = make_ocr_scan(tmp_path / "ocr.pdf")
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    castro = word_box(pdf, 0, "Castro")
    add_annotation(lib, doc_id, 0, "redaction", region=region(castro, 2), body={"exemptions": []})
    monkeypatch.setattr(
        "app.core.exchange.pdf.keep_words", lambda placed, regions, spans, rotation: list(placed)
    )
    _assert_refused(lib, doc_id, tmp_path / "pub.pdf", "still extracts the character 'C'")
    monkeypatch.setattr("app.core.exchange.pdf.keep_words", pdf_textlayer.keep_words)
    export_pdf(lib, tmp_path / "pub.pdf", ExportScope(documents=[doc_id]))  # restored: passes
    lib.close()


def test_a_quote_still_readable_elsewhere_refuses_with_its_page(tmp_path: Path) -> None:
    from tests.builders import make_text_pdf

    pdf = make_text_pdf(
        tmp_path / "two.pdf", ["The courier met Castro at noon.", "Later Castro left Havana."]
    )
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    box = word_box(pdf, 0, "Castro")
    add_annotation(lib, doc_id, 0, "redaction", word="Castro", region=region(box),
                   body={"exemptions": []})  # fmt: skip
    _assert_refused(lib, doc_id, tmp_path / "pub.pdf", "(?s)the redacted text 'Castro' outside "
                    "its boxes, in 1 place:\n  page 2: “Later Castro left Havana.”")  # fmt: skip
    lib.close()
