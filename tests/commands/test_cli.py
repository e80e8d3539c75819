"""The command line: exit codes, one-line errors, JSON output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.core.documents.metadata import set_document_metadata
from app.core.library import Library
from tests.builders import make_text_pdf
from tests.commands.helpers import run
from tests.core.ocr.files_helpers import TWO_LINES, alto


def test_import_list_info_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = str(tmp_path / "lib")
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["Kozyrev's European security plan."])
    code, out, _ = run(capsys, "--library", lib, "import", str(pdf), "--json")
    assert code == 0 and json.loads(out)[0]["status"] == "imported"
    code, out, _ = run(capsys, "--library", lib, "list", "--json")
    (doc,) = json.loads(out)
    assert code == 0 and doc["title"] == "memo" and doc["page_count"] == 1
    code, out, _ = run(capsys, "--library", lib, "info", "memo.pdf", "--json")
    info = json.loads(out)
    assert code == 0 and info["pages"][0]["text_layers"] == ["pdf-text-layer"]
    assert (info["source_name"], info["pages_needing_ocr"], info["metadata"]) == ("memo.pdf", 0, {})
    with Library.open(Path(lib)) as opened:
        set_document_metadata(opened, info["id"], {"case_number": "F-2017-13804"}, author="Ada")
    code, out, _ = run(capsys, "--library", lib, "info", info["uuid"])
    assert "case_number: F-2017-13804  [person]" in out
    assert "page 1: 612x792 pt, rotation 0, pdf-text-layer, unreviewed" in out
    code, out, _ = run(capsys, "--library", lib, "info", "memo", "--json")
    value = json.loads(out)["metadata"]["case_number"]
    assert value == {"value": "F-2017-13804", "origin": "person", "rule_id": None,
                     "confidence": None, "author": "Ada"}  # fmt: skip
    code, out, _ = run(capsys, "--library", lib, "search", "security", "plan", "--json")
    hits = json.loads(out)["hits"]
    assert code == 0 and hits[0]["document_title"] == "memo" and hits[0]["page_index"] == 0
    code, out, _ = run(capsys, "--library", lib, "search", "security")
    assert "memo  p. 1" in out and "«security»" in out


def test_info_names_the_file_an_imported_layer_came_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(tmp_path / "lib")
    run(capsys, "--library", lib, "import", str(make_text_pdf(tmp_path / "memo.pdf")))
    exported = tmp_path / "exports" / "abbyy-0001.xml"
    exported.parent.mkdir()
    exported.write_text(alto(TWO_LINES), encoding="utf-8")
    code, _, err = run(capsys, "--library", lib, "attach-text", "memo", str(exported))
    assert code == 0, err
    code, out, _ = run(capsys, "--library", lib, "info", "memo")
    assert "pdf-text-layer, imported-alto (abbyy-0001.xml)," in out and "exports" not in out
    code, out, _ = run(capsys, "--library", lib, "info", "memo", "--json")
    [page] = json.loads(out)["pages"]
    assert [x["file"] for x in page["layers"]] == [None, "abbyy-0001.xml"]  # the active first
    assert page["text_layers"] == ["pdf-text-layer", "imported-alto"]


def test_bad_files_give_one_line_each_and_nonzero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(tmp_path / "lib")
    good = make_text_pdf(tmp_path / "good.pdf")
    bad = tmp_path / "bad.pdf"
    bad.write_text("nope")
    code, out, err = run(capsys, "--library", lib, "import", str(bad), str(good))
    assert code == 1
    assert err.strip().splitlines() == [
        f"failed: {bad}: not a PDF or a PNG, JPEG or TIFF image",
        "2 files: 1 imported, 0 already in the library, 1 failed",
    ]
    assert out.startswith("imported: ")


def test_errors_are_one_line_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(tmp_path / "lib")
    code, _, err = run(capsys, "--library", lib, "list")
    assert code == 1 and "There is no library" in err and "redline import" in err
    run(capsys, "--library", lib, "import", str(make_text_pdf(tmp_path / "m.pdf")))
    code, _, err = run(capsys, "--library", lib, "info", "nothing-here")
    assert code == 1 and err.count("\n") == 1 and "No document" in err
    code, _, err = run(capsys, "--library", lib, "search", '"open')
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_library_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_dir = tmp_path / "lib"
    not_a_dir.write_text("x")
    code, _, err = run(capsys, "--library", str(not_a_dir), "list")
    assert code == 1 and "is a file" in err


def test_environment_chooses_the_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REDLINE_LIBRARY", str(tmp_path / "envlib"))
    run(capsys, "import", str(make_text_pdf(tmp_path / "m.pdf")))
    assert (tmp_path / "envlib" / "library.sqlite").exists()


def test_installed_command_reports_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "app.cli", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("redline ")


_FULL_AT_CLOSE = """
import sqlite3, sys
from sqlalchemy.exc import OperationalError
import db.engine

def full(self):
    error = sqlite3.OperationalError("database or disk is full")
    raise OperationalError("PRAGMA wal_checkpoint(TRUNCATE)", {}, error)

db.engine.Database.checkpoint = full
from app.cli import main
raise SystemExit(main(["--library", sys.argv[1], "import", sys.argv[2]]))
"""


def test_a_warning_reads_as_the_commands_other_lines(tmp_path: Path) -> None:
    """A library whose tidying on close fails (a full disk): one line, ``redline: …`` in the
    database's words, where the command printed ``WARNING:db.engine:…``, SQLAlchemy's SQL and
    its link (3 lines)."""
    lib = str(tmp_path / "lib")
    pdf = str(make_text_pdf(tmp_path / "memo.pdf", ["Memo."]))
    subprocess.run([sys.executable, "-m", "app.cli", "--library", lib, "import", pdf], check=True)
    out = subprocess.run(
        [sys.executable, "-c", _FULL_AT_CLOSE, lib, pdf],
        capture_output=True, text=True, env={**os.environ, "REDLINE_LOG": "WARNING"},
    )  # fmt: skip
    assert out.returncode == 0 and out.stdout.startswith("duplicate: "), out.stderr
    assert out.stderr == (
        "redline: the library was not tidied on close (database or disk is full); nothing is "
        "lost: what was saved is read again at the next open\n"
    )


def test_the_program_exits_at_once_with_its_output_whole_and_its_code(tmp_path: Path) -> None:
    """`redline` leaves without tearing the interpreter down (app.cli.run): what it printed is
    all there, piped or cut short by the reader, and its exit code is the command's."""
    lib = str(tmp_path / "lib")
    pdfs = [str(make_text_pdf(tmp_path / f"memo{i}.pdf", [f"Memo {i}."])) for i in range(30)]
    redline = [sys.executable, "-m", "app.cli", "--library", lib]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # output buffered
    subprocess.run([*redline, "import", *pdfs], capture_output=True, check=True, env=env)
    out = subprocess.run(
        [*redline, "list", "--json"], capture_output=True, text=True, check=True, env=env
    )
    assert len(json.loads(out.stdout)) == 30
    head = subprocess.Popen(
        [*redline, "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert head.stdout is not None and head.stdout.readline()  # `redline list | head -1`
    head.stdout.close()
    assert head.wait() == 0 and b"Traceback" not in head.communicate()[1]
    missing = subprocess.run(
        [sys.executable, "-m", "app.cli", "--library", str(tmp_path / "none"), "info", "x"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 1 and missing.stderr.startswith("redline: There is no library")


def test_a_command_pauses_the_collector_and_leaves_it_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a command loads its modules the collector waits; once its library is open it runs
    again, with what start-up made frozen out of its way; afterwards all is as before."""
    import gc

    from app.commands import library as library_commands

    seen: list[tuple[bool, int]] = []
    real = library_commands._all_rows

    def spy(lib: Any) -> Any:
        seen.append((gc.isenabled(), gc.get_freeze_count()))
        return real(lib)

    monkeypatch.setattr(library_commands, "_all_rows", spy)
    lib = str(tmp_path / "lib")
    run(capsys, "--library", lib, "import", str(make_text_pdf(tmp_path / "m.pdf")))
    assert run(capsys, "--library", lib, "list")[0] == 0
    ((running, frozen),) = seen
    assert running and frozen > 0
    assert gc.isenabled() and gc.get_freeze_count() == 0


@pytest.mark.slow
def test_import_with_ocr_makes_a_scan_searchable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.core.ocr.tesseract import tesseract_available
    from app.samples.generator import generate_memo_pdf

    if not tesseract_available():
        pytest.skip("tesseract is not installed")
    truth = generate_memo_pdf(tmp_path / "scan.pdf", dpi=200, noise=0.2, skew_degrees=0.3)
    word = max((w.text for w in truth.pages[0].words if w.text.isalpha()), key=len)
    lib = str(tmp_path / "lib")
    code, out, _ = run(capsys, "--library", lib, "import", str(truth.path), "--ocr", "auto")
    assert code == 0 and "OCR: 1 page," in out and "run `redline ocr`" not in out
    code, out, _ = run(capsys, "--library", lib, "search", word, "--json")
    assert code == 0 and json.loads(out)["total"] == 1


def test_import_with_companion_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = str(tmp_path / "lib")
    text = "Kozyrev proposed a new European security structure to the ministers."
    pdf = make_text_pdf(tmp_path / "memo.pdf", [text])
    companion = tmp_path / "memo.ocr.txt"
    companion.write_text(text.replace("security", "secur1ty"))
    code, out, _ = run(
        capsys, "--library", lib, "import", str(pdf), "--text", str(companion), "--json"
    )
    report = json.loads(out)
    assert code == 0 and report["files"][0]["status"] == "imported"
    assert report["alignment"]["words"] == 10 and report["alignment"]["aligned"] == 10
    code, _, err = run(capsys, "--library", lib, "import", str(pdf), str(pdf), "--text", "x")
    assert code == 1 and "exactly one scan" in err


def test_context_reopens_for_writing_after_a_read(tmp_path: Path) -> None:
    from app.commands.context import Context
    from app.core.documents.ingest import import_file
    from app.core.library import Library

    with Library.open(tmp_path / "lib") as lib:
        import_file(lib, make_text_pdf(tmp_path / "memo.pdf"))
    ctx = Context(tmp_path / "lib")
    ctx.resolve_documents(["memo"])  # opens the library read-only
    assert ctx.library(read_only=True).read_only
    assert not ctx.library().read_only  # a command that writes after resolving still can
    ctx.close()


def test_list_reads_every_document_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.commands import library as library_commands

    monkeypatch.setattr(library_commands, "LIST_BATCH", 2)
    lib = str(tmp_path / "lib")
    pdfs = [str(make_text_pdf(tmp_path / f"m{i}.pdf", [f"Memo number {i}."])) for i in range(4)]
    run(capsys, "--library", lib, "import", *pdfs)
    for count in (4, 5):  # a last batch that is full, and one that is short
        code, out, _ = run(capsys, "--library", lib, "list", "--json")
        assert code == 0 and sorted(d["title"] for d in json.loads(out)) == [
            f"m{i}" for i in range(count)
        ]
        if count == 4:
            pdf = make_text_pdf(tmp_path / "m4.pdf", ["Memo number 4."])
            run(capsys, "--library", lib, "import", str(pdf))


def test_detect_names_each_document_by_its_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Over a whole library, "document 7: …" told a person nothing: each line starts with the
    title (its id beside it for the commands that take one)."""
    lib = str(tmp_path / "lib")
    for name in ("memo", "cable"):
        make_text_pdf(tmp_path / f"{name}.pdf", ["SECRET", "Case No. F-2017-13804"])
        assert run(capsys, "--library", lib, "import", str(tmp_path / f"{name}.pdf"))[0] == 0
    code, out, _ = run(capsys, "--library", lib, "detect")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("memo (document 1): ") and "new marking proposal" in lines[0]
    assert lines[1].startswith("cable (document 2): ")


def test_search_shows_a_hit_in_a_correction_where_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`redline search` of a word only a correction made showed the page's first line."""
    monkeypatch.setenv("REDLINE_AUTHOR", "Hanna")
    lib = str(tmp_path / "lib")
    page = " ".join(["AGENCY INFORMATION RECORD NUMBER"] * 5) + " COMMENTS: INC CABLRGRAM, 2 MEMO"
    run(capsys, "--library", lib, "import", str(make_text_pdf(tmp_path / "form.pdf", [page])))
    add = ("--library", lib, "annotate", "add", "form", "--page", "1", "--kind", "correction")
    code, _, err = run(capsys, *add, "--quote", "CABLRGRAM", "--value", "CABLEGRAM")
    assert code == 0, err
    code, out, _ = run(capsys, "--library", lib, "search", "CABLEGRAM")
    assert code == 0 and "form  p. 1  (doc 1)  [corrected reading]" in out
    assert "INC «CABLEGRAM», 2 MEMO" in " ".join(out.split())
    code, out, _ = run(capsys, "--library", lib, "search", "CABLEGRAM", "--json")
    [hit] = json.loads(out)["hits"]
    assert hit["corrected"] is True and "«CABLEGRAM»" in hit["snippet"]
    code, out, _ = run(capsys, "--library", lib, "search", "MEMO")
    assert "[corrected reading]" not in out and "«MEMO»" in out
