"""The background-task runner's helpers."""

from __future__ import annotations

from app.ui.base.workers import Dropped, report_failure


def test_report_failure_shows_failures_and_not_dropped_tasks() -> None:
    shown: list[str] = []
    on_error = report_failure(shown.append, "Cannot read the page")
    on_error(Dropped())
    on_error(OSError("disk gone"))
    assert shown == ["Cannot read the page: disk gone"]
