"""More OCR languages from the system: listed beside the ready ones, copied into Redline's own
tessdata folder with the program's languages and configuration, and then read with by OCR."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.core.library import Library
from app.core.ocr.languages import add_languages, available_languages, languages_in
from app.core.ocr.run import ocr_documents
from app.core.ocr.tesseract import (
    OcrError,
    active_tessdata,
    check_language,
    tesseract_available,
    tesseract_data_folder,
    tesseract_languages,
    user_tessdata,
)
from tests.core.ocr.helpers import MEMO, imported, make_scan

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")


@pytest.fixture
def system_with_xyz(tmp_path: Path) -> Path:
    """A system folder holding a language the program lacks ("xyz": English's model renamed)."""
    own = tesseract_data_folder()
    assert own is not None
    folder = tmp_path / "system-tessdata"
    folder.mkdir()
    shutil.copy2(own / "eng.traineddata", folder / "xyz.traineddata")
    shutil.copy2(own / "eng.traineddata", folder / "eng.traineddata")  # also ready: not offered
    return folder


@pytest.mark.slow
def test_a_system_language_is_added_and_ocr_reads_with_it(
    library: Library, tmp_path: Path, system_with_xyz: Path
) -> None:
    assert active_tessdata() is None  # nothing added yet: the program's own data
    found = available_languages([system_with_xyz])
    ready = [lang.code for lang in found if lang.ready]
    offered = [lang for lang in found if not lang.ready]
    assert "eng" in ready and "osd" not in ready
    assert [(lang.code, lang.source) for lang in offered] == [
        ("xyz", system_with_xyz / "xyz.traineddata")
    ]
    assert offered[0].name == "xyz" and found[ready.index("eng")].name == "English"
    with pytest.raises(OcrError, match="no data for language xyz"):
        check_language("xyz")  # (what every OCR run checks first)

    folder = add_languages(offered)
    assert folder == user_tessdata() and active_tessdata() == str(folder)
    assert {"eng", "xyz"} <= set(languages_in(folder))
    assert (folder / "configs" / "tsv").is_file()  # the program's output configuration too
    assert "xyz" in tesseract_languages()

    pdf, _ = make_scan(tmp_path / "memo.pdf", [MEMO])
    doc_id = imported(library, pdf)
    report = ocr_documents(library, [doc_id], "auto", language="eng+xyz")
    assert report.ok == 1 and not report.failed, report.pages
    assert report.pages[0].words > 20


def test_nothing_to_add_where_the_system_has_what_the_program_has(
    system_with_xyz: Path,
) -> None:
    (system_with_xyz / "xyz.traineddata").unlink()
    assert all(lang.ready for lang in available_languages([system_with_xyz]))
