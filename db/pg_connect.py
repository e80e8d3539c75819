"""Connections to a PostgreSQL server whose failure says what failed in a code, not in words.

psycopg gives a failed connection no SQLSTATE (libpq keeps the server's ErrorResponse to itself
at connect time), so a refused login, a database or role that does not exist and a server that
cannot be reached could only be told apart by their words: the server's in its ``lc_messages``
(a German server: "Passwort-Authentifizierung für Benutzer »alice« fehlgeschlagen") and libpq's
own in the client's locale (a French ``LANG``: "la connexion au serveur … a échoué"). Here:

- the connection is made with libpq's error verbosity VERBOSE (``PQsetErrorVerbosity``, which
  psycopg does not wrap: called through ctypes on the very libpq psycopg loaded), so the
  server's refusal reads "FATAL:  28P01: …": its SQLSTATE is taken out of the words and put on
  the error (``exc.sqlstate``), the words left as they were; back to the default once connected;
- a failure the server did not answer (no server there, an unknown host, a time-out) is given
  ``08001`` (the client could not establish the connection), one where libpq had no password
  to give ``28000`` (``exc.pgconn.needs_password`` tells it: :func:`password_needed`);
- where the verbosity cannot be set (a libpq this cannot reach: not psycopg's binary, C or
  ctypes build), an answer from the server is known by its form ("SEVERITY:  words", in every
  language) and its English words where it has them, else given ``08004`` (the server refused
  the connection, not said why).
"""

from __future__ import annotations

import ctypes
import logging
import re
from collections.abc import Callable, Generator
from functools import cache
from typing import Any

import psycopg
from psycopg import errors as e
from psycopg import pq

from db.server import NO_PASSWORD, REFUSED, UNREACHED, password_needed

log = logging.getLogger(__name__)

_VERBOSE, _DEFAULT = 2, 1  # libpq's PGVerbosity: PQERRORS_VERBOSE, PQERRORS_DEFAULT
# The server's answer as libpq words it: "SEVERITY:  " (two spaces in every language), then the
# SQLSTATE and ": " at verbosity VERBOSE; its last line "LOCATION:  function, file.c:123".
_STATE = re.compile(r"(?<=\S:  )([0-9A-Z]{5}): ")
_SERVER_SAID = re.compile(r"\S:  \S")
_LOCATION = re.compile(r"\n[^\n]*:\s+\S+, [\w.]+:\d+\s*$")
# What an English server says at connect time, for a libpq whose verbosity cannot be set.
_ENGLISH = (
    (re.compile(r"authentication failed"), "28P01"),
    (re.compile(r'database ".*" does not exist'), "3D000"),
    (re.compile(r'role ".*" does not exist'), "28000"),
)


def connect(conninfo: str = "", **kwargs: Any) -> psycopg.Connection[Any]:
    """``psycopg.connect``, its failure carrying a SQLSTATE (module docstring)."""
    try:
        return _Connection.connect(conninfo, **kwargs)
    except psycopg.OperationalError as exc:
        if not exc.sqlstate:
            exc.sqlstate = _state_of(exc)
        raise


def _state_of(exc: psycopg.OperationalError) -> str:
    if password_needed(exc):
        return NO_PASSWORD
    said = str(exc)
    if not _SERVER_SAID.search(said):
        return UNREACHED
    for words, state in _ENGLISH:
        if words.search(said):
            return state
    return REFUSED


class _Connection(psycopg.Connection[Any]):
    """A psycopg connection made with libpq's error verbosity VERBOSE while it connects."""

    @classmethod
    def _connect_gen(cls, conninfo: str = "", **kwargs: Any) -> Any:
        verbosity = _verbosity()
        if verbosity is None or kwargs or not _known_psycopg():
            return super()._connect_gen(conninfo, **kwargs)  # (a hook this does not know)
        return cls._connect_verbose(conninfo, verbosity)

    @classmethod
    def _connect_verbose(
        cls, conninfo: str, verbosity: Callable[[int, int], int]
    ) -> Generator[Any, Any, _Connection]:
        pgconn = yield from _connecting(conninfo, verbosity)
        return cls(pgconn)


def _connecting(conninfo: str, verbosity: Callable[[int, int], int]) -> Generator[Any, Any, Any]:
    """psycopg's own connection generator (``psycopg.generators._connect``), the verbosity set
    before the first poll and put back after the last."""
    from psycopg.waiting import Wait

    conn: Any = pq.PGconn.connect_start(conninfo.encode())  # (pgconn_ptr: not in pq.abc)
    if conn.pgconn_ptr is not None:
        verbosity(conn.pgconn_ptr, _VERBOSE)
    while True:
        if conn.status == pq.ConnStatus.BAD:
            raise _failed("connection is bad", conn, finish=False)
        status = conn.connect_poll()
        if status == pq.PollingStatus.READING or status == pq.PollingStatus.WRITING:
            wait = Wait.R if status == pq.PollingStatus.READING else Wait.W
            while not (yield conn.socket, wait):
                pass
        elif status == pq.PollingStatus.OK:
            break
        else:
            raise _failed("connection failed", conn)
    verbosity(conn.pgconn_ptr, _DEFAULT)
    conn.nonblocking = 1
    return conn


def _failed(what: str, conn: pq.abc.PGconn, finish: bool = True) -> psycopg.OperationalError:
    """The error psycopg raises for a failed connection, the server's SQLSTATE taken out of its
    words and put on it."""
    said = conn.get_error_message()
    state = _STATE.search(said)
    said = _LOCATION.sub("", _STATE.sub("", said, count=1)).rstrip()
    finished = getattr(e, "finish_pgconn", None)
    pgconn = finished(conn) if finish and finished is not None else conn
    exc = e.OperationalError(f"{what}: {said}", pgconn=pgconn)
    if state is not None:
        exc.sqlstate = state.group(1)
    return exc


KNOWN_PSYCOPG = ((3, 3),)  # whose connection generator ``_connecting`` copies (3.3.9 tested)


def _known_psycopg(version: str = psycopg.__version__) -> bool:
    """Whether ``version`` of psycopg is one whose private connection hook and generator this
    module was written against: another is connected to as psycopg does it (its failures read
    by their form), never through a copy of a generator that may no longer match its loop."""
    parts = re.match(r"(\d+)\.(\d+)", version)
    return parts is not None and (int(parts[1]), int(parts[2])) in KNOWN_PSYCOPG


@cache
def _verbosity() -> Callable[[int, int], int] | None:
    """``PQsetErrorVerbosity`` of the libpq psycopg uses (None when it cannot be reached): the
    binary and C builds' extension module is opened again (the same handle), and the symbol
    looked up through it reaches the libpq it was linked to, never another libpq on the
    system (a ``PGconn`` of one libpq given to another would be read wrong)."""
    try:
        if pq.__impl__ == "python":
            from psycopg.pq import _pq_ctypes

            library: Any = getattr(_pq_ctypes, "pq")  # noqa: B009 - (mypy knows no such name)
        else:
            module = __import__(f"psycopg_{pq.__impl__}._psycopg", fromlist=["_psycopg"])
            library = ctypes.CDLL(module.__file__)
        function = library.PQsetErrorVerbosity
    except (ImportError, OSError, AttributeError) as exc:
        log.info("libpq's error verbosity cannot be set (%s): connect errors read by form", exc)
        return None
    function.argtypes = [ctypes.c_void_p, ctypes.c_int]
    function.restype = ctypes.c_int
    return function  # type: ignore[no-any-return]
