"""What a publication PDF leaves behind of its source: only the pages.

The burned pages are copied into a new document, so nothing of the source's document level comes
along: no document information or XMP metadata, embedded files, JavaScript, outline, form, or
structure tree (with its alternate texts). Page-level annotations are not copied either: links,
form fields (widgets) and notes. What remains inside the copied objects that can carry text of its
own is dropped too: XMP metadata streams of images and forms, private application data
(``/PieceInfo``), thumbnails, actions, and the replacement texts of marked content
(``/ActualText``, ``/Alt``, ``/E``), which MuPDF's redaction keeps when it removes the text they
describe. A person may ask for the outline and the links back; entries and links that name or
point at redacted text are still left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

import pymupdf

# Keys of copied objects that can carry the source's own text or code.
DROPPED_KEYS = ("Metadata", "PieceInfo", "Thumb", "AA", "OpenAction", "JS", "ActualText", "Alt")
# Keys of a marked-content property list that replace or describe the text it marks.
MARKED_TEXT_KEYS = frozenset({b"ActualText", b"Alt", b"E"})
LINK_KINDS = (pymupdf.LINK_GOTO, pymupdf.LINK_URI, pymupdf.LINK_NAMED)


def copy_pages(src: pymupdf.Document) -> pymupdf.Document:
    """A new document holding the pages of ``src`` without their annotations, links or fields."""
    out = pymupdf.open()
    out.insert_pdf(src, links=False, annots=False, widgets=False)
    return out


def scrub_objects(doc: pymupdf.Document) -> None:
    """Drop metadata streams, private data, thumbnails, actions and alternate texts from every
    object, and marked-content replacement texts from every content stream."""
    contents = {xref for page in doc.pages() for xref in page.get_contents()}
    for xref in range(1, doc.xref_length()):
        keys = doc.xref_get_keys(xref)
        for key in DROPPED_KEYS:
            if key in keys:
                doc.xref_set_key(xref, key, "null")
        form = "Subtype" in keys and doc.xref_get_key(xref, "Subtype")[1] == "/Form"
        if xref in contents or form:
            data = doc.xref_stream(xref)
            cleaned = strip_marked_text(data)
            if cleaned != data:
                doc.update_stream(xref, cleaned, compress=True)


# --- marked content --------------------------------------------------------------------------

_WHITE = b" \t\r\n\x0c\x00"
_TOKEN = re.compile(rb"[^ \t\r\n\x0c\x00()<>\[\]{}/%]+")


def _skip_string(data: bytes, i: int) -> int:
    """Index after the literal string starting at ``data[i] == '('`` (nested, escaped)."""
    depth, i = 0, i
    while i < len(data):
        c = data[i]
        if c == 0x5C:  # backslash: the next byte is escaped
            i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def _next_token(data: bytes, i: int) -> tuple[int, int]:
    """(start, end) of the next token at or after ``i``; start == len(data) at the end."""
    n = len(data)
    while i < n:
        c = data[i]
        if c in _WHITE:
            i += 1
        elif c == 0x25:  # comment
            while i < n and data[i] not in b"\r\n":
                i += 1
        else:
            break
    if i >= n:
        return n, n
    c = data[i]
    if c == 0x28:
        return i, _skip_string(data, i)
    if data.startswith(b"<<", i) or data.startswith(b">>", i):
        return i, i + 2
    if c == 0x3C:
        end = data.find(b">", i)
        return i, n if end < 0 else end + 1
    if c in b"[]{}":
        return i, i + 1
    if c == 0x2F:
        m = _TOKEN.match(data, i + 1)
        return i, i + 1 + (len(m.group()) if m else 0)
    m = _TOKEN.match(data, i)
    return i, i + (len(m.group()) if m else 1)


def _skip_inline_image(data: bytes, i: int) -> int:
    """Index after the ``EI`` that ends inline image data starting after ``ID`` at ``i``."""
    at = i + 1
    while True:
        at = data.find(b"EI", at)
        if at < 0:
            return len(data)
        after = at + 2
        if data[at - 1] in _WHITE and (after >= len(data) or data[after] in _WHITE):
            return after
        at += 2


_PAIRS = {b"<<": b">>", b"[": b"]"}


def _value_end(data: bytes, i: int) -> int:
    """Index after the value (any object, dictionaries and arrays nested) starting at ``i``."""
    start, end = _next_token(data, i)
    if data[start:end] not in _PAIRS:
        return end
    depth, at = 1, end
    while depth and at < len(data):
        s, at = _next_token(data, at)
        token = data[s:at]
        if token in _PAIRS:
            depth += 1
        elif token in (b">>", b"]"):
            depth -= 1
    return at


def _clean_properties(data: bytes, start: int, end: int) -> bytes:
    """The dictionary ``data[start:end]`` without the keys of :data:`MARKED_TEXT_KEYS`."""
    out, at = [b"<<"], start + 2
    while True:
        s, e = _next_token(data, at)
        if s >= end or data[s:e] == b">>":
            break
        value_end = _value_end(data, e)
        if data[s + 1 : e] not in MARKED_TEXT_KEYS:
            out.append(data[s:value_end])
        at = value_end
    out.append(b">>")
    return b" ".join(out)


def strip_marked_text(data: bytes) -> bytes:
    """A content stream without the replacement texts of its marked content (``/ActualText``,
    ``/Alt``, ``/E`` in the property lists of ``BDC`` and ``DP``); unchanged if it has none."""
    if b"BDC" not in data and b"DP" not in data:
        return data
    if not any(b"/" + key in data for key in MARKED_TEXT_KEYS):
        return data
    out, copied, at = [], 0, 0
    last_dict: tuple[int, int] | None = None
    while True:
        s, e = _next_token(data, at)
        if s >= len(data):
            break
        token = data[s:e]
        if token == b"<<":
            e = _value_end(data, s)
            last_dict = (s, e)
        elif token in (b"BDC", b"DP") and last_dict is not None:
            ds, de = last_dict
            out += [data[copied:ds], _clean_properties(data, ds, de)]
            copied = de
            last_dict = None
        elif token == b"ID":
            e = _skip_inline_image(data, e)
            last_dict = None
        elif not token.startswith(b"/"):
            last_dict = None
        at = e
    out.append(data[copied:])
    return b"".join(out)


# --- document level --------------------------------------------------------------------------


def _pdf_date(now: datetime) -> str:
    return now.strftime("D:%Y%m%d%H%M%SZ")


def set_document_info(doc: pymupdf.Document, title: str) -> None:
    """Redline's own document information: the title given, no XMP metadata."""
    now = _pdf_date(datetime.now(UTC))
    doc.set_metadata(
        {
            "title": title,
            "producer": "Redline",
            "creator": "Redline",
            "creationDate": now,
            "modDate": now,
        }
    )
    doc.del_xml_metadata()


def mentions(text: str, quotes: Iterable[str]) -> bool:
    """Whether ``text`` contains one of ``quotes`` (case and spacing ignored)."""
    flat = " ".join(text.split()).casefold()
    return any(q and " ".join(q.split()).casefold() in flat for q in quotes)


def copy_outline(
    src: pymupdf.Document, out: pymupdf.Document, quotes: Sequence[str]
) -> tuple[int, int]:
    """The source's outline without entries that mention a redacted quote (nor their children);
    returns (entries kept, entries left out)."""
    kept: list[list[object]] = []
    dropped, skip_below = 0, 0
    for level, title, page in src.get_toc(simple=True):
        if skip_below and level > skip_below:
            dropped += 1
            continue
        skip_below = 0
        if mentions(str(title), quotes):
            dropped, skip_below = dropped + 1, level
            continue
        top = kept[-1][0] if kept else 0
        kept.append([min(level, int(top) + 1), title, page])  # type: ignore[call-overload]
    out.set_toc(kept)
    return len(kept), dropped


def copy_links(
    src_page: pymupdf.Page,
    out_page: pymupdf.Page,
    regions: Sequence[pymupdf.Rect],
    quotes: Sequence[str],
) -> None:
    """Links of an unrotated source page that neither touch a burned region nor name a quote
    (go-to, web and named links only: never launch or script actions)."""
    for link in src_page.get_links():
        area = pymupdf.Rect(link["from"])
        if link["kind"] not in LINK_KINDS or any(area.intersects(r) for r in regions):
            continue
        if mentions(str(link.get("uri", "")) + " " + str(link.get("name", "")), quotes):
            continue
        out_page.insert_link({k: v for k, v in link.items() if k not in ("xref", "id")})
