"""A page of three lines whose middle quote, over two lines, is redacted and accepted, with a note
before it, one after it and one inside it: the library of the tests that every publication hides
the quote's words and only them (test_publication_lines_everywhere, test_publication_readback).
Made through the command line, as a person would."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from app.cli import main
from app.core.documents.textlayer import RawWord
from tests.core.exchange.helpers import library_with_words

LINES = (
    "In its preliminary annual report on Soviet in-",
    "tentions, Embassy Moscow notes that the USSR",
    "is employing separately and in combination",
)
QUOTE = "notes that the USSR is employing"  # from the middle of line 2 to the middle of line 3
QUOTED = ("notes", "USSR", "employing")  # ("that", "the": substrings of other words)
BEFORE = ("tentions,", "Embassy", "Moscow")  # on the quote's first line, before it
AFTER = ("separately", "and", "in", "combination")  # on its last line, after it
NOTES = {"before": "Embassy", "after": "combination", "inside": "USSR"}  # note: the word it is on


def page_words() -> list[RawWord]:
    """Three lines of words whose boxes reach 3.8 points into the line above (as a PDF's OCR
    layer sizes them), each a little higher than the one before (a skewed scan)."""
    out = []
    for n, line in enumerate(LINES):
        x = 72.0
        for i, w in enumerate(line.split()):
            y = 136.0 + 13.9 * n - 0.05 * i
            out.append(RawWord(w, x, y, x + 7.0 * len(w), y + 17.7, line=n, word=i))
            x += 7.0 * len(w) + 4.5
    return out


def turned_words(rotation: int) -> list[RawWord]:
    """The words of :func:`page_words` as they lie on a page of 612 by 792 points shown turned by
    ``rotation`` so that they read as they do on an unturned one (boxes in unrotated points)."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.set_rotation(rotation)
    out = []
    for w in page_words():
        r = pymupdf.Rect(w.x0, w.y0, w.x1, w.y1) * page.derotation_matrix
        out.append(RawWord(w.text, r.x0, r.y0, r.x1, r.y1, line=w.line, word=w.word))
    doc.close()
    return out


def box_of(word: str) -> tuple[float, float, float, float]:
    [w] = [w for w in page_words() if w.text == word]
    assert w.x0 is not None and w.y0 is not None and w.x1 is not None and w.y1 is not None
    return (w.x0, w.y0, w.x1, w.y1)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def lib(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A library whose page holds the three lines, the quote redacted (accepted) and a note on a
    word before it, one after it and one inside it."""
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    return library_of_lines(tmp_path, capsys)


def library_of_lines(folder: Path, capsys: pytest.CaptureFixture[str], rotation: int = 0) -> Path:
    """The library of :func:`lib` in ``folder``, its page shown turned by ``rotation`` (the lines
    read as they do unturned)."""
    library = library_with_words(folder, turned_words(rotation) if rotation else page_words(),
                                 rotation)  # fmt: skip
    add = ("--library", str(library), "annotate", "add", "1", "--page", "1")
    made = json.loads(run(capsys, *add, "--kind", "redaction", "--quote", QUOTE, "--codes", "b1",
                          "--json"))  # fmt: skip
    assert made["status"] == "accepted" and "\n" in made["quote"]
    for name, word in NOTES.items():
        run(capsys, *add, "--kind", "note", "--quote", word, "--note", f"note {name}")
    return library
