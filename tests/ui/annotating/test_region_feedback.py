"""Feedback on regions: the menu after drawing opens beside the rectangle, hovering any annotation
on the scan or in the text tells what it is, and the words under a redaction drawn on the scan
are struck through in the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Region, Span
from app.core.annotating.tags import create_tag
from app.core.annotating.vocabulary import Kind
from app.core.library import Library
from app.ui.annotating import overlay
from app.ui.annotating.editor import AnnotationDialog
from app.ui.annotating.overlay import beside, region_of_span, region_on_screen
from app.ui.base import settings as S
from app.ui.window.main_window import MainWindow
from tests.ui.annotating.helpers import drag, hover, in_the_dialog, open_window, select_text
from tests.ui.helpers import activate

SCREEN = QRect(0, 0, 1000, 800)
MENU = QSize(120, 100)


@pytest.mark.parametrize(
    ("drawn", "at"),
    [
        (QRect(100, 100, 200, 50), QPoint(308, 100)),  # room on the right
        (QRect(800, 100, 150, 50), QPoint(672, 100)),  # none there: on the left
        (QRect(0, 100, 1000, 50), QPoint(0, 158)),  # the page's width: below
        (QRect(0, 700, 1000, 90), QPoint(0, 592)),  # and at the bottom: above
        (QRect(100, 760, 200, 30), QPoint(308, 700)),  # beside, kept on the screen
        (QRect(0, 60, 1000, 680), QPoint(0, 700)),  # room on no side: covering the least
        (QRect(0, 80, 1000, 690), QPoint(0, 0)),
    ],
)
def test_the_region_menu_goes_beside_the_rectangle(drawn: QRect, at: QPoint) -> None:
    assert beside(drawn, MENU, SCREEN) == at
    assert SCREEN.contains(QRect(at, MENU))
    assert not QRect(at, MENU).intersects(drawn) or drawn.height() > SCREEN.height() - 200


def test_the_menu_after_drawing_opens_beside_the_rectangle_not_over_it(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    actions, view = window.annotations, window.document_view.page_view
    drawn = Region(100, 370, 200, 60)
    seen: dict[str, QRect | None] = {}

    def look_then_close() -> None:
        menu = actions.region_menu
        seen["menu"] = menu.geometry() if menu.isVisible() else None
        seen["drawn"] = region_on_screen(view, drawn)
        menu.close()

    QTimer.singleShot(0, look_then_close)
    assert actions.annotate_region(drawn) is None  # closed without a choice: nothing made
    menu, on_screen = seen["menu"], seen["drawn"]
    assert menu is not None and on_screen is not None and on_screen.width() > 20
    assert not menu.intersects(on_screen)  # the rectangle stays in sight
    assert abs(menu.left() - on_screen.right()) < 20 or abs(menu.right() - on_screen.left()) < 20


@pytest.mark.parametrize("kind", ["note", "redaction", "marking"])
def test_the_form_after_the_menu_opens_beside_the_rectangle_too(
    qtbot: QtBot, review_library: Library, settings: S.Settings, kind: Kind
) -> None:
    """Not centred over the window, where it could hide what was drawn; kept on the screen."""
    window = open_window(qtbot, review_library, settings)
    view = window.document_view.page_view
    drawn = Region(100, 370, 200, 60)
    seen: dict[str, QRect | None] = {}

    def look_then_cancel() -> None:
        form = QApplication.activeModalWidget()
        seen["form"] = form.frameGeometry() if isinstance(form, AnnotationDialog) else None
        seen["drawn"] = region_on_screen(view, drawn)
        if isinstance(form, QDialog):
            form.reject()

    QTimer.singleShot(0, look_then_cancel)
    assert window.annotations.annotate_region(drawn, kind) is None  # cancelled: nothing made
    form, on_screen = seen["form"], seen["drawn"]
    assert form is not None and on_screen is not None and on_screen.width() > 20
    assert not form.intersects(on_screen)  # the rectangle stays in sight
    apart = (form.left() - on_screen.right(), on_screen.left() - form.right())
    apart_y = (form.top() - on_screen.bottom(), on_screen.top() - form.bottom())
    assert max(*apart, *apart_y) < 20  # beside it (right, left, below or above)
    assert view.screen().availableGeometry().contains(form)


TITLE_BAR = QMargins(3, 30, 3, 3)  # a window manager's frame (none offscreen): as if there were


@pytest.mark.parametrize("edge", ["corner", "bottom"])
def test_a_form_that_grows_stays_beside_the_rectangle_and_on_the_screen(
    qtbot: QtBot,
    review_library: Library,
    settings: S.Settings,
    monkeypatch: pytest.MonkeyPatch,
    edge: str,
) -> None:
    """A form opened beside what was drawn grows to say why it cannot close (an unknown code,
    then the known ones asked for): its frame, title bar and all, is placed again, still beside
    the rectangle and on the screen: the rectangle in the screen's bottom right corner (the form
    on its left, moved up as it grows), or at its bottom with room only above (the form above
    it, moved up as it grows, its title bar counted)."""
    monkeypatch.setattr(overlay, "frame_margins", lambda window: TITLE_BAR)
    window = open_window(qtbot, review_library, settings)
    view = window.document_view.page_view
    drawn = Region(100, 370, 200, 60)
    on_screen = region_on_screen(view, drawn)
    assert on_screen is not None
    screen = view.screen().availableGeometry()
    if edge == "corner":  # the window moved so that the rectangle is in the corner
        window.move(window.pos() + screen.bottomRight() - on_screen.bottomRight() - QPoint(4, 4))
        qtbot.waitUntil(lambda: region_on_screen(view, drawn) != on_screen)
        on_screen = region_on_screen(view, drawn)
        assert on_screen is not None and screen.contains(on_screen)
    else:  # a screen too narrow for the form beside it, ending just below it: room only above
        screen = QRect(on_screen.left() - 100, on_screen.top() - 500, 520, 510 + on_screen.height())
        monkeypatch.setattr(window.annotations, "_on_screen", lambda region: (on_screen, screen))
    seen: list[tuple[str, QRect]] = []

    def grow_then_cancel(form: AnnotationDialog) -> None:
        seen.append(("opened", frame_of(form)))
        qtbot.keyClicks(form.exemptions, "b6, BG, xyz")
        qtbot.keyClick(form.exemptions, Qt.Key.Key_Return)
        assert "BG (did you mean B6?)" in form.error.text()
        seen.append(("error", frame_of(form)))
        form.details_button.click()
        seen.append(("details", frame_of(form)))
        form.reject()

    failed = in_the_dialog(qtbot, grow_then_cancel)
    assert window.annotations.annotate_region(drawn, "redaction") is None
    assert failed == []
    assert [name for name, _ in seen] == ["opened", "error", "details"]
    heights = [frame.height() for _, frame in seen]
    assert heights[0] < heights[1] < heights[2]  # it grew, twice
    for name, frame in seen:
        assert not frame.intersects(on_screen), name  # the rectangle stays in sight
        assert screen.contains(frame), name
        apart = (frame.left() - on_screen.right(), on_screen.left() - frame.right())
        apart_y = (frame.top() - on_screen.bottom(), on_screen.top() - frame.bottom())
        assert max(*apart, *apart_y) < 20, name  # beside it
    if edge == "corner":
        assert seen[2][1].bottom() == screen.bottom() and seen[2][1].right() < on_screen.left()
    else:
        assert seen[2][1].bottom() < on_screen.top() and seen[2][1].top() < seen[0][1].top()


def frame_of(form: QWidget) -> QRect:
    """Where the form's frame is: ``pos`` is a window's frame's (offscreen, the window's own)."""
    return QRect(form.pos(), form.size().grownBy(TITLE_BAR))


@pytest.mark.parametrize(
    "drawn",
    [
        QRect(900, 300, 90, 40),  # at the right edge: on the left
        QRect(0, 640, 1000, 150),  # the screen's width, at the bottom: above
        QRect(0, 10, 1000, 150),  # at the top: below
        QRect(850, 740, 140, 50),  # in the corner: on the left, kept on the screen
    ],
)
def test_a_window_kept_beside_a_rectangle_is_placed_again_by_its_frame_as_it_grows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, drawn: QRect
) -> None:
    monkeypatch.setattr(overlay, "frame_margins", lambda window: TITLE_BAR)
    form = QDialog()
    qtbot.addWidget(form)
    form.resize(300, 150)
    kept = overlay.KeptBeside(form, drawn, SCREEN, TITLE_BAR)
    form.show()
    for height in (150, 300, 420, 200):
        form.resize(300, height)
        frame = frame_of(form)
        assert not frame.intersects(drawn) and SCREEN.contains(frame), height
        assert kept.frame() == frame


def test_hovering_an_annotation_on_the_scan_tells_kind_codes_note_who_and_when(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    page = window.document_view.page
    assert page is not None
    create_annotation(
        review_library, page.id, "redaction", region=Region(100, 370, 200, 60),
        body={"exemptions": ["B6", "1.4(c)"], "note": "an agent's name"}, author="Bo",
    )  # fmt: skip
    places = create_tag(review_library, "Havana", author="Bo").tag
    create_annotation(
        review_library, page.id, "tag", region=Region(100, 500, 100, 40),
        body={"tag": places.uuid}, author="Cy",
    )  # fmt: skip
    window.document_view.read_again()
    qtbot.waitUntil(lambda: len(window.page_annotations.overlay.shapes) == 2)
    g = window.document_view.page_view.geometry_
    assert g is not None
    told = hover(qtbot, window, *g.to_display((200, 400, 200, 400))[:2])
    assert told.startswith("Redaction · accepted")
    for said in ("B6, 1.4(c)", "an agent's name", "by Bo", " UTC"):
        assert said in told
    told = hover(qtbot, window, *g.to_display((150, 520, 150, 520))[:2])
    assert told.startswith("Tag · accepted") and "Havana" in told and "by Cy" in told
    assert (
        hover(qtbot, window, *g.to_display((500, 50, 500, 50))[:2]) == ""
    )  # nothing there: no tooltip


def test_hovering_an_annotation_in_the_text_tells_what_it_is(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    tag = create_tag(review_library, "Couriers", author="Ada").tag
    window.document_view.read_again()
    qtbot.waitUntil(lambda: len(window.page_annotations.tags) == 1)
    select_text(window, "courier")
    assert window.annotations.annotate_selection("tag", {"tag": tag.uuid})
    pane = window.document_view.text_pane
    tips = [s.format.toolTip() for s in pane.extraSelections() if s.format.toolTip()]
    assert any(t.startswith("Tag · accepted\nCouriers\n") and "by Ada" in t for t in tips)


def struck_words(window: MainWindow) -> list[str]:
    pane = window.document_view.text_pane
    return [s.cursor.selectedText() for s in pane.extraSelections() if s.format.fontStrikeOut()]


def test_the_words_under_a_redaction_drawn_on_the_scan_are_struck_in_the_text(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    text = window.document_view.page_text
    assert text is not None
    start = window.document_view.text_pane.text.index("courier arrived")
    box = region_of_span(text.words, start, start + len("courier arrived"))
    assert box is not None and struck_words(window) == []
    actions = window.annotations
    assert actions.annotate_region(box, "redaction", {"exemptions": ["B6"]})
    assert struck_words(window) == ["courier arrived"]
    actions.stack.undo()
    assert struck_words(window) == []
    actions.stack.redo()
    assert struck_words(window) == ["courier arrived"]
    window.document_view.read_again()  # a page read whole draws them too
    qtbot.waitUntil(lambda: struck_words(window) == ["courier arrived"])


def test_a_redaction_anchored_to_words_strikes_them_and_a_rejected_one_does_not(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    page, text = window.document_view.page, window.document_view.page_text
    assert page is not None and text is not None
    start = window.document_view.text_pane.text.index("courier")
    uuid = create_annotation(
        review_library, page.id, "redaction", text=Span(start, start + 7, text.layer_id),
        region=region_of_span(text.words, start, start + 7), body={"exemptions": ["B6"]},
        author="Bo",
    ).uuid  # fmt: skip
    window.document_view.read_again()
    qtbot.waitUntil(lambda: struck_words(window) == ["courier"])
    window.annotations.set_status(uuid, "rejected")
    assert struck_words(window) == []


def test_the_rectangle_drawn_stays_drawn_while_the_menu_asks_what_it_is(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    view, drawer = window.document_view.page_view, window.page_annotations.drawer
    seen: list[bool] = []

    def look_then_close() -> None:
        seen.append(drawer._band.isVisible())
        window.annotations.region_menu.close()

    QTimer.singleShot(0, look_then_close)
    drag(view, view.mapFromScene(100, 370), view.mapFromScene(300, 430))
    assert seen == [True]  # drawn while asked
    assert not drawer._band.isVisible()  # and gone once answered


def test_the_region_menu_opens_on_an_entry_and_its_form_takes_the_keys_typed_next(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    """After Shift+drag the menu opened with nothing chosen: the first Enter was lost, the code
    typed next ("b1") too, and the redaction was saved without a code. It opens on Redaction
    (then on the kind chosen last); Enter takes it, and the form has the keys typed next."""
    window = open_window(qtbot, review_library, settings)
    activate(qtbot, window)
    view = window.document_view.page_view
    seen: list[str] = []

    def at_the_keys(keys: list[Qt.Key], typed: str) -> None:
        """Answer the menu with ``keys`` then the form with ``typed`` and Enter, as a person
        would at the keys (each key where the keyboard is: the menu, the completion list)."""

        def step() -> None:
            menu = QApplication.activePopupWidget()
            form = QApplication.activeModalWidget()
            if isinstance(menu, QMenu):
                active = menu.activeAction()
                seen.append(active.text() if active is not None else "nothing")
                for key in keys:
                    qtbot.keyClick(menu, key)
            elif isinstance(form, AnnotationDialog):
                timer.stop()
                activate(qtbot, form)
                field = QApplication.focusWidget()
                seen.append(field is form.first_field and form.windowTitle())  # type: ignore[arg-type]
                qtbot.keyClicks(field, typed)
                popup = QApplication.activePopupWidget()
                qtbot.keyClick(popup or field, Qt.Key.Key_Return)
                if form.isVisible():
                    form.reject()

        timer = QTimer(interval=10)
        timer.timeout.connect(step)
        timer.start()
        timers.append(timer)

    timers: list[QTimer] = []
    at_the_keys([Qt.Key.Key_Return], "b1")
    drag(view, view.mapFromScene(100, 370), view.mapFromScene(300, 430))
    at_the_keys([Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return], "SECRET")
    drag(view, view.mapFromScene(100, 470), view.mapFromScene(300, 520))
    at_the_keys([Qt.Key.Key_Return], "TOP SECRET")  # the kind chosen last
    drag(view, view.mapFromScene(100, 570), view.mapFromScene(300, 620))
    for timer in timers:
        timer.stop()
    assert seen == [
        "&Redaction", "Redaction", "&Redaction", "Marking", "&Marking", "Marking",
    ]  # fmt: skip
    made = sorted(list_annotations(review_library), key=lambda r: r.region.y if r.region else 0)
    assert [(r.kind, r.body.get("exemptions") or r.body.get("value")) for r in made] == [
        ("redaction", ["B1"]), ("marking", "SECRET"), ("marking", "TOP SECRET"),
    ]  # fmt: skip
