"""The ground truth of a generated document: every word, marking and redaction box placed on
each page, where it ended up after skew, and the text of any embedded layer.

:mod:`app.samples.generator` returns these; tests and the detection evaluation compare what Redline
finds with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

TextLayerMode = Literal["none", "clean", "noisy"]
RedactionStyle = Literal["solid", "outline"]
Point = tuple[float, float]  # PDF points


@dataclass(frozen=True, slots=True)
class TruthWord:
    """A word printed on the page (box in final page points)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    block: int
    line: int
    word: int


@dataclass(frozen=True, slots=True)
class TruthMarking:
    """A marking placed: category as in resources/markings, normalised value, printed text."""

    category: str  # classification | portion | release | identifier | exemption
    value: str
    text: str
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class TruthRedaction:
    """A redaction box: its bounding box, the exact corners after skew, style and code."""

    x: float
    y: float
    w: float
    h: float
    style: RedactionStyle
    exemption: str  # normalised, e.g. "B1", "1.4(c)"
    corners: tuple[Point, Point, Point, Point]


@dataclass(frozen=True)
class GeneratedPage:
    """The truth of one generated page; skew is what the scan was turned by (degrees, CCW)."""

    index: int
    width: float
    height: float
    skew_degrees: float
    text: str  # the visible text, joined like app.core.documents.textlayer.build_text
    words: tuple[TruthWord, ...]
    markings: tuple[TruthMarking, ...]
    redactions: tuple[TruthRedaction, ...]
    layer_text: str | None  # the embedded text layer (clean or noisy), None when there is none
    layer_words: tuple[TruthWord, ...] = ()


@dataclass(frozen=True)
class GeneratedDocument:
    """A generated PDF and the truth of each of its pages."""

    path: Path
    dpi: int | None  # None for a vector PDF
    seed: int
    classification: str
    text_layer: TextLayerMode
    pages: tuple[GeneratedPage, ...]
