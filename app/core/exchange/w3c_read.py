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
from app.core.exchange.record_rules import InvalidAnnotationSet, shortened
from app.core.wording import Message, translate

SKIPPED_MOTIVATIONS = {"painting", "supplementing"}
_DOCUMENT = re.compile(rf"{UUID_PATTERN}/")


def load_json(path: Path, *, max_bytes: int = MAX_BYTES) -> Any:
    """A JSON file, refused with one clear message when it is not a regular file, too large
    (:func:`read_bounded` checks both before reading), empty, not UTF-8 or not JSON."""
    raw = read_bounded(path, max_bytes)
    if not raw.removeprefix(b"\xef\xbb\xbf").strip():  # (as `redline import` says it)
        raise InvalidAnnotationSet(
            translate("Redline", "{name} is empty (0 bytes)").format(name=path.name)
            if not raw
            else translate("Redline", "{name} is empty ({size} bytes, only white space)").format(
                name=path.name, size=len(raw)
            )
        )
    return decode_json(raw, name=path.name)


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
    return kind in ("Collection", "Manifest") or (kind == "AnnotationPage" and "items" not in data)


def what(value: Any) -> Message:
    """What kind of JSON value ``value`` is, as a refusal says it ("a number")."""
    if value is None:
        return translate("Redline", "null")
    if isinstance(value, bool):
        return translate("Redline", "true or false")
    if isinstance(value, (int, float)):
        return translate("Redline", "a number")
    if isinstance(value, str):
        return translate("Redline", "a text")
    if isinstance(value, list):
        return translate("Redline", "a list")
    return translate("Redline", "an object")


def _listed(container: dict[str, Any], key: str, where: str | Message) -> list[Any]:
    """``container[key]``, which W3C and IIIF make a list (absent: none); anything else is
    refused, naming ``where`` (an AnnotationPage's ``"items": "nope"`` changed nothing, and
    said so, as if the file were empty)."""
    if key not in container:
        return []
    value = container[key]
    if not isinstance(value, list):
        raise InvalidAnnotationSet(
            translate("Redline", "{where}: its {key} are {what}, not a list").format(
                where=where, key=key, what=what(value)
            )
        )
    return value


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


def _page_items(
    page: dict[str, Any], folder: Path, where: str | Message | None = None
) -> list[Any]:
    if "items" in page:
        return _listed(page, "items", where or translate("Redline", "the AnnotationPage"))
    page_id = str(page.get("id", ""))
    path = _own_file(folder, page_id)
    if path is None:
        raise InvalidAnnotationSet(
            translate("Redline", "the annotation page {id} is not in the folder {folder}").format(
                id=shortened(page_id), folder=folder
            )
        )
    loaded = load_json(path)
    if not isinstance(loaded, dict) or not isinstance(loaded.get("items"), list):
        raise InvalidAnnotationSet(
            translate("Redline", "{name} is not an AnnotationPage").format(name=path.name)
        )
    return list(loaded["items"])


def _from_manifest(data: dict[str, Any], folder: Path) -> Iterator[Any]:
    for n, canvas in enumerate(_listed(data, "items", translate("Redline", "the manifest")), 1):
        if not isinstance(canvas, dict):
            continue
        where = translate("Redline", "the manifest's canvas {n}").format(n=n)
        for page in _listed(canvas, "annotations", where):
            if isinstance(page, dict):
                yield from _page_items(page, folder, where)


def _from_collection(data: dict[str, Any], folder: Path) -> Iterator[Any]:
    for item in _listed(data, "items", translate("Redline", "the collection")):
        if not isinstance(item, dict):
            continue
        if _type(item) == "Manifest" and not item.get("items"):
            path = _own_file(folder, str(item.get("id", "")))
            if path is None:
                raise InvalidAnnotationSet(
                    translate("Redline", "the manifest {id} is not in {folder}").format(
                        id=shortened(str(item.get("id"))), folder=folder
                    )
                )
            yield from _from_manifest(load_json(path), folder)
        else:
            yield from _annotations(item, folder)


def _from_annotation_collection(data: dict[str, Any], folder: Path) -> Iterator[Any]:
    page, n = data.get("first"), 1
    while isinstance(page, dict):
        where = (
            translate("Redline", "the collection's first page")
            if n == 1
            else translate("Redline", "the collection's page {n}").format(n=n)
        )
        yield from _listed(page, "items", where)
        page, n = page.get("next"), n + 1
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


def _check_body(annotation: dict[str, Any]) -> None:
    """Refuse a body W3C does not allow (Web Annotation Data Model 3.2): an annotation's body
    is an object, a link (a text), a list of those, or absent; never a number, true or false,
    or null (a body of 42 was read as no body, and the redaction it named lost its codes)."""
    if "body" not in annotation:
        return
    body = annotation["body"]
    bad: Message | None = None
    if isinstance(body, list):
        for n, one in enumerate(body, 1):
            if not isinstance(one, (dict, str)):
                bad = translate("Redline", "its body {n} is {what}").format(n=n, what=what(one))
                break
    elif not isinstance(body, (dict, str)):
        bad = translate("Redline", "its body is {what}").format(what=what(body))
    if bad is not None:
        name = shortened(str(annotation.get("id", "")))
        raise InvalidAnnotationSet(
            translate(
                "Redline",
                "annotation {name}: {problem}; W3C allows an object, a link or a list of them",
            ).format(name=name, problem=bad)
        )


def read_annotations(data: Any, folder: Path, name: str = "the file") -> list[dict[str, Any]]:
    """The annotations a person made in a parsed W3C or IIIF file (``folder``: where it lies;
    ``name``: what refusals call it). A body W3C does not allow refuses the file
    (:func:`_check_body`), and so does a list of which nothing is an annotation."""
    found, seen = [], False
    for item in _annotations(data, folder):
        if not isinstance(item, dict) or _type(item) != "Annotation":
            continue
        _check_body(item)
        seen = True
        if _motivations(item) & SKIPPED_MOTIVATIONS:
            continue
        found.append(item)
    if isinstance(data, list) and data and not seen:
        first = data[0]
        said = (
            translate("Redline", "an object that is not an Annotation")
            if isinstance(first, dict)
            else what(first)
        )
        raise InvalidAnnotationSet(
            translate("Redline", "{name} holds no annotations: item 1 is {what}").format(
                name=name, what=said
            )
        )
    return found
