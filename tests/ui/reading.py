"""Reading the window as a person (or a screen reader) does: the strings a window shows, the
catalogues compiled as `make` does, and the interactive elements Qt's accessibility tree leaves
without a name. Shared by the accessibility and translation tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from app.ui.base.language import TRANSLATED

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def compiled(folder: Path) -> Path:
    """The catalogues compiled from the .ts sources into ``folder`` (as `make` does)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [CATALOGUES / f"redline_{language}.ts" for language in ("en", *TRANSLATED)]
    for ts in [*sources, *CATALOGUES.glob("qt_extra_*.ts")]:  # (English: the plural forms)
        out = folder / ts.with_suffix(".qm").name
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)], check=True
        )
    return folder


def texts(root: QWidget) -> set[str]:
    """Every string a person reads in a window: its title, menus, labels, buttons, boxes,
    tabs, placeholders, lists' headers and choices, accessible names and descriptions."""
    out: set[str] = set()
    for w in (root, *root.findChildren(QWidget)):
        out |= {w.windowTitle(), w.toolTip(), w.accessibleName(), w.accessibleDescription()}
        out |= {a.text() for a in w.actions()}
        if isinstance(w, QMenu):
            out.add(w.title())
        elif isinstance(w, (QLabel, QAbstractButton)):
            out.add(w.text())
        elif isinstance(w, QGroupBox):
            out.add(w.title())
        elif isinstance(w, QLineEdit):
            out.add(w.placeholderText())
        elif isinstance(w, QTabWidget):
            out |= {w.tabText(i) for i in range(w.count())}
            out |= {w.tabToolTip(i) for i in range(w.count())}
        elif isinstance(w, QComboBox):
            out |= {w.itemText(i) for i in range(w.count())}
        elif isinstance(w, QTreeWidget):
            out |= {w.headerItem().text(i) for i in range(w.columnCount())}
    return out


Role = QAccessible.Role
# What a person acts on: each needs a name a screen reader can say.
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.Table,
    Role.List,
    Role.Tree,
    Role.PageTab,
    Role.PageTabList,
    Role.MenuItem,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.Link,
    Role.HotkeyField,
    Role.Dial,
}
# Their rows and cells are the data they show, read by name from the model.
NO_DESCENT = {Role.Table, Role.List, Role.Tree, Role.ComboBox}


def _walk(
    iface: QAccessibleInterface, path: str = ""
) -> Iterator[tuple[QAccessibleInterface, str]]:
    yield iface, path
    if iface.role() in NO_DESCENT:
        return
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.isValid():
            yield from _walk(child, f"{path}/{child.role().name}[{i}]")


def unnamed(widget: QWidget) -> list[str]:
    """The interactive elements under ``widget`` that are on screen and have no name."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
    out = []
    for iface, path in _walk(root):
        if iface.role() not in INTERACTIVE or iface.state().invisible:
            continue
        if not iface.text(QAccessible.Text.Name).strip():
            obj = iface.object()
            out.append(f"{type(widget).__name__}{path} ({type(obj).__name__} {obj.objectName()})")
    return out


def shown_as_written(label: QLabel) -> bool:
    """Whether a label shows its text as written: plain, or text Qt would not take for markup."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return True
    auto = label.textFormat() == Qt.TextFormat.AutoText
    return auto and not QtGui.Qt.mightBeRichText(label.text())  # (QtGui's Qt has it)
