"""A publication reads its own output back before it is published, and refuses what leaks.

Every publication output (the PDF, :mod:`app.core.exchange.pdf_verify`; the IIIF folder; the
corrected text; ALTO, PAGE and hOCR with their page images, :mod:`app.core.exchange.ocr_readback`;
the W3C and CSV sets, here) is written to a temporary file or folder, then read back with the
format's own reader (json, csv, lxml, Pillow) and checked against what the library says burns in
(:mod:`app.core.exchange.redacted`, read afresh, not the structures the writer used, so that a
writer that forgot a rule cannot hide it): no character under a burned-in redaction at its place in
the text, no word at the place of a covered word, no annotation over a burned box, no redaction's
own note, every burned box painted. A failure is one message naming the page and the file, and
nothing is published (the temporary is removed).

Here: the messages every check gives, the page-text check the IIIF and W3C page texts share, and
the check of the W3C and CSV sets: each annotation the file names is looked up in the library by
its uuid, and
- one that is not a redaction must not lie over a burned box
  (:func:`app.core.exchange.web_annotation.over_redaction`, the rule that leaves it out);
- its quotes (a W3C TextQuoteSelector's ``exact``, ``prefix`` and ``suffix``, the CSV ``quote``)
  must hold no readable character where the text they quote is masked;
- a burned-in redaction's note (the reviewer's note on what the box hides) must not be published.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.core.annotating.vocabulary import burns_in
from app.core.exchange.canvas import (
    UUID_PATTERN,
    PageSpace,
    PublishedIds,
    document_pages,
    parse_page_ref,
)
from app.core.exchange.common import ExportError, load_body
from app.core.exchange.gc_pause import collector_paused
from app.core.exchange.redacted import SpanIndex, burned_redactions, masked_spans, readable
from app.core.exchange.web_annotation import over_redaction
from app.core.ids import DocumentId, TextLayerId
from app.core.wording import translate

Span = tuple[int, int]
_FORMULA = "'"  # what a CSV cell that would start a formula is prefixed with
_UUID = re.compile(f"({UUID_PATTERN})$")


def unmasked(written: str, spans: Iterable[Span], at: int = 0) -> Span | None:
    """The first of ``spans`` (offsets of a text ``written`` starts at offset ``at`` of) of
    which ``written`` still holds a readable character."""
    for start, end in spans:
        if readable(written[max(0, start - at) : max(0, end - at)]):
            return start, end
    return None


# What a refused publication says (``{value}``: the page number, ``{name}``: the file).
_REFUSED = {
    "characters": translate(
        "Redline",
        "page {value} of {title!r}: {name} still holds redacted characters ({start}-{end}); "
        "nothing was written",
    ),
    "word": translate(
        "Redline",
        "page {value} of {title!r}: {name} still holds a word under a redaction; "
        "nothing was written",
    ),
    "annotation": translate(
        "Redline",
        "page {value} of {title!r}: {name} still holds an annotation over a redaction; "
        "nothing was written",
    ),
    "note": translate(
        "Redline",
        "page {value} of {title!r}: {name} still holds the note of a redaction; "
        "nothing was written",
    ),
    "pixels": translate(
        "Redline",
        "page {value} of {title!r}: {name} shows pixels inside a burned-in region; "
        "nothing was written",
    ),
}


def refused(what: str, page: int, title: str, name: str, **more: object) -> ExportError:
    """The error of a publication that still shows ``what`` (a key of ``_REFUSED``) on page
    index ``page`` of the document ``title``, in the file ``name``."""
    return ExportError(_REFUSED[what].format(value=page + 1, title=title, name=name, **more))


def leaked_characters(page: int, title: str, name: str, span: Span) -> ExportError:
    return refused("characters", page, title, name, start=span[0], end=span[1])


def unreadable(name: str, why: str) -> ExportError:
    """The output does not read back as the format it was written in (a bug of ours)."""
    return ExportError(
        translate(
            "Redline", "{name} does not read back as it was written ({value}); nothing was written"
        ).format(name=name, value=why)
    )


def document_title(conn: Connection, document_id: DocumentId) -> str:
    found = conn.exec_driver_sql("SELECT title FROM documents WHERE id = ?", (document_id,))
    return str(found.scalar())


@dataclass(frozen=True)
class _Annotation:
    """What the library says of one published annotation."""

    rec: dict[str, Any]  # kind and anchor, as :func:`over_redaction` reads them
    layer: TextLayerId | None
    page: PageSpace
    title: str
    note: str | None  # the note of a redaction that burns in (never published)


class LibraryPages:
    """The library's own account of the pages and annotations a publication names, read
    afresh."""

    def __init__(self, conn: Connection, dpi: int) -> None:
        self.conn, self.ids = conn, PublishedIds(dpi=dpi)
        self.pages: dict[DocumentId, list[PageSpace]] = {}
        self.titles: dict[DocumentId, str] = {}

    def document(self, doc_id: DocumentId, doc_uuid: str) -> list[PageSpace]:
        """A document's pages, with their burned-in redactions (and its title), read once."""
        if doc_id not in self.pages:
            redactions = burned_redactions(self.conn, doc_id)
            self.pages[doc_id] = document_pages(self.conn, doc_id, doc_uuid, self.ids, redactions)
            self.titles[doc_id] = document_title(self.conn, doc_id)
        return self.pages[doc_id]

    def page(self, doc_id: DocumentId, doc_uuid: str, index: int) -> PageSpace:
        return self.document(doc_id, doc_uuid)[index]

    def find(self, doc_id: DocumentId, doc_uuid: str, index: int) -> PageSpace | None:
        """:meth:`page`, or None when the document has no page ``index``."""
        pages = self.document(doc_id, doc_uuid)
        return pages[index] if 0 <= index < len(pages) else None

    def annotations(self, uuids: Sequence[str]) -> dict[str, _Annotation]:
        out: dict[str, _Annotation] = {}
        for n in range(0, len(uuids), 500):
            chunk = uuids[n : n + 500]
            rows = self.conn.exec_driver_sql(
                'SELECT a.uuid, a.kind, a.status, a.text_layer_id, a.start, a."end", a.x, a.y, '
                "a.w, a.h, a.body, p.page_index, d.id, d.uuid FROM annotations a "
                "JOIN pages p ON p.id = a.page_id JOIN documents d ON d.id = p.document_id "
                f"WHERE a.uuid IN ({','.join('?' * len(chunk))})",
                tuple(chunk),
            ).all()
            out.update((str(row[0]), self._annotation(row)) for row in rows)
        return out

    def _annotation(self, row: Sequence[Any]) -> _Annotation:
        _, kind, status, layer, start, end, x, y, w, h, body, index, doc, doc_uuid = row
        anchor: dict[str, Any] = {}
        if layer is not None and start is not None and end is not None:
            anchor["text"] = {"start": int(start), "end": int(end)}
        if x is not None:
            anchor["region"] = {"x": x, "y": y, "w": w, "h": h}
        parsed = load_body(body)
        note = str(parsed.get("note") or "").strip() or None
        burned = kind == "redaction" and burns_in(str(status), parsed)
        page = self.page(DocumentId(int(doc)), str(doc_uuid), int(index))
        return _Annotation(
            {"kind": kind, "anchor": anchor},
            None if layer is None else TextLayerId(int(layer)),
            page,
            self.titles[DocumentId(int(doc))],
            note if burned else None,
        )


@dataclass
class _Published:
    """One annotation as a published set holds it: its quote fields (text, and which: ``exact``,
    ``prefix`` or ``suffix``), and every other text it carries."""

    uuid: str
    quotes: list[tuple[str, str]]
    texts: list[str]


def _check_annotations(conn: Connection, published: list[_Published], name: str, dpi: int) -> None:
    known = LibraryPages(conn, dpi).annotations([p.uuid for p in published])
    masked: dict[tuple[int, TextLayerId], SpanIndex] = {}
    for item in published:
        found = known.get(item.uuid)
        if found is None:
            raise unreadable(name, f"an annotation the library does not hold: {item.uuid}")
        page, title = found.page, found.title
        if over_redaction(found.rec, found.layer, page):
            raise refused("annotation", page.index, title, name)
        notes = (found.note, _FORMULA + found.note) if found.note is not None else ()
        if any(text.strip() in notes for text in item.texts):
            raise refused("note", page.index, title, name)
        text = found.rec["anchor"].get("text")
        if text is None or found.layer is None or not item.quotes:
            continue
        key = (id(page), found.layer)
        if key not in masked:
            words = page.words(found.layer)
            masked[key] = SpanIndex(masked_spans(page.redactions, found.layer, words))
        spans = masked[key]
        start, end = text["start"], text["end"]
        for quote, kind in item.quotes:
            if kind == "exact" and quote.startswith(_FORMULA) and len(quote) == end - start + 1:
                quote = quote[1:]  # (a CSV cell that would start a formula is prefixed)
            if kind == "exact" and len(quote) != end - start:  # not the anchor's own text
                hit = next(iter(spans.overlapping(start, end)), None)
            else:  # where it lies in the text: by where the anchor's text lies
                at = {"exact": start, "prefix": start - len(quote), "suffix": end}[kind]
                hit = unmasked(quote, spans.overlapping(at, at + len(quote)), at)
            if hit is not None:
                raise leaked_characters(page.index, title, name, hit)


def _uuid_of(annotation_id: Any, name: str) -> str:
    found = _UUID.search(str(annotation_id)) if isinstance(annotation_id, str) else None
    if found is None:
        raise unreadable(name, f"an annotation id {annotation_id!r}")
    return found.group(1)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _w3c_item(item: Any, name: str) -> _Published:
    if not isinstance(item, dict):
        raise unreadable(name, "an item that is not an annotation")
    target = item.get("target")
    selectors = target.get("selector", []) if isinstance(target, dict) else []
    quotes: list[tuple[str, str]] = []
    for selector in selectors if isinstance(selectors, list) else [selectors]:
        if isinstance(selector, dict) and selector.get("type") == "TextQuoteSelector":
            for kind in ("exact", "prefix", "suffix"):
                if isinstance(selector.get(kind), str):
                    quotes.append((selector[kind], kind))
    return _Published(_uuid_of(item.get("id"), name), quotes, _strings(item.get("body")))


@collector_paused()  # (the file read back whole: millions of acyclic objects)
def check_w3c(conn: Connection, written: Path, path: Path, dpi: int, texts: Path | None) -> None:
    """Read a W3C set written for ``path`` back (json), with its page texts (written into the
    folder ``texts``, for :func:`~app.core.exchange.w3c.texts_folder`)."""
    name = path.name
    try:
        data = json.loads(written.read_text(encoding="utf-8"))
        items = data["first"]["items"]
    except (ValueError, KeyError, TypeError) as exc:
        raise unreadable(name, str(exc)) from None
    check_annotation_items(conn, items, name, dpi)
    if texts is not None:
        check_page_texts(conn, texts, f"{path.stem}-text")


def check_annotation_items(conn: Connection, items: Any, where: str, dpi: int) -> None:
    """Check the ``items`` of a written AnnotationPage (the file ``where``), as a W3C set's."""
    if not isinstance(items, list):
        raise unreadable(where, "no list of items")
    _check_annotations(conn, [_w3c_item(item, where) for item in items], where, dpi)


UUID_CHUNK = 500  # uuids asked for in one IN (...): well under any engine's limit of parameters


def documents_named(conn: Connection, uuids: Collection[str]) -> dict[str, DocumentId]:
    """The ids of the documents with these ``uuids`` (those the library holds), asked in chunks
    of :data:`UUID_CHUNK`, never the whole library's."""
    wanted = sorted(uuids)
    found: dict[str, DocumentId] = {}
    for n in range(0, len(wanted), UUID_CHUNK):
        chunk = wanted[n : n + UUID_CHUNK]
        rows = conn.exec_driver_sql(
            f"SELECT id, uuid FROM documents WHERE uuid IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        )
        found.update((str(u), DocumentId(int(i))) for i, u in rows)
    return found


def check_page_texts(
    conn: Connection, folder: Path, name: str, library: LibraryPages | None = None
) -> None:
    """Read back the page texts written under ``folder`` (``<document uuid>/text/page-N.txt``):
    every character under a burned-in redaction is masked. ``library``: the pages another check
    of the same publication has read already (else they are read here)."""
    texts = [(path, path.relative_to(folder).as_posix()) for path in sorted(folder.rglob("*.txt"))]
    refs = [parse_page_ref(relative) for _, relative in texts]
    docs = documents_named(conn, {ref.document for ref in refs if ref is not None})
    library = library or LibraryPages(conn, PublishedIds().dpi)
    for (path, relative), ref in zip(texts, refs, strict=True):
        page = (
            None
            if ref is None or ref.document not in docs
            else (library.find(docs[ref.document], ref.document, ref.index))
        )
        if ref is None or page is None:
            raise unreadable(f"{name}/{relative}", "a page text of no page")
        if page.layer_id is None:
            continue
        spans = masked_spans(page.redactions, page.layer_id, page.words())
        hit = unmasked(path.read_text(encoding="utf-8"), spans)
        if hit is not None:
            title = library.titles[docs[ref.document]]
            raise leaked_characters(page.index, title, f"{name}/{relative}", hit)


def check_csv(conn: Connection, path: Path, name: str) -> None:
    """Read a written CSV set back (the csv module, as a spreadsheet's import would)."""
    published = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                quote = row["quote"]
                texts = [v for k, v in row.items() if k != "quote" and isinstance(v, str)]
                quotes = [(quote, "exact")] if quote else []
                published.append(_Published(_uuid_of(row["annotation_id"], name), quotes, texts))
    except (ValueError, KeyError, csv.Error) as exc:
        raise unreadable(name, str(exc)) from None
    _check_annotations(conn, published, name, PublishedIds().dpi)
