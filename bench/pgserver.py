"""A throwaway PostgreSQL server on 127.0.0.1 for the tests and the benchmarks.

Uses Debian's PostgreSQL binaries (``.ci/run`` installs the package). As root
the server runs as the ``postgres`` user the package creates, since
PostgreSQL refuses to run as root. Trust authentication, loopback only, and
everything is deleted when the context ends.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path


class NoPostgresError(RuntimeError):
    """PostgreSQL's server binaries are not on this machine."""


def binaries() -> Path:
    """The folder holding initdb and pg_ctl (the newest installed version)."""
    found = shutil.which("pg_ctl") and shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if not versions:
        msg = "PostgreSQL is not installed: install Debian's postgresql package (.ci/run does)"
        raise NoPostgresError(msg)
    return versions[-1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def running_server() -> Iterator[str]:
    """Start a server; yield its base URL (``postgresql://timeline@127.0.0.1:PORT``); stop and delete it."""
    folder_bin = binaries()
    folder = Path(tempfile.mkdtemp(prefix="timeline-pg-"))
    data = folder / "data"
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    quiet: dict[str, object] = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True}
    try:
        subprocess.run([*prefix, str(folder_bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "timeline"], **quiet)  # type: ignore[call-overload]
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c max_connections=60"
        subprocess.run(  # type: ignore[call-overload]
            [*prefix, str(folder_bin / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"],
            **quiet,
        )
        yield f"postgresql://timeline@127.0.0.1:{port}"
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            subprocess.run([*prefix, str(folder_bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], **quiet)  # type: ignore[call-overload]
        shutil.rmtree(folder, ignore_errors=True)


def create_database(base: str, name: str) -> str:
    """A new empty database on the server; its URL."""
    import psycopg  # noqa: PLC0415 - only when PostgreSQL is used

    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{base}/{name}"


def drop_database(base: str, name: str) -> None:
    """Remove a database made by ``create_database``."""
    import psycopg  # noqa: PLC0415

    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
