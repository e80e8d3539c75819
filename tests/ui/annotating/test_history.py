"""An annotation's history says what each change did, field by field, in the window's language:
not the stored states' JSON."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QTreeWidget
from pytestqt.qtbot import QtBot

from app.core.annotating.annotations import (
    create_annotation,
    delete_annotation,
    set_status,
    update_annotation,
)
from app.core.annotating.records import Region, Span
from app.core.annotating.tags import create_tag
from app.core.detection.redaction_notes import WORDS_UNDER
from app.core.documents.queries import document_summary, list_documents
from app.core.library import Library
from app.ui.annotating.history import HistoryDialog, show_history
from app.ui.base.language import install, uninstall
from tests.ui.reading import compiled


def _rows(dialog: HistoryDialog) -> list[tuple[str, str, str]]:
    tree: QTreeWidget = dialog.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [(it.text(1), it.text(2), it.text(3)) for it in items if it is not None]


def _redaction(lib: Library) -> str:
    """A detector's proposal with a note, then edited and accepted by Ada."""
    page = document_summary(lib, list_documents(lib)[0].id).pages[0]
    note = str(WORDS_UNDER.format(n=3))  # as the detector stores it: English
    made = create_annotation(
        lib, page.id, "redaction", region=Region(72, 90, 100, 20),
        body={"exemptions": ["B1"], "note": note}, author="", status="proposed",
        origin="detector",
    )  # fmt: skip
    uuid = made.uuid
    update_annotation(lib, uuid, body={"exemptions": ["B1", "B3"], "note": "cable"}, author="Ada")
    set_status(lib, uuid, "accepted", author="Ada")
    return uuid


def test_each_change_says_which_fields_went_from_what_to_what(
    qtbot: QtBot, review_library: Library
) -> None:
    dialog = show_history(review_library, _redaction(review_library))
    qtbot.addWidget(dialog)
    note = "'leaky: 3 words of text under the box ca…'"  # cut short in the column
    assert _rows(dialog) == [
        ("the detector", "Created", f"status: proposed; codes: B1; note: {note}"),
        ("Ada", "Changed", f"codes: B1 → B1, B3; note: {note} → 'cable'"),
        ("Ada", "Status changed", "status: proposed → accepted"),
    ]
    item = dialog.tree.topLevelItem(1)
    assert item is not None
    assert item.toolTip(3) == (  # whole, a line a field, on hover
        "codes: B1 → B1, B3\n"
        "note: 'leaky: 3 words of text under the box can be extracted' → 'cable'"
    )
    assert [dialog.tree.headerItem().text(i) for i in range(4)] == [
        "When (UTC)", "Who", "Action", "What changed",
    ]  # fmt: skip


def test_a_tag_is_named_and_a_deletion_said(qtbot: QtBot, review_library: Library) -> None:
    page = document_summary(review_library, list_documents(review_library)[0].id).pages[0]
    tag = create_tag(review_library, "Places", author="Ada").tag
    made = create_annotation(
        review_library, page.id, "tag", text=Span(34, 40), body={"tag": tag.uuid}, author="Ada"
    )
    uuid = made.uuid
    other = create_tag(review_library, "Ports", author="Ada").tag
    update_annotation(review_library, uuid, body={"tag": other.uuid}, author="Bo")
    delete_annotation(review_library, uuid, author="Bo")
    dialog = show_history(review_library, uuid)
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    assert rows[0][2].startswith("status: accepted; ") and "tag: 'Places'" in rows[0][2]
    assert made.after is not None and made.after.text is not None
    assert f"quoted text: '{made.after.text.quote}'" in rows[0][2]  # the words it tags
    assert rows[1] == ("Bo", "Changed", "tag: 'Places' → 'Ports'")
    assert rows[2] == ("Bo", "Deleted", "deleted: no → yes")


def test_the_history_reads_in_german(
    qtbot: QtBot, qapp: QApplication, review_library: Library, tmp_path: Path
) -> None:
    uuid = _redaction(review_library)
    assert install(qapp, "de", compiled(tmp_path / "qm")) == "de"
    try:
        dialog = show_history(review_library, uuid)
        qtbot.addWidget(dialog)
        rows = _rows(dialog)
        header = [dialog.tree.headerItem().text(i) for i in range(4)]
    finally:
        uninstall(qapp)
    assert header[3] == "Was sich geändert hat"
    assert rows[2] == ("Ada", "Status geändert", "Status: vorgeschlagen → angenommen")
    assert rows[0][0] == "die Erkennung"  # (as the merge report names it)
    assert rows[0][2].startswith("Status: vorgeschlagen; Codes: B1; Notiz: „undicht: 3 Wörter")
