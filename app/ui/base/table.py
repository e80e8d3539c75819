"""What the window's table models share: their column headers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from app.ui.base.language import tr


def column_header(
    labels: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """A horizontal header's label (``headerData``); None for anything else."""
    if (
        role == Qt.ItemDataRole.DisplayRole
        and orientation == Qt.Orientation.Horizontal
        and 0 <= section < len(labels)
    ):
        return tr(labels[section])  # (marked where they are defined)
    return None
