"""Importing W3C Web Annotations: Redline's own W3C and IIIF exports, and annotations made on
their canvases in Mirador, Annotorious or any W3C tool, become notes, tags, markings, redactions
and corrections on the right page and place (:mod:`app.core.exchange.w3c_place`).

Each annotation becomes Redline annotation records: the kind from its motivation and body
purposes (editing: correction; classifying: a marking when a body reads ``category: value`` with a
known category, else a redaction with the bodies as exemption codes; commenting: a note; tagging:
a tag per tag body, by name, made when new), the status from an ``assessing`` body, the author
from its creator. A W3C id holding a uuid keeps it (other ids give a name-based uuid), so
importing the same file twice adds nothing. An annotation this library already has and that says
the same as the library's (what a W3C annotation can say: kind, page, status, body text, box to
the pixel, text span) keeps the library's record exactly; one that says something else updates
those parts. The records form a Redline annotation set that is checked and merged like a Redline
JSON file (:mod:`app.core.exchange.merge`): all or nothing, dry run, conflicts by modification time.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection

from app import __version__
from app.core.annotating.bodies import validate_body
from app.core.annotating.vocabulary import (
    STATUSES,
    AnnotationError,
    Kind,
    Status,
    TagBody,
    category_ids,
    check_status,
)
from app.core.changelog import utcnow
from app.core.errors import RedlineError
from app.core.exchange import worker
from app.core.exchange.annotation_set import write_set
from app.core.exchange.common import FORMAT, dump, iso, parse_iso
from app.core.exchange.gc_pause import collector_paused
from app.core.exchange.merge import (
    MergeCancelled,
    import_annotations,
    local_annotations,
)
from app.core.exchange.merge_outcome import MergeReport
from app.core.exchange.record_rules import InvalidAnnotationSet
from app.core.exchange.redline_json import document_record
from app.core.exchange.validate import MAX_BYTES, open_regular, part_error
from app.core.exchange.w3c_place import (
    TOLERANCE,
    LocalDocuments,
    NotPlaced,
    Placement,
    place,
    whole_page_region,
)
from app.core.exchange.w3c_read import kind_of, load_json, read_annotations, refers_to_files
from app.core.library import Library
from app.core.scratch import scratch_dir
from app.core.wording import Sentence, said, translate

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MARKING = re.compile(r"^([a-z_]+): (.+)$", re.DOTALL)
TAG_COLOUR = "#f0c419"
BARE_REGION = "Marked region"  # the note a box drawn with no comment becomes
MAX_TAG_NAME = 1000  # as the Redline JSON schema


@dataclass
class _Bodies:
    """An annotation's bodies sorted by what they do."""

    motivations: set[str]
    editing: list[str] = field(default_factory=list)
    classifying: list[str] = field(default_factory=list)
    commenting: list[str] = field(default_factory=list)
    tagging: list[str] = field(default_factory=list)
    tag_ids: dict[str, str] = field(default_factory=dict)  # name -> uuid a tag body carries
    status: Status = "accepted"


def _bodies(annotation: dict[str, Any]) -> _Bodies:
    raw = annotation.get("motivation", [])
    motivations = {str(m).split(":")[-1] for m in (raw if isinstance(raw, list) else [raw])}
    out = _Bodies(motivations)
    body = annotation.get("body", [])
    only_tags = motivations == {"tagging"}
    for b in body if isinstance(body, list) else [body]:
        if not isinstance(b, dict) or not isinstance(b.get("value"), str):
            continue
        value, purpose = b["value"].strip(), str(b.get("purpose") or "").split(":")[-1]
        purpose = purpose or ("tagging" if only_tags else "commenting")
        if purpose == "assessing":
            word = value.split(" ", 1)[0].lower()
            out.status = check_status(word) if word in STATUSES else out.status
        elif purpose in ("editing", "classifying", "tagging", "commenting"):
            getattr(out, purpose).append(value)
            carried = _UUID.findall(str(b.get("id", "")).lower())
            if purpose == "tagging" and carried:
                out.tag_ids[value] = carried[-1]
        else:
            out.commenting.append(value)  # describing, questioning, …: a note says it
    return out


def _primary(bodies: _Bodies) -> tuple[Kind, dict[str, Any]]:
    """The kind and body of the annotation's main record."""
    if bodies.editing or "editing" in bodies.motivations:
        return "correction", {"replacement": (bodies.editing or bodies.commenting or [""])[0]}
    if bodies.classifying or "classifying" in bodies.motivations:
        for value in bodies.classifying:
            found = _MARKING.match(value)
            if found and found[1] in category_ids():
                return "marking", {"category": found[1], "value": found[2]}
        codes = [c for c in bodies.classifying if c != "redacted"]
        return "redaction", {"exemptions": codes, "note": "\n".join(bodies.commenting)}
    if bodies.commenting:
        return "note", {"text": "\n".join(bodies.commenting)}
    if bodies.tagging:
        return "tag", {}
    return "note", {"text": BARE_REGION}


def annotation_uuid(annotation_id: Any) -> str:
    """The uuid a W3C id holds (the last one in it), or a name-based one of the whole id."""
    text = str(annotation_id or "")
    found = _UUID.findall(text.lower())
    return found[-1] if found else str(uuid.uuid5(uuid.NAMESPACE_URL, text or dump(annotation_id)))


@dataclass
class _Context:
    conn: Connection
    documents: LocalDocuments
    author: str
    now: str
    tags: dict[str, str] = field(default_factory=dict)  # name -> uuid, live tags
    known: set[str] = field(default_factory=set)  # uuids of every tag here, deleted too
    new_tags: dict[str, dict[str, Any]] = field(default_factory=dict)

    def tag(self, name: str, carried: str | None = None) -> str:
        """The tag a tag body names: this library's with its id, else with its name, else a
        new one (with the id the body carries, or one made from the name)."""
        if carried in self.known and carried in self.tags.values():
            return carried
        if not 0 < len(name) <= MAX_TAG_NAME:
            raise NotPlaced(
                translate("Redline", "a tag name must be 1 to {most} characters").format(
                    most=MAX_TAG_NAME
                )
            )
        if name not in self.tags:
            tag_uuid = carried if carried and carried not in self.known else None
            tag_uuid = tag_uuid or str(uuid.uuid5(uuid.NAMESPACE_URL, "redline-tag:" + name))
            self.new_tags[name] = {
                "uuid": tag_uuid, "name": name, "colour": TAG_COLOUR, "parent": None,
                "description": "", "created": self.now, "modified": self.now, "deleted": False,
            }  # fmt: skip
            self.tags[name] = tag_uuid
        return self.tags[name]


def _origin_and_author(annotation: dict[str, Any], ctx: _Context) -> tuple[dict[str, Any], str]:
    creator = annotation.get("creator")
    creator = creator[0] if isinstance(creator, list) and creator else creator
    if isinstance(creator, dict):
        kind, name = str(creator.get("type", "")).split(":")[-1], creator.get("name")
        if kind == "Software" and (name is None or isinstance(name, str)):
            return {"type": "detector", "rule": name or None, "confidence": None}, ""
        if kind == "Person" and isinstance(name, str) and name:
            return {"type": "person", "rule": None, "confidence": None}, name
    return {"type": "import", "rule": None, "confidence": None}, ctx.author


def _time(value: Any, default: str) -> str:
    try:
        return str(iso(parse_iso(value))) if isinstance(value, str) and value else default
    except ValueError:
        return default


def _anchor(kind: Kind, where: Placement) -> dict[str, Any]:
    anchor: dict[str, Any] = {}
    if where.text is not None:
        anchor["text"] = where.text
    region = where.region
    if region is None and kind in ("tag", "marking", "redaction") and where.text is None:
        region = whole_page_region(where.page)  # these need a place; the page is the place
    if region is not None:
        anchor["region"] = region
    return anchor


def _record(
    annotation: dict[str, Any], kind: Kind, body: dict[str, Any], where: Placement,
    ctx: _Context, record_uuid: str, status: Status,
) -> dict[str, Any]:  # fmt: skip
    anchor = _anchor(kind, where)
    if kind == "correction" and "text" not in anchor:
        raise NotPlaced(
            translate("Redline", "a correction needs the text it corrects, and none was found")
        )
    try:
        clean = validate_body(kind, body)
    except AnnotationError as exc:
        raise NotPlaced(said(exc) or str(exc)) from None
    origin, author = _origin_and_author(annotation, ctx)
    created = _time(annotation.get("created"), ctx.now)
    record = {
        "uuid": record_uuid, "document": where.document.uuid, "page": where.ref.index,
        "kind": kind, "status": status, "anchor": anchor,
        "tag": cast(TagBody, clean)["tag"] if kind == "tag" else None, "body": clean,
        "origin": origin,
        "author": author, "created": created,
        "modified": _time(annotation.get("modified"), created), "orphaned": False,
        "deleted": False,
    }  # fmt: skip
    problem = part_error("annotation", record)  # one bad annotation does not refuse the file
    if problem is not None:
        raise NotPlaced(problem)
    return record


def records_of(annotation: dict[str, Any], ctx: _Context) -> tuple[list[dict[str, Any]], Placement]:
    """The Redline records of one W3C annotation and its place (NotPlaced when it has none)."""
    where = place(annotation, ctx.documents)
    bodies = _bodies(annotation)
    kind, body = _primary(bodies)
    main_uuid = annotation_uuid(annotation.get("id"))
    tags = list(bodies.tagging)
    if kind == "tag":
        first = tags.pop(0)
        body = {"tag": ctx.tag(first, bodies.tag_ids.get(first))}
    out = [_record(annotation, kind, body, where, ctx, main_uuid, bodies.status)]
    if kind in ("correction", "marking") and bodies.commenting:
        note = {"text": "\n".join(bodies.commenting)}
        note_uuid = str(uuid.uuid5(uuid.UUID(main_uuid), "note"))
        out.append(_record(annotation, "note", note, where, ctx, note_uuid, bodies.status))
    for name in tags:
        tag_uuid = str(uuid.uuid5(uuid.UUID(main_uuid), "tag:" + name))
        tag_body = {"tag": ctx.tag(name, bodies.tag_ids.get(name))}
        out.append(_record(annotation, "tag", tag_body, where, ctx, tag_uuid, bodies.status))
    return out, where


def _said_in_body(rec: dict[str, Any]) -> Any:
    """What a W3C annotation's bodies can say of a record of its kind."""
    body, kind = rec["body"], rec["kind"]
    if kind == "correction":
        return body.get("replacement")
    if kind == "tag":
        return rec["tag"]
    if kind == "marking":
        return (body.get("category"), body.get("value"))
    if kind == "redaction":
        note = body.get("note") or None if rec["status"] != "accepted" else None
        return (tuple(body.get("exemptions", [])), note)
    return body.get("text")


def _said(rec: dict[str, Any]) -> tuple[Any, ...]:
    """What a W3C annotation can say about a record (the region is compared apart)."""
    said, kind = _said_in_body(rec), rec["kind"]
    text = rec["anchor"].get("text")
    span = None if text is None else (text["start"], text["end"])
    return (kind, rec["document"], rec["page"], rec["status"], said, span)


def _same_region(local: dict[str, Any], incoming: dict[str, Any], where: Placement) -> bool:
    """Whether the box the file gives is the local annotation's, to the exported pixel."""
    mine = local["anchor"].get("region")
    if mine is None or where.pixels is None or where.ref.dpi is None:
        return mine is None and incoming["anchor"].get("region") is None
    box = (mine["x"], mine["y"], mine["x"] + mine["w"], mine["y"] + mine["h"])
    pixels = where.page.geometry.to_image(box, where.ref.dpi)
    return all(abs(a - b) <= TOLERANCE for a, b in zip(pixels, where.pixels, strict=True))


def _reconcile(local: dict[str, Any], incoming: dict[str, Any], where: Placement) -> dict[str, Any]:
    """The record to merge for an annotation the library has: its own when the file says the
    same, else the library's with what the file changed."""
    same_region = _same_region(local, incoming, where)
    if _said(local) == _said(incoming) and same_region:
        return local
    out = copy.deepcopy(local)
    out["status"] = incoming["status"]
    out["body"] = {**local["body"], **incoming["body"]}
    if incoming["kind"] == "redaction" and incoming["status"] == "accepted":
        out["body"]["note"] = local["body"].get("note", "")  # not published: not changed
    if _said(local)[-1] != _said(incoming)[-1] and "text" in incoming["anchor"]:
        out["anchor"]["text"] = incoming["anchor"]["text"]
    if not same_region:
        out["anchor"].pop("region", None)
        if "region" in incoming["anchor"]:
            out["anchor"]["region"] = incoming["anchor"]["region"]
    out["modified"] = incoming["modified"]
    return out


CANCEL_EVERY = 1000


@dataclass
class Converted:
    data: dict[str, Any]
    not_placed: list[str]


def _not_placed(name: str, exc: NotPlaced) -> Sentence:
    """Why the annotation ``name`` has no place here (a reason past 300 characters cut, as
    English: a schema's reason may quote a whole record)."""
    reason = str(exc)
    return Sentence(
        translate("Redline", "annotation {name}: {reason}").format(
            name=name, reason=exc if len(reason) <= 300 else reason[:300]
        )
    )


def convert(
    conn: Connection,
    items: list[dict[str, Any]],
    author: str,
    cancel: Callable[[], bool] | None = None,
) -> Converted:
    """A Redline annotation set of the W3C annotations ``items``, placed in this library;
    ``cancel()`` is asked every :data:`CANCEL_EVERY` annotations."""
    now = str(iso(utcnow()))
    ctx = _Context(conn, LocalDocuments(conn), author, now)
    ctx.tags = {
        str(n): str(u)
        for u, n in conn.exec_driver_sql(
            "SELECT uuid, name FROM tags WHERE NOT deleted ORDER BY parent_id IS NULL, id DESC"
        )
    }  # the same name twice: the last one read wins, a top-level tag, the oldest
    ctx.known = {str(r[0]) for r in conn.exec_driver_sql("SELECT uuid FROM tags")}
    records: list[tuple[dict[str, Any], Placement]] = []
    not_placed: list[str] = []
    seen: set[str] = set()
    for i, annotation in enumerate(items):
        if cancel is not None and i % CANCEL_EVERY == 0 and cancel():
            raise MergeCancelled(translate("Redline", "import cancelled; nothing was changed"))
        try:
            made, where = records_of(annotation, ctx)
        except NotPlaced as exc:
            name = str(annotation.get("id", i) if isinstance(annotation, dict) else i)[:120]
            not_placed.append(_not_placed(name, exc))
            continue
        for rec in made:
            if rec["uuid"] not in seen:
                seen.add(rec["uuid"])
                records.append((rec, where))
    local = local_annotations(conn, [r["uuid"] for r, _ in records])
    annotations = [
        _reconcile(local[r["uuid"]], r, where) if r["uuid"] in local else r for r, where in records
    ]
    documents = sorted({d.uuid: d for d in ctx.documents.found.values() if d}.values(),
                       key=lambda d: d.uuid)  # fmt: skip
    data = {
        "format": FORMAT, "version": 1, "exported_at": now,
        "generator": {"name": "Redline W3C import", "version": __version__},
        "scope": {"documents": [d.uuid for d in documents], "tag": None, "status": None},
        "tags": list(ctx.new_tags.values()),
        "documents": [document_record(conn, d.id, history=False) for d in documents],
        "annotations": annotations,
    }  # fmt: skip
    return Converted(data, not_placed)


PROCESS_BYTES = 4 * 2**20  # a W3C file this large is read in a worker process (``in_process``)


@collector_paused()  # (the file's JSON and the records made of it: see gc_pause)
def import_w3c(
    lib: Library,
    path: Path | str,
    *,
    dry_run: bool = False,
    author: str = "",
    max_bytes: int = MAX_BYTES,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    undo: bool = False,
    in_process: bool = False,
) -> MergeReport:
    """Import the W3C or IIIF file at ``path`` (see module doc); a file in which no annotation
    has a place in this library is refused, and nothing is changed. ``in_process``: a large
    file, or a IIIF collection or manifest (their annotation pages are other files), is read
    and converted in a worker process (the window's: one ``json.loads`` of 100,000 annotations
    holds Python's lock a second, and the window's thread waits)."""
    path = Path(path)
    # Merged as a Redline set read in a stream, through the same checks: written to a scratch
    # file a line an annotation and read back one at a time, the file's JSON and the converted
    # set freed first. Dumped and parsed whole (until 2026-12-07), 100,000 annotations held
    # Python's lock in two calls of about a second each, the window's thread waiting.
    try:
        scratch = scratch_dir("merge")
    except OSError as exc:
        raise _no_room(path, exc) from exc
    with scratch as folder:
        written = Path(folder) / path.name
        large = in_process and path.is_file() and path.stat().st_size >= PROCESS_BYTES
        loaded = None if large else load_json(path, max_bytes=max_bytes)  # (here, once)
        if large or (in_process and refers_to_files(loaded)):
            kind, not_placed = _convert_in_process(
                lib.address, str(written), str(path), author=author, max_bytes=max_bytes,
                cancel=cancel,
            )  # fmt: skip
        else:
            kind, not_placed = _convert(lib, path, loaded, written, author, cancel)
        loaded = None  # (freed before the merge)
        if kind == "redline":
            return import_annotations(
                lib, path, dry_run=dry_run, author=author, on_progress=on_progress,
                cancel=cancel, undo=undo,
            )  # fmt: skip
        report = import_annotations(
            lib, written, dry_run=dry_run, author=author, on_progress=on_progress,
            cancel=cancel, undo=undo,
            max_bytes=max(max_bytes, written.stat().st_size),  # (ours, from a file within it)
        )  # fmt: skip
    report.not_placed = not_placed
    report.w3c = True
    return report


def _convert(
    lib: Library,
    path: Path,
    loaded: Any,
    written: Path,
    author: str,
    cancel: Callable[[], bool] | None,
) -> tuple[str, list[str]]:
    """The data ``loaded`` from the file ``path``, W3C or IIIF annotations, written as a Redline
    set to the file ``written``: ("w3c", what has no place here); a Redline set: ("redline",
    []), nothing written. Anything else is refused, and so is a file of which nothing has a
    place here."""
    if kind_of(loaded) == "redline":
        return "redline", []
    if kind_of(loaded) != "w3c":
        raise InvalidAnnotationSet(
            translate(
                "Redline", "{name} is neither a Redline annotation set nor W3C or IIIF annotations"
            ).format(name=path.name)
        )
    return "w3c", _write_converted(lib, path, loaded, author, written, cancel)


@collector_paused()
def convert_file(
    lib: Library,
    written: str,
    source: str,
    *,
    author: str,
    max_bytes: int,
    cancel: Callable[[], bool] | None = None,
) -> tuple[str, list[str]]:
    """Worker process: the file ``source`` read and :func:`_convert`-ed into ``written``."""
    path = Path(source)
    loaded = load_json(path, max_bytes=max_bytes)
    return _convert(lib, path, loaded, Path(written), author, cancel)


def _convert_in_process(
    address: str, written: str, source: str, **options: Any
) -> tuple[str, list[str]]:
    """:func:`convert_file` in a worker process that opens the library at ``address``."""
    cancel = options.pop("cancel", None)
    result: tuple[str, list[str]] = worker.in_process(
        address, convert_file, written, source, cancel=cancel,
        cancelled=lambda: MergeCancelled(
            translate("Redline", "import cancelled; nothing was changed")
        ),
        stopped=lambda code: RedlineError(
            translate(
                "Redline",
                "the import's reading process stopped unexpectedly (exit code {exitcode}); "
                "nothing was changed",
            ).format(exitcode=code)
        ),
        failed=lambda kind, text: RedlineError(
            translate(
                "Redline", "reading {name} failed: {kind}: {exc}; nothing was changed"
            ).format(name=Path(source).name, kind=kind, exc=text)
        ),
        **options,
    )  # fmt: skip
    return result


def _write_converted(
    lib: Library,
    path: Path,
    loaded: Any,
    author: str,
    written: Path,
    cancel: Callable[[], bool] | None = None,
) -> list[str]:
    """The annotations of the W3C or IIIF data ``loaded`` (read from ``path``) as a Redline set
    in the file ``written``; what has no place here. A file of which nothing has a place is
    refused, and nothing is written."""
    items = read_annotations(loaded, path.parent)
    with lib.reading() as session:
        converted = convert(session.connection(), items, author, cancel)
    if items and not converted.data["annotations"]:
        raise InvalidAnnotationSet(
            translate(
                "Redline",
                "none of the {count} annotations in {name} has a place in this library: {reason}",
            ).format(count=len(items), name=path.name, reason=converted.not_placed[0])
        )
    try:
        with written.open("w", encoding="utf-8") as f:
            write_set(converted.data, f)
    except OSError as exc:  # (a full or read-only disk where temporary files go)
        raise _no_room(path, exc) from exc
    return converted.not_placed


def _no_room(path: Path, exc: OSError) -> RedlineError:
    return RedlineError(
        translate(
            "Redline",
            "cannot write a working copy of {name} among the temporary files ({reason}); "
            "nothing was changed",
        ).format(name=path.name, reason=exc.strerror or exc)
    )


def is_redline_json(path: Path) -> bool:
    """Whether ``path`` looks like a Redline JSON set (its format is named near the start). A
    device, a pipe or a folder is refused unread (:func:`open_regular`: a pipe with no writer
    hung the import here, and ``/dev/zero`` was read without end by the W3C reader)."""
    with open_regular(path, MAX_BYTES) as f:
        return b'"redline-annotations"' in f.read(65536)


def import_annotation_file(
    lib: Library,
    path: Path | str,
    *,
    dry_run: bool = False,
    author: str = "",
    on_progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    undo: bool = False,
    in_process: bool = False,
) -> MergeReport:
    """Import a Redline JSON set or a W3C/IIIF file, whichever ``path`` is (``undo``: keep the
    rows it changes, for the window's undo step; ``in_process``: a large W3C/IIIF file read in
    a worker process, :func:`import_w3c`)."""
    path = _the_file(Path(path))
    kw: dict[str, Any] = {
        "dry_run": dry_run, "author": author, "on_progress": on_progress, "undo": undo
    }  # fmt: skip
    if is_redline_json(path):
        return import_annotations(lib, path, cancel=cancel, **kw)
    return import_w3c(lib, path, cancel=cancel, in_process=in_process, **kw)


def _the_file(path: Path) -> Path:
    """A IIIF export's folder stands for its ``collection.json`` (the folder `redline export
    --format iiif -o site/` wrote); any other path is itself."""
    collection = path / "collection.json"
    return collection if path.is_dir() and collection.is_file() else path
