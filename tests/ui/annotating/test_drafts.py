"""An annotation form open when Redline is killed loses nothing: what is typed is kept as a
draft as it is typed (beside the settings, one per library and person), offered back as the
next window on the library opens, and dropped once saved or cancelled."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import list_annotations
from app.core.documents.ingest import import_file
from app.core.library import Library
from app.ui.annotating.drafts import Draft, DraftStore, writer
from app.ui.annotating.editor import AnnotationDialog
from app.ui.base import settings as S
from tests.builders import make_text_pdf
from tests.ui.annotating.helpers import open_window, select_text

KEPT_AT_MOST_S = 20.0


def visible_form() -> AnnotationDialog | None:
    forms = [w for w in QApplication.topLevelWidgets() if isinstance(w, AnnotationDialog)]
    return next((f for f in forms if f.isVisible()), None)


def while_open(qtbot: QtBot, drive: Callable[[AnnotationDialog], None]) -> None:
    """``drive(form)`` once the next annotation form is open (its own event loop runs)."""

    def when_shown() -> None:
        form = visible_form()
        if form is None:
            QTimer.singleShot(20, when_shown)
            return
        drive(form)

    QTimer.singleShot(0, when_shown)


def kept_then(store: DraftStore, close: Callable[[], None], kept: list[Draft]) -> None:
    """Once the form's draft is kept: it into ``kept``, then ``close()`` (closed all the same
    after :data:`KEPT_AT_MOST_S`: none kept, the test fails rather than hangs)."""
    deadline = time.monotonic() + KEPT_AT_MOST_S

    def keep_and_close() -> None:
        draft = store.load()
        if draft is None and time.monotonic() < deadline:
            QTimer.singleShot(20, keep_and_close)
            return
        if draft is not None:
            kept.append(draft)
        close()

    keep_and_close()


def test_a_correction_typed_is_kept_as_a_draft_and_restored_in_a_new_window(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """The correction being typed over the OCR text: kept before OK (the form open); offered
    back by the next window on the library, its form filled in, anchored where it was; saved,
    the draft is gone."""
    window = open_window(qtbot, review_library, settings)
    store = window.annotations.draft_store()
    start, end = select_text(window, "Vienna")
    kept: list[Draft] = []

    def type_wien(form: AnnotationDialog) -> None:
        form.replacement.selectAll()
        qtbot.keyClicks(form.replacement, "Wien")
        kept_then(store, form.reject, kept)

    while_open(qtbot, type_wien)
    assert window.annotations.annotate_selection("correction") is None  # (cancelled)
    [draft] = kept
    assert draft.kind == "correction" and draft.fields == {"replacement": "Wien"}
    assert draft.text is not None and draft.text[:2] == (start, end)
    writer().flush()
    assert store.load() is None  # cancelled on purpose: dropped
    store.keep(draft)  # (what a kill leaves: the draft, the form never closed)
    window.close()

    again = open_window(qtbot, review_library, settings)
    box = again.offer_draft()
    assert box is not None and box.windowTitle() == "Not saved when Redline stopped"
    assert "a correction was being typed on page 1 of" in box.text()
    assert box.informativeText() == "Wien"
    shown: list[str] = []

    def save(form: AnnotationDialog) -> None:
        shown.append(form.replacement.text())
        assert form.restored.isVisible()
        form.accept()

    while_open(qtbot, save)
    [reopen] = [b for b in box.buttons() if b.text() == "Open it again"]
    reopen.click()
    qtbot.waitUntil(lambda: bool(list_annotations(review_library)))
    assert shown == ["Wien"]
    [rec] = list_annotations(review_library)
    assert rec.kind == "correction" and rec.body == {"replacement": "Wien"}
    assert rec.text is not None and (rec.text.start, rec.text.end) == (start, end)
    writer().flush()
    assert store.load() is None  # saved: dropped
    assert again.offer_draft() is None


def test_a_marking_value_typed_is_kept_and_discarding_drops_it(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    store = window.annotations.draft_store()
    select_text(window, "Vienna")
    kept: list[Draft] = []

    def type_value(form: AnnotationDialog) -> None:
        line = form.value.lineEdit()
        assert line is not None
        line.selectAll()
        qtbot.keyClicks(line, "TOP SECRET")
        kept_then(store, form.reject, kept)

    while_open(qtbot, type_value)
    assert window.annotations.annotate_selection("marking") is None
    assert kept[0].kind == "marking" and kept[0].fields["value"] == "TOP SECRET"
    store.keep(kept[0])  # (what a kill leaves)
    box = window.offer_draft()
    assert box is not None and box.informativeText() == "TOP SECRET"
    [discard] = [b for b in box.buttons() if b.text() == "Discard it"]
    discard.click()
    writer().flush()
    assert store.load() is None and window.offer_draft() is None
    assert list_annotations(review_library) == []


def test_another_reviewers_or_another_librarys_draft_is_not_offered(
    qtbot: QtBot, review_library: Library, settings: S.Settings, tmp_path: Path
) -> None:
    window = open_window(qtbot, review_library, settings, author="Ada")
    ada = window.annotations.draft_store()
    select_text(window, "Vienna")
    kept: list[Draft] = []

    def type_note(form: AnnotationDialog) -> None:
        qtbot.keyClicks(form.note, "Ada's thought")
        kept_then(ada, form.reject, kept)

    while_open(qtbot, type_note)
    window.annotations.annotate_page()
    ada.keep(kept[0])
    window.close()
    settings.set(S.AUTHOR, "Bob")
    bob = open_window(qtbot, review_library, settings, author="Bob")
    assert bob.offer_draft() is None  # Ada's stays hers
    bob.close()
    with Library.open(tmp_path / "elsewhere") as other:
        assert import_file(other, make_text_pdf(tmp_path / "x.pdf", ["Another."])).ok
        elsewhere = open_window(qtbot, other, settings, author="Ada")
        assert elsewhere.offer_draft() is None  # not this library's
        elsewhere.close()
    assert ada.load() is not None
