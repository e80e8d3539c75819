"""A glyphless Unicode font for the invisible text layer of publication PDFs.

Tesseract and OCRmyPDF write their text layers this way: a Type0 font (Identity-H encoding) whose
CIDFontType2 descendant embeds a TrueType program with one blank glyph, every CID mapped to it,
and a ToUnicode CMap that says which character each CID stands for. Nothing is drawn (the text is
in render mode 3 anyway), any character of any script can be written, and readers extract it
exactly. Here each output document gets its own CIDs, one per distinct character (code point)
used, so characters beyond the Basic Multilingual Plane are one CID each too.

Every glyph advances half an em and the font's ascent and descent are 0.8 and -0.2 em, so a word
set at a size equal to its box's height, with its baseline 0.2 of that above the box's bottom and
its horizontal scaling fitted to the box's width, has exactly that box in every reader. The space
(CID 1) advances nothing: it separates words for readers without moving them.

The TrueType program is written here by hand (about 500 bytes: the tables a reader needs for a
font with two empty glyphs) rather than with a font library, so the packaged app needs no extra
dependency for it.
"""

from __future__ import annotations

import struct
from functools import cache

import pymupdf

from app.core.wording import translate

FONT_NAME = "GlyphLessFont"
RESOURCE = "RLGlyphless"  # the font's name in page resources
UNITS = 1000
ADVANCE = 500  # every glyph: half an em
ASCENT, DESCENT = 800, -200
SPACE_CID = 1


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    words: tuple[int, ...] = struct.unpack(f">{len(data) // 4}I", data)
    return sum(words) & 0xFFFFFFFF


def _tables() -> dict[bytes, bytes]:
    """The tables of a TrueType font with two empty glyphs (.notdef and the blank one)."""
    adv, asc, desc = ADVANCE, ASCENT, DESCENT
    # version, revision, checksum adjustment (set last), magic, flags, units per em, created,
    # modified, bounding box, mac style, smallest readable size, direction hint, short loca
    head = struct.pack(">IIIIHHqqhhhhHHhhh", 0x10000, 0x10000, 0, 0x5F0F3CF5, 0x000B, UNITS,
                       0, 0, 0, desc, adv, asc, 0, 3, 2, 0, 0)  # fmt: skip
    hhea = struct.pack(">IhhhHhhhhhhhhhhhH", 0x10000, asc, desc, 0, adv, 0, 0, 0, 1, 0, 0,
                       0, 0, 0, 0, 0, 2)  # fmt: skip
    maxp = struct.pack(">IHHHHHHHHHHHHHH", 0x10000, 2, 0, 0, 0, 0, 2, *([0] * 8))
    hmtx = struct.pack(">HhHh", adv, 0, adv, 0)
    loca = struct.pack(">HHH", 0, 0, 0)  # both glyphs empty
    glyf = b"\0\0\0\0"
    post = struct.pack(">IIhhIIIII", 0x30000, 0, -100, 50, 1, 0, 0, 0, 0)
    # cmap: one format 4 subtable with only the closing segment (CIDs reach glyphs by the map)
    sub = struct.pack(">HHHHHHHHHHhH", 4, 24, 0, 2, 2, 0, 0, 0xFFFF, 0, 0xFFFF, 1, 0)
    cmap = struct.pack(">HHHHI", 0, 1, 3, 1, 12) + sub
    os2 = struct.pack(">hhHHhhhhhhhhhhhh10sIIII4sHHHhhhHH", 0, adv, 400, 5, 0,
                      650, 700, 0, 140, 650, 700, 0, 480, 50, 250, 0, bytes(10), 0, 0, 0, 0,
                      b"RDLN", 0x40, 0x20, 0xFFFF, asc, desc, 0, asc, -desc)  # fmt: skip
    family = FONT_NAME.encode("utf-16-be")
    records = [(3, 1, 0x409, name_id, len(family), 0) for name_id in (1, 4, 6)]
    name = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records))
    name += b"".join(struct.pack(">HHHHHH", *r) for r in records) + family
    return {
        b"OS/2": os2, b"cmap": cmap, b"glyf": glyf, b"head": head, b"hhea": hhea,
        b"hmtx": hmtx, b"loca": loca, b"maxp": maxp, b"name": name, b"post": post,
    }  # fmt: skip


@cache
def font_program() -> bytes:
    """The TrueType program (an sfnt: offset table, table directory, tables, checksums)."""
    tables = _tables()
    count = len(tables)
    power = 1 << (count.bit_length() - 1)
    offset_table = struct.pack(
        ">IHHHH", 0x10000, count, 16 * power, power.bit_length() - 1, 16 * (count - power)
    )
    offset = 12 + 16 * count
    directory, body, head_at = b"", b"", 0
    for tag in sorted(tables):
        data = tables[tag]
        head_at = offset if tag == b"head" else head_at
        directory += struct.pack(">4sIII", tag, _checksum(data), offset, len(data))
        padded = data + b"\0" * (-len(data) % 4)
        body += padded
        offset += len(padded)
    font = bytearray(offset_table + directory + body)
    struct.pack_into(">I", font, head_at + 8, (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF)
    return bytes(font)


def _new_object(doc: pymupdf.Document, source: str, stream: bytes | None = None) -> int:
    xref: int = doc.get_new_xref()
    doc.update_object(xref, source)
    if stream is not None:
        doc.update_stream(xref, stream, new=True, compress=True)
    return xref


class GlyphlessFont:
    """The font of one output document: made on first use, its CIDs assigned as characters come;
    :meth:`finish` writes the ToUnicode CMap and the CID-to-glyph map once all text is placed."""

    def __init__(self, doc: pymupdf.Document) -> None:
        self.doc = doc
        self.cids: dict[str, int] = {" ": SPACE_CID}
        self._xrefs: tuple[int, int, int] | None = None  # Type0 font, CID map, ToUnicode

    @property
    def xref(self) -> int:
        """The Type0 font object (made on first use)."""
        if self._xrefs is None:
            self._xrefs = self._make()
        return self._xrefs[0]

    def _make(self) -> tuple[int, int, int]:
        doc = self.doc
        program = _new_object(doc, "<<>>", font_program())
        descriptor = _new_object(
            doc,
            f"<</Type/FontDescriptor/FontName/{FONT_NAME}/Flags 5/FontBBox[0 {DESCENT} "
            f"{ADVANCE} {ASCENT}]/ItalicAngle 0/Ascent {ASCENT}/Descent {DESCENT}"
            f"/CapHeight {ASCENT}/StemV 80/FontFile2 {program} 0 R>>",
        )
        gid_map = _new_object(doc, "<<>>", b"")
        cid_font = _new_object(
            doc,
            f"<</Type/Font/Subtype/CIDFontType2/BaseFont/{FONT_NAME}"
            "/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>"
            f"/FontDescriptor {descriptor} 0 R/DW {ADVANCE}/W[{SPACE_CID}[0]]"
            f"/CIDToGIDMap {gid_map} 0 R>>",
        )
        to_unicode = _new_object(doc, "<<>>", b"")
        font = _new_object(
            doc,
            f"<</Type/Font/Subtype/Type0/BaseFont/{FONT_NAME}/Encoding/Identity-H"
            f"/DescendantFonts[{cid_font} 0 R]/ToUnicode {to_unicode} 0 R>>",
        )
        return font, gid_map, to_unicode

    def encode(self, text: str) -> str:
        """``text`` as the hex string of its CIDs (two bytes each), assigning new ones."""
        out = []
        for ch in text:
            cid = self.cids.get(ch)
            if cid is None:
                cid = self.cids[ch] = len(self.cids) + 1
                if cid > 0xFFFF:
                    raise ValueError(
                        translate("Redline", "more than 65,535 distinct characters in one document")
                    )
            out.append(f"{cid:04X}")
        return "".join(out)

    def finish(self) -> None:
        """Write the maps for the CIDs assigned (nothing when the font was never used)."""
        if self._xrefs is None:
            return
        _, gid_map, to_unicode = self._xrefs
        self.doc.update_stream(gid_map, b"\x00\x01" * (len(self.cids) + 1), compress=True)
        self.doc.update_stream(to_unicode, to_unicode_cmap(self.cids), compress=True)


def to_unicode_cmap(cids: dict[str, int]) -> bytes:
    """A ToUnicode CMap mapping each CID to its character (UTF-16BE, surrogate pairs included)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Redline-Glyphless-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    items = sorted(cids.items(), key=lambda item: item[1])
    for i in range(0, len(items), 100):  # at most 100 entries per block
        chunk = items[i : i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(f"<{cid:04X}> <{ch.encode('utf-16-be').hex().upper()}>" for ch, cid in chunk)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")
