"""Fixtures shared by the core tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core import processes
from tests.core.exchange.published_helpers import Published, publication_pdf, published_library


@pytest.fixture
def no_documents_left_open() -> Iterator[None]:
    """Close what :func:`app.core.processes.worker_document` kept open when a test ran a worker's
    task in this process."""
    yield
    for doc in processes._worker_doc.values():
        doc.close()
    processes._worker_doc.clear()


@pytest.fixture(scope="module")
def pub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    """The publication library (tests/core/exchange/published_helpers.py), once per test module."""
    root = tmp_path_factory.mktemp("published")
    published = published_library(root / "lib", publication_pdf(root))
    yield published
    published.lib.close()
