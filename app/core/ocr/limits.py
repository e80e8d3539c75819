"""OCR's limits, importing nothing (the command line names them in its help)."""

from __future__ import annotations

DEFAULT_TIMEOUT_S = 180.0
"""How long Tesseract may read one page, by default (``--timeout``); the worker that still holds
the page :data:`app.core.supervisor.OVERRUN_S` after that, rendering or reading, is ended."""
