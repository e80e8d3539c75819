"""Reading the W3C annotations out of a file someone sends back: a W3C AnnotationCollection,
an AnnotationPage, one Annotation, a JSON list of annotations (what Annotorious'
``getAnnotations()`` gives), or a Manifest or Collection of a Redline IIIF export folder, whose
annotation pages are read from the same folder. Painting and supplementing annotations (the page
images and OCR lines of an export) are not annotations a person made, and are passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.core.exchange.bounded_read import MAX_BYTES, decode_json, read_bounded
from app.core.exchange.canvas import UUID_PATTERN
from app.core.exchange.record_rules import InvalidAnnotationSet
from app.core.wording import translate

SKIPPED_MOTIVATIONS = {"painting", "supplementing"}
_DOCUMENT = re.compile(rf"{UUID_PATTERN}/")


def load_json(path: Path, *, max_bytes: int = MAX_BYTES) -> Any:
    """A JSON file, refused with one clear message when it is not a regular file, too large
    (:func:`read_bounded` checks both before reading), not UTF-8 or not JSON."""
    return decode_json(read_bounded(path, max_bytes), name=path.name)


def kind_of(data: Any) -> str:
    """What a parsed file is: 'redline' (a Redline JSON set), 'w3c' or 'unknown'."""
    if isinstance(data, dict) and data.get("format") == "redline-annotations":
        return "redline"
    if isinstance(data, list) or (isinstance(data, dict) and _type(data) in _READERS):
        return "w3c"
    return "unknown"


def refers_to_files(data: Any) -> bool:
    """Whether a parsed file names other files whose annotations it holds: a IIIF collection
    or manifest, or an annotation page without its items (a Redline IIIF export's)."""
    kind = _type(data) if isinstance(data, dict) else ""
    return kind in ("Collection", "Manifest") or (
        kind == "AnnotationPage" and not isinstance(data.get("items"), list)
    )


def _type(value: dict[str, Any]) -> str:
    kind = value.get("type", value.get("@type", ""))
    return str(kind).split(":")[-1] if isinstance(kind, str) else ""


def _motivations(annotation: dict[str, Any]) -> set[str]:
    value = annotation.get("motivation", [])
    values = value if isinstance(value, list) else [value]
    return {str(v).split(":")[-1] for v in values if isinstance(v, str)}


def _own_file(folder: Path, resource_id: str) -> Path | None:
    """The file of a Redline IIIF export folder that a (relative or absolute) id names: the
    part from the document's uuid on, whatever base URL comes before it."""
    resource_id = resource_id.split("#", 1)[0]
    found = list(_DOCUMENT.finditer(resource_id))
    if not found:
        return None
    root = folder.parent if _DOCUMENT.fullmatch(folder.name + "/") else folder  # a manifest's
    path = (root / resource_id[found[-1].start() :]).resolve()
    return path if path.is_relative_to(root.resolve()) and path.is_file() else None


def _page_items(page: dict[str, Any], folder: Path) -> list[Any]:
    items = page.get("items")
    if isinstance(items, list):
        return items
    page_id = str(page.get("id", ""))
    path = _own_file(folder, page_id)
    if path is None:
        raise InvalidAnnotationSet(
            translate("Redline", "the annotation page {id} is not in the folder {folder}").format(
                id=page_id, folder=folder
            )
        )
    loaded = load_json(path)
    if not isinstance(loaded, dict) or not isinstance(loaded.get("items"), list):
        raise InvalidAnnotationSet(
            translate("Redline", "{name} is not an AnnotationPage").format(name=path.name)
        )
    return list(loaded["items"])


def _from_manifest(data: dict[str, Any], folder: Path) -> Iterator[Any]:
    for canvas in data.get("items") or []:
        if not isinstance(canvas, dict):
            continue
        for page in canvas.get("annotations") or []:
            if isinstance(page, dict):
                yield from _page_items(page, folder)


def _from_collection(data: dict[str, Any], folder: Path) -> Iterator[Any]:
    for item in data.get("items") or []:
        if not isinstance(item, dict):
            continue
        if _type(item) == "Manifest" and not item.get("items"):
            path = _own_file(folder, str(item.get("id", "")))
            if path is None:
                raise InvalidAnnotationSet(
                    translate("Redline", "the manifest {id} is not in {folder}").format(
                        id=item.get("id"), folder=folder
                    )
                )
            yield from _from_manifest(load_json(path), folder)
        else:
            yield from _annotations(item, folder)


def _from_annotation_collection(data: dict[str, Any], folder: Path) -> Iterator[Any]:
    page = data.get("first")
    while isinstance(page, dict):
        yield from page.get("items") or []
        page = page.get("next")
    if isinstance(page, str) and page:
        raise InvalidAnnotationSet(
            translate("Redline", "the collection's pages are not in the file (only linked)")
        )


def _annotations(data: Any, folder: Path) -> Iterator[Any]:
    if isinstance(data, list):
        yield from data
        return
    reader = _READERS.get(_type(data)) if isinstance(data, dict) else None
    if reader is not None:
        yield from reader(data, folder)


_READERS = {
    "Annotation": lambda data, folder: iter([data]),
    "AnnotationPage": lambda data, folder: iter(_page_items(data, folder)),
    "AnnotationCollection": _from_annotation_collection,
    "Manifest": _from_manifest,
    "Collection": _from_collection,
}


def read_annotations(data: Any, folder: Path) -> list[dict[str, Any]]:
    """The annotations a person made in a parsed W3C or IIIF file (``folder``: where it lies)."""
    found = []
    for item in _annotations(data, folder):
        if not isinstance(item, dict) or _type(item) != "Annotation":
            continue
        if _motivations(item) & SKIPPED_MOTIVATIONS:
            continue
        found.append(item)
    return found
