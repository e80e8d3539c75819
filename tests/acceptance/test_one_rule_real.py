"""Every publication hides the same words, by one rule (app.core.exchange.withheld), on real scans
with redaction boxes drawn across word edges (tests/acceptance/one_rule_helpers.py: boxes clipping
a word by 1 to 3 pixels, ending half a point before one, over a corrected pair, across two lines,
and the reviewer's box inside the "J" of "Johan"). Read back from the files: the publication PDF
(PyMuPDF's words and poppler's), the text export, the W3C and IIIF page texts, ALTO, PAGE and
hOCR; each hides exactly the words the rule takes, none of those words' text is anywhere in them
(but where the word is also published elsewhere in the document), and the PDF's, IIIF's and the
OCR exports' page images are painted under every one. Until 2026-12-08 the PDF took words by its
own rule and the others by another."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.exchange.redacted import readable
from app.core.ocr.tesseract import tesseract_available
from tests.acceptance.one_rule_helpers import (
    FORMATS,
    all_text,
    build_library,
    hidden_by_format,
    images_of,
    letters,
    publish,
    redacted_pages,
    unpainted,
    words_kept,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not tesseract_available(), reason="jfk-104-10001-10034 needs OCR (tesseract)"
    ),
]


def test_every_publication_hides_the_same_words(tmp_path: Path) -> None:
    lib, docs = build_library(tmp_path / "lib")
    try:
        publish(lib, docs, tmp_path / "out")
        pages = redacted_pages(lib, docs)
        kept = words_kept(lib, docs)
    finally:
        lib.close()
    assert len(pages) == 5
    out = tmp_path / "out"
    taken = 0
    for page in pages:
        where = f"document {page.doc_id}, page {page.index + 1}"
        found = hidden_by_format(out, page)
        assert set(found) == set(FORMATS)
        for fmt, hidden in found.items():
            assert hidden == page.expected, (where, fmt, [
                (page.words[i].text, i in page.expected)
                for i in sorted(hidden ^ page.expected)])  # fmt: skip
        taken += len(page.expected)
        for name, grey, darkest in images_of(out, page):
            assert not unpainted(page, grey, darkest), (where, name, [
                page.words[i].text for i in unpainted(page, grey, darkest)])  # fmt: skip
    assert taken > 5 * 10
    for doc_id in docs:  # no hidden word's text anywhere, but where it is published elsewhere
        said = all_text(out, doc_id)
        published = {letters(w) for w in said.split() if readable(w)}
        for p in (p for p in pages if p.doc_id == doc_id):
            for i in sorted(p.expected):
                word = letters(p.words[i].text)
                if len(word) >= 4 and word not in kept[doc_id]:
                    assert word not in published, (doc_id, p.index + 1, word)
