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
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, Protocol, TypeVar

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
