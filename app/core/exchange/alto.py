"""ALTO 4.4 for one page: its words in pixels of the page image, the corrected reading as CONTENT
and the OCR's reading as an ALTERNATIVE where a correction changed the word.

The Description names the measurement unit (pixel), the page image and the document it renders,
and the processing: rendering at the stated resolution, the OCR engine, and Redline's
corrections. Output validates against the official schema (resources/schemas/alto-4-4.xsd).
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from app import __version__
from app.core.exchange.ocr_layout import DocumentFacts, PageLayout, PixelBox, fmt_conf

ALTO_NS = "http://www.loc.gov/standards/alto/ns-v4#"
XLINK_NS = "http://www.w3.org/1999/xlink"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{ALTO_NS} http://www.loc.gov/alto/v4/alto-4-4.xsd"


def _el(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
    el = etree.SubElement(parent, f"{{{ALTO_NS}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def _pos(box: PixelBox) -> dict[str, str]:
    x, y, w, h = box
    return {"HPOS": str(x), "VPOS": str(y), "WIDTH": str(w), "HEIGHT": str(h)}


def _processing(
    desc: Any, ident: str, category: str, what: str, software: str, version: str
) -> None:
    step = _el(desc, "Processing", ID=ident)
    _el(step, "processingCategory", category)
    _el(step, "processingStepDescription", what)
    sw = _el(step, "processingSoftware")
    _el(sw, "softwareName", software)
    if version:
        _el(sw, "softwareVersion", version)


def _description(root: Any, layout: PageLayout, doc: DocumentFacts, image: str) -> None:
    desc = _el(root, "Description")
    _el(desc, "MeasurementUnit", "pixel")
    source = _el(desc, "sourceImageInformation")
    _el(source, "fileName", image)
    _el(source, "documentIdentifier", doc.uuid, documentIdentifierLocation="Redline document uuid")
    _el(source, "documentIdentifier", doc.sha256,
        documentIdentifierLocation=f"SHA-256 of the scanned file {doc.source_name}")  # fmt: skip
    _processing(
        desc, "render", "preOperation",
        f"page {layout.index + 1} of {doc.source_name} rendered at {layout.dpi} dpi, rotated as "
        f"shown: {layout.width} x {layout.height} pixels, the coordinates of this file",
        "Redline", __version__,
    )  # fmt: skip
    if layout.engine:
        name, _, version = layout.engine.partition(" ")
        _processing(desc, "ocr", "contentGeneration", "OCR", name, version)
    if layout.corrected:
        _processing(
            desc, "correction", "contentModification",
            f"{layout.corrected} word(s) corrected by reviewers; each keeps the OCR's reading as "
            "an ALTERNATIVE (PURPOSE OCR)",
            "Redline", __version__,
        )  # fmt: skip


def alto_page(layout: PageLayout, doc: DocumentFacts, image: str) -> Any:
    """The ALTO document (root element) of one page."""
    root = etree.Element(
        f"{{{ALTO_NS}}}alto", nsmap={None: ALTO_NS, "xlink": XLINK_NS, "xsi": XSI_NS}
    )
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    root.set("SCHEMAVERSION", "4.4")
    _description(root, layout, doc, image)
    n = layout.index + 1
    page = _el(_el(root, "Layout"), "Page", ID=f"p{n}", PHYSICAL_IMG_NR=str(n),
               WIDTH=str(layout.width), HEIGHT=str(layout.height))  # fmt: skip
    space = _el(page, "PrintSpace", **_pos((0, 0, layout.width, layout.height)))
    for b, block in enumerate(layout.blocks, start=1):
        tb = _el(space, "TextBlock", ID=f"p{n}_b{b}", **_pos(block.box))
        for k, line in enumerate(block.lines, start=1):
            tl = _el(tb, "TextLine", ID=f"p{n}_b{b}_l{k}", **_pos(line.box))
            for j, word in enumerate(line.words, start=1):
                if j > 1:
                    prev = line.words[j - 2].box
                    gap = max(0, word.box[0] - prev[0] - prev[2])
                    _el(tl, "SP", HPOS=str(prev[0] + prev[2]), VPOS=str(prev[1]), WIDTH=str(gap))
                attrs = {"ID": f"p{n}_b{b}_l{k}_w{j}", "CONTENT": word.text, **_pos(word.box)}
                if word.confidence is not None:
                    attrs["WC"] = fmt_conf(word.confidence)
                if word.original is not None:
                    attrs["CS"] = "true"
                string = _el(tl, "String", **attrs)
                if word.original is not None:
                    _el(string, "ALTERNATIVE", word.original, PURPOSE="OCR")
    return root
