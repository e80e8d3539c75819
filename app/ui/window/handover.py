""" "Open with Redline" while Redline is already open on the library: the new process hands the
files to the window that is open and exits, instead of opening the library read-only beside it
(only one process may write a library) and failing to import them.

The window listens on a local socket named after its library (a Unix socket in the user's
runtime folder; a named pipe on Windows), through :mod:`multiprocessing.connection`, with a key
kept in a file only the user can read. Nothing here imports Qt: the client side
(:func:`hand_over`) runs before the library or the window is opened, and the server calls back
from its own thread (the window passes a signal's ``emit``, which Qt queues to the GUI thread).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import sys
import threading
import warnings
from collections.abc import Callable, Sequence
from multiprocessing import util
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path

from platformdirs import user_runtime_path

ANSWER_TIMEOUT_S = 10.0


def _folder() -> Path:
    """The user's runtime folder for Redline (``$XDG_RUNTIME_DIR/redline`` on Linux)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        return Path(runtime) / "redline"
    with warnings.catch_warnings():  # (platformdirs warns about a runtime folder it dislikes)
        warnings.simplefilter("ignore")
        return user_runtime_path("redline", appauthor=False)


def _name(library_root: Path) -> str:
    digest = hashlib.sha256(str(Path(library_root).resolve()).encode("utf-8")).hexdigest()
    return f"redline-{digest[:16]}"


def address(library_root: Path) -> str:
    """Where the window open on ``library_root`` listens."""
    if sys.platform == "win32":
        return rf"\\.\pipe\{_name(library_root)}"
    return str(_folder() / f"{_name(library_root)}.sock")


def _key_file(library_root: Path) -> Path:
    return _folder() / f"{_name(library_root)}.key"


def hand_over(library_root: Path, paths: Sequence[Path | str]) -> bool:
    """Give ``paths`` to the window open on ``library_root``; True if one took them."""
    try:
        key = _key_file(library_root).read_bytes()
    except OSError:
        return False  # no window listens (or never did)
    files = [str(Path(p).expanduser().resolve()) for p in paths]
    try:
        with Client(address(library_root), authkey=key) as conn:
            conn.send({"open": files})
            return bool(conn.poll(ANSWER_TIMEOUT_S) and conn.recv() == "ok")
    except Exception:  # gone, refused, another key (multiprocessing's AuthenticationError)
        return False


def _unlink_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        Path(path).unlink(missing_ok=True)


def _remove_socket_quietly(listener: Listener, where: str) -> None:
    """multiprocessing removes a Unix socket's file when its listener closes, or at exit for
    one never closed, and prints a FileNotFoundError traceback when the file is gone already
    (its runtime folder removed, as test runs remove temporary ones): remove it quietly."""
    inner = getattr(listener, "_listener", None)
    unlink = getattr(inner, "_unlink", None)
    if inner is None or not isinstance(unlink, util.Finalize):
        return  # a named pipe (Windows), or a multiprocessing that no longer does this
    unlink.cancel()
    inner._unlink = util.Finalize(inner, _unlink_quietly, args=(where,), exitpriority=0)


class HandoverServer:
    """Listens for files handed over, in a thread of its own, and calls ``on_files(paths)``
    from it (absolute paths). :meth:`close` stops listening."""

    def __init__(self, library_root: Path, on_files: Callable[[list[str]], object]) -> None:
        self.library_root, self.on_files = library_root, on_files
        self._listener: Listener | None = None
        self._key = b""
        self._thread: threading.Thread | None = None

    def start(self) -> bool:
        """Listen; False when another window listens for this library, or it cannot."""
        if hand_over(self.library_root, []):
            return False  # another Redline window on this library answers
        key = secrets.token_bytes(32)
        where = address(self.library_root)
        try:
            if sys.platform != "win32":
                _folder().mkdir(parents=True, exist_ok=True, mode=0o700)
                Path(where).unlink(missing_ok=True)  # left by a window that crashed
            key_file = _key_file(self.library_root)
            key_file.write_bytes(key)
            os.chmod(key_file, 0o600)
            self._listener = Listener(where, authkey=key)
        except OSError:
            return False
        _remove_socket_quietly(self._listener, where)
        self._key = key
        self._thread = threading.Thread(target=self._serve, name="redline-handover", daemon=True)
        self._thread.start()
        return True

    def _serve(self) -> None:
        # Listener thread: only emit from here.
        listener = self._listener
        while listener is not None:
            try:
                conn = listener.accept()
            except OSError:
                return  # closed
            except Exception:  # a client with a wrong key: not for us
                continue
            if self._listener is None:  # woken up by close()
                conn.close()
                return
            self._answer(conn)

    def _answer(self, conn: Connection) -> None:
        with conn:
            try:
                message = conn.recv()
            except (OSError, EOFError):
                return
            files = message.get("open") if isinstance(message, dict) else None
            if isinstance(files, list) and all(isinstance(f, str) for f in files):
                if files:
                    self.on_files(files)
                conn.send("ok")

    def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is None:
            return
        # Wake the thread waiting in accept() (closing the socket does not, on Linux).
        with contextlib.suppress(Exception):
            Client(address(self.library_root), authkey=self._key).close()
        if self._thread is not None:
            self._thread.join(timeout=2)
        with contextlib.suppress(OSError):
            listener.close()
        if sys.platform != "win32":
            Path(address(self.library_root)).unlink(missing_ok=True)
        _key_file(self.library_root).unlink(missing_ok=True)
