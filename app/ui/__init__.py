"""The review window (PySide6). Nothing outside app/ui imports Qt."""

from app.ui.qt_compat import pin_singletons

pin_singletons()  # before any PySide6 call: see qt_compat
