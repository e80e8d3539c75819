"""SQLAlchemy models of a Redline library.

Coordinates are PDF points of the *unrotated* page, origin at the top-left, y growing downwards
(PyMuPDF's convention). Text offsets are Unicode code points into a text layer's ``text``.
Every table that people edit and that merges carry has a ``uuid`` and timestamps; deletions of
annotations and tags are tombstones (``deleted``) so that a merge can carry them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class LibraryMeta(Base):
    """Key/value facts about the library itself (e.g. the Redline version that last wrote it)."""

    __tablename__ = "library_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(Text)
    source_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source_name: Mapped[str] = mapped_column(Text)  # original file name, never a path
    source_kind: Mapped[str] = mapped_column(String(16))  # pdf | image
    source_size: Mapped[int] = mapped_column(Integer)
    page_count: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    modified_at: Mapped[datetime] = mapped_column(DateTime)


class DocumentMetadata(Base):
    """One metadata value of a document, remembering whether a person or a detector set it."""

    __tablename__ = "document_metadata"
    __table_args__ = (UniqueConstraint("document_id", "key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))  # case_number, classification, memo_subject, ...
    value: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16))  # person | detector
    rule_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    author: Mapped[str | None] = mapped_column(Text, nullable=True)
    modified_at: Mapped[datetime] = mapped_column(DateTime)


class Page(Base):
    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("document_id", "page_index"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    page_index: Mapped[int] = mapped_column(Integer)  # 0-based
    width: Mapped[float] = mapped_column(Float)  # PDF points, unrotated
    height: Mapped[float] = mapped_column(Float)
    rotation: Mapped[int] = mapped_column(Integer, default=0)  # 0, 90, 180, 270 (clockwise)
    needs_ocr: Mapped[bool] = mapped_column(Boolean, default=False)
    active_text_layer_id: Mapped[int | None] = mapped_column(
        ForeignKey("text_layers.id", ondelete="SET NULL", use_alter=True), nullable=True
    )
    review_status: Mapped[str] = mapped_column(String(16), default="unreviewed")
    reviewed_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revisions: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON, see Annotation
    conflicts: Mapped[str | None] = mapped_column(Text, nullable=True)


class TextLayer(Base):
    """One reading of a page's text: the PDF's own layer, a Tesseract run, or an imported text."""

    __tablename__ = "text_layers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(32))  # pdf-text-layer | tesseract | imported-text
    engine: Mapped[str | None] = mapped_column(String(64), nullable=True)
    engine_version: Mapped[str | None] = mapped_column(String(64), nullable=True)
    language: Mapped[str | None] = mapped_column(String(64), nullable=True)
    dpi: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # the name (no folder) of the file an imported layer was read from (ALTO, PAGE, hOCR, text)
    source_file: Mapped[str | None] = mapped_column(Text, nullable=True)


class LayerWords(Base):
    """A text layer's words, packed into one BLOB (format in :mod:`db.wordpack`).

    Each word has its span in the layer text (code points) and, where known, its box on the page,
    the engine's confidence and block/line/word numbers. Words are always read a whole layer at a
    time, so one row per layer replaces a row per word. A layer without words has no row.
    """

    __tablename__ = "layer_words"
    text_layer_id: Mapped[int] = mapped_column(
        ForeignKey("text_layers.id", ondelete="CASCADE"), primary_key=True
    )
    count: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(16), default="#f0c419")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("tags.id", ondelete="SET NULL"), nullable=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    modified_at: Mapped[datetime] = mapped_column(DateTime)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    revisions: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON, see Annotation
    conflicts: Mapped[str | None] = mapped_column(Text, nullable=True)


class Annotation(Base):
    """A correction, tag, marking, redaction or note on a page.

    Anchors: a text span (``text_layer_id``, ``start``/``end`` code points, ``quote``, ``prefix``,
    ``suffix``) and/or a region (``x``, ``y``, ``w``, ``h`` in PDF points of the unrotated page).
    ``body`` is JSON whose shape depends on ``kind`` (see docs/export-format.md).

    ``revisions`` (JSON, NULL: none) maps each field changed since it was made to the version of
    its value, and ``conflicts`` (JSON, NULL: none) each field two libraries changed differently
    to the other side's values; see app/core/annotating/revisions.py. Tags and pages have both.
    """

    __tablename__ = "annotations"
    __table_args__ = (
        Index("ix_annotations_page", "page_id", "deleted"),
        Index("ix_annotations_kind_status", "kind", "status"),
        Index("ix_annotations_conflicts", "id", sqlite_where=text("conflicts IS NOT NULL")),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # correction | tag | marking | redaction | note
    status: Mapped[str] = mapped_column(
        String(16), default="accepted"
    )  # proposed|accepted|rejected
    text_layer_id: Mapped[int | None] = mapped_column(
        ForeignKey("text_layers.id", ondelete="SET NULL"), nullable=True
    )
    start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    quote: Mapped[str | None] = mapped_column(Text, nullable=True)
    prefix: Mapped[str | None] = mapped_column(Text, nullable=True)
    suffix: Mapped[str | None] = mapped_column(Text, nullable=True)
    x: Mapped[float | None] = mapped_column(Float, nullable=True)
    y: Mapped[float | None] = mapped_column(Float, nullable=True)
    w: Mapped[float | None] = mapped_column(Float, nullable=True)
    h: Mapped[float | None] = mapped_column(Float, nullable=True)
    tag_id: Mapped[int | None] = mapped_column(
        ForeignKey("tags.id", ondelete="SET NULL"), nullable=True, index=True
    )
    body: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    origin: Mapped[str] = mapped_column(String(16), default="person")  # person | detector | import
    rule_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    author: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    modified_at: Mapped[datetime] = mapped_column(DateTime)
    orphaned: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    revisions: Mapped[str | None] = mapped_column(Text, nullable=True)
    conflicts: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Counts the writes of this annotation; every write compares and sets it (many writers).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class SourceChunk(Base):
    """An imported file's bytes in order, under its SHA-256: a server library's sources (a folder
    library keeps them in ``sources/``). Written and read a chunk at a time, never whole."""

    __tablename__ = "source_chunks"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ChangeLog(Base):
    """Who changed what, when, from what to what: provenance and the facts a merge needs."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_uuid"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(Text, default="")
    entity: Mapped[str] = mapped_column(String(32))  # annotation | tag | page | document_metadata
    entity_uuid: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(16))  # create | update | delete | restore | merge
    before: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    after: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
