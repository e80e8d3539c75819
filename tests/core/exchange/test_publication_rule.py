"""One publication rule for every output that leaves the machine (vocabulary.burns_in): an
accepted redaction is burned in, unless a person chose to leave it visible — in the IIIF folder,
the W3C set, the ALTO/PAGE/hOCR files and their page images, and the publication PDF alike."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image

from app.core.annotating.annotation_listing import get_annotation
from app.core.annotating.annotations import update_annotation
from app.core.annotating.vocabulary import LEAVE_VISIBLE
from app.core.documents.render import PageGeometry
from app.core.exchange.formats import DEFAULT_DPI
from app.core.exchange.iiif import export_iiif
from app.core.exchange.ocr_export import export_ocr
from app.core.exchange.pdf import PublicationOptions, export_pdf
from app.core.exchange.w3c import export_w3c
from tests.core.exchange.published_helpers import (
    AUTHOR,
    Published,
    publication_pdf,
    published_library,
)


def _outputs(pub: Published, out: Path) -> dict[str, str]:
    """The text each publication output carries, by format."""
    export_iiif(pub.lib, out / "site")
    export_w3c(pub.lib, out / "set.jsonld")
    export_ocr(pub.lib, out / "alto", fmt="alto", images=True)
    export_pdf(pub.lib, out / "pub.pdf", options=PublicationOptions(pending="skip"))
    with pymupdf.open(out / "pub.pdf") as doc:
        pdf_text = "".join(page.get_text() for page in doc)

    def texts(folder: Path) -> str:
        return "".join(p.read_text(encoding="utf-8") for p in folder.rglob("*") if p.is_file()
                       and p.suffix in (".json", ".txt", ".xml", ".jsonld"))  # fmt: skip

    return {
        "iiif": texts(out / "site"),
        "w3c": texts(out),
        "alto": texts(out / "alto"),
        "pdf": pdf_text,
    }


@pytest.mark.parametrize("leave_visible", [False, True])
def test_a_redaction_left_visible_is_left_visible_in_every_publication(
    tmp_path: Path, leave_visible: bool
) -> None:
    pub = published_library(tmp_path / "lib", publication_pdf(tmp_path))
    red = pub.ids["red"]  # an accepted redaction over "Mexico City" on page 2
    if leave_visible:
        body = dict(get_annotation(pub.lib, red).body) | {LEAVE_VISIBLE: True}
        update_annotation(pub.lib, red, author=AUTHOR, body=body)
    for fmt, text in _outputs(pub, tmp_path / "out").items():
        assert ("Mexico" in text) == leave_visible, fmt
    region = get_annotation(pub.lib, red).region
    assert region is not None
    box = PageGeometry(612, 792).to_image(
        (region.x, region.y, region.x + region.w, region.y + region.h), DEFAULT_DPI
    )
    [image] = (tmp_path / "out" / "alto").rglob("p0002.png")  # the ALTO's page image
    with Image.open(image) as img:
        pixels = np.asarray(img.convert("L"))
    inside = pixels[box[1] + 2 : box[1] + box[3] - 2, box[0] + 2 : box[0] + box[2] - 2]
    assert (int(inside.max()) == 0) != leave_visible  # painted unless left visible
