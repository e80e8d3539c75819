"""The change log: who changed what, when, from what to what.

Every service that changes an annotation, a tag or a page's review status writes its log rows in
the same transaction as the change, so the log never disagrees with the data. States are stored
as JSON (dataclass fields; datetimes in ISO 8601).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.core.calls import library_call
from app.core.library import Library
from app.core.live import CHANNEL, notice, notify, on_server
from db.models import ChangeLog

_LOG = cast(Table, ChangeLog.__table__)


@dataclass(frozen=True)
class ChangeEntry:
    """One logged change; ``before``/``after`` are the JSON states (None: did not exist).

    One exception: a merge that adds an annotation logs both as None (action ``merge``); its
    state as merged is its row, or the ``before`` of its next logged change."""

    id: int
    at: datetime
    author: str
    entity: str
    entity_uuid: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def utcnow() -> datetime:
    """Naive UTC, the convention of every timestamp in a library."""
    return datetime.now(UTC).replace(tzinfo=None)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def state_json(state: Any) -> str | None:
    """A record (dataclass), dict or None as the JSON the log stores."""
    if state is None:
        return None
    return json.dumps(_plain(state), ensure_ascii=False, sort_keys=True)


def log_change(
    session: Session,
    *,
    entity: str,
    entity_uuid: str,
    action: str,
    before: Any,
    after: Any,
    author: str,
    at: datetime | None = None,
) -> None:
    """Write one change-log row inside the caller's transaction."""
    log_many(session, [(entity, entity_uuid, action, before, after)], author=author, at=at)


def log_many(
    session: Session,
    changes: Sequence[tuple[str, str, str, Any, Any]],
    *,
    author: str,
    at: datetime | None = None,
) -> None:
    """Write many (entity, uuid, action, before, after) rows with one executemany."""
    if not changes:
        return
    when = at or utcnow()
    rows = [
        {
            "at": when,
            "author": author,
            "entity": entity,
            "entity_uuid": uuid,
            "action": action,
            "before": state_json(before),
            "after": state_json(after),
        }
        for entity, uuid, action, before, after in changes
    ]
    entities = [entity for entity, *_ in changes]
    if len(rows) == 1 and on_server(session):
        # One statement logs and notifies (a person's action is one row: on a team library each
        # statement waits a round trip); many rows are logged in batches, then notified.
        logged = insert(_LOG).values(rows[0]).returning(_LOG.c.id).cte("logged")
        session.execute(select(func.pg_notify(CHANNEL, notice(entities))).add_cte(logged))
        return
    session.execute(insert(_LOG), rows)
    notify(session, entities)  # other windows on a server library, when this commits


def _loads(raw: str | None) -> dict[str, Any] | None:
    return None if raw is None else dict(json.loads(raw))


@library_call
def history(lib: Library, entity_uuid: str) -> list[ChangeEntry]:
    """Every logged change of one annotation, tag or page, oldest first."""
    with lib.reading() as session:
        rows = session.execute(
            select(_LOG).where(_LOG.c.entity_uuid == entity_uuid).order_by(_LOG.c.id)
        ).all()
    return [
        ChangeEntry(
            r.id,
            r.at,
            r.author or "",
            r.entity,
            r.entity_uuid,
            r.action,
            _loads(r.before),
            _loads(r.after),
        )
        for r in rows
    ]


@library_call
def last_changed_by(lib: Library, entity_uuid: str) -> str:
    """Who made the latest logged change of one annotation, tag or page ('' when none is
    logged, or its author is unknown): an edit refused for a colleague's change names them."""
    with lib.reading() as session:
        author = session.execute(
            select(_LOG.c.author)
            .where(_LOG.c.entity_uuid == entity_uuid)
            .order_by(_LOG.c.id.desc())
            .limit(1)
        ).scalar()
    return str(author or "")
