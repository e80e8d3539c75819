"""Words selected over two lines on a page shown turned (/Rotate 270, its text upright as shown)
and redacted from the window (Edit › Redact the selected words…) make the same region as the
command line's ``annotate add --quote``, fitted to the lines the reader sees, so that the
publications burn a box per line (:mod:`app.core.documents.word_lines`); unturned, the window's
region was the box around the words and the publications one box per word."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.locate import find_text
from app.core.documents.ingest import import_paths
from app.core.exchange.redacted import burned_redactions
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.ui.base import settings as S
from tests.builders import make_turned_text_pdf
from tests.core.exchange.lines_helpers import LINES, QUOTE
from tests.ui.annotating.helpers import answer_dialogs, open_window, select_text


def test_a_selection_over_two_lines_of_a_turned_page_is_fitted_to_its_lines(
    qtbot: QtBot, tmp_path: Path, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    pdf = make_turned_text_pdf(tmp_path / "turned.pdf", LINES, 270)
    lib = Library.open(tmp_path / "lib")
    assert import_paths(lib, [pdf])[0].ok
    window = open_window(qtbot, lib, settings)
    pane = window.document_view.text_pane
    qtbot.waitUntil(lambda: "employing" in pane.text)
    quote = pane.text[pane.text.index("notes") : pane.text.index("employing") + len("employing")]
    assert " ".join(quote.split()) == QUOTE and "\n" in quote
    answer_dialogs(monkeypatch, window, {"exemptions": ["B1"]})
    select_text(window, quote)
    window.annotation_menus.by_name["redact"].trigger()
    [red] = list_annotations(lib)
    assert red.region is not None
    page = window.document_view.page
    assert page is not None and page.rotation == 270
    found = find_text(lib, PageId(page.id), QUOTE)  # (what `annotate add --quote` makes)
    assert found.region is not None
    got, want = red.region, found.region
    pairs = zip((got.x, got.y, got.w, got.h), (want.x, want.y, want.w, want.h), strict=True)
    assert max(abs(a - b) for a, b in pairs) < 1e-6
    with lib.read_connection() as conn:
        assert len(burned_redactions(conn, DocumentId(1))[0].boxes) == 2  # a box per line
    window.resize(1200, 800)
    qtbot.wait(300)
    window.grab().save(os.environ.get("REDLINE_TURNED_PNG", str(tmp_path / "turned.png")))
    lib.close()
