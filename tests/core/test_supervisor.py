"""The supervisor's handling of a task that raises: the whole run by default, its own task only in
a run with ``contain`` (its reason in one line, the worker's traceback kept for the log)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from app.core.supervisor import Failure, Supervisor, Task

TASKS = [Task(int, ("x",), 5.0, "bad"), Task(int, ("7",), 5.0, "good")]


def test_a_contained_task_that_raises_fails_alone() -> None:
    with Supervisor(1, executor=ThreadPoolExecutor) as workers:
        ended = {f.task.tag: f for f in workers.run(TASKS, contain=True)}
    assert ended["good"].result == 7 and ended["good"].failure is None
    bad = ended["bad"]
    assert bad.failure is Failure.RAISED and bad.result is None and bad.error is not None
    assert bad.error.reason == "invalid literal for int() with base 10: 'x'"
    assert bad.error.trace.startswith("Traceback") and "ValueError" in bad.error.trace
    assert "in the worker process:" in str(bad.error)


def test_a_task_that_raises_raises_by_default() -> None:
    with Supervisor(1, executor=ThreadPoolExecutor) as workers, pytest.raises(ValueError):
        list(workers.run(TASKS))
