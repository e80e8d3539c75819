"""The issue's scenario on the real JFK scan (jfk-104-10001-10034, no text layer, OCR'd on
import), end to end on the command line, each library importing and OCRing the scan itself.

Library 1 (Ada) shares a redaction over "Johan Artur" (page 2), a note and a question; library 2
(B. Colleague) imports the set, changes the redaction's codes to "B6, B7(C)", deletes the note,
adds a correction and answers the question; meanwhile library 1 edits the redaction's note and
answers the question otherwise. Library 1 imports library 2's set: the codes and the edited note
both survive, the deletion is applied without a conflict, the correction arrives, and the
question, changed on both sides, is listed, shown and decided by a person; both libraries then
hold the same set. (The window's run of the same scenario: tests/ui/tools/
test_merge_real_scan.py.)
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.core.library import Library
from app.core.ocr.run import tesseract_available
from tests.acceptance.publication_helpers import NAME, SCAN

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not tesseract_available(), reason="the scan needs OCR (tesseract)"),
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def a_word(lib_path: str, page: int) -> str:
    """A word of the page's OCR text to correct (the first long one)."""
    with Library.open(lib_path, read_only=True, allow_read_only=True) as lib, lib.reading() as s:
        text = (
            s.connection()
            .exec_driver_sql(
                "SELECT t.text FROM pages p JOIN text_layers t ON t.id = p.active_text_layer_id "
                "WHERE p.page_index = ?",
                (page - 1,),
            )
            .scalar_one()
        )
    return next(w for w in re.findall(r"[A-Za-z]{6,}", text))


def listed_annotations(capsys: pytest.CaptureFixture[str], lib: str) -> dict[str, dict[str, Any]]:
    listed = json.loads(run(capsys, "--library", lib, "annotate", "list", "--json"))
    return {a["uuid"]: a for a in listed}


def test_the_scenario_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = str(tmp_path / "one"), str(tmp_path / "two")
    for lib in (one, two):
        run(capsys, "--library", lib, "import", str(SCAN), "--ocr", "auto")
    doc = SCAN.stem
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    red = run(capsys, "--library", one, "annotate", "add", doc, "--page", "2", "--kind",
              "redaction", "--quote", " ".join(NAME), "--codes", "b6", "--note",
              "a private person").strip()  # fmt: skip
    gone = run(capsys, "--library", one, "annotate", "add", doc, "--page", "3", "--kind", "note",
               "--note", "check the date against the cable").strip()  # fmt: skip
    asked = run(capsys, "--library", one, "annotate", "add", doc, "--page", "1", "--kind",
                "note", "--note", "who signed this?").strip()  # fmt: skip
    run(capsys, "--library", one, "export", "-o", str(tmp_path / "ada.json"))
    assert "3 added" in run(capsys, "--library", two, "import-annotations",
                            str(tmp_path / "ada.json"))  # fmt: skip

    monkeypatch.setenv("REDLINE_AUTHOR", "B. Colleague")
    run(capsys, "--library", two, "annotate", "edit", red, "--codes", "B6, B7(C)")
    run(capsys, "--library", two, "annotate", "delete", gone)
    word = a_word(two, 1)
    fix = run(capsys, "--library", two, "annotate", "add", doc, "--page", "1", "--kind",
              "correction", "--quote", word, "--value", word.upper()).strip()  # fmt: skip
    run(capsys, "--library", two, "annotate", "edit", asked, "--note", "the station chief")
    run(capsys, "--library", two, "export", "-o", str(tmp_path / "colleague.json"))

    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    run(
        capsys, "--library", one, "annotate", "edit", red, "--note", "a private person, no official"
    )
    run(capsys, "--library", one, "annotate", "edit", asked, "--note", "the ambassador")
    colleague = str(tmp_path / "colleague.json")
    dry = run(capsys, "--library", one, "import-annotations", colleague, "--dry-run")
    report = run(capsys, "--library", one, "import-annotations", colleague)
    for text in (dry, report):
        over = f"Page 2, redaction over '{' '.join(NAME)}'"
        assert f"{over}: codes B6 → B6, B7(C) (B. Colleague" in text
        assert "note kept from here" in text
        deleted = "Page 3, note by you ('check the date against the cable'): deleted by"
        assert f"{deleted} B. Colleague" in text
        assert f"Page 1, correction of '{word}': added by B. Colleague" in text
        assert "text in conflict: here 'the ambassador' (you," in text
        assert "there 'the station chief' (B. Colleague" in text
        assert "1 in conflict" in text and red not in text  # names, not uuids
    assert "would change" in dry and "redline restore" in report

    merged = listed_annotations(capsys, one)
    assert merged[red]["body"]["exemptions"] == ["B6", "B7(C)"]  # from there
    assert merged[red]["body"]["note"] == "a private person, no official"  # from here
    assert gone not in merged  # deleted (the list leaves deleted ones out)
    assert merged[fix]["body"] == {"replacement": word.upper()}
    listed = json.loads(run(capsys, "--library", one, "conflicts", "--json"))
    assert [c["uuid"] for c in listed] == [asked]  # the deletion is no conflict
    shown = run(capsys, "--library", one, "conflicts")
    assert "here 'the ambassador' (you," in shown and "there 'the station chief'" in shown
    run(capsys, "--library", one, "resolve", asked, "--take", "there")
    assert run(capsys, "--library", one, "conflicts").strip() == "nothing is in conflict"

    # Back to library 2: both hold the same set, and importing it again changes nothing.
    run(capsys, "--library", one, "export", "-o", str(tmp_path / "ada2.json"))
    monkeypatch.setenv("REDLINE_AUTHOR", "B. Colleague")
    run(capsys, "--library", two, "import-annotations", str(tmp_path / "ada2.json"))
    assert listed_annotations(capsys, one) == listed_annotations(capsys, two)
    again = json.loads(run(capsys, "--library", two, "import-annotations",
                           str(tmp_path / "ada2.json"), "--json"))  # fmt: skip
    assert again["changed"] is False and again["backup"] is None
