"""Library calls a window's thread must not wait on.

On a team library each call is round trips to a server, and a server that stops answering holds
a call up to its time-outs (:mod:`db.server`). The window's thread must never wait on the
network, so the window sets a :class:`CallRunner` on its library (``Library.call_runner``) and
every function the window calls on its thread is marked :func:`library_call`: called there, it
runs through the runner (on a thread of the runner's own, the window's event loop going on
meanwhile); called anywhere else (a worker, the command line, inside another library call) it
runs as it is. A folder library has no runner: a call there is a millisecond on a local disk.

The library's own ways in (``Library.reading``, ``transaction`` and the rest) tell the runner
when the window's thread reaches them other than through a marked function
(:meth:`CallRunner.unrouted`), so a call left unmarked is found (the tests make that an error).

A call on a server library can be given up (:class:`CallWatch`, ``Library.watch_call``): the
runner watches it on its thread, and the person's "Stop waiting" cancels it on the server; it
then changes nothing more, and the window is told, in words, how far it had got.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar

from app.core.errors import LibraryError
from app.core.wording import Message, translate

if TYPE_CHECKING:  # (SQLAlchemy is not loaded by the commands that read with sqlite3)
    from db.call_watch import Watch

P = ParamSpec("P")
R = TypeVar("R")


class CallRunner(Protocol):
    def wanted(self) -> bool:
        """True when a library call made on the calling thread must go through :meth:`run`."""
        ...

    def run(self, call: Callable[[], R]) -> R:
        """``call()``'s result (or its exception), the caller's thread not blocked meanwhile."""
        ...

    def unrouted(self) -> None:
        """The calling thread, one :meth:`wanted` is true for, reached the library directly."""
        ...


def library_call(fn: Callable[P, R]) -> Callable[P, R]:
    """Mark ``fn``, whose first argument is the library, as a call a window may make: see the
    module's docstring."""

    @functools.wraps(fn)
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        lib: Any = args[0] if args else kwargs["lib"]
        runner: CallRunner | None = getattr(lib, "call_runner", None)  # (or a command's reader)
        if runner is None or not runner.wanted():
            return fn(*args, **kwargs)
        return runner.run(lambda: fn(*args, **kwargs))

    return call


class WaitStopped(LibraryError):
    """A library call the person stopped waiting for. ``committing``: its COMMIT had been sent,
    so the server may have carried it out (said once the call has ended: :meth:`CallWatch.late`)."""

    committing = False


class CallWatch:
    """A call on a server library that a window may give up: :meth:`bound` on the call's thread
    around the call, :meth:`stop` from the window's (``db.call_watch``)."""

    def __init__(self, watch: Watch, location: str) -> None:
        self._watch, self.location = watch, location

    def bound(self) -> AbstractContextManager[None]:
        return self._watch.bound()

    def stop(self) -> WaitStopped:
        """Give the call up (cancelled on the server; it changes nothing more): the error it
        ends with for the window, saying how far it had got."""
        from db.call_watch import Reached

        reached = self._watch.stop()
        if reached is Reached.COMMITTING:
            error = WaitStopped(
                translate(
                    "Redline",
                    "Redline stopped waiting for the server holding {location} while it saved "
                    "the change: it may have been saved; the window says which once the server "
                    "answers.",
                ).format(location=self.location)
            )
            error.committing = True
            return error
        if reached in (Reached.WRITING, Reached.WAITING):  # (rolled back, or never begun)
            said = translate(
                "Redline",
                "Redline stopped waiting for the server holding {location}; nothing was changed.",
            )
        else:  # (a read: what the action did before it, if anything, stands)
            said = translate(
                "Redline", "Redline stopped waiting for the server holding {location}."
            )
        return WaitStopped(said.format(location=self.location))

    def late(self, error: BaseException | None) -> Message:
        """What to say once a call given up while it saved has ended after all: ``error`` what
        it raised (None: it returned, its change saved)."""
        from db.call_watch import Stopped

        if error is None or isinstance(error, Stopped):  # (stopped after its COMMIT came back)
            said = translate(
                "Redline",
                "The change Redline stopped waiting for was saved on {location} after all; "
                "the window shows it.",
            )
        elif _refused(error):
            said = translate(
                "Redline", "The change Redline stopped waiting for was not saved on {location}."
            )
        else:  # (the connection lost with the COMMIT on its way: only the library can tell)
            said = translate(
                "Redline",
                "Whether the change Redline stopped waiting for was saved on {location} cannot "
                "be told; the window shows what the library holds.",
            )
        return said.format(location=self.location)


def _refused(error: BaseException) -> bool:
    """Whether the server answered ``error`` (a refusal, the cancel taken): then nothing was
    committed. A lost connection (SQLSTATE class 08, a server shut down: 57P01-57P05) tells
    nothing of a COMMIT on its way."""
    seen: BaseException | None = error
    while seen is not None:
        state = getattr(seen, "sqlstate", None) or ""
        if state:
            return not state.startswith(("08", "57P"))
        seen = getattr(seen, "orig", None) or seen.__cause__
    return False
