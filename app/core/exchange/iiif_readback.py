"""A IIIF folder read back before it is published (:mod:`app.core.exchange.readback` says why).

Everything the folder holds about a page is read again from the files and checked against the
library's redactions, read afresh:

- the annotation pages (``annotations-NNNN.json``), as a W3C set's;
- the OCR lines (``lines-NNNN.json``): a line is known by its box, the box of a line of the
  page's words (its words' ``block`` and ``line`` numbers) in pixels of the canvas; its text
  must be that line's words, one a word, with no readable character where the page text is
  masked. A line whose box is no line of the page is refused if it holds, as one of its words,
  the text of a masked word whose centre lies inside it;
- the page texts (:func:`~app.core.exchange.readback.check_page_texts`);
- the page images: each must be black inside boxes computed here, not the writer's: a redaction's
  region, or, for one made from a quote, the part of each of its words' line boxes
  (:func:`~app.core.documents.word_lines.line_boxes`, the database's word boxes) that lies
  under its region (less :data:`~app.core.documents.word_lines.SHARED_EDGE` above and below, the
  ragged edge of a line the painted box may leave). A writer that computed its boxes wrong
  paints by them and checks by them; this check does not share them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.core.annotating.vocabulary import burns_in
from app.core.documents.word_lines import SHARED_EDGE
from app.core.exchange.canvas import UUID_PATTERN, PageSpace, PublishedIds, parse_page_ref
from app.core.exchange.common import load_body
from app.core.exchange.gc_pause import collector_paused
from app.core.exchange.page_images import Label, PageImageError, check_burned
from app.core.exchange.readback import (
    LibraryPages,
    check_annotation_items,
    check_page_texts,
    documents_named,
    refused,
    unmasked,
    unreadable,
)
from app.core.exchange.redacted import SpanIndex, burned_redactions, masked_spans, readable
from app.core.ids import DocumentId

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points of the unrotated page
PixelBox = tuple[int, int, int, int]  # x, y, w, h
_DOCUMENT = re.compile(UUID_PATTERN)
_XYWH = re.compile(r"xywh=(\d+),(\d+),(\d+),(\d+)")


@collector_paused()  # (the file read back whole: millions of acyclic objects)
def check_iiif(conn: Connection, folder: Path, name: str, dpi: int) -> None:
    """Read a written IIIF folder back (see the module doc); ``name``: the folder's name in
    messages."""
    for path in sorted(folder.rglob("annotations-*.json")):
        where = f"{name}/{path.relative_to(folder).as_posix()}"
        check_annotation_items(conn, _items(path, where), where, dpi)
    uuids = {p.name for p in folder.iterdir() if p.is_dir() and _DOCUMENT.fullmatch(p.name)}
    docs = documents_named(conn, uuids)
    library = LibraryPages(conn, dpi)
    _check_lines(library, docs, folder, name, dpi)
    check_page_texts(conn, folder, name, library)  # (the pages read once for every check)
    _check_images(library, docs, folder, name, dpi)


def _items(path: Path, where: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))["items"]
    except (ValueError, KeyError, TypeError) as exc:
        raise unreadable(where, str(exc)) from None


def _line(item: Any, where: str) -> tuple[str, PixelBox, str]:
    """(canvas id, box, text) of one written OCR line."""
    body = item.get("body") if isinstance(item, dict) else None
    target = item.get("target") if isinstance(item, dict) else None
    text = body.get("value") if isinstance(body, dict) else None
    if not isinstance(target, str) or not isinstance(text, str):
        raise unreadable(where, "a line that is not a text on a box")
    canvas, _, fragment = target.partition("#")
    found = _XYWH.fullmatch(fragment)
    if found is None:
        raise unreadable(where, f"a line on {target!r}")
    x, y, w, h = (int(v) for v in found.groups())
    return canvas, (x, y, w, h), text


def _page_lines(page: PageSpace) -> dict[PixelBox, list[list[int]]]:
    """The page's lines as the library numbers them (words with a box, by block and line), by
    their box in pixels: the indices of their words."""
    groups: list[list[int]] = []
    key = None
    for i, word in enumerate(page.words()):
        if word.box is None:
            continue
        if (word.block, word.line) != key or not groups:
            groups.append([])
        key = (word.block, word.line)
        groups[-1].append(i)
    out: dict[PixelBox, list[list[int]]] = {}
    words = page.words()
    for group in groups:
        boxes = [b for i in group if (b := words[i].box) is not None]
        union = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                 max(b[2] for b in boxes), max(b[3] for b in boxes))  # fmt: skip
        out.setdefault(page.pixels(union), []).append(group)
    return out


def _check_lines(
    library: LibraryPages, docs: dict[str, DocumentId], folder: Path, name: str, dpi: int
) -> None:
    known: dict[int, tuple[SpanIndex, dict[PixelBox, list[list[int]]]]] = {}
    for path in sorted(folder.rglob("lines-*.json")):
        where = f"{name}/{path.relative_to(folder).as_posix()}"
        items = _items(path, where)
        for item in items if isinstance(items, list) else [None]:
            canvas, box, text = _line(item, where)
            ref = parse_page_ref(canvas)
            page = None
            if ref is not None and ref.document in docs and ref.dpi == dpi:
                page = library.find(docs[ref.document], ref.document, ref.index)
            if ref is None or page is None:
                raise unreadable(where, f"a line of no page: {canvas!r}")
            burned = page.redactions.boxes or page.redactions.spans
            if page.layer_id is None or not burned:
                continue
            if id(page) not in known:  # (once a page: its masked spans, its lines)
                spans = SpanIndex(masked_spans(page.redactions, page.layer_id, page.words()))
                known[id(page)] = spans, _page_lines(page) if spans else {}
            spans, lines = known[id(page)]
            if spans and _leaks(page, lines.get(box), box, text, spans, where, dpi):
                title = library.titles[docs[ref.document]]
                raise refused("word", page.index, title, where)


def _leaks(
    page: PageSpace,
    lines: list[list[int]] | None,
    box: PixelBox,
    text: str,
    spans: SpanIndex,
    where: str,
    dpi: int,
) -> bool:
    """Whether a written line holds a readable character of a masked word (see the module doc)."""
    words = page.words()
    if lines:  # the line's words, each as long as the page's, one space apart
        sizes = [[words[i].end - words[i].start for i in g] for g in lines]
        group = next((g for g, n in zip(lines, sizes, strict=True)
                      if len(text) == sum(n) + len(n) - 1), None)  # fmt: skip
        if group is None:
            raise unreadable(where, f"a line whose words are not the page's: {text!r}")
        at = 0
        for i in group:
            word = words[i]
            near = spans.overlapping(word.start, word.end)
            if unmasked(text[at : at + word.end - word.start], near, word.start) is not None:
                return True
            at += word.end - word.start + 1
        return False
    said = text.split()
    x0, y0, x1, y1 = page.geometry.from_image(box, dpi)
    slack = 72 / dpi
    for word in words:
        if word.box is None or not spans.overlapping(word.start, word.end):
            continue
        cx, cy = (word.box[0] + word.box[2]) / 2, (word.box[1] + word.box[3]) / 2
        inside = x0 - slack <= cx <= x1 + slack and y0 - slack <= cy <= y1 + slack
        raw = page.raw_text[word.start : word.end]
        if inside and readable(raw) and raw in said:
            return True
    return False


_REDACTIONS = (
    'SELECT p.page_index, a.x, a.y, a.w, a.h, a.text_layer_id, a.start, a."end", a.body '
    "FROM annotations a JOIN pages p ON p.id = a.page_id WHERE p.document_id = ? "
    "AND a.kind = 'redaction' AND a.status = 'accepted' AND NOT a.deleted AND a.x IS NOT NULL"
)


def _must_be_black(
    library: LibraryPages, doc_id: DocumentId, doc_uuid: str
) -> Iterator[tuple[PageSpace, list[Box]]]:
    """Each page of a document with burned-in regions, and the boxes (points) that must be
    black in its image (see the module doc)."""
    boxes: dict[int, list[Box]] = {}
    pages = library.document(doc_id, doc_uuid)
    for index, x, y, w, h, layer, start, end, body in library.conn.exec_driver_sql(
        _REDACTIONS, (doc_id,)
    ):
        if not burns_in("accepted", load_body(body)):
            continue
        page = pages[int(index)]
        region = (float(x), float(y), float(x) + float(w), float(y) + float(h))
        out = boxes.setdefault(int(index), [])
        if layer is None or start is None or end is None or page.layer_id != layer:
            out.append(region)
            continue
        for word, line in zip(page.words(), page.line_boxes(), strict=True):
            if line is None or not (word.start < int(end) and int(start) < word.end):
                continue
            part = (max(line[0], region[0]), max(line[1], region[1]) + SHARED_EDGE,
                    min(line[2], region[2]), min(line[3], region[3]) - SHARED_EDGE)  # fmt: skip
            if part[2] > part[0] and part[3] > part[1]:
                out.append(part)
    for index, found in sorted(boxes.items()):
        yield pages[index], found


def _check_images(
    library: LibraryPages, docs: dict[str, DocumentId], folder: Path, name: str, dpi: int
) -> None:
    ids = PublishedIds(dpi=dpi)
    for doc_uuid, doc_id in sorted(docs.items()):
        # Where codes may be printed: the shared rule, which only lets a label's letters be as
        # light as letters printed on black are (a label printed elsewhere fails; one left out,
        # black, passes).
        burned = burned_redactions(library.conn, doc_id)
        for page, boxes in _must_be_black(library, doc_id, doc_uuid):
            relative = ids.image(doc_uuid, page.index)
            path = folder / relative
            if not path.is_file():
                raise unreadable(f"{name}/{relative}", "no page image")
            grown = burned[page.index].grown if page.index in burned else ()
            pixels = [page.pixels(box) for box in (*boxes, *grown)]  # (the words they take)
            on_page = burned[page.index].labels if page.index in burned else []
            labels = [Label(page.pixels(box), text) for box, text in on_page]
            try:
                check_burned(str(path), pixels, labels, dpi)
            except (PageImageError, OSError):
                title = library.titles[doc_id]
                raise refused("pixels", page.index, title, f"{name}/{relative}") from None
