"""Finding documents: by the names people use (``resolve_document``), and all of them. What a
document holds is read by :mod:`app.core.documents.queries`."""

from __future__ import annotations

import re

from sqlalchemy import or_, select

from app.core.errors import NotFoundError
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.wording import translate
from db.models import Document


def resolve_document(lib: Library, ref: str) -> DocumentId:
    """A document from its id, uuid, SHA-256 (or a prefix of 8+), title or original file name."""
    ref = ref.strip()
    conds = [Document.title == ref, Document.source_name == ref, Document.uuid == ref.lower()]
    if ref.isdigit():
        conds.append(Document.id == int(ref))
    if re.fullmatch(r"[0-9a-fA-F]{8,64}", ref):
        conds.append(Document.source_sha256.startswith(ref.lower()))
    with lib.reading() as s:
        ids = s.scalars(select(Document.id).where(or_(*conds)).limit(2)).all()
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


def all_document_ids(lib: Library) -> list[DocumentId]:
    """Every document, in import order (the library table pages through its own query)."""
    with lib.reading() as s:
        return [DocumentId(i) for i in s.scalars(select(Document.id).order_by(Document.id))]
