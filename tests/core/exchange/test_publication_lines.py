"""A redaction made from a quoted phrase hides exactly the quoted words, where the text layer's word
boxes reach into the line above (as on cia-cib-02003053, page 4, by 3.7 points): the region made
from the quote, the text, ALTO, hOCR, W3C and the publication PDF all leave the next line whole.
The real scan's run is tests/acceptance/test_publication_real.py."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pymupdf
import pytest

from app.cli import main
from app.core.documents import word_lines
from app.core.documents.textlayer import RawWord
from app.core.documents.word_lines import fit_region, line_boxes, line_regions, meets
from tests.core.exchange.helpers import library_with_words

QUOTED = "In its preliminary annual report on Soviet in-"
NEXT = "tentions, Embassy Moscow notes that the USSR"
STEP = 13.9  # the line pitch; boxes are 17.7 points tall, so each reaches 3.8 into the line above


def _line(text: str, top: float, line: int, drift: float) -> list[RawWord]:
    """Words along a line, each box ``drift`` points higher than the one before (a skewed scan)."""
    words, x = [], 72.0
    for i, w in enumerate(text.split()):
        width = 7.0 * len(w)
        y = top - drift * i
        words.append(RawWord(w, x, y, x + width, y + 17.7, line=line, word=i))
        x += width + 4.5
    return words


def _words() -> list[RawWord]:
    return [
        *_line(QUOTED, 136.0, 0, 0.05),
        *_line(NEXT, 136.0 + STEP, 1, 0.05),
        *_line("is employing separately and in combination", 136.0 + 2 * STEP, 2, 0.05),
    ]


def test_line_boxes_give_the_shared_strip_to_the_upper_line() -> None:
    upper = (72.0, 136.0, 140.0, 153.7)
    lower = (100.0, 149.9, 160.0, 167.6)
    beside = (150.0, 136.5, 200.0, 154.2)  # the same line, a little lower: not trimmed
    apart = (300.0, 149.9, 340.0, 167.6)  # nothing above it
    rule = (95.0, 20.0, 99.0, 700.0)  # a vertical rule OCR read as a word: trims nothing
    assert line_boxes([upper, lower, beside, None, apart, rule]) == [
        upper,
        (100.0, 154.2, 160.0, 167.6),
        beside,
        None,
        apart,
        rule,
    ]
    lines = line_boxes([upper, lower, beside])
    region = fit_region(lines, {0, 2})
    assert region is not None
    assert meets(region, upper) and meets(region, beside) and not meets(region, lines[1])  # type: ignore[arg-type]


def test_a_phrase_over_two_lines_burns_a_box_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Moscow notes that the USSR / is employing": the box around it would cover both lines
    whole; a box per line leaves the rest of each line. A region drawn by hand, a phrase on one
    line, or a grouping that would leave a word of the phrase unburned: the region whole."""
    words = _words()
    lines = line_boxes([(w.x0, w.y0, w.x1, w.y1) for w in words])  # type: ignore[misc]
    second, third = (
        [i for i, w in enumerate(words) if w.line == 1],
        [i for i, w in enumerate(words) if w.line == 2],
    )
    chosen = set(second[-4:] + third[:2])
    region = fit_region(lines, chosen)
    assert region is not None
    burned = line_regions(lines, chosen, region)
    assert len(burned) == 2
    for i, box in enumerate(lines):
        assert box is not None
        covered = any(meets(box, b) for b in burned)
        assert covered == (i in chosen), words[i].text
        assert (i in chosen) or meets(box, region) == (i in second[:-4] + third[2:])
    drawn = (region[0] - 2, region[1], region[2], region[3])
    assert line_regions(lines, chosen, drawn) == [drawn]  # a person's own region: as it is
    one_line = set(second[-4:])
    alone = fit_region(lines, one_line)
    assert alone is not None and line_regions(lines, one_line, alone) == [alone]
    dropped = [second[-4:], third[:1]]  # (a grouping that lost "employing")
    monkeypatch.setattr(word_lines, "_printed_lines", lambda lines, chosen: dropped)
    assert line_regions(lines, chosen, region) == [region]  # not a box per line that leaves it


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_a_quoted_phrase_hides_only_its_words_in_every_publication(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    r = ("--library", str(library_with_words(tmp_path, _words())))
    add = (*r, "annotate", "add", "1", "--page", "1")
    made = json.loads(run(capsys, *add, "--kind", "redaction", "--quote",
                          "preliminary annual report", "--codes", "b1", "--json"))  # fmt: skip
    run(capsys, *add, "--kind", "note", "--quote", "Moscow notes", "--note", "the embassy's view")
    g = made["region"]
    assert g["y"] + g["h"] <= 136.0 + STEP + 3.8  # not into the next line's words

    run(capsys, *r, "export", "--format", "text", "--document", "1", "-o", str(tmp_path / "t.txt"))
    published = (tmp_path / "t.txt").read_text(encoding="utf-8")
    assert "In its ███████████ ██████ ██████ on Soviet in-" in published
    assert NEXT in published

    for fmt, ext in (("alto", "xml"), ("hocr", "hocr")):
        run(capsys, *r, "export", "--format", fmt, "--document", "1", "-o", str(tmp_path / fmt))
        [out] = (tmp_path / fmt).rglob(f"*.{ext}")
        said = out.read_text(encoding="utf-8")
        assert "preliminary" not in said and "annual" not in said, fmt
        for word in NEXT.split():
            assert word in said, (fmt, word)

    run(capsys, *r, "export", "--format", "w3c", "-o", str(tmp_path / "w3c.json"))
    w3c = (tmp_path / "w3c.json").read_text(encoding="utf-8")
    assert "the embassy's view" in w3c  # the note on the next line is published
    [page_text] = (tmp_path / "w3c-text").rglob("*.txt")
    assert NEXT in page_text.read_text(encoding="utf-8")
    assert "preliminary" not in page_text.read_text(encoding="utf-8")
    run(capsys, *r, "export", "--format", "iiif", "-o", str(tmp_path / "iiif"))
    iiif = " ".join(p.read_text(encoding="utf-8") for p in (tmp_path / "iiif").rglob("*.json"))
    assert "preliminary" not in iiif and "the embassy's view" in iiif and NEXT in iiif

    pdf = tmp_path / "out.pdf"
    run(capsys, *r, "export", "--format", "pdf", "--document", "1", "-o", str(pdf))  # verified
    poppler = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
    with pymupdf.open(pdf) as doc:
        mupdf = doc[0].get_text()
    for said in (poppler, mupdf):
        assert "preliminary" not in said and "annual" not in said
        assert "tentions, Embassy Moscow notes" in " ".join(said.split())
