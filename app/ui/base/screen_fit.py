"""Dialogs that fit the screen they open on. Each dialog asks for the size its content reads
well at (the help 760x720, the tags' eight buttons in a row); on a 1280x720 screen, or one at
scale factor 2 (640x360 logical pixels), those sizes ran past the screen's bottom edge, the
Tags dialog's buttons and the Settings' OK out of reach. :func:`fit_to_screen`, called by each
dialog once it is built, bounds its size and minimum size by the screen's available area; a
content that cannot be squeezed that small scrolls, with its OK / Close buttons kept below it
in sight. A dialog that grows once shown (the import's failures) does so through
:func:`resize_centred`, which places it anew over its window, on the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# Room the window manager's frame takes around a dialog (its borders and title bar): the
# sizes below are the dialog's own, without it.
FRAME = QSize(16, 48)
SOME_SCREEN = QRect(0, 0, 1024, 768)  # when Qt knows of no screen at all


def available_area(widget: QWidget) -> QRect:
    """The available geometry (without panels and docks) of the screen ``widget`` opens on:
    its parent's, else its own, else the primary screen's."""
    for anchor in (widget.parentWidget(), widget):
        screen = anchor.screen() if anchor is not None else None
        if screen is not None:
            return screen.availableGeometry()
    primary = QGuiApplication.primaryScreen()
    return primary.availableGeometry() if primary is not None else SOME_SCREEN


def room_on(widget: QWidget) -> QSize:
    """The largest size a dialog of ``widget``'s screen may have, its frame around it."""
    area = available_area(widget).size()
    return QSize(max(area.width() - FRAME.width(), 1), max(area.height() - FRAME.height(), 1))


def fit_to_screen(dialog: QDialog) -> None:
    """Bound ``dialog`` (built, not shown yet) by its screen: the size it was given or asks
    for, and its minimum size, no larger than :func:`room_on`; a content whose minimum is
    larger scrolls (:func:`_scroll_content`). The maximum size keeps a dialog that grows later
    (details shown, a longer message) on the screen too."""
    room = room_on(dialog)
    wanted = (
        dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else dialog.sizeHint()
    )
    least = dialog.minimumSizeHint()
    wanted = wanted.expandedTo(least)  # (a dialog that scrolls is as large as room lets it be)
    if least.width() > room.width() or least.height() > room.height():
        _scroll_content(dialog)
    explicit = dialog.minimumSize()
    if explicit.boundedTo(room) != explicit:  # (a minimum the dialog set itself)
        dialog.setMinimumSize(explicit.boundedTo(room))
    dialog.setMaximumSize(room)
    dialog.resize(wanted.boundedTo(room))


def resize_centred(dialog: QDialog, size: QSize) -> None:
    """Resize a shown ``dialog`` to ``size`` (no larger than :func:`room_on`) and place it anew,
    centred over its window and inside the screen's available area (:func:`centre_on_parent`).
    Qt centres a dialog for the size it has when shown; one resized after, its top-left corner
    kept, grew off-centre, and on X11 a resize that came before the window manager had placed
    the dialog (an import failing at once) put it at (0, 0), its title bar off the screen."""
    handle = dialog.windowHandle()
    if dialog.isVisible() and handle is not None and not handle.isExposed():
        _WhenExposed(dialog, handle, lambda: resize_centred(dialog, size))  # (placed by then)
        return
    dialog.resize(size.boundedTo(room_on(dialog)))
    centre_on_parent(dialog)


class _WhenExposed(QObject):
    """Calls ``then`` once, soon after ``dialog``'s window is first exposed (on X11 the window
    manager has mapped and placed it by then); never once the dialog is gone (it owns this)."""

    def __init__(self, dialog: QWidget, window: QWindow, then: Callable[[], None]) -> None:
        super().__init__(dialog)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = watched if isinstance(watched, QWindow) else None
        if event.type() == QEvent.Type.Expose and window is not None and window.isExposed():
            window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # (after Qt has handled the exposure)
        return False

    def _run(self) -> None:
        self.deleteLater()
        self.then()


def centre_on_parent(dialog: QWidget) -> None:
    """Move ``dialog``'s frame to the centre of its parent's window (of its screen without
    one), shifted as little as it takes to lie inside the screen's available area."""
    area = available_area(dialog)
    parent = dialog.parentWidget()
    anchor = parent.window() if parent is not None else None
    over = anchor.frameGeometry() if anchor is not None and anchor.isVisible() else area
    frame = dialog.frameGeometry()
    inner = dialog.geometry()
    if frame.size() == inner.size() and anchor is not None:  # not framed yet: as its window is
        extra = anchor.frameGeometry().size() - anchor.geometry().size()
        frame.setSize(inner.size() + extra)
    x = over.center().x() - frame.width() // 2
    y = over.center().y() - frame.height() // 2
    x = max(area.left(), min(x, area.right() + 1 - frame.width()))
    y = max(area.top(), min(y, area.bottom() + 1 - frame.height()))
    dialog.move(x, y)  # (a window's move places its frame)


def _scroll_content(dialog: QDialog) -> None:
    """Move the dialog's layout into a scroll area; the button boxes at its top level stay
    below it, in sight, as they are what closes the dialog."""
    layout = dialog.layout()
    if layout is None:
        return
    boxes = [b for b in dialog.findChildren(QDialogButtonBox) if layout.indexOf(b) >= 0]
    for box in boxes:
        layout.removeWidget(box)
    margins = layout.contentsMargins()
    content = QWidget()
    content.setLayout(layout)  # (takes the layout, and its widgets, from the dialog)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll, 1)
    if boxes:
        below = QVBoxLayout()
        below.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
        for box in boxes:
            below.addWidget(box)
        outer.addLayout(below)
