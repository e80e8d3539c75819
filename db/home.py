"""Which copy of a library an open reaches: a mark that stays while the library stays where it
is, and differs for a copy of it.

A library folder copied (to another disk, another machine, or beside itself) is a second library
from then on: edits made in the two are made apart and must meet as such in a merge. The mark
of a folder library is its database file's identity on its machine (the machine's id, the
file's device and inode): a copy is a new file, so a new mark; the folder moved on its disk
keeps it. A server library's is its cluster's system identifier and its database's oid: a dump
restored elsewhere, or into another database, is a new mark; a database renamed keeps it.

Why it matters: each library counts its changes under an id of its own (``replica_id`` in
``library_meta``; ``app.core.annotating.revisions``), and two copies counting under one id made
one side's changes look newer than the other's, so a merge took them silently where both had
changed a field — a conflict for a person to decide. So a writer's open (``db.migrate``) notes
the mark the id was made under, and where it differs forgets the id: the next change is counted
under a new one, and the two copies' changes are concurrent, as they are. A mark may also
change without a copy (a removable disk mounted as another device, the file replaced by hand,
a library made before marks were kept): that costs only one entry more in the versions changed
afterwards."""

from __future__ import annotations

import socket
from pathlib import Path

from sqlalchemy import Connection

REPLICA_KEY = "replica_id"  # library_meta: the id this library counts its changes under
HOME_KEY = "replica_home"  # library_meta: the mark of the copy that id was made in
_MACHINE_IDS = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


def machine_id() -> str:
    """This machine's id (systemd's, or D-Bus's), else its host name."""
    for path in _MACHINE_IDS:
        try:
            text = path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            return text
    return socket.gethostname()


def file_mark(db_path: Path) -> str:
    """The mark of the library whose database file is ``db_path``."""
    stat = db_path.stat()
    return f"file:{machine_id()}:{stat.st_dev}:{stat.st_ino}"


def server_mark(conn: Connection) -> str:
    """The mark of the server library ``conn`` is connected to."""
    system, oid = conn.exec_driver_sql(
        "SELECT (SELECT system_identifier FROM pg_control_system()), "
        "(SELECT oid FROM pg_database WHERE datname = current_database())"
    ).one()
    return f"pg:{system}:{oid}"


def settle(conn: Connection, mark: str) -> bool:
    """The library ``conn`` writes to is the copy marked ``mark``: if its id was made in
    another, forget it (the next change makes a new one). Whether it wrote."""
    stored = conn.exec_driver_sql(
        "SELECT value FROM library_meta WHERE key = ?", (HOME_KEY,)
    ).scalar()
    if stored == mark:
        return False
    conn.exec_driver_sql("DELETE FROM library_meta WHERE key = ?", (REPLICA_KEY,))
    conn.exec_driver_sql(
        "INSERT INTO library_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (HOME_KEY, mark),
    )
    return True
