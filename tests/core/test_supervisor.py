"""The supervisor's handling of a task that raises: the whole run by default, its own task only in
a run with ``contain`` (its reason in one line, the worker's traceback kept for the log); and of
a task it ends late: the stage it last reported comes back with it."""

from __future__ import annotations

import multiprocessing
import threading
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


def test_more_tasks_are_asked_for_whenever_a_worker_is_free_until_there_are_none() -> None:
    """``more()`` is asked once the given tasks are handed out and a worker is free (not only
    once they have ended): the next batch's first task starts while the last one of the batch
    before still runs."""
    release = threading.Event()
    started: list[str] = []
    waited: list[bool] = []  # whether "slow" saw the next batch begin while it ran

    def work(tag: str) -> str:
        started.append(tag)
        if tag == "slow":  # ends once the next batch has begun beside it (at most 10 s)
            waited.append(release.wait(10.0))
        elif tag == "next":
            release.set()
        return tag

    batches = [[Task(work, ("next",), 30.0, "next")], []]
    asked: list[int] = []

    def more() -> list[Task[str]] | None:
        asked.append(len(started))
        return batches.pop(0) if batches else None

    with Supervisor(2, executor=ThreadPoolExecutor) as workers:
        first = [Task(work, ("slow",), 30.0, "slow"), Task(work, ("quick",), 30.0, "quick")]
        ended = [f.task.tag for f in workers.run(first, more=more)]
    assert sorted(ended) == ["next", "quick", "slow"] and waited == [True]
    assert len(asked) == 3  # the batch, an empty answer (asked again at once), and None


def test_more_is_not_asked_once_cancelled() -> None:
    asked: list[int] = []

    def more() -> list[Task[int]] | None:
        asked.append(1)
        return [Task(int, ("1",), 5.0, "more")]

    with Supervisor(1, executor=ThreadPoolExecutor) as workers:
        ended = list(workers.run([Task(int, ("7",), 5.0, "first")], lambda: True, more=more))
    assert asked == [] and [f.failure for f in ended] == [Failure.CANCELLED]


def test_a_free_worker_starts_its_next_task_before_the_result_is_taken() -> None:
    """While the caller takes a result (detection stores a document as its last page ends), the
    worker that ended it is already on the next task."""
    second_started = threading.Event()

    def work(tag: str) -> str:
        if tag == "second":
            second_started.set()
        return tag

    seen: list[bool] = []
    with Supervisor(1, executor=ThreadPoolExecutor) as workers:
        tasks = [Task(work, ("first",), 30.0, "first"), Task(work, ("second",), 30.0, "second")]
        for finished in workers.run(tasks):
            if finished.task.tag == "first":  # (the old order: never, until this returned)
                seen.append(second_started.wait(10.0))
    assert seen == [True]


def test_tasks_asked_for_ahead_run_after_those_queued_before() -> None:
    """``more()`` is asked while tasks are still queued (the next document begun ahead): its
    tasks run after them, in their order, so that documents end in the order they began."""
    started: list[str] = []

    def work(tag: str) -> str:
        started.append(tag)
        return tag

    batches = [[Task(work, (t,), 30.0, t) for t in ("d", "e")], [Task(work, ("f",), 30.0, "f")]]

    def more() -> list[Task[str]] | None:
        return batches.pop(0) if batches else None

    with Supervisor(1, executor=ThreadPoolExecutor) as workers:
        given = [Task(work, (t,), 30.0, t) for t in ("a", "b", "c")]
        list(workers.run(given, more=more))
    assert started == ["a", "b", "c", "d", "e", "f"]


def test_queued_tasks_are_handed_out_before_more_is_asked() -> None:
    """``more()`` may take a while (detection reads the next document and finds its text's
    markings): free workers are given the queued tasks first, not left waiting on it."""
    began = threading.Event()
    seen: list[bool] = []

    def work(tag: str) -> str:
        began.set()
        return tag

    def more() -> list[Task[str]] | None:
        if not seen:  # (the first time: the given task should be running by now)
            seen.append(began.wait(5.0))
        return None

    with Supervisor(2, executor=ThreadPoolExecutor) as workers:
        list(workers.run([Task(work, ("given",), 30.0, "given")], more=more))
    assert seen == [True]
