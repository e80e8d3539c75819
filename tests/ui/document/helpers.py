"""Helpers for the document view tests: a view on the review library, a plain mouse move."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.library import Library
from app.ui.base.workers import TaskRunner
from app.ui.document.document_view import DocumentView
from app.ui.document.render_cache import PageRenderer


def make_view(
    qtbot: QtBot, lib: Library, renderer: PageRenderer, runner: TaskRunner
) -> DocumentView:
    view = DocumentView(lib, renderer, runner)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def hover(widget: QWidget, pos: QPoint) -> None:
    """Deliver a plain mouse move (QTest's mouseMove does not reach widgets offscreen)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
