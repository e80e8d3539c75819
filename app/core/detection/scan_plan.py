"""The work on a document's scans, planned and taken in: which pages' banners are re-read, the
tasks for the worker processes (each page's redaction-box search, its banners' reading or its
text's levels checked for a strike line), and each task's result taken into its page.

The text side is done in the process running detection (:mod:`app.core.detection.run`); what
needs each page rendered runs in worker processes, as :class:`ScanPlan`'s tasks, by the
functions of the modules the fork server preloads (:mod:`.bands`, :mod:`.redactions`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app.core.detection.band_cache import BandKey, band_reader, cached_bands, keep_bands
from app.core.detection.bands import BandResult, needs_bands, page_bands, page_scan
from app.core.detection.redactions import Box, PageWord, page_redactions
from app.core.detection.stored import PageData, boxes_of
from app.core.supervisor import Failure, Finished, Task
from app.core.wording import Text, translate

SURE_LEVEL = 0.75  # a text-layer level below this (a poor reading) does not stop a re-read
# Stamps and lines that mark a page as a classified record under review: a level is expected.
_EXPECTING = frozenset({"declassification", "exemption"})
_REVIEW_STAMPS = ("DECLASSIFIED", "APPROVED FOR RELEASE", "RELEASE IN PART", "DENY IN FULL")


def plan_rescans(pages: Sequence[PageData]) -> None:
    """Mark the pages whose banners are re-read from the scan: poor text, or no level where the
    document shows a level above UNCLASSIFIED elsewhere or the page carries a classified
    record's review marks. A record marked so is marked on every page (E.O. 13526, and the
    control markings' rules alike); an unclassified one need not be: its other pages' missing
    banner is no sign of a reading that missed it."""
    doc_has_level = any(
        d.category == "classification" and d.value != "UNCLASSIFIED"
        for p in pages
        for d in p.detections
    )
    for p in pages:
        levels = [d for d in p.detections if d.category == "classification"]
        has_level = any(d.confidence >= SURE_LEVEL for d in levels)  # a doubtful one: look again
        expected = doc_has_level or any(
            d.category in _EXPECTING
            or (d.category == "release" and d.value.startswith(_REVIEW_STAMPS))
            for d in p.detections
        )
        p.rescan = needs_bands(p.text, has_level, expected)


def levels_with_boxes(page: PageData) -> list[tuple[int, Box]]:
    """Each text-layer level of the page that has word boxes (its index, their union): these
    are checked for a strike line."""
    out = []
    for i, d in enumerate(page.detections):
        if d.category == "classification" and (inside := boxes_of(page, d)):
            out.append((i, _union(inside)))
    return out


def _union(boxes: Sequence[Box]) -> Box:
    return Box(
        min(b.x0 for b in boxes), min(b.y0 for b in boxes),
        max(b.x1 for b in boxes), max(b.y1 for b in boxes),
    )  # fmt: skip


def _apply_bands(page: PageData, result: BandResult) -> None:
    """Take a page's band reading: struck flags for its text-layer levels, and the markings read
    from the scan that its text does not already have."""
    for (i, _), struck in zip(levels_with_boxes(page), result.struck, strict=False):
        if struck:
            page.detections[i] = replace(page.detections[i], struck=True)
    have = {(d.category, d.value) for d in page.detections}
    page.bands = [m for m in result.markings if (m.category, m.value) not in have]


# A page's work on its scan (its redaction-box search; its banners' reading, each Tesseract call
# of which stops itself at bands.TIMEOUT_S) that is still running this long (plus the supervisor's
# OVERRUN_S) after it was handed out is ended: its workers are killed, the page gets a warning.
# So does a task that raises in its worker (a page MuPDF cannot render, an image Tesseract's
# library rejects): the reason in the warning, the traceback in the log file.
PAGE_TIMEOUT_S = 60.0
UNREAD = {
    "boxes": translate("Redline", "redaction boxes not searched"),
    "bands": translate("Redline", "banners not re-read"),
    "strikes": translate("Redline", "levels not checked for a strike line"),
}


PARTS = {"scan": ("boxes", "bands")}  # the readings a task of two holds


def failed_note(what: Text, finished: Finished[Any]) -> Text:
    """What a reading's failed task left undone, and why."""
    if finished.error is not None:  # (Failure.RAISED)
        return translate("Redline", "{what} (failed: {reason})").format(
            what=what, reason=finished.error.reason
        )
    if finished.failure is Failure.LATE:
        return translate("Redline", "{what} (stopped after {seconds:g} s)").format(
            what=what, seconds=finished.task.timeout_s
        )
    return translate("Redline", "{what} (the worker process crashed on this page)").format(
        what=what
    )


@dataclass
class ScanPlan:
    """The work on a document's scans: its tasks, and how many each page still waits for."""

    tasks: list[Task[Any]] = field(default_factory=list)
    waiting: dict[int, int] = field(default_factory=dict)  # page position -> tasks not ended
    keys: dict[int, BandKey] = field(default_factory=dict)  # readings to keep in the cache

    def add(self, position: int, what: str, fn: Callable[..., Any], *args: Any) -> None:
        # A task of two readings has the time of both.
        timeout_s = PAGE_TIMEOUT_S * len(PARTS.get(what, (what,)))
        self.tasks.append(Task(fn, args, timeout_s, (position, what)))
        self.waiting[position] = self.waiting.get(position, 0) + 1


def plan_scan(
    source: str,
    sha: str,
    kind: str,
    pages: Sequence[PageData],
    exe: str | None,
    redactions: bool,
) -> ScanPlan:
    """The redaction-box search of every page, and the banners of the planned pages re-read
    (those this process read before come from its cache) or their text's levels checked."""
    plan = ScanPlan()
    reader = band_reader(exe) if exe is not None and any(p.rescan for p in pages) else ""
    read_before = cached_bands([(sha, p.index, reader) for p in pages if p.rescan and reader])
    for i, p in enumerate(pages):
        key: BandKey = (sha, p.index, reader)
        hit = read_before.get(key) if p.rescan else None
        if hit is not None:
            _apply_bands(p, BandResult(markings=hit))  # (its levels' strikes come below)
            p.bands_from = "cache"
        read = p.rescan and exe is not None and hit is None
        level_boxes = [box for _, box in levels_with_boxes(p)]
        words = [PageWord(t, b, bl, ln) for _, _, t, b, bl, ln in p.words if b]
        if read:
            plan.keys[i] = key
        if read and redactions:  # one task: the search renders from the image the bands decoded
            plan.add(i, "scan", page_scan, source, kind, p.index, words, level_boxes, exe)
            continue
        if redactions:
            plan.add(i, "boxes", page_redactions, source, kind, p.index, words)
        if read or level_boxes:  # the strike check of the text's levels is never cached
            what = "bands" if read else "strikes"
            plan.add(i, what, page_bands, source, kind, p.index, read, level_boxes, exe)
    return plan


def take(page: PageData, what: str, result: Any, key: BandKey | None) -> Text | None:
    """Take one task's result into its page; a warning, if the reading failed."""
    if what == "boxes":
        page.redactions = result
        return None
    if what == "scan":
        page.redactions, result = result
    band: BandResult = result
    if page.bands_from == "cache":  # the markings read before; only the strikes are new
        band = replace(band, markings=tuple(page.bands))
    elif key is not None and band.error is None:
        keep_bands(key, band.markings)
        page.bands_from = "scan"
    _apply_bands(page, band)
    if not band.error:
        return None
    return translate("Redline", "{what} ({reason})").format(what=UNREAD["bands"], reason=band.error)
