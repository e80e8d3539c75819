"""Live updates between reviewers on a PostgreSQL library (LISTEN/NOTIFY).

Every write that changes what a window shows notifies the channel ``redline`` inside its own
transaction (so the notice goes out when, and only if, it commits): :func:`notify`, called by the
change log for annotations, tags and pages and by the import for documents. The payload names the
kinds of thing changed and the process that changed them, so a window ignores its own. A
:class:`Listener` holds its own connection (autocommit, ``LISTEN redline``) and hands out what
arrives; the window waits on it in a thread. A folder library has a single writer and none of this.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from app.core.library import Library
from app.core.wording import translate
from db.server import listen_connection

CHANNEL = "redline"
PROCESS = uuid.uuid4().hex  # this process, in every notice it sends
_NOTIFY = text("SELECT pg_notify('redline', :payload)")


@dataclass(frozen=True)
class RemoteChange:
    """What another process committed: the kinds of thing changed ("annotation", "page",
    "tag", "document", "document_metadata")."""

    entities: frozenset[str]


def notify(target: Session | Connection, entities: Iterable[str]) -> None:
    """Tell the library's other windows, when this transaction commits, what kinds changed."""
    if on_server(target):
        target.execute(_NOTIFY, {"payload": notice(entities)})


def on_server(target: Session | Connection) -> bool:
    dialect = target.dialect if isinstance(target, Connection) else target.get_bind().dialect
    return dialect.name == "postgresql"


def notice(entities: Iterable[str]) -> str:
    """The payload of a notice that ``entities`` changed (kinds of thing), from this process."""
    return json.dumps({"from": PROCESS, "entities": sorted(set(entities))})


class Listener:
    """Notices of other processes' changes to a server library, from a connection of its own."""

    def __init__(self, lib: Library) -> None:
        if lib.db.url is None:
            raise ValueError(translate("Redline", "only a server library has live updates"))
        self._conn: Any = listen_connection(lib.db.url, CHANNEL)

    def wait(self, timeout: float) -> list[RemoteChange]:
        """What arrived within ``timeout`` seconds (at once when something already has)."""
        notes: list[Any] = list(self._conn.notifies(timeout=timeout, stop_after=1))
        if notes:
            notes += list(self._conn.notifies(timeout=0.001))  # whatever came with it
        return [c for n in notes if (c := _parse(str(n.payload))) is not None]

    def close(self) -> None:
        self._conn.close()


def _parse(payload: str) -> RemoteChange | None:
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("from") == PROCESS:
        return None
    return RemoteChange(frozenset(str(e) for e in data.get("entities", ())))
