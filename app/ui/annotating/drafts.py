"""What an open annotation form holds, kept as a draft as it is typed, so that a form open when
the process is killed (a crash, a power cut) loses nothing: the next window on that library
offers it back, in its form, and it is gone once saved or cancelled on purpose.

Where it lives: a file per library and person in the ``drafts`` folder beside the window's
settings (``~/.config/Redline/drafts`` on Linux), not in the library. A draft is one person's
unfinished typing on one machine: kept in the library it would need a schema change, a write to
a team server every few hundred milliseconds of typing (the window must not wait on it, and a
reader's role may not write at all) and care that no other reviewer ever reads it; beside the
settings it is the person's own by where it is, like the rest of what the window remembers. The
file is named by the library (its folder, or its address without a password) and the person's
name, so two libraries, or two reviewers sharing one account, never see each other's. It does
not follow a library folder copied to another machine; nothing typed is lost on this one.

Writing: :class:`DraftKeeper` waits :data:`KEEP_AFTER_MS` after the last change, then hands the
form's fields to :func:`writer`, whose one thread writes them (a temporary file, flushed to
the disk, renamed over the draft), so the window's thread never waits on the disk.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from app.core.annotating.records import Region, Span
from app.core.ids import DocumentId, PageId, TextLayerId
from app.ui.annotating.editor import AnnotationDialog
from app.ui.base import settings as S

log = logging.getLogger(__name__)

KEEP_AFTER_MS = 300  # a draft is written this long after the last key (not at every key)
FOLDER = "drafts"


@dataclass(frozen=True)
class Draft:
    """An annotation form's content and what it is about: a new annotation's page and anchors,
    or the annotation being edited (``editing``)."""

    library: str
    author: str
    kind: str
    document: int
    title: str  # the document's, to name it without asking the library
    page: int  # 0-based
    page_id: int
    quote: str = ""
    text: tuple[int, int, int | None] | None = None  # a text anchor: start, end, layer
    region: tuple[float, float, float, float] | None = None
    editing: str | None = None  # the annotation's uuid
    fields: dict[str, Any] = field(default_factory=dict)  # AnnotationDialog.typed()
    written: str = ""  # ISO time, UTC

    def anchors(self) -> dict[str, Any]:
        """The anchors to make the annotation with (``create_annotation``'s keywords)."""
        out: dict[str, Any] = {}
        if self.text is not None:
            start, end, layer = self.text
            out["text"] = Span(start, end, None if layer is None else TextLayerId(layer))
        if self.region is not None:
            out["region"] = Region(*self.region)
        return out

    @property
    def document_id(self) -> DocumentId:
        return DocumentId(self.document)

    @property
    def page_key(self) -> PageId:
        return PageId(self.page_id)


def anchors_of(anchors: dict[str, Any]) -> dict[str, Any]:
    """``Draft`` fields for ``create_annotation``'s anchors."""
    out: dict[str, Any] = {}
    span = anchors.get("text")
    if isinstance(span, Span):
        out["text"] = (span.start, span.end, span.layer_id)
    region = anchors.get("region")
    if isinstance(region, Region):
        out["region"] = (region.x, region.y, region.w, region.h)
    return out


def drafts_folder(settings: S.Settings) -> Path:
    """The drafts' folder: beside the settings file (a test's own, in its temporary folder)."""
    return Path(settings.store.fileName()).parent / FOLDER


class DraftStore:
    """The draft of one library and person: kept and dropped off the window's thread, read on
    it (one small local file, once, as a window opens)."""

    def __init__(self, folder: Path, library: str, author: str) -> None:
        self.library, self.author = library, author
        key = hashlib.sha256(f"{library}\0{author}".encode()).hexdigest()[:24]
        self.path = folder / f"{key}.json"

    def keep(self, draft: Draft) -> None:
        """``draft`` written as this library's and person's, off the window's thread."""
        stamped = dataclasses.replace(
            draft,
            library=self.library,
            author=self.author,
            written=datetime.now(UTC).isoformat(),
        )
        writer().put(self.path, json.dumps(dataclasses.asdict(stamped)).encode())

    def drop(self) -> None:
        """The draft removed (saved, or cancelled on purpose), off the window's thread."""
        writer().put(self.path, None)

    def load(self) -> Draft | None:
        """The draft kept, if there is one of this library and person (else None: none, or a
        file that cannot be read, which is left alone)."""
        writer().flush()  # (one kept or dropped a moment ago by this process)
        try:
            raw = json.loads(self.path.read_bytes())
            draft = Draft(**raw)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError) as exc:
            log.warning("cannot read the draft %s: %s", self.path, exc)
            return None
        if draft.library != self.library or draft.author != self.author:
            return None
        text, region = draft.text, draft.region
        return dataclasses.replace(
            draft,
            text=None if text is None else (text[0], text[1], text[2]),
            region=None if region is None else (region[0], region[1], region[2], region[3]),
        )


class DraftWriter:
    """One thread writing drafts: the latest content of each file (None: remove it), each made
    whole before it replaces the one before (a kill mid-write leaves the last draft)."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._jobs: dict[Path, bytes | None] = {}
        self._writing = False
        self._thread: threading.Thread | None = None

    def put(self, path: Path, content: bytes | None) -> None:
        with self._changed:
            self._jobs[path] = content
            if self._thread is None:  # (a daemon: a draft is not worth holding a quit for)
                self._thread = threading.Thread(target=self._run, name="drafts", daemon=True)
                self._thread.start()
            self._changed.notify_all()

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until what was put is written (tests; a window reading its draft)."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._jobs and not self._writing, timeout)

    def _run(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: bool(self._jobs))
                path, content = self._jobs.popitem()
                self._writing = True
            try:
                _write(path, content)
            except OSError as exc:  # (a full or read-only disk: the form is still open)
                log.warning("cannot keep the draft %s: %s", path, exc)
            finally:
                with self._changed:
                    self._writing = False
                    self._changed.notify_all()


def _write(path: Path, content: bytes | None) -> None:
    if content is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    with open(part, "wb") as out:
        out.write(content)
        out.flush()
        os.fsync(out.fileno())
    os.replace(part, path)
    with contextlib.suppress(OSError):  # (the rename itself on the disk; not on Windows)
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


_writer: DraftWriter | None = None


def writer() -> DraftWriter:
    global _writer
    if _writer is None:
        _writer = DraftWriter()
    return _writer


class DraftKeeper(QObject):
    """Keeps a draft of ``dialog``'s fields while it is open: written :data:`KEEP_AFTER_MS`
    after the last change, dropped when the form closes (saved, or cancelled)."""

    def __init__(self, dialog: AnnotationDialog, store: DraftStore, draft: Draft) -> None:
        super().__init__(dialog)
        self.dialog, self.store, self.draft = dialog, store, draft
        self._later = QTimer(self, singleShot=True, interval=KEEP_AFTER_MS)
        self._later.timeout.connect(self.keep)
        dialog.edited.connect(self._later.start)
        dialog.finished.connect(self._on_finished)

    def keep(self) -> None:
        self.store.keep(dataclasses.replace(self.draft, fields=self.dialog.typed()))

    def _on_finished(self, _result: int) -> None:
        self._later.stop()
        self.store.drop()
