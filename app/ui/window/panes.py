"""The window's layout: which panes show and how wide each is, so that the scan gets most of the
width at any window size; and the reading mode (F11): full screen, the scan and its text only.

The side panel (library, search, doubtful words, annotations), the thumbnails and the text can
each be hidden from the View menu or by a key, and stay hidden next time. The scan cannot: it is
what every other pane is about. A window too narrow for the panes a person keeps and half its
width for the scan hides, for as long as it is that narrow, the thumbnails first, then the side
panel, then the text (a pane the person shows again from the View menu stays). Whenever the scan
has less than :data:`ROOM_SHARE` of the window (a smaller window, a layout saved on a larger
screen or at another scale factor, a pane shown again), the panes are laid out anew by
:func:`pane_widths`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter, QWidget

from app.ui.base import settings as S
from app.ui.base.language import QT_TRANSLATE_NOOP, tr
from app.ui.document.document_view import DocumentView

SCAN_SHARE = 0.5  # the scan gets at least this share of the window's width …
ROOM_SHARE = 0.4  # … and when it has less than this, the panes are laid out anew
READING_HINT_MS = 4000

# The View menu's entries (pane, text, key, setting), in the order a narrow window hides them
# in reverse; plain literals, in one place.
PANE_ENTRIES = (
    (
        "side",
        QT_TRANSLATE_NOOP("Redline", "&Side panel (library, search, annotations)"),
        "Alt+1",
        S.PANE_SIDE,
    ),
    ("thumbnails", QT_TRANSLATE_NOOP("Redline", "&Thumbnails"), "Alt+2", S.PANE_THUMBNAILS),
    ("text", QT_TRANSLATE_NOOP("Redline", "Te&xt"), "Alt+3", S.PANE_TEXT),
)
DROPPED_FIRST = ("thumbnails", "side", "text")  # what a narrow window hides first
READING_MODE = QT_TRANSLATE_NOOP("Redline", "Rea&ding mode (scan and text, full screen)")
LEAVE_READING = QT_TRANSLATE_NOOP("Redline", "Leave the reading mode")
READING_HINT = QT_TRANSLATE_NOOP("Redline", "Reading mode: F11 or Esc leaves it.")
# How long after leaving the reading mode the panes' widths from before it are put back as the
# window manager gives the window its size again (on X11 after ``showNormal`` returns).
RESTORE_WAIT_MS = 2000


@dataclass(frozen=True)
class PaneSizes:
    """The panes as the person had them: the splitters' sizes, which were shown, the width."""

    main: list[int]
    view: list[int]
    shown: frozenset[str]
    width: int


@dataclass(frozen=True)
class PaneRule:
    """A pane's width: a share of the window's, kept between ``least`` and ``most``; never
    narrower than ``floor`` (the pane's minimum width)."""

    share: float
    least: int
    most: int
    floor: int


RULES = {
    "side": PaneRule(0.20, 180, 360, 160),
    "thumbnails": PaneRule(0.08, 136, 150, 136),
    "text": PaneRule(0.27, 200, 560, 140),
}


def panes_that_fit(total: int, wanted: Collection[str]) -> set[str]:
    """The panes of ``wanted`` that fit beside the scan's share of ``total`` pixels at their
    floors, dropping those of :data:`DROPPED_FIRST` first."""
    room = total - int(SCAN_SHARE * total)
    kept = [p for p in RULES if p in wanted]
    for pane in DROPPED_FIRST:
        if sum(RULES[p].floor for p in kept) <= room:
            break
        if pane in kept:
            kept.remove(pane)
    return set(kept)


def pane_widths(total: int, shown: Collection[str]) -> dict[str, int]:
    """Widths for the panes ``shown`` and the scan across ``total`` pixels: each pane its
    share within its bounds, all of them narrowed alike (not below their floors) where the
    scan would get less than :data:`SCAN_SHARE`."""
    widths = {
        pane: min(max(round(rule.share * total), rule.least), rule.most)
        for pane, rule in RULES.items()
        if pane in shown
    }
    excess = sum(widths.values()) - (total - int(SCAN_SHARE * total))
    slack = {p: w - RULES[p].floor for p, w in widths.items()}
    if excess > 0 and sum(slack.values()) > 0:  # narrowed by what each has above its floor
        share = min(excess / sum(slack.values()), 1.0)
        widths = {p: w - int(slack[p] * share + 0.999) for p, w in widths.items()}
    widths["scan"] = total - sum(widths.values())
    return widths


def _room(splitter: QSplitter) -> int:
    """The width a splitter gives its shown widgets: its own less a handle between each two
    (a handle that has just come back with its widget is not laid out yet)."""
    widgets = (splitter.widget(i) for i in range(splitter.count()))
    shown = sum(1 for w in widgets if w is not None and not w.isHidden())
    return splitter.width() - splitter.handleWidth() * max(shown - 1, 0)


@dataclass(frozen=True)
class NormalLayout:
    """The window's geometry and its two splitters' states, as Qt saves them."""

    geometry: QByteArray
    main: QByteArray
    view: QByteArray


class Panes(QObject):
    """Shows, hides and sizes the panes of ``window``: the View menu's pane entries and the
    reading mode. ``main`` splits the ``side`` panel from ``view``, whose own splitter holds the
    thumbnails, the scan and the text."""

    def __init__(
        self,
        window: QMainWindow,
        settings: S.Settings,
        main: QSplitter,
        side: QWidget,
        view: DocumentView,
        menu: QMenu,
    ) -> None:
        super().__init__(window)
        self.window, self.settings, self.main, self.view = window, settings, main, view
        self.widgets: dict[str, QWidget] = {
            "side": side,
            "thumbnails": view.thumbnails,
            "text": view.text_side,
        }
        for pane, widget in self.widgets.items():
            widget.setMinimumWidth(RULES[pane].floor)  # (their contents may ask for more)
        self.toggles: dict[str, QAction] = {}
        self.insisted: set[str] = set()  # shown again by the person: never hidden for room
        # a hidden pane → the widths of the panes shown when it was hidden (its own too)
        self._hidden_at: dict[str, dict[str, int]] = {}
        self.reading_mode = False
        self._was_maximized = False
        self._before_reading: NormalLayout | None = None
        self._restore: PaneSizes | None = None  # put back on leaving the reading mode
        self._forget_restore = QTimer(self, singleShot=True, interval=RESTORE_WAIT_MS)
        self._forget_restore.timeout.connect(self._drop_restore)
        self._settle = QTimer(self, singleShot=True, interval=0)
        self._settle.timeout.connect(self.apply)
        self._build(menu)
        self.hint = QLabel(tr(READING_HINT), window)
        self.hint.setStyleSheet(
            "background: palette(window); border: 1px solid palette(mid); padding: 6px;"
        )
        self.hint.hide()
        self._hide_hint = QTimer(self, singleShot=True, interval=READING_HINT_MS)
        self._hide_hint.timeout.connect(self.hint.hide)
        window.installEventFilter(self)

    def _build(self, menu: QMenu) -> None:
        for pane, text, key, setting in PANE_ENTRIES:
            action = QAction(text, self.window)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.setChecked(self.settings.get(setting))
            action.triggered.connect(lambda on, pane=pane: self.show_pane(pane, on))
            menu.addAction(action)
            self.toggles[pane] = action
        self.reading = QAction(tr(READING_MODE), self.window)
        self.reading.setCheckable(True)
        self.reading.setShortcut(QKeySequence("F11"))
        self.reading.toggled.connect(self._on_reading_toggled)
        menu.addAction(self.reading)
        # Esc leaves the reading mode; enabled only then, so it never takes Esc from anything
        # else. On the window itself: the menu bar is hidden in the reading mode.
        self.leave = QAction(tr(LEAVE_READING), self.window)
        self.leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave.setEnabled(False)
        self.leave.triggered.connect(lambda: self.reading.setChecked(False))
        self.window.addAction(self.leave)

    # -- which panes show -----------------------------------------------------------------------

    def wished(self) -> set[str]:
        """The panes the person keeps (the settings)."""
        return {pane for pane, _, _, setting in PANE_ENTRIES if self.settings.get(setting)}

    def shown(self) -> set[str]:
        return {pane for pane, w in self.widgets.items() if not w.isHidden()}

    def show_pane(self, pane: str, on: bool) -> None:
        """The person shows or hides a pane (remembered)."""
        setting = next(s for p, _, _, s in PANE_ENTRIES if p == pane)
        self.settings.set(setting, on)
        (self.insisted.add if on else self.insisted.discard)(pane)
        self.apply()

    def apply(self) -> None:
        """Show the panes wished for that fit, the View menu saying which; then make room for
        the scan if it lacks it."""
        wanted = self.wished() & ({"text"} | self.insisted if self.reading_mode else set(RULES))
        # Before the window is shown, its own width: panes that do not fit are put away before
        # their minimum widths could widen the window beyond its screen.
        total = self.main.width() if self.window.isVisible() else self.window.width()
        visible = panes_that_fit(total, wanted) | (wanted & self.insisted)
        before = self._restore if not self.reading_mode and self.window.isVisible() else None
        if before is not None and not before.shown <= wanted:  # (hidden since: laid out anew)
            self._drop_restore()
            before = None
        if before is not None:  # (on the way back the window may pass through other widths)
            visible = set(before.shown)
        was = {pane: self.widgets[pane].width() for pane in self.shown()}
        appeared = visible - set(was)
        for pane in set(was) - visible:  # (the widths then, for when it comes back)
            self._hidden_at[pane] = dict(was)
        for pane, widget in self.widgets.items():
            widget.setVisible(pane in visible)
            self.toggles[pane].setChecked(pane in visible)
        if before is not None:
            self._put_back(before)
            return
        if not self.window.isVisible():
            return
        if appeared and appeared <= set(self._hidden_at):
            self._bring_back(appeared, was)
            appeared = set()
        if appeared or self.scan_share() < ROOM_SHARE:
            self.lay_out()

    def _bring_back(self, appeared: set[str], was: dict[str, int]) -> None:
        """Panes shown again at the widths they and the other panes had when they were hidden
        (the room they left went to the scan and the text), the scan taking the difference:
        they were laid out anew, and Alt+1 twice left the side panel 20 px narrower, a width
        dragged by hand lost."""
        self.main.refresh()  # (the handles that came back with the panes laid out first)
        self.view.splitter.refresh()
        wanted = dict(was)
        for pane in appeared:
            then = self._hidden_at.pop(pane)
            wanted.update({p: w for p, w in then.items() if p in was or p == pane})
        if "side" in appeared:
            total = _room(self.main)
            side = min(wanted["side"], total)
            self.main.setSizes([side, total - side])
        thumbnails, text = wanted.get("thumbnails", 0), wanted.get("text", 0)
        scan = _room(self.view.splitter) - thumbnails - text
        if scan > 0:
            self.view.splitter.setSizes([thumbnails, scan, text])

    def _put_back(self, before: PaneSizes) -> None:
        """Just out of the reading mode: the panes shown before it, at their widths then (they
        were laid out anew: the side panel 172 -> 228 px, the text narrower), put back at each
        resize until the window has its width from before again."""
        self.main.setSizes(before.main)
        self.view.splitter.setSizes(before.view)
        if self.main.width() == before.width:
            self._drop_restore()

    def _drop_restore(self) -> None:
        self._restore = None
        self._forget_restore.stop()

    # -- widths ---------------------------------------------------------------------------------

    def scan_share(self) -> float:
        total = self.main.width()
        return self.view.page_view.width() / total if total > 0 else 1.0

    def lay_out(self) -> None:
        """Widths from :func:`pane_widths` for the window's width and the panes shown."""
        total = self.main.width()
        widths = pane_widths(total, self.shown())
        side = widths.get("side", 0)
        self.main.setSizes([side, total - side])
        self.view.splitter.setSizes(
            [widths.get("thumbnails", 0), widths["scan"], widths.get("text", 0)]
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._settle.start()  # once the new size has reached the splitters
            if not self.hint.isHidden():  # (full screen comes after the hint is shown)
                self._place_hint()
        return False

    def _place_hint(self) -> None:
        """The reading mode's hint, centred at the window's top (at its size now)."""
        self.hint.move(max(0, (self.window.width() - self.hint.width()) // 2), 8)

    # -- reading mode ---------------------------------------------------------------------------

    def normal_layout(self) -> NormalLayout:
        """The window's geometry and its splitters as the next start should have them: in the
        reading mode, as they were when it began. (Leaving it and saving then saved the full
        screen: the window manager applies ``showNormal`` later, after the saving.)"""
        if self.reading_mode and self._before_reading is not None:
            return self._before_reading
        return NormalLayout(
            self.window.saveGeometry(), self.main.saveState(), self.view.splitter.saveState()
        )

    def _on_reading_toggled(self, on: bool) -> None:
        if on == self.reading_mode:
            return
        if on:
            self._before_reading = self.normal_layout()
            self._restore = PaneSizes(
                self.main.sizes(), self.view.splitter.sizes(), frozenset(self.shown()),
                self.main.width(),
            )  # fmt: skip
            self._forget_restore.stop()
        else:
            self._forget_restore.start()
        self.reading_mode = on
        self.insisted.clear()
        self.leave.setEnabled(on)
        self.window.menuBar().setVisible(not on)
        self.window.statusBar().setVisible(not on)
        if on:
            self._was_maximized = self.window.isMaximized()
            self.window.showFullScreen()
            self._show_hint()
        elif self._was_maximized:
            self.hint.hide()
            self.window.showMaximized()
        else:
            self.hint.hide()
            self.window.showNormal()
        self.apply()

    def _show_hint(self) -> None:
        self.hint.adjustSize()
        self._place_hint()
        self.hint.raise_()
        self.hint.show()
        self._hide_hint.start()
