"""The Qt half of Redline: the only package that imports PySide6."""
