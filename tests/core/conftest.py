"""Fixtures shared by the core tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core import processes


@pytest.fixture
def no_documents_left_open() -> Iterator[None]:
    """Close what :func:`app.core.processes.worker_document` kept open when a test ran a worker's
    task in this process."""
    yield
    for doc in processes._worker_doc.values():
        doc.close()
    processes._worker_doc.clear()
