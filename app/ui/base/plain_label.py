"""Labels that show their text as written. Qt reads a label's text as markup when it guesses it
is (``Qt::mightBeRichText``: an HTML tag such as ``<b>``, ``<p>``, ``<br>`` or ``<img>`` before the
first line break), so data — a document's title, an OCR quote, a file's name, a value a colleague
wrote, an error's message — holding one lost it: a note ``see <b>cable</b>`` showed as a bold
"see cable" in the conflicts dialog, beside the value a person chooses it against, and an
``<img src=…>`` in a merged set's value would have shown a picture. (Noise such as ``<SECRET>``
is no HTML tag: Qt showed it as written.)"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label whose text is never read as markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tip(text: str) -> str:
    """``text`` for a tooltip, shown as written: tooltips guess markup as labels do, so a text
    Qt would take for HTML is handed over escaped (lines and spaces kept)."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def plain_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A warning box, not shown yet, whose text is shown as written (an error naming a folder, a
    file or a server), gone once closed: for :meth:`QMessageBox.open`, which waits for nothing
    (an error no code caught; a file the window was started on that could not be opened)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, Button.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def plain_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    """A message box whose text is shown as written (an error naming a folder or a file), as
    QMessageBox's static functions do not: they guess markup. Returns the button pressed."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    return Button(box.exec())
