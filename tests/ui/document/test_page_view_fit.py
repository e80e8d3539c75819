"""Fitting the page to the view settles: the scroll bar a fit brings must not undo the fit.

At fit width, a page a little taller than the view brings a vertical scroll bar; the narrower
view then fits a smaller zoom, at which the page may no longer need the bar, which goes, and
the zoom grows again: an endless relayout that kept the window busy and the page unrendered
(the render at each zoom was dropped before the next). Every size in a range around that edge
must settle on one zoom."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.documents.render import PageGeometry
from app.ui.document.page_view import PageView


def _zoom_changes_after_resize(qtbot: QtBot, view: PageView, width: int, height: int) -> int:
    changes: list[float] = []
    fit = view.fit_mode

    def changed(zoom: float) -> None:
        changes.append(zoom)
        if len(changes) > 50:  # a relayout loop (inside one resize): broken, so the test ends
            view.fit_mode = None

    view.zoom_changed.connect(changed)
    view.resize(width, height)
    for _ in range(20):
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    view.zoom_changed.disconnect(changed)
    view.fit_mode = fit
    return len(changes)


def test_fit_width_settles_at_every_height_near_the_scroll_bar_edge(qtbot: QtBot) -> None:
    view = PageView()
    qtbot.addWidget(view)
    view.set_page(PageGeometry(610.56, 741.6))
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    unsettled = []
    for height in range(700, 900, 3):
        changes = _zoom_changes_after_resize(qtbot, view, 700, height)
        if changes > 2:
            unsettled.append((height, changes))
            continue
        # fitted: the page's width fills the view, no horizontal scroll bar
        assert not view.horizontalScrollBar().isVisible(), height
        assert view.zoom * 610.56 <= view.viewport().width()
    assert unsettled == []


def test_fit_page_settles_and_shows_no_scroll_bar(qtbot: QtBot) -> None:
    view = PageView()
    qtbot.addWidget(view)
    view.set_page(PageGeometry(612, 792))
    view.show()
    qtbot.waitExposed(view)
    view.fit_page()
    for height in range(500, 900, 7):
        assert _zoom_changes_after_resize(qtbot, view, 640, height) <= 2
        assert not view.verticalScrollBar().isVisible()
        assert not view.horizontalScrollBar().isVisible()
