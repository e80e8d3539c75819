"""The whole-file checks of a publication PDF: no quote of a burned, text-anchored redaction in
the text either reader extracts from any page, nor in any object or decompressed stream (images
and font programs aside); no document information, XMP metadata, embedded file, script, form or
outline (unless asked for), and no annotation but those asked for.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pymupdf

from app.core.exchange.pdf_expected import Expected, LeakFound
from app.core.wording import joined, translate

MIN_QUOTE = 3  # shorter quotes (a letter, an initial) are not searched for in the whole file
FORBIDDEN_CATALOG_KEYS = ("Names", "OpenAction", "AA", "AcroForm", "Metadata", "StructTreeRoot")

HIGHLIGHT: int = getattr(pymupdf, "PDF_ANNOT_HIGHLIGHT", 8)


def _quote_pattern(quote: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in quote.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def searched_quotes(quotes: Sequence[str]) -> list[str]:
    """The quotes the whole file is searched for (long enough to mean something)."""
    found = {" ".join(q.split()) for q in quotes}
    return sorted(q for q in found if len(q.replace(" ", "")) >= MIN_QUOTE)


@dataclass(frozen=True)
class Place:
    """Where a reader still reads a redacted quote in the file: the page (its index), the quote,
    and the words around it there (:data:`CONTEXT_WORDS` each side, ``…`` where the page goes
    on)."""

    page: int
    quote: str
    context: str


CONTEXT_WORDS = 4  # words a refusal shows either side of each place it names
SHOWN_PLACES = 10  # places a refusal names; the rest are counted
INDENT = "  "  # before each place, under its quote
# the words before a place, and after it (the rest of its last word first: "Smith," stays whole)
_BEFORE = re.compile(rf"(?:\S+ ){{0,{CONTEXT_WORDS}}}$")
_AFTER = re.compile(rf"\S*(?: \S+){{0,{CONTEXT_WORDS}}}")


def quote_places(index: int, text: str, quotes: Sequence[str]) -> list[Place]:
    """Every place the page's extracted ``text`` holds one of ``quotes`` (a whole word, case
    ignored), in the order of the quotes, then of the page."""
    flat = " ".join(text.split())
    folded = flat.casefold()
    out = []
    for quote in quotes:
        if quote.casefold() not in folded:
            continue
        for found in _quote_pattern(quote).finditer(flat):
            left, right = flat[: found.start()], flat[found.end() :]
            before = _BEFORE.search(left)
            after = _AFTER.match(right)
            shown_left = before.group() if before else ""
            shown_right = after.group() if after else ""
            context = "".join([
                "…" if len(shown_left) < len(left) else "", shown_left, found.group(), shown_right,
                "…" if len(shown_right) < len(right) else "",
            ])  # fmt: skip
            out.append(Place(index, quote, context))
    return out


def refuse_places(places: Sequence[Place], reader: str) -> None:
    """Refuse the file when ``reader`` reads a redacted quote outside its boxes, naming every
    place (:data:`SHOWN_PLACES` of them, the rest counted) and what to do: until 2026-12-07 the
    refusal named only the first, and a reviewer redacted and exported again page by page."""
    if not places:
        return
    lines: list[object] = []
    by_quote: dict[str, list[Place]] = {}
    for place in places:
        by_quote.setdefault(place.quote, []).append(place)
    shown = 0
    for quote, found in by_quote.items():
        lines.append(
            translate(
                "Redline",
                "{reader} still extracts the redacted text {quote!r} outside its boxes, in %n "
                "places:",
            )
            .counted(len(found), one="{reader} still extracts the redacted text {quote!r} "
                     "outside its boxes, in %n place:")
            .format(reader=reader, quote=quote)
        )  # fmt: skip
        for place in found[: max(SHOWN_PLACES - shown, 0)]:
            where = translate("Redline", "page {page}: “{context}”")
            lines.append(
                joined("", [INDENT, where.format(page=place.page + 1, context=place.context)])
            )
        hidden = len(found) - max(SHOWN_PLACES - shown, 0)
        if hidden > 0:
            more = translate("Redline", "and %n more places").counted(
                hidden, one="and %n more place"
            )
            lines.append(joined("", [INDENT, more]))
        shown += min(len(found), max(SHOWN_PLACES - shown, 0))
    lines.append(
        translate(
            "Redline",
            "Redact the text in these places too (a search for it finds them all), or leave its "
            "redaction visible; nothing was written.",
        )
    )
    raise LeakFound(joined("\n", lines))


def check_page_text(index: int, text: str, quotes: Sequence[str], reader: str) -> None:
    """Refuse the file when ``reader`` reads a redacted quote in one page's ``text``."""
    refuse_places(quote_places(index, text, quotes), reader)


def _byte_forms(quotes: Sequence[str]) -> list[tuple[str, bytes, re.Pattern[bytes]]]:
    """Each quote as a file may store it (UTF-8, UTF-16, its hex, Latin-1), lower-cased for a
    quick search, with the pattern that checks a find is a whole word."""
    out = []
    for quote in quotes:
        forms = {quote.encode("utf-8"), quote.encode("utf-16-be")}
        forms.add(quote.encode("utf-16-be").hex().encode())
        with contextlib.suppress(UnicodeEncodeError):  # not every quote has a Latin-1 form
            forms.add(quote.encode("latin-1"))
        for form in forms:
            pattern = rb"(?<![A-Za-z0-9])" + re.escape(form) + rb"(?![A-Za-z0-9])"
            out.append((quote, form.lower(), re.compile(pattern, re.IGNORECASE)))
    return out


def _stored(data: bytes, forms: Sequence[tuple[str, bytes, re.Pattern[bytes]]]) -> str | None:
    """The first quote ``data`` holds as a whole word, if any."""
    lowered = data.lower()
    for quote, form, pattern in forms:
        if form in lowered and pattern.search(data):
            return quote
    return None


def _unsearched(doc: pymupdf.Document) -> set[int]:
    """Streams not searched for quotes: images (their pixels are checked) and font programs."""
    skip = set()
    for xref in range(1, doc.xref_length()):
        keys = doc.xref_get_keys(xref)
        if "Subtype" in keys and doc.xref_get_key(xref, "Subtype")[1] == "/Image":
            skip.add(xref)
        for key in ("FontFile", "FontFile2", "FontFile3"):
            if key in keys:
                kind, value = doc.xref_get_key(xref, key)
                if kind == "xref":
                    skip.add(int(value.split()[0]))
    return skip


def check_bytes(doc: pymupdf.Document, quotes: Sequence[str]) -> None:
    forms = _byte_forms(quotes)
    if not forms:
        return
    skip = _unsearched(doc)
    for xref in range(1, doc.xref_length()):
        texts = [doc.xref_object(xref, compressed=True).encode("latin-1", "replace")]
        if doc.xref_is_stream(xref) and xref not in skip:
            texts.append(doc.xref_stream(xref) or b"")
        for data in texts:
            quote = _stored(data, forms)
            if quote is not None:
                raise LeakFound(
                    translate(
                        "Redline",
                        "the redacted text {quote!r} is still stored in the file (object {xref})",
                    ).format(quote=quote, xref=xref)
                )
    quote = _stored(doc.xref_object(-1, compressed=True).encode("latin-1", "replace"), forms)
    if quote is not None:
        raise LeakFound(
            translate("Redline", "the redacted text {quote!r} is still in the file's trailer")
            .format(quote=quote)
        )  # fmt: skip


# Links and form fields are checked on their own below (annots() leaves them out too).
_OWN_CHECKS = frozenset({pymupdf.mupdf.PDF_ANNOT_LINK, pymupdf.mupdf.PDF_ANNOT_WIDGET})


def check_document(doc: pymupdf.Document, expect: Expected, quotes: Sequence[str]) -> None:
    catalog = doc.xref_get_keys(doc.pdf_catalog())
    for key in FORBIDDEN_CATALOG_KEYS:
        if key in catalog:
            raise LeakFound(
                translate("Redline", "the file carries /{key} from its source").format(key=key)
            )
    if doc.embfile_count():
        raise LeakFound(translate("Redline", "the file carries embedded files"))
    if doc.get_toc() and not expect.outline:
        raise LeakFound(translate("Redline", "the file carries an outline nobody asked for"))
    for key, value in (doc.metadata or {}).items():
        if isinstance(value, str) and any(_quote_pattern(q).search(value) for q in quotes):
            raise LeakFound(
                translate("Redline", "the file's {key} names redacted text").format(key=key)
            )
    allowed = set()
    if expect.annotations:  # highlights, and the note icons of page notes with their popups
        allowed.update({HIGHLIGHT, pymupdf.mupdf.PDF_ANNOT_TEXT, pymupdf.mupdf.PDF_ANNOT_POPUP})
    for page in doc.pages():
        number = int(page.number or 0) + 1
        # annot_xrefs in one pass: loading each annotation (annots()) scans the page's list
        # again for every one, quadratic in a page with thousands of notes (issue 20)
        for _, kind, _ in page.annot_xrefs():
            if kind not in allowed and kind not in _OWN_CHECKS:
                name = pymupdf.mupdf.pdf_string_from_annot_type(kind)
                raise LeakFound(
                    translate("Redline", "page {page} carries a {name} annotation").format(
                        page=number, name=name
                    )
                )
        if page.get_links() and not expect.links:
            raise LeakFound(translate("Redline", "page {page} carries links").format(page=number))
        if next(page.widgets(), None) is not None:
            raise LeakFound(
                translate("Redline", "page {page} carries a form field").format(page=number)
            )
