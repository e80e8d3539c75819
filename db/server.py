"""A library on a PostgreSQL server: ``postgresql://user@host/dbname`` (psycopg 3).

The same models and Alembic revisions as the SQLite library. What differs:

- **No writer lock**: many processes write at once; PostgreSQL's transactions keep them apart.
- **Raw SQL**: the core writes its hand-made statements in SQLite's ``?`` style; before psycopg
  sees such a statement (never one SQLAlchemy compiled) its ``?`` placeholders become ``%s`` and a
  literal ``%`` becomes ``%%`` (:func:`qmark_to_format`).
- **The password** is never part of what is shown or logged: :func:`display_url` drops it, and
  libpq's own ``PGPASSWORD`` and ``~/.pgpass`` are honoured as by every PostgreSQL client.
- **Upgrades** take a transaction-level advisory lock (two processes never upgrade at once) and
  are preceded by a ``pg_dump`` of the database (:func:`backup`), or refused, said plainly, when
  ``pg_dump`` is not installed.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError

from db.location import SCHEMES, is_server_url

__all__ = ["SCHEMES", "is_server_url"]  # (re-exported: the callers that load the server anyway)


# The SQLSTATE of a failed connection the server did not say one for (db.pg_connect):
UNREACHED = "08001"  # sqlclient_unable_to_establish_sqlconnection: no answer from a server
REFUSED = "08004"  # sqlserver_rejected_establishment_of_sqlconnection: it answered, not why
NO_PASSWORD = "28000"  # invalid_authorization_specification: libpq had no password to give


def password_needed(exc: BaseException) -> bool:
    """Whether a failed connection wanted a password nobody gave: libpq's own judgement
    (``PQconnectionNeedsPassword``), not its words "fe_sendauth: no password supplied"."""
    pgconn = getattr(exc, "pgconn", None)
    try:
        return bool(pgconn is not None and pgconn.needs_password)
    except Exception:  # (psycopg's error for a connection already closed: none was wanted)
        return False


class ServerError(Exception):
    """A server library that cannot be opened as asked; the message is meant for people.
    ``kind`` and ``facts`` as :class:`db.migrate.SchemaError`'s (app.core.refusals words them
    in the window's language)."""

    def __init__(self, message: str, kind: str = "", **facts: object) -> None:
        super().__init__(message)
        self.kind, self.facts = kind, facts


def parse_url(location: str) -> URL:
    """The SQLAlchemy URL for psycopg 3 (``postgres://`` and ``postgresql://`` alike)."""
    url = _readable(location)
    if not url.database:
        raise ServerError(
            f"The address {display_url(location)} names no database; "
            "write it as postgresql://user@host/dbname",
            "no_database",
            address=display_url(location),
        )
    return url.set(drivername="postgresql+psycopg")


def _url(location: str) -> URL:
    """``make_url`` of the address, its user and password escaped first where they hold an "@"
    (:func:`_escaped_credentials`)."""
    return make_url(_escaped_credentials(location))


def _escaped_credentials(location: str) -> str:
    """An address whose password holds an unescaped "@" as a person pastes it from a password
    manager (``postgresql://bob:p@ss:w/rd@db.example/team``) with its user and password escaped:
    a host holds no "@", so the last "@" before the parameters ends them. Read as it was, the
    first "@" ended them: the password "p", and the rest of it shown as the server's name
    ("ss:w"), in the form and in every message. An address with one "@" or none is as it was."""
    head, sep, rest = location.partition("://")
    body, mark, query = rest.partition("?")
    if not sep or body.count("@") < 2:
        return location
    credentials, _, place = body.rpartition("@")
    user, colon, password = credentials.partition(":")
    user, password = (quote(unquote(part), safe="") for part in (user, password))
    return f"{head}://{user}{colon}{password}@{place}{mark}{query}"


def _readable(location: str) -> URL:
    """The address read, or a :class:`ServerError` saying why it cannot be."""
    try:
        return _url(location)
    except ArgumentError as exc:
        shown = display_url(location)
        raise ServerError(
            f"Not a PostgreSQL library address: {shown}", "address", address=shown
        ) from exc
    except ValueError as exc:  # (a port that is no number: an "internal error" until now)
        shown = display_url(location)
        raise ServerError(
            f"Not a PostgreSQL library address: {shown} (its port must be a number)",
            "address_port",
            address=shown,
        ) from exc


def display_url(location: str) -> str:
    """The address as it may be shown: without its password, in libpq's spelling."""
    try:
        url = _url(location)
    except (ArgumentError, ValueError):
        head, sep, rest = location.partition("://")
        return f"{head}{sep}{rest.rpartition('@')[2]}" if sep else "(an unreadable address)"
    return _spelled(_without_password(url))


def cache_key(location: str) -> str:
    """The address without its password as Redline spelled it before it was shown readable
    (its parameters percent-escaped): what names a server library's cache folder, kept so."""
    return _without_password(_url(location)).render_as_string()


# What a parameter's value shown keeps escaped: what would be read as another parameter, a space
# ("+"), a fragment or an escape. A socket's folder reads as it is: ?host=/run/postgresql.
_KEPT = "/:@,;~!$'()*"


def _spelled(url: URL, hide_password: bool = True) -> str:
    """The address as libpq's documentation writes it (``postgresql:///db?host=/run/pg``), not
    SQLAlchemy's percent-escaped ``?host=%2Frun%2Fpg``; it reads back the same."""
    head = url.set(query={}).render_as_string(hide_password=hide_password)
    pairs = [
        f"{quote(key, safe='')}={quote(value, safe=_KEPT)}"
        for key, values in url.query.items()
        for value in ((values,) if isinstance(values, str) else values)
    ]
    return f"{head}?{'&'.join(pairs)}" if pairs else head


def database_name(location: str) -> str | None:
    """The name of the database an address names (None when it names none or is unreadable)."""
    try:
        return _url(location).database or None
    except (ArgumentError, ValueError):
        return None


@dataclass(frozen=True)
class ServerAddress:
    """A server library's address in the parts a form asks for, without its password: the
    server (a host name, or a Unix socket's folder), port, database and user, and the rest of
    libpq's parameters as written (``sslmode=require``)."""

    host: str = ""
    port: str = ""
    database: str = ""
    user: str = ""
    options: tuple[tuple[str, str | tuple[str, ...]], ...] = ()

    @classmethod
    def parse(cls, location: str) -> tuple[ServerAddress, str]:
        """The parts of an address as written (``postgresql://…``), and the password it holds
        ("" when none); a :class:`ServerError` when it is no PostgreSQL address."""
        if not is_server_url(location.strip()):
            shown = display_url(location)
            raise ServerError(
                f"Not a PostgreSQL library address: {shown}", "address", address=shown
            )
        url = _readable(location.strip())  # (one naming no database yet: the form fills it in)
        options = dict(url.query)
        host = url.host or ""
        socket = options.get("host")
        if not host and isinstance(socket, str):  # (a Unix socket's folder: ?host=/run/…)
            host = str(options.pop("host"))
        port = str(url.port or "")
        given = options.get("port")  # (?port=5433, as a socket's address often writes it)
        if not port and isinstance(given, str) and given.strip().isdigit():
            port = str(options.pop("port")).strip()
        return (
            cls(host, port, url.database or "", url.username or "", tuple(options.items())),
            str(url.password or ""),
        )  # fmt: skip

    def location(self, password: str = "") -> str:
        """The address to connect to, with ``password`` in it when one is given (for the
        connection alone: what is shown or kept is :func:`display_url` of it)."""
        query = dict(self.options)
        host: str | None = self.host.strip() or None
        if host is not None and host.startswith("/"):
            query["host"], host = host, None
        port = self.port.strip()
        url = URL.create(
            "postgresql",
            username=self.user.strip() or None,
            password=password or None,
            host=host,
            port=int(port) if port.isdigit() else None,
            database=self.database.strip() or None,
            query=query,
        )
        return _spelled(url, hide_password=False)


def _without_password(url: URL) -> URL:
    return URL.create("postgresql", url.username, None, url.host, url.port, url.database, url.query)


def qmark_to_format(statement: str) -> str:
    """``?`` placeholders (outside quoted literals and identifiers) to ``%s``; ``%`` to ``%%``."""
    out: list[str] = []
    quote: str | None = None
    for ch in statement:
        if ch == "%":
            out.append("%%")
            continue
        if quote is not None:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append(ch)
    return "".join(out)


def _translate(
    _conn: Any,
    _cursor: Any,
    statement: str,
    parameters: Any,
    context: Any,
    _executemany: bool,
) -> tuple[str, Any]:
    if context is not None and context.compiled is None:  # exec_driver_sql: written for SQLite
        return qmark_to_format(statement), parameters
    return statement, parameters


# A server that stops answering (the network down, its machine gone) must not hang the window for
# minutes (the operating system's TCP time-outs) or for ever (libpq waits for a silent server's
# reply to a connection without end): a connection is given up after CONNECT_TIMEOUT_S, and one
# whose server vanished is dropped once what it sent waits unacknowledged for DEAD_PEER_MS (TCP
# keepalives probe an idle one). libpq's parameters; a Unix socket ignores the TCP ones.
CONNECT_TIMEOUT_S = 10
DEAD_PEER_MS = 15_000


def link_options() -> dict[str, Any]:
    return {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "tcp_user_timeout": DEAD_PEER_MS,
    }


# A connection of the pool idle longer than this is pinged before it is used again, so that a
# server restarted meanwhile means a new connection, not an error. One in use moments ago is not:
# a ping is a round trip, and a review key press takes three connections in turn (a ping each
# was a fifth of its round trips). A server restarted within these seconds of an action fails
# the next one with its one-line message; the pool then connects again.
IDLE_PING_S = 5.0


# A statement waits this long at most for a row or table another session holds (a colleague's
# long merge, a stuck session): it then fails with its own sentence (app.core.library) instead
# of waiting with no end and no way to cancel.
LOCK_WAIT_S = 10


def make_server_engine(location: str, *, read_only: bool = False) -> Engine:
    options = f"-c lock_timeout={LOCK_WAIT_S}s"
    if read_only:
        options += " -c default_transaction_read_only=on"
    engine = create_engine(
        parse_url(location),
        hide_parameters=True,  # statements' values stay out of errors and logs
        connect_args={"options": options, "application_name": "redline", **link_options()},
    )
    event.listen(engine, "before_cursor_execute", _translate, retval=True)
    event.listen(engine, "do_connect", _connect)
    event.listen(engine.pool, "checkin", _note_use)
    event.listen(
        engine.pool, "checkout", lambda conn, record, _: _ping_if_idle(engine, conn, record)
    )
    return engine


def _connect(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
    """psycopg's connection, made so that a failure carries a SQLSTATE (:mod:`db.pg_connect`)."""
    from db.pg_connect import connect

    return connect(*cargs, **cparams)


def _note_use(_conn: Any, record: Any) -> None:
    if record is not None:
        record.info["used_at"] = time.monotonic()


def _ping_if_idle(engine: Engine, conn: Any, record: Any) -> None:
    """A connection idle past :data:`IDLE_PING_S` answers a ping, or the pool drops it and
    takes a new one (SQLAlchemy's way: :class:`DisconnectionError` from a checkout)."""
    used = record.info.get("used_at")
    if used is None or time.monotonic() - used <= IDLE_PING_S:
        return
    try:
        engine.dialect.do_ping(conn)
    except engine.dialect.loaded_dbapi.Error as exc:
        raise DisconnectionError(str(exc)) from exc


def listen_connection(location: str, channel: str) -> Any:
    """A psycopg connection of its own (autocommit) listening on ``channel``."""
    from db.pg_connect import connect

    url = parse_url(location)
    libpq = _without_password(url).render_as_string()
    kwargs: dict[str, Any] = {
        "autocommit": True,
        "application_name": "redline-live",
        **link_options(),
    }
    if url.password:
        kwargs["password"] = str(url.password)
    conn = connect(libpq, **kwargs)
    conn.execute(f"LISTEN {channel}")
    return conn


def pg_dump_path() -> str | None:
    found = shutil.which("pg_dump")
    if found:
        return found
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), reverse=True):
        return candidate
    return None


def backup(location: str, folder: Path, revision: str) -> Path:
    """A ``pg_dump`` (custom format) of the database before it is upgraded, in ``folder``."""
    dump = pg_dump_path()
    url = parse_url(location)
    if dump is None:
        raise ServerError(
            f"The library {display_url(location)} needs an upgrade from schema {revision}, and "
            "pg_dump (apt-get install postgresql-client) is not installed to back it up first; "
            "install it, or back the database up yourself and set REDLINE_UPGRADE_WITHOUT_BACKUP=1",
            "no_pg_dump",
            address=display_url(location),
            revision=revision,
        )
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = folder / f"{url.database}-{revision}-{stamp}.dump"
    tmp = folder / f".{target.name}.{os.getpid()}.part"
    env = dict(os.environ)
    if url.password:  # passed as libpq's environment, never on a command line others can read
        env["PGPASSWORD"] = str(url.password)
    libpq = _without_password(url).render_as_string()
    try:
        subprocess.run(
            [dump, "--format=custom", f"--file={tmp}", f"--dbname={libpq}"],
            check=True,
            capture_output=True,
            env=env,
            timeout=3600,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        tmp.unlink(missing_ok=True)
        err = getattr(exc, "stderr", b"") or b""
        reason = err.decode(errors="replace").strip().splitlines()[-1:] or [str(exc)]
        raise ServerError(
            f"Could not back up {display_url(location)} before upgrading it, so it was not "
            f"upgraded: {reason[0]}",
            "backup_failed",
            address=display_url(location),
            reason=reason[0],
        ) from exc
    os.replace(tmp, target)
    return target
