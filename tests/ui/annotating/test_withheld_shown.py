"""The window shows what the publications withhold, not only the box drawn: a box that clips a
word takes the word whole (app.core.exchange.withheld), so the word is struck through in the text,
saying which redaction withholds it, and the part of it outside the box is drawn on the scan as
burned too; a redaction left visible, or a proposal, withholds nothing, and the window says so."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from pytestqt.qtbot import QtBot

from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Region
from app.core.changelog import utcnow
from app.core.documents.textlayer import insert_text_layer, load_words, set_active_layer
from app.core.exchange.redacted import covered_words, page_redactions
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.window.main_window import MainWindow
from tests.core.exchange.clipped_helpers import clipped_scan
from tests.core.exchange.helpers import new_library, page_info
from tests.ui.annotating.helpers import hover, open_window


def _clipped(tmp_path: Path) -> tuple[Library, Region, pymupdf.Rect]:
    """A library of the clipped scan ("name Johan Artur"), and a box starting inside the "J"
    of "Johan" that holds "Artur"; and Johan's box."""
    words = clipped_scan(tmp_path / "scan.pdf")
    lib, doc_id = new_library(tmp_path / "lib", tmp_path / "scan.pdf")
    page_id, _, _ = page_info(lib, doc_id, 0)
    with lib.transaction() as s:
        layer, text = insert_text_layer(s.connection(), page_id, words, source="tesseract",
                                        created_at=utcnow(), engine="tesseract")  # fmt: skip
        set_active_layer(s.connection(), page_id, layer, text)
    _, johan, artur = (pymupdf.Rect(w.x0, w.y0, w.x1, w.y1) for w in words)
    cut = johan.x0 + 0.4 * johan.width
    return lib, Region(cut, johan.y0 - 1, artur.x1 + 2 - cut, johan.height + 2), johan


def _marks(window: MainWindow) -> list[tuple[str, bool, str]]:
    """The text pane's marks of redacted words: (the words, struck through, what they tell)."""
    pane = window.document_view.text_pane
    return [
        (s.cursor.selectedText(), s.format.fontStrikeOut(), s.format.toolTip())
        for s in pane._redacted
    ]


def test_a_box_clipping_a_word_shows_the_whole_word_withheld(
    qtbot: QtBot, tmp_path: Path, settings: S.Settings
) -> None:
    lib, box, johan = _clipped(tmp_path)
    window = open_window(qtbot, lib, settings)
    view = window.document_view.page_view
    assert _marks(window) == [] and view.withheld.rects == []
    uuid = window.annotations.annotate_region(box, "redaction", {"exemptions": ["B6"]})
    assert uuid is not None
    said = "Withheld from publications by the redaction “B6”"
    assert _marks(window) == [("Johan Artur", True, said)]  # all of "Johan", not from the cut
    [(grown, tip)] = zip(view.withheld.rects, view.withheld.tips, strict=True)
    assert grown.left() == johan.x0 < box.x and grown.right() >= johan.x1  # the whole word
    assert tip.startswith("Burned into publications with the redaction “B6”")
    # hovering the part of "Johan" left of the box tells so; the box itself tells its own
    left = (johan.x0 + box.x) / 2, (johan.y0 + johan.y1) / 2
    assert hover(qtbot, window, *left) == tip
    assert hover(qtbot, window, box.x + 5, left[1]).startswith("Redaction · accepted")
    # what the publications leave out: the same words
    page = window.document_view.page
    text = window.document_view.page_text
    assert page is not None and text is not None and text.layer_id is not None
    with lib.reading() as s:
        redactions = page_redactions(s.connection(), page.id)
        taken = covered_words(redactions, text.layer_id, load_words(s.connection(), text.layer_id))
    found = window.page_annotations.withheld
    assert found is not None and set(found.words) == taken == {1, 2}
    window.annotations.stack.undo()
    assert _marks(window) == [] and view.withheld.rects == []


def test_a_redaction_left_visible_withholds_nothing_and_says_so(
    qtbot: QtBot, tmp_path: Path, settings: S.Settings
) -> None:
    lib, box, _ = _clipped(tmp_path)
    window = open_window(qtbot, lib, settings)
    view = window.document_view.page_view
    uuid = window.annotations.annotate_region(box, "redaction", {"exemptions": ["B6"]})
    assert uuid is not None and view.withheld.rects
    assert window.annotations.leave_visible(uuid, True)
    left = "Under a redaction left visible: published"
    assert _marks(window) == [("Johan Artur", False, left)]  # (their centres under it)
    assert view.withheld.rects == []
    window.document_view.read_again()  # a page read whole draws the same
    qtbot.waitUntil(lambda: _marks(window) == [("Johan Artur", False, left)])
    assert view.withheld.rects == []


def test_a_proposal_withholds_nothing_until_accepted(
    qtbot: QtBot, tmp_path: Path, settings: S.Settings
) -> None:
    lib, box, _ = _clipped(tmp_path)
    window = open_window(qtbot, lib, settings)
    view = window.document_view.page_view
    page = window.document_view.page
    assert page is not None
    made = create_annotation(lib, page.id, "redaction", body={"exemptions": ["B6"]}, author="x",
                             region=box, status="proposed", origin="detector")  # fmt: skip
    assert made.after is not None
    uuid = made.after.uuid
    window.document_view.read_again()
    said = "Under a proposed redaction: published until the redaction is accepted"
    qtbot.waitUntil(lambda: _marks(window) == [("Johan Artur", False, said)])
    assert view.withheld.rects == []
    assert window.annotations.set_status(uuid, "accepted")
    assert [(w, struck) for w, struck, _ in _marks(window)] == [("Johan Artur", True)]
    assert len(view.withheld.rects) == 1
