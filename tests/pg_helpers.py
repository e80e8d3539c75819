"""A throwaway PostgreSQL server for the tests: Debian's binaries, a cluster in a temporary folder,
listening only on a Unix socket there, stopped (and the folder removed) when the tests end.

initdb and postgres refuse to run as root; as root (CI, this machine) they run as ``nobody``
(subprocess's ``user``/``group``), and the folder is theirs. The cluster trusts local
connections, so the tests' URLs carry no password:
``postgresql://redline@/<db>?host=<socket folder>``.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

SUPERUSER = "redline"
OWNER = "owner.pid"  # the test process that started the server in this folder
_DB_NUMBERS = itertools.count(1)


def postgres_bindir() -> Path | None:
    """Where initdb, pg_ctl and postgres are: pg_config's bindir (a Debian pg_config may name the
    client's folder, so it must hold initdb), else the newest /usr/lib/postgresql/*/bin."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=10
            ).stdout.strip()
            candidates.append(Path(out))
        except (OSError, subprocess.SubprocessError):
            pass
    found = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted((Path(p) for p in found), key=lambda p: _major(p.parent.name))[::-1]
    for c in candidates:
        if (c / "initdb").is_file() and (c / "postgres").is_file():
            return c
    return None


def _major(name: str) -> int:
    try:
        return int(name)
    except ValueError:
        return 0


def _as_server_user() -> dict[str, Any]:
    """subprocess arguments that run a server command unprivileged (none when not root)."""
    if os.geteuid() != 0:
        return {}
    nobody = pwd.getpwnam("nobody")
    return {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale_servers() -> None:
    """Stop the servers of test runs that were killed before they could (their owner is gone)
    and remove their folders: a killed run must not leave a server behind for good."""
    for folder in Path(tempfile.gettempdir()).glob("redline-pg-*"):
        try:
            owner = int((folder / OWNER).read_text())
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        stop_server_of(folder / "data")
        shutil.rmtree(folder, ignore_errors=True)


def stop_server_of(data: Path) -> None:
    """Stop the server still running on the cluster ``data`` (its postmaster.pid), if any."""
    try:
        server = int((data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return
    if _alive(server):
        os.kill(server, signal.SIGINT)
        for _ in range(200):
            if not _alive(server):
                break
            time.sleep(0.05)


@dataclass
class PgServer:
    bindir: Path
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="redline-pg-")))
    proc: subprocess.Popen[bytes] | None = None
    # A cluster kept between runs (the benchmarks' cached libraries): made by initdb only when it
    # does not exist yet, left in place by stop(). None: a throwaway one in ``folder``.
    data_dir: Path | None = None
    settings: tuple[str, ...] = ()  # more `-c name=value` settings for the server
    env: dict[str, str] = field(default_factory=dict)  # more environment (LOCPATH) for it

    @property
    def socket_dir(self) -> Path:
        return self.folder / "sock"

    @property
    def data(self) -> Path:
        return self.data_dir or self.folder / "data"

    def start(self) -> None:
        sweep_stale_servers()
        data, sock = self.data, self.socket_dir
        sock.mkdir()
        (self.folder / OWNER).write_text(str(os.getpid()))
        self.folder.chmod(0o755)
        owned = [self.folder, sock]
        if self.data_dir is not None:
            self.data_dir.parent.mkdir(parents=True, exist_ok=True)
            owned.append(self.data_dir.parent)
        if os.geteuid() == 0:
            for p in owned:
                os.chown(p, pwd.getpwnam("nobody").pw_uid, pwd.getpwnam("nobody").pw_gid)
        as_user = _as_server_user()
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", **self.env}
        if self.data_dir is not None:
            stop_server_of(data)  # left by a killed run: a kept cluster has one server
        if not (data / "PG_VERSION").exists():
            self._initdb(data, env, as_user)
        self._launch(data, sock, env, as_user)

    def _initdb(self, data: Path, env: dict[str, str], as_user: dict[str, Any]) -> None:
        subprocess.run(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
            env=env,
            cwd=self.folder,
            **as_user,
        )

    def _launch(self, data: Path, sock: Path, env: dict[str, str], as_user: dict[str, Any]) -> None:
        log = open(self.folder / "server.log", "wb")  # noqa: SIM115 - the server's, closed with it
        self.proc = subprocess.Popen(
            [
                str(self.bindir / "postgres"),
                "-D",
                str(data),
                "-k",
                str(sock),
                "-c",
                "listen_addresses=",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=60",
                "-c",
                "shared_buffers=32MB",
                *(arg for setting in self.settings for arg in ("-c", setting)),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=self.folder,
            start_new_session=True,  # a Ctrl-C of the test run is not the server's
            **as_user,
        )
        log.close()
        deadline = time.monotonic() + 30
        while not (sock / ".s.PGSQL.5432").exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                text = (self.folder / "server.log").read_text(errors="replace")
                self.stop()
                raise RuntimeError(f"PostgreSQL did not start:\n{text}")
            time.sleep(0.05)
        self._wait_ready()

    def _wait_ready(self) -> None:
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(self.url("postgres")).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def url(self, dbname: str, *, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{dbname}?host={quote(str(self.socket_dir), safe='')}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def password_role(self, role: str, password: str) -> None:
        """A login role the server asks a password of (scram-sha-256 over its socket; the other
        roles it trusts still), made once; returns when the server asks it."""
        import psycopg

        hba = self.data / "pg_hba.conf"
        line = f"local all {role} scram-sha-256\n"
        if line not in hba.read_text():
            hba.write_text(line + hba.read_text())  # (the first line that matches is taken)
        self.admin(f"DO $$ BEGIN CREATE ROLE {role} LOGIN PASSWORD '{password}'; "
                   "EXCEPTION WHEN duplicate_object THEN NULL; END $$")  # fmt: skip
        self.admin("SELECT pg_reload_conf()")
        deadline = time.monotonic() + 30
        while True:  # (the server reads its configuration again a moment after it is asked)
            try:
                nowhere = str(self.folder / "no-pgpass")
                psycopg.connect(self.url("postgres", user=role), passfile=nowhere).close()
            except psycopg.OperationalError as exc:
                if "password" in str(exc):
                    return
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server does not ask {role} for a password")
            time.sleep(0.05)

    def create_database(self, *, template: str = "template1") -> str:
        name = f"redline_test_{os.getpid()}_{next(_DB_NUMBERS)}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def pause(self) -> None:
        """Stop the server as an administrator would (fast shutdown: its clients are cut off),
        keeping its cluster and socket folder: :meth:`resume` starts it again at the same URL."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            self.proc.wait(timeout=20)
        self.proc = None

    def resume(self) -> None:
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", **self.env}
        self._launch(self.data, self.socket_dir, env, _as_server_user())

    def freeze(self) -> None:
        """Stop every process of the server (SIGSTOP) as a hung server or a lost network looks
        to its clients: their connections stay open and nothing answers. :meth:`thaw` goes on.
        (The postmaster first, so that it starts no more; each child has a process group of
        its own, so they are signalled one by one.)"""
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGSTOP)
        for child in _children(self.proc.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGSTOP)

    def thaw(self) -> None:
        assert self.proc is not None
        for child in _children(self.proc.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGCONT)
        os.kill(self.proc.pid, signal.SIGCONT)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(OSError):  # (a test that failed with it frozen)
                self.thaw()
            self.proc.send_signal(signal.SIGINT)  # fast shutdown: clients are disconnected
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        shutil.rmtree(self.folder, ignore_errors=True)


def compiled_locales(*names: str) -> Path | None:
    """A folder holding the glibc locales ``names`` (``de_DE.UTF-8``), compiled by ``localedef``
    from the ``locales`` package's sources, for ``LOCPATH``: a server whose ``lc_messages`` is
    German, a client whose ``LANG`` is French, without touching the system's locale archive
    (most machines have only C.UTF-8). Readable by the server's user; removed at exit. None when
    ``localedef`` or a locale's source is missing (say why: the caller skips)."""
    localedef = shutil.which("localedef")
    if localedef is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="redline-locales-"))
    folder.chmod(0o755)
    atexit.register(shutil.rmtree, folder, True)
    for name in names:
        language, _, charset = name.partition(".")
        subprocess.run(  # (not checked: warnings alone give a status of 1)
            [localedef, "-i", language, "-f", charset or "UTF-8", str(folder / name)],
            capture_output=True,
            timeout=120,
        )
        if not (folder / name / "LC_MESSAGES").is_dir():
            return None
    return folder


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux's /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == str(pid):  # (state, then the parent's pid)
            found.append(int(stat.parent.name))
    return found


class SlowLink:
    """A network between the app and a test's server, for counting and timing its round trips:
    a TCP port on 127.0.0.1 that forwards to the server's Unix socket, each request (what the
    client sends before it waits for the reply: a query, a BEGIN, a COMMIT) held ``delay_s``
    first, as a link with that round trip would. ``requests`` counts them."""

    def __init__(self, server: PgServer, delay_s: float = 0.0) -> None:
        self.target = str(server.socket_dir / ".s.PGSQL.5432")
        self.delay_s, self.requests = delay_s, 0
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen()
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, dbname: str, *, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def close(self) -> None:
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:  # closed
                return
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            server = socket.socket(socket.AF_UNIX)
            server.connect(self.target)
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, asking: bool) -> None:
        try:
            while data := source.recv(65536):
                if asking:
                    self.requests += 1
                    time.sleep(self.delay_s)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
