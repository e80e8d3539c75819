"""The background-task runner's helpers."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QApplication

from app.core.errors import LibraryError
from app.ui.base.workers import Dropped, TaskRunner, report_failure


def test_report_failure_shows_failures_and_not_dropped_tasks() -> None:
    shown: list[str] = []
    on_error = report_failure(shown.append, "Cannot read the page")
    on_error(Dropped())
    on_error(OSError("disk gone"))
    assert shown == ["Cannot read the page: disk gone"]


def test_a_background_task_s_error_for_a_person_is_one_line_in_the_log_not_a_traceback(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    """A task with no error handler that fails with a person's error (the library table's
    reload when the team's server went away) is logged in one line, the traceback kept for
    bugs; started from a terminal, the log is what the person sees."""
    runner = TaskRunner(synchronous=True)

    def gone() -> None:
        raise LibraryError("The server holding postgresql://archive cannot be reached.")

    def bug() -> None:
        raise KeyError("courier")

    with caplog.at_level(logging.WARNING, logger="app.ui.base.workers"):
        runner.submit(gone, lambda _: None)
        runner.submit(bug, lambda _: None)
    said, failed = caplog.records
    assert said.levelno == logging.WARNING and said.exc_info is None
    assert said.getMessage() == (
        "background task stopped: The server holding postgresql://archive cannot be reached."
    )
    assert failed.levelno == logging.ERROR and failed.exc_info is not None


def test_results_are_handed_over_in_the_order_they_came(qapp: object) -> None:
    """One that comes after a call's return, before what was held during it is handed over,
    waits its turn: it was run first, and a page read begun before a step was drawn after the
    read made for the step (the window showed a rejected proposal as still proposed)."""
    from app.ui.base.workers import held

    order: list[str] = []
    held.hold()  # a call is awaited
    held.deliver(lambda: order.append("read begun before the step"))
    held.release()  # the call is back: what was held is handed over from the event loop
    held.deliver(lambda: order.append("read made for the step"))
    QApplication.processEvents()
    assert order == ["read begun before the step", "read made for the step"]
    assert not held.queue and not held.holding
