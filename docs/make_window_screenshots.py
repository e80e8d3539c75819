"""Screenshots of the window on a small screen, for docs/ui.md: a 1024×700 screen at scale factor
1 and 2 (run this twice), the reading mode, the keyboard shortcuts sheet, the help, the settings,
and the error dialog.

    python docs/make_window_screenshots.py SCAN.pdf OUT_DIR [SUFFIX]

The screen is the offscreen platform's, configured to 1024×700 pixels (set QT_SCALE_FACTOR=2
for the second run, SUFFIX "-scale2"). The scan is imported into a temporary library; the
window starts as on a first start (no remembered settings), on a search for "bulletin".
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = {"name": "docs", "x": 0, "y": 0, "width": 1024, "height": 700, "logicalDpi": 96,
          "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip


def _screen_config(folder: Path) -> str:
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def main(scan: Path, out: Path, suffix: str) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="redline-shots-"))
    os.environ["QT_QPA_PLATFORM"] = _screen_config(tmp)
    os.environ["XDG_STATE_HOME"] = str(tmp / "state")  # (the error dialog's log file)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.documents.ingest import import_paths
    from app.core.library import Library
    from app.ui.base.settings import Settings
    from app.ui.tools.error_dialog import ErrorDialog
    from app.ui.tools.help_browser import show_help
    from app.ui.tools.settings_dialog import SettingsDialog
    from app.ui.window.main_window import MainWindow

    app = QApplication([])

    def settle(times: int = 60) -> None:
        for _ in range(times):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}{suffix}.png"))

    lib = Library.open(tmp / "library")
    import_paths(lib, [scan])
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(lib, settings, synchronous=True)
    window.show()
    settle()
    first = window.library_model.document_id(0)
    assert first is not None
    window.open_document(first)
    window.search_pane.query.setText("bulletin")
    window.search_pane.run("bulletin")
    save(window, "window-1024x700")
    if suffix:  # the scale-factor run: the window only
        return
    window.panes.reading.trigger()
    save(window, "window-reading-mode")
    window.panes.reading.trigger()
    window.on_shortcuts()
    save(window.shortcuts, "help-shortcuts")
    window.shortcuts.close()
    browser = show_help(window, "scan", None)  # (F1 with the focus on the scan)
    save(browser, "help-browser")
    browser.close()
    dialog = SettingsDialog(settings, window)
    dialog.show()
    save(dialog, "tools-settings")
    dialog.close()
    try:
        raise LookupError("no page 7 in “CIA bulletin 9 March 1951”")
    except LookupError as exc:
        error = ErrorDialog(exc, tmp / "state" / "redline" / "log" / "redline.log", window)
    error.show()
    save(error, "error-dialog")
    error.close()
    window.close()
    lib.close()


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] if len(sys.argv) == 4 else "")
