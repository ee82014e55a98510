"""Writing where the user said: what is at a named path decides how it is written (``html -o``, ``copy``).

- a regular file, or nothing yet: written beside it under a fresh name and
  renamed over it, so a reader never sees half of it (permissions kept);
- a character device or a FIFO (``/dev/null``, ``/dev/stdout``, a pipe to
  another program): written through, never replaced by a file; a FIFO that
  nothing reads is refused rather than waited on;
- a symbolic link: followed, explicitly; the link stays and what it points
  to is written as above;
- a directory, a block device or a socket: refused.

``log_directory`` applies the same reading of a path to a log directory.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from timeline.errors import OutputError


def write_output(path: Path | str, text: str) -> Path:
    """Write ``text`` (UTF-8) to the file the user named, as the module docstring says.

    Returns:
        The path written: ``path``, or where its symbolic links lead.

    Raises:
        OutputError: a directory, block device or socket is there, a FIFO has
            no reader, or the write failed; naming the path and the reason.

    """
    named = Path(path)
    target = followed(named)
    data = text.encode("utf-8")
    mode = _file_mode(named, target)
    try:
        if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
            _write_through(target, data)
        else:
            _replace(target, data, None if mode is None else stat.S_IMODE(mode))
    except OSError as exc:
        raise OutputError(str(named), _why(exc, target)) from exc
    return target


def log_directory(path: Path | str) -> Path:
    """Where a log directory named by the user is, its symbolic links followed; refused unless it is a directory or absent.

    Raises:
        OutputError: something other than a directory is there.

    """
    named = Path(path)
    target = followed(named)
    mode = _mode(named, target)
    if mode is not None and not stat.S_ISDIR(mode):
        raise OutputError(str(named), f"{_kind(mode)}, not a directory; a log is a directory")
    return target


def followed(path: Path) -> Path:
    """``path`` with every symbolic link in it followed (a link to nothing yet gives where it points)."""
    return Path(os.path.realpath(path))


def _mode(named: Path, target: Path) -> int | None:
    """The mode of what is at ``target``, None when nothing is."""
    try:
        return target.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputError(str(named), _why(exc, target)) from exc


def _file_mode(named: Path, target: Path) -> int | None:
    """``_mode``, refusing what a file is never written over: a directory, a block device, a socket."""
    mode = _mode(named, target)
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(str(named), f"{_where(named, target)}is a directory; name a file in it")
    if mode is not None and (stat.S_ISBLK(mode) or stat.S_ISSOCK(mode)):
        raise OutputError(str(named), f"{_where(named, target)}{_kind(mode)}; refusing to write over it")
    return mode


def _write_through(target: Path, data: bytes) -> None:
    """Write into a device or FIFO as it is; a FIFO with no reader fails at once instead of blocking."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise OutputError(str(target), "is a FIFO nothing is reading; start its reader first") from exc
        raise
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _replace(target: Path, data: bytes, mode: int | None) -> None:
    """Write beside ``target`` under a fresh name (never a name someone could have planted) and rename over it."""
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode if mode is not None else 0o666 & ~_umask())  # noqa: PTH101 - a str path
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)  # noqa: PTH108 - a str path
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISDIR, "is a directory"),
        (stat.S_ISBLK, "is a block device"),
        (stat.S_ISSOCK, "is a socket"),
        (stat.S_ISCHR, "is a character device"),
        (stat.S_ISFIFO, "is a FIFO"),
        (stat.S_ISREG, "is a regular file"),
    ):
        if test(mode):
            return kind
    return "is not a regular file"


def _where(named: Path, target: Path) -> str:
    """``"(a link to X) "`` when the path was a symbolic link, so the message says what was followed."""
    return f"(a link to {target}) " if followed(named) != named.absolute() else ""


def _why(exc: OSError, target: Path) -> str:
    if exc.errno == errno.ENOENT:
        return f"cannot be written: the folder {target.parent} does not exist"
    return f"cannot be written ({exc.strerror})"
