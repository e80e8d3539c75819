"""The three-way merge of one annotation, tag or page review, field by field.

Each side (this library, "here"; the incoming set, "there") gives every field a value, its
version (stored, or implicit: see :mod:`app.core.annotating.revisions`) and the values it already
holds in conflict. A field changed on one side only takes that side's value; changed on both to
the same value, it is the same; changed on both to different values, it is a conflict: this
library keeps showing its own value and stores the other, for a person to decide. Nothing is
settled by a clock.

One rule more, for deletions (the ``deleted`` field): a deletion wins when the deleting side had
seen every change of the other; when the other side changed any field the deleter never saw, the
deletion is a conflict too (deleted there, changed here), and the change is kept with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.annotating.revisions import (
    LIVENESS,
    Sibling,
    Version,
    annotation_fields,
    changes_only,
    choose,
    conflicts_json,
    covered,
    implicit,
    is_implicit,
    join,
    normalize,
    page_fields,
    revisions_json,
    same,
    tag_fields,
)


@dataclass
class Side:
    """One side's state of an entity: field values, stored versions, values in conflict, and
    who and when to show for a field without a stored version."""

    values: dict[str, Any]
    stored: dict[str, Version]
    conflicts: dict[str, list[Sibling]]
    by: str = ""
    at: str = ""

    def version(self, name: str) -> Version:
        found = self.stored.get(name)
        if found is not None:
            return found
        return implicit(name, self.values.get(name), self.by, self.at)

    def here(self, name: str) -> Sibling:
        return Sibling.of(self.values.get(name), self.version(name))


@dataclass(frozen=True)
class FieldResult:
    """What a merge made of one field."""

    name: str
    before: Sibling  # this library's value and version before the merge
    incoming: Sibling  # the incoming side's
    after: Sibling  # the value this library shows after the merge, with its version
    there: tuple[Sibling, ...]  # the other values, waiting for a person (a conflict)
    was_conflict: bool  # the field was already in conflict here

    @property
    def taken(self) -> bool:
        """The value changed: taken from there (or a conflict there settled it)."""
        return self.after.key != self.before.key

    @property
    def kept(self) -> bool:
        """There had another value, older than this library's, which stays."""
        return not self.there and not self.taken and self.incoming.key != self.after.key

    @property
    def conflict(self) -> bool:
        return bool(self.there)


@dataclass
class Merged:
    """The merge of two sides of one entity: its fields, and whether anything changed here."""

    fields: dict[str, FieldResult] = field(default_factory=dict)
    local: Side | None = None

    def values(self) -> dict[str, Any]:
        """Every field's value here after the merge (those it did not touch: as they were)."""
        assert self.local is not None
        return {**self.local.values, **{n: r.after.value for n, r in self.fields.items()}}

    def stored(self) -> dict[str, Version]:
        """The versions to store: those that are not the implicit version of their value
        (the fields the merge did not touch keep theirs)."""
        assert self.local is not None
        out = {n: v for n, v in self.local.stored.items() if n not in self.fields}
        out.update(
            (n, r.after.version)
            for n, r in self.fields.items()
            if not is_implicit(n, r.after.value, r.after.version)
        )
        return out

    def conflicts(self) -> dict[str, list[Sibling]]:
        assert self.local is not None
        out = {n: list(s) for n, s in self.local.conflicts.items() if n not in self.fields}
        out.update((n, list(r.there)) for n, r in self.fields.items() if r.there)
        return out

    @property
    def changed(self) -> bool:
        assert self.local is not None
        return (
            any(r.taken for r in self.fields.values())
            or self.stored() != self.local.stored
            or _conflict_keys(self.conflicts()) != _conflict_keys(self.local.conflicts)
        )

    def new_conflicts(self) -> list[FieldResult]:
        """Fields in conflict that were not, or now with other values."""
        assert self.local is not None
        old = _conflict_keys(self.local.conflicts)
        return [
            r
            for n, r in self.fields.items()
            if r.there and old.get(n) != _conflict_keys({n: list(r.there)}).get(n)
        ]


def _conflict_keys(conflicts: Mapping[str, Sequence[Sibling]]) -> dict[str, list[Any]]:
    return {
        n: sorted((s.key, s.version.vector) for s in sibs) for n, sibs in conflicts.items() if sibs
    }


def _untouched(name: str, local: Side, incoming: Side) -> bool:
    """The field is the same on both sides, with the same version and no conflict: most fields
    of a record changed elsewhere (worked out without hashing any value)."""
    if name in local.conflicts or name in incoming.conflicts:
        return False
    if local.stored.get(name) != incoming.stored.get(name):
        return False
    return same(local.values.get(name), incoming.values.get(name))


def _merge_field(
    name: str, local: Side, incoming: Side, extra: Sequence[Sibling] = ()
) -> FieldResult:
    mine, theirs = local.here(name), incoming.here(name)
    waiting = local.conflicts.get(name, [])
    others = [*waiting, *incoming.conflicts.get(name, []), *extra]
    if not others:
        a, b = mine.version.vector, theirs.version.vector
        if a == b and mine.key != theirs.key:
            pass  # one version, two values: a library copied by hand; a person decides
        elif covered(b, a):
            return FieldResult(name, mine, theirs, mine, (), False)
        elif covered(a, b):
            return FieldResult(name, mine, theirs, theirs, (), False)
    values = normalize([mine, theirs, *others])
    here, there = choose(values, mine.key, theirs.key)
    return FieldResult(name, mine, theirs, here, tuple(there), bool(waiting))


def _unseen(deleter: Side, other: Side, names: Iterable[str]) -> list[Version]:
    """The versions of fields ``other`` changed that ``deleter`` had not seen when it deleted
    (a deletion's version holds all it knew of the record: revisions.stamp)."""
    knew = deleter.version(LIVENESS).vector
    return [
        other.version(n)
        for n in names
        if n != LIVENESS and not covered(changes_only(other.version(n).vector), knew)
    ]


def _deleted_unseen(local: Side, incoming: Side, names: Sequence[str]) -> Sibling | None:
    """When one side deleted and the other changed what the deleter never saw: the other side's
    "not deleted", with a version made of those changes (so it is concurrent with the deletion,
    whichever library works it out, and a later deletion that saw them covers it)."""
    if bool(local.values.get(LIVENESS)) == bool(incoming.values.get(LIVENESS)):
        return None
    deleter, other = (local, incoming) if local.values.get(LIVENESS) else (incoming, local)
    unseen = _unseen(deleter, other, names)
    if not unseen:
        return None
    latest = max(unseen, key=lambda v: (v.at, v.by))
    knew = dict(deleter.version(LIVENESS).vector)
    changes = [  # only what the deleter did not know: the same whenever it is worked out
        tuple((k, n) for k, n in changes_only(v.vector) if knew.get(k, 0) < n) for v in unseen
    ]
    vector = join([other.version(LIVENESS).vector, *changes])
    return Sibling.of(False, Version(vector, latest.by, latest.at))


def merge_sides(local: Side, incoming: Side, *, liveness: bool = True) -> Merged:
    """Merge ``incoming`` into ``local``, field by field (see the module doc)."""
    names = sorted(
        local.values.keys()
        | incoming.values.keys()
        | local.stored.keys()
        | incoming.stored.keys()
        | local.conflicts.keys()
        | incoming.conflicts.keys()
    )
    fields = {
        n: _merge_field(n, local, incoming) for n in names if not _untouched(n, local, incoming)
    }
    merged = Merged(fields, local)
    if liveness:
        kept_alive = _deleted_unseen(local, incoming, names)
        if kept_alive is not None:
            merged.fields[LIVENESS] = _merge_field(LIVENESS, local, incoming, [kept_alive])
    return merged


# --- records of the export format as sides, and back -----------------------------------------


def _versions(raw: Mapping[str, Any] | None) -> dict[str, Version]:
    return {n: Version.from_json(v) for n, v in (raw or {}).items()}


def _siblings(raw: Mapping[str, Any] | None) -> dict[str, list[Sibling]]:
    return {n: [Sibling.from_json(s) for s in sibs] for n, sibs in (raw or {}).items() if sibs}


def annotation_side(rec: Mapping[str, Any]) -> Side:
    """An annotation record (export form, with ``revisions`` and ``conflicts``) as a side."""
    return Side(
        annotation_fields(rec),
        _versions(rec.get("revisions")),
        _siblings(rec.get("conflicts")),
        rec["author"],
        rec["modified"],
    )


def tag_side(tag: Mapping[str, Any]) -> Side:
    return Side(
        tag_fields(tag),
        _versions(tag.get("revisions")),
        _siblings(tag.get("conflicts")),
        "",
        tag["modified"],
    )


def page_side(page: Mapping[str, Any]) -> Side:
    review = page["review"]
    return Side(
        page_fields(review),
        _versions(page.get("revisions")),
        _siblings(page.get("conflicts")),
        review["by"] or "",
        review["at"] or "",
    )


def set_annotation_field(rec: dict[str, Any], name: str, value: Any, layer: Any = None) -> None:
    """Put a field's value (in :func:`annotation_fields`' form) into a record; ``layer`` is the
    text layer a text anchor counts in."""
    if name.startswith("body."):
        key = name[5:]
        rec["body"] = {k: v for k, v in rec["body"].items() if k != key}
        if value is not None:
            rec["body"][key] = value
    elif name in ("text", "region"):
        anchor = {k: v for k, v in rec["anchor"].items() if k != name}
        if value is not None:
            anchor[name] = {"layer": layer, **value} if name == "text" else dict(value)
        rec["anchor"] = anchor
    else:
        rec[name] = dict(value) if isinstance(value, dict) else value
    if rec["kind"] == "tag":
        rec["tag"] = rec["body"].get("tag")
    else:
        rec["tag"] = None


def _later(a: str, b: str) -> str:
    return max(a, b)


def merged_annotation(
    local: dict[str, Any], incoming: dict[str, Any], merged: Merged
) -> dict[str, Any]:
    """The annotation record this library keeps after ``merged``: its own, with the values it
    took, the versions and the conflicts."""
    out = {**local, "body": dict(local["body"]), "anchor": dict(local["anchor"])}
    for name, r in merged.fields.items():
        if r.taken:
            layer = None
            if name == "text":
                source = incoming if r.after.key == r.incoming.key else local
                layer = (source["anchor"].get("text") or {}).get("layer")
            set_annotation_field(out, name, r.after.value, layer)
    out["revisions"] = revisions_json(merged.stored())
    out["conflicts"] = conflicts_json(merged.conflicts())
    out["modified"] = _later(local["modified"], incoming["modified"])
    return out


def merged_tag(local: dict[str, Any], incoming: dict[str, Any], merged: Merged) -> dict[str, Any]:
    out = {**local, **{n: r.after.value for n, r in merged.fields.items() if r.taken}}
    out["revisions"] = revisions_json(merged.stored())
    out["conflicts"] = conflicts_json(merged.conflicts())
    out["modified"] = _later(local["modified"], incoming["modified"])
    return out


def merged_page(local: dict[str, Any], merged: Merged) -> dict[str, Any]:
    """A page's review after ``merged``: its status and, from its version, who and when."""
    review = merged.fields["review"].after
    return {
        **local,
        "review": {
            "status": review.value,
            "by": review.version.by or None,
            "at": review.version.at or None,
        },
        "revisions": revisions_json(merged.stored()),
        "conflicts": conflicts_json(merged.conflicts()),
    }
