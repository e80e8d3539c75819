"""The steps that leaked, through the window, on the real JFK scan: accept two of the detector's
redaction proposals (N to each, A), go to page 2, Ctrl+D, drag over a person's name, Redaction, code
"b 6", a note; File > Export > Publication PDF > the open document, publish without the other
proposals. Neither reader finds the name in the file; the boxes are fill (checks shared with
tests/acceptance/test_publication_real.py)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.records import AnnotationFilter
from app.core.ocr.tesseract import tesseract_available
from app.ui.base import settings as S
from app.ui.base.job_dialog import JobDialog
from app.ui.tools import export_start
from app.ui.tools.export_dialog import ExportDialog
from tests.acceptance.publication_helpers import (
    SCAN,
    check_publication,
    jfk_library,
    name_box_of,
)
from tests.ui.annotating.helpers import answer_dialogs, drag, open_window
from tests.ui.helpers import activate

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SCAN.exists(), reason=f"the scan is not at {SCAN}"),
    pytest.mark.skipif(not tesseract_available(), reason="the scan needs OCR (tesseract)"),
]


class _PressOkWhenAsked(QTimer):
    """Presses OK on the next modal dialog that opens (the accept form with the detected codes),
    as a person confirming it as filled in would."""

    def __init__(self) -> None:
        super().__init__()
        self.pressed = 0
        self.timeout.connect(self._on_timeout)
        self.start(20)

    def _on_timeout(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            self.pressed += 1
            dialog.accept()


def test_the_steps_through_the_window(
    qtbot: QtBot, tmp_path: Path, settings: S.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib, doc_id = jfk_library(tmp_path)
    name_box = name_box_of(lib, doc_id)
    window = open_window(qtbot, lib, settings)
    view = window.document_view.page_view
    # Accept two of the detector's redaction proposals: N steps through proposals, A accepts.
    pane = window.document_view.text_pane
    pane.setFocus()

    def current_kind() -> str | None:
        page = window.page_annotations
        rec = page.record(page.current or "")
        return None if rec is None else rec.kind

    press_ok = _PressOkWhenAsked()
    qtbot.keyClick(pane, Qt.Key.Key_N)  # to the first proposal (markings come too)
    for _ in range(20):  # markings are proposals too; N steps over them
        # A step may flip the page: its annotations are read before the chosen one is known.
        qtbot.waitUntil(lambda: current_kind() is not None, timeout=10_000)
        activate(qtbot, window)  # offscreen, a closed dialog leaves no window active
        pane.setFocus()
        if current_kind() == "redaction":
            # A: the form with the codes detected beside the box opens; OK accepts it as filled
            # in, and the review moves on to the next proposal.
            qtbot.keyClick(pane, Qt.Key.Key_A)
        else:
            qtbot.keyClick(pane, Qt.Key.Key_N)
        if len(list_annotations(lib, AnnotationFilter(kind="redaction", status="accepted"))) == 2:
            break
    press_ok.stop()
    redactions = list_annotations(lib, AnnotationFilter(kind="redaction"))
    accepted = [r for r in redactions if r.status == "accepted"]
    assert len(accepted) == 2 and all(r.origin == "detector" for r in accepted)
    assert press_ok.pressed == 2  # each accept showed its form
    # Page 2, Ctrl+D, drag over the name, Redaction, code "b 6", a note.
    window.document_view.show_page(1)
    qtbot.waitUntil(lambda: window.document_view.page is not None
                    and window.document_view.page.index == 1
                    and window.annotations.view.page_text is not None)  # fmt: skip
    answer_dialogs(monkeypatch, window, {"exemptions": ["b 6"], "note": "a private person"},
                   "redaction")  # fmt: skip
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.annotation_menus.by_name["draw"].isChecked()
    view.ensureVisible(
        QRectF(name_box.x0 - 4, name_box.y0 - 4, name_box.width + 8, name_box.height + 8)
    )
    start = view.mapFromScene(name_box.x0 - 2, name_box.y0 - 2)
    end = view.mapFromScene(name_box.x1 + 2, name_box.y1 + 2)
    drag(view, start, end, Qt.KeyboardModifier.NoModifier)  # draw mode: a plain drag draws
    redactions = list_annotations(lib, AnnotationFilter(kind="redaction"))
    [mine] = [r for r in redactions if r.origin == "person"]
    assert mine.body == {"exemptions": ["B6"], "note": "a private person"}
    # File > Export > Publication PDF > the open document; publish without the other proposals.
    out = tmp_path / "published.pdf"

    def fill(dialog: ExportDialog) -> int:
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.scope.setCurrentIndex(dialog.scope.findData("document"))
        dialog.path.setText(str(out))
        dialog.accept()  # (at OK the form counts the proposals nobody decided)
        return dialog.result()

    asked: list[int] = []

    def without_them(_window: object, count: int) -> str:
        asked.append(count)
        return export_start.WITHOUT_THEM

    pending = len(list_annotations(lib, AnnotationFilter(kind="redaction", status="proposed")))
    monkeypatch.setattr(ExportDialog, "exec", fill)
    monkeypatch.setattr(export_start, "ask_pending", without_them)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    [job] = window.findChildren(JobDialog)
    qtbot.waitUntil(lambda: job.job.done, timeout=120_000)
    report = job.report.toPlainText()
    assert asked == ([pending] if pending else []) and job.label.text() == "Done.", report
    assert "Burned in: 3 redactions" in report and "page 2: 1 (B6)" in report
    assert (f"{pending} pending" in report) == bool(pending) and "Verified by PyMuPDF" in report
    assert mine.region is not None
    region = pymupdf.Rect(mine.region.x, mine.region.y, mine.region.x + mine.region.w,
                          mine.region.y + mine.region.h)  # fmt: skip
    summary = window.document_view.summary
    assert summary is not None
    index = {p.id: p.index for p in summary.pages}
    boxes = [(1, region)] + [
        (
            index[r.page_id],
            pymupdf.Rect(r.region.x, r.region.y, r.region.x + r.region.w, r.region.y + r.region.h),
        )
        for r in accepted
        if r.region is not None
    ]
    check_publication(out, SCAN, name_box, boxes)
    window.close()
    lib.close()
