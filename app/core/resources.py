"""Redline's read-only resources (marking rules, JSON Schemas, icons): where they are.

The one place that knows: in a source checkout they are ``resources/`` beside ``app/``; inside a
PyInstaller bundle they are unpacked under ``sys._MEIPASS``. Every module that reads a resource
asks :func:`resource_path`, so moving a module never moves what it reads.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.core.wording import translate

APP_ID = "io.github.redline.Redline"
"""Reverse-DNS id: the .desktop file, the AppStream metainfo and the icon are named after it."""

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def is_frozen() -> bool:
    """Whether this is a packaged (PyInstaller) build rather than Python running a checkout."""
    return bool(getattr(sys, "frozen", False))


def source_root() -> Path:
    """The folder that holds ``resources/``: the checkout, or the bundle's unpacked data."""
    bundle = getattr(sys, "_MEIPASS", None)
    if is_frozen() and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def _checked(parts: tuple[str, ...]) -> tuple[str, ...]:
    for part in parts:
        p = Path(part)
        if p.is_absolute() or ".." in p.parts or not part:
            raise ValueError(
                translate("Redline", "not a resource name: {part!r}").format(part=part)
            )
    return parts


def resource_path(*parts: str) -> Path:
    """The path of ``resources/<parts...>``, e.g. ``resource_path("markings", "rules.json")``.

    Raises ValueError for a part that would leave the resources folder (absolute, or ``..``).
    The file is not required to exist; callers that need it open it and report what is missing.
    """
    return source_root().joinpath("resources", *_checked(parts))


def help_path(*parts: str, language: str = "") -> Path:
    """The path of the user guide's ``docs/help/<parts...>`` (Markdown pages the window's help
    shows; the bundle carries them at the same place under its data folder). With ``language``
    (a code such as ``"de"``) the path is in that language's folder, ``docs/help/<language>/``;
    ``""`` and ``"en"`` are the English pages, at the top of ``docs/help``."""
    base = source_root().joinpath("docs", "help")
    if language and language != "en":
        base = base.joinpath(*_checked((language,)))
    return base.joinpath(*_checked(parts))


def help_page(name: str, language: str = "") -> Path:
    """The guide's page ``name`` in ``language``, or the English page where that language has
    none (a page not translated yet). Neither need exist: the caller says so when it is missing."""
    page = help_path(name, language=language)
    return page if page.is_file() else help_path(name)


def app_icon_files() -> list[Path]:
    """The application icon files that exist: PNGs in every size (smallest first), then the SVG."""
    base = resource_path("icons", "hicolor")
    files = [base / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES]
    files.append(base / "scalable" / "apps" / f"{APP_ID}.svg")
    return [f for f in files if f.is_file()]
