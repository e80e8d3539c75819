"""A publication of several documents into a folder that one of them refuses names that
document: the refusal said only "page 1: …", whichever of the documents it was, and nothing of
the ones already written."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from app.core.documents.ingest import import_file
from app.core.exchange.common import ExportScope
from app.core.exchange.pdf import export_pdf
from app.core.exchange.pdf_expected import LeakFound
from app.core.ids import DocumentId
from tests.builders import make_text_pdf
from tests.core.exchange.helpers import add_annotation, new_library, word_box
from tests.core.exchange.publication_helpers import region


def test_the_refusal_in_a_folder_names_its_document_and_what_was_written(tmp_path: Path) -> None:
    fine = make_text_pdf(tmp_path / "a-cable.pdf", ["Nothing here is redacted."])
    leaky = make_text_pdf(tmp_path / "b-memo.pdf", ["Castro met him. Castro left."])
    lib, first = new_library(tmp_path / "lib", fine)
    second = DocumentId(int(import_file(lib, leaky).document_id or 0))
    box = region(word_box(leaky, 0, "Castro"))
    add_annotation(lib, second, 0, "redaction", word="Castro", region=box, body={"exemptions": []})
    with lib.transaction() as s:  # (published in the order of their uuids: the fine one first)
        s.connection().exec_driver_sql(
            "UPDATE documents SET uuid = '00000000-0000-4000-8000-000000000000' WHERE id = ?",
            (first,),
        )
    out = tmp_path / "published"
    with pytest.raises(LeakFound) as raised:
        export_pdf(lib, out, ExportScope(documents=[first, second]))
    lib.close()
    said = str(pickle.loads(pickle.dumps(raised.value))).splitlines()
    assert said[0] == "b-memo:"
    assert said[1].startswith("PyMuPDF still extracts the redacted text 'Castro'")
    assert said[-1] == "1 document published before it stays in the folder."
    [kept] = out.iterdir()
    assert kept.name.startswith("a-cable") and kept.suffix == ".pdf"
