"""Reading XML that someone else wrote, and checking XML Redline writes against official schemas.

Files from other tools are parsed with lxml configured against the known attacks: no entity
resolution (an external entity naming a local file is never read), no network, no DTD loading,
libxml2's size limits kept (``huge_tree`` off: no text node over 10 MB, no nesting deeper than 256)
and its entity-amplification guard. A document that declares entities is refused outright: no OCR
format needs them. Every failure is one :class:`XmlFileError` line naming the file.

The schemas (ALTO 4.4, PAGE 2019-07-15) are the official files shipped in ``resources/schemas``;
ALTO's import of the XLink schema from loc.gov is resolved to the local ``xlink.xsd``.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from lxml import etree

from app.core.errors import RedlineError
from app.core.resources import resource_path
from app.core.wording import translate

MAX_BYTES = 256 * 1024 * 1024  # an OCR file larger than this is refused before it is read
XLINK_URL = "http://www.loc.gov/standards/xlink/xlink.xsd"
SCHEMAS = {"alto": "alto-4-4.xsd", "page": "pagecontent-2019-07-15.xsd"}


class XmlFileError(RedlineError):
    """A file that cannot be read as the XML it should be; nothing was changed."""


class UnsafeXmlError(XmlFileError):
    """XML refused for what it would make a parser do: declare entities, pass a size limit."""


def _xml_parser() -> etree.XMLParser:
    # A new parser per call: lxml parsers must not be shared between threads.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )  # not collect_ids=False: with it, libxml2 tries to load an external DTD (and is refused)


def _html_parser() -> etree.HTMLParser:
    return etree.HTMLParser(no_network=True, huge_tree=False, remove_comments=True, remove_pis=True)


def read_limited(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``; a file over ``max_bytes`` or unreadable is one error line, and so is
    a device, a pipe or a folder, unread (a pipe with no writer hung ``attach-text``, and
    ``/dev/zero`` was read without end)."""
    try:
        if path.exists() and not path.is_file():
            raise XmlFileError(
                translate(
                    "Redline", "{name} is not a regular file (a device, pipe or folder)"
                ).format(name=path)  # as given: "zero" said nothing of /dev/zero
            )
        size = path.stat().st_size
        if size > max_bytes:
            raise XmlFileError(
                translate(
                    "Redline",
                    "{name} is {value:.1f} MB; OCR files over {value2:.0f} MB are refused",
                ).format(name=path.name, value=size / 1e6, value2=max_bytes / 1e6)
            )
        return path.read_bytes()
    except OSError as exc:
        raise XmlFileError(
            translate("Redline", "cannot read {path}: {value}").format(
                path=path, value=exc.strerror or exc
            )
        ) from exc


def _refuse_entities(tree: Any, name: str) -> None:
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise UnsafeXmlError(
            translate(
                "Redline", "{name} declares XML entities, which Redline does not read (refused)"
            ).format(name=name)
        )


def _syntax_error(exc: etree.XMLSyntaxError, name: str) -> XmlFileError:
    text = str(exc.msg or exc).split(", line")[0].rstrip(".")
    low = text.lower()
    if "entit" in low and "not defined" not in low:  # an undefined one is HTML's &nbsp; in XML
        return UnsafeXmlError(
            f"{name} declares XML entities, which Redline does not read (refused)"
        )
    if any(w in low for w in ("huge", "too long", "depth", "limit")):
        return UnsafeXmlError(f"{name} goes beyond the XML parser's safety limits ({text})")
    line = f" (line {exc.lineno})" if exc.lineno else ""
    return XmlFileError(f"{name} is not well-formed XML: {text}{line}")


def parse_xml(raw: bytes, name: str) -> Any:
    """Parse ``raw`` as XML safely and return its root element; raise XmlFileError if bad."""
    try:
        root = etree.fromstring(raw, _xml_parser())
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, name) from exc
    if root is None:
        raise XmlFileError(translate("Redline", "{name} holds no XML element").format(name=name))
    _refuse_entities(root.getroottree(), name)
    return root


def parse_html(raw: bytes, name: str) -> Any:
    """Parse ``raw`` as HTML (for hOCR that is not well-formed XHTML); root element or error."""
    try:
        root = etree.fromstring(raw, _html_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise XmlFileError(
            translate("Redline", "{name} cannot be read as HTML: {exc}").format(name=name, exc=exc)
        ) from exc
    if root is None:
        raise XmlFileError(translate("Redline", "{name} holds no HTML element").format(name=name))
    return root


class _LocalSchemas(etree.Resolver):  # type: ignore[misc]  # (lxml has no type hints)
    """Resolves ALTO's import of loc.gov's XLink schema to the copy in resources/schemas."""

    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:
        if system_url == XLINK_URL:
            return self.resolve_filename(str(schema_path("xlink.xsd")), context)
        return None


def schema_path(name: str) -> Path:
    return resource_path("schemas", name)


_LOADED = threading.local()  # validators are not shared between threads: one set per thread


def _schema(kind: str) -> etree.XMLSchema:
    loaded: dict[str, etree.XMLSchema] = _LOADED.__dict__.setdefault("schemas", {})
    if kind not in loaded:
        parser = _xml_parser()
        parser.resolvers.add(_LocalSchemas())
        loaded[kind] = etree.XMLSchema(etree.parse(str(schema_path(SCHEMAS[kind])), parser))
    return loaded[kind]


def schema_errors(kind: str, root: Any, limit: int = 5) -> list[str]:
    """Where ``root`` breaks the official ``kind`` schema (``alto`` or ``page``); [] if valid."""
    schema = _schema(kind)
    if schema.validate(root):
        return []
    return [f"line {e.line}: {e.message}" for e in list(schema.error_log)[:limit]]
