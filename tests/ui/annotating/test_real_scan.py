"""On a real scan (cia-cib-03175207.pdf from ../shared/data): each kind from the keyboard and the
mouse, seen in both panes and the list, undone and redone, and found again in a new window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.tags import create_tag
from app.core.documents.ingest import import_paths
from app.core.library import Library
from app.ui.base import settings as S
from tests.builders import SHARED_SCANS
from tests.ui.annotating.helpers import CTRL_SHIFT, answer_dialogs, drag, open_window, select_text

SCAN = SHARED_SCANS / "cia-cib-03175207.pdf"


@pytest.fixture
def scan_library(tmp_path: Path) -> Iterator[Library]:
    if not SCAN.exists():
        pytest.skip(f"the scan is not at {SCAN}")
    lib = Library.open(tmp_path / "lib")
    assert import_paths(lib, [SCAN])[0].ok
    yield lib
    lib.close()


def test_every_kind_on_a_real_scan_survives_undo_redo_and_a_new_window(
    qtbot: QtBot, scan_library: Library, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, scan_library, settings)
    pane, view = window.document_view.text_pane, window.document_view.page_view
    steps = [
        ("correction", "SEBRET", Qt.Key.Key_C, CTRL_SHIFT, {"replacement": "SECRET"}),
        ("marking", "C03175207", Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier,
         {"category": "identifier", "value": "C03175207"}),
        ("note", "9 March 1951", Qt.Key.Key_N, CTRL_SHIFT, {"text": "date of the bulletin"}),
    ]  # fmt: skip
    for _kind, quote, key, modifiers, body in steps:
        answer_dialogs(monkeypatch, window, body)
        select_text(window, quote)
        qtbot.keyClick(pane, key, modifiers)
    create_tag(scan_library, "Bulletins", author="Ada")
    window.document_view.read_again()
    select_text(window, "CURRENT")
    qtbot.keyClick(pane, Qt.Key.Key_1)
    answer_dialogs(monkeypatch, window, {"exemptions": ["3.5(c)"]}, "redaction")
    drag(view, view.mapFromScene(380, 150), view.mapFromScene(550, 210))
    kinds = sorted(r.kind for r in list_annotations(scan_library))
    assert kinds == ["correction", "marking", "note", "redaction", "tag"]
    assert len(pane.records) == 4 and len(window.page_annotations.overlay.shapes) == 5
    assert window.annotation_list.model.rowCount() == 5
    window.annotation_menus.by_name["read_corrected"].trigger()
    assert "SEBRET" not in pane.toPlainText() and pane.toPlainText().count("TOP SECRET") == 2
    for _ in range(5):
        window.annotations.stack.undo()
    assert list_annotations(scan_library) == [] and window.page_annotations.overlay.shapes == []
    for _ in range(5):
        window.annotations.stack.redo()
    assert sorted(r.kind for r in list_annotations(scan_library)) == kinds
    window.close()
    again = open_window(qtbot, scan_library, settings)
    assert sorted(r.kind for r in again.page_annotations.records) == kinds
    assert again.annotation_list.model.rowCount() == 5


def test_redacting_a_quoted_phrase_in_the_window_hides_only_its_words(
    qtbot: QtBot, tmp_path: Path, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cia-cib-02003053 page 4, whose word boxes reach 3.7 pt into the line above: the words
    selected and redacted (Edit › Redact the selected words…) are the only ones the text pane
    shows under the redaction; the box on the scan stops above the next line."""
    import os

    from app.core.documents.word_lines import line_boxes, meets

    scan = SHARED_SCANS / "cia-cib-02003053.pdf"
    if not scan.exists():
        pytest.skip(f"the scan is not at {scan}")
    lib = Library.open(tmp_path / "lib")
    assert import_paths(lib, [scan])[0].ok
    window = open_window(qtbot, lib, settings)
    window.document_view.show_page(3)
    qtbot.waitUntil(lambda: "preliminary annual report" in window.document_view.text_pane.text)
    answer_dialogs(monkeypatch, window, {"exemptions": ["B1"]})
    start, end = select_text(window, "preliminary annual report")
    window.annotation_menus.by_name["redact"].trigger()
    [red] = list_annotations(lib)
    assert red.region is not None and red.text is not None
    page = window.annotations.view.page_text
    assert page is not None
    g = red.region
    region = (g.x, g.y, g.x + g.w, g.y + g.h)
    lines = line_boxes([w.box for w in page.words])
    under = [page.text[w.start : w.end] for w, b in zip(page.words, lines, strict=True)
             if b is not None and meets(b, region)]  # fmt: skip
    assert under == ["preliminary", "annual", "report"]
    assert (red.text.start, red.text.end) == (start, end)  # struck through as its own span
    window.resize(1400, 900)
    window.document_view.page_view.centerOn(g.x + g.w / 2, g.y + g.h / 2)
    qtbot.wait(300)
    window.grab().save(os.environ.get("REDLINE_REDACT_PNG", str(tmp_path / "redact.png")))
    lib.close()
