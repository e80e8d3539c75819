"""Every publication reads its own output back and refuses one that leaks (app.core.exchange.
readback, ocr_readback, text.check_text): a writer made to forget one masked word, one left-out
word, one painted box, one left-out annotation or one masked quote, and the export refuses with
one message naming the page, leaving nothing where it would have written; the same export with
the writer as it is publishes (no false alarm: the quote's neighbours on its lines, notes on
them, a correction joining the two halves of a word split over a line break next to it).

The library is the one of lines_helpers: a quote over two lines redacted and
accepted, a note before it, one after it and one inside it."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.cli import main
from app.core.documents.ingest import import_file
from app.core.documents.textlayer import RawWord
from app.core.exchange import (
    csv_export,
    iiif_json,
    readback,
    redacted,
    w3c,
    web_annotation,
)
from app.core.exchange.canvas import PageSpace
from app.core.exchange.common import ExportError, ExportScope
from app.core.exchange.csv_export import export_csv
from app.core.exchange.iiif import export_iiif
from app.core.exchange.ocr_export import export_ocr
from app.core.exchange.redacted import MASK, PageRedactions
from app.core.exchange.text import export_text
from app.core.exchange.w3c import export_w3c
from app.core.exchange.withheld import withheld
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.library import Library
from db.wordpack import WordRow
from tests.builders import make_text_pdf
from tests.core.exchange.helpers import library_with_words
from tests.core.exchange.lines_helpers import QUOTED, lib, library_of_lines, run

__all__ = ["lib"]  # (the fixture)


def refused(name: str, what: str) -> str:
    """The message of a refused export (a pattern)."""
    return re.escape(f"page 1 of 'scan': {name} still holds {what}") + r".*; nothing was written$"


def nothing_in(folder: Path) -> None:
    """Nothing is left where the export wrote (no file, no folder, no temporary)."""
    assert sorted(p.name for p in folder.iterdir()) == []


@pytest.fixture
def out(tmp_path: Path) -> Path:
    (tmp_path / "out").mkdir()
    return tmp_path / "out"


def test_the_text_export_refuses_a_word_left_unmasked(
    lib: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library.open(lib) as library:
        export_text(library, out / "fine.txt")  # (the check passes on what it should publish)
        assert MASK in (out / "fine.txt").read_text(encoding="utf-8")
        (out / "fine.txt").unlink()
        real = redacted.mask

        def one_word_left(said: str, spans: Sequence[tuple[int, int]]) -> str:
            masked, at = real(said, spans), said.find("employing")
            return masked if at < 0 else masked[:at] + "employing" + masked[at + 9 :]

        monkeypatch.setattr("app.core.exchange.text.mask", one_word_left)
        with pytest.raises(ExportError, match=r"page 1 of 'scan': t\.txt still holds redacted"):
            export_text(library, out / "t.txt")
        nothing_in(out)
        with pytest.raises(ExportError, match="still holds redacted characters"):
            export_text(library, out / "each", per_document=True)
        nothing_in(out)


def _one_word_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """The OCR layouts' writer forgets the last word a redaction covers."""
    real = redacted.covered_words

    def all_but_one(
        redactions: PageRedactions, layer_id: TextLayerId | None, words: Sequence[WordRow]
    ) -> set[int]:
        return set(sorted(real(redactions, layer_id, words))[:-1])

    monkeypatch.setattr("app.core.exchange.ocr_layout.covered_words", all_but_one)


@pytest.mark.parametrize("rotation", [0, 90])
@pytest.mark.parametrize(
    ("fmt", "name"),
    [("alto", "p0001.alto.xml"), ("page", "p0001.page.xml"), ("hocr", "document.hocr")],
)
def test_the_ocr_layouts_refuse_a_word_left_in(
    lib: Path,
    out: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    name: str,
    rotation: int,
) -> None:
    """(On a page shown turned too, its lines reading as they do unturned: its words are
    compared in the page's own points. The scan itself is not turned, so no images then.)"""
    if rotation:
        (tmp_path / "turned").mkdir()
        lib = library_of_lines(tmp_path / "turned", capsys, rotation)
    with Library.open(lib) as library:
        summary = export_ocr(library, out / "fine", fmt=fmt, dpi=72, images=not rotation)
        assert summary.withheld == 6  # ("notes that the USSR", "is employing")
        _one_word_kept(monkeypatch)
        with pytest.raises(ExportError, match=refused(name, "a word under a redaction")):
            export_ocr(library, out / "leaked", fmt=fmt, dpi=72)
        assert not (out / "leaked").exists()
        assert sorted(p.name for p in out.iterdir()) == ["fine"]


def test_the_ocr_page_images_refuse_a_box_left_unpainted(
    lib: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = redacted.page_redactions

    def one_box_less(conn: Any, page_id: PageId) -> PageRedactions:
        found = real(conn, page_id)
        assert len(found.boxes) == 2  # a box per printed line of the quote
        return PageRedactions(found.boxes[:-1], found.spans, found.rotation)

    monkeypatch.setattr("app.core.exchange.ocr_export.page_redactions", one_box_less)
    with Library.open(lib) as library, pytest.raises(ExportError) as caught:
        export_ocr(library, out / "leaked", fmt="alto", dpi=72, images=True)
    assert str(caught.value) == (
        "page 1 of 'scan': p0001.png shows pixels inside a burned-in region; nothing was written"
    )
    nothing_in(out)


def _raw_text(folder: Path, page: PageSpace) -> None:
    path = folder / page.ids.path(page.text_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page.raw_text, encoding="utf-8")


def _unmasked_quotes(page: PageSpace, layer_id: TextLayerId) -> str:
    return page.raw_text if layer_id == page.layer_id else page.other_layer_text(layer_id)


def _everything_published(*args: Any) -> bool:
    return False


LEAKS: dict[str, tuple[Callable[[pytest.MonkeyPatch], None], str]] = {
    "the note inside the quote": (
        lambda m: m.setattr(web_annotation, "over_redaction", _everything_published),
        "an annotation over a redaction",
    ),
    "the quotes unmasked": (
        lambda m: m.setattr(web_annotation, "published_text", _unmasked_quotes),
        "redacted characters",
    ),
}


@pytest.mark.parametrize("leak", sorted(LEAKS))
def test_the_w3c_export_refuses_what_leaks(
    lib: Path, out: Path, monkeypatch: pytest.MonkeyPatch, leak: str
) -> None:
    with Library.open(lib) as library:
        summary = export_w3c(library, out / "fine.jsonld")
        assert summary.left_out == 1
        plant, what = LEAKS[leak]
        plant(monkeypatch)
        with pytest.raises(ExportError, match=refused("set.jsonld", what)):
            export_w3c(library, out / "set.jsonld")
    assert sorted(p.name for p in out.iterdir()) == ["fine-text", "fine.jsonld"]


def test_the_w3c_export_refuses_a_page_text_left_unmasked(
    lib: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(w3c, "write_page_text", _raw_text)
    with Library.open(lib) as library, pytest.raises(ExportError) as caught:
        export_w3c(library, out / "set.jsonld")
    assert "page 1 of 'scan': set-text/" in str(caught.value)
    assert "/text/page-0001.txt still holds redacted characters" in str(caught.value)
    nothing_in(out)


def test_the_w3c_export_refuses_a_redactions_note(
    lib: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An accepted redaction's note says what the box hides: never published."""
    with Library.open(lib) as library, library.transaction() as s:
        s.connection().exec_driver_sql(
            "UPDATE annotations SET body = json_set(body, '$.note', 'the agent is Smith') "
            "WHERE kind = 'redaction'"
        )
    real = web_annotation.bodies

    def with_notes(rec: dict[str, Any], tags: dict[str, str]) -> list[dict[str, Any]]:
        note = rec["body"].get("note")
        return real(rec, tags) + ([web_annotation.text_body(note, "commenting")] if note else [])

    with Library.open(lib) as library:
        export_w3c(library, out / "fine.jsonld")
        said = (out / "fine.jsonld").read_text(encoding="utf-8")
        assert "Smith" not in said
        monkeypatch.setattr(web_annotation, "bodies", with_notes)
        with pytest.raises(ExportError, match=refused("set.jsonld", "the note of a redaction")):
            export_w3c(library, out / "set.jsonld")
    assert not (out / "set.jsonld").exists() and not (out / "set-text").exists()


@pytest.mark.parametrize("leak", sorted(LEAKS))
def test_the_csv_export_refuses_what_leaks(
    lib: Path, out: Path, monkeypatch: pytest.MonkeyPatch, leak: str
) -> None:
    with Library.open(lib) as library:
        assert export_csv(library, out / "fine.csv").left_out == 1
        plant, what = LEAKS[leak]
        plant(monkeypatch)
        monkeypatch.setattr(csv_export, "over_redaction", web_annotation.over_redaction)
        monkeypatch.setattr(csv_export, "published_text", web_annotation.published_text)
        with pytest.raises(ExportError, match=refused("set.csv", what)):
            export_csv(library, out / "set.csv")
    assert sorted(p.name for p in out.iterdir()) == ["fine.csv"]


def test_a_correction_joining_a_word_over_the_line_break_next_to_the_quote_is_no_leak(
    lib: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'in-' / 'tentions,' corrected to one word: its box spans both lines, over the redacted
    words of the second; its text moves every offset after it. Every output publishes."""
    add = ("--library", str(lib), "annotate", "add", "1", "--page", "1")
    run(capsys, *add, "--kind", "correction", "--quote", "in- tentions,", "--value", "intentions,")
    for fmt, name in (("alto", "a"), ("page", "p"), ("hocr", "h"), ("text", "t.txt"),
                      ("w3c", "w.jsonld"), ("csv", "c.csv")):  # fmt: skip
        more = ("--dpi", "72", "--images") if fmt in ("alto", "page", "hocr") else ()
        run(capsys, "--library", str(lib), "export", "--format", fmt, "-o", str(out / name), *more)
    said = (out / "t.txt").read_text(encoding="utf-8")
    assert "Soviet intentions, Embassy Moscow " + MASK * 5 in said
    [alto] = (out / "a").rglob("*.alto.xml")
    assert 'CONTENT="intentions,"' in alto.read_text(encoding="utf-8")
    for path in [p for p in out.rglob("*") if p.suffix in (".xml", ".hocr")]:
        assert not any(w in path.read_text(encoding="utf-8") for w in QUOTED), path


def test_the_command_line_says_it_and_fails(
    lib: Path, out: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _one_word_kept(monkeypatch)
    code = main(["--library", str(lib), "export", "--format", "alto", "-o", str(out / "a")])
    _, err = capsys.readouterr()
    assert code != 0
    assert "page 1 of 'scan': p0001.alto.xml still holds a word under a redaction" in err
    assert "Traceback" not in err
    nothing_in(out)


def test_a_word_is_known_by_its_own_box_where_ocr_boxes_overlap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on cia-cib-02989474 page 3: an OCR box 45 points tall ('TURKS3'), on the redacted
    word's line by the line rule, holds the centre of its neighbour ('MOSCOW'). The redaction takes
    'TURKS3' (its line box meets the box) and burns it whole, over 'MOSCOW', which it then takes
    too, in every publication (app.core.exchange.withheld; until 2026-12-08 the OCR exports
    published 'MOSCOW' under a painted 'TURKS3' and the publication PDF left it out); the
    exports are not refused for the boxes overlapping."""
    words = [
        RawWord("MOSCOW", 154.6, 221.0, 210.0, 247.2, line=0, word=0),
        RawWord("OFFERS", 215.3, 222.2, 266.4, 246.3, line=0, word=1),
        RawWord("TURKS3", 154.6, 223.9, 250.3, 269.1, line=1, word=0),
    ]
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    library = library_with_words(tmp_path, words)
    run(capsys, "--library", str(library), "annotate", "add", "1", "--page", "1",
        "--kind", "redaction", "--region", "215.3,222.2,51.1,24.1")  # fmt: skip
    for fmt in ("alto", "page", "hocr"):
        run(capsys, "--library", str(library), "export", "--format", fmt, "-o",
            str(tmp_path / fmt))  # fmt: skip
        [said] = [p.read_text("utf-8") for p in (tmp_path / fmt).rglob(f"*.{fmt[:4]}*")]
        assert "OFFERS" not in said and "TURKS3" not in said and "MOSCOW" not in said, fmt


@pytest.mark.parametrize("leak", sorted(LEAKS))
def test_the_iiif_export_refuses_what_leaks_in_its_annotation_pages(
    lib: Path, out: Path, monkeypatch: pytest.MonkeyPatch, leak: str
) -> None:
    plant, what = LEAKS[leak]
    plant(monkeypatch)
    with Library.open(lib) as library, pytest.raises(ExportError) as caught:
        export_iiif(library, out / "site")
    said = str(caught.value)
    assert re.fullmatch(rf"page 1 of 'scan': site/.*/annotations-0001\.json still holds {what}"
                        r".*; nothing was written", said), said  # fmt: skip
    nothing_in(out)


def test_the_text_export_refuses_a_correction_of_a_redacted_word_left_unmasked(
    lib: Path, out: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A correction of a word under the quote must not spell it out again."""
    run(capsys, "--library", str(lib), "annotate", "add", "1", "--page", "1",
        "--kind", "correction", "--quote", "employing", "--value", "EMPLOYING")  # fmt: skip
    with Library.open(lib) as library:
        export_text(library, out / "fine.txt")
        assert "EMPLOYING" not in (out / "fine.txt").read_text(encoding="utf-8")
        (out / "fine.txt").unlink()
        monkeypatch.setattr("app.core.exchange.text.masked_corrections", lambda c, spans: c)
        with pytest.raises(ExportError, match=refused("t.txt", "redacted characters")):
            export_text(library, out / "t.txt")
    nothing_in(out)


def test_a_refused_w3c_export_leaves_no_folder_it_made(
    lib: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The set named in folders that do not exist yet: refused by its read-back, or for bad
    input, and none of those folders is left behind (an existing one stays)."""
    plant, _ = LEAKS["the quotes unmasked"]
    with monkeypatch.context() as m, Library.open(lib) as library:
        plant(m)
        with pytest.raises(ExportError, match="still holds redacted characters"):
            export_w3c(library, out / "new" / "deeper" / "set.jsonld")
    nothing_in(out)
    code = main(["--library", str(lib), "export", "--format", "w3c", "--tag", "no such tag",
                 "-o", str(out / "new" / "set.jsonld")])  # fmt: skip
    assert code != 0 and "Traceback" not in capsys.readouterr().err
    nothing_in(out)
    with Library.open(lib) as library:  # (what a successful export makes stays)
        export_w3c(library, out / "new" / "deeper" / "set.jsonld")
    assert sorted(p.name for p in (out / "new" / "deeper").iterdir()) == ["set-text", "set.jsonld"]


def test_the_page_text_read_back_reads_only_the_folders_documents(
    lib: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mapping a folder's page texts to documents reads the documents the folder names (by uuid,
    IN, in chunks), not every document of the library."""
    with Library.open(lib) as library:
        other = import_file(library, make_text_pdf(out.parent / "other.pdf")).document_id
        assert other is not None
        export_w3c(library, out / "one.jsonld", ExportScope(documents=[DocumentId(other)]))
        export_w3c(library, out / "both.jsonld")
        with library.reading() as s:
            uuids: dict[int, str] = dict(
                s.connection().exec_driver_sql("SELECT id, uuid FROM documents").all()
            )
    asked: list[tuple[str, Any]] = []

    def listen(conn: Any, cursor: Any, sql: str, params: Any, *rest: Any) -> None:
        if re.search(r"\bFROM documents\b", sql):
            asked.append((sql, params))

    monkeypatch.setattr(readback, "UUID_CHUNK", 1, raising=False)
    for name, expected in (
        ("one", [[uuids[other]]]),
        ("both", [[u] for u in sorted(uuids.values())]),
    ):
        asked.clear()
        with Library.open(lib) as library, library.reading() as s:
            conn = s.connection()
            event.listen(conn, "before_cursor_execute", listen)
            readback.check_page_texts(conn, out / f"{name}-text", f"{name}-text")
            event.remove(conn, "before_cursor_execute", listen)
        lookups = [(sql, list(params)) for sql, params in asked if "title" not in sql]
        assert all("WHERE uuid IN (?)" in sql for sql, _ in lookups), lookups
        assert sorted(params for _, params in lookups) == expected


def _raw_lines(monkeypatch: pytest.MonkeyPatch, grown: int) -> None:
    """The IIIF writer's OCR lines made of the page's unmasked text (their boxes ``grown`` by
    that many pixels on each side: boxes of no line of the page)."""
    real = iiif_json.line_annotations

    def unmasked_lines(page: PageSpace, page_id: str) -> list[dict[str, Any]]:
        raw = copy.copy(page)
        raw.__dict__["text"] = page.raw_text  # (the cached published text)
        items = real(raw, page_id)
        for item in items:
            canvas, _, fragment = item["target"].partition("#xywh=")
            x, y, w, h = (int(v) for v in fragment.split(","))
            box = (x - grown, y - grown, w + 2 * grown, h + 2 * grown)
            item["target"] = f"{canvas}#xywh={','.join(str(v) for v in box)}"
        return items

    monkeypatch.setattr(iiif_json, "line_annotations", unmasked_lines)


@pytest.mark.parametrize("grown", [0, 2])
def test_the_iiif_export_refuses_a_covered_word_in_its_ocr_lines(
    lib: Path, out: Path, monkeypatch: pytest.MonkeyPatch, grown: int
) -> None:
    with Library.open(lib) as library:
        export_iiif(library, out / "fine")  # (the lines as written pass)
        [lines] = (out / "fine").rglob("lines-0001.json")
        said = lines.read_text(encoding="utf-8")
        assert "Moscow" in said and not any(w in said for w in QUOTED)
        _raw_lines(monkeypatch, grown)
        with pytest.raises(ExportError) as caught:
            export_iiif(library, out / "site")
    said = str(caught.value)
    assert re.fullmatch(r"page 1 of 'scan': site/.*/150dpi/lines-0001\.json still holds a word "
                        r"under a redaction; nothing was written", said), said  # fmt: skip
    assert sorted(p.name for p in out.iterdir()) == ["fine"]


def test_the_iiif_export_checks_its_page_images_with_boxes_of_its_own(
    lib: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer that computes the wrong boxes (here: the first line of the quote only) paints
    and checks its image by them; the read-back, by the covered words' boxes in the library,
    refuses it (nor paints the words the quote takes whole, which would paint the second line:
    the writer's own rule, :func:`app.core.exchange.withheld.withheld`, it forgot too)."""
    real = redacted.burned_boxes
    monkeypatch.setattr(redacted, "burned_boxes", lambda *args: real(*args)[:1])
    monkeypatch.setattr("app.core.exchange.redacted.withheld",
                        lambda *args: replace(withheld(*args), grown=()))  # fmt: skip
    with Library.open(lib) as library, pytest.raises(ExportError) as caught:
        export_iiif(library, out / "site")
    said = str(caught.value)
    assert re.fullmatch(r"page 1 of 'scan': site/.*/150dpi/page-0001\.jpg shows pixels inside "
                        r"a burned-in region; nothing was written", said), said  # fmt: skip
    nothing_in(out)
