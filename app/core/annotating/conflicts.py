"""Conflicts a merge left for a person: listing them, and deciding each by taking this
library's value ("here"), the other side's ("there"), or a value of one's own.

A merge that finds a field changed differently on two sides keeps this library's value and
stores the other, with who set each and when (:mod:`app.core.exchange.three_way`). Deciding it
is a change like any other: the chosen value gets a version that joins every value it replaces,
so the decision wins over both wherever it travels, and the other side's value is dropped. Each
decision is one transaction, logged (action ``resolve``), and returns the rows it changed, which
:func:`undo_decision` puts back (one undo step in the window).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal, cast

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session

from app.core.annotating import annotations as A
from app.core.annotating.annotation_rows import ANN, PAGES, SELECT_RECORDS, load_record
from app.core.annotating.exemptions import check_exemptions
from app.core.annotating.reading import refresh_corrected_index
from app.core.annotating.records import AnnotationRecord, Region, TextAnchor, record_from_row
from app.core.annotating.review import page_uuid
from app.core.annotating.revisions import (
    LIVENESS,
    FieldConflict,
    Sibling,
    Stamp,
    Value,
    Version,
    conflicts_json,
    dump_column,
    iso,
    join,
    load_conflicts,
    load_revisions,
    next_change,
    record_fields,
    revisions_json,
    version_of,
)
from app.core.annotating.snapshots import (
    RowChange,
    changes_between,
    columns,
    plain_rows,
    put_back,
    read_rows,
)
from app.core.annotating.unseen_changes import Changed, changed_fields, unseen
from app.core.annotating.vocabulary import AnnotationError, Body
from app.core.calls import library_call
from app.core.changelog import log_many, utcnow
from app.core.errors import NotFoundError, RedlineError
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.core.wording import translate
from db.models import ChangeLog, Document

Entity = Literal["annotation", "tag", "page"]
_DOCS = cast(Table, Document.__table__)
_LOG = cast(Table, ChangeLog.__table__)
_UNSET: Any = object()


class ConflictError(RedlineError):
    """A conflict that cannot be decided as asked (none there, or the choice is unclear)."""


@dataclass(frozen=True)
class Conflict:
    """An annotation, tag or page review in conflict, named as a person knows it."""

    entity: Entity
    uuid: str  # a page's: review.page_uuid(document uuid, index)
    fields: tuple[FieldConflict, ...]
    document_id: DocumentId | None = None
    document: str | None = None  # its title
    page: int | None = None  # from 0
    kind: str | None = None
    label: str = ""  # the annotated text, or a tag's name
    text: str = ""  # a note's text, a correction's reading
    author: str = ""
    # Deleted on one side, changed on the other: what the side that kept it changed unseen by
    # the deletion (there, when deleted here): what "Take there" (or "Keep here") brings back.
    changed: tuple[Changed, ...] = ()


@dataclass(frozen=True)
class Decision:
    """What deciding a conflict changed: the rows before and after (for undo), in words."""

    entity: Entity
    uuid: str
    rows: tuple[RowChange, ...]
    text: str
    chosen: dict[str, Any] = field(default_factory=dict)  # field -> the value it now holds


def _fields(
    values: dict[str, Any], stored: dict[str, Version], conflicts: dict[str, list[Sibling]],
    by: str, at: str,
) -> tuple[FieldConflict, ...]:  # fmt: skip
    out = []
    for name in sorted(conflicts):
        here = Sibling.of(values.get(name), version_of(name, values, stored, by=by, at=at))
        out.append(FieldConflict(name, Value.of(here), tuple(Value.of(s) for s in conflicts[name])))
    return tuple(out)


def _said(rec: AnnotationRecord) -> str:
    key = {"note": "text", "correction": "replacement", "marking": "value"}.get(rec.kind)
    return str(rec.body.get(key, "")) if key else ""


_ANNOTATIONS = (
    SELECT_RECORDS.add_columns(
        ANN.c.revisions, ANN.c.conflicts, PAGES.c.page_index, _DOCS.c.id, _DOCS.c.title
    )
    .join(PAGES, PAGES.c.id == ANN.c.page_id)
    .join(_DOCS, _DOCS.c.id == PAGES.c.document_id)
    .where(ANN.c.conflicts.is_not(None))
    .order_by(_DOCS.c.title, PAGES.c.page_index, ANN.c.id)
)


def _annotation_conflicts(session: Session, document_id: DocumentId | None) -> list[Conflict]:
    query = _ANNOTATIONS if document_id is None else _ANNOTATIONS.where(_DOCS.c.id == document_id)
    out = []
    for row in session.execute(query):
        rec = record_from_row(tuple(row)[:26])
        revisions, conflicts, index, doc_id, title = tuple(row)[26:]
        values, stored, held = (
            record_fields(rec),
            load_revisions(revisions),
            load_conflicts(conflicts),
        )
        by, at = rec.author, iso(rec.modified_at)
        fields = _fields(values, stored, held, by, at)
        changed = changed_fields(
            session, rec.uuid, values, stored, *unseen(values, stored, held, by, at)
        )
        out.append(Conflict(
            "annotation", rec.uuid, fields, DocumentId(doc_id), title, index, rec.kind,
            rec.text.quote if rec.text else "", _said(rec), rec.author, changed,
        ))  # fmt: skip
    return out


def _tag_values(conn: Connection, row: Any) -> dict[str, Any]:
    parent = None
    if row.parent_id is not None:
        parent = conn.exec_driver_sql(
            "SELECT uuid FROM tags WHERE id = ?", (row.parent_id,)
        ).scalar()
    return {
        "name": row.name, "colour": row.colour, "parent": parent,
        "description": row.description, "deleted": bool(row.deleted),
        "created": iso(_time(row.created_at)),
    }  # fmt: skip


def _time(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _tag_conflicts(conn: Connection) -> list[Conflict]:
    out = []
    for row in conn.exec_driver_sql("SELECT * FROM tags WHERE conflicts IS NOT NULL ORDER BY name"):
        values = _tag_values(conn, row)
        fields = _fields(values, load_revisions(row.revisions), load_conflicts(row.conflicts),
                         "", iso(_time(row.modified_at)))  # fmt: skip
        out.append(Conflict("tag", row.uuid, fields, label=row.name))
    return out


_PAGES = (
    "SELECT p.id, p.page_index, d.id, d.uuid, d.title, p.review_status, p.reviewed_by, "
    "p.reviewed_at, p.revisions, p.conflicts FROM pages p JOIN documents d "
    "ON d.id = p.document_id WHERE p.conflicts IS NOT NULL"
)


def _page_conflicts(conn: Connection, where: str, params: tuple[Any, ...]) -> list[Conflict]:
    out = []
    for row in conn.exec_driver_sql(_PAGES + where, params):
        values = {"review": row[5]}
        fields = _fields(values, load_revisions(row[8]), load_conflicts(row[9]), row[6] or "",
                         iso(_time(row[7])))  # fmt: skip
        uuid = page_uuid(row[3], row[1])
        out.append(Conflict("page", uuid, fields, DocumentId(row[2]), row[4], row[1]))
    return out


@library_call
def list_conflicts(lib: Library, *, document_id: DocumentId | None = None) -> list[Conflict]:
    """Every annotation, tag and page review in conflict (of one document, with
    ``document_id``), by document title, page and kind; tags last."""
    where, params = ("", ()) if document_id is None else (" AND d.id = ?", (document_id,))
    with lib.reading() as session:
        conn = session.connection()
        found = _annotation_conflicts(session, document_id) + _page_conflicts(conn, where, params)
        found.sort(key=lambda c: (c.document or "", c.page or 0, c.entity != "page", c.kind or ""))
        if document_id is None:
            found += _tag_conflicts(conn)
    return found


def conflicted_annotations(
    lib: Library, *, document_id: DocumentId | None = None, uuids: Sequence[str] | None = None
) -> set[str]:
    """The uuids of annotations in conflict (of a document, or among ``uuids``)."""
    sql = "SELECT a.uuid FROM annotations a JOIN pages p ON p.id = a.page_id "
    sql += "WHERE a.conflicts IS NOT NULL"
    params: tuple[Any, ...] = ()
    if document_id is not None:
        sql, params = sql + " AND p.document_id = ?", (document_id,)
    if uuids is not None:
        wanted = list(uuids)[:500]
        sql += f" AND a.uuid IN ({','.join('?' * len(wanted))})"
        params = (*params, *wanted)
    with lib.reading() as session:
        return {str(u) for u in session.connection().exec_driver_sql(sql, params).scalars()}


def get_conflict(lib: Library, uuid: str) -> Conflict:
    """The conflict of the annotation, tag or page review ``uuid``."""
    for conflict in list_conflicts(lib):
        if conflict.uuid == uuid:
            return conflict
    raise NotFoundError(
        translate("Redline", "{uuid} is not in conflict (nothing to decide)").format(uuid=uuid)
    )


# --- deciding ----------------------------------------------------------------------------------


def _choice(field: FieldConflict, take: str, value: Any) -> Any:
    """The value a person chose for ``field``: ``here``, ``there`` (``there:N``, from 1, when it
    holds several), or their own ``value``."""
    if value is not _UNSET:
        return value
    if take == "here":
        return field.here.value
    if take == "there" and len(field.there) == 1:
        return field.there[0].value
    if take.startswith("there:") and take[6:].isdigit() and 1 <= int(take[6:]) <= len(field.there):
        return field.there[int(take[6:]) - 1].value
    if take.startswith("there"):
        raise ConflictError(
            translate(
                "Redline", "{field} holds {value} other values: take there:1 to there:{value}"
            ).format(field=field.field, value=len(field.there))
        )
    raise ConflictError(translate("Redline", "take here or there, not {take!r}").format(take=take))


def _decided_versions(
    stored: dict[str, Version], values: dict[str, Any], conflicts: dict[str, list[Sibling]],
    chosen: dict[str, Any], change: Stamp, by: str, at: str,
) -> tuple[dict[str, Version], dict[str, list[Sibling]]]:  # fmt: skip
    """Each decided field's version joins all its values' versions, extended by the decision;
    its other values are dropped."""
    stored, conflicts = dict(stored), dict(conflicts)
    for name in chosen:
        here = version_of(name, values, stored, by=by, at=at)
        vector = join([here.vector, *(s.version.vector for s in conflicts.pop(name, []))])
        stored[name] = Version(vector, by, at).extended(
            change.replica, change.number, change.by, change.at
        )
    return stored, conflicts


@library_call
def decide(
    lib: Library,
    uuid: str,
    *,
    author: str,
    take: str = "here",
    field: str | None = None,
    value: Any = _UNSET,
) -> Decision:
    """Decide the conflict of annotation, tag or page ``uuid``: every field in conflict (or only
    ``field``) takes ``take`` (``here``, ``there``, ``there:N``), or ``value`` (one field)."""
    conflict = get_conflict(lib, uuid)
    fields = [f for f in conflict.fields if field is None or f.field == field]
    if not fields:
        raise ConflictError(
            translate("Redline", "{field} is not in conflict here").format(field=field)
        )
    if value is not _UNSET and len(fields) != 1:
        raise ConflictError(translate("Redline", "a value of one's own decides one field: name it"))
    chosen = {f.field: _choice(f, take, value) for f in fields}
    table = {"annotation": "annotations", "tag": "tags", "page": "pages"}[conflict.entity]
    with lib.transaction() as session:
        conn = session.connection()
        key = _row_key(conn, conflict)
        before = read_rows(conn, table, [key])
        if conflict.entity == "annotation":
            stored = _decide_annotation(
                session, conflict, chosen, author, typed=value is not _UNSET
            )
            chosen = {name: stored.get(name) for name in chosen}  # (codes as written: "B6")
        else:
            _DECIDERS[conflict.entity](session, conflict, chosen, author)
        rows = changes_between(table, before, read_rows(conn, table, [key]))
    text = _describe(conflict, chosen, take, value)
    return Decision(conflict.entity, uuid, tuple(rows), text, chosen)


def _row_key(conn: Connection, conflict: Conflict) -> Any:
    if conflict.entity != "page":
        return conflict.uuid
    return conn.exec_driver_sql(
        "SELECT id FROM pages WHERE document_id = ? AND page_index = ?",
        (conflict.document_id, conflict.page),
    ).scalar_one()


def _describe(conflict: Conflict, chosen: dict[str, Any], take: str, value: Any) -> str:
    what = "edited" if value is not _UNSET else ("kept here" if take == "here" else "taken there")
    return f"{', '.join(chosen)}: {what}"


def _decide_annotation(
    session: Session, conflict: Conflict, chosen: dict[str, Any], author: str, typed: bool = False
) -> dict[str, Any]:
    """Write the decision; the decided record's fields (:func:`record_fields`), as stored."""
    conn = session.connection()
    row = conn.exec_driver_sql(
        "SELECT revisions, conflicts FROM annotations WHERE uuid = ?", (conflict.uuid,)
    ).one()
    before = load_record(session, conflict.uuid)
    values = record_fields(before)
    after = before
    for name, v in chosen.items():
        after = _with_field(session, after, name, v)
    if typed:
        after = _typed_codes(after, next(iter(chosen)))
    now = iso(utcnow())
    replica, number = next_change(conn)
    stored, others = _decided_versions(
        load_revisions(row[0]), values, load_conflicts(row[1]), chosen,
        Stamp(replica, number, author, now), before.author, iso(before.modified_at),
    )  # fmt: skip
    change = A.write_decision(
        session,
        before,
        after,
        author=author,
        revisions=dump_column(revisions_json(stored)),
        conflicts=dump_column(conflicts_json(others)),
    )
    return record_fields(change.after if change.after is not None else after)


def _with_field(session: Session, rec: AnnotationRecord, name: str, value: Any) -> AnnotationRecord:
    """``rec`` with one field (in :func:`.revisions.annotation_fields` form) set to ``value``."""
    if name.startswith("body."):
        body = {k: v for k, v in rec.body.items() if k != name[5:]}
        if value is not None:
            body[name[5:]] = value
        return replace(rec, body=cast(Body, body))  # a value the import checked by the rules
    if name == "text":
        if value is None:
            return replace(rec, text=None)
        layer = rec.text.layer_id if rec.text is not None else None
        return replace(rec, text=TextAnchor(layer, value["start"], value["end"], value["quote"],
                                            value["prefix"], value["suffix"]))  # fmt: skip
    if name == "region":
        return replace(rec, region=None if value is None else Region(**value))
    if name == "origin":
        return replace(rec, origin=value["type"], rule_id=value["rule"],
                       confidence=value["confidence"])  # fmt: skip
    if name == "created":
        return replace(rec, created_at=datetime.fromisoformat(value.rstrip("Z")))
    if name in ("kind", "status", "author", "orphaned", LIVENESS):
        return replace(rec, **{name: value})
    raise AnnotationError(translate("Redline", "no field {name!r}").format(name=name))


def _typed_codes(rec: AnnotationRecord, name: str) -> AnnotationRecord:
    """``rec`` after a person typed their own value for its field ``name``: exemption codes
    typed are held to the vocabulary (:func:`check_exemptions`, written as it writes them), as
    the redaction and marking forms and ``annotate add --codes`` hold them; a code a colleague's
    set brought and a person takes ("there") is kept, as a merge keeps it, flagged. Until
    2026-12-07 a typed "zz9" was stored, and printed beside the burned box of a publication."""
    body: dict[str, Any] = dict(rec.body)
    if rec.kind == "redaction" and name == "body.exemptions":
        codes = body.get("exemptions")
        if isinstance(codes, list) and all(isinstance(c, str) for c in codes):
            return replace(rec, body=cast(Body, {**body, "exemptions": check_exemptions(codes)}))
    if (
        rec.kind == "marking"
        and name in ("body.value", "body.category")
        and body.get("category") == "exemption"
        and isinstance(body.get("value"), str)
    ):
        code = check_exemptions([body["value"]])
        return replace(rec, body=cast(Body, {**body, "value": code[0] if code else body["value"]}))
    return rec


def _decide_tag(session: Session, conflict: Conflict, chosen: dict[str, Any], author: str) -> None:
    conn = session.connection()
    row = conn.exec_driver_sql("SELECT * FROM tags WHERE uuid = ?", (conflict.uuid,)).one()
    values = _tag_values(conn, row)
    now = iso(utcnow())
    replica, number = next_change(conn)
    stored, others = _decided_versions(
        load_revisions(row.revisions), values, load_conflicts(row.conflicts), chosen,
        Stamp(replica, number, author, now), "", iso(_time(row.modified_at)),
    )  # fmt: skip
    sets = dict(chosen)
    if "parent" in sets:
        parent = sets.pop("parent")
        sets["parent_id"] = (
            None
            if parent is None
            else conn.exec_driver_sql("SELECT id FROM tags WHERE uuid = ?", (parent,)).scalar_one()
        )
    if "created" in sets:
        sets["created_at"] = sets.pop("created").replace("T", " ").rstrip("Z")
    names = ", ".join(f"{c} = ?" for c in sets)
    conn.exec_driver_sql(
        f"UPDATE tags SET {names}, revisions = ?, conflicts = ?, modified_at = ? WHERE uuid = ?",
        (*sets.values(), dump_column(revisions_json(stored)), dump_column(conflicts_json(others)),
         now.replace("T", " ").rstrip("Z"), conflict.uuid),
    )  # fmt: skip
    log_many(session, [("tag", conflict.uuid, "resolve", values, {**values, **chosen})],
             author=author)  # fmt: skip


def _decide_page(session: Session, conflict: Conflict, chosen: dict[str, Any], author: str) -> None:
    conn = session.connection()
    page_id = _row_key(conn, conflict)
    row = conn.exec_driver_sql(
        "SELECT review_status, reviewed_by, reviewed_at, revisions, conflicts FROM pages "
        "WHERE id = ?", (page_id,),
    ).one()  # fmt: skip
    values = {"review": row[0]}
    now = utcnow()
    replica, number = next_change(conn)
    stored, others = _decided_versions(
        load_revisions(row[3]), values, load_conflicts(row[4]), chosen,
        Stamp(replica, number, author, iso(now)), row[1] or "", iso(_time(row[2])),
    )  # fmt: skip
    conn.exec_driver_sql(
        "UPDATE pages SET review_status = ?, reviewed_by = ?, reviewed_at = ?, revisions = ?, "
        "conflicts = ? WHERE id = ?",
        (chosen["review"], author, now.isoformat(sep=" ", timespec="microseconds"),
         dump_column(revisions_json(stored)), dump_column(conflicts_json(others)), page_id),
    )  # fmt: skip
    before = {"status": row[0], "by": row[1], "at": iso(_time(row[2])) or None}
    after = {"status": chosen["review"], "by": author, "at": iso(now)}
    log_many(session, [("page", conflict.uuid, "resolve", before, after)], author=author)


_DECIDERS: dict[str, Callable[[Session, Conflict, dict[str, Any], str], None]] = {
    "tag": _decide_tag,
    "page": _decide_page,
}  # (an annotation's: _decide_annotation, which gives back what it stored)


# --- undo and redo -----------------------------------------------------------------------------


@library_call
def replay_rows(lib: Library, rows: Sequence[RowChange], *, forward: bool, author: str) -> None:
    """Put ``rows`` back as they were before (undo) or after (redo) a merge or a decision,
    in one transaction: refused whole when any row changed since."""
    action = "redo" if forward else "undo"
    with lib.transaction() as session:
        conn = session.connection()
        put_back(conn, rows, forward=forward)
        entries = [
            (_ENTITIES[table], str(key), action, None, None)
            for table, key, _, _ in plain_rows(rows)
            if table in ("annotations", "tags")
        ]
        log_many(session, entries, author=author)
        refresh_corrected_index(session, _correction_pages(conn, rows))


_ENTITIES = {"annotations": "annotation", "tags": "tag"}


def _correction_pages(conn: Connection, rows: Sequence[RowChange]) -> set[PageId]:
    names = columns(conn, "annotations")
    kind, page = names.index("kind"), names.index("page_id")
    return {
        PageId(int(state[page]))
        for table, _, before, after in plain_rows(rows)
        if table == "annotations"
        for state in (before, after)
        if state is not None and state[kind] == "correction"
    }


def undo_decision(lib: Library, decision: Decision, *, author: str) -> None:
    replay_rows(lib, decision.rows, forward=False, author=author)


def redo_decision(lib: Library, decision: Decision, *, author: str) -> None:
    replay_rows(lib, decision.rows, forward=True, author=author)
