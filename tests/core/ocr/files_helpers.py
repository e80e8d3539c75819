"""Helpers for the ALTO / PAGE / hOCR tests: the independent validators (xmlschema against the
official XSDs, the hOCR specification's own checker), reading a page's layer back, and an ALTO
file to attach."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import xmlschema
from hocr_spec import HocrValidator

from app.core.documents.textlayer import load_words
from app.core.ids import TextLayerId
from app.core.library import Library
from app.core.safe_xml import XLINK_URL, schema_path
from db.wordpack import WordRow

SHARED_STANDARDS = Path(__file__).resolve().parents[2] / "shared" / "standards"


@cache
def xsd(kind: str) -> xmlschema.XMLSchema:
    """The official schema as xmlschema reads it, XLink resolved to the shipped copy, offline."""
    name = {"alto": "alto-4-4.xsd", "page": "pagecontent-2019-07-15.xsd"}[kind]
    return xmlschema.XMLSchema(
        str(schema_path(name)),
        uri_mapper={XLINK_URL: schema_path("xlink.xsd").as_uri()},
        allow="local",
    )


def xsd_errors(kind: str, source: Any) -> list[str]:
    """xmlschema's complaints about ``source`` (a path, bytes' text or an element)."""
    return [e.reason or str(e) for e in xsd(kind).iter_errors(source)]


def hocr_report(path: Path) -> Any:
    """hocr-spec's report on a file (``is_valid()``, ``format("text")``)."""
    return HocrValidator("standard").validate(str(path))


def layer_words(lib: Library, layer_id: TextLayerId) -> list[WordRow]:
    with lib.reading() as s:
        return load_words(s.connection(), layer_id)


def active_words(lib: Library, page_index: int = 0, doc_id: int = 1) -> list[WordRow]:
    with lib.reading() as s:
        conn = s.connection()
        (layer,) = conn.exec_driver_sql(
            "SELECT active_text_layer_id FROM pages WHERE document_id = ? AND page_index = ?",
            (doc_id, page_index),
        ).one()
        return load_words(conn, layer)


def layer_count(lib: Library) -> int:
    with lib.reading() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM text_layers").scalar_one())


ALTO4 = "http://www.loc.gov/standards/alto/ns-v4#"


def alto(body: str, *, width: int = 2550, height: int = 3300, unit: str = "pixel") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><alto xmlns="{ALTO4}"><Description>'
        f"<MeasurementUnit>{unit}</MeasurementUnit><OCRProcessing ID='o'><ocrProcessingStep>"
        "<processingSoftware><softwareName>ABBYY FineReader</softwareName><softwareVersion>15"
        "</softwareVersion></processingSoftware></ocrProcessingStep></OCRProcessing>"
        f'</Description><Layout><Page ID="p" PHYSICAL_IMG_NR="1" WIDTH="{width}" '
        f'HEIGHT="{height}"><PrintSpace>{body}</PrintSpace></Page></Layout></alto>'
    )


TWO_LINES = (
    '<TextBlock ID="b1"><TextLine ID="l1">'
    '<String CONTENT="Top" HPOS="300" VPOS="300" WIDTH="150" HEIGHT="60" WC="0.91"/><SP/>'
    '<String CONTENT="Secret" HPOS="500" VPOS="300" WIDTH="300" HEIGHT="60" WC="0.5"/>'
    '</TextLine><TextLine ID="l2"><String CONTENT="exam" HPOS="300" VPOS="400" WIDTH="200" '
    'HEIGHT="60"/><HYP CONTENT="-"/></TextLine></TextBlock>'
    '<TextBlock ID="b2"><TextLine ID="l3"><String CONTENT="whole line here" HPOS="300" '
    'VPOS="600" WIDTH="750" HEIGHT="60"/></TextLine></TextBlock>'
)
