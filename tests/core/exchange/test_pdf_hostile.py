"""The publication PDF carries none of the source's document-level content: embedded files,
JavaScript (a named script and an OpenAction), automatic actions (issue 20's hostile file, held
to issue 13's document-level rules)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from app.core.exchange.common import ExportScope
from app.core.exchange.pdf import export_pdf
from tests.core.exchange.helpers import new_library

JS = "app.alert('evil')"


def make_hostile_pdf(path: Path) -> Path:
    """A one-page PDF with text that carries payload.exe, evil.js and a JavaScript OpenAction."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "A memorandum with a payload attached.")
    doc.embfile_add("payload.exe", b"MZ\x90\x00 not really a program", filename="payload.exe")
    script = doc.get_new_xref()
    doc.update_object(script, f"<< /S /JavaScript /JS ({JS}) >>")
    catalog = doc.pdf_catalog()
    doc.xref_set_key(catalog, "Names/JavaScript", f"<< /Names [(evil.js) {script} 0 R] >>")
    doc.xref_set_key(catalog, "OpenAction", f"{script} 0 R")
    doc.xref_set_key(catalog, "AA", f"<< /WC {script} 0 R >>")
    doc.xref_set_key(page.xref, "AA", f"<< /O {script} 0 R >>")
    doc.save(path)
    doc.close()
    return path


def _leaks(path: Path) -> list[str]:
    found = []
    with pymupdf.open(path) as doc:
        if doc.embfile_count():
            found.append(f"{doc.embfile_count()} embedded files")
        catalog = doc.pdf_catalog()
        for key in ("OpenAction", "AA"):
            if doc.xref_get_key(catalog, key)[0] != "null":
                found.append(f"/{key} in the catalog")
        for xref in range(1, doc.xref_length()):
            text = doc.xref_object(xref, compressed=False)
            if "/JavaScript" in text or "/JS" in text or "payload.exe" in text:
                found.append(f"object {xref}: {text[:60]!r}")
    return found


def test_the_hostile_source_carries_what_the_test_looks_for(tmp_path: Path) -> None:
    assert len(_leaks(make_hostile_pdf(tmp_path / "hostile.pdf"))) >= 4


def test_publication_pdf_drops_embedded_files_and_javascript(tmp_path: Path) -> None:
    lib, doc_id = new_library(tmp_path / "lib", make_hostile_pdf(tmp_path / "hostile.pdf"))
    out = tmp_path / "public.pdf"
    export_pdf(lib, out, ExportScope(documents=[doc_id]))
    lib.close()
    assert _leaks(out) == []
