"""Entry point of the packaged Redline (PyInstaller runs this file; `redline` in a venv does not).

It does two things before handing over to :func:`app.cli.run`:

* ``multiprocessing.freeze_support()``: OCR runs pages in "spawn" worker processes, which in a
  frozen program re-run this executable; without it each worker would start another Redline.
* Tesseract beside the bundle: when ``REDLINE_TESSERACT`` is unset and a ``tesseract`` folder
  beside the executable holds ``tesseract`` (``tesseract.exe`` on Windows), OCR uses that copy
  (the Linux bundle carries one: packaging/bundle_tesseract.py). Otherwise the one on the PATH
  is used, and without one the app runs with OCR unavailable.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path


def bundled_tesseract(executable: str) -> Path | None:
    """``<folder of the executable>/tesseract/tesseract[.exe]`` when it exists."""
    name = "tesseract.exe" if sys.platform == "win32" else "tesseract"
    candidate = Path(executable).resolve().parent / "tesseract" / name
    return candidate if candidate.is_file() else None


def main() -> None:
    multiprocessing.freeze_support()
    if "REDLINE_TESSERACT" not in os.environ:
        found = bundled_tesseract(sys.executable)
        if found is not None:
            os.environ["REDLINE_TESSERACT"] = str(found)
    from app.cli import run

    run()


if __name__ == "__main__":
    main()
