"""A worker keeps the document it reads open between tasks, one at a time."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from app.core import processes
from tests.builders import make_text_pdf


@pytest.mark.usefixtures("no_documents_left_open")
def test_the_document_stays_open_until_another_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = str(make_text_pdf(tmp_path / "a.pdf", ["one", "two"]))
    b = str(make_text_pdf(tmp_path / "b.pdf", ["three"]))
    opened: list[str] = []
    real = pymupdf.open

    def counting(path: str, *args: object, **kwargs: object) -> pymupdf.Document:
        opened.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(pymupdf, "open", counting)
    first = processes.worker_document(a, "pdf")
    assert processes.worker_document(a, "pdf") is first and opened == ["a.pdf"]
    other = processes.worker_document(b, "pdf")
    assert first.is_closed and not other.is_closed and opened == ["a.pdf", "b.pdf"]
    assert other.load_page(0).get_text().strip() == "three"
