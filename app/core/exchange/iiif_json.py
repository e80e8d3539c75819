"""The JSON resources of a IIIF Presentation 3 export: collection, manifests, canvases and the
annotation pages that hang off them (see :mod:`app.core.exchange.iiif` for the folder)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import Any

from app.core.documents.metadata import FIELDS
from app.core.exchange.canvas import PageSpace, PublishedIds

CONTEXT = "http://iiif.io/api/presentation/3/context.json"
# IIIF's ``rights`` takes only these (Presentation 3, section 3.3.1).
_RIGHTS = re.compile(
    r"^https?://(creativecommons\.org/(licenses|publicdomain)/|rightsstatements\.org/vocab/)\S+$"
)
_LABELS = dict(FIELDS)


def plain(value: str) -> str:
    """Text for a IIIF value: one that looks like HTML (``<...>``) is escaped inside a span,
    so that a viewer shows it as written and runs nothing."""
    value = str(value)
    if value.startswith("<") and value.endswith(">"):
        return f"<span>{html.escape(value)}</span>"
    return value


def label(text: str, language: str = "none") -> dict[str, list[str]]:
    return {language: [plain(text)]}


def metadata_entries(metadata: dict[str, Any], source_name: str) -> list[dict[str, Any]]:
    """The document's metadata as IIIF label/value pairs (the dialog's labels where known)."""
    out = [
        {"label": label(_LABELS.get(key, key.replace("_", " ").capitalize()), "en"),
         "value": label(entry["value"])}
        for key, entry in sorted(metadata.items())
        if key != "rights" and entry.get("value")
    ]  # fmt: skip
    out.append({"label": label("Source file", "en"), "value": label(source_name)})
    return out


def rights_of(metadata: dict[str, Any]) -> str | None:
    """The ``rights`` URL, when a person gave one IIIF accepts (Creative Commons or
    RightsStatements.org); otherwise the manifest states none."""
    value = str(metadata.get("rights", {}).get("value", "")).strip()
    return value if _RIGHTS.match(value) else None


def canvas(page: PageSpace, doc: str, *, annotations: bool, lines: bool) -> dict[str, Any]:
    """One page as a Canvas: its image painted on it, its annotation pages, its text."""
    width, height = page.size
    ids, c = page.ids, page.canvas
    image = {
        "id": ids.image(doc, page.index),
        "type": "Image",
        "format": "image/jpeg",
        "width": width,
        "height": height,
    }
    painting = {
        "id": f"{c}/painting",
        "type": "Annotation",
        "motivation": "painting",
        "body": image,
        "target": c,
    }
    out: dict[str, Any] = {
        "id": c,
        "type": "Canvas",
        "label": label(str(page.index + 1)),
        "width": width,
        "height": height,
        "items": [{"id": f"{c}/page", "type": "AnnotationPage", "items": [painting]}],
    }
    pages: list[dict[str, Any]] = []
    if annotations:
        pages.append({"id": ids.annotation_page(doc, page.index), "type": "AnnotationPage"})
    if lines:
        pages.append(
            {
                "id": ids.lines_page(doc, page.index),
                "type": "AnnotationPage",
                "label": label("Page text (OCR lines)", "en"),
            }
        )
    if pages:
        out["annotations"] = pages
    if page.raw_text:
        out["rendering"] = [
            {
                "id": page.text_id,
                "type": "Text",
                "label": label("Page text", "en"),
                "format": "text/plain",
            }
        ]
    return out


def manifest(
    ids: PublishedIds,
    doc: dict[str, Any],
    canvases: Sequence[dict[str, Any]],
) -> dict[str, Any]:
    """A document as a Manifest (``doc``: uuid, title, source_name, metadata)."""
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "id": ids.manifest(doc["uuid"]),
        "type": "Manifest",
        "label": label(doc["title"]),
        "metadata": metadata_entries(doc["metadata"], doc["source_name"]),
        "partOf": [{"id": ids.collection(), "type": "Collection"}],
        "items": list(canvases),
    }
    rights = rights_of(doc["metadata"])
    if rights is not None:
        out["rights"] = rights
    return out


def collection(
    ids: PublishedIds, title: str, documents: Iterable[tuple[str, str]]
) -> dict[str, Any]:
    """The collection of every manifest of the export (``documents``: uuid, title)."""
    return {
        "@context": CONTEXT,
        "id": ids.collection(),
        "type": "Collection",
        "label": label(title, "en"),
        "items": [
            {"id": ids.manifest(uuid), "type": "Manifest", "label": label(name)}
            for uuid, name in documents
        ],
    }


def annotation_page(page_id: str, items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return {"@context": CONTEXT, "id": page_id, "type": "AnnotationPage", "items": list(items)}


def line_annotations(page: PageSpace, page_id: str) -> list[dict[str, Any]]:
    """The page's OCR lines as ``supplementing`` annotations on their boxes."""
    out = []
    for k, (text, box) in enumerate(page.lines(), start=1):
        x, y, w, h = page.pixels(box)
        if not w or not h:
            continue
        out.append(
            {
                "id": f"{page_id}#line-{k}",
                "type": "Annotation",
                "motivation": "supplementing",
                "body": {"type": "TextualBody", "value": text, "format": "text/plain"},
                "target": f"{page.canvas}#xywh={x},{y},{w},{h}",
            }
        )
    return out
