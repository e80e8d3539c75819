"""Reading ALTO, PAGE and hOCR files from other tools, attaching them as layers, and refusing
hostile or wrong files with one line and no change."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.documents.ingest import import_file
from app.core.documents.queries import document_layers
from app.core.errors import RedlineError
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr.attach import attach_ocr_files, attach_text_files
from app.core.ocr.file_words import spread_words
from app.core.ocr.formats import parse_ocr
from tests.builders import make_image_only_pdf, make_text_pdf
from tests.core.ocr.files_helpers import ALTO4, TWO_LINES, alto, layer_count, layer_words

PAGE19 = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"


@pytest.fixture
def doc(library: Library, tmp_path: Path) -> DocumentId:
    """A two-page image-only PDF (612 x 792 pt pages, no text)."""
    out = import_file(library, make_image_only_pdf(tmp_path / "scan.pdf", pages=2))
    assert out.document_id is not None
    return out.document_id


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_alto_words_boxes_confidence_hyphen_and_a_line_in_one_string(
    library: Library, doc: DocumentId, tmp_path: Path
) -> None:
    report = attach_ocr_files(library, doc, [write(tmp_path, "a.xml", alto(TWO_LINES))])
    assert report.format == "alto" and report.producer == "ABBYY FineReader 15"
    assert report.pages[0].active and report.estimated == 3
    words = layer_words(library, report.pages[0].text_layer_id)
    assert [w.text for w in words] == ["Top", "Secret", "exam-", "whole", "line", "here"]
    top = words[0]  # 300 px at 300 dpi = 72 pt
    assert top.box == pytest.approx((72, 72, 108, 86.4)) and top.confidence == pytest.approx(91)
    assert words[2].confidence is None
    whole, line, here = words[3:]  # 15 characters over 750 px: 50 px (12 pt) a character
    assert whole.box == pytest.approx((72, 144, 72 + 5 * 12, 158.4))
    assert line.x0 == pytest.approx(72 + 6 * 12) and here.x1 == pytest.approx(72 + 180)
    with library.reading() as s:
        source, engine, version, dpi, name = (
            s.connection()
            .exec_driver_sql(
                "SELECT source, engine, engine_version, dpi, source_file FROM text_layers"
            )
            .one()
        )
    assert (source, engine, version, dpi) == ("imported-alto", "ABBYY FineReader", "15", 300)
    assert name == "a.xml"  # the file's name, not where it was on this machine
    [layer] = [x for found in document_layers(library, doc).values() for x in found]
    assert layer.file == "a.xml" and layer.described == "imported-alto · ABBYY FineReader · a.xml"
    with library.reading() as s:
        text = s.connection().exec_driver_sql("SELECT text FROM text_layers").scalar_one()
    assert text == "Top Secret\nexam-\n\nwhole line here"


def test_alto_in_mm10_is_scaled_by_its_unit(
    library: Library, doc: DocumentId, tmp_path: Path
) -> None:
    body = '<TextBlock ID="b"><TextLine><String CONTENT="x" HPOS="254" VPOS="508" WIDTH="127" HEIGHT="127"/></TextLine></TextBlock>'  # noqa: E501
    path = write(tmp_path, "mm.xml", alto(body, width=2159, height=2794, unit="mm10"))
    words = layer_words(library, attach_ocr_files(library, doc, [path]).pages[0].text_layer_id)
    assert words[0].box == pytest.approx((72, 144, 108, 180), abs=0.1)  # 25.4 mm = 72 pt


def page_lines_only() -> str:
    """Two regions (the ReadingOrder puts the second first) of lines without words; one line
    slopes down to the right (its outline a parallelogram)."""
    return (
        f'<PcGts xmlns="{PAGE19}"><Metadata><Creator>eScriptorium</Creator>'
        "<Created>2024-01-01T00:00:00</Created><LastChange>2024-01-01T00:00:00</LastChange>"
        '</Metadata><Page imageFilename="f.jpg" imageWidth="1224" imageHeight="1584">'
        '<ReadingOrder><OrderedGroup id="g"><RegionRefIndexed index="1" regionRef="r1"/>'
        '<RegionRefIndexed index="0" regionRef="r2"/></OrderedGroup></ReadingOrder>'
        '<TextRegion id="r1"><Coords points="0,0 10,0 10,10 0,10"/>'
        '<TextLine id="l1"><Coords points="100,200 1100,300 1100,340 100,240"/>'
        '<Baseline points="100,235 1100,335"/>'
        '<TextEquiv index="1"><Unicode>other reading</Unicode></TextEquiv>'
        '<TextEquiv index="0" conf="0.8"><Unicode>ab cdefgh ij</Unicode></TextEquiv>'
        "</TextLine></TextRegion>"
        '<TextRegion id="r2"><Coords points="0,0 10,0 10,10 0,10"/>'
        '<TextLine id="l2"><Coords points="100,100 500,100 500,140 100,140"/>'
        "<TextEquiv><Unicode>First</Unicode></TextEquiv></TextLine></TextRegion>"
        "</Page></PcGts>"
    )


def test_page_with_lines_only_estimates_word_boxes_along_sloping_lines(
    library: Library, doc: DocumentId, tmp_path: Path
) -> None:
    report = attach_ocr_files(library, doc, [write(tmp_path, "p.xml", page_lines_only())])
    assert report.format == "page" and report.estimated == 4 and report.producer == "eScriptorium"
    words = layer_words(library, report.pages[0].text_layer_id)
    assert [w.text for w in words] == ["First", "ab", "cdefgh", "ij"]  # reading order
    assert words[1].confidence == pytest.approx(80)
    ab, cdefgh, ij = (w.box for w in words[1:])  # 1224 px = 612 pt: half a point a pixel
    assert ab is not None and cdefgh is not None and ij is not None
    assert ab[0] == pytest.approx(50) and ij[2] == pytest.approx(550)
    assert ab[1] < cdefgh[1] < ij[1]  # the boxes follow the slope
    assert ij[3] - ij[1] < 40  # not the whole line's height


def test_spread_words_share_a_box_by_characters() -> None:
    boxes = spread_words("  aa  bbbb ", [(0, 0), (100, 0), (100, 10), (0, 10)])
    assert [t for t, _ in boxes] == ["aa", "bbbb"]
    assert boxes[0][1] == pytest.approx((0, 0, 2 * 100 / 8, 10))  # "aa  bbbb": 8 characters
    assert boxes[1][1][2] == pytest.approx(100)


HOCR_HTML = (
    "<html><head><meta name='ocr-system' content='OCRopus 1.3'></head><body>"
    "<div class='ocr_page' title='image \"a;b.png\"; bbox 0 0 1224 1584; scan_res 144 144'>"
    "<div class='ocr_carea'><span class='ocr_line' title='bbox 100 100 600 140'>"
    "<span class='ocrx_word' title='bbox 100 100 300 140; x_wconf 88'>Caf&eacute;&nbsp;</span>"
    "<span class='ocrx_word' title='bbox 350 100 600 140'>noir</span></span>"
    "<span class='ocr_line' title='bbox 100 200 500 240'>no words here</span></div>"
    "</div></body></html>"
)


def test_hocr_written_as_html_not_xhtml(library: Library, doc: DocumentId, tmp_path: Path) -> None:
    report = attach_ocr_files(library, doc, [write(tmp_path, "x.html", HOCR_HTML)])
    assert report.format == "hocr" and report.producer == "OCRopus 1.3"
    words = layer_words(library, report.pages[0].text_layer_id)
    assert [w.text for w in words] == ["Café", "noir", "no", "words", "here"]
    assert words[0].box == pytest.approx((50, 50, 150, 70)) and words[0].confidence == 88
    assert parse_ocr(HOCR_HTML.encode(), "x").pages[0].image == "a;b.png"


def test_files_go_on_pages_in_order_from_the_page_asked_or_shown(
    library: Library, doc: DocumentId, tmp_path: Path
) -> None:
    one = write(tmp_path, "one.xml", alto(TWO_LINES))
    assert attach_ocr_files(library, doc, [one], first_page=1).pages[0].page_index == 1
    assert attach_ocr_files(library, doc, [one], near_page=1).pages[0].page_index == 1
    folder = tmp_path / "folder"
    folder.mkdir()
    for name in ("p10.xml", "p9.xml"):
        write(folder, name, alto(TWO_LINES))
    (folder / "p1.png").write_bytes(b"not ocr")
    report = attach_ocr_files(library, doc, [folder])
    assert [(p.page_index, p.file) for p in report.pages] == [(0, "p9.xml"), (1, "p10.xml")]
    assert [p.active for p in report.pages] == [True, False]  # page 2 had text already


def test_a_plain_text_goes_to_alignment(library: Library, tmp_path: Path) -> None:
    out = import_file(library, make_text_pdf(tmp_path / "t.pdf", ["alpha beta gamma delta"]))
    assert out.document_id is not None
    report = attach_text_files(library, out.document_id, [write(tmp_path, "t.txt", "beta gama")])
    assert getattr(report, "aligned", None) == 2
    found = [x for xs in document_layers(library, out.document_id).values() for x in xs]
    assert [x.file for x in found if x.source == "imported-text"] == ["t.txt"]


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + f']><alto xmlns="{ALTO4}"><Layout><Page ID="p" PHYSICAL_IMG_NR="1"><PrintSpace>'
    '<TextBlock ID="b"><TextLine><String CONTENT="&lol9;"/></TextLine></TextBlock>'
    "</PrintSpace></Page></Layout></alto>"
)


def xxe(secret: Path, where: str) -> str:
    """An ALTO file whose entity ``xxe`` names ``secret``, used in an attribute or as text."""
    body = alto(
        '<TextBlock ID="b"><TextLine><String CONTENT="a" HPOS="1" VPOS="1" WIDTH="9" '
        'HEIGHT="9"/></TextLine></TextBlock>'
    ).split("?>", 1)[1]
    if where == "attribute":
        body = body.replace('CONTENT="a"', 'CONTENT="&xxe;"')
    else:
        body = body.replace("<MeasurementUnit>", "<MeasurementUnit>&xxe;")
    return f'<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY xxe SYSTEM "file://{secret}">]>{body}'


HOSTILE = {
    "billion laughs": (BILLION_LAUGHS, "declares XML entities"),
    "wrong ALTO namespace": (
        alto(TWO_LINES).replace(ALTO4, "http://www.loc.gov/standards/alto/ns-v9#"),
        "is not ALTO 2-4",
    ),
    "PAGE in another namespace": (
        page_lines_only().replace(PAGE19, "http://example.org/page"),
        "is not PAGE XML",
    ),
    "some other XML": ('<svg xmlns="http://www.w3.org/2000/svg"/>', "neither ALTO, PAGE nor hOCR"),
    "truncated": (alto(TWO_LINES)[:300], "not well-formed XML"),
    "not a number": (alto(TWO_LINES).replace('HPOS="300"', 'HPOS="left"', 1), "not a number"),
    "wrong shape": (alto(TWO_LINES, width=3300, height=2550), "not the shape of the scan's page"),
    "no size": (alto(TWO_LINES).replace('WIDTH="2550" HEIGHT="3300"', ""), "size of its image"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_bad_files_give_one_line_and_change_nothing(
    library: Library, doc: DocumentId, tmp_path: Path, case: str
) -> None:
    text, message = HOSTILE[case]
    before = layer_count(library)
    with pytest.raises(RedlineError) as err:
        attach_text_files(library, doc, [write(tmp_path, "bad.xml", text)])
    assert message in str(err.value) and "\n" not in str(err.value)
    assert layer_count(library) == before


@pytest.mark.parametrize("where", ["attribute", "text"])
def test_an_external_entity_naming_a_local_file_is_never_read(
    library: Library, doc: DocumentId, tmp_path: Path, where: str
) -> None:
    secret = write(tmp_path, "secret.txt", "CODEWORD-RUMPELSTILTSKIN")
    with pytest.raises(RedlineError, match="declares XML entities") as err:
        attach_ocr_files(library, doc, [write(tmp_path, "x.xml", xxe(secret, where))])
    assert "RUMPELSTILTSKIN" not in str(err.value)
    assert layer_count(library) == 0
    with library.reading() as s:  # nothing of it anywhere in the library
        dump = "\n".join(s.connection().connection.driver_connection.iterdump())  # type: ignore[union-attr]
    assert "RUMPELSTILTSKIN" not in dump


def test_huge_nodes_and_huge_files_are_refused(
    library: Library, doc: DocumentId, tmp_path: Path
) -> None:
    huge = alto(TWO_LINES).replace('CONTENT="Top"', f'CONTENT="{"x" * 11_000_000}"')
    with pytest.raises(RedlineError, match="safety limits"):
        attach_ocr_files(library, doc, [write(tmp_path, "huge.xml", huge)])
    with pytest.raises(RedlineError, match="are refused"):
        attach_ocr_files(library, doc, [write(tmp_path, "a.xml", alto(TWO_LINES))], max_bytes=100)
    assert layer_count(library) == 0


def test_one_bad_file_among_good_ones_changes_nothing(
    library: Library, doc: DocumentId, tmp_path: Path
) -> None:
    good = write(tmp_path, "1.xml", alto(TWO_LINES))
    bad = write(tmp_path, "2.xml", alto(TWO_LINES)[:-20])
    with pytest.raises(RedlineError, match=r"2\.xml"):
        attach_ocr_files(library, doc, [good, bad])
    with pytest.raises(RedlineError, match="the document has 2"):
        attach_ocr_files(library, doc, [good, good, good])
    assert layer_count(library) == 0
