"""Reading OCR files other tools write: ALTO (v2-v4), PAGE XML (2009-2019) and hOCR.

Each file becomes pages of words with boxes in the file's own coordinate space (image pixels, or
ALTO's mm10 / inch1200), with their confidence (0-100) and block and line numbers, in reading
order; :mod:`app.core.ocr.attach` scales them onto the document's pages. The format is told by
the content, not the name. Lines that carry text but no words (PAGE from handwriting-recognition
tools, an ALTO String or hOCR line holding a whole line) get word boxes estimated along the
line: each word a share of the line's length in proportion to its characters, as high as the
line's outline is over that stretch (:mod:`app.core.ocr.file_words`, which holds the pages and
words all three give). Parsing is hardened (:mod:`app.core.safe_xml`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from app.core.ocr.file_words import (
    Box,
    FilePage,
    FileWord,
    Numbering,
    OcrFile,
    OcrFileError,
    Point,
    box_outline,
    number_of,
    outline_box,
    spread_words,
    words_of,
)
from app.core.safe_xml import UnsafeXmlError, XmlFileError, parse_html, parse_xml
from app.core.wording import translate

ALTO_NAMESPACES = (
    "http://www.loc.gov/standards/alto/ns-v4#",
    "http://www.loc.gov/standards/alto/ns-v3#",
    "http://www.loc.gov/standards/alto/ns-v2#",
    "http://www.loc.gov/standards/alto/",
    "http://schema.ccs-gmbh.com/ALTO",
)
PAGE_NAMESPACE = re.compile(
    r"^http://schema\.primaresearch\.org/PAGE/gts/pagecontent/\d{4}-\d{2}-\d{2}$"
)
HOCR_LINES = frozenset({"ocr_line", "ocrx_line", "ocr_textfloat", "ocr_header", "ocr_caption"})
HOCR_BLOCKS = ("ocr_carea", "ocrx_block", "ocr_par")
ALTO_SPACES = ("TopMargin", "LeftMargin", "PrintSpace", "RightMargin", "BottomMargin")
UNITS = ("pixel", "mm10", "inch1200")


def is_markup(raw: bytes) -> bool:
    """Whether ``raw`` starts like XML or HTML (else it is taken for a plain text)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = raw[:400].decode("utf-16", errors="ignore")
    else:
        head = raw[:400].decode("utf-8", errors="ignore")
    return head.lstrip("\ufeff \t\r\n").startswith("<")


def _split_tag(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def parse_ocr(raw: bytes, name: str) -> OcrFile:
    """Read an ALTO, PAGE or hOCR file held in memory; raise OcrFileError / XmlFileError."""
    try:
        root = parse_xml(raw, name)
    except UnsafeXmlError:
        raise
    except XmlFileError:
        if b"ocr_page" not in raw:
            raise
        root = parse_html(raw, name)  # hOCR written as HTML rather than XHTML
    ns, local = _split_tag(str(root.tag))
    if local == "alto":
        if ns not in ALTO_NAMESPACES:
            raise OcrFileError(
                translate(
                    "Redline", "{name}: <alto> in namespace {value!r} is not ALTO 2-4"
                ).format(name=name, value=ns or "(none)")
            )
        return _read_alto(root, ns, name)
    if local == "PcGts":
        if not PAGE_NAMESPACE.match(ns):
            raise OcrFileError(
                translate(
                    "Redline", "{name}: <PcGts> in namespace {value!r} is not PAGE XML"
                ).format(name=name, value=ns or "(none)")
            )
        return _read_page(root, ns, name)
    if local.lower() == "html" and any(_has_class(e, "ocr_page") for e in root.iter()):
        return _read_hocr(root, name)
    if ns:
        raise OcrFileError(
            translate(
                "Redline",
                "{name} is neither ALTO, PAGE nor hOCR (its root element is <{local}> in "
                "namespace {ns!r})",
            ).format(name=name, local=local, ns=ns)
        )
    raise OcrFileError(
        translate(
            "Redline", "{name} is neither ALTO, PAGE nor hOCR (its root element is <{local}>)"
        ).format(name=name, local=local)
    )


# --- ALTO --------------------------------------------------------------------------------------


def _child_text(el: Any, path: str) -> str | None:
    found = el.find(path)
    return None if found is None or found.text is None else found.text.strip() or None


def _alto_producer(root: Any, q: Callable[[str], str]) -> str | None:
    """The software of the step that made the text (OCR), else the first software named."""
    found: list[tuple[bool, str]] = []
    for software in root.iter(q("processingSoftware")):
        name = _child_text(software, q("softwareName"))
        version = _child_text(software, q("softwareVersion"))
        step = software.getparent()
        ocr = step.tag == q("ocrProcessingStep") or (
            _child_text(step, q("processingCategory")) == "contentGeneration"
        )
        if name:
            found.append((ocr, f"{name} {version}" if version and version not in name else name))
    found.sort(key=lambda f: not f[0])  # stable: the first OCR step, else the first step
    return found[0][1] if found else None


def _alto_box(el: Any, name: str) -> Box | None:
    values = [number_of(el.get(a), f"{a} of {el.get('ID') or 'an element'}", name)
              for a in ("HPOS", "VPOS", "WIDTH", "HEIGHT")]  # fmt: skip
    if any(v is None for v in values):
        return None
    x, y, w, h = (float(v) for v in values if v is not None)
    return (x, y, x + w, y + h)


def _alto_line(line: Any, q: Callable[[str], str], block: int, n: int, name: str) -> list[FileWord]:
    words: list[FileWord] = []
    for el in line:
        if el.tag == q("String"):
            wc = number_of(el.get("WC"), "WC", name)
            conf = None if wc is None else (wc * 100 if wc <= 1 else min(wc, 100.0))
            words.extend(words_of(el.get("CONTENT") or "", _alto_box(el, name), conf, block, n))
        elif el.tag == q("HYP") and words:  # the hyphen that ends the line belongs to its word
            words[-1] = replace(words[-1], text=words[-1].text + (el.get("CONTENT") or ""))
    return words


def _read_alto(root: Any, ns: str, name: str) -> OcrFile:
    def q(tag: str) -> str:
        return f"{{{ns}}}{tag}" if ns else tag

    unit = _child_text(root, f"{q('Description')}/{q('MeasurementUnit')}") or "pixel"
    if unit not in UNITS:
        raise OcrFileError(
            translate("Redline", "{name}: unknown ALTO MeasurementUnit {unit!r}").format(
                name=name, unit=unit
            )
        )
    image = _child_text(root, f"{q('Description')}/{q('sourceImageInformation')}/{q('fileName')}")
    pages = []
    for page in root.iter(q("Page")):
        number = Numbering()
        for space in (page.find(q(s)) for s in ALTO_SPACES):
            for block in [] if space is None else list(space):
                for line in block.iter(q("TextLine")):
                    number.add_line(_alto_line(line, q, number.block, number.line, name))
                number.end_block()
        width = number_of(page.get("WIDTH"), "the page's WIDTH", name)
        height = number_of(page.get("HEIGHT"), "the page's HEIGHT", name)
        pages.append(FilePage(width, height, unit, None, image, tuple(number.words)))
    return OcrFile(name, "alto", _alto_producer(root, q), tuple(pages))


# --- PAGE --------------------------------------------------------------------------------------


def _points(el: Any, name: str) -> list[Point]:
    raw = el.get("points") if el is not None else None
    if not raw:
        return []
    out: list[Point] = []
    for pair in raw.split():
        x, sep, y = pair.partition(",")
        px, py = number_of(x, "a point", name), number_of(y, "a point", name)
        if not sep or px is None or py is None:
            raise OcrFileError(
                translate("Redline", "{name}: {value!r} is not a point x,y").format(
                    name=name, value=pair[:40]
                )
            )
        out.append((px, py))
    return out


def _page_text(el: Any, q: Callable[[str], str]) -> tuple[str, float | None]:
    """The main reading of an element: its TextEquiv with the lowest index, and its conf."""
    best: tuple[int, str, float | None] | None = None
    for eq in el.findall(q("TextEquiv")):
        try:
            index = int(eq.get("index", "0"))
        except ValueError:
            index = 0
        text = (
            "".join(eq.find(q("Unicode")).itertext()) if eq.find(q("Unicode")) is not None else ""
        )
        conf = number_of(eq.get("conf"), "a TextEquiv's conf", "")
        if best is None or index < best[0]:
            best = (index, text, None if conf is None else conf * 100)
    return ("", None) if best is None else (best[1], best[2])


def _page_line(line: Any, q: Callable[[str], str], block: int, n: int, name: str) -> list[FileWord]:
    words = line.findall(q("Word"))
    if words:
        out: list[FileWord] = []
        for w in words:
            text, conf = _page_text(w, q)
            outline = _points(w.find(q("Coords")), name)
            box = outline_box(outline) if outline else None
            out.extend(words_of(text, box, conf, block, n))
        return out
    text, conf = _page_text(line, q)
    outline = _points(line.find(q("Coords")), name)
    baseline = _points(line.find(q("Baseline")), name)
    x_range = (min(p[0] for p in baseline), max(p[0] for p in baseline)) if baseline else None
    if not outline and baseline:
        outline = baseline
    return [FileWord(t, b, conf, block, n, estimated=True)
            for t, b in spread_words(text, outline, x_range)]  # fmt: skip


def _reading_order(page: Any) -> list[str]:
    """Region ids in the page's ReadingOrder (ordered groups by their index)."""
    out: list[str] = []

    def walk(group: Any) -> None:
        kids = [c for c in group if isinstance(c.tag, str)]
        if _split_tag(str(group.tag))[1].startswith("Ordered"):
            kids.sort(
                key=lambda c: int(c.get("index", "0")) if c.get("index", "0").isdigit() else 0
            )
        for c in kids:
            if c.get("regionRef"):
                out.append(str(c.get("regionRef")))
            walk(c)

    for ro in page:
        if isinstance(ro.tag, str) and _split_tag(ro.tag)[1] == "ReadingOrder":
            walk(ro)
    return out


def _ordered_regions(page: Any, q: Callable[[str], str]) -> list[Any]:
    regions = list(page.iter(q("TextRegion")))
    rank = {rid: i for i, rid in enumerate(_reading_order(page))}
    return sorted(regions, key=lambda r: rank.get(r.get("id"), len(rank)))  # stable for the rest


def _read_page(root: Any, ns: str, name: str) -> OcrFile:
    def q(tag: str) -> str:
        return f"{{{ns}}}{tag}"

    page = root.find(q("Page"))
    if page is None:
        raise OcrFileError(
            translate("Redline", "{name}: a PAGE file without a <Page>").format(name=name)
        )
    number = Numbering()
    for region in _ordered_regions(page, q):
        for line in region.findall(q("TextLine")):
            number.add_line(_page_line(line, q, number.block, number.line, name))
        number.end_block()
    dpi = number_of(page.get("imageXResolution"), "imageXResolution", name)
    if dpi is not None and page.get("imageResolutionUnit") == "PPCM":
        dpi *= 2.54
    width = number_of(page.get("imageWidth"), "imageWidth", name)
    height = number_of(page.get("imageHeight"), "imageHeight", name)
    fp = FilePage(width, height, "pixel", dpi, page.get("imageFilename"), tuple(number.words))
    return OcrFile(name, "page", _child_text(root, f"{q('Metadata')}/{q('Creator')}"), (fp,))


# --- hOCR --------------------------------------------------------------------------------------


def _classes(el: Any) -> list[str]:
    return str(el.get("class") or "").split() if isinstance(el.tag, str) else []


def _has_class(el: Any, name: str) -> bool:
    return name in _classes(el)


def hocr_title(title: str | None) -> dict[str, list[str]]:
    """An hOCR ``title``'s properties: ``bbox 0 0 10 10; x_wconf 95`` -> {bbox: [...], ...}."""
    out: dict[str, list[str]] = {}
    if not title:
        return out
    image = re.search(r'image\s+"([^"]*)"', title)
    if image:
        out["image"] = [image.group(1)]
        title = title[: image.start()] + title[image.end() :]
    for part in title.split(";"):
        tokens = part.split()
        if tokens:
            out[tokens[0]] = tokens[1:]
    return out


def _first(props: dict[str, list[str]], key: str) -> str | None:
    values = props.get(key)
    return values[0] if values else None


def _hocr_bbox(props: dict[str, list[str]], name: str) -> Box | None:
    values = props.get("bbox")
    if not values or len(values) != 4:
        return None
    x0, y0, x1, y1 = (number_of(v, "a bbox", name) or 0.0 for v in values)
    return (x0, y0, x1, y1)


def _hocr_words(line: Any, block: int, n: int, name: str) -> list[FileWord]:
    words = [e for e in line.iter() if _has_class(e, "ocrx_word")]
    if not words:
        props = hocr_title(line.get("title"))
        box = _hocr_bbox(props, name)
        text = "".join(line.itertext())
        return [] if box is None else [
            FileWord(t, b, None, block, n, estimated=True)
            for t, b in spread_words(text, box_outline(box))
        ]  # fmt: skip
    out: list[FileWord] = []
    for w in words:
        props = hocr_title(w.get("title"))
        conf = number_of(_first(props, "x_wconf"), "x_wconf", name)
        out.extend(words_of("".join(w.itertext()), _hocr_bbox(props, name), conf, block, n))
    return out


def _block_of(el: Any, page: Any) -> Any:
    for kind in HOCR_BLOCKS:
        node = el.getparent()
        while node is not None and node is not page:
            if _has_class(node, kind):
                return node
            node = node.getparent()
    return page


def _hocr_lines(page: Any) -> Iterator[Any]:
    for el in page.iter():
        if HOCR_LINES.intersection(_classes(el)):
            yield el


def _read_hocr(root: Any, name: str) -> OcrFile:
    producer = None
    for meta in root.iter():
        if (
            isinstance(meta.tag, str)
            and meta.tag.endswith("meta")
            and meta.get("name") == "ocr-system"
        ):
            producer = meta.get("content")
    pages = []
    for page in (e for e in root.iter() if _has_class(e, "ocr_page")):
        props = hocr_title(page.get("title"))
        box = _hocr_bbox(props, name)
        res = props.get("scan_res")
        dpi = number_of(res[0], "scan_res", name) if res else None
        blocks: dict[Any, tuple[int, int]] = {}  # block element -> (number, lines so far)
        words: list[FileWord] = []
        for line in _hocr_lines(page):
            key = _block_of(line, page)  # the element itself: lxml proxies' ids are not stable
            number, lines = blocks.get(key, (len(blocks), 0))
            found = _hocr_words(line, number, lines, name)
            words.extend(found)
            blocks[key] = (number, lines + bool(found))
        width, height = (box[2], box[3]) if box else (None, None)
        image = _first(props, "image")
        pages.append(FilePage(width, height, "pixel", dpi, image, _renumber(words)))
    return OcrFile(name, "hocr", producer, tuple(pages))


def _renumber(words: Sequence[FileWord]) -> tuple[FileWord, ...]:
    """Blocks numbered 0, 1, … in order of appearance, leaving out those without words."""
    seen: dict[int, int] = {}
    out = []
    for w in words:
        block = seen.setdefault(w.block, len(seen))
        out.append(FileWord(w.text, w.box, w.confidence, block, w.line, w.estimated))
    return tuple(out)
