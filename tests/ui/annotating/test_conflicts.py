"""Merging in the window: File › Import annotations is one undo step, and what it left in
conflict is shown side by side (Edit › Conflicts…), decided by a choice or an edit, each one
undo step; the annotation list filters the annotations in conflict."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from app.core.annotating import annotation_listing
from app.core.annotating import annotations as A
from app.core.annotating.conflicts import decide, list_conflicts
from app.core.annotating.records import AnnotationFilter
from app.core.documents.ingest import import_file
from app.core.documents.queries import list_documents
from app.core.exchange.merge import import_annotations
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from app.ui.base.language import install, uninstall
from app.ui.base.settings import Settings
from app.ui.tools import merge_dialog
from tests.core.exchange.helpers import snapshot
from tests.ui.annotating.helpers import open_window
from tests.ui.reading import compiled, shown_as_written, texts, unnamed


def _colleague(tmp_path: Path, lib: Library) -> tuple[Path, str, str]:
    """A colleague's library with the same memo: both edit the note on page 1 differently,
    the colleague also changes the redaction's codes. Returns the colleague's set, the note's
    and the redaction's uuids."""
    doc = list_documents(lib)[0]
    page = annotation_listing.list_annotations(
        lib, AnnotationFilter(document_id=doc.id)
    )  # none yet
    assert not page
    from app.core.documents.queries import document_summary

    page1 = document_summary(lib, doc.id).pages[0].id
    note = A.create_annotation(lib, page1, "note", body={"text": "who is the courier?"},
                               author="Ada").uuid  # fmt: skip
    from app.core.annotating.records import Region

    red = A.create_annotation(lib, page1, "redaction", region=Region(72, 90, 120, 16),
                              body={"exemptions": ["B6"]}, author="Ada").uuid  # fmt: skip
    export_json(lib, tmp_path / "shared.json")
    theirs = Library.open(tmp_path / "theirs")
    source = tmp_path / "in" / "review-memo.pdf"
    import_file(theirs, source)
    import_annotations(theirs, tmp_path / "shared.json")
    A.update_annotation(theirs, note, body={"text": "the man from Vienna"}, author="B. Colleague")
    A.update_annotation(theirs, red, body={"exemptions": ["B6", "B7(C)"]}, author="B. Colleague")
    export_json(theirs, tmp_path / "colleague.json")
    theirs.close()
    A.update_annotation(lib, note, body={"text": "a diplomat, I think"}, author="Ada")
    return tmp_path / "colleague.json", note, red


def _import(window: Any, monkeypatch: pytest.MonkeyPatch, path: Path) -> merge_dialog.MergeDialog:
    monkeypatch.setattr(
        merge_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "")
    )
    dialog = window.import_annotations()
    assert dialog is not None
    return dialog


def _merged(
    qtbot: QtBot,
    lib: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mine: str | None = None,
) -> tuple[Any, str]:
    """The window with the colleague's set merged (the note in conflict; ``mine``: the note's
    text here, when not the default); the window and the note's uuid."""
    path, note, _red = _colleague(tmp_path, lib)
    if mine is not None:
        A.update_annotation(lib, note, body={"text": mine}, author="Ada")
    window = open_window(qtbot, lib, settings)
    dialog = _import(window, monkeypatch, path)
    qtbot.addWidget(dialog)
    dialog.apply_button.click()
    return window, note


def test_an_import_is_one_undo_step_and_its_conflict_is_decided_side_by_side(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lib = review_library
    path, note, red = _colleague(tmp_path, lib)
    window = open_window(qtbot, lib, settings)
    before = snapshot(lib, with_log=False)
    dialog = _import(window, monkeypatch, path)
    qtbot.addWidget(dialog)
    text = dialog.details.toPlainText()
    assert "codes B6 → B6, B7(C) (B. Colleague" in text
    assert "text in conflict: here 'a diplomat, I think' (you," in text
    dialog.apply_button.click()
    assert dialog.decide_button.isVisible()
    stack = window.annotating.stack
    assert stack.undoText() == "Import annotations"
    merged = snapshot(lib, with_log=False)
    assert annotation_listing.get_annotation(lib, red).body.get("exemptions") == ["B6", "B7(C)"]

    window.annotation_menus.by_name["undo"].trigger()  # Edit › Undo Import annotations
    assert snapshot(lib, with_log=False) == before and not list_conflicts(lib)
    window.annotation_menus.by_name["redo"].trigger()
    assert snapshot(lib, with_log=False) == merged

    # The list shows the annotations in conflict when asked.
    pane = window.annotation_list
    pane.conflicted.setChecked(True)
    assert [r.uuid for r in pane.model.records] == [note]
    assert pane.model.data(pane.model.index(0, 2)) == "accepted · in conflict"
    pane.conflicted.setChecked(False)
    assert len(pane.model.records) == 2
    statuses = {
        r.uuid: pane.model.data(pane.model.index(i, 2)) for i, r in enumerate(pane.model.records)
    }
    assert statuses == {note: "accepted · in conflict", red: "accepted"}

    # Edit › Conflicts…: here and there side by side, who and when.
    dialog.decide_button.click()
    conflicts = window.annotation_menus.conflicts_dialog
    assert conflicts is not None and conflicts.isVisible()
    assert conflicts.tree.topLevelItemCount() == 1 and conflicts.current is not None
    assert unnamed(conflicts) == []  # (read by a screen reader: every control named)
    shown = [label.text() for label in conflicts.panel.findChildren(type(conflicts.heading))]
    assert "a diplomat, I think" in shown and "the man from Vienna" in shown
    assert any(s.startswith("B. Colleague, ") for s in shown) and any(
        s.startswith("you, ") for s in shown
    )
    assert conflicts.choose(note, "body.text", "there")
    assert annotation_listing.get_annotation(lib, note).body.get("text") == "the man from Vienna"
    assert stack.undoText() == "Take there: text" and not list_conflicts(lib)
    assert conflicts.tree.topLevelItemCount() == 0  # the list follows
    window.annotation_menus.by_name["undo"].trigger()  # the choice is one step
    assert [c.uuid for c in list_conflicts(lib)] == [note]
    assert annotation_listing.get_annotation(lib, note).body.get("text") == "a diplomat, I think"
    conflicts.select(note)
    assert conflicts.edit(note, "body.text", "a diplomat from Vienna")  # or a value of one's own
    assert annotation_listing.get_annotation(lib, note).body.get("text") == "a diplomat from Vienna"
    assert not list_conflicts(lib)
    window.annotation_menus.by_name["undo"].trigger()
    window.annotation_menus.by_name["undo"].trigger()  # and the import itself
    assert snapshot(lib, with_log=False) == before


def test_the_context_menu_offers_the_conflict(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QMenu

    from app.ui.annotating.menus import fill_record_menu

    lib = review_library
    path, note, _ = _colleague(tmp_path, lib)
    import_annotations(lib, path)
    window = open_window(qtbot, lib, settings)
    menu = QMenu()
    fill_record_menu(window.annotations, menu, [annotation_listing.get_annotation(lib, note)])
    entry = next(a for a in menu.actions() if a.text() == "Decide the conflict…")
    entry.trigger()
    dialog = window.annotation_menus.conflicts_dialog
    assert dialog is not None and dialog.current is not None and dialog.current.uuid == note
    shutil.rmtree(tmp_path / "theirs", ignore_errors=True)


def test_a_large_import_is_put_back_on_the_database_worker(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Thousands of rows take seconds to put back: the undo runs on the database worker (here
    synchronous), the panes reload when it reports back, a failure says so."""
    from app.ui.annotating.undo_commands import RowsCommand

    monkeypatch.setattr(RowsCommand, "LARGE", 1)
    lib = review_library
    path, note, _ = _colleague(tmp_path, lib)
    window = open_window(qtbot, lib, settings)
    ran: list[str] = []
    submit = window.annotating.db.submit

    def counted(fn: Any, *args: Any, **kw: Any) -> int:
        ran.append("db")
        return submit(fn, *args, **kw)

    monkeypatch.setattr(window.annotating.db, "submit", counted)
    before = snapshot(lib, with_log=False)
    dialog = _import(window, monkeypatch, path)
    qtbot.addWidget(dialog)
    dialog.apply_button.click()
    ran.clear()
    window.annotation_menus.by_name["undo"].trigger()
    assert "db" in ran and snapshot(lib, with_log=False) == before
    window.annotation_menus.by_name["redo"].trigger()
    A.update_annotation(lib, note, body={"text": "changed since"}, author="Ada")
    messages: list[str] = []
    window.annotating.message.connect(messages.append)
    window.annotation_menus.by_name["undo"].trigger()  # refused whole: a row changed since
    assert any("Cannot undo “Import annotations”" in m for m in messages)
    assert annotation_listing.get_annotation(lib, note).body == {"text": "changed since"}


def test_the_conflicts_dialog_reads_in_german(
    qtbot: QtBot,
    qapp: QApplication,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Side by side, the chrome, the fields' names, who and the statuses are in German; the
    values themselves (what people wrote) are data."""
    window, note = _merged(qtbot, review_library, settings, tmp_path, monkeypatch)
    assert install(qapp, "de", compiled(tmp_path / "qm")) == "de"
    try:
        conflicts = window.annotation_menus.open_conflicts(note)
        qtbot.waitUntil(lambda: conflicts.current is not None)
        item = conflicts.tree.topLevelItem(0)
        assert item is not None
        shown = {t.removeprefix("<b>").removesuffix("</b>") for t in texts(conflicts)}
        shown |= {item.text(i) for i in range(3)}
    finally:
        uninstall(qapp)
    for german in ("Konflikte", "Wo", "Was", "Im Konflikt", "Hier", "Dort", "Hier behalten",
                   "Dort übernehmen", "Bearbeiten…", "Im Dokument zeigen", "Text"):  # fmt: skip
        assert german in shown, german
    assert "Notiz von Ihnen („a diplomat, I think“)" in shown  # what, and who: you, quoted as
    # the merge report quotes it (it was ('…'))
    assert any(t.startswith("Sie, ") and " Dez" in t for t in shown), shown  # who and when
    for english in ("Where", "Keep here", "Take there", "Show in the document", "Here", "There"):
        assert english not in shown, english


def test_the_where_column_reads_whole_or_elided_with_its_text_on_hover(
    qtbot: QtBot, review_library: Library, settings: Settings, tmp_path: Path
) -> None:
    """At the dialog's default size each column of the list shows its text whole, or elided in
    the middle (the page number stays) with the whole text as its tooltip; no column is cut."""
    import os

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    lib = review_library
    path, _, _ = _colleague(tmp_path, lib)
    import_annotations(lib, path)
    window = open_window(qtbot, lib, settings)
    window.annotation_menus.by_name["conflicts"].trigger()
    dialog = window.annotation_menus.conflicts_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1)
    QApplication.processEvents()
    dialog.grab().save(os.environ.get("REDLINE_CONFLICTS_PNG", str(tmp_path / "conflicts.png")))
    tree, item = dialog.tree, dialog.tree.topLevelItem(0)
    assert item is not None and item.text(0).endswith("page 1")
    metrics = QFontMetrics(tree.font())
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle
    for column in range(tree.columnCount()):
        assert item.toolTip(column) == item.text(column)
    where = tree.columnWidth(0)
    assert where >= metrics.horizontalAdvance(item.text(0)) + 12  # whole, with its margins
    columns = sum(tree.columnWidth(c) for c in range(tree.columnCount()))
    assert columns <= tree.viewport().width()  # no column runs past the pane's edge

    long = "Central Intelligence Bulletin, 12 March 1951 (cia-cib-02003053)"
    with lib.transaction() as s:
        s.connection().exec_driver_sql("UPDATE documents SET title = ?", (long,))
    dialog.reload()

    def retitled() -> bool:
        first = tree.topLevelItem(0)
        return first is not None and first.text(0).startswith("Central")

    qtbot.waitUntil(retitled)
    dialog.grab().save(
        os.environ.get("REDLINE_CONFLICTS_PNG", str(tmp_path / "c.png")) + "-long.png"
    )
    item = tree.topLevelItem(0)
    assert item is not None and item.toolTip(0) == f"{long}, page 1"
    seen = metrics.elidedText(item.text(0), Qt.TextElideMode.ElideMiddle, tree.columnWidth(0) - 16)
    assert "…" in seen and seen.endswith(", page 1")  # the page stays in sight
    assert tree.columnWidth(1) >= 0.25 * tree.viewport().width()  # "What" keeps its room
    columns = sum(tree.columnWidth(c) for c in range(tree.columnCount()))
    assert columns <= tree.viewport().width()
    shutil.rmtree(tmp_path / "theirs", ignore_errors=True)


def test_values_that_look_like_markup_are_shown_as_written(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A note holding ``<b>`` is that text, not markup: Qt read such a label as HTML and showed a
    bold "see cable" beside the colleague's value, the one a person chooses it against."""
    mine = "see <b>cable</b> <img src=x>"
    window, note = _merged(qtbot, review_library, settings, tmp_path, monkeypatch, mine)
    conflicts = window.annotation_menus.open_conflicts(note)
    [mine] = [
        label
        for label in conflicts.panel.findChildren(type(conflicts.heading))
        if label.text() == mine
    ]
    assert shown_as_written(mine)
    assert "&lt;b&gt;cable&lt;/b&gt;" in conflicts.heading.text()  # (its own bold is markup)


def test_the_conflicts_heading_follows_french_typography(
    qtbot: QtBot,
    qapp: QApplication,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where and what, with the space French puts before a colon (a no-break one: "page
    1\u00a0: note …")."""
    window, note = _merged(qtbot, review_library, settings, tmp_path, monkeypatch)
    assert install(qapp, "fr", compiled(tmp_path / "qm")) == "fr"
    try:
        conflicts = window.annotation_menus.open_conflicts(note)
        qtbot.waitUntil(lambda: conflicts.current is not None)
        heading = conflicts.heading.text()
    finally:
        uninstall(qapp)
    assert "page 1\u00a0: " in heading, heading


def test_codes_typed_to_decide_a_conflict_are_held_to_the_vocabulary(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Edit… on the codes in conflict: an unknown code is said in the form, with the known
    ones, and the form stays open with what was typed; nothing is stored until the codes are
    known."""
    lib = review_library
    path, _note, red = _colleague(tmp_path, lib)
    A.update_annotation(lib, red, body={"exemptions": ["B1"]}, author="Ada")
    window = open_window(qtbot, lib, settings)
    dialog = _import(window, monkeypatch, path)
    qtbot.addWidget(dialog)
    dialog.apply_button.click()
    dialog.decide_button.click()
    conflicts = window.annotation_menus.conflicts_dialog
    assert conflicts is not None
    conflict = next(c for c in conflicts.conflicts if c.uuid == red)
    [field] = conflict.fields
    editor = conflicts._on_edit_clicked(conflict, field)
    codes = editor.input
    assert isinstance(codes, QLineEdit)
    assert editor.isVisible() and codes.text() == "B1"  # this side's, to start with
    codes.setText("zz9, b6")
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert editor.isVisible() and codes.text() == "zz9, b6"  # open, as typed
    assert editor.said.isVisible() and editor.said.text().startswith("Unknown exemption code: zz9")
    assert "Known codes:" in editor.said.text()
    assert annotation_listing.get_annotation(lib, red).body.get("exemptions") == ["B1"]
    codes.setText("b6, 1.4 (c)")
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not editor.isVisible()
    assert annotation_listing.get_annotation(lib, red).body.get("exemptions") == ["B6", "1.4(c)"]
    assert red not in [c.uuid for c in list_conflicts(lib)]


def _deleted_here_changed_there(tmp_path: Path, lib: Library) -> tuple[Path, str]:
    """The walk: a control marking whose value a colleague changes in a copy of the library,
    while it is deleted here. The colleague's set, and the marking's uuid."""
    from app.core.annotating.records import Span
    from app.core.documents.queries import document_summary

    page1 = document_summary(lib, list_documents(lib)[0].id).pages[0].id
    body = {"category": "control", "value": "NOFORN"}
    mark = A.create_annotation(lib, page1, "marking", text=Span(0, 10), body=body,
                               author="Ada").uuid  # fmt: skip
    export_json(lib, tmp_path / "shared.json")
    theirs = Library.open(tmp_path / "theirs")
    import_file(theirs, tmp_path / "in" / "review-memo.pdf")
    import_annotations(theirs, tmp_path / "shared.json")
    A.update_annotation(theirs, mark, body={**body, "value": "REPRODUCTION PROHIBITED"},
                        author="B. Colleague")  # fmt: skip
    export_json(theirs, tmp_path / "colleague.json")
    theirs.close()
    A.delete_annotation(lib, mark, author="Ada")
    return tmp_path / "colleague.json", mark


def test_a_deletion_in_conflict_shows_what_the_other_side_changed_and_is_decided_yes_or_no(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Deleted here, changed there: beside "Deleted: yes / no" the dialog says what the
    colleague changed (old → new, who), as the merge's report did, so "Take there" is no blind
    choice; Edit… on Deleted is a yes/no check box, never raw JSON."""
    lib = review_library
    path, mark = _deleted_here_changed_there(tmp_path, lib)
    window = open_window(qtbot, lib, settings)
    dialog = _import(window, monkeypatch, path)
    qtbot.addWidget(dialog)
    assert "'NOFORN' → 'REPRODUCTION PROHIBITED'" in dialog.details.toPlainText()
    dialog.apply_button.click()
    dialog.decide_button.click()
    conflicts = window.annotation_menus.conflicts_dialog
    assert conflicts is not None
    qtbot.waitUntil(lambda: conflicts.current is not None and conflicts.current.uuid == mark)
    conflicts.show()
    shown = [label.text() for label in conflicts.panel.findChildren(QLabel)]
    there = next((t for t in shown if t.startswith("no\n")), "")
    assert "Changed there, unseen by the deletion here:" in there, shown
    assert "value: 'NOFORN' → 'REPRODUCTION PROHIBITED' (B. Colleague, " in there, there
    conflicts.grab().save(os.environ.get("REDLINE_DELETED_PNG", str(tmp_path / "deleted.png")))

    current = conflicts.current
    assert current is not None
    [field] = current.fields
    editor = conflicts._on_edit_clicked(current, field)
    assert isinstance(editor.input, QCheckBox) and editor.input.isChecked()  # deleted: yes
    # its title whole beside the frame's buttons (it was cut: "Decid… onflict")
    title = editor.fontMetrics().horizontalAdvance(editor.windowTitle())
    assert editor.width() >= 2 * title + 120
    assert all("JSON" not in label.text() for label in editor.findChildren(QLabel))
    editor.grab().save(os.environ.get("REDLINE_YESNO_PNG", str(tmp_path / "yesno.png")))
    editor.input.setChecked(False)
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not editor.isVisible()
    restored = annotation_listing.get_annotation(lib, mark)
    assert not restored.deleted and restored.body.get("value") == "REPRODUCTION PROHIBITED"
    assert not list_conflicts(lib)
    window.annotations.stack.undo()  # the conflict again, then taken from there
    qtbot.waitUntil(lambda: conflicts.current is not None and conflicts.current.uuid == mark)
    current = conflicts.current
    assert current is not None
    assert conflicts.choose(mark, current.fields[0].field, "there")
    # ("Take there: deleted: decided." read as if it had been deleted: it was brought back)
    assert window.annotations.stack.undoText() == "Take there: deleted or not"
    assert not annotation_listing.get_annotation(lib, mark).deleted


def test_deleted_there_and_changed_here_shows_the_old_value_beside_the_new(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The other way round: a colleague deleted the marking whose value was changed here.
    Beside "Deleted: no" (here) the dialog says what was changed here, old → new, who and
    when, as it does of a change there (it said only the new value)."""
    lib = review_library
    from app.core.annotating.records import Span
    from app.core.documents.queries import document_summary

    page1 = document_summary(lib, list_documents(lib)[0].id).pages[0].id
    body = {"category": "control", "value": "NOFORN"}
    mark = A.create_annotation(lib, page1, "marking", text=Span(0, 10), body=body,
                               author="Ada").uuid  # fmt: skip
    export_json(lib, tmp_path / "shared.json")
    theirs = Library.open(tmp_path / "theirs")
    import_file(theirs, tmp_path / "in" / "review-memo.pdf")
    import_annotations(theirs, tmp_path / "shared.json")
    A.delete_annotation(theirs, mark, author="B. Colleague")
    export_json(theirs, tmp_path / "colleague.json")
    theirs.close()
    A.update_annotation(lib, mark, body={**body, "value": "ORCON"}, author="Ada")
    window = open_window(qtbot, lib, settings)
    dialog = _import(window, monkeypatch, tmp_path / "colleague.json")
    qtbot.addWidget(dialog)
    dialog.apply_button.click()
    dialog.decide_button.click()
    conflicts = window.annotation_menus.conflicts_dialog
    assert conflicts is not None
    qtbot.waitUntil(lambda: conflicts.current is not None and conflicts.current.uuid == mark)
    conflicts.show()
    shown = [label.text() for label in conflicts.panel.findChildren(QLabel)]
    here = next((t for t in shown if t.startswith("no\n")), "")
    assert "Changed here, unseen by the deletion there:" in here, shown
    assert "value: 'NOFORN' → 'ORCON' (you, " in here, here
    conflicts.grab().save(os.environ.get("REDLINE_DELETED_THERE_PNG", str(tmp_path / "there.png")))


def test_a_refused_edit_is_said_in_the_form_which_stays_open(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A value with no form of its own is JSON: what is no JSON is said in the form, in front
    (it was said in the window's status bar, behind the dialog, the form gone); and a choice
    the library refuses is said in the dialog."""
    from app.core.annotating.revisions import FieldConflict, Value

    window, note = _merged(qtbot, review_library, settings, tmp_path, monkeypatch)
    conflicts = window.annotation_menus.open_conflicts(note)
    qtbot.waitUntil(lambda: conflicts.current is not None)
    c = conflicts.current
    region = FieldConflict("region", Value({"x": 1.0}, "Ada", ""), (Value(None, "Bo", ""),))
    editor = conflicts._on_edit_clicked(c, region)
    assert isinstance(editor.input, QPlainTextEdit)
    editor.input.setPlainText("maybe")
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert editor.isVisible() and editor.input.toPlainText() == "maybe"
    assert editor.said.isVisible()
    assert editor.said.text() == "That is not a JSON value; nothing was changed."
    editor.reject()
    decide(review_library, note, author="Bo", field="body.text", take="here")  # meanwhile
    assert not conflicts.choose(note, "body.text", "there")
    assert conflicts.said.isVisible() and "decided meanwhile" in conflicts.said.text()


def test_a_quote_s_line_breaks_keep_its_row_on_one_line(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A row whose text holds a line break spanned two lines: one line, the whole on hover."""
    window, note = _merged(qtbot, review_library, settings, tmp_path, monkeypatch,
                           mine="a diplomat,\nI think")  # fmt: skip
    conflicts = window.annotation_menus.open_conflicts(note)
    qtbot.waitUntil(lambda: conflicts.current is not None)
    item = conflicts.tree.topLevelItem(0)
    assert item is not None
    assert item.text(1) == "note by you ('a diplomat, I think')"
    assert "a diplomat,\nI think" in item.toolTip(1)


def test_a_conflict_decided_elsewhere_meanwhile_is_said_so_and_leaves_the_list(
    qtbot: QtBot,
    review_library: Library,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Decided by a colleague (`redline resolve`) while the list showed it: Take there said
    "<raw id> is not in conflict (nothing to decide)" and the entry stayed."""
    lib = review_library
    path, note, _red = _colleague(tmp_path, lib)
    window = open_window(qtbot, lib, settings)
    dialog = _import(window, monkeypatch, path)
    qtbot.addWidget(dialog)
    dialog.apply_button.click()
    dialog.decide_button.click()
    conflicts = window.annotation_menus.conflicts_dialog
    assert conflicts is not None and conflicts.tree.topLevelItemCount() == 1
    decide(lib, note, author="Bo", field="body.text", take="here")  # elsewhere, meanwhile
    said: list[str] = []
    window.annotations.message.connect(said.append)
    assert not conflicts.choose(note, "body.text", "there")
    assert said == [
        "This conflict was decided meanwhile, by another reviewer or in another window; the "
        "list is read again."
    ]
    qtbot.waitUntil(lambda: conflicts.tree.topLevelItemCount() == 0)


def test_a_large_import_s_undo_the_server_refused_stays_to_be_tried_again(
    qtbot: QtBot,
    own_server: Any,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A merge's undo put back on the database worker, on a team library whose server is
    away (stopped by its administrator): it says so, changes nothing, and stays where it was
    on the stack (as a smaller step does); once the server is back the same Undo puts the
    merge back. It was dropped from the stack, and the merge could not be undone."""
    from app.ui.annotating.undo_commands import RowsCommand
    from tests.ui.helpers import make_review_pdf

    monkeypatch.setattr(RowsCommand, "LARGE", 1)
    lib = Library.open(own_server.url(own_server.create_database()))
    try:
        (tmp_path / "in").mkdir()
        import_file(lib, make_review_pdf(tmp_path / "in" / "review-memo.pdf"))
        path, _note, _ = _colleague(tmp_path, lib)
        window = open_window(qtbot, lib, settings)
        before = snapshot(lib, with_log=False)
        dialog = _import(window, monkeypatch, path)
        qtbot.addWidget(dialog)
        dialog.apply_button.click()
        stack = window.annotating.stack
        assert stack.index() == 1 and stack.undoText() == "Import annotations"
        merged = snapshot(lib, with_log=False)
        messages: list[str] = []
        window.annotating.message.connect(messages.append)

        own_server.pause()
        window.annotation_menus.by_name["undo"].trigger()
        qtbot.waitUntil(lambda: bool(messages))
        assert messages[0].startswith("Cannot undo “Import annotations”: The server holding")
        qtbot.waitUntil(lambda: stack.index() == 1)  # put back where it was
        assert stack.count() == 1 and stack.undoText() == "Import annotations"

        own_server.resume()
        assert snapshot(lib, with_log=False) == merged  # nothing was changed
        window.annotation_menus.by_name["undo"].trigger()
        qtbot.waitUntil(lambda: stack.index() == 0)
        assert snapshot(lib, with_log=False) == before
        assert stack.canRedo() and not [m for m in messages[1:] if "Cannot" in m]
        window.close()
    finally:
        lib.close()
