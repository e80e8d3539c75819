"""What the check of a publication PDF (:mod:`app.core.exchange.pdf_verify`) holds the written
file to: each burned region as it is checked, what the file must (not) hold, and the error any
finding raises. Apart from the checks, so that each of them (text, drawn, whole file, poppler)
names a region and raises the same error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pymupdf

from app.core.exchange.common import ExportError
from app.core.exchange.pdf_burn import Burn
from app.core.wording import Message, translate

EDGE = 0.1  # points: a box must reach this far into a region to count as inside it


class LeakFound(ExportError):
    """The written file still holds something of a redaction (the message says what, where)."""


@dataclass(frozen=True)
class Region:
    """A burned region as the verification checks it (unrotated page points, top-left origin)."""

    page_index: int
    number: int  # 1-based on its page, as the messages and the report count them
    rect: pymupdf.Rect
    label: str = ""
    label_rect: pymupdf.Rect | None = None
    burn: Burn | None = None  # as painted: drawn again alone to know where its codes' letters are

    def where(self) -> Message:
        r = self.rect
        return translate(
            "Redline",
            "page {page}, region {number} (x {x:.0f}, y {y:.0f}, {width:.0f} x {height:.0f} pt)",
        ).format(
            page=self.page_index + 1, number=self.number, x=r.x0, y=r.y0, width=r.width,
            height=r.height,
        )  # fmt: skip


@dataclass(frozen=True)
class Expected:
    """What the file must (not) hold: the regions, the quotes, the fill, what was asked for."""

    regions: Sequence[Region]
    quotes: Sequence[str]
    fill: tuple[float, float, float]
    fill_grey: int
    inset: float
    ink: tuple[float, float, float] = (1.0, 1.0, 1.0)  # the printed codes' colour
    outline: bool = False
    links: bool = False
    annotations: bool = False
