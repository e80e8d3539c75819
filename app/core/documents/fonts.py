"""One font object for the identical fonts of a PDF's pages, so MuPDF loads each font once.

Scanners and OCR engines write a PDF's fonts anew for every page: each page of the CIA bulletins
names Helvetica, Times-Roman and their like in objects of its own, with the same dictionary. MuPDF
keeps a loaded font in its store by object number, so it loaded all of them again on every page
(the widths of a standard font's 256 glyphs measured each time): 0.46 s of the 0.8 s that reading
the words of 500 pages of the bulletins took. :class:`FontSharing` points a page's resources at
the first of the fonts equal to each of its own, in the open document's memory only (the file is
never written), before the page is read; the words, their boxes and the page are the same.

Two fonts are equal when their dictionaries are (:func:`pdf_objcmp`: every key and value alike,
references by object number), so a font with a file, widths or a descriptor of its own (another
object) is never merged with another. Type 3 fonts are left alone: their glyphs are drawn with
the page's resources when they have none of their own.
"""

from __future__ import annotations

import pymupdf

_mupdf = pymupdf.mupdf
_CANDIDATES = 8  # distinct fonts kept per name: a file with many more is not worth searching


class FontSharing:
    """The fonts of one open PDF seen so far, by name; :meth:`share` merges a page's fonts."""

    def __init__(self, doc: pymupdf.Document) -> None:
        self.doc = doc
        self._pdf = _mupdf.pdf_document_from_fz_document(doc.this)
        self._seen: dict[str, list[tuple[int, int, object]]] = {}

    def share(self, index: int) -> int:
        """Point page ``index``'s fonts at the first equal ones met; how many were replaced.
        Never raises: a page whose resources cannot be read is read as it is."""
        try:
            return self._share(index)
        except Exception:  # a damaged page tree or resources: MuPDF reads the page as it can
            return 0

    def _share(self, index: int) -> int:
        if self._pdf.m_internal is None:  # not a PDF
            return 0
        page = _mupdf.pdf_lookup_page_obj(self._pdf, index)
        resources = _mupdf.pdf_dict_get_inheritable(page, _mupdf.PDF_ENUM_NAME_Resources)
        fonts = _mupdf.pdf_dict_get(resources, _mupdf.PDF_ENUM_NAME_Font)
        replaced = 0
        for k in range(_mupdf.pdf_dict_len(fonts)):
            ref = _mupdf.pdf_dict_get_val(fonts, k)
            if not _mupdf.pdf_is_indirect(ref):
                continue
            font = _mupdf.pdf_resolve_indirect(ref)
            if not _mupdf.pdf_is_dict(font):
                continue
            subtype = _mupdf.pdf_dict_get(font, _mupdf.PDF_ENUM_NAME_Subtype)
            if _mupdf.pdf_name_eq(subtype, _mupdf.PDF_ENUM_NAME_Type3):
                continue
            name = _mupdf.pdf_to_name(_mupdf.pdf_dict_get(font, _mupdf.PDF_ENUM_NAME_BaseFont))
            number = _mupdf.pdf_to_num(ref)
            seen = self._seen.setdefault(name, [])
            for first, generation, other in seen:
                if first == number:
                    break
                if _mupdf.pdf_objcmp(font, other) == 0:
                    shared = _mupdf.pdf_new_indirect(self._pdf, first, generation)
                    _mupdf.pdf_dict_put(fonts, _mupdf.pdf_dict_get_key(fonts, k), shared)
                    replaced += 1
                    break
            else:
                if len(seen) < _CANDIDATES:
                    seen.append((number, _mupdf.pdf_to_gen(ref), font))
        return replaced
