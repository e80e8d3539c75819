"""A document's metadata values (case number, classification, memo lines, …) and who set each:
read them for the metadata dialog, and let a person change them.

A value a person sets gets origin ``person`` (the detector never overwrites those); each change
writes a ``document_metadata`` row of the change log (entity uuid: the document's uuid), in one
transaction for the whole edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, cast

from app.core.calls import library_call
from app.core.errors import NotFoundError
from app.core.ids import DocumentId
from app.core.wording import translate
from db.reading import LibraryReader

if TYPE_CHECKING:
    from app.core.library import Library

FIELDS: tuple[tuple[str, str], ...] = (
    ("classification", "Highest classification"),
    ("release_status", "Release status"),
    ("release_date", "Release date"),
    ("case_number", "Case number"),
    ("document_number", "Document number"),
    ("agency", "Agency"),
    ("classified_by", "Classified by"),
    ("classification_reasons", "Classification reasons"),
    ("declassify_on", "Declassify on"),
    ("memo_date", "Date"),
    ("memo_from", "From"),
    ("memo_to", "To"),
    ("memo_subject", "Subject"),
    # A Creative Commons or RightsStatements.org URL: the IIIF export's ``rights``.
    ("rights", "Rights (licence URL)"),
)
"""The keys the dialog always offers, in its order, with their labels."""


MetadataOrigin = Literal["person", "detector"]


@dataclass(frozen=True, slots=True)
class MetadataValue:
    """One metadata value and who set it: a person (``author``), or the detector (with the rule
    it came from and how sure it is). The detector makes them, the dialog and the CLI show them."""

    value: str
    origin: MetadataOrigin
    rule_id: str | None = None
    confidence: float | None = None
    author: str | None = None


@library_call
def document_metadata_entries(lib: LibraryReader, doc_id: DocumentId) -> dict[str, MetadataValue]:
    """Every metadata value the document has, by key (in key order)."""
    with lib.reading() as s:
        rows = (
            s.connection()
            .exec_driver_sql(
                "SELECT key, value, origin, rule_id, confidence, author FROM document_metadata "
                "WHERE document_id = ? ORDER BY key",
                (doc_id,),
            )
            .all()
        )
    return {str(r[0]): MetadataValue(str(r[1]), cast(MetadataOrigin, r[2]), *r[3:]) for r in rows}


def _state(row: Any) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"value": row[0], "origin": row[1], "rule_id": row[2], "confidence": row[3]}


@library_call
def set_document_metadata(
    lib: Library, doc_id: DocumentId, values: dict[str, str], *, author: str = ""
) -> list[str]:
    """Set the given keys (an empty value removes the key) as a person; return the keys changed."""
    from app.core.changelog import log_many, utcnow  # (SQLAlchemy: `redline info` reads only)

    changed: list[str] = []
    now = utcnow()
    with lib.transaction() as session:
        conn = session.connection()
        doc = conn.exec_driver_sql("SELECT uuid FROM documents WHERE id = ?", (doc_id,)).first()
        if doc is None:
            raise NotFoundError(
                translate("Redline", "No document with id {doc_id}.").format(doc_id=doc_id)
            )
        log: list[tuple[str, str, str, Any, Any]] = []
        for key, raw in values.items():
            value = raw.strip()
            row = conn.exec_driver_sql(
                "SELECT value, origin, rule_id, confidence FROM document_metadata "
                "WHERE document_id = ? AND key = ?",
                (doc_id, key),
            ).first()
            if (row is None and not value) or (row is not None and row[0] == value):
                continue
            conn.exec_driver_sql(
                "DELETE FROM document_metadata WHERE document_id = ? AND key = ?", (doc_id, key)
            )
            after = None
            if value:
                conn.exec_driver_sql(
                    "INSERT INTO document_metadata (document_id, key, value, origin, rule_id, "
                    "confidence, author, modified_at) VALUES (?, ?, ?, 'person', NULL, NULL, ?, ?)",
                    (doc_id, key, value, author or None, now),
                )
                after = {"key": key, "value": value, "origin": "person"}
            before = _state(row)
            action = "create" if before is None else ("delete" if after is None else "update")
            log.append(
                ("document_metadata", str(doc[0]), action, before and {"key": key, **before}, after)
            )
            changed.append(key)
        log_many(session, log, author=author, at=now)
    return changed
