"""Rendered pages for the GUI: a memory-bounded LRU of pixmaps and the service that fills it.

Pages are rendered at the zoom on screen by render processes (``render_process``) on behalf of a
worker thread, converted to a QImage in that thread, and only turned into a QPixmap on the GUI
thread. Requests nobody wants any more (the person
flipped further) are dropped before they start.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap

from app.core.documents.render import render_page
from app.core.library import Library
from app.ui.base.language import say, translate
from app.ui.base.workers import Dropped, TaskRunner
from app.ui.document.render_process import BandImage, RenderProcesses

PRIORITY_PAGE = 10
# A render of the page on screen this large is split between the render processes. Below it the
# GUI thread's own work on a flip, which then has no core to itself, costs more than the split
# saves (the JFK scan at fit width, 0.23 Mpx: 1.35x a bare render in bands, 1.22x whole; at
# zoom 2, 1.75 Mpx: 1.08-1.14x in bands, 1.26-1.30x whole).
BAND_MIN_PIXELS = 1_000_000
PRIORITY_PREFETCH = 5
PRIORITY_THUMBNAIL = 0


@dataclass(frozen=True, slots=True)
class RenderKey:
    """Which pixels: a page of a source file at a zoom in device pixels per point (rounded),
    and, for a pixmap painted at its own size (a thumbnail), the device pixels per logical
    pixel of the screen it is for: the pixmap is made with that ratio, so a thumbnail rendered
    at twice its logical width is painted sharp at its logical size (the page view scales its
    own pixmaps and leaves the ratio at 1)."""

    source_sha256: str
    index: int
    zoom_centi: int  # zoom x 100, so that nearby zooms share a render
    ratio_centi: int = 100  # device pixels per logical pixel x 100

    @classmethod
    def at(cls, source_sha256: str, index: int, zoom: float, ratio: float = 1.0) -> RenderKey:
        return cls(source_sha256, index, max(1, round(zoom * 100)), max(1, round(ratio * 100)))

    @property
    def zoom(self) -> float:
        return self.zoom_centi / 100

    @property
    def ratio(self) -> float:
        return self.ratio_centi / 100


class RenderCache:
    """Least-recently-used pixmaps within a byte budget."""

    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self.used = 0
        self._items: OrderedDict[RenderKey, QPixmap] = OrderedDict()

    def get(self, key: RenderKey) -> QPixmap | None:
        pixmap = self._items.get(key)
        if pixmap is not None:
            self._items.move_to_end(key)
        return pixmap

    def put(self, key: RenderKey, pixmap: QPixmap) -> None:
        self.discard(key)
        self._items[key] = pixmap
        self.used += _cost(pixmap)
        while self.used > self.budget and len(self._items) > 1:
            _, old = self._items.popitem(last=False)
            self.used -= _cost(old)

    def discard(self, key: RenderKey) -> None:
        old = self._items.pop(key, None)
        if old is not None:
            self.used -= _cost(old)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items


def _cost(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(1, pixmap.depth() // 8)


def _to_qimage(pixels: Any, width: int, height: int, stride: int, _zoom: float) -> QImage:
    """Packed RGB pixels → a QImage in the screen's format (the conversion copies the pixels,
    so the result no longer points into ``pixels``)."""
    image = QImage(pixels, width, height, stride, QImage.Format.Format_RGB888)
    return image.convertToFormat(QImage.Format.Format_RGB32)


def _stack(bands: list[BandImage]) -> QImage:
    """One page from its bands (worker thread: QImage and QPainter on an image are safe there)."""
    first: QImage = bands[0].image
    page = QImage(first.width(), bands[0].height, first.format())
    painter = QPainter(page)
    for band in bands:
        painter.drawImage(0, band.top, band.image)
    painter.end()
    return page


def _render_image(lib: Library, key: RenderKey, processes: RenderProcesses | None) -> QImage:
    """Runs in a worker thread: render (in a render process when there are some) and convert
    the pixels to a QImage there, off the GUI thread."""
    if processes is not None:
        path = lib.source_path(key.source_sha256)
        return processes.render(path, key.index, key.zoom, _to_qimage)
    img = render_page(lib, key.source_sha256, key.index, key.zoom)
    return _to_qimage(img.samples, img.width, img.height, img.stride, img.zoom)


class PageRenderer(QObject):
    """Hands out cached pixmaps at once and renders the rest in the background."""

    rendered = Signal(object, QPixmap)  # RenderKey, pixmap
    failed = Signal(object, str)  # RenderKey, message

    def __init__(
        self,
        lib: Library,
        runner: TaskRunner,
        cache: RenderCache,
        parent: QObject | None = None,
        *,
        processes: RenderProcesses | None = None,
    ) -> None:
        super().__init__(parent)
        self.lib, self.runner, self.cache = lib, runner, cache
        self.processes = processes  # None: render in the worker thread itself (tests)
        # The page on screen, once sent to the render processes, is waited for on a thread of
        # its own: the runner's threads may all be blocked waiting for a render process that
        # this page holds (it holds both when it renders in bands).
        inline = runner.synchronous or processes is None  # (then nothing is sent ahead)
        self.page_runner = runner if inline else TaskRunner(threads=1, parent=self)
        self._pending: set[RenderKey] = set()
        self._showing: set[RenderKey] = set()  # pending renders of pages on screen
        self._deferred: dict[RenderKey, int] = {}  # waiting for those, with their priority
        self._wanted: frozenset[RenderKey] = frozenset()
        # A team library's source not on this machine yet is fetched by ``fetcher`` (the
        # document view's: its page's watched reads, which the person may give up), not by a
        # render thread, where nothing could stop it on a server that does not answer; the
        # renders of its pages wait for it (``source_fetched``, ``source_unfetched``). None:
        # the render thread fetches it (a renderer without a view: tests).
        self.fetcher: Callable[[str], object] | None = None
        self._awaiting: dict[str, dict[RenderKey, tuple[int, bool]]] = {}
        self._fetched: set[str] = set()  # (a source the server has not: the render says so)

    def set_wanted(self, keys: set[RenderKey]) -> None:
        """The page renders still worth doing; queued ones outside this set are dropped."""
        self._wanted = frozenset(keys)  # replaced whole: workers read it without a lock

    def request(
        self, key: RenderKey, priority: int = PRIORITY_PAGE, *, area: float = 0.0
    ) -> QPixmap | None:
        """The pixmap if cached; otherwise queue a render and emit ``rendered`` when done.

        Prefetches and thumbnails wait while a page the person is looking at renders, so that
        page has the processor to itself. ``area``: the page's size in square points, when
        known (a large render of the page on screen is split between the render processes).
        """
        cached = self.cache.get(key)
        if cached is not None or key in self._pending:
            return cached
        if priority < PRIORITY_PAGE and self._showing:
            self._deferred[key] = priority
            return None
        self._submit(key, priority, area * key.zoom**2 >= BAND_MIN_PIXELS)
        if key not in self._pending:  # a synchronous runner already delivered it
            return self.cache.get(key)
        return None

    def _submit(self, key: RenderKey, priority: int, in_bands: bool = False) -> None:
        self._pending.add(key)
        sha = key.source_sha256
        if (
            self.fetcher is not None
            and sha not in self._fetched
            and not self.lib.source_is_local(sha)
        ):
            first = sha not in self._awaiting
            self._awaiting.setdefault(sha, {})[key] = (priority, in_bands)
            if first:
                self.fetcher(sha)
            return
        if priority >= PRIORITY_PAGE:
            self._showing.add(key)
        started = self._start_now(key, in_bands) if priority >= PRIORITY_PAGE else None
        task = started or (lambda: _render_image(self.lib, key, self.processes))
        droppable = started is None and priority != PRIORITY_THUMBNAIL
        (self.runner if started is None else self.page_runner).submit(
            task,
            lambda image: self._on_image(key, image),
            lambda exc: self._on_error(key, exc),
            priority=priority,
            wanted=(lambda: key in self._wanted) if droppable else None,
        )

    def _start_now(self, key: RenderKey, in_bands: bool) -> Callable[[], QImage] | None:
        """The page on screen goes to the render processes straight from the GUI thread (a few
        bytes on a pipe), so it renders while the worker thread that waits for it wakes: when
        ``in_bands`` and all are idle in bands, one a process, else whole to one that is idle.
        Returns the worker thread's task that waits for it (None: no process was idle)."""
        procs = self.processes
        if procs is None or self.runner.synchronous:
            return None
        if not self.lib.source_is_local(key.source_sha256):
            return None  # a server library's source not fetched yet: the worker thread fetches it
        path = self.lib.source_path(key.source_sha256)
        bands = procs.start_bands(path, key.index, key.zoom) if in_bands else None
        if bands is not None:
            return lambda: _stack(procs.finish_bands(bands, _to_qimage))
        whole = procs.start(path, key.index, key.zoom)
        return None if whole is None else (lambda: procs.finish(whole, _to_qimage))

    def source_fetched(self, sha256: str) -> None:
        """The source is on this machine: render what waited for it (what is no longer wanted
        is dropped by the runner)."""
        self._fetched.add(sha256)
        for key, (priority, in_bands) in self._awaiting.pop(sha256, {}).items():
            self._pending.discard(key)
            self._submit(key, priority, in_bands)

    def source_unfetched(self, sha256: str, message: str | None = None) -> None:
        """The source was not fetched: what waited for it is dropped (asked for again, it is
        fetched again); ``message`` (a failure, not a read given up), said of the pages."""
        for key in self._awaiting.pop(sha256, {}):
            self._pending.discard(key)
            if message is not None:
                self.failed.emit(
                    key,
                    translate("Redline", "Cannot show page {page}: {reason}").format(
                        page=key.index + 1, reason=message
                    ),
                )

    def _settle(self, key: RenderKey) -> None:
        self._pending.discard(key)
        self._showing.discard(key)
        if self._showing or not self._deferred:
            return
        deferred, self._deferred = self._deferred, {}
        for k, priority in sorted(deferred.items(), key=lambda kp: -kp[1]):
            if k not in self.cache and k not in self._pending:
                self._submit(k, priority)

    def _on_image(self, key: RenderKey, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        if key.ratio_centi != 100:  # (a new pixmap: nothing shares its pixels to be copied)
            pixmap.setDevicePixelRatio(key.ratio)
        self.cache.put(key, pixmap)
        self._pending.discard(key)
        self.rendered.emit(key, pixmap)  # shown first; then the renders that waited for it
        self._settle(key)

    def _on_error(self, key: RenderKey, exc: BaseException) -> None:
        self._settle(key)
        if isinstance(exc, Dropped):
            return
        self.failed.emit(
            key,
            translate("Redline", "Cannot show page {page}: {reason}").format(
                page=key.index + 1, reason=say(exc)
            ),
        )
