"""Screenshots of the window in its light and dark colour schemes, for docs/ui.md.

    python docs/make_scheme_screenshots.py SCAN.pdf OUT_DIR [QUERY [LANGUAGE]]

The scan is imported into a temporary library, OCRed (Tesseract) and run through detection, so
the page shows proposed markings and redactions; a search tints its matches. The window is
1440×900 on the offscreen platform, grabbed once with View › Colour scheme › Light and once
with Dark (window-light.png, window-dark.png). With a LANGUAGE (de, fr), the window opens in
English and is switched to that language live, as Tools › Settings does, then grabbed, light only
(window-<language>.png, and window-<language>-doubtful.png with the doubtful words listed; the
catalogues are built by ``make``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(scan: Path, out: Path, query: str, language: str = "") -> None:
    tmp = Path(tempfile.mkdtemp(prefix="redline-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.detection.run import detect_document
    from app.core.documents.ingest import import_paths
    from app.core.library import Library
    from app.core.ocr.run import ocr_documents
    from app.ui.base.language import install, switch_language
    from app.ui.base.settings import Settings
    from app.ui.window.main_window import MainWindow

    app = QApplication([])
    install(app, "en")

    def save(widget: QWidget, name: str) -> None:
        for _ in range(60):
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))

    lib = Library.open(tmp / "library")
    (outcome,) = import_paths(lib, [scan])
    assert outcome.document_id is not None
    ocr_documents(lib, [outcome.document_id])
    detect_document(lib, outcome.document_id)
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(lib, settings, synchronous=True)
    window.resize(1440, 900)
    window.show()
    window.open_document(outcome.document_id)
    window.search_pane.query.setText(query)
    window.search_pane.run(query)
    window.document_view.set_search_query(query)
    if language:
        save(window, "window-en-before-switch")  # (the same window, English, for comparison)
        assert switch_language(language) == language, "no catalogue: run make first"
    for scheme in ("light",) if language else ("light", "dark"):
        window.colour_scheme.choose(scheme)
        save(window, f"window-{language or scheme}")
    if language:
        window.side.setCurrentWidget(window.doubtful_pane)
        save(window, f"window-{language}-doubtful")
    window.close()
    lib.close()


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4, 5):
        sys.exit(__doc__)
    query = sys.argv[3] if len(sys.argv) >= 4 else "SECRET"
    main(Path(sys.argv[1]), Path(sys.argv[2]), query, sys.argv[4] if len(sys.argv) == 5 else "")
