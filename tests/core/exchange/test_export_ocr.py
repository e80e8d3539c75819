"""OCR export as ALTO, PAGE and hOCR: corrected words on their boxes in image pixels, checked by
the official schemas (and the hOCR checker), redacted words left out, and read back by the
importer onto the same points."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from lxml import etree
from PIL import Image

from app.cli import main
from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Region, Span
from app.core.documents.ingest import import_file
from app.core.documents.render import PageGeometry
from app.core.errors import RedlineError
from app.core.exchange import alto
from app.core.exchange.common import ExportCancelled, ExportScope
from app.core.exchange.ocr_export import export_ocr
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.core.ocr.attach import attach_ocr_files
from app.core.safe_xml import schema_errors
from tests.builders import make_text_pdf
from tests.core.ocr.files_helpers import active_words, hocr_report, layer_words, xsd_errors

TEXT = (
    "Memorandum for the Director of Central Intelligence. The shipment arrived in Havana "
    "on 12 May and was received by the station chief in person."
)
ME = "reviewer"


def _library(root: Path, pdf: Path) -> Library:
    lib = Library.open(root)
    assert import_file(lib, pdf).ok
    return lib


def _span(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word))


@pytest.fixture(params=[0, 90], ids=["upright", "rotated-90"])
def corrected(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Library, Path]]:
    """A one-page PDF (rotated or not) with three corrections (one word, two joined, one split)
    and an accepted redaction over the word "Havana"."""
    pdf = make_text_pdf(tmp_path / "memo.pdf", [TEXT], rotation=request.param)
    lib = _library(tmp_path / "lib", pdf)
    words = active_words(lib)
    with lib.reading() as s:
        text = s.connection().exec_driver_sql("SELECT text FROM text_layers").scalar_one()
    page = PageId(1)
    fixes = (("Memorandum", "MEMORANDUM"), ("Central Intelligence.", "CIA."), ("chief", "ch ief"))
    for word, fix in fixes:
        create_annotation(lib, page, "correction", body={"replacement": fix}, author=ME,
                          text=_span(text, word))  # fmt: skip
    havana = next(w for w in words if w.text == "Havana").box
    assert havana is not None
    region = Region(
        havana[0] - 1, havana[1] - 1, havana[2] - havana[0] + 2, havana[3] - havana[1] + 2
    )
    create_annotation(lib, page, "redaction", body={"exemptions": ["b6"]}, author=ME, region=region)
    yield lib, pdf
    lib.close()


def expected_words(words: list) -> list[str]:
    out = []
    for w in words:
        if w.text == "Havana":
            continue
        out.append({"Memorandum": "MEMORANDUM", "Central": "CIA.", "Intelligence.": None,
                    "chief": "ch ief"}.get(w.text, w.text))  # fmt: skip
    return " ".join(t for t in out if t).split()


FIXED = {("Memorandum", "MEMORANDUM"), ("Central", "CIA."), ("chief", "ch")}


def folder(out: Path) -> Path:
    (doc,) = [p for p in out.iterdir() if p.is_dir()]
    return doc


@pytest.mark.parametrize("fmt", ["alto", "page", "hocr"])
def test_export_validates_and_reads_back_onto_the_same_points(
    corrected: tuple[Library, Path], tmp_path: Path, fmt: str
) -> None:
    lib, pdf = corrected
    original = active_words(lib)
    summary = export_ocr(lib, tmp_path / "out", fmt=fmt)
    assert summary.corrected == 3 and summary.withheld == 1 and summary.pages == 1
    written = sorted(folder(tmp_path / "out").iterdir())
    if fmt == "hocr":
        report = hocr_report(written[0])
        assert report.is_valid(), report.format("text")
    else:
        assert xsd_errors(fmt, str(written[0])) == []
    with _library(tmp_path / "fresh", pdf) as fresh:
        back = attach_ocr_files(fresh, DocumentId(1), [folder(tmp_path / "out")])
        words = layer_words(fresh, back.pages[0].text_layer_id)
    assert [w.text for w in words] == expected_words(original)
    assert "Havana" not in (folder(tmp_path / "out") / written[0].name).read_text()
    rest = iter(original)
    for w in words:  # each word comes back within half a point of the word it was
        if w.text == "ief":  # the second part of the split "chief"
            continue
        o = next(o for o in rest if o.text == w.text or (o.text, w.text) in FIXED)
        assert o.box is not None and w.box is not None
        if w.text in ("ch", "CIA."):  # split or joined: starts where the (first) word did
            assert w.box[:2] == pytest.approx(o.box[:2], abs=0.5)
        else:
            assert w.box == pytest.approx(o.box, abs=0.5), w.text


def test_alto_keeps_the_ocr_reading_and_page_its_index(
    corrected: tuple[Library, Path], tmp_path: Path
) -> None:
    lib, _ = corrected
    export_ocr(lib, tmp_path / "a", fmt="alto")
    export_ocr(lib, tmp_path / "p", fmt="page")
    ns = {"a": "http://www.loc.gov/standards/alto/ns-v4#"}
    alto = etree.parse(str(folder(tmp_path / "a") / "p0001.alto.xml"))
    fixed = alto.find(".//a:String[@CONTENT='MEMORANDUM']", ns)
    assert fixed is not None and fixed.get("CS") == "true"
    assert fixed.findtext("a:ALTERNATIVE", namespaces=ns) == "Memorandum"
    assert alto.findtext(".//a:MeasurementUnit", namespaces=ns) == "pixel"
    assert alto.findtext(".//a:fileName", namespaces=ns) == "p0001.png"
    pns = {"p": "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"}
    page = etree.parse(str(folder(tmp_path / "p") / "p0001.page.xml"))
    (word,) = page.xpath("//p:Word[p:TextEquiv/p:Unicode='CIA.']", namespaces=pns)
    readings = {e.get("index"): e.findtext("p:Unicode", namespaces=pns)
                for e in word.findall("p:TextEquiv", pns)}  # fmt: skip
    assert readings == {"0": "CIA.", "1": "Central Intelligence."}
    assert page.xpath("//p:Page/@imageXResolution", namespaces=pns) == ["300"]


DROPS = {
    "alto": [("//a:String", "CONTENT"), ("//a:Page", "PHYSICAL_IMG_NR"), ("//a:Page", "ID"),
             ("//a:TextBlock", "ID")],
    "page": [("//p:Page", "imageFilename"), ("//p:Page", "imageWidth"), ("//p:Coords", "points"),
             ("//p:TextLine", "id"), ("//p:Word", "id")],
}  # fmt: skip
NS = {"a": "http://www.loc.gov/standards/alto/ns-v4#",
      "p": "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"}  # fmt: skip


@pytest.mark.parametrize(("fmt", "path", "attr"), [(f, p, a) for f in DROPS for p, a in DROPS[f]])
def test_validation_fails_when_a_required_attribute_is_dropped(
    corrected: tuple[Library, Path], tmp_path: Path, fmt: str, path: str, attr: str
) -> None:
    lib, _ = corrected
    export_ocr(lib, tmp_path / "out", fmt=fmt)
    root = etree.parse(str(next(folder(tmp_path / "out").iterdir()))).getroot()
    assert xsd_errors(fmt, root) == [] and schema_errors(fmt, root) == []
    del root.xpath(path, namespaces=NS)[0].attrib[attr]
    assert any(attr in e for e in xsd_errors(fmt, root))
    assert any(attr in e for e in schema_errors(fmt, root))


def test_a_file_that_would_not_validate_is_never_written(
    corrected: tuple[Library, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib, _ = corrected
    real = alto.alto_page

    def broken(*args: object) -> object:
        root = real(*args)  # type: ignore[arg-type]
        del root.xpath("//a:Page", namespaces=NS)[0].attrib["PHYSICAL_IMG_NR"]
        return root

    monkeypatch.setattr("app.core.exchange.ocr_export.alto_page", broken)
    with pytest.raises(RedlineError, match="does not validate against the ALTO schema"):
        export_ocr(lib, tmp_path / "out", fmt="alto")
    assert not (tmp_path / "out").exists()  # (the folder it made for it is gone too)


def test_images_are_the_page_as_shown_with_redactions_painted_out(
    corrected: tuple[Library, Path], tmp_path: Path
) -> None:
    lib, _ = corrected
    export_ocr(lib, tmp_path / "out", fmt="page", dpi=100, images=True)
    image = Image.open(folder(tmp_path / "out") / "p0001.png")
    with lib.reading() as s:
        w, h, rot, x, y, rw, rh = (
            s.connection()
            .exec_driver_sql(
                "SELECT p.width, p.height, p.rotation, a.x, a.y, a.w, a.h FROM pages p "
                "JOIN annotations a ON a.page_id = p.id AND a.kind = 'redaction'"
            )
            .one()
        )
    geometry = PageGeometry(w, h, rot)
    assert image.size == geometry.image_size(100)
    left, top, width, height = geometry.to_image((x, y, x + rw, y + rh), 100)
    inside = np.asarray(image.convert("L"))[top : top + height, left : left + width]
    assert inside.size and int(inside.max()) == 0


def test_cancel_leaves_no_partial_document(corrected: tuple[Library, Path], tmp_path: Path) -> None:
    lib, _ = corrected
    with pytest.raises(ExportCancelled):
        export_ocr(lib, tmp_path / "out", fmt="alto", cancel=lambda: True)
    assert not (tmp_path / "out").exists()


def test_pages_need_one_document_and_dpi_a_sane_range(
    corrected: tuple[Library, Path], tmp_path: Path
) -> None:
    lib, _ = corrected
    with pytest.raises(RedlineError, match="resolution"):
        export_ocr(lib, tmp_path / "o", fmt="alto", dpi=5)
    summary = export_ocr(
        lib, tmp_path / "o", ExportScope(documents=[DocumentId(1)]), fmt="alto", pages=[0]
    )
    assert summary.pages == 1


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = make_text_pdf(tmp_path / "memo.pdf", [TEXT, "A second page of text."])
    lib_a, lib_b = str(tmp_path / "a"), str(tmp_path / "b")
    assert run(capsys, "--library", lib_a, "import", str(pdf))[0] == 0
    export = ("export", "--format", "alto", "--document", "memo", "--pages", "2")
    code, out, _ = run(capsys, "--library", lib_a, *export, "-o", str(tmp_path / "out"))
    assert code == 0 and "wrote 1 page " in out
    assert [p.name for p in folder(tmp_path / "out").iterdir()] == ["p0002.alto.xml"]
    assert run(capsys, "--library", lib_b, "import", str(pdf))[0] == 0
    target = str(folder(tmp_path / "out"))
    code, out, _ = run(capsys, "--library", lib_b, "attach-text", "memo", target, "--page", "2")
    assert code == 0 and "page 2: p0002.alto.xml, 5 words, not active" in out
    code, _, err = run(capsys, "--library", lib_b, "attach-text", "memo", target, "--page", "3")
    assert code == 1 and err.count("\n") == 1 and "from page 3" in err
    code, _, err = run(capsys, "--library", lib_b, "export", "--format", "hocr",
                       "--pages", "1", "-o", str(tmp_path / "x"))  # fmt: skip
    assert code == 1 and "exactly one --document" in err
