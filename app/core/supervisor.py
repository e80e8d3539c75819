"""Tasks in worker processes under the parent's watch: a deadline each, a prompt cancel, a crash
that fails its own task only. OCR's pages and detection's work on the scans run through it.

A task that raises fails the whole run, or, in a run with ``contain``, its own task only: its
worker catches the exception and returns it as a :class:`TaskError` (its one-line reason, and its
traceback for the log file), so what the parent itself raises is never mistaken for a task's.

A task stuck where no timeout or cancel of its own reaches (a render in MuPDF, Tesseract's layout
analysis, a hang in native code) cannot be stopped from inside its worker. So the parent keeps
each task's deadline, the moment it handed the task out plus its timeout plus :data:`OVERRUN_S`,
and ends the pool's workers itself (:func:`app.core.processes.end_workers`) when a task is still
in hand then, or :data:`CANCEL_GRACE_S` after a cancel; the tasks left run in a new pool. At most
one task is in flight per worker, so every task's clock starts when a worker takes it.

Workers see the run's stop flag through :func:`stop_requested` (a ``c_bool`` in shared memory,
read without a lock: a worker killed while reading a multiprocessing ``Event`` would leave its
lock held, and the next reader waiting for ever), and ignore Ctrl-C, which the parent handles.
A task says how far it got with :func:`report_stage` (into its slot of a shared array, read the
same way), so that a task ended late can say what took too long (:attr:`Finished.stage`).
"""

from __future__ import annotations

import ctypes
import enum
import multiprocessing.context
import signal
import time
import traceback
from collections.abc import Callable, Generator, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from app.core.processes import end_workers, pool_context, worker_pool
from app.core.scratch import sweep_scratch

R = TypeVar("R")
Cancel = Callable[[], bool]
WAIT_S = 0.1  # how often the parent looks at the cancel and the deadlines
# A task still in hand this long after its timeout is ended by the parent, which kills the
# workers: its clock starts when the task is handed out, a worker's own once it has rendered
# its page (and, after a crash, once a new worker has started), so it is given room for those.
OVERRUN_S = 10.0
CANCEL_GRACE_S = 0.5  # how long a cancel waits for the tasks in hand before ending their workers
ENDED_WAIT_S = 30.0  # for a pool to see its workers gone (at once: a bound, not a wait)
# Tasks a worker kept queued ahead, ``more()`` asked for the next while fewer are: detection over
# the 16 real scans left its two workers idle 2.0 worker-seconds of 24, 1.3 with these asked
# ahead and handed out before the results of those ended are taken.
AHEAD = 4

# The run's stop flag and the stages of the tasks in flight, in a worker (set by init_worker),
# and the slot of the stages that is this worker's task's (set as each task starts).
_stop_flag: Any = None
_stages: Any = None
_slot = -1


def init_worker(stop_flag: Any, stages: Any = None) -> None:
    """Process-pool initializer: remember the run's stop flag (a shared ``c_bool``) and the
    stages (a shared ``c_int`` array, a slot per task in flight), and leave Ctrl-C to the
    parent, which stops the run and its workers: the terminal sends it to the workers too,
    which would each print a traceback."""
    global _stop_flag, _stages
    _stop_flag, _stages = stop_flag, stages
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def stop_requested() -> bool:
    """In a worker: whether the run was cancelled or stopped (never, outside a supervised pool)."""
    return bool(_stop_flag is not None and _stop_flag.value)


def report_stage(stage: int) -> None:
    """In a worker: the task in hand is now at ``stage`` (a number of the caller's, above 0),
    which the parent gives as :attr:`Finished.stage` if it has to end the task late. Nothing
    outside a supervised pool of processes."""
    if _stages is not None and _slot >= 0:
        _stages[_slot] = stage


def _in_slot(slot: int, contain: bool, fn: Callable[..., R], *args: Any) -> R | TaskError:
    """In a worker: ``fn(*args)`` (:func:`contained` with ``contain``), its stages reported in
    ``slot``."""
    global _slot
    _slot = slot
    try:
        return contained(fn, *args) if contain else fn(*args)
    finally:
        _slot = -1


class Failure(enum.Enum):
    """Why a task has no result."""

    LATE = "late"  # still in hand at its deadline: its worker was killed
    CANCELLED = "cancelled"  # not started, or ended, because the run was cancelled
    CRASHED = "crashed"  # its worker died under it, and again when it ran alone
    RAISED = "raised"  # it raised an exception in its worker (in a run with ``contain``)


REASON_CHARS = 200  # a task's reason for people is cut to this


class TaskError(Exception):
    """What a task raised in its worker, returned as its value (it pickles whatever the
    exception held: PyMuPDF's hold SWIG objects): ``reason``, one line for people (the message,
    or the exception's name when it has none); ``trace``, the worker's traceback. ``str()`` gives
    both, for the log file (:func:`app.core.errorlog.log_exception`)."""

    def __init__(self, reason: str, trace: str) -> None:
        super().__init__(reason, trace)
        self.reason, self.trace = reason, trace

    def __str__(self) -> str:
        return f"{self.reason}\n\nin the worker process:\n{self.trace}"


def contained(fn: Callable[..., R], *args: Any) -> R | TaskError:
    """In a worker: ``fn(*args)``, or what it raised as a :class:`TaskError`."""
    try:
        return fn(*args)
    except Exception as exc:
        lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
        reason = lines[0] if lines else type(exc).__name__
        if len(reason) > REASON_CHARS:
            reason = reason[: REASON_CHARS - 1] + "…"
        return TaskError(reason, "".join(traceback.format_exception(exc)))


@dataclass(frozen=True, eq=False)
class Task(Generic[R]):
    """``fn(*args)`` in a worker (``fn`` importable there), ended ``timeout_s`` +
    :data:`OVERRUN_S` after it was handed out. ``tag``: the caller's, to tell its tasks apart."""

    fn: Callable[..., R]
    args: tuple[Any, ...]
    timeout_s: float
    tag: Any = None


@dataclass(frozen=True)
class Finished(Generic[R]):
    """A task's end: its result, or why there is none (and, when it raised, what; when it was
    late, the last stage it reported: :func:`report_stage`, 0 if none)."""

    task: Task[R]
    result: R | None = None
    failure: Failure | None = None
    error: TaskError | None = None
    stage: int = 0


def _finished(task: Task[R], result: Any) -> Finished[R]:
    if isinstance(result, TaskError):
        return Finished(task, failure=Failure.RAISED, error=result)
    return Finished(task, result)


@dataclass
class _Batch(Generic[R]):
    """One :meth:`Supervisor.run`: what waits, what is in hand and until when."""

    queue: list[Task[R]]  # (taken from the end)
    cancel: Cancel | None
    contain: bool = False  # a task raising fails that task only
    more: More[R] | None = None  # asked for more tasks when the queue runs short (None: no more)
    running: dict[Future[Any], Task[R]] = field(default_factory=dict)
    deadlines: dict[Future[Any], float] = field(default_factory=dict)
    slots: dict[Future[Any], int] = field(default_factory=dict)  # where each reports its stage
    suspects: set[Task[R]] = field(default_factory=set)  # in flight when a worker died
    cancelled_at: float | None = None


# Asked for the tasks to run next once those given have all been handed out: a list (an empty
# one is asked again at once), or None when there are no more.
More = Callable[[], Sequence[Task[R]] | None]


def _is_broken(pool: Executor) -> bool:
    return bool(getattr(pool, "_broken", False))


class Supervisor:
    """A pool of ``workers`` processes that runs batches of tasks (:meth:`run`), kept between
    them; :meth:`close` (or the ``with`` block's end) stops it. ``context``: how workers start
    (:func:`app.core.processes.pool_context`); ``executor``: another pool to run in (tests: a
    thread pool runs monkeypatched functions; its tasks cannot be ended)."""

    def __init__(
        self,
        workers: int,
        *,
        context: multiprocessing.context.BaseContext | None = None,
        executor: Callable[[int], Executor] | None = None,
    ) -> None:
        self.workers = workers
        self.ctx = context or pool_context()
        self.stop = self.ctx.RawValue(ctypes.c_bool, False)  # no new task; running ones stop
        self.stages = self.ctx.RawArray(ctypes.c_int, max(workers, 1))  # a slot per task in hand
        self._executor = executor
        self._current: Executor | None = None
        self.ended: list[int] = []  # pids of the workers ended (their scratch is swept)

    def __enter__(self) -> Supervisor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (they are idle between runs: at once)."""
        self._retire()

    def _pool(self) -> Executor:
        if self._current is None:
            if self._executor is not None:
                self._current = self._executor(self.workers)
            else:
                self._current = worker_pool(
                    self.workers,
                    context=self.ctx,
                    initializer=init_worker,
                    initargs=(self.stop, self.stages),
                )
        return self._current

    def _retire(self) -> None:
        """Shut the pool down (a new one starts when needed) and sweep what ended workers left."""
        if self._current is not None:
            self._current.shutdown(wait=True, cancel_futures=True)
            self._current = None
        if self.ended:  # a worker killed in the tesseract command's path leaves its image
            sweep_scratch(pids=self.ended)
            self.ended.clear()

    def run(
        self,
        tasks: Sequence[Task[R]],
        cancel: Cancel | None = None,
        *,
        contain: bool = False,
        more: More[R] | None = None,
    ) -> Generator[Finished[R], None, None]:
        """Run ``tasks`` (in their order, one in flight per worker) and yield each as it ends.
        ``more()``, when given, is asked for the tasks to run next whenever fewer than
        :data:`AHEAD` a worker are left to hand out (the workers start on the next piece of
        work while the last tasks of one end), until it answers None; not once a cancel is
        seen. A worker that ends a task is given the next before that task's result is yielded.
        ``cancel()`` is asked every :data:`WAIT_S`: once true, no task starts, the tasks in hand
        have :data:`CANCEL_GRACE_S` to end, and the rest come back cancelled. A task raising
        raises here, or with ``contain`` comes back as :attr:`Failure.RAISED` with its
        :class:`TaskError`. Close the generator when leaving it early (``contextlib.closing``):
        the tasks in hand get the grace, then their workers are killed."""
        batch = _Batch(list(reversed(tasks)), cancel, contain, more)
        if self._current is not None and _is_broken(self._current):
            self._retire()
        self.stop.value = False
        try:
            while batch.queue or batch.running or batch.more is not None:
                self._poll_cancel(batch)
                self._fill(batch)
                if not (batch.queue or batch.running):  # (more() had none left)
                    break
                if self.stop.value and not batch.running:
                    yield from (Finished(t, failure=Failure.CANCELLED) for t in batch.queue)
                    batch.queue.clear()
                    break
                yield from self._collect(batch)
        finally:
            if batch.running:  # stopped early (an error, Ctrl-C): the tasks in hand have a grace
                self.stop.value = True
                wait(batch.running, timeout=CANCEL_GRACE_S)
                if self._current is not None and not all(f.done() for f in batch.running):
                    self.ended += end_workers(self._current)
                self._retire()

    def _poll_cancel(self, batch: _Batch[R]) -> None:
        if batch.cancelled_at is None and batch.cancel is not None and batch.cancel():
            self.stop.value = True
            batch.cancelled_at = time.monotonic()

    def _collect(self, batch: _Batch[R]) -> Iterable[Finished[R]]:
        """Wait a moment for tasks to end; end those overdue; a new pool when this one broke."""
        done, _ = wait(batch.running, timeout=WAIT_S, return_when=FIRST_COMPLETED)
        broken = False
        ended: list[Finished[R]] = []
        for fut in done:
            task = batch.running.pop(fut)
            del batch.deadlines[fut], batch.slots[fut]
            try:
                ended.append(_finished(task, fut.result()))
            except BrokenProcessPool:
                broken = True
                ended.extend(self._after_crash(batch, task))
        if ended and not broken:
            # The free workers start on the next tasks before the caller takes these results
            # (detection stores a document as its last page ends: a worker waited that long).
            self._fill(batch)
        yield from ended
        overdue = self._overdue(batch)
        if overdue:
            broken = True
            yield from self._end(batch, overdue)
        current = self._current
        if broken or (current is not None and not batch.running and _is_broken(current)):
            self._retire()  # what is left runs in a new pool, started when a task is handed out

    def _overdue(self, batch: _Batch[R]) -> set[Future[Any]]:
        """The tasks whose workers are to be ended now: every one in hand once a cancel has
        waited its grace, else those past their deadline."""
        now = time.monotonic()
        if batch.cancelled_at is not None and now - batch.cancelled_at >= CANCEL_GRACE_S:
            return set(batch.running)
        return {f for f in batch.running if now >= batch.deadlines[f]}

    def _end(self, batch: _Batch[R], overdue: set[Future[Any]]) -> Iterable[Finished[R]]:
        """End every worker of the pool (one cannot be taken out alone): a task that finished
        meanwhile keeps its result, an overdue one is late (or cancelled), and the others in
        hand, stopped through no fault of theirs, run again."""
        if self._current is not None:
            self.ended += end_workers(self._current)
        wait(batch.running, timeout=ENDED_WAIT_S)  # (their futures fail once the pool sees it)
        for fut, task in list(batch.running.items()):
            stage = self.stages[batch.slots.pop(fut)]  # (its worker is gone: no more writes)
            del batch.running[fut], batch.deadlines[fut]
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                yield _finished(task, fut.result())
            elif self.stop.value:
                yield Finished(task, failure=Failure.CANCELLED)
            elif fut in overdue:
                yield Finished(task, failure=Failure.LATE, stage=stage)
            else:
                batch.queue.append(task)
        self._retire()

    def _fill(self, batch: _Batch[R]) -> None:
        """Hand out queued tasks while workers are free, then ask ``more()`` while fewer than
        :data:`AHEAD` tasks a worker are queued, handing out what it gives to a worker free
        meanwhile (so that the next piece of work is ready before a worker is free: detection
        begins the next documents, reading their pages and their text's markings, while the
        workers read the last one's scans; what it gives runs after what was queued before).
        A suspect of a crash runs on its own."""
        self._hand_out(batch)
        while (
            len(batch.queue) < AHEAD * self.workers
            and batch.more is not None
            and not self.stop.value
        ):
            found = batch.more()
            if found is None:
                batch.more = None
            else:
                batch.queue[:0] = reversed(found)  # (after those queued: taken from the end)
                self._hand_out(batch)
        if self.stop.value:
            batch.more = None

    def _hand_out(self, batch: _Batch[R]) -> None:
        while batch.queue and len(batch.running) < self.workers and not self.stop.value:
            if any(t in batch.suspects for t in batch.running.values()):
                return
            if batch.queue[-1] in batch.suspects and batch.running:
                return
            task = batch.queue.pop()
            slot = min(set(range(len(self.stages))) - set(batch.slots.values()))
            self.stages[slot] = 0  # (the worker that last had it returned, or was ended)
            fut: Future[Any]
            try:
                fut = self._pool().submit(_in_slot, slot, batch.contain, task.fn, *task.args)
            except BrokenProcessPool:  # a worker died and its task is not collected yet:
                batch.queue.append(task)  # its future says so at the next wait, then a new pool
                return
            batch.running[fut] = task
            batch.slots[fut] = slot
            batch.deadlines[fut] = time.monotonic() + task.timeout_s + OVERRUN_S

    def _after_crash(self, batch: _Batch[R], task: Task[R]) -> Iterable[Finished[R]]:
        """Every task in flight sees a worker die: rerun each alone; fail one that dies alone."""
        if task in batch.suspects:
            yield Finished(task, failure=Failure.CRASHED)
            return
        batch.suspects.add(task)
        batch.queue.append(task)
