"""Every setting of the window, declared once with its type and default, on top of QSettings.

Tests pass their own QSettings (an INI file in a temporary folder), so they never read or write the
person's real settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its QSettings key, its Python type and its default."""

    key: str
    type: type[T]
    default: T


GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
MAIN_SPLITTER = Setting("window/main_splitter", QByteArray, QByteArray())
DOCUMENT_SPLITTER = Setting("window/document_splitter", QByteArray, QByteArray())
LAST_LIBRARY = Setting("session/last_library", str, "")  # the library LAST_DOCUMENT is of
LAST_DOCUMENT = Setting("session/last_document", int, 0)  # 0: none
LAST_PAGE = Setting("session/last_page", int, 0)  # 0-based
RECENT_LIBRARIES = Setting("session/recent_libraries", str, "")  # one folder a line, latest first
# Rendered pages kept in the window (an LRU bounded in bytes): 128 MB holds some 120 pages at fit
# width on a 1440x900 window, 18 at zoom 2. At 384 MB the window took 600 MB after flipping 500
# pages; at 128, under 400 (tests/bench/bench_memory.py).
RENDER_CACHE_MB = Setting("render/cache_mb", int, 128)
OCR_LANGUAGE = Setting("ocr/language", str, "eng")  # Tesseract's, e.g. eng or eng+fra
TESSERACT_NOTICE_SHOWN = Setting("ocr/tesseract_notice_shown", bool, False)  # said once
WELCOMED = Setting("session/welcomed", bool, False)  # the first start's words said (once)
SHOW_WORD_BOXES = Setting("view/show_word_boxes", bool, False)
PANE_SIDE = Setting("view/pane_side", bool, True)  # the side panel: library, search, …
PANE_THUMBNAILS = Setting("view/pane_thumbnails", bool, True)
PANE_TEXT = Setting("view/pane_text", bool, True)
ZOOM_FIT = Setting("view/zoom_fit", str, "width")  # width | page | "" (the zoom below)
ZOOM = Setting("view/zoom", float, 1.0)  # view zoom when ZOOM_FIT is ""
LANGUAGE = Setting("view/language", str, "")  # "" (the system's) | en | de | fr
COLOR_SCHEME = Setting("view/color_scheme", str, "system")  # system | light | dark
SIDE_TAB = Setting("view/side_tab", str, "library")  # library | search | doubtful | annotations
# The annotations list's scope, kind and status, e.g. "document,,proposed" ("": any)
ANNOTATION_FILTERS = Setting("view/annotation_filters", str, "page,,")
LIBRARY_COLUMNS = Setting("view/library_columns", QByteArray, QByteArray())  # widths and sort
LOW_CONFIDENCE = Setting("view/low_confidence", float, 60.0)  # OCR confidence 0..100
EXPORT_FORMAT = Setting("export/format", str, "json")  # the Export dialog's last choices
EXPORT_SCOPE = Setting("export/scope", str, "library")
EXPORT_FOLDER = Setting("export/folder", str, "")  # "": the Documents folder
IMPORT_FOLDER = Setting("import/annotations_folder", str, "")  # File › Import annotations
AUTHOR = Setting("annotate/author", str, "")  # asked on the first annotation
TEXT_READING = Setting("annotate/text_reading", str, "original")  # original|corrected|both
DOUBTFUL_FIRST = Setting("review/doubtful_first", bool, True)  # N: least sure proposal first


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings("Redline", "Redline")

    def get(self, setting: Setting[T]) -> T:
        """The stored value converted to the setting's type, or its default."""
        raw: Any = self.store.value(setting.key, setting.default)
        if raw is None:
            return setting.default
        if setting.type is bool and isinstance(raw, str):
            raw = raw.lower() in ("true", "1", "yes")
        convert: Callable[[Any], T] = setting.type
        try:
            return convert(raw)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)

    def sync(self) -> None:
        self.store.sync()
