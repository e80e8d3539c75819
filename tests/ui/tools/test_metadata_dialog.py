"""Document metadata: the library table's columns and the dialog where a person edits values,
each showing whether a person or the detector set it."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.core.changelog import history
from app.core.documents.metadata import document_metadata_entries
from app.core.library import Library
from app.ui.base.settings import Settings
from app.ui.library.library_model import COLUMNS, LibraryModel
from app.ui.tools.metadata_dialog import MetadataDialog, edit_metadata, origin_text
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import review_library_doc_id


def _detected(lib: Library, doc_id: int, key: str, value: str) -> None:
    with lib.transaction() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO document_metadata (document_id, key, value, origin, rule_id, confidence, "
            "modified_at) VALUES (?, ?, ?, 'detector', 'release-in-full', 0.92, ?)",
            (doc_id, key, value, datetime.now(UTC).replace(tzinfo=None)),
        )


def _column(key: str) -> int:
    return next(i for i, (_, k) in enumerate(COLUMNS) if k == key)


def test_dialog_shows_origins_and_saves_as_a_person(qtbot: QtBot, review_library: Library) -> None:
    doc_id = review_library_doc_id(review_library)
    _detected(review_library, doc_id, "release_status", "RELEASE IN FULL")
    dialog = MetadataDialog(review_library, doc_id, "review-memo", author="Ana")
    qtbot.addWidget(dialog)
    assert dialog.edits["release_status"].text() == "RELEASE IN FULL"
    assert dialog.origins["release_status"].text() == "detected, 92% sure"
    assert dialog.origins["release_status"].toolTip() == "Detection rule: release-in-full"
    assert dialog.edits["case_number"].text() == "" and dialog.origins["case_number"].text() == ""
    dialog.edits["release_status"].setText("RELEASE IN PART")
    dialog.edits["case_number"].setText("F-2017-13804")
    assert dialog.edited_values() == {
        "release_status": "RELEASE IN PART",
        "case_number": "F-2017-13804",
    }
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    entries = document_metadata_entries(review_library, doc_id)
    assert entries["release_status"].value == "RELEASE IN PART"
    assert entries["release_status"].origin == "person"
    assert origin_text(entries["release_status"]) == "typed by Ana"
    assert sorted(dialog.changed) == ["case_number", "release_status"]
    with review_library.reading() as s:
        uuid = (
            s.connection()
            .exec_driver_sql("SELECT uuid FROM documents WHERE id = ?", (doc_id,))
            .scalar()
        )
    assert len([e for e in history(review_library, str(uuid)) if e.author == "Ana"]) == 2


def test_table_shows_metadata_and_double_click_opens_the_dialog(
    qtbot: QtBot, tools_window: MainWindow, qtmodeltester: ModelTester
) -> None:
    window = tools_window
    doc_id = window.document_id
    assert doc_id is not None
    _detected(window.lib, doc_id, "release_date", "2017-09-14")
    window.library_model.reload()
    model = window.library_model
    assert model.headerData(_column("release_date"), Qt.Orientation.Horizontal) == "Released"
    assert model.index(0, _column("release_date")).data() == "2017-09-14"
    qtmodeltester.check(model)
    index = model.index(0, _column("release_date"))
    window.library_pane.table.doubleClicked.emit(index)
    [dialog] = window.findChildren(MetadataDialog)
    assert dialog.isVisible() and dialog.edits["release_date"].text() == "2017-09-14"
    dialog.edits["classification"].setText("CONFIDENTIAL")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert model.index(0, _column("classification")).data() == "CONFIDENTIAL"  # reloaded


def test_metadata_needs_an_open_document(
    qtbot: QtBot, review_library: Library, settings: Settings
) -> None:
    window = MainWindow(review_library, settings, synchronous=True)
    qtbot.addWidget(window)
    assert edit_metadata(window) is None
    assert window.current_message() == "Open a document first."


def test_model_with_release_columns_sorts(
    review_library: Library, qtmodeltester: ModelTester
) -> None:
    model = LibraryModel(review_library)
    model.sort(_column("release_status"))
    assert model.sort_key == "release_status" and model.rowCount() == 1
    qtmodeltester.check(model)


def test_table_tells_detected_from_typed(review_library: Library) -> None:
    doc_id = review_library_doc_id(review_library)
    _detected(review_library, doc_id, "release_status", "RELEASE IN FULL")
    from app.core.documents.metadata import set_document_metadata

    set_document_metadata(review_library, doc_id, {"case_number": "F-2017-13804"})
    model = LibraryModel(review_library)
    detected = model.index(0, _column("release_status"))
    typed = model.index(0, _column("case_number"))
    assert detected.data(Qt.ItemDataRole.FontRole).italic()
    assert detected.data(Qt.ItemDataRole.ToolTipRole).startswith("Detected")
    assert typed.data(Qt.ItemDataRole.FontRole) is None
    assert typed.data(Qt.ItemDataRole.ToolTipRole).startswith("Typed by a person")
    assert model.index(0, _column("document_number")).data(Qt.ItemDataRole.ToolTipRole) is None
