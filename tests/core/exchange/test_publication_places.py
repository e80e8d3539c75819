"""A redacted phrase still legible elsewhere refuses the publication, naming every place a reader
finds it — each page, with the words around it — and what to do (until 2026-12-07 the refusal
named the first page only, and the reviewer redacted and exported again page by page)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from app.core.exchange.common import ExportScope
from app.core.exchange.pdf import export_pdf
from app.core.exchange.pdf_expected import LeakFound
from tests.builders import make_text_pdf
from tests.core.exchange.helpers import add_annotation, new_library, word_box
from tests.core.exchange.publication_helpers import region


def test_the_refusal_names_every_place_with_its_words(tmp_path: Path) -> None:
    pdf = make_text_pdf(
        tmp_path / "three.pdf",
        [
            "The courier met Castro at noon. Later that day Castro smiled.",
            "Nobody in Havana saw him.",
            "In the spring Castro left Havana for good.",
        ],
    )
    lib, doc_id = new_library(tmp_path / "lib", pdf)
    box = word_box(pdf, 0, "Castro")  # the first, on page 1
    add_annotation(lib, doc_id, 0, "redaction", word="Castro", region=region(box),
                   body={"exemptions": []})  # fmt: skip
    out = tmp_path / "pub.pdf"
    with pytest.raises(LeakFound) as raised:
        export_pdf(lib, out, ExportScope(documents=[doc_id]))
    lib.close()
    said = str(pickle.loads(pickle.dumps(raised.value)))  # (as it comes from the export process)
    assert not out.exists()
    assert said.splitlines() == [
        "PyMuPDF still extracts the redacted text 'Castro' outside its boxes, in 2 places:",
        "  page 1: “…noon. Later that day Castro smiled.”",
        "  page 3: “In the spring Castro left Havana for good.”",
        "Redact the text in these places too (a search for it finds them all), or leave its "
        "redaction visible; nothing was written.",
    ]


def test_past_the_places_it_shows_the_rest_are_counted() -> None:
    from app.core.exchange.pdf_file_check import SHOWN_PLACES, quote_places, refuse_places

    page = " ".join(f"word{n} Castro" for n in range(SHOWN_PLACES + 3))
    places = quote_places(4, page, ["Castro"]) + quote_places(5, "a John Smith b", ["John Smith"])
    assert len(places) == SHOWN_PLACES + 4
    assert places[0].context == "word0 Castro word1 Castro word2 Castro…"
    with pytest.raises(LeakFound) as raised:
        refuse_places(places, "poppler")
    lines = str(raised.value).splitlines()
    assert lines[0].endswith(f"'Castro' outside its boxes, in {SHOWN_PLACES + 3} places:")
    assert sum(line.startswith("  page 5: ") for line in lines) == SHOWN_PLACES
    assert "  and 3 more places" in lines
    assert "'John Smith' outside its boxes, in 1 place:" in lines[-3]
    assert lines[-2] == "  and 1 more place"  # (the names shown are capped over all quotes)
