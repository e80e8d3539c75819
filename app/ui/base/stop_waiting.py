"""Giving up a call the library's server does not answer: the "Stop waiting" button, in a strip
at the foot of the window in front (the main window, over its status bar; or a form in front of
it, in a row of its own below the form's buttons), and Esc, and the input taken meanwhile
(``library_calls``).

While a call is awaited Qt holds the person's keys and clicks (``ExcludeUserInputEvents``), so a
button could not be pressed. Once "Stop waiting" is offered the window takes input again, but
through :class:`WaitInput`: a click on a stop button and Esc go through (Esc stops), everything
else is dropped — an action started meanwhile would wait on the same server, and one the
person pressed in vain would run once it answered, or after they gave up. Hover, paint and the
window's own events pass as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QSinglePointEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QWidget,
)

from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, tr
from app.ui.base.plain_label import plain_label

WAITING = QT_TRANSLATE_NOOP("Redline", "Waiting for the library's server…")
STOP_WAITING = QT_TRANSLATE_NOOP("Redline", "Stop waiting")
STOP_WAITING_TIP = QT_TRANSLATE_NOOP(
    "Redline",
    "Stop waiting for the library's server (Esc): what it was doing is cancelled, and you are "
    "told whether anything was saved.",
)

_T = QEvent.Type
_INPUT = frozenset(
    {
        _T.KeyPress, _T.KeyRelease, _T.ShortcutOverride, _T.Shortcut, _T.InputMethod,
        _T.MouseButtonPress, _T.MouseButtonRelease, _T.MouseButtonDblClick, _T.MouseMove,
        _T.Wheel, _T.ContextMenu, _T.TabletPress, _T.TabletMove, _T.TabletRelease,
        _T.TouchBegin, _T.TouchUpdate, _T.TouchEnd, _T.TouchCancel, _T.NativeGesture,
    }
)  # fmt: skip
_POINTER_PASSING = frozenset({_T.MouseButtonRelease, _T.MouseMove})  # (decided per widget)


class StopStrip(QFrame):
    """ "Waiting for the library's server… [Stop waiting]" at the foot of ``window``: over the
    main window's (over its status bar, whose free space a narrow window cuts a message to its
    first letters in; hidden in the reading mode), or at the end of the layout of a form in
    front of it, which blocks it: a row of its own there, so that it covers none of the form
    (laid over the form's foot it hid its OK and Cancel but for their tops)."""

    def __init__(self, window: QWidget, stop: Callable[[], None]) -> None:
        super().__init__(window)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.button = QPushButton(tr(STOP_WAITING))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (not in the Tab order: Esc is its key)
        self.button.setToolTip(tr(STOP_WAITING_TIP))
        named(self.button, STOP_WAITING, STOP_WAITING_TIP)
        self.button.clicked.connect(lambda _checked=False: stop())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(plain_label(tr(WAITING)), 1)
        layout.addWidget(self.button)
        named(self, WAITING)
        if not _laid_out_in(window, self):
            window.installEventFilter(self)
            self._place()
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == _T.Resize:
            self._place()
        return False

    def _place(self) -> None:
        window = self.parentWidget()
        assert window is not None
        height = self.sizeHint().height()
        self.setGeometry(0, window.height() - height, window.width(), height)


def _laid_out_in(window: QWidget, strip: QWidget) -> bool:
    """Put ``strip`` last in the layout of ``window`` when it is a form laid out in a box, a
    grid or a form layout (the main window's is its own: the strip goes over its status bar);
    whether it was. Deleted, the strip leaves the layout by itself."""
    layout = window.layout()
    if isinstance(window, QMainWindow) or layout is None:
        return False
    if isinstance(layout, QBoxLayout):
        layout.addWidget(strip)
    elif isinstance(layout, QFormLayout):
        layout.addRow(strip)
    elif isinstance(layout, QGridLayout):
        layout.addWidget(strip, layout.rowCount(), 0, 1, max(layout.columnCount(), 1))
    else:
        return False
    return True


def _application() -> QCoreApplication:
    app = QApplication.instance()
    assert app is not None  # (a call awaited: the window's event loop runs)
    return app


class WaitInput(QObject):
    """The application's input while "Stop waiting" is offered (see the module's docstring):
    :meth:`start` drops everything (what was pressed before the offer, held by Qt till then,
    is passed through it first: :meth:`drained` ends that), then Esc calls ``stop``."""

    def __init__(self, stop: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = stop
        self.buttons: list[QWidget] = []  # the stop buttons: their input passes
        self.on = False
        self.draining = False

    def start(self) -> None:
        _application().installEventFilter(self)
        self.on, self.draining = True, True

    def drained(self) -> None:
        self.draining = False

    def end(self) -> None:
        _application().removeEventFilter(self)
        self.on = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT:
            return False
        if self._for_a_button(watched, event):
            return False
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            if kind == _T.ShortcutOverride:
                event.accept()  # (Esc comes as a key press, not as a shortcut of the window)
            elif kind == _T.KeyPress and not self.draining and not event.isAutoRepeat():
                self._stop()
        return True

    def _for_a_button(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget):
            return any(b is watched or b.isAncestorOf(watched) for b in self.buttons)
        if not watched.isWindowType() or not isinstance(event, QSinglePointEvent):
            return False
        if isinstance(event, QMouseEvent) and event.type() in _POINTER_PASSING:
            return True  # (to the widget under it, or the one holding the mouse: decided there)
        under = QApplication.widgetAt(event.globalPosition().toPoint())
        return under is not None and any(b is under or b.isAncestorOf(under) for b in self.buttons)
