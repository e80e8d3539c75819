"""PAGE XML 2019-07-15 for one page: text regions, lines and words with their outlines in pixels
of the page image, each word's corrected text as TextEquiv index 0 and, where a correction
changed it, the OCR's reading as index 1 (the lowest index is the main text, as the schema says).

Lines and regions carry their text too (words joined by spaces, lines by newlines), and a
ReadingOrder lists the regions in Redline's reading order. Output validates against the official
schema (resources/schemas/pagecontent-2019-07-15.xsd).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from lxml import etree

from app import __version__
from app.core.exchange.ocr_layout import DocumentFacts, PageLayout, PixelBox, fmt_conf

PAGE_NS = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{PAGE_NS} {PAGE_NS}/pagecontent.xsd"


def _el(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
    el = etree.SubElement(parent, f"{{{PAGE_NS}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def _coords(parent: Any, box: PixelBox) -> None:
    x, y, w, h = box
    _el(parent, "Coords", points=f"{x},{y} {x + w},{y} {x + w},{y + h} {x},{y + h}")


def _text_equiv(
    parent: Any, text: str, index: int | None = None, conf: float | None = None
) -> None:
    attrs = {} if index is None else {"index": str(index)}
    if conf is not None:
        attrs["conf"] = fmt_conf(conf)
    _el(_el(parent, "TextEquiv", **attrs), "Unicode", text)


def _metadata(root: Any, layout: PageLayout, doc: DocumentFacts, image: str, when: str) -> None:
    meta = _el(root, "Metadata")
    _el(meta, "Creator", f"Redline {__version__}")
    _el(meta, "Created", when)
    _el(meta, "LastChange", when)
    ocr = f"OCR by {layout.engine}. " if layout.engine else ""
    _el(
        meta, "Comments",
        f"Page {layout.index + 1} of {doc.title!r} ({doc.source_name}, SHA-256 {doc.sha256}, "
        f"Redline document {doc.uuid}). {ocr}Coordinates are pixels of {image}: the page "
        f"rendered at {layout.dpi} dpi, rotated as shown. Word TextEquiv index 0 is the "
        "corrected reading, index 1 the OCR's where a correction changed it.",
    )  # fmt: skip


def page_xml(layout: PageLayout, doc: DocumentFacts, image: str, when: datetime) -> Any:
    """The PAGE document (root element) of one page; ``when`` is the export time (UTC)."""
    stamp = when.replace(microsecond=0).isoformat() + "Z"
    root = etree.Element(f"{{{PAGE_NS}}}PcGts", nsmap={None: PAGE_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    root.set("pcGtsId", f"redline-{doc.uuid}-p{layout.index + 1}")
    _metadata(root, layout, doc, image, stamp)
    page = _el(root, "Page", imageFilename=image, imageWidth=str(layout.width),
               imageHeight=str(layout.height), imageXResolution=str(layout.dpi),
               imageYResolution=str(layout.dpi), imageResolutionUnit="PPI")  # fmt: skip
    if layout.blocks:
        group = _el(_el(page, "ReadingOrder"), "OrderedGroup", id="reading-order")
        for b in range(len(layout.blocks)):
            _el(group, "RegionRefIndexed", index=str(b), regionRef=f"r{b + 1}")
    for b, block in enumerate(layout.blocks, start=1):
        region = _el(page, "TextRegion", id=f"r{b}", type="paragraph")
        _coords(region, block.box)
        texts = []
        for k, line in enumerate(block.lines, start=1):
            tl = _el(region, "TextLine", id=f"r{b}_l{k}")
            _coords(tl, line.box)
            for j, word in enumerate(line.words, start=1):
                w = _el(tl, "Word", id=f"r{b}_l{k}_w{j}")
                _coords(w, word.box)
                _text_equiv(w, word.text, 0, word.confidence)
                if word.original is not None:
                    _text_equiv(w, word.original, 1)
            texts.append(" ".join(word.text for word in line.words))
            _text_equiv(tl, texts[-1])
        _text_equiv(region, "\n".join(texts))
    return root
