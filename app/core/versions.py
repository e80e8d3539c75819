"""What a bug report needs: the versions of Redline and of the libraries and tools it runs on.

Nothing here imports Qt: the window adds Qt's own run-time version (``qVersion()``) when it shows
these in its About dialog; :attr:`Versions.pyside6` is the version of the installed bindings.
"""

from __future__ import annotations

import platform
import sqlite3
import subprocess
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as dist_version

import alembic
import pymupdf
import sqlalchemy

from app import __version__
from app.core.ocr.tesseract import tesseract_path
from app.core.resources import is_frozen
from app.core.wording import Message, translate

LICENSE_ID = "AGPL-3.0-or-later"

TESSERACT_TIMEOUT_S = 15.0


def tesseract_install_hint(system: str | None = None) -> Message:
    """How to install Tesseract on this (or the named: Linux, Darwin, Windows) system (a
    message: the window's language; ``str()`` is English)."""
    system = system or platform.system()
    if system == "Windows":
        return translate(
            "Redline",
            "Install Tesseract for Windows (the UB Mannheim installer) and add its folder to PATH, "
            "or put it in a 'tesseract' folder beside redline.exe.",
        )
    if system == "Darwin":
        return translate("Redline", "Install Tesseract with Homebrew: brew install tesseract")
    return translate(
        "Redline",
        "Install Tesseract with your system's packages, e.g. "
        "'sudo apt install tesseract-ocr tesseract-ocr-eng' (Debian, Ubuntu) or "
        "'sudo dnf install tesseract' (Fedora).",
    )


def tesseract_version_or_none(path: str | None = None) -> str | None:
    """Tesseract's version (``5.3.0``) from ``tesseract --version``; None when it is missing.

    A tesseract that exists but does not answer sensibly reports ``"unknown"`` rather than None,
    so a bug report still tells "installed but broken" from "not installed".
    """
    path = path or tesseract_path()
    if path is None:
        return None
    try:
        out = subprocess.run(
            [path, "--version"], capture_output=True, text=True, timeout=TESSERACT_TIMEOUT_S
        )
    except FileNotFoundError:
        return None
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    for line in (out.stdout + "\n" + out.stderr).splitlines():
        words = line.split()
        if len(words) >= 2 and words[0].lower() == "tesseract":
            return words[1].lstrip("v")
    return "unknown"


def _dist(name: str) -> str | None:
    try:
        return dist_version(name)
    except PackageNotFoundError:
        return None


@dataclass(frozen=True)
class Versions:
    """Versions of everything a bug report should name. ``None`` means "not available"."""

    redline: str
    python: str
    platform: str
    pymupdf: str
    mupdf: str
    sqlite: str
    sqlalchemy: str
    alembic: str
    pyside6: str | None
    tesseract: str | None
    frozen: bool

    def rows(self) -> list[tuple[str, str]]:
        """(label, value) pairs for a table or a plain-text report, missing ones spelt out."""
        return [
            ("Redline", self.redline + (" (packaged)" if self.frozen else "")),
            ("Python", self.python),
            ("Platform", self.platform),
            ("PyMuPDF", self.pymupdf),
            ("MuPDF", self.mupdf),
            ("SQLite", self.sqlite),
            ("SQLAlchemy", self.sqlalchemy),
            ("Alembic", self.alembic),
            ("PySide6", self.pyside6 or "not installed"),
            ("Tesseract", self.tesseract or "not installed (OCR unavailable)"),
        ]

    def report(self) -> str:
        """Plain text to paste into a bug report."""
        width = max(len(label) for label, _ in self.rows())
        return "\n".join(f"{label + ':':<{width + 1}} {value}" for label, value in self.rows())

    def as_dict(self) -> dict[str, str | bool | None]:
        return asdict(self)


def collect_versions(*, tesseract: bool = True) -> Versions:
    """The versions in use now. ``tesseract=False`` skips running ``tesseract --version``."""
    return Versions(
        redline=__version__,
        python=platform.python_version(),
        platform=platform.platform(),
        pymupdf=str(pymupdf.VersionBind),
        mupdf=str(pymupdf.VersionFitz),
        sqlite=sqlite3.sqlite_version,
        sqlalchemy=str(sqlalchemy.__version__),
        alembic=str(alembic.__version__),
        pyside6=_dist("PySide6-Essentials") or _dist("PySide6"),
        tesseract=tesseract_version_or_none() if tesseract else None,
        frozen=is_frozen(),
    )
