"""The error of OCR, below both ways of running Tesseract (the command and its library)."""

from __future__ import annotations

from app.core.errors import RedlineError


class OcrError(RedlineError):
    """OCR cannot run or failed for a page; the message says why."""
