"""A hostile source PDF for the publication tests: the name under the box is everywhere a PDF can
hide it.

On its one page, under BOX: the name as visible text wrapped in marked content whose
``/ActualText`` repeats it, in a form XObject, in the pixels of a page-wide scan, of a second image
stacked on it and of an inline image; over it a link (its URI and contents name it) and a filled
form field. The document names it in its outline, its information, its XMP metadata (and the
image's), an embedded file and a JavaScript action.
"""

from __future__ import annotations

import io
from pathlib import Path

import pymupdf
from PIL import Image, ImageDraw, ImageFont

NAME = "Castro"
RED = (255, 0, 0)
WORDS = "The agent met Castro in Havana on Tuesday"
BOX = pymupdf.Rect(100, 180, 300, 240)  # unrotated page points, origin top-left
ELSEWHERE = "Courier arrived"  # visible text far from the box, kept


def _png(size: tuple[int, int], colour: int, text_at: tuple[int, int], scale: int) -> bytes:
    img = Image.new("L", size, colour)
    font = ImageFont.load_default(size=12 * scale)
    ImageDraw.Draw(img).text(text_at, NAME, fill=0, font=font)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _form_with_name() -> pymupdf.Document:
    src = pymupdf.open()
    src.new_page(width=200, height=60).insert_text((20, 35), f"{NAME} (form)", fontsize=14)
    return src


def _inline_image(doc: pymupdf.Document, page: pymupdf.Page) -> None:
    """A 4 x 2 grey inline image drawn across the box (no object of its own)."""
    data = bytes([0, 255, 0, 255, 255, 0, 255, 0])
    content = (
        b"q 60 0 0 20 180 -10 cm 1 0 0 1 0 0 cm BI /W 4 /H 2 /CS /G /BPC 8 ID " + data + b" EI Q"
    )
    # page coordinates: y up from the bottom (792): 792 - 230 = 562 is the image's bottom
    _append(doc, page, content.replace(b"180 -10", b"180 562"))


def _append(doc: pymupdf.Document, page: pymupdf.Page, content: bytes) -> None:
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, content, new=True)
    kind, value = doc.xref_get_key(page.xref, "Contents")
    items = value[1:-1] if kind == "array" else value
    doc.xref_set_key(page.xref, "Contents", f"[{items} {xref} 0 R]")


def _actual_text(doc: pymupdf.Document, page: pymupdf.Page) -> None:
    """Marked content whose /ActualText names the name, over an "x" drawn far from the box
    (MuPDF's redaction removes marked content only with the text it marks)."""
    stream = f"/Span <</ActualText ({NAME} the agent)>> BDC BT /tiro 10 Tf 120 300 Td (x) Tj ET EMC"
    _append(doc, page, stream.encode())


def _document_level(doc: pymupdf.Document, page: pymupdf.Page) -> None:
    page.insert_link({"kind": pymupdf.LINK_URI, "from": BOX, "uri": f"https://example.org/{NAME}"})
    page.insert_link(
        {"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 700, 200, 720),
         "uri": "https://example.org/elsewhere"}
    )  # fmt: skip
    note = page.add_text_annot((400, 400), f"{NAME} was here")
    note.set_info(title=NAME)
    note.update()
    field = pymupdf.Widget()
    field.field_name = "agent"
    field.field_value = NAME
    field.field_type = getattr(pymupdf, "PDF_WIDGET_TYPE_TEXT", 7)
    field.rect = pymupdf.Rect(BOX.x0 + 10, BOX.y1 - 18, BOX.x1 - 10, BOX.y1 - 4)
    page.add_widget(field)
    doc.set_toc([[1, f"{NAME} dossier", 1], [1, "Chapter two", 1]])
    doc.set_metadata({"title": f"{NAME} file", "author": NAME, "subject": NAME})
    doc.set_xml_metadata(f"<x:xmpmeta xmlns:x='adobe:ns:meta/'><t>{NAME}</t></x:xmpmeta>")
    doc.embfile_add("notes.txt", f"{NAME} notes".encode(), filename="notes.txt")


def make_hostile_pdf(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    scan = _png((612 * 2, 792 * 2), 235, (int(BOX.x0 + 20) * 2, int(BOX.y0 + 20) * 2), 2)
    page.insert_image(page.rect, stream=scan)
    stacked = _png((200, 60), 200, (30, 15), 1)  # a second image over the box, its own pixels
    image = page.insert_image(pymupdf.Rect(BOX.x0, BOX.y0, BOX.x1, BOX.y0 + 60), stream=stacked)
    form = pymupdf.Rect(BOX.x0, BOX.y0 + 10, BOX.x0 + 200, BOX.y0 + 70)
    page.show_pdf_page(form, _form_with_name())
    # (Times: a Helvetica on the page would be taken for the form's, and never added)
    page.insert_text((110, 200), NAME, fontsize=16, fontname="tiro")
    page.insert_text((72, 600), ELSEWHERE, fontsize=12, fontname="tiro")
    _document_level(doc, page)
    doc = pymupdf.open("pdf", doc.tobytes())  # then the low-level additions on a clean page
    page = doc[0]
    _actual_text(doc, page)
    _inline_image(doc, page)
    meta = doc.get_new_xref()
    doc.update_object(meta, "<</Type/Metadata/Subtype/XML>>")
    doc.update_stream(meta, f"<xmp>{NAME} photo</xmp>".encode(), new=True)
    doc.xref_set_key(image, "Metadata", f"{meta} 0 R")
    js = doc.get_new_xref()
    doc.update_object(js, f"<</S/JavaScript/JS(app.alert('{NAME}'))>>")
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction", f"{js} 0 R")
    doc.save(path)
    doc.close()
    return path


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


def region(rect: pymupdf.Rect, pad: float = 0.0) -> tuple[float, float, float, float]:
    return (rect.x0 - pad, rect.y0 - pad, rect.width + 2 * pad, rect.height + 2 * pad)
