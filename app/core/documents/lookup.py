"""Finding documents: by the names people use (``resolve_document``), and all of them. What a
document holds is read by :mod:`app.core.documents.queries`."""

from __future__ import annotations

import re

from app.core.errors import NotFoundError
from app.core.ids import DocumentId
from app.core.wording import translate
from db.reading import LibraryReader


def resolve_document(lib: LibraryReader, ref: str) -> DocumentId:
    """A document from its id, uuid, SHA-256 (or a prefix of 8+), title or original file name."""
    ref = ref.strip()
    conds = ["title = ?", "source_name = ?", "uuid = ?"]
    params: list[str | int] = [ref, ref, ref.lower()]
    if ref.isdigit():
        conds.append("id = ?")
        params.append(int(ref))
    if re.fullmatch(r"[0-9a-fA-F]{8,64}", ref):
        conds.append("source_sha256 LIKE ?")  # (hex digits only: nothing to escape)
        params.append(ref.lower() + "%")
    sql = f"SELECT id FROM documents WHERE {' OR '.join(conds)} LIMIT 2"
    with lib.reading() as s:
        ids = list(s.connection().exec_driver_sql(sql, tuple(params)).scalars())
    if not ids:
        raise NotFoundError(
            translate("Redline", "No document “{ref}” in the library (try `redline list`).").format(
                ref=ref
            )
        )
    if len(ids) > 1:
        raise NotFoundError(
            translate(
                "Redline", "“{ref}” names more than one document; use its id from `redline list`."
            ).format(ref=ref)
        )
    return DocumentId(ids[0])


def all_document_ids(lib: LibraryReader) -> list[DocumentId]:
    """Every document, in import order (the library table pages through its own query)."""
    with lib.reading() as s:
        rows = s.connection().exec_driver_sql("SELECT id FROM documents ORDER BY id")
        return [DocumentId(i) for i in rows.scalars()]
