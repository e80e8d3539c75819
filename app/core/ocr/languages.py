"""The languages OCR can read, and adding more: the packaged Redline carries Tesseract with English
only; a system that has installed more languages for its own Tesseract (Debian's
``tesseract-ocr-fra``, Homebrew's ``tesseract-lang``…) lends them. Adding one copies its data into
Redline's own tessdata folder (:func:`app.core.ocr.tesseract.user_tessdata`), with the languages
and configuration the program came with, and from then on OCR reads with that folder.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.core.ocr.tesseract import (
    OcrError,
    forget_languages,
    tesseract_data_folder,
    tesseract_languages,
    user_tessdata,
)
from app.core.wording import translate

NOT_LANGUAGES = frozenset({"osd", "equ"})  # orientation and equation models
CONFIG_FOLDERS = ("configs", "tessconfigs")  # (the "tsv" output is a config of the program's)
NAMES = {
    "afr": "Afrikaans", "ara": "Arabic", "bul": "Bulgarian", "cat": "Catalan", "ces": "Czech",
    "chi_sim": "Chinese (simplified)", "chi_tra": "Chinese (traditional)", "dan": "Danish",
    "deu": "German", "ell": "Greek", "eng": "English", "est": "Estonian", "fin": "Finnish",
    "fra": "French", "frk": "German (Fraktur)", "heb": "Hebrew", "hrv": "Croatian",
    "hun": "Hungarian", "ind": "Indonesian", "ita": "Italian", "jpn": "Japanese",
    "kor": "Korean", "lat": "Latin", "lav": "Latvian", "lit": "Lithuanian", "nld": "Dutch",
    "nor": "Norwegian", "pol": "Polish", "por": "Portuguese", "ron": "Romanian",
    "rus": "Russian", "slk": "Slovak", "slv": "Slovenian", "spa": "Spanish", "srp": "Serbian",
    "swe": "Swedish", "tur": "Turkish", "ukr": "Ukrainian", "vie": "Vietnamese",
}  # fmt: skip


@dataclass(frozen=True)
class Language:
    """A language OCR can read now (``ready``), or one the system has that Redline would copy
    from ``source`` when it is chosen."""

    code: str
    ready: bool
    source: Path | None = None

    @property
    def name(self) -> str:
        return NAMES.get(self.code, self.code)


def system_tessdata_folders() -> list[Path]:
    """Where systems keep Tesseract's language data (those that exist), newest first."""
    candidates: list[Path] = []
    if os.environ.get("TESSDATA_PREFIX"):
        candidates.append(Path(os.environ["TESSDATA_PREFIX"]))
    candidates += sorted(Path("/usr/share/tesseract-ocr").glob("*/tessdata"), reverse=True)
    candidates += [
        Path("/usr/share/tessdata"),
        Path("/usr/local/share/tessdata"),
        Path("/opt/homebrew/share/tessdata"),
        Path(os.environ.get("PROGRAMFILES", "C:/Program Files")) / "Tesseract-OCR" / "tessdata",
    ]
    seen: list[Path] = []
    for folder in candidates:
        if folder.is_dir() and folder.resolve() not in (s.resolve() for s in seen):
            seen.append(folder)
    return seen


def languages_in(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.traineddata") if p.stem not in NOT_LANGUAGES)


def available_languages(system: list[Path] | None = None) -> list[Language]:
    """What OCR reads now, then what the system could lend (``system`` folders: those found)."""
    ready = [c for c in tesseract_languages() if c not in NOT_LANGUAGES]
    out = [Language(code, True) for code in ready]
    for folder in system_tessdata_folders() if system is None else system:
        for code in languages_in(folder):
            if code not in ready and all(lang.code != code for lang in out):
                out.append(Language(code, False, folder / f"{code}.traineddata"))
    return out


def add_languages(languages: list[Language]) -> Path:
    """Copy the data of ``languages`` (those not ready) into Redline's own tessdata folder,
    making it first from the program's own (its languages and configuration); the folder."""
    target = user_tessdata()
    try:
        if not any(target.glob("*.traineddata")):
            own = tesseract_data_folder()
            if own is None or not own.is_dir():
                raise OcrError(
                    translate("Redline", "Tesseract does not say where its language data is")
                )
            target.mkdir(parents=True, exist_ok=True)
            for sub in CONFIG_FOLDERS:
                if (own / sub).is_dir():
                    shutil.copytree(own / sub, target / sub, dirs_exist_ok=True)
            for model in own.glob("*.traineddata"):
                _copy(model, target)
        for language in languages:
            if not language.ready and language.source is not None:
                _copy(language.source, target, language.code)
    except OSError as exc:
        raise OcrError(
            translate("Redline", "Cannot add the language data to {target}: {value}").format(
                target=target, value=exc.strerror or exc
            )
        ) from exc
    finally:
        forget_languages()
    return target


def _copy(model: Path, target: Path, code: str | None = None) -> None:
    """Copy a model under a temporary name first: a full disk leaves no half a model."""
    name = f"{code or model.stem}.traineddata"
    partial = target / f".{name}.part"
    shutil.copy2(model, partial)
    partial.replace(target / name)
