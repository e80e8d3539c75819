"""Walk a first tag, the forgiving dialogs and the feedback on regions in the real window on a
real scan, as a person at the keys would, and save what is on screen, for docs/annotating.md.

    python docs/make_dialog_screenshots.py SCAN.pdf OUT_DIR

Imports the scan into a temporary library (OCR of its first page when it has no text), opens
the window, and: selects words and presses Ctrl+T, types a new tag's path and Enter; draws a
rectangle (the menu beside it); presses Enter in an empty marking form; types an unknown
exemption code; hovers a redaction; shows the words under it struck in the text; opens the tag
manager. Each step's screen is saved as a PNG (popups and tooltips drawn where they are on the
screen). The script asserts what each step must do, so a run that ends says they did it.
(Not part of the program: it lives with the pages it illustrates.)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.records import Region
from app.core.annotating.tag_store import list_tags, walk_tags
from app.core.annotating.tags import create_tag
from app.core.documents.ingest import import_paths
from app.core.documents.queries import list_documents
from app.core.library import Library
from app.core.ocr.run import ocr_documents
from app.ui.annotating.editor import AnnotationDialog
from app.ui.annotating.overlay import region_of_span, region_on_screen
from app.ui.annotating.tag_manager import TagManager
from app.ui.base import settings as S
from app.ui.window.main_window import MainWindow

SIZE = (1440, 900)
CROP = QRect(390, 0, 1050, 640)
CTRL = Qt.KeyboardModifier.ControlModifier


def settle(app: QApplication, rounds: int = 40) -> None:
    for _ in range(rounds):
        app.processEvents()


def screen_shot(window: QWidget, *popups: QWidget | None) -> QPixmap:
    """The window with the popups drawn over it where they are on the screen."""
    shot = window.grab()
    painter = QPainter(shot)
    origin = window.mapToGlobal(QPoint(0, 0))
    for popup in popups:
        if popup is not None and popup.isVisible():
            painter.drawPixmap(popup.mapToGlobal(QPoint(0, 0)) - origin, popup.grab())
    painter.end()
    return shot


def tooltip_widget() -> QWidget | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()),
        None,
    )


def in_the_next_dialog(answer: Callable[[AnnotationDialog], None]) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AnnotationDialog), dialog
        handle = dialog.windowHandle()
        if handle is not None:
            handle.requestActivate()
        answer(dialog)

    QTimer.singleShot(50, run)


def select(window: MainWindow, quote: str) -> None:
    pane = window.document_view.text_pane
    start = pane.text.index(quote)
    cursor = pane.textCursor()
    cursor.setPosition(pane._map.to_qt(start))
    cursor.setPosition(pane._map.to_qt(start + len(quote)), cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.setFocus()


def walk(scan: Path, out: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    saved: list[Path] = []

    def save(name: str, shot: QPixmap) -> None:
        path = out / f"{name}.png"
        if shot.width() == SIZE[0]:  # the window: the scan and the text, where it happens
            shot = shot.copy(CROP)
        shot.save(str(path), "PNG")
        saved.append(path)

    with tempfile.TemporaryDirectory() as tmp, Library.open(Path(tmp) / "lib") as lib:
        import_paths(lib, [scan])
        doc = list_documents(lib)[0]
        ocr_documents(lib, [doc.id])  # (pages without text only)
        settings = S.Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        settings.set(S.AUTHOR, "Ada")
        window = MainWindow(lib, settings, synchronous=True)
        window.resize(*SIZE)
        window.show()
        window.open_document(doc.id)
        window.side.setCurrentWidget(window.annotation_list)
        settle(app)
        handle = window.windowHandle()
        assert handle is not None
        handle.requestActivate()
        settle(app)
        pane = window.document_view.text_pane
        words = pane.text.split()
        quote = next(w for w in words if len(w) > 5 and w.isalpha())

        # 1. A first tag: select, Ctrl+T, type a path, Enter.
        select(window, quote)
        shots: dict[str, QPixmap] = {}

        def type_a_path(dialog: AnnotationDialog) -> None:
            line = dialog.tag.lineEdit()
            assert line is not None
            QTest.keyClicks(line, "Places > Vienna")
            settle(app)
            shots["tag-typed"] = screen_shot(window, dialog)
            QTest.keyClick(line, Qt.Key.Key_Return)

        in_the_next_dialog(type_a_path)
        QTest.keyClick(pane, Qt.Key.Key_T, CTRL)
        settle(app)
        [tagging] = list_annotations(lib)
        assert tagging.kind == "tag" and window.annotations.stack.count() == 1
        assert [" › ".join(p) for _n, p in walk_tags(list_tags(lib))] == [
            "Places",
            "Places › Vienna",
        ]
        save("dialogs-first-tag-typed", shots["tag-typed"])
        save("dialogs-first-tag-made", screen_shot(window))

        # ... and a second word: the path completed as it is typed.
        select(window, next(w for w in words if len(w) > 4 and w.isalpha() and w != quote))

        def complete(dialog: AnnotationDialog) -> None:
            line = dialog.tag.lineEdit()
            completer = dialog.tag.completer()
            assert line is not None and completer is not None
            QTest.keyClicks(line, "vie")
            settle(app)
            popup = completer.popup()
            assert popup is not None and popup.isVisible()
            shots["completed"] = screen_shot(window, dialog, popup)
            dialog.reject()

        in_the_next_dialog(complete)
        handle.requestActivate()
        settle(app)
        QTest.keyClick(pane, Qt.Key.Key_T, CTRL)
        settle(app)
        save("dialogs-tag-completed", shots["completed"])
        window.annotations.stack.undo()  # the first tag: its use and both tags go
        settle(app)
        assert list_annotations(lib) == [] and list_tags(lib) == []
        window.annotations.stack.redo()
        settle(app)

        # 2. A rectangle drawn on the scan: the menu beside it.
        view = window.document_view.page_view
        g = view.geometry_
        assert g is not None
        w, h = g.display_size
        drawn = Region(w * 0.15, h * 0.3, w * 0.3, h * 0.06)
        actions = window.annotations

        def look_at_the_menu() -> None:
            menu = actions.region_menu
            rect = region_on_screen(view, drawn)
            print("menu", menu.geometry(), "rectangle", rect)
            assert menu.isVisible() and rect is not None
            assert not menu.geometry().intersects(rect), (menu.geometry(), rect)
            shots["menu"] = screen_shot(window, menu)
            menu.close()

        QTimer.singleShot(50, look_at_the_menu)
        # Shift+drag on the scan, as a person draws (the release asks what the rectangle is).
        shift = Qt.KeyboardModifier.ShiftModifier
        vp = view.viewport()
        a = view.mapFromScene(*g.to_display((drawn.x, drawn.y) * 2)[:2])
        b = view.mapFromScene(*g.to_display((drawn.x + drawn.w, drawn.y + drawn.h) * 2)[:2])
        QTest.mousePress(vp, Qt.MouseButton.LeftButton, shift, a)
        QTest.mouseMove(vp, a + QPoint(5, 5))
        QTest.mouseMove(vp, b)
        QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, shift, b)
        assert list_annotations(lib) == [tagging]  # the menu closed: nothing made
        save("dialogs-region-menu", shots["menu"])

        # 3. A marking with no value: refused in the form, which stays open; then made.
        def empty_then_value(dialog: AnnotationDialog) -> None:
            value = dialog.value.lineEdit()
            assert value is not None
            QTest.keyClick(value, Qt.Key.Key_Return)
            settle(app)
            assert dialog.isVisible() and dialog.error.isVisible()
            shots["marking"] = screen_shot(window, dialog)
            QTest.keyClicks(value, "secret")
            QTest.keyClick(value, Qt.Key.Key_Return, CTRL)

        in_the_next_dialog(empty_then_value)
        assert actions.annotate_region(drawn, "marking")
        save("dialogs-marking-refused", shots["marking"])

        # 4. A redaction with unknown codes: refused naming them (and the known code one is likely
        # a slip for), the known ones shown on asking; codes completed.
        text = window.document_view.page_text
        assert text is not None
        boxed = [wd for wd in text.words if wd.box is not None][40:44]  # a few printed words
        box = region_of_span(text.words, boxed[0].start, boxed[-1].end)
        assert box is not None
        box = Region(box.x - 2, box.y - 2, box.w + 4, box.h + 4)  # drawn around them

        def unknown_then_known(dialog: AnnotationDialog) -> None:
            QTest.keyClicks(dialog.exemptions, "b6, BG, xyz")
            QTest.keyClick(dialog.exemptions, Qt.Key.Key_Return)
            settle(app)
            assert dialog.isVisible() and "BG (did you mean B6?), xyz." in dialog.error.text()
            dialog.details_button.click()
            settle(app)
            assert dialog.details.isVisible()
            shots["codes"] = screen_shot(window, dialog)
            dialog.exemptions.clear()
            QTest.keyClicks(dialog.exemptions, "b6, 3.3(h")
            settle(app)
            popup = dialog.exemptions.completer().popup()
            shots["codes-completed"] = screen_shot(window, dialog, popup)
            dialog.exemptions.setText("b6, (b)(6), 3.3(H)(2)")
            dialog.redaction_note.setText("an agent's name")
            QTest.keyClick(dialog.exemptions, Qt.Key.Key_Return, CTRL)

        in_the_next_dialog(unknown_then_known)
        made = actions.annotate_region(box, "redaction")
        assert made
        rec = next(r for r in list_annotations(lib) if r.uuid == made)
        assert rec.body["exemptions"] == ["B6", "3.3(h)(2)"], rec.body  # type: ignore[typeddict-item]
        save("dialogs-codes-refused", shots["codes"])
        save("dialogs-codes-completed", shots["codes-completed"])

        # 5. Hovering the redaction; the words under it struck in the text.
        on_scan = window.page_annotations.overlay.rect_of(made)
        assert on_scan is not None
        view.ensureVisible(on_scan, 200, 200)
        settle(app)
        x, y = g.to_display((box.x + box.w / 2, box.y + box.h / 2) * 2)[:2]
        pos = view.mapFromScene(x, y)
        vp = view.viewport()
        QTest.mouseMove(vp, pos)
        QApplication.sendEvent(vp, QHelpEvent(QEvent.Type.ToolTip, pos, vp.mapToGlobal(pos)))
        settle(app)
        told = QToolTip.text()
        assert told.startswith("Redaction") and "3.3(h)(2)" in told, told
        struck = [
            s.cursor.selectedText() for s in pane.extraSelections() if s.format.fontStrikeOut()
        ]
        print("tooltip:", told.replace("\n", " | "))
        print("struck in the text:", struck)
        save("dialogs-redaction-hover", screen_shot(window, tooltip_widget()))

        # 6. The tag manager: whole names, a Close button.
        places = next(n.tag.uuid for n in list_tags(lib) if n.tag.name == "Places")
        create_tag(lib, "Mexico City, the Soviet and Cuban embassies", author="Ada", parent=places)
        manager = TagManager(window.annotating, window)
        manager.show()
        settle(app)
        save("dialogs-tag-manager", manager.grab())
        manager.close_button.click()
        settle(app)
        assert not shiboken6.isValid(manager) or not manager.isVisible()  # (deleted when closed)
        print("status bar:", repr(window.statusBar().currentMessage()))
        window.close()
    return saved


if __name__ == "__main__":  # the offscreen platform, one 1440×900 screen the window fills
    _config = Path(tempfile.mkdtemp(prefix="redline-shots-")) / "screen.json"
    _config.write_text(
        json.dumps({"screens": [{"name": "docs", "x": 0, "y": 0, "width": SIZE[0],
                                 "height": SIZE[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                 "dpr": 1}]}),
        encoding="utf-8",
    )  # fmt: skip
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config}"
    for p in walk(Path(sys.argv[1]), Path(sys.argv[2])):
        print(p)
