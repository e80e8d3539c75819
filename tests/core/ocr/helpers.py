"""Helpers for the OCR tests: image-only scans of known text and word boxes, imported."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

import pymupdf

from app.core.documents.ingest import import_file
from app.core.ids import DocumentId
from app.core.library import Library

MEMO = [
    "MEMORANDUM FOR THE DIRECTOR",
    "SUBJECT: Review of the Havana station files",
    "1. The committee asked on 12 March 1975 for all",
    "records of the station between 1959 and 1963.",
    "2. Copies were sent to the Office of Security,",
    "which will reply directly to the staff counsel.",
]


Truth = list[tuple[str, pymupdf.Rect]]


def make_scan(
    path: Path,
    pages: Sequence[Sequence[str]],
    *,
    rotations: Sequence[int] = (),
    size: tuple[float, float] = (420, 200),
    dpi: int = 300,
) -> tuple[Path, list[Truth]]:
    """An image-only PDF of Courier text; return it and each page's words with unrotated boxes."""
    out = pymupdf.open()
    truths: list[Truth] = []
    for i, lines in enumerate(pages):
        rot = rotations[i] if i < len(rotations) else 0
        src = pymupdf.open()
        tp = src.new_page(width=size[0], height=size[1])
        for n, line in enumerate(lines):
            tp.insert_text((24, 36 + 18 * n), line, fontname="cour", fontsize=11)
        words = [(w[4], pymupdf.Rect(w[:4])) for w in tp.get_text("words")]
        pix = tp.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
        w, h = size if rot in (0, 180) else (size[1], size[0])
        page = out.new_page(width=w, height=h)
        page.set_rotation(rot)
        page.insert_image(page.rect * page.derotation_matrix, pixmap=pix, rotate=rot)
        truths.append([(t, r * page.derotation_matrix) for t, r in words])
    out.save(path)
    return path, truths


def imported(library: Library, pdf: Path) -> DocumentId:
    out = import_file(library, pdf)
    assert out.status == "imported" and out.document_id is not None, out.message
    return out.document_id


def on_word(ocr: pymupdf.Rect, truth: pymupdf.Rect, vertical: bool = False) -> bool:
    """An OCR box sits on a printed word: inside its (line-high) box and spanning most of it."""
    grown = pymupdf.Rect(truth.x0 - 1, truth.y0 - 1, truth.x1 + 1, truth.y1 + 1)
    if not grown.contains(ocr):
        return False
    span, full = (ocr.height, truth.height) if vertical else (ocr.width, truth.width)
    return span >= 0.7 * full


LETTERS = "abcdefghijklmnopqrstuvwxyz.,'"


def corrupt(words: Sequence[str], rate: float, seed: int) -> list[str]:
    """Each character substituted, dropped or doubled with probability ``rate`` (OCR-like)."""
    rnd = random.Random(seed)
    out = []
    for w in words:
        chars = []
        for c in w:
            r = rnd.random()
            if r < rate * 0.7:
                chars.append(rnd.choice(LETTERS))
            elif r < rate * 0.85:
                continue
            elif r < rate:
                chars.append(c + rnd.choice("il.,"))
            else:
                chars.append(c)
        out.append("".join(chars) or w)
    return out
