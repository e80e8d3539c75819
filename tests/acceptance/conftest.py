"""The acceptance suite reads the real scans in ../shared/data; without them it skips, saying so."""

from __future__ import annotations

import pytest

from tests.builders import SHARED_SCANS


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/acceptance" in str(item.path):
            item.add_marker(pytest.mark.acceptance)
            if not SHARED_SCANS.is_dir():
                item.add_marker(pytest.mark.skip(reason=f"real scans not found at {SHARED_SCANS}"))
