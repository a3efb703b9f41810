"""A throw-away PostgreSQL server for the store tests, started from Debian's packages.

The server runs from a fresh data directory on a unix socket (no TCP port), as the
'postgres' system user when the tests run as root (initdb refuses root), and is stopped
and deleted at the end of the session. `start()` returns None with the reason when it
cannot run (no server binaries, no psycopg, no non-root user).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "marsad"


@dataclass
class Server:
    """A running test server: its socket folder and how to stop it."""

    base: Path
    bindir: Path
    prefix: list[str]

    @property
    def url(self) -> str:
        """Connection URL of the maintenance database."""
        return self.url_for("postgres")

    def url_for(self, dbname: str) -> str:
        """Connection URL of one database on this server (unix socket)."""
        return f"postgresql://{SUPERUSER}@/{dbname}?host={self.base}"

    def stop(self) -> None:
        """Stop the server and remove its files."""
        subprocess.run(
            [*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.base / "data"), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.base, ignore_errors=True)


def find_bindir() -> Path | None:
    """The folder holding initdb/pg_ctl/postgres (Debian's newest version first)."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parent.parent.name)
    if versions:
        return versions[-1].parent
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _prefix() -> list[str] | None:
    """Command prefix to run the server as a non-root user ([] when not root)."""
    if os.geteuid() != 0:
        return []
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        return None
    runuser = shutil.which("runuser")
    return [runuser, "-u", "postgres", "--"] if runuser else None


def start() -> Server | str:
    """A started server, or the reason none could be started."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[dev]')"
    bindir = find_bindir()
    if bindir is None:
        return "PostgreSQL server binaries not found (apt-get install postgresql)"
    prefix = _prefix()
    if prefix is None:
        return "running as root without a 'postgres' user or runuser to start the server"
    base = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
    server = Server(base, bindir, prefix)
    try:
        _init_and_start(server)
    except (OSError, subprocess.CalledProcessError) as exc:
        log = base / "log"
        tail = log.read_text(errors="replace")[-500:] if log.exists() else ""
        detail = getattr(exc, "stderr", b"") or b""
        server.stop()
        return f"could not start PostgreSQL: {exc} {detail.decode(errors='replace')[-300:]} {tail}"
    return server


def _init_and_start(server: Server) -> None:
    """initdb into the temp folder and start the server on a socket there."""
    base, run = server.base, server.prefix
    os.chmod(base, 0o755)
    if run:
        shutil.chown(base, "postgres", "postgres")
    data = base / "data"
    subprocess.run(
        [*run, str(server.bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
         "-E", "UTF8", "--no-locale", "--no-sync"],
        capture_output=True, check=True,
    )
    options = f"-k {base} -c listen_addresses='' -F -c max_connections=40"
    subprocess.run(
        [*run, str(server.bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"),
         "-w", "-t", "60", "start"],
        capture_output=True, check=True,
    )


def create_database(server: Server, name: str) -> str:
    """Create an empty database; return its URL."""
    import psycopg

    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.url_for(name)


def drop_database(server: Server, name: str) -> None:
    """Drop a test database (closing leftover connections)."""
    import psycopg

    with contextlib.suppress(psycopg.Error), psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
