"""Helpers for the export and merge tests: libraries with a PDF and hand-made annotation rows.

Rows are written straight into the tables of db/models.py (the schema is the contract), so these
tests do not depend on the annotation service.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pymupdf
import pytest

from app.core.changelog import utcnow
from app.core.documents.ingest import import_file
from app.core.documents.textlayer import RawWord, insert_text_layer, set_active_layer
from app.core.exchange.merge_writer import db_time
from app.core.exchange.set_schema import load_schema
from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.library import Library
from db.models import Annotation
from tests.builders import make_image_only_pdf, make_text_pdf

PAGES = (
    "CONFIDENTIAL memorandum for the Director. The shipment arrived in Havana on 12 May.",
    "Second page: the agent reported to Mexico City station. SECRET",
)
T0 = datetime(2026, 1, 2, 3, 4, 5, 123456)


def scan_pdf(path: Path) -> Path:
    """A two-page PDF with real text, made once: import the same file into every library."""
    if not path.exists():
        make_text_pdf(path, PAGES)
    return path


def new_library(root: Path | str, pdf: Path) -> tuple[Library, DocumentId]:
    """A library at ``root`` holding ``pdf``; returns it and the document id."""
    lib = Library.open(root)
    outcome = import_file(lib, pdf)
    assert outcome.ok and outcome.document_id is not None, outcome.message
    return lib, outcome.document_id


def library_with_words(folder: Path, words: list[RawWord], rotation: int = 0) -> Path:
    """A library in ``folder``/lib holding a one-page scan (612 by 792 points) without text whose
    active text layer is ``words`` (as Tesseract would have read them), the page shown turned by
    ``rotation`` (its words' boxes are in points of the unrotated page), closed; returns its
    path."""
    lib, doc_id = new_library(folder / "lib", make_image_only_pdf(folder / "scan.pdf"))
    page_id, _, _ = page_info(lib, doc_id, 0)
    with lib.transaction() as s:
        s.connection().exec_driver_sql(
            "UPDATE pages SET rotation = ? WHERE id = ?", (rotation, page_id)
        )
        layer, text = insert_text_layer(s.connection(), page_id, words, source="tesseract",
                                        created_at=utcnow(), engine="tesseract")  # fmt: skip
        set_active_layer(s.connection(), page_id, layer, text)
    lib.close()
    return folder / "lib"


def page_info(lib: Library, doc_id: int, index: int) -> tuple[PageId, TextLayerId | None, str]:
    """(page id, active text layer id, its text); no layer: (page id, None, "")."""
    with lib.reading() as s:
        row = (
            s.connection()
            .exec_driver_sql(
                "SELECT p.id, p.active_text_layer_id, t.text FROM pages p "
                "LEFT JOIN text_layers t ON t.id = p.active_text_layer_id "
                "WHERE p.document_id = ? AND p.page_index = ?",
                (doc_id, index),
            )
            .one()
        )
    layer = None if row[1] is None else TextLayerId(int(row[1]))
    return PageId(int(row[0])), layer, row[2] or ""


def add_tag(
    lib: Library, name: str, *, parent: str | None = None, tag_uuid: str | None = None
) -> str:
    tag_uuid = tag_uuid or str(uuid.uuid4())
    with lib.transaction() as s:
        conn = s.connection()
        parent_id = None
        if parent is not None:
            parent_id = conn.exec_driver_sql(
                "SELECT id FROM tags WHERE uuid = ?", (parent,)
            ).scalar()
        conn.exec_driver_sql(
            "INSERT INTO tags (uuid, name, colour, parent_id, description, created_at, "
            "modified_at, deleted) VALUES (?,?,?,?,?,?,?,false)",
            (tag_uuid, name, "#f0c419", parent_id, "", db_time(T0), db_time(T0)),
        )
    return tag_uuid


def add_annotation(
    lib: Library,
    doc_id: int,
    page: int,
    kind: str,
    *,
    word: str | None = None,
    region: tuple[float, float, float, float] | None = None,
    body: dict[str, Any] | None = None,
    status: str = "accepted",
    tag: str | None = None,
    ann_uuid: str | None = None,
    minutes: int = 0,
    deleted: bool = False,
    origin: str = "person",
) -> str:
    """Insert an annotation row; ``word`` anchors it to that word of the page's active layer."""
    page_id, layer_id, text = page_info(lib, doc_id, page)
    start = end = None
    quote = prefix = suffix = None
    if word is not None:
        start = text.index(word)
        end = start + len(word)
        quote, prefix, suffix = word, text[max(0, start - 8) : start], text[end : end + 8]
    x, y, w, h = region if region is not None else (None, None, None, None)
    ann_uuid = ann_uuid or str(uuid.uuid4())
    when = db_time(T0 + timedelta(minutes=minutes))
    with lib.transaction() as s:
        conn = s.connection()
        tag_id = None
        if tag is not None:
            tag_id = conn.exec_driver_sql("SELECT id FROM tags WHERE uuid = ?", (tag,)).scalar()
        conn.exec_driver_sql(
            "INSERT INTO annotations (uuid, page_id, kind, status, text_layer_id, start, "
            '"end", quote, prefix, suffix, x, y, w, h, tag_id, body, origin, rule_id, '
            "confidence, author, created_at, modified_at, orphaned, deleted) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,false,?)",
            (
                ann_uuid, page_id, kind, status, layer_id if word else None, start, end,
                quote, prefix, suffix, x, y, w, h, tag_id, json.dumps(body or {}),
                origin, "rule-1" if origin == "detector" else None,
                0.9 if origin == "detector" else None, "tester", db_time(T0), when, deleted,
            ),
        )  # fmt: skip
    return ann_uuid


def add_note_row(lib: Library, doc_id: int, *, author: str = "") -> str:
    """A region-less note on page 1, written quickly (for tests that need many annotations)."""
    note = str(uuid.uuid4())
    with lib.transaction() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO annotations (uuid, page_id, kind, status, body, origin, author, "
            "created_at, modified_at, orphaned, deleted) SELECT ?, id, 'note', 'accepted', "
            "'{\"text\": \"n\"}', 'person', ?, ?, ?, 0, 0 FROM pages "
            "WHERE document_id = ? AND page_index = 0",
            (note, author, db_time(T0), db_time(T0), doc_id),
        )
    return note


def edit_annotation(lib: Library, ann_uuid: str, body: dict[str, Any], minutes: int) -> None:
    """Change a body and its modification time (as an edit on one machine would)."""
    with lib.transaction() as s:
        s.connection().exec_driver_sql(
            "UPDATE annotations SET body = ?, modified_at = ? WHERE uuid = ?",
            (json.dumps(body), db_time(T0 + timedelta(minutes=minutes)), ann_uuid),
        )


def word_box(pdf: Path, page: int, word: str) -> pymupdf.Rect:
    with pymupdf.open(pdf) as doc:
        for w in doc[page].get_text("words"):
            if w[4].strip(".,:") == word:
                return pymupdf.Rect(w[:4])
    raise AssertionError(f"{word} not on page {page}")


def validate(data: Any) -> None:
    """Check an export against the published JSON Schema with the reference validator."""
    jsonschema.Draft202012Validator(load_schema()).validate(data)


def snapshot(lib: Library, *, with_log: bool = True) -> list[Any]:
    """Every row a merge may touch, to show that a refused import changed nothing (the change
    log too, unless ``with_log`` is false: an undo is logged; an annotation's version never:
    an undo is one more write)."""
    out: list[Any] = []
    tables = ["annotations", "tags", "pages", "document_metadata", "page_text_fts"]
    with lib.reading() as s:
        conn = s.connection()
        for table in tables + (["change_log", "library_meta"] if with_log else []):
            if table == "page_text_fts":
                sql = "SELECT rowid, text, corrected FROM page_text_fts ORDER BY rowid"
                out.append(conn.exec_driver_sql(sql).all())
                continue
            if table == "library_meta":
                out.append(conn.exec_driver_sql("SELECT * FROM library_meta ORDER BY key").all())
                continue
            if table == "annotations":  # but its version: a count of writes (an undo is one)
                listed = ", ".join(f'"{c.name}"' for c in Annotation.__table__.columns
                                   if c.name != "version")  # fmt: skip
                out.append(conn.exec_driver_sql(f"SELECT {listed} FROM {table} ORDER BY id").all())
                continue
            out.append(conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id").all())
    return out


def add_many_notes(lib: Library, doc_id: int, count: int, *, regions: bool = False) -> None:
    """``count`` notes "note 0".."note N" on page 1 (uuids from their number), in one insert;
    with ``regions`` each on a small box of its own, in rows of 80."""
    with lib.transaction() as s:
        conn = s.connection()
        page = conn.exec_driver_sql(
            "SELECT id FROM pages WHERE document_id = ? AND page_index = 0", (doc_id,)
        ).scalar()
        conn.exec_driver_sql(
            "INSERT INTO annotations (uuid, page_id, kind, status, x, y, w, h, body, origin, "
            "author, created_at, modified_at, orphaned, deleted) VALUES "
            "(?, ?, 'note', 'accepted', ?, ?, ?, ?, ?, 'person', 'ann', ?, ?, false, false)",
            [
                (f"{i:08x}-0000-4000-8000-{i:012x}", page,
                 *((20 + i % 80 * 7, 20 + i // 80 * 9, 6, 6) if regions else (None,) * 4),
                 json.dumps({"text": f"note {i}"}), db_time(T0), db_time(T0))
                for i in range(count)
            ],
        )  # fmt: skip


def as_version_1(data: dict[str, Any]) -> dict[str, Any]:
    """A set as Redline wrote it before field revisions (format version 1)."""
    plain = {k: v for k, v in data.items()}
    plain["version"] = 1
    plain["annotations"] = [_strip(x) for x in data["annotations"]]
    plain["tags"] = [_strip(t) for t in data["tags"]]
    plain["documents"] = [
        {**d, "pages": [_strip(p) for p in d["pages"]]} for d in data["documents"]
    ]
    return plain


def _strip(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("revisions", "conflicts")}


def conversions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Where each conversion of W3C annotations runs: "worker" (handed to a worker process),
    "here" (a worker's own list is its copy: what it appends is not seen here)."""
    import app.core.exchange.w3c_import as module
    from app.core.exchange import worker

    where: list[str] = []
    run, convert = worker.in_process, module._write_converted

    def in_worker(*args: Any, **kwargs: Any) -> Any:
        where.append("worker")
        return run(*args, **kwargs)

    def here(*args: Any, **kwargs: Any) -> Any:
        where.append("here")
        return convert(*args, **kwargs)

    monkeypatch.setattr(worker, "in_process", in_worker)
    monkeypatch.setattr(module, "_write_converted", here)
    return where
