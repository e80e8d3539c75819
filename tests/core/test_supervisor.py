"""The supervisor's handling of a task that raises: the whole run by default, its own task only in
a run with ``contain`` (its reason in one line, the worker's traceback kept for the log); and of
a task it ends late: the stage it last reported comes back with it."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.core import supervisor
from app.core.supervisor import Failure, Supervisor, Task
from tests.core.stuck import at_stage

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


@pytest.mark.slow
def test_a_task_ended_late_says_the_last_stage_its_worker_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The stage a late task reported before it hung comes back with it, so that its message
    can say what took too long; a task that reported none says 0, even in the slot a task that
    reported one used before it."""
    monkeypatch.setattr(supervisor, "OVERRUN_S", 0.5)
    tasks = [
        Task(at_stage, (9,), 30.0, "reported 9, returned"),
        Task(at_stage, (0, 120), 0.5, "reported nothing, hung"),
        Task(at_stage, (7, 120), 0.5, "reported 7, hung"),
    ]
    with Supervisor(1, context=multiprocessing.get_context("fork")) as workers:
        ended = {f.task.tag: f for f in workers.run(tasks)}
    assert ended["reported 9, returned"].result == 9
    assert ended["reported 9, returned"].stage == 0  # (in time: nobody asks)
    for tag, stage in (("reported nothing, hung", 0), ("reported 7, hung", 7)):
        assert (ended[tag].failure, ended[tag].stage) == (Failure.LATE, stage), tag
