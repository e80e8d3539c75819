"""The core's refusals of a bad annotation file and of a leaking publication, shown in the
window's language; the command line keeps its English word for word."""

from __future__ import annotations

import json
import os
import pickle
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.annotating.records import AnnotationRecord
from app.core.annotating.records import Region as Area
from app.core.errors import LibraryError
from app.core.exchange.pdf_expected import LeakFound, Region
from app.core.exchange.pdf_file_check import check_page_text
from app.core.exchange.record_rules import InvalidAnnotationSet
from app.core.exchange.w3c_import import import_annotation_file
from app.core.ids import AnnotationId, PageId
from app.core.library import Library
from app.ui.base.language import install, say, uninstall
from tests.ui.reading import compiled


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    assert install(qapp, "de", compiled(tmp_path / "qm")) == "de"
    yield
    uninstall(qapp)


def _refusal(lib: Library, path: Path, content: bytes) -> InvalidAnnotationSet:
    path.write_bytes(content)
    with pytest.raises(InvalidAnnotationSet) as raised:
        import_annotation_file(lib, path)
    return raised.value


def test_a_bad_annotation_file_is_refused_in_german(
    review_library: Library, tmp_path: Path, german: None
) -> None:
    latin = _refusal(review_library, tmp_path / "notes.json", '{"note": "Bär"}'.encode("latin-1"))
    assert str(latin) == "notes.json is not UTF-8 text (byte 11)"
    assert say(latin) == "notes.json ist kein UTF-8-Text (Byte 11)"
    broken = _refusal(review_library, tmp_path / "cut.json", b'{"format": ')
    reason = "Expecting value: line 1 column 12 (char 11)"  # the JSON decoder's own words
    assert str(broken) == f"cut.json is not valid JSON: {reason}"
    assert say(broken) == f"cut.json ist kein gültiges JSON: {reason}"
    stray = {"id": "a1", "type": "Annotation", "body": {"type": "TextualBody", "value": "x"},
             "target": "https://example.org/elsewhere/p1"}  # fmt: skip
    nowhere = _refusal(review_library, tmp_path / "w3c.json", json.dumps([stray]).encode())
    assert str(nowhere) == (
        "none of the 1 annotations in w3c.json has a place in this library: annotation a1: "
        "its target https://example.org/elsewhere/p1 is not a page of a Redline export"
    )
    assert say(nowhere) == (
        "keine der 1 Annotationen in w3c.json hat einen Platz in dieser Bibliothek: "
        "Annotation a1: ihr Ziel https://example.org/elsewhere/p1 ist keine Seite eines "
        "Redline-Exports"
    )


def test_a_leak_the_publication_check_finds_is_reported_in_german(german: None) -> None:
    with pytest.raises(LeakFound) as raised:
        check_page_text(0, "signed by John  Smith, Director", ["John Smith"], "poppler")
    leak = pickle.loads(pickle.dumps(raised.value))  # as it comes back from the export process
    assert str(leak) == (
        "poppler still extracts the redacted text 'John Smith' outside its boxes, in 1 place:\n"
        "  page 1: “signed by John Smith, Director”\n"
        "Redact the text in these places too (a search for it finds them all), or leave its "
        "redaction visible; nothing was written."
    )
    assert say(leak) == (
        "poppler extrahiert den geschwärzten Text 'John Smith' noch außerhalb seiner Rahmen, an "
        "1 Stelle:\n"
        "  Seite 1: „signed by John Smith, Director“\n"
        "Schwärzen Sie den Text auch an diesen Stellen (eine Suche danach findet sie alle) oder "
        "lassen Sie seine Schwärzung sichtbar; es wurde nichts geschrieben."
    )
    where = Region(1, 2, pymupdf.Rect(72, 100, 272, 114)).where()
    assert str(where) == "page 2, region 2 (x 72, y 100, 200 x 14 pt)"
    assert say(where) == "Seite 2, Bereich 2 (x 72, y 100, 200 x 14 pt)"


def test_what_detection_warns_of_reads_in_german(
    library: Library, tmp_path: Path, german: None
) -> None:
    """A box drawn over text that can still be extracted: detection's warning, as the window's
    detection report shows it (it was English: the page notes were f-strings)."""
    from app.core.detection.run import detect_document
    from app.core.documents.ingest import import_file

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 200), "The Secretary met the source in Vienna on Tuesday.", fontsize=11)
    page.draw_rect(pymupdf.Rect(200, 185, 330, 205), color=(0, 0, 0), fill=(0, 0, 0))
    doc.save(tmp_path / "memo.pdf")
    outcome = import_file(library, tmp_path / "memo.pdf")
    assert outcome.document_id is not None
    [warning] = detect_document(library, outcome.document_id).warnings
    assert str(warning) == "page 1: leaky: 5 words of text under the box can be extracted"
    assert say(warning) == (
        "Seite 1: undicht: 5 Wörter Text unter dem Kasten lassen sich extrahieren"
    )


def test_a_redaction_proposals_stored_note_reads_in_german(qtbot: QtBot, german: None) -> None:
    """The detector's note is stored in English (exports carry it); the hover, the list and the
    form show it in the window's language, and the form keeps it stored as it was unless the
    person changes it."""
    from app.core.detection.redaction_notes import IMAGE_UNDER, WORDS_UNDER
    from app.ui.annotating.editor import AnnotationDialog
    from app.ui.document.annotation_style import describe, tooltip

    stored = f"{WORDS_UNDER.format(n=5)}; {IMAGE_UNDER}"
    said = (
        "undicht: 5 Wörter Text unter dem Kasten lassen sich extrahieren; "
        "undicht: ein Bild unter dem Kasten lässt sich extrahieren"
    )
    now = datetime.now(UTC)
    proposal = AnnotationRecord(
        AnnotationId(1), "u1", PageId(1), "redaction", "proposed", None, Area(1, 2, 3, 4), None,
        {"exemptions": ["B1"], "note": stored}, "detector", "redaction.vector", 0.9,
        "redline-detector", now, now, False, False,
    )  # fmt: skip
    assert f"Notiz: {said}" in tooltip(proposal, {}).splitlines()
    assert said in describe(proposal, {})
    form = AnnotationDialog("redaction", body=proposal.body)
    qtbot.addWidget(form)
    assert form.redaction_note.text() == said and form.redaction_note.cursorPosition() == 0
    assert form.body()["note"] == stored  # (not edited: as stored)
    form.redaction_note.setText("checked by Ada")
    assert form.body()["note"] == "checked by Ada"


def test_the_core_s_numbers_take_the_window_s_decimal_sign(german: None) -> None:
    from app.core.wording import translate

    too_big = translate(
        "Redline", "{name} is {value:.1f} MB; OCR files over {value2:.0f} MB are refused"
    ).format(name="scan.xml", value=2.46, value2=250.0)
    assert say(too_big) == "scan.xml ist 2,5 MB groß; OCR-Dateien über 250 MB werden abgelehnt"
    assert str(too_big) == "scan.xml is 2.5 MB; OCR files over 250 MB are refused"  # the CLI
    # a name keeps its points; a whole number given to a fractional place takes the comma too
    whole = too_big.format(name="v1.2.xml", value=3, value2=250)
    assert say(whole).startswith("v1.2.xml ist 3,0 MB groß")


def test_a_damaged_library_is_refused_in_german(tmp_path: Path, german: None) -> None:
    (tmp_path / "library.sqlite").write_bytes(os.urandom(20 * 1024))
    with pytest.raises(LibraryError) as raised:
        Library.open(tmp_path, allow_read_only=True)
    shown = say(raised.value)
    assert "file is not a database" not in shown
    assert shown.startswith(f"{tmp_path} ist keine Redline-Bibliothek")
