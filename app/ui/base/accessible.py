"""Names and descriptions for assistive technologies (screen readers read them through Qt's
accessibility tree): every pane and every control without a visible label gets one."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    """``widget`` with an accessible name (what it is) and description (what it does)."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget
