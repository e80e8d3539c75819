"""The OCR commands of the ``redline`` command line, end to end on a generated scan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.commands.ocr import parse_pages
from app.core.errors import LibraryError, RedlineError
from app.core.ocr import run as ocr_run
from app.core.ocr.tesseract import tesseract_available
from tests.builders import DISK_FULL, stores_then_fails
from tests.core.ocr.helpers import MEMO, make_scan


def test_parse_pages() -> None:
    assert parse_pages("1,3-5, 3", 6) == [0, 2, 3, 4]
    with pytest.raises(RedlineError, match="outside pages 1-6"):
        parse_pages("5-7", 6)
    with pytest.raises(RedlineError, match="not a page number"):
        parse_pages("two", 6)


@pytest.mark.slow
def test_attach_text_to_a_scan_without_words_names_the_command_that_reads_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.ocr import companion

    pdf, _ = make_scan(tmp_path / "blank.pdf", [[]], size=(100, 100), dpi=50)
    lib = ["--library", str(tmp_path / "lib")]
    assert main([*lib, "import", str(pdf)]) == 0
    monkeypatch.setattr(companion, "tesseract_available", lambda: False)
    (tmp_path / "blank.txt").write_text("some text")
    capsys.readouterr()
    assert main([*lib, "attach-text", "blank", str(tmp_path / "blank.txt")]) == 1
    err = capsys.readouterr().err
    assert "no words to align to; read its pages with OCR first (`redline ocr`)" in err


@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_ocr_attach_text_and_doubtful_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, _ = make_scan(tmp_path / "memo.pdf", [MEMO[:3]], size=(420, 100), dpi=300)
    lib = ["--library", str(tmp_path / "lib")]
    assert main([*lib, "import", str(pdf)]) == 0
    capsys.readouterr()

    assert main([*lib, "ocr"]) == 0
    assert "1 page," in capsys.readouterr().out
    assert main([*lib, "search", "Havana"]) == 0
    assert "memo" in capsys.readouterr().out
    assert main([*lib, "ocr", "memo"]) == 0
    assert "Nothing to OCR" in capsys.readouterr().out
    assert main([*lib, "ocr", "memo", "--pages", "2"]) == 1
    assert "outside pages 1-1" in capsys.readouterr().err

    companion = tmp_path / "memo.txt"
    companion.write_text(" ".join(MEMO[:3]).replace("Havana", "Hevana") + " EXTRA STAMP")
    assert main([*lib, "attach-text", "memo", str(companion)]) == 0
    out = capsys.readouterr().out
    assert "; 1 unaligned span\n" in out and "EXTRA STAMP" in out
    assert main([*lib, "doubtful", "memo"]) == 0
    assert "text says 'Hevana'" in capsys.readouterr().out


def test_doubtful_leaves_out_lone_punctuation_as_the_window_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.ids import PageId, TextLayerId
    from app.core.ocr import doubtful

    def word(seq: int, text: str) -> doubtful.DoubtfulWord:
        return doubtful.DoubtfulWord(
            PageId(1), 0, TextLayerId(1), seq, text, 0, len(text), None, 40.0, ("low-confidence",)
        )

    found = [word(0, "Hevana"), word(1, ";"), word(2, "—"), word(3, "1962")]
    monkeypatch.setattr(doubtful, "document_doubtful_words", lambda *a, **k: found)
    pdf, _ = make_scan(tmp_path / "memo.pdf", [MEMO[:3]], size=(420, 100), dpi=300)
    lib = ["--library", str(tmp_path / "lib")]
    assert main([*lib, "import", str(pdf)]) == 0
    capsys.readouterr()
    assert main([*lib, "doubtful", "memo"]) == 0
    out, err = capsys.readouterr()
    assert "Hevana" in out and "1962" in out and ";" not in out and "—" not in out
    assert err == "2 doubtful words (2 lone punctuation marks left out: --with-punctuation)\n"
    assert main([*lib, "doubtful", "memo", "--with-punctuation"]) == 0
    out, err = capsys.readouterr()
    assert ";" in out and err == "4 doubtful words\n"


def test_attach_text_warns_of_another_documents_text_and_will_not_activate_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.builders import make_text_pdf

    lib = ["--library", str(tmp_path / "lib")]
    memo = "The ambassador met the minister in Vienna on Tuesday to discuss the treaty."
    assert main([*lib, "import", str(make_text_pdf(tmp_path / "memo.pdf", [memo]))]) == 0
    other = tmp_path / "recipe.txt"
    other.write_text("Preheat the oven, butter a shallow dish and whisk four eggs with cream.")
    capsys.readouterr()
    assert main([*lib, "attach-text", "memo", str(other), "--activate"]) == 1
    err = capsys.readouterr().err
    assert "were found on the scan: it may be another document's text; nothing was" in err
    assert "--force makes it the pages' text all the same" in err
    assert main([*lib, "attach-text", "memo", str(other)]) == 0  # a layer of its own, said
    assert "redline: warning: only 8% of the text's words were found" in capsys.readouterr().err
    assert main([*lib, "attach-text", "memo", str(other), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["alike"] == 1 and "redline: warning: only 8%" in err
    assert main([*lib, "attach-text", "memo", str(other), "--force"]) == 1
    assert "--force goes with --activate" in capsys.readouterr().err
    assert main([*lib, "attach-text", "memo", str(other), "--activate", "--force"]) == 0
    assert main([*lib, "search", "Preheat"]) == 0
    assert "memo" in capsys.readouterr().out


@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_ocr_the_library_stopped_says_why_then_what_was_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The library stops the run after the first page is stored (a full disk, a server gone):
    `redline ocr` says why, then that the page read before it keeps its new text; exit 1."""
    pdf, _ = make_scan(tmp_path / "three.pdf", [MEMO[:1]] * 3, size=(300, 60), dpi=100)
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "import", str(pdf)]) == 0
    store, _ = stores_then_fails(ocr_run._store, LibraryError(DISK_FULL))
    monkeypatch.setattr(ocr_run, "_store", store)
    capsys.readouterr()
    assert main(["--library", lib, "ocr", "--mode", "always", "--dpi", "100"]) == 1
    assert capsys.readouterr().err.splitlines()[-2:] == [
        f"redline: {DISK_FULL}",
        "redline: stopped; the page read before it keeps its new text",
    ]


def test_ocr_the_library_stopped_before_any_page_says_only_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stopped before a page was stored (the walk's full disk): it went on "redline: stopped;
    the 0 pages read before it keep their new text"."""
    pdf, _ = make_scan(tmp_path / "three.pdf", [MEMO[:1]] * 3, size=(300, 60), dpi=100)
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "import", str(pdf)]) == 0

    def full(*_args: object) -> None:
        raise LibraryError(DISK_FULL)

    monkeypatch.setattr(ocr_run, "_store", full)
    capsys.readouterr()
    assert main(["--library", lib, "ocr", "--mode", "always", "--dpi", "100"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == f"redline: {DISK_FULL}" and "0 pages" not in err


@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_import_whose_ocr_the_library_stopped_says_why_and_keeps_the_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`redline import --ocr always` whose OCR the library stops after the first page: the
    document stays imported, the command says why and that the page read keeps its text."""
    pdf, _ = make_scan(tmp_path / "three.pdf", [MEMO[:1]] * 3, size=(300, 60), dpi=100)
    lib = str(tmp_path / "lib")
    store, _ = stores_then_fails(ocr_run._store, LibraryError(DISK_FULL))
    monkeypatch.setattr(ocr_run, "_store", store)
    assert main(["--library", lib, "import", "--ocr", "always", str(pdf)]) == 1
    assert capsys.readouterr().err.splitlines()[-2:] == [
        f"redline: {DISK_FULL}",
        "redline: stopped; the page read before it keeps its new text",
    ]
    assert main(["--library", lib, "list"]) == 0
    assert "three" in capsys.readouterr().out


def test_doubtful_leaves_out_the_words_a_person_corrected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.documents.textlayer import RawWord
    from tests.core.exchange.helpers import library_with_words

    monkeypatch.setenv("REDLINE_AUTHOR", "Hanna")
    read = [("Memo", 95.0), ("f0r", 31.0), ("tbe", 40.0)]
    words = [RawWord(t, 72 + 60 * i, 72, 120 + 60 * i, 84, 1, 1, i, c)
             for i, (t, c) in enumerate(read)]  # fmt: skip
    lib = ["--library", str(library_with_words(tmp_path, words))]
    add = [*lib, "annotate", "add", "scan", "--page", "1", "--kind", "correction"]
    assert main([*add, "--quote", "f0r", "--value", "for"]) == 0
    capsys.readouterr()
    assert main([*lib, "doubtful", "scan"]) == 0
    out, err = capsys.readouterr()
    assert out == "page 1 word 3: tbe (40%)\n"
    assert err == "1 doubtful word (1 corrected word left out: --with-corrected)\n"
    assert main([*lib, "doubtful", "scan", "--with-corrected"]) == 0
    out, err = capsys.readouterr()
    assert "word 2: f0r (31%) / corrected to 'for'\n" in out and err == "2 doubtful words\n"
    assert main([*lib, "doubtful", "scan", "--with-corrected", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(w["text"], w["corrected"]) for w in listed] == [("f0r", "for"), ("tbe", None)]
