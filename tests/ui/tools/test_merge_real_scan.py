"""The issue's scenario on the real JFK scan, through the window (the command line's run:
tests/acceptance/test_merge_real.py). Each library imports and OCRs the scan. A colleague's
library changes the shared redaction's codes, deletes a note, adds a correction and answers a
question; here, in the window, the redaction's note is edited and the question answered
otherwise (the annotation editor, as a person edits). File › Import annotations: the dry run says
it in words, Apply merges (codes from there, note from here, the deletion applied, the correction
added), Edit › Undo Import annotations takes it all back and Redo brings it again; "Decide
conflicts…" shows the question side by side and a person takes the colleague's answer; both
libraries then hold the same set."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.annotating import annotation_listing
from app.core.annotating import annotations as A
from app.core.annotating.conflicts import list_conflicts
from app.core.annotating.locate import find_text, page_id_of
from app.core.documents.ingest import import_file
from app.core.documents.queries import read_page_text
from app.core.exchange.merge import import_annotations
from app.core.exchange.redline_json import export_json
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.core.ocr.run import ocr_documents, tesseract_available
from app.ui.base import settings as S
from app.ui.tools import merge_dialog
from tests.acceptance.publication_helpers import NAME, SCAN
from tests.core.exchange.helpers import snapshot
from tests.ui.annotating.helpers import answer_dialogs, open_window

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SCAN.exists(), reason=f"the scan is not at {SCAN}"),
    pytest.mark.skipif(not tesseract_available(), reason="the scan needs OCR (tesseract)"),
]


def _library(root: Path) -> tuple[Library, DocumentId]:
    lib = Library.open(root)
    doc = DocumentId(int(import_file(lib, SCAN).document_id or 0))
    assert ocr_documents(lib, [doc]).ok == 4
    return lib, doc


def _shared(tmp_path: Path) -> tuple[Library, Path, dict[str, str]]:
    """Library one (Ada) shares three annotations; the colleague's library changes them."""
    mine, doc = _library(tmp_path / "one")
    page2 = page_id_of(mine, doc, 2)
    name = find_text(mine, page2, " ".join(NAME))
    ids = {
        "red": A.create_annotation(mine, page2, "redaction", text=name.span, region=name.region,
                                   body={"exemptions": ["B6"], "note": "a private person"},
                                   author="Ada").uuid,
        "gone": A.create_annotation(mine, page_id_of(mine, doc, 3), "note",
                                    body={"text": "check the date"}, author="Ada").uuid,
        "asked": A.create_annotation(mine, page_id_of(mine, doc, 1), "note",
                                     body={"text": "who signed this?"}, author="Ada").uuid,
    }  # fmt: skip
    export_json(mine, tmp_path / "ada.json")
    theirs, their_doc = _library(tmp_path / "two")
    import_annotations(theirs, tmp_path / "ada.json")
    who = "B. Colleague"
    codes = {"exemptions": ["B6", "B7(C)"], "note": "a private person"}
    A.update_annotation(theirs, ids["red"], body=codes, author=who)
    A.delete_annotation(theirs, ids["gone"], author=who)
    ids["fix"] = _correction(theirs, page_id_of(theirs, their_doc, 1), who)
    A.update_annotation(theirs, ids["asked"], body={"text": "the station chief"}, author=who)
    export_json(theirs, tmp_path / "colleague.json")
    theirs.close()
    return mine, tmp_path / "colleague.json", ids


def _correction(lib: Library, page_id: PageId, who: str) -> str:
    """A correction of the first long word of the page's OCR text."""
    with lib.reading() as session:
        text = read_page_text(session.connection(), page_id).text
    word = next(m.group() for m in re.finditer(r"[A-Za-z]{6,}", text))
    found = find_text(lib, page_id, word)
    body = {"replacement": word.upper()}
    return A.create_annotation(lib, page_id, "correction", text=found.span, body=body,
                               author=who).uuid  # fmt: skip


def test_the_scenario_through_the_window(
    qtbot: QtBot, tmp_path: Path, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib, path, ids = _shared(tmp_path)
    window = open_window(qtbot, lib, settings)  # as Ada
    actions = window.annotations
    answer_dialogs(
        monkeypatch, window, {"exemptions": ["B6"], "note": "a private person, no official"}
    )
    assert actions.edit(ids["red"])
    answer_dialogs(monkeypatch, window, {"text": "the ambassador"})
    assert actions.edit(ids["asked"])
    before = snapshot(lib, with_log=False)

    monkeypatch.setattr(merge_dialog.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(path), ""))  # fmt: skip
    dialog = window.import_annotations()
    assert dialog is not None
    qtbot.addWidget(dialog)
    text = dialog.details.toPlainText()
    assert f"Page 2, redaction over '{' '.join(NAME)}': codes B6 → B6, B7(C) (B. Colleague" in text
    assert "note kept from here" in text
    assert "Page 3, note by you ('check the date'): deleted by B. Colleague" in text
    assert "correction of '" in text and "added by B. Colleague" in text
    assert "text in conflict: here 'the ambassador' (you," in text
    dialog.apply_button.click()
    merged = snapshot(lib, with_log=False)
    red = annotation_listing.get_annotation(lib, ids["red"])
    assert red.body.get("exemptions") == ["B6", "B7(C)"]  # from there
    assert red.body.get("note") == "a private person, no official"  # from here
    assert annotation_listing.get_annotation(lib, ids["gone"]).deleted
    assert annotation_listing.get_annotation(lib, ids["fix"]).kind == "correction"
    assert [c.uuid for c in list_conflicts(lib)] == [ids["asked"]]

    stack = window.annotating.stack
    assert stack.undoText() == "Import annotations"
    window.annotation_menus.by_name["undo"].trigger()
    assert snapshot(lib, with_log=False) == before
    window.annotation_menus.by_name["redo"].trigger()
    assert snapshot(lib, with_log=False) == merged

    dialog.decide_button.click()
    conflicts = window.annotation_menus.conflicts_dialog
    assert conflicts is not None and conflicts.current is not None
    assert conflicts.current.uuid == ids["asked"]
    labels = [w.text() for w in conflicts.panel.findChildren(type(conflicts.heading))]
    assert "the ambassador" in labels and "the station chief" in labels
    assert conflicts.choose(ids["asked"], "body.text", "there")
    assert annotation_listing.get_annotation(lib, ids["asked"]).body == {
        "text": "the station chief"
    }
    assert not list_conflicts(lib)

    export_json(lib, tmp_path / "ada2.json")
    with Library.open(tmp_path / "two") as theirs:
        import_annotations(theirs, tmp_path / "ada2.json")
        export_json(theirs, tmp_path / "two-final.json")
    export_json(lib, tmp_path / "one-final.json")
    one = json.loads((tmp_path / "one-final.json").read_text())["annotations"]
    two = json.loads((tmp_path / "two-final.json").read_text())["annotations"]
    assert one == two
