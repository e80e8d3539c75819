"""A folder an export writes as a whole: it appears complete, or not at all.

Everything goes into a hidden temporary folder beside the destination, which takes the
destination's place only when the export succeeded; a failed or cancelled export removes it. An
existing destination is replaced only when it is empty or holds nothing but what such an export
writes (a previous export), so that exporting into a folder of other files is refused before any
work is done, instead of deleting them.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.exchange.common import ExportError
from app.core.exchange.destination import check_folder, made_folder, part_path, sweep_parts
from app.core.wording import translate

_OURS = re.compile(
    r"^(collection\.json|\.htaccess|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"
)


def check_replaceable(path: Path) -> None:
    """Raise ExportError unless ``path`` is absent, an empty folder or an earlier export."""
    if not path.exists():
        return
    if not path.is_dir():
        raise ExportError(
            translate(
                "Redline", "{name} exists and is not a folder; choose a folder to export into"
            ).format(name=path.name)
        )
    strangers = sorted(p.name for p in path.iterdir() if not _OURS.match(p.name))
    if strangers:
        raise ExportError(
            translate(
                "Redline",
                "the folder {name} holds other files ({value}{value2}); "
                "choose an empty or new folder",
            ).format(
                name=path.name, value=strangers[0], value2=" and more" if len(strangers) > 1 else ""
            )
        )


@contextmanager
def atomic_folder(path: Path, *, keep_empty: bool = True) -> Iterator[Path]:
    """A temporary folder that replaces ``path`` when the block succeeds (see module doc).

    With ``keep_empty=False`` a block that wrote nothing leaves ``path`` as it was."""
    check_folder(path)  # never inside a library
    check_replaceable(path)
    sweep_parts(path.parent, path.name)
    tmp = part_path(path)
    try:
        # A failed export removes its temporary, then the parent folders it made (made_folder).
        with made_folder(path.parent):
            try:
                tmp.mkdir()
                yield tmp
                if keep_empty or any(tmp.iterdir()):
                    _swap(tmp, path)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
    except OSError as exc:
        raise ExportError(
            translate("Redline", "cannot write {name}: {value}").format(
                name=path.name, value=exc.strerror or exc
            )
        ) from exc


def _swap(new: Path, path: Path) -> None:
    """Put the folder ``new`` at ``path``; an old folder there is moved aside, then removed."""
    if not path.exists():
        os.replace(new, path)
        return
    old = part_path(path)  # swept by a later export should this one be killed
    os.replace(path, old)
    try:
        os.replace(new, path)
    except OSError:
        os.replace(old, path)  # put the previous export back
        raise
    shutil.rmtree(old, ignore_errors=True)
