"""Giving up a call a server does not answer (the window's "Stop waiting").

A call is watched on the thread that makes it (:meth:`Watch.bound`): the connections that thread
takes from the pool meanwhile are noted. :meth:`Watch.stop`, from another thread, asks the server
to cancel what they are running and makes the call's thread raise :class:`Stopped` at its next
statement, BEGIN or COMMIT. So a call given up never commits afterwards: its transaction is
rolled back, by the server once the cancel reaches it or when the connection goes back to the
pool. A COMMIT already sent when it was stopped may have been carried out: :meth:`Watch.stop`
says how far the call had got, for what the person is told.

The cancel request is libpq's (psycopg's ``cancel_safe``), sent on a thread of its own: a server
that does not answer (hung, stopped) does not answer it either until it runs again.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, event

log = logging.getLogger(__name__)

CANCEL_TIMEOUT_S = 60.0  # a cancel request the server has not taken by then is dropped


class Stopped(Exception):
    """Raised in a call's thread after :meth:`Watch.stop`: it is to change nothing more."""


class Reached(enum.Enum):
    """How far a call had got when it was stopped."""

    WAITING = "waiting"  # not begun (queued behind another call): it changed nothing
    READING = "reading"  # no write begun: it changed nothing, and was to change nothing
    WRITING = "writing"  # a write begun, not committed: rolled back, nothing changed
    COMMITTING = "committing"  # a COMMIT sent: the server may have carried it out


class Watch:
    """One call's connections and progress (see the module's docstring)."""

    def __init__(self, watches: Watches) -> None:
        self._watches = watches
        self._lock = threading.Lock()
        self.stopped = False
        self.reached = Reached.WAITING
        self.connections: list[Any] = []  # the DBAPI connections its thread holds

    @contextmanager
    def bound(self) -> Iterator[None]:
        """Watch the calling thread's use of the database for as long as the block runs (a
        watch stopped before it began: :class:`Stopped` at once)."""
        ident = threading.get_ident()
        self._watches.bind(ident, self)
        try:
            with self._lock:
                self.check()
                self.reached = Reached.READING
            yield
        finally:
            self._watches.unbind(ident)

    def stop(self) -> Reached:
        """Give the call up: no statement or COMMIT of it after this, a cancel request for what
        its connections run now; how far it had got."""
        with self._lock:
            self.stopped = True
            held = list(self.connections)
            reached = self.reached
        for conn in held:
            threading.Thread(
                target=_cancel, args=(conn,), name="redline-cancel", daemon=True
            ).start()
        return reached

    def check(self) -> None:
        if self.stopped:
            raise Stopped

    def writing(self) -> None:
        with self._lock:
            self.check()
            if self.reached in (Reached.WAITING, Reached.READING):
                self.reached = Reached.WRITING

    def committing(self) -> None:
        with self._lock:  # (stop() and a COMMIT never cross: one of them is first)
            self.check()
            self.reached = Reached.COMMITTING


def _cancel(conn: Any) -> None:
    cancel = getattr(conn, "cancel_safe", None)
    if cancel is None:  # (not psycopg: nothing to ask the server)
        return
    try:
        cancel(timeout=CANCEL_TIMEOUT_S)
    except Exception as exc:  # (the server never took it: the call stops at its next statement)
        log.warning("a cancel request to the server failed: %s", exc)


class Watches:
    """The watched calls on one engine's connections, by thread."""

    def __init__(self, engine: Engine) -> None:
        self._by_thread: dict[int, Watch] = {}
        self._by_connection: dict[int, Watch] = {}
        self._lock = threading.Lock()
        event.listen(engine.pool, "checkout", self._on_checkout)
        event.listen(engine.pool, "checkin", self._on_checkin)
        event.listen(engine, "before_cursor_execute", self._on_statement)
        event.listen(engine, "begin", self._on_begin)
        event.listen(engine, "commit", self._on_commit)

    def watch(self) -> Watch:
        return Watch(self)

    def bind(self, ident: int, watch: Watch) -> None:
        with self._lock:
            self._by_thread[ident] = watch

    def unbind(self, ident: int) -> None:
        with self._lock:
            self._by_thread.pop(ident, None)

    def _current(self) -> Watch | None:
        return self._by_thread.get(threading.get_ident())

    def _on_checkout(self, dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        watch = self._current()
        if watch is not None:
            with self._lock:
                watch.connections.append(dbapi_conn)
                self._by_connection[id(dbapi_conn)] = watch

    def _on_checkin(self, dbapi_conn: Any, record: Any) -> None:
        with self._lock:
            watch = self._by_connection.pop(id(dbapi_conn), None)
            if watch is not None and dbapi_conn in watch.connections:
                watch.connections.remove(dbapi_conn)
        if watch is not None and watch.stopped and record is not None:
            # Not used again: the cancel request may reach its server session only now, and
            # would cancel whatever another call was running on it then.
            record.invalidate()

    def _on_statement(self, *_args: Any) -> None:
        watch = self._current()
        if watch is not None:
            watch.check()

    def _on_begin(self, conn: Connection) -> None:
        watch = self._current()
        if watch is None:
            return
        options = conn.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT" or options.get("postgresql_readonly"):
            watch.check()  # (a read: no transaction of its own, or a read-only snapshot)
        else:
            watch.writing()

    def _on_commit(self, _conn: Connection) -> None:
        watch = self._current()
        if watch is not None:
            watch.committing()
