"""Screenshots of merging in the window, on the real JFK scan, for docs/tools.md.

    QT_QPA_PLATFORM=offscreen python docs/make_merge_screenshots.py SCAN.pdf OUT_DIR

Two libraries import and OCR the scan; the first shares a redaction over "Johan Artur" (page 2),
a note and a question; the second (a colleague) changes the codes, deletes the note, answers the
question; the first edits the redaction's note and answers the question otherwise. Then, in the
first library's window: File › Import annotations after its dry run, the same after Apply, the
Conflicts dialog with the question side by side, and the annotation list showing what is in
conflict.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.core.annotating import annotations as A
from app.core.annotating.locate import find_text, page_id_of
from app.core.documents.ingest import import_file
from app.core.exchange.merge import import_annotations
from app.core.exchange.redline_json import export_json
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr.run import ocr_documents
from app.ui.base import settings as S
from app.ui.window.main_window import MainWindow


def _library(root: Path, scan: Path) -> tuple[Library, DocumentId]:
    lib = Library.open(root)
    doc = DocumentId(int(import_file(lib, scan).document_id or 0))
    ocr_documents(lib, [doc])
    return lib, doc


def _scenario(tmp: Path, scan: Path) -> tuple[Library, DocumentId, Path, str]:
    mine, doc = _library(tmp / "one", scan)
    page2 = page_id_of(mine, doc, 2)
    name = find_text(mine, page2, "Johan Artur")
    red = A.create_annotation(mine, page2, "redaction", text=name.span, region=name.region,
                              body={"exemptions": ["B6"], "note": "a private person"},
                              author="Ada").uuid  # fmt: skip
    gone = A.create_annotation(mine, page_id_of(mine, doc, 3), "note",
                               body={"text": "check the date"}, author="Ada").uuid  # fmt: skip
    asked = A.create_annotation(mine, page2, "note", body={"text": "who signed this?"},
                                author="Ada").uuid  # fmt: skip
    export_json(mine, tmp / "ada.json")
    theirs, _ = _library(tmp / "two", scan)
    import_annotations(theirs, tmp / "ada.json")
    who = "B. Colleague"
    codes = {"exemptions": ["B6", "B7(C)"], "note": "a private person"}
    A.update_annotation(theirs, red, body=codes, author=who)
    A.delete_annotation(theirs, gone, author=who)
    A.update_annotation(theirs, asked, body={"text": "the station chief"}, author=who)
    export_json(theirs, tmp / "colleague.json")
    theirs.close()
    note = {"exemptions": ["B6"], "note": "a private person, no official"}
    A.update_annotation(mine, red, body=note, author="Ada")
    A.update_annotation(mine, asked, body={"text": "the ambassador"}, author="Ada")
    return mine, doc, tmp / "colleague.json", asked


def _settle(app: QApplication) -> None:
    for _ in range(30):
        app.processEvents()


def _save(app: QApplication, widget: QWidget, path: Path, saved: list[Path]) -> None:
    _settle(app)
    widget.grab().save(str(path), "PNG")
    saved.append(path)


def shoot(scan: Path, out: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        lib, doc, path, asked = _scenario(Path(tmp), scan)
        settings = S.Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        settings.set(S.AUTHOR, "Ada")
        window = MainWindow(lib, settings, synchronous=True)
        window.resize(1440, 900)
        window.show()
        window.open_document(doc, 1)
        QFileDialog.getOpenFileName = lambda *a, **k: (str(path), "")  # type: ignore[method-assign]
        dialog = window.import_annotations()
        assert dialog is not None
        dialog.resize(980, 460)
        _save(app, dialog, out / "merge-dry-run.png", saved)
        dialog.apply_button.click()
        _save(app, dialog, out / "merge-applied.png", saved)
        dialog.decide_button.click()
        conflicts = window.annotation_menus.conflicts_dialog
        assert conflicts is not None
        conflicts.select(asked)
        _save(app, conflicts, out / "merge-conflicts.png", saved)
        conflicts.close()
        dialog.close()
        window.side.setCurrentWidget(window.annotation_list)
        window.splitter.setSizes([470, 970])
        window.annotation_list.scope.setCurrentIndex(1)  # the whole document
        window.annotation_list.conflicted.setChecked(True)
        window.annotations.show_annotation(asked)
        _save(app, window, out / "merge-list-in-conflict.png", saved)
        window.close()
        lib.close()
    return saved


if __name__ == "__main__":
    for p in shoot(Path(sys.argv[1]), Path(sys.argv[2])):
        print(p)
