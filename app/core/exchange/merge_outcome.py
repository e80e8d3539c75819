"""What a merge did (or, for a dry run, would do): counts for scripts, and one :class:`Outcome`
per annotation, tag or page it changed, with the fields taken from there, kept from here, and in
conflict, in the terms :mod:`app.core.exchange.merge_report` puts into words."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

from app.core.annotating.revisions import (
    LIVENESS,
    FieldConflict,
    Value,
    annotation_fields,
    changed_fields,
)
from app.core.compact import Compact
from app.core.exchange.three_way import Merged

Winner = Literal["local", "incoming"]
Entity = Literal["annotation", "tag", "page"]


@dataclass(frozen=True, slots=True)
class FieldChange:
    """A field whose value this library took from the set: from what, to what, whose change."""

    field: str
    before: Any
    after: Any
    by: str
    at: str


@dataclass(slots=True)
class Outcome:
    """What the merge did to one annotation, tag or page review.

    ``action``: ``added``, ``updated``, ``deleted``, ``restored``, ``conflict`` (only conflicts
    arose), ``tombstone`` (a deletion of one this library never had, stored to travel on),
    ``replaced`` and ``kept`` (version 1 sets: the later modification won the whole record),
    ``settled`` (a conflict here was decided there) and ``versions`` (only the fields' history
    changed: nothing for a person to read).
    """

    entity: Entity
    uuid: str
    action: str
    document: str | None = None  # the document's title here
    page: int | None = None  # from 0
    kind: str | None = None  # an annotation's kind
    label: str = ""  # the annotated text (the quote), a tag's name
    text: str = ""  # what the annotation says: a note's text, a correction's reading
    author: str = ""  # who made the annotation
    origin: str = ""  # an annotation's: person, detector or import
    status: str = ""  # an annotation's: proposed, accepted or rejected
    codes: tuple[str, ...] | None = None  # a redaction's exemption codes (None: not one)
    tag: str = ""  # a tag annotation's tag (uuid)
    by: str = ""  # who made the change (added, deleted)
    at: str = ""
    # a later change the record carries: who decided an added proposal, changed an added tag
    then_by: str = ""
    then_at: str = ""
    # (tuples by default: a merge of many annotations keeps one outcome each, most with none)
    taken: Sequence[FieldChange] = ()
    kept: Sequence[str] = ()  # fields whose older value there was not taken
    conflicts: Sequence[FieldConflict] = ()


class Outcomes(Compact[Outcome]):
    """A merge's outcomes in order, kept out of the cyclic collector's sight (see
    :mod:`app.core.compact`: a report of 100,000 was most of what it went through while the
    window merged a colleague's set)."""

    __slots__ = ()

    def __init__(self, outcomes: Iterable[Outcome] = ()) -> None:
        super().__init__(Outcome, outcomes, sequences=("codes", "taken", "kept", "conflicts"))

    def append_new(self, document: str, rec: Mapping[str, Any]) -> None:
        """``append(annotation_outcome(document, rec))``, kept as its fields without making the
        outcome first: a merge into a library that lacks a set's annotations adds one for each
        (100,000 made and taken apart again were a twentieth of such an import)."""
        self.append_stored(_fields(document, rec, new=True))


@dataclass(frozen=True)
class Settled:
    """Version 1 sets: an id edited on both sides, settled by the later modification."""

    entity: str  # annotation | tag
    uuid: str
    local_modified: str
    incoming_modified: str
    winner: Winner


@dataclass(frozen=True)
class UnknownCodes:
    """An annotation the import stored (added or changed) whose exemption codes are not in this
    library's vocabulary: kept as the colleague wrote them, and named in the report so that a
    person corrects them (a proposal with them is not accepted by "accept all")."""

    uuid: str
    document: str  # its title here
    page: int  # from 1
    codes: list[str]


@dataclass(frozen=True)
class SkippedDocument:
    """A document of the file that this library does not hold: its annotations were not applied."""

    uuid: str
    title: str
    sha256: str
    annotations: int


@dataclass
class MergeReport:
    """What an import changed (or, for a dry run, would change)."""

    dry_run: bool = False
    file: str = ""  # the file's name
    version: int = 2  # its format version
    w3c: bool = False  # W3C or IIIF annotations (made into a version 1 set)
    added: list[str] = field(default_factory=list)  # annotation uuids
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    tombstones_stored: int = 0  # deletions of annotations (or tags) this library never had
    conflicts: list[str] = field(default_factory=list)  # uuids now holding a new conflict
    decided: list[str] = field(default_factory=list)  # conflicts here another library decided
    history_only: int = 0  # records whose fields' history alone changed (nothing to read)
    settled: list[Settled] = field(default_factory=list)  # version 1: decided by time
    skipped: list[SkippedDocument] = field(default_factory=list)
    tags_added: list[str] = field(default_factory=list)
    tags_updated: list[str] = field(default_factory=list)  # (and restored)
    tags_deleted: list[str] = field(default_factory=list)
    pages_updated: int = 0
    metadata_updated: int = 0
    quote_mismatches: list[str] = field(default_factory=list)
    # W3C annotations with no page here, each with its reason (a Sentence: the window's language)
    not_placed: list[str] = field(default_factory=list)
    unknown_codes: list[UnknownCodes] = field(default_factory=list)  # stored, but flagged
    outcomes: Outcomes = field(default_factory=Outcomes)
    tag_names: dict[str, str] = field(default_factory=dict)  # uuid -> name, for the wording
    backup: str | None = None  # the copy of the library written before (command line)
    undo: Any = field(default=None, repr=False, compare=False)  # rows to put back (the window)

    @property
    def changed(self) -> bool:
        return bool(
            self.added
            or self.updated
            or self.deleted
            or self.tombstones_stored
            or self.conflicts
            or self.decided
            or self.history_only
            or self.tags_added
            or self.tags_updated
            or self.tags_deleted
            or self.pages_updated
            or self.metadata_updated
        )

    def to_dict(self) -> dict[str, Any]:
        out = asdict(replace(self, outcomes=Outcomes(), undo=None))
        out["outcomes"] = [asdict(o) for o in self.outcomes]
        out.pop("undo")
        return out


# --- building outcomes -------------------------------------------------------------------------


def _quote(rec: Mapping[str, Any]) -> str:
    text = rec["anchor"].get("text")
    return (text or {}).get("quote") or ""


def _text(rec: Mapping[str, Any]) -> str:
    """What an annotation says, in a few words: a note's text, a correction's reading."""
    body = rec["body"]
    value = {"note": "text", "correction": "replacement", "marking": "value"}.get(rec["kind"])
    return str(body.get(value, "")) if value else ""


def _codes(rec: Mapping[str, Any]) -> tuple[str, ...] | None:
    if rec["kind"] != "redaction":
        return None
    codes = rec["body"].get("exemptions")
    return tuple(str(c) for c in codes) if isinstance(codes, list) else ()


def _last_change(rec: Mapping[str, Any], *fields: str) -> tuple[str, str]:
    """Who made the latest of the changes the record's revisions carry (of ``fields``, or of
    any), and when: ("", "") when it carries none with a name."""
    versions = [v for f, v in rec.get("revisions", {}).items() if not fields or f in fields]
    named = [v for v in versions if v.get("by") and v.get("at")]
    if not named:
        return "", ""
    last = max(named, key=lambda v: str(v["at"]))
    return str(last["by"]), str(last["at"])


def _changes(merged: Merged) -> tuple[list[FieldChange], list[str], list[FieldConflict]]:
    taken = [
        FieldChange(r.name, r.before.value, r.after.value, r.after.version.by, r.after.version.at)
        for r in merged.fields.values()
        if r.taken
    ]
    kept = [r.name for r in merged.fields.values() if r.kept]
    conflicts = [
        FieldConflict(r.name, Value.of(r.after), tuple(Value.of(s) for s in r.there))
        for r in merged.new_conflicts()
    ]
    return taken, kept, conflicts


def _action(taken: list[FieldChange], conflicts: list[FieldConflict], merged: Merged) -> str:
    gone = next((c for c in taken if c.field == LIVENESS), None)
    if gone is not None:
        return "deleted" if gone.after else "restored"
    if taken:
        return "updated"
    if conflicts:
        return "conflict"
    if any(r.was_conflict and not r.there for r in merged.fields.values()):
        return "settled"  # a conflict here was decided there
    return "versions"  # only the history changed: nothing for a person to read


def _fields(document: str, rec: Mapping[str, Any], *, new: bool) -> tuple[Any, ...]:
    """The fields, in :class:`Outcome`'s order, of what merging did to one annotation as far as
    the record says: all of it for one this library did not have (``new``)."""
    author = sys.intern(rec["author"])  # the same few words many times: one copy of each
    origin, status = sys.intern(rec["origin"]["type"]), sys.intern(rec["status"])
    action, at, then_by, then_at = "added", rec["created"], "", ""
    if new and rec["deleted"]:
        action, at = "tombstone", rec["modified"]
    elif new and origin == "detector" and status != "proposed":
        then_by, then_at = _last_change(rec, "status")
    return (
        "annotation", rec["uuid"], action, document, rec["page"], sys.intern(rec["kind"]),
        _quote(rec), _text(rec), author, origin, status, _codes(rec), rec.get("tag") or "",
        author, at, then_by, then_at, (), (), (),
    )  # fmt: skip


def annotation_outcome(
    document: str,
    rec: Mapping[str, Any],
    merged: Merged | None = None,
) -> Outcome:
    """What merging did to one annotation: ``merged`` None for one this library did not have."""
    out = Outcome(*_fields(document, rec, new=merged is None))
    if merged is None:
        return out
    out.taken, out.kept, out.conflicts = _changes(merged)
    out.action = _action(out.taken, out.conflicts, merged)
    change = next((c for c in out.taken if c.field == LIVENESS), None)
    out.by, out.at = (change.by, change.at) if change else ("", "")
    return out


def v1_outcome(
    document: str, mine: Mapping[str, Any], rec: Mapping[str, Any], side: Winner
) -> Outcome:
    """Version 1: the later of two records won whole."""
    won = rec if side == "incoming" else mine
    out = annotation_outcome(document, won)
    out.action = "replaced" if side == "incoming" else "kept"
    out.by, out.at = won["author"], won["modified"]
    before, after = annotation_fields(mine), annotation_fields(rec)
    if side == "incoming":
        out.taken = [
            FieldChange(f, before.get(f), after.get(f), rec["author"], rec["modified"])
            for f in changed_fields(before, after)
        ]
    else:  # (what differs; which side changed it, a file without history cannot say)
        out.kept = changed_fields(before, after)
    return out


def tag_outcome(tag: Mapping[str, Any], merged: Merged | None = None) -> Outcome:
    """What merging did to one tag: ``merged`` None for one this library did not have (the set
    names no author for it: its creation time, and who last changed it where its revisions
    say)."""
    out = Outcome("tag", tag["uuid"], "added", label=tag["name"], at=tag["created"])
    if merged is None:
        if tag["deleted"]:
            out.action, out.at = "tombstone", tag["modified"]
        out.then_by, out.then_at = _last_change(tag)
    else:
        out.taken, out.kept, out.conflicts = _changes(merged)
        out.action = _action(out.taken, out.conflicts, merged)
    return out


def page_outcome(
    document: str,
    index: int,
    review: Mapping[str, Any],
    merged: Merged | None = None,
    *,
    uuid: str = "",
) -> Outcome:
    """A page's review taken or in conflict (``merged`` None: a version 1 set's later one)."""
    out = Outcome("page", uuid, "updated", document=document, page=index)
    if merged is None:
        out.taken = [FieldChange("review", None, review["status"], review["by"] or "",
                                 review["at"] or "")]  # fmt: skip
        return out
    out.taken, out.kept, out.conflicts = _changes(merged)
    out.action = _action(out.taken, out.conflicts, merged)
    return out
