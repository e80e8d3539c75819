"""Tesseract's library in the process: the very words the command reads, or no engine at all."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from app.core.ocr.tesseract import parse_tsv, run_tesseract, tesseract_path, version_of
from app.core.ocr.tesseract_api import engine_for

needs_tesseract = pytest.mark.skipif(tesseract_path() is None, reason="tesseract is not installed")


def _text_image() -> np.ndarray:
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=120)
    page.insert_text((20, 50), "TOP SECRET", fontsize=28, fontname="hebo")
    page.insert_text((20, 95), "Approved for Release: 2019/03/14", fontsize=14)
    pix = page.get_pixmap(matrix=pymupdf.Matrix(300 / 72, 300 / 72), colorspace=pymupdf.csGRAY)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]


@needs_tesseract
def test_the_library_reads_what_the_command_reads(tmp_path: Path) -> None:
    exe = tesseract_path()
    assert exe is not None
    engine = engine_for(exe, version_of(exe))
    if engine is None:
        pytest.skip("Tesseract's library of the command's version cannot be loaded here")
    image = np.ascontiguousarray(_text_image())
    path = tmp_path / "image.pgm"
    pymupdf.Pixmap(pymupdf.csGRAY, image.shape[1], image.shape[0], image.tobytes(), False).save(
        str(path)
    )
    by_command = parse_tsv(run_tesseract(path, "eng", 11, 60, lambda: False), pymupdf.Identity)
    by_library = parse_tsv(engine.tsv(image, 11), pymupdf.Identity)
    assert [w.text for w in by_library] == [w.text for w in by_command]
    assert "SECRET" in [w.text for w in by_library]
    assert [(w.x0, w.y0, w.x1, w.y1) for w in by_library] == [
        (w.x0, w.y0, w.x1, w.y1) for w in by_command
    ]
    assert engine_for(exe, version_of(exe)) is engine  # one engine a process, made once


@needs_tesseract
def test_no_engine_for_another_version() -> None:
    exe = tesseract_path()
    assert exe is not None
    assert engine_for(exe, "0.0.1") is None  # a library that is not the command's is not used


def _broken_edge_rule() -> np.ndarray:
    """A strip with a rule along its left edge, broken once, two specks beside it: reading it,
    Tesseract's search for images asks Leptonica to clip a box outside the strip, and Leptonica
    says so on stderr (as on band readings of a JFK release: "Error in boxClipToRectangle")."""
    image = np.full((17, 850), 255, np.uint8)
    image[:, 0] = 0
    image[9, 0] = 255
    image[(2, 4), 1] = 0
    return image


@needs_tesseract
def test_leptonica_prints_nothing_in_the_process(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    exe = tesseract_path()
    assert exe is not None
    engine = engine_for(exe, version_of(exe))
    if engine is None:
        pytest.skip("Tesseract's library of the command's version cannot be loaded here")
    image = _broken_edge_rule()
    path = tmp_path / "strip.pgm"
    pymupdf.Pixmap(pymupdf.csGRAY, image.shape[1], image.shape[0], image.tobytes(), False).save(
        str(path)
    )
    # The control: the command, whose Leptonica is left as it is, complains of this strip.
    told = subprocess.run([exe, str(path), "-", "--psm", "11"], capture_output=True, text=True)
    assert "Error in boxClipToRectangle" in told.stderr
    capfd.readouterr()
    engine.tsv(image, 11)  # as a band reading calls it
    assert capfd.readouterr().err == ""  # on the terminal of `redline detect`, nothing
