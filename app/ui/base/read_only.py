"""Why a library is open read-only, in the window's words (the database layer says it in its
own English: db/engine.py), for the status bar and for a write refused before its form opens."""

from __future__ import annotations

from app.ui.base.language import QT_TRANSLATE_NOOP, tr

READ_ONLY = QT_TRANSLATE_NOOP("Redline", "Read-only")
READ_ONLY_BECAUSE = {
    "another Redline process writes to it": QT_TRANSLATE_NOOP(
        "Redline", "Read-only: another Redline is changing this library"
    ),
    "its folder cannot be written": QT_TRANSLATE_NOOP(
        "Redline", "Read-only: the library's folder cannot be written"
    ),
    "your role on the server may only read it": QT_TRANSLATE_NOOP(
        "Redline", "Read-only: your role on the server may only read this library"
    ),
}


def read_only_text(reason: str | None) -> str:
    """ "Read-only: <why>" for the database's ``reason`` ("Read-only" for one it does not
    give), translated."""
    return tr(READ_ONLY_BECAUSE.get(reason or "", READ_ONLY))
