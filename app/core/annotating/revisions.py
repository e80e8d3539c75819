"""Field revisions: the history that travels with annotations, tags and page reviews, so that a
merge can tell, field by field, what changed here, what changed there, and what changed on both
sides.

Every field's value has a *version*: a version vector (``{library id: change number}``), who
made the change and when. Each library numbers its changes under an id of its own (``library_meta``
``replica_id``, 16 hex digits, replaced after a restore from a backup and in a copy of the
library, and ``revision_counter``).
Changing a field extends the vector of the value it replaces with the library's next number, so a
new version dominates every version it was made from. A field nobody changed since it was made
has no stored version: its *implicit* version is ``{"#<hash of its value>": 1}``, the same in
every library holding that value; so annotations made before revisions existed, and sets of
format version 1, compare without any rewriting.

Two versions of a field: equal, the same; one dominates, it is the newer and its value is taken
silently; neither (concurrent), both sides changed the field: to the same value that is no
conflict (the vectors join), to different values it is a conflict, kept for a person to decide.
The values a field holds at once (normally one) are its *siblings*; :func:`normalize` reduces
them, and the result does not depend on the order in which libraries met.
"""

from __future__ import annotations

import hashlib
import json
import uuid as uuidlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from app.core.annotating.records import AnnotationRecord
from db.home import REPLICA_KEY as REPLICA_KEY  # (a copy of the library forgets it: db.home)

Vector = tuple[tuple[str, int], ...]  # sorted (key, number) pairs
COUNTER_KEY = "revision_counter"
HASH_PREFIX = "#"

# The fields a merge compares. Annotations also have one field per body key ("body.note").
TAG_FIELDS = ("name", "colour", "parent", "description", "deleted", "created")
PAGE_FIELDS = ("review",)
LIVENESS = "deleted"  # the field whose change to true is a deletion (annotations and tags)

_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def value_key(value: Any) -> str:
    """A value's canonical JSON: equal values, equal keys."""
    return _CANONICAL.encode(value)


def same(a: Any, b: Any) -> bool:
    """Whether two JSON values are the same (``True`` is not ``1``, ``1`` is not ``1.0``):
    ``value_key(a) == value_key(b)`` without encoding either."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def value_hash(value: Any) -> str:
    """The implicit version's entry for ``value``: ``#`` and 16 hex digits of its SHA-256."""
    digest = hashlib.sha256(value_key(value).encode("utf-8")).hexdigest()
    return HASH_PREFIX + digest[:16]


@dataclass(frozen=True)
class Version:
    """The version of one field's value: its vector, who made the change, and when (ISO, UTC)."""

    vector: Vector
    by: str
    at: str

    def to_json(self) -> dict[str, Any]:
        return {"v": dict(self.vector), "by": self.by or None, "at": self.at or None}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Version:
        return cls(_vector(data["v"]), str(data.get("by") or ""), str(data.get("at") or ""))

    def extended(self, replica: str, number: int, by: str, at: str) -> Version:
        """This version changed by library ``replica`` in its change ``number``."""
        return Version(_vector({**dict(self.vector), replica: number}), by, at)


def _vector(mapping: Mapping[str, int]) -> Vector:
    return tuple(sorted((str(k), int(n)) for k, n in mapping.items()))


# Values every entity starts with: a page is unreviewed and an annotation or tag alive when
# made, so a value other than these, with no stored version, was changed from them (a deletion
# or a review made before revisions were kept is newer than the untouched state elsewhere).
FIELD_ORIGINS: dict[str, Any] = {LIVENESS: False, "review": "unreviewed"}


def _implicit_vector(name: str, value: Any) -> Vector:
    entries = {value_hash(value): 1}
    if name in FIELD_ORIGINS and value_key(FIELD_ORIGINS[name]) != value_key(value):
        entries[value_hash(FIELD_ORIGINS[name])] = 1
    return _vector(entries)


def implicit(name: str, value: Any, by: str = "", at: str = "") -> Version:
    """The version of field ``name``'s value when nobody changed it since revisions were kept."""
    return Version(_implicit_vector(name, value), by, at)


def is_implicit(name: str, value: Any, version: Version) -> bool:
    return version.vector == _implicit_vector(name, value)


def covered(a: Vector, b: Vector) -> bool:
    """Whether ``a`` <= ``b``: every change ``a`` knows of, ``b`` knows of too."""
    known = dict(b)
    return all(known.get(k, 0) >= n for k, n in a)


def join(vectors: Iterable[Vector]) -> Vector:
    out: dict[str, int] = {}
    for vector in vectors:
        for k, n in vector:
            out[k] = max(out.get(k, 0), n)
    return _vector(out)


@dataclass(frozen=True)
class Sibling:
    """One value a field holds, with its version (a field in conflict holds several)."""

    value: Any
    version: Version
    key: str  # value_key(value), kept to compare values quickly

    @classmethod
    def of(cls, value: Any, version: Version) -> Sibling:
        return cls(value, version, value_key(value))

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, **self.version.to_json()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Sibling:
        return cls.of(data.get("value"), Version.from_json(data))

    def order(self) -> tuple[str, str, str]:
        return (self.version.at, self.version.by, self.key)


@dataclass(frozen=True)
class Value:
    """A value as a person is shown it: with who set it and when (ISO, UTC; "" unknown)."""

    value: Any
    by: str
    at: str

    @classmethod
    def of(cls, sibling: Sibling) -> Value:
        return cls(sibling.value, sibling.version.by, sibling.version.at)


@dataclass(frozen=True)
class FieldConflict:
    """A field in conflict: the value this library shows ("here"), and the other(s)."""

    field: str
    here: Value
    there: tuple[Value, ...]


def normalize(siblings: Sequence[Sibling]) -> list[Sibling]:
    """The values a field keeps once libraries met: a version the others' versions dominate
    goes, equal values join into one version (its who and when: the latest). Repeated until
    stable, so the result is the same whatever the order of ``siblings``; sorted by when, who
    and value.

    Dominated by the others together, not only by one: a value two libraries set apart (joined
    into one version, both their changes) is gone once each of its changes was replaced by a
    change made knowing it — in one library by one person, in another by another. Judged one
    by one, neither replacement covered the joined version, and the value came back as a
    conflict where everyone had replaced it (found by tests/core/exchange/test_merge_machine.py:
    three libraries, a redaction's note). A change made once is known whole to whoever knew of
    it, so for such a version, dominated together means dominated by one.

    A version goes only if those that stay cover it: one the others covered only with the help
    of another going too comes back (else the same set merged a second time, which brings the
    incoming values again, could keep what the first merge dropped)."""
    current = list(siblings)
    while True:
        kept = _not_dominated(current)
        groups: dict[str, list[Sibling]] = {}
        for s in kept:
            groups.setdefault(s.key, []).append(s)
        joined = sorted((_joined(group) for group in groups.values()), key=_identity)
        if joined == sorted(current, key=_identity):
            return sorted(joined, key=Sibling.order)
        current = joined


def _not_dominated(siblings: Sequence[Sibling]) -> list[Sibling]:
    """The siblings the others together do not cover, and those the staying ones do not."""
    kept = [s for s in siblings if not _dominated(s, siblings)]
    while True:
        known = join(k.version.vector for k in kept)
        back = [s for s in siblings if s not in kept and not covered(s.version.vector, known)]
        if not back:
            return kept
        kept += back  # (in the order given: normalize sorts what it keeps)


def _dominated(s: Sibling, siblings: Sequence[Sibling]) -> bool:
    """Whether the versions of ``siblings`` other than ``s``'s own together know every change
    ``s``'s version knows of."""
    others = [o.version.vector for o in siblings if o.version.vector != s.version.vector]
    return bool(others) and covered(s.version.vector, join(others))


def _identity(s: Sibling) -> tuple[str, Vector, str, str]:
    return (s.key, s.version.vector, s.version.by, s.version.at)


def _joined(group: list[Sibling]) -> Sibling:
    """One value held with several versions: the same version seen twice keeps its earliest
    who and when (so working it out again changes nothing); different versions join, with
    the latest who and when (the last person who set the value)."""
    if len(group) == 1:
        return group[0]
    first: dict[Vector, Sibling] = {}
    for s in sorted(group, key=Sibling.order):
        first.setdefault(s.version.vector, s)
    if len(first) == 1:
        return next(iter(first.values()))
    latest = max(first.values(), key=Sibling.order)
    vector = join(first)
    return Sibling(latest.value, Version(vector, latest.version.by, latest.version.at), latest.key)


def choose(
    siblings: Sequence[Sibling], local_key: str, incoming_key: str
) -> tuple[Sibling, list[Sibling]]:
    """Which of a field's values this library shows ("here") and which wait ("there"): its own
    value while it is among them, else the incoming one, else the latest."""
    for key in (local_key, incoming_key):
        for s in siblings:
            if s.key == key:
                return s, [o for o in siblings if o is not s]
    here = max(siblings, key=Sibling.order)
    return here, [o for o in siblings if o is not here]


# --- what the fields of each entity are -----------------------------------------------------


def _text_value(text: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if text is None:
        return None
    return {
        "start": int(text["start"]),
        "end": int(text["end"]),
        "quote": text.get("quote") or "",
        "prefix": text.get("prefix") or "",
        "suffix": text.get("suffix") or "",
    }


def _region_value(region: Mapping[str, Any] | None) -> dict[str, float] | None:
    if region is None:
        return None
    return {k: float(region[k]) for k in ("x", "y", "w", "h")}


def _origin_value(kind: str, rule: Any, confidence: Any) -> dict[str, Any]:
    return {
        "type": kind,
        "rule": rule,
        "confidence": None if confidence is None else float(confidence),
    }


def annotation_fields(rec: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of an annotation in the export's form (docs/export-format.md), normalised
    (a missing quote is "", coordinates are floats), one per body key as ``body.<key>``. The
    text anchor's layer is left out: each library binds it to a layer of its own."""
    anchor = rec["anchor"]
    origin = rec["origin"]
    out: dict[str, Any] = {
        "kind": rec["kind"],
        "status": rec["status"],
        "text": _text_value(anchor.get("text")),
        "region": _region_value(anchor.get("region")),
        "origin": _origin_value(origin["type"], origin["rule"], origin["confidence"]),
        "author": rec["author"],
        "created": rec["created"],
        "orphaned": bool(rec["orphaned"]),
        "deleted": bool(rec["deleted"]),
    }
    for key, value in rec["body"].items():
        if value is not None:
            out["body." + key] = value
    return out


def iso(value: datetime | None) -> str:
    """A naive UTC datetime as the exports write it."""
    return "" if value is None else value.isoformat(timespec="microseconds") + "Z"


def record_fields(rec: AnnotationRecord) -> dict[str, Any]:
    """:func:`annotation_fields` of a record the annotation services hold."""
    t, r = rec.text, rec.region
    text = None if t is None else {"start": t.start, "end": t.end, "quote": t.quote,
                                   "prefix": t.prefix, "suffix": t.suffix}  # fmt: skip
    region = None if r is None else {"x": r.x, "y": r.y, "w": r.w, "h": r.h}
    return annotation_fields(
        {
            "kind": rec.kind,
            "status": rec.status,
            "anchor": {"text": text, "region": region},
            "origin": {"type": rec.origin, "rule": rec.rule_id, "confidence": rec.confidence},
            "author": rec.author,
            "created": iso(rec.created_at),
            "orphaned": rec.orphaned,
            "deleted": rec.deleted,
            "body": rec.body,
        }
    )


def tag_fields(tag: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a tag in the export's form (``parent`` is the parent's uuid)."""
    return {f: (bool(tag[f]) if f == "deleted" else tag[f]) for f in TAG_FIELDS}


def page_fields(review: Mapping[str, Any]) -> dict[str, Any]:
    """A page's one field: its review status (who and when are its version's)."""
    return {"review": review["status"]}


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    return sorted(
        f
        for f in before.keys() | after.keys()
        if value_key(before.get(f)) != value_key(after.get(f))
    )


# --- stored revisions and conflicts ---------------------------------------------------------


def load_revisions(raw: str | None) -> dict[str, Version]:
    """A ``revisions`` column (JSON) as versions by field."""
    if not raw:
        return {}
    return {f: Version.from_json(v) for f, v in json.loads(raw).items()}


def load_conflicts(raw: str | None) -> dict[str, list[Sibling]]:
    """A ``conflicts`` column (JSON) as the other values by field."""
    return conflicts_from_json(json.loads(raw) if raw else {})


def conflicts_from_json(
    data: Mapping[str, Sequence[Mapping[str, Any]]],
) -> dict[str, list[Sibling]]:
    """A record's ``conflicts`` in the export's form as the other values by field."""
    return {f: [Sibling.from_json(s) for s in sibs] for f, sibs in data.items()}


def revisions_json(versions: Mapping[str, Version]) -> dict[str, Any]:
    return {f: versions[f].to_json() for f in sorted(versions)}


def conflicts_json(conflicts: Mapping[str, Sequence[Sibling]]) -> dict[str, Any]:
    return {f: [s.to_json() for s in conflicts[f]] for f in sorted(conflicts) if conflicts[f]}


def dump_column(value: Mapping[str, Any]) -> str | None:
    """A revisions or conflicts mapping as its column stores it (NULL when empty)."""
    return value_key(value) if value else None


def next_change(conn: Connection) -> tuple[str, int]:
    """This library's id and the number of its next change (counted in ``library_meta``): one
    statement (a server library's write waits a round trip for each), which makes the id the
    first time and counts the change."""
    rows = conn.exec_driver_sql(
        "INSERT INTO library_meta (key, value) VALUES (?, ?), (?, '1') ON CONFLICT (key) DO "
        "UPDATE SET value = CASE WHEN library_meta.key = ? "
        "THEN CAST(CAST(library_meta.value AS INTEGER) + 1 AS VARCHAR) "
        "ELSE library_meta.value END RETURNING key, value",
        (REPLICA_KEY, uuidlib.uuid4().hex[:16], COUNTER_KEY, COUNTER_KEY),
    ).all()
    values = {str(key): str(value) for key, value in rows}
    return values[REPLICA_KEY], int(values[COUNTER_KEY])


@dataclass(frozen=True)
class Stamp:
    """Who changes fields now, under which library id and change number."""

    replica: str
    number: int
    by: str
    at: str


def stamp(
    stored: Mapping[str, Version],
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    change: Stamp,
    *,
    implicit_by: str = "",
    implicit_at: str = "",
    conflicts: Mapping[str, Sequence[Sibling]] | None = None,
) -> dict[str, Version]:
    """The stored versions once ``before`` became ``after`` by ``change``: each changed field's
    version (stored, else implicit) extended by the change. A deletion is made knowing the
    whole record: its version joins every field's, and those of the values waiting in
    ``conflicts`` (the deleter was shown them too), so a merge can tell which changes of the
    other side it never saw (:mod:`app.core.exchange.three_way`)."""
    out = dict(stored)
    for f in changed_fields(before, after):
        old = stored.get(f) or implicit(f, before.get(f), implicit_by, implicit_at)
        if f == LIVENESS and after.get(f):
            known = [stored.get(n) or implicit(n, v) for n, v in before.items()]
            known += [s.version for sibs in (conflicts or {}).values() for s in sibs]
            old = Version(join([old.vector, *(v.vector for v in known)]), old.by, old.at)
        out[f] = old.extended(change.replica, change.number, change.by, change.at)
    return out


def changes_only(vector: Vector) -> Vector:
    """The entries of a vector that are libraries' changes (not the hashes of values)."""
    return tuple((k, n) for k, n in vector if not k.startswith(HASH_PREFIX))


def restamp(
    conn: Connection,
    stored: str | None,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    *,
    author: str,
    at: str,
    implicit_by: str = "",
    implicit_at: str = "",
    conflicts: str | None = None,
) -> str | None:
    """A ``revisions`` column (JSON) once a record's fields went from ``before`` to ``after``
    by ``author`` at ``at``: one change of this library (:func:`stamp`); unchanged if no field
    changed. ``conflicts`` is the record's ``conflicts`` column (what a deletion knew)."""
    if not changed_fields(before, after):
        return stored
    replica, number = next_change(conn)
    versions = stamp(
        load_revisions(stored), before, after, Stamp(replica, number, author, at),
        implicit_by=implicit_by, implicit_at=implicit_at, conflicts=load_conflicts(conflicts),
    )  # fmt: skip
    return dump_column(revisions_json(versions))


def version_of(
    field: str,
    values: Mapping[str, Any],
    stored: Mapping[str, Version],
    *,
    by: str = "",
    at: str = "",
) -> Version:
    """A field's version: stored, else implicit (``by``/``at`` say who and when for display)."""
    found = stored.get(field)
    return found if found is not None else implicit(field, values.get(field), by, at)
