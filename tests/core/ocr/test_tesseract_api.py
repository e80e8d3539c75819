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


def _grey(page: pymupdf.Page) -> np.ndarray:
    """The page's grey pixels at 300 dpi, contiguous."""
    pix = page.get_pixmap(matrix=pymupdf.Matrix(300 / 72, 300 / 72), colorspace=pymupdf.csGRAY)
    grey = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    return np.ascontiguousarray(grey)


def _pgm(image: np.ndarray, path: Path) -> Path:
    """``image`` saved as a PGM file at ``path`` (as the command reads the bands)."""
    pymupdf.Pixmap(pymupdf.csGRAY, image.shape[1], image.shape[0], image.tobytes(), False).save(
        str(path)
    )
    return path


def _text_image() -> np.ndarray:
    doc = pymupdf.open()
    page = doc.new_page(width=400, height=120)
    page.insert_text((20, 50), "TOP SECRET", fontsize=28, fontname="hebo")
    page.insert_text((20, 95), "Approved for Release: 2019/03/14", fontsize=14)
    return _grey(page)


@needs_tesseract
def test_the_library_reads_what_the_command_reads(tmp_path: Path) -> None:
    exe = tesseract_path()
    assert exe is not None
    engine = engine_for(exe, version_of(exe))
    if engine is None:
        pytest.skip("Tesseract's library of the command's version cannot be loaded here")
    image = _text_image()
    path = _pgm(image, tmp_path / "image.pgm")
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
    path = _pgm(image, tmp_path / "strip.pgm")
    # The control: the command, whose Leptonica is left as it is, complains of this strip.
    told = subprocess.run([exe, str(path), "-", "--psm", "11"], capture_output=True, text=True)
    assert "Error in boxClipToRectangle" in told.stderr
    capfd.readouterr()
    engine.tsv(image, 11)  # as a band reading calls it
    assert capfd.readouterr().err == ""  # on the terminal of `redline detect`, nothing


def _inverted_word() -> np.ndarray:
    """A line with one word printed white on black: Tesseract reads it only by trying the word
    inverted (its variable tessedit_do_invert)."""
    doc = pymupdf.open()
    page = doc.new_page(width=500, height=80)
    x = 20 + pymupdf.get_text_length("Approved for ", fontsize=14)
    width = pymupdf.get_text_length("Release", fontsize=14)
    page.insert_text((20, 50), "Approved for", fontsize=14)
    page.draw_rect(pymupdf.Rect(x - 6, 33.8, x + width + 6, 59.5), color=None, fill=(0, 0, 0))
    page.insert_text((x, 50), "Release", fontsize=14, color=(1, 1, 1))
    page.insert_text((x + width + 8, 50), "2019/03/14 of the memo", fontsize=14)
    return _grey(page)


@needs_tesseract
def test_variables_are_set_alike_on_the_library_and_the_command(tmp_path: Path) -> None:
    exe = tesseract_path()
    assert exe is not None
    plain = engine_for(exe, version_of(exe))
    no_invert = (("tessedit_do_invert", "0"),)
    engine = engine_for(exe, version_of(exe), variables=no_invert)
    if plain is None or engine is None:
        pytest.skip("Tesseract's library of the command's version cannot be loaded here")
    assert engine is not plain and engine_for(exe, version_of(exe), variables=no_invert) is engine
    image = _inverted_word()
    path = _pgm(image, tmp_path / "image.pgm")
    by_default = [w.text for w in parse_tsv(plain.tsv(image, 11), pymupdf.Identity)]
    by_library = [w.text for w in parse_tsv(engine.tsv(image, 11), pymupdf.Identity)]
    tsv = run_tesseract(path, "eng", 11, 60, lambda: False, variables=no_invert)
    by_command = [w.text for w in parse_tsv(tsv, pymupdf.Identity)]
    assert "Release" in by_default  # read inverted
    assert "Release" not in by_library  # not tried inverted: the variable is set
    assert by_command == by_library
    assert [w.text for w in parse_tsv(plain.tsv(image, 11), pymupdf.Identity)] == by_default
