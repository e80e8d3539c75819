"""The review window (PySide6). Nothing outside app/ui imports Qt."""
