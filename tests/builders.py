"""Fixture builders: small PDFs and images made by code, so no test file is checked in."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pymupdf
from PIL import Image, ImageDraw

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SHARED_SCANS = SHARED_DATA / "scans"
# A line of a paragraph, for pages whose prose must not be taken for a banner or a stamp.
PROSE = "The Minister met the Ambassador in Vienna on Tuesday to discuss the treaty and"


def make_text_pdf(
    path: Path,
    pages: Sequence[str] = ("The quick brown fox jumps over the lazy dog.",),
    *,
    size: tuple[float, float] = (612, 792),
    rotation: int = 0,
) -> Path:
    """A vector PDF with one paragraph of real text per page."""
    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page(width=size[0], height=size[1])
        page.insert_textbox(pymupdf.Rect(72, 72, size[0] - 72, size[1] - 72), text, fontsize=11)
        if rotation:
            page.set_rotation(rotation)
    doc.save(path)
    doc.close()
    return path


def make_turned_text_pdf(
    path: Path,
    lines: Sequence[str],
    rotation: int,
    *,
    pitch: float = 14,
    size: tuple[float, float] = (612, 792),
) -> Path:
    """A one-page vector PDF shown turned (its /Rotate is ``rotation``) whose ``lines`` of 11-point
    text read upright as shown, ``pitch`` points apart (at 14, a word's box reaches 1.1 points
    into the line above): its content lies sideways, as on a landscape scan turned to be read."""
    doc = pymupdf.open()
    page = doc.new_page(width=size[0], height=size[1])
    page.set_rotation(rotation)
    for n, line in enumerate(lines):
        at = pymupdf.Point(72, 100 + pitch * n) * page.derotation_matrix
        page.insert_text(at, line, fontsize=11, rotate=rotation)
    doc.save(path)
    doc.close()
    return path


def make_damaged_page_pdf(path: Path, pages: int) -> Path:
    """A PDF whose page tree is broken: MuPDF counts ``pages`` pages but cannot load the last."""
    doc = pymupdf.open()
    for i in range(pages):
        doc.new_page().insert_text((72, 72), f"page {i + 1}")
    doc.xref_set_key(doc[pages // 2].xref, "Type", "/Pages")  # a page posing as a page tree
    doc.save(path)
    doc.close()
    return path


def make_image_only_pdf(path: Path, pages: int = 1) -> Path:
    """A PDF whose pages hold only a raster (like a scan without OCR)."""
    doc = pymupdf.open()
    for i in range(pages):
        page = doc.new_page(width=612, height=792)
        page.insert_image(page.rect, stream=_png_bytes(f"scan page {i + 1}"))
    doc.save(path)
    doc.close()
    return path


def _png_bytes(text: str, size: tuple[int, int] = (425, 550)) -> bytes:
    img = Image.new("L", size, 255)
    ImageDraw.Draw(img).text((40, 40), text, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def make_image(path: Path, fmt: str = "PNG", pages: int = 1) -> Path:
    """A PNG, JPEG or (multi-page) TIFF image with a little text on it."""
    frames = [Image.new("L", (300, 400), 255) for _ in range(pages)]
    for i, f in enumerate(frames):
        ImageDraw.Draw(f).text((20, 20), f"image page {i + 1}", fill=0)
    if pages > 1:
        frames[0].save(path, format=fmt, save_all=True, append_images=frames[1:], dpi=(150, 150))
    else:
        frames[0].save(path, format=fmt, dpi=(150, 150))
    return path


def make_encrypted_pdf(path: Path) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "secret text")
    doc.save(path, encryption=pymupdf.mupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", user_pw="user")
    doc.close()
    return path


def make_zero_page_pdf(path: Path) -> Path:
    """A syntactically valid PDF whose page tree is empty (PyMuPDF refuses to save one)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    path.write_bytes(bytes(out))
    return path


def make_lying_count_pdf(path: Path, count: int, pages: int = 3) -> Path:
    """A PDF of ``pages`` pages whose page tree says it has ``count`` (MuPDF raises a
    RuntimeError asked for the count when it is negative or absurd)."""
    doc = pymupdf.open()
    for i in range(pages):
        doc.new_page().insert_text((72, 72), f"page {i + 1}")
    data = doc.tobytes()
    doc.close()
    path.write_bytes(data.replace(f"/Count {pages}".encode(), f"/Count {count}".encode(), 1))
    return path


def make_banner_scan_pdf(
    path: Path,
    *,
    banner: str = "TOP SECRET",
    struck: bool = False,
    layer: str = "The Minister met the Ambassador in Vienna.\nCLASSIFIED BY: J. Smith.",
) -> Path:
    """An image-only page (150 dpi) with ``banner`` printed large at its top and bottom centre
    (a line through both when ``struck``) and a text layer that holds ``layer`` but not the
    banner: what a scanned record looks like when its text layer missed its banners."""
    drawn = pymupdf.open()
    page = drawn.new_page(width=612, height=792)
    for y in (60, 760):
        width = pymupdf.get_text_length(banner, fontname="hebo", fontsize=22)
        x = (612 - width) / 2
        page.insert_text((x, y), banner, fontname="hebo", fontsize=22)
        if struck:
            page.draw_line((x - 6, y - 6), (x + width + 6, y - 9), width=1.2)
    page.insert_textbox(pymupdf.Rect(72, 150, 540, 400), layer, fontsize=11)
    pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    scan = doc.new_page(width=612, height=792)
    scan.insert_image(scan.rect, pixmap=pix)
    scan.insert_textbox(pymupdf.Rect(72, 150, 540, 400), layer, fontsize=11, render_mode=3)
    doc.save(path)
    doc.close()
    drawn.close()
    return path


DISK_FULL = "The disk holding the library at /lib is full; nothing was changed."


def stores_then_fails(
    real: Callable[..., Any], error: Exception
) -> tuple[Callable[..., Any], list[Any]]:
    """``real`` (a run's store of one document or page) that stores the first and then raises
    ``error`` (a full disk, a server gone), and the list of what it stored (each call's second
    argument: the document id, the page's job)."""
    stored: list[Any] = []

    def store(*args: Any) -> Any:
        if stored:
            raise error
        stored.append(args[1])
        return real(*args)

    return store, stored


def memo_with_proposals(location: str | Path, folder: Path, count: int) -> int:
    """Open the library at ``location`` and import a one-page memo into it, with ``count`` detector
    proposals (SECRET markings on its first words, in reading order); the document's id."""
    from app.core.annotating.annotations import create_annotation
    from app.core.annotating.page_content import read_page
    from app.core.annotating.records import Span
    from app.core.documents.ingest import import_file
    from app.core.documents.queries import document_summary
    from app.core.library import Library

    with Library.open(location) as lib:
        memo = make_text_pdf(folder / "memo.pdf", [" ".join(["SECRET memo"] * (count + 1))])
        doc = import_file(lib, memo).document_id
        assert doc is not None
        page = document_summary(lib, doc).pages[0]
        for w in read_page(lib, page.id).text.words[:count]:
            create_annotation(
                lib, page.id, "marking", text=Span(w.start, w.end), author="", status="proposed",
                origin="detector", confidence=0.7,
                body={"category": "classification", "value": "SECRET"},
            )  # fmt: skip
    return int(doc)
