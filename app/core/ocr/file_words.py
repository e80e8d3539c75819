"""What an OCR file gives, whatever its format: its pages (their coordinate space and image) and
their words (text, box in the file's space, confidence, block and line), and the word helpers the
ALTO, PAGE and hOCR readers of :mod:`app.core.ocr.formats` share: numbers read from attributes,
a line's words spread along it where the file gives no word boxes, and the numbering of blocks
and lines in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.core.safe_xml import XmlFileError
from app.core.wording import translate

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
Point = tuple[float, float]


class OcrFileError(XmlFileError):
    """A file that is not a readable ALTO, PAGE or hOCR file; nothing was changed."""


@dataclass(frozen=True, slots=True)
class FileWord:
    """A word as the file gives it; ``box`` in the file's space (None: it gives none)."""

    text: str
    box: Box | None
    confidence: float | None  # 0-100
    block: int
    line: int
    estimated: bool = False  # box estimated along its line


@dataclass(frozen=True)
class FilePage:
    """One page of an OCR file: its coordinate space, the image it names, its words."""

    width: float | None
    height: float | None
    unit: str  # pixel | mm10 | inch1200
    dpi: float | None  # the resolution the file states, if any
    image: str | None
    words: tuple[FileWord, ...]


@dataclass(frozen=True)
class OcrFile:
    name: str
    format: str  # alto | page | hocr
    producer: str | None
    pages: tuple[FilePage, ...]


def number_of(value: str | None, what: str, name: str) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        number = float(value)
    except ValueError:
        raise OcrFileError(
            translate("Redline", "{name}: {what} is {value!r}, not a number").format(
                name=name, what=what, value=value[:40]
            )
        ) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise OcrFileError(
            translate("Redline", "{name}: {what} is {value!r}, not a number").format(
                name=name, what=what, value=value[:40]
            )
        )
    return number


def outline_box(points: Sequence[Point]) -> Box:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def _y_extent(outline: Sequence[Point], xa: float, xb: float) -> tuple[float, float]:
    """Top and bottom of a polygon over the vertical strip xa..xb (its whole height if none)."""
    ys = [y for x, y in outline if xa <= x <= xb]
    for (px, py), (qx, qy) in zip(outline, [*outline[1:], outline[0]], strict=True):
        if px == qx:
            continue
        for xv in (xa, xb):
            if min(px, qx) <= xv <= max(px, qx):
                ys.append(py + (qy - py) * (xv - px) / (qx - px))
    if not ys:
        ys = [y for _, y in outline]
    return min(ys), max(ys)


def spread_words(
    text: str, outline: Sequence[Point], x_range: tuple[float, float] | None = None
) -> list[tuple[str, Box]]:
    """The words of a line's ``text`` with boxes estimated along the line's ``outline``.

    Each word gets the stretch of the line (``x_range``, else the outline's width) that its
    characters take of the line's characters, spaces included, and the outline's height over
    that stretch, so a sloping line gives sloping boxes.
    """
    text = text.strip()
    if not text or len(outline) < 2:
        return []
    x0, x1 = x_range or (min(p[0] for p in outline), max(p[0] for p in outline))
    per_char = (x1 - x0) / len(text)
    out: list[tuple[str, Box]] = []
    for m in re.finditer(r"\S+", text):
        xa, xb = x0 + per_char * m.start(), x0 + per_char * m.end()
        ya, yb = _y_extent(outline, xa, xb)
        out.append((m.group(), (xa, ya, xb, yb)))
    return out


def box_outline(box: Box) -> list[Point]:
    x0, y0, x1, y1 = box
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def words_of(
    text: str, box: Box | None, conf: float | None, block: int, line: int
) -> list[FileWord]:
    """One word, or several spread over ``box`` when the text holds spaces."""
    parts = text.split()
    if len(parts) <= 1 or box is None:
        return [FileWord(text.strip(), box, conf, block, line)] if text.strip() else []
    return [
        FileWord(t, b, conf, block, line, estimated=True)
        for t, b in spread_words(text, box_outline(box))
    ]


class Numbering:
    """Blocks and lines numbered in reading order, counting only those that hold words."""

    def __init__(self) -> None:
        self.block = 0
        self.line = 0
        self.words: list[FileWord] = []

    def add_line(self, words: Iterable[FileWord]) -> None:
        before = len(self.words)
        self.words.extend(words)
        self.line += len(self.words) > before

    def end_block(self) -> None:
        if self.line:
            self.block += 1
            self.line = 0
