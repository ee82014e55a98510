"""The command's shortcut: a JSON-lines view the projection store answers, printed before click is imported.

``timeline [--log DIR] meetings|changes|country CODE --format jsonl`` (no
other option) prints lines the projection store keeps ready
(``cachefile.view_lines``). When the store reflects the whole log, that is
all the process does: the interpreter, sqlite3 and five small modules of
ours, no click (whose import and the CLI's hundred options cost more than a
100,000-event view costs to print). When the log has grown past a sound
store, the store is brought up to date with the new lines first
(``api.world_of``, as the CLI's view does), then printed from. Anything
else (another command or option, a name for a country, ``--help``, a
PostgreSQL log, no store, the store turned off or in doubt, output that is
not UTF-8) is left to ``cli``, which answers every command; so is a store
that still cannot be read after its update. The bytes printed are those the
CLI prints (tests/test_shortcut.py).

Part of the command line, as ``cli`` is: it prints. The entry point
(``timeline.__main__``) tries it first; ``cli`` writes the store's lines
with its ``echo`` too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from timeline import cachefile
from timeline.vocabulary import country_code

TYPE_CHECKING = False  # typing itself is not imported: it is a tenth of a warm view's start-up (mypy reads this as True)

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable, Mapping, Sequence

    Reader = Callable[[sqlite3.Connection], list[bytes]]
    # A view the shortcut may answer: the log's folder, the view's name, the country's code (``country`` only)
    Request = tuple[Path, str, str | None]

BATCH = 1 << 16  # bytes of small chunks joined into one write


def request(argv: Sequence[str], environ: Mapping[str, str]) -> Request | None:
    """The view ``argv`` asks for when the shortcut can answer it, as click would read it; else None.

    Only the plainest forms: ``--log DIR`` or ``--log=DIR`` before the
    command, ``--format jsonl`` or ``--format=jsonl`` once, a country as its
    code. Anything click might read otherwise, or refuse, is None: the CLI
    answers it.
    """
    args = list(argv)
    given: str | None = None
    if args[:1] == ["--log"] and len(args) > 1:
        given, args = args[1], args[2:]
    elif args and args[0].startswith("--log="):
        given, args = args[0].removeprefix("--log="), args[1:]
    if not args or args[0] not in cachefile.VIEWS:
        return None
    view, rest = args[0], args[1:]
    fmt: str | None = None
    positional: list[str] = []
    while rest:
        token = rest.pop(0)
        if token == "--format" and rest and fmt is None:
            fmt = rest.pop(0)
        elif token.startswith("--format=") and fmt is None:
            fmt = token.removeprefix("--format=")
        elif token.startswith("-"):
            return None  # another option, --help, a second --format, "--", "-"
        else:
            positional.append(token)
    if fmt != "jsonl" or len(positional) != (1 if view == "country" else 0):
        return None
    code = country_code(positional[0]) if positional else None
    location = _location(given, environ)
    if (positional and code is None) or location is None:
        return None
    return Path(location), view, code


def _location(given: str | None, environ: Mapping[str, str]) -> str | None:
    """The log's folder as ``cli`` picks it (TIMELINE_LOG, else --log, else ``events``); None when the CLI should
    say something about it (blank, a file, a URL)."""
    from_environment = environ.get("TIMELINE_LOG")
    if any(value is not None and not value.strip() for value in (from_environment, given)):
        return None  # click refuses a blank --log, and reads a blank TIMELINE_LOG as one
    location = from_environment or ("events" if given is None else given)
    if not location.strip() or "://" in location or Path(location).is_file():
        return None
    return location


def answer(argv: Sequence[str], environ: Mapping[str, str]) -> bool:
    """Print the view ``argv`` asks for from the projection store, when the shortcut can; whether it did.

    False: nothing was printed, and the CLI answers.
    """
    wanted = request(argv, environ)
    if wanted is None or not utf8_stdout():
        return False

    directory, view, country = wanted

    def read(db: sqlite3.Connection) -> list[bytes]:
        return cachefile.view_lines(db, view, country)

    lines, stale = cachefile.read_or_behind(directory, read)
    if lines is None and stale:
        lines = _updated(directory, read)
    if lines is None:
        return False
    echo(lines)
    return True


def _updated(directory: Path, read: Reader) -> list[bytes] | None:
    """The store brought up to date with the log's new lines (the models and the fold loaded), then ``read``.

    Read in the snapshot the update left open (the CLI would render that
    world, whose lines these are), not by opening and checking the store
    again; a world that is a full fold's (the store was made again, or
    found damaged) is read as the CLI reads it, through ``read_current``.
    """
    from timeline import api, cache  # noqa: PLC0415 - the library only when the store has lines to take in
    from timeline.errors import TimelineError  # noqa: PLC0415 - the same

    try:
        world = api.world_of(api.open_log(directory), warn=warn)
    except TimelineError:
        return None  # the CLI says what is wrong
    try:
        lines = world.stored_chunks(read) if isinstance(world, cache.LazyWorld) else None
    finally:
        world.close()
    return lines if lines is not None else cachefile.read_current(directory, read)


def utf8_stdout() -> bool:
    """Whether stdout takes UTF-8, the bytes the store keeps (else the CLI encodes the lines as stdout wants)."""
    stdout = sys.stdout
    return stdout is not None and (getattr(stdout, "encoding", None) or "").lower().replace("-", "") == "utf8"


def warn(message: str) -> None:
    """One warning line on stderr, as the CLI writes it."""
    sys.stderr.write(f"warning: {message}\n")
    sys.stderr.flush()


def echo(chunks: list[bytes]) -> None:
    """Write chunks (a line, or lines joined by newlines) to stdout, each with a newline after it, as they are.

    Small chunks are joined into writes of about ``BATCH`` bytes; a large
    one (a page of a country's lines) is written as it is, not copied. A
    closed stdout ends the command quietly.
    """
    stdout = sys.stdout
    try:
        stdout.flush()
        write = stdout.buffer.write
        batch: list[bytes] = []
        size = 0
        for chunk in chunks:
            batch.append(chunk)
            size += len(chunk)
            if size >= BATCH:
                write(b"\n".join(batch))  # one chunk alone is written as it is (bytes.join returns it)
                write(b"\n")
                batch, size = [], 0
        if batch:
            write(b"\n".join(batch))
            write(b"\n")
        stdout.buffer.flush()
    except BrokenPipeError:  # the reader stopped early (`timeline meetings --format jsonl | head -1`)
        silence_stdout()


def silence_stdout() -> None:
    """Point stdout at the null device, so that the flush at exit does not fail on the closed pipe again."""
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (click's test runner): nothing to flush
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fileno)
    finally:
        os.close(null)
