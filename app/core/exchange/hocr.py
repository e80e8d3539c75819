"""hOCR for a document, as Tesseract writes it: XHTML with one ``ocr_page`` per page, then
``ocr_carea`` / ``ocr_par`` / ``ocr_line`` / ``ocrx_word`` elements whose ``title`` gives the
``bbox`` in pixels of the page image (named in the page's title with its ``scan_res``) and the
word confidence ``x_wconf`` (0-100). Words carry their corrected reading; hOCR has no place for
the OCR's reading beside it (ALTO and PAGE keep it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree

from app import __version__
from app.core.exchange.ocr_layout import DocumentFacts, PageLayout, PixelBox

XHTML_NS = "http://www.w3.org/1999/xhtml"
DOCTYPE = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
)
CAPABILITIES = "ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf"


def _el(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
    el = etree.SubElement(parent, f"{{{XHTML_NS}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def _ocr(parent: Any, tag: str, cls: str, ident: str, title: str, text: str | None = None) -> Any:
    """An hOCR element: its class, id and title properties."""
    return _el(parent, tag, text, **{"class": cls, "id": ident, "title": title})


def _bbox(box: PixelBox) -> str:
    x, y, w, h = box
    return f"bbox {x} {y} {x + w} {y + h}"


def _page(body: Any, layout: PageLayout, image: str) -> None:
    n = layout.index + 1
    page = _ocr(
        body, "div", "ocr_page", f"page_{n}",
        f'image "{image}"; bbox 0 0 {layout.width} {layout.height}; ppageno {layout.index}; '
        f"scan_res {layout.dpi} {layout.dpi}",
    )  # fmt: skip
    for b, block in enumerate(layout.blocks, start=1):
        area = _ocr(page, "div", "ocr_carea", f"block_{n}_{b}", _bbox(block.box))
        par = _ocr(area, "p", "ocr_par", f"par_{n}_{b}", _bbox(block.box))
        for k, line in enumerate(block.lines, start=1):
            span = _ocr(par, "span", "ocr_line", f"line_{n}_{b}_{k}", _bbox(line.box))
            for j, word in enumerate(line.words, start=1):
                title = _bbox(word.box)
                if word.confidence is not None:
                    title += f"; x_wconf {round(word.confidence)}"
                _ocr(span, "span", "ocrx_word", f"word_{n}_{b}_{k}_{j}", title, word.text)


def hocr_document(layouts: Sequence[PageLayout], doc: DocumentFacts, images: Sequence[str]) -> Any:
    """The hOCR document (root ``html`` element) of a document's pages."""
    html = etree.Element(f"{{{XHTML_NS}}}html", nsmap={None: XHTML_NS})
    html.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    html.set("lang", "en")
    head = _el(html, "head")
    _el(head, "title", doc.title)
    _el(head, "meta", **{"http-equiv": "Content-Type", "content": "text/html;charset=utf-8"})
    engines = sorted({p.engine for p in layouts if p.engine})
    system = f"Redline {__version__}" + (f" (OCR: {', '.join(engines)})" if engines else "")
    _el(head, "meta", name="ocr-system", content=system)
    _el(head, "meta", name="ocr-capabilities", content=CAPABILITIES)
    body = _el(html, "body")
    for layout, image in zip(layouts, images, strict=True):
        _page(body, layout, image)
    return html


def hocr_bytes(root: Any) -> bytes:
    out: bytes = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", doctype=DOCTYPE, pretty_print=True
    )
    return out
