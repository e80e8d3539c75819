"""What a deletion in conflict never saw: the fields the side that kept the annotation changed
unseen by the side that deleted it (as the merge found them: three_way._unseen), each with the
value the deletion saw where the library can tell, so "Take there" (or "Keep here") is no blind
choice. Deleted here, the old value is the one the merge that brought the change logged it
replacing; deleted there, the one before the first change here the deletion did not know of,
found by when this library made the last change of the record the deletion knew (or, when it
knew none, the value as made, known by its hash), else the one the latest change here replaced.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.core.annotating.revisions import (
    HASH_PREFIX,
    LIVENESS,
    REPLICA_KEY,
    Sibling,
    Vector,
    Version,
    annotation_fields,
    changes_only,
    covered,
    join,
    same,
    value_hash,
    version_of,
)
from db.models import ChangeLog

_LOG = cast(Table, ChangeLog.__table__)
_UNSET: Any = object()


@dataclass(frozen=True)
class Changed:
    """A field changed on the side that kept an annotation, unseen by the side that deleted it:
    from ``before`` (the value the deletion saw; ``before_known`` False when this library holds
    no record of it) to ``after``, by whom and when (ISO, UTC)."""

    field: str
    before: Any
    after: Any
    by: str
    at: str
    before_known: bool = False


def unseen(
    values: dict[str, Any], stored: dict[str, Version], conflicts: dict[str, list[Sibling]],
    by: str, at: str,
) -> tuple[list[tuple[str, Version]], Vector]:  # fmt: skip
    """The fields (with their versions) the side that kept the annotation changed without the
    deleting side knowing (as the merge found them: three_way._unseen), when its deletion is
    in conflict; and what the deletion knew of the record (its version's vector)."""
    others = conflicts.get(LIVENESS)
    if not others:
        return [], ()
    if values.get(LIVENESS):  # deleted here: the deletion's version is this library's
        knew = version_of(LIVENESS, values, stored, by=by, at=at).vector
    else:
        knew = join([s.version.vector for s in others if s.value])
    found = []
    for name in sorted(values):
        version = version_of(name, values, stored, by=by, at=at)
        if name != LIVENESS and not covered(changes_only(version.vector), knew):
            found.append((name, version))
    return found, knew


def _history(session: Session, uuid: str, *, merges_only: bool) -> list[dict[str, Any]]:
    """The annotation's fields before and after each logged change (each merge's only, with
    ``merges_only``), and when it was made (``at``: the record's modification time, which is
    its fields' versions' time), latest first."""
    query = (
        select(_LOG.c.before, _LOG.c.after)
        .where(_LOG.c.entity == "annotation", _LOG.c.entity_uuid == uuid,
               _LOG.c.before.is_not(None), _LOG.c.after.is_not(None))
        .order_by(_LOG.c.id.desc())
    )  # fmt: skip
    if merges_only:
        query = query.where(_LOG.c.action == "merge")
    out = []
    for before, after in session.execute(query):
        try:
            state = json.loads(after)
            out.append({"before": _logged_fields(json.loads(before)),
                        "after": _logged_fields(state),
                        "at": _moment(state.get("modified") or state["modified_at"])})  # fmt: skip
        except (ValueError, KeyError, TypeError, AttributeError):  # (another form: not told)
            continue
    return out


def _logged_fields(state: dict[str, Any]) -> dict[str, Any]:
    """The fields of an annotation as a change-log row holds it: a merge's in the export's
    form, this library's own changes as the record the service held (changelog.state_json)."""
    if "anchor" in state:
        return annotation_fields(state)
    t, r = state["text"], state["region"]
    return annotation_fields({
        "kind": state["kind"], "status": state["status"],
        "anchor": {"text": t and {k: t[k] for k in ("start", "end", "quote", "prefix", "suffix")},
                   "region": r and {k: r[k] for k in ("x", "y", "w", "h")}},
        "origin": {"type": state["origin"], "rule": state["rule_id"],
                   "confidence": state["confidence"]},
        "author": state["author"], "created": f"{state['created_at']}Z",
        "orphaned": state["orphaned"], "deleted": state["deleted"], "body": state["body"],
    })  # fmt: skip


def _moment(at: str) -> datetime:
    """An ISO time as the log and the versions write it (with or without Z), naive UTC."""
    return datetime.fromisoformat(at.removesuffix("Z")).replace(tzinfo=None)


def _seen_until(
    session: Session, stored: dict[str, Version], knew: Vector
) -> datetime | Literal[""] | None:
    """Deleted there: when this library made the last of its changes to the record that the
    deletion knew of (the deletion saw the record as it was then); "" when it knew of none,
    None when no field's version tells."""
    replica = str(
        session.connection()
        .exec_driver_sql("SELECT value FROM library_meta WHERE key = ?", (REPLICA_KEY,))
        .scalar()
        or ""
    )
    number = dict(knew).get(replica, 0)
    if not number:
        return ""
    return next(
        (_moment(v.at) for v in stored.values() if v.at and dict(v.vector).get(replica) == number),
        None,
    )


def changed_fields(
    session: Session, uuid: str, values: dict[str, Any], stored: dict[str, Version],
    unseen: list[tuple[str, Version]], knew: Vector,
) -> tuple[Changed, ...]:  # fmt: skip
    """What ``unseen`` changed, with the value each had before, the one the deletion saw:
    deleted here, the value the merge that brought the change logged it replacing; deleted
    there, the value before the first change here the deletion did not know of (one nobody had
    changed known by its hash), else the one the latest change here replaced."""
    if not unseen:
        return ()
    deleted_here = bool(values.get(LIVENESS))
    history = _history(session, uuid, merges_only=deleted_here)
    seen_until = None if deleted_here else _seen_until(session, stored, knew)
    hashes = {k for k, _n in knew if k.startswith(HASH_PREFIX)}
    out = []
    for name, version in unseen:
        after = values.get(name)
        before = _UNSET
        if seen_until:  # the first change after it, from what the deletion saw
            later = [h for h in history if h["at"] > seen_until
                     and not same(h["before"].get(name), h["after"].get(name))]  # fmt: skip
            before = later[-1]["before"].get(name) if later else _UNSET
        elif seen_until == "":  # it saw none of this library's changes: the value as made
            logged = [state.get(name) for h in history for state in (h["before"], h["after"])]
            before = next((v for v in logged if not same(v, after) and value_hash(v) in hashes),
                          _UNSET)  # fmt: skip
        if before is _UNSET or same(before, after):
            before = next(
                (h["before"].get(name) for h in history
                 if same(h["after"].get(name), after) and not same(h["before"].get(name), after)),
                _UNSET,
            )  # fmt: skip
        known = before is not _UNSET
        out.append(Changed(name, before if known else None, after, version.by, version.at, known))
    return tuple(out)
