"""The command line: the only code that prints, reads the clock or picks defaults.

Commands parse their options, call the library, render and echo. Data goes
to stdout, messages to stderr. A ``TimelineError`` becomes one ``Error:``
line and exit 1; click's usage errors exit 2.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import math
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import click

from timeline import __version__, cachefile, shortcut
from timeline.errors import TimelineError
from timeline.vocabulary import CHANGE_KIND_NAMES, EVENT_KIND_NAMES, MEETING_KINDS, ROLES, country_code

if TYPE_CHECKING:
    import sqlite3

    import pendulum

    from timeline import roster
    from timeline.chain import Checkpoint
    from timeline.model import Event
    from timeline.selection import Selection
    from timeline.storage import EventLog
    from timeline.world import World

# Imports: only click, the standard library and what imports nothing heavy (errors, vocabulary, the projection
# store's file) at the top. Everything else (the models, attrs classes on pendulum dates; the views; the
# library; the writers; the PostgreSQL backend) is imported inside the commands and functions that use it
# (``# noqa: PLC0415``): every command pays at start-up for what is imported here, and a warm JSON-lines view,
# which prints the projection store's stored lines (``_stored_view``), needs none of it. The plainest of those
# views are answered before this module is imported (``shortcut``, from the entry point ``__main__``).

F = TypeVar("F", bound=Callable[..., Any])
BATCH_ARTICLES = 200
MAX_LOCK_TIMEOUT = 86_400  # a day: beyond it a wait is a hang, and PostgreSQL's lock_timeout overflows


def output_options(func: F) -> F:
    """``--format table|json|jsonl|csv`` (table by default)."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "jsonl", "csv"]),
        default="table",
        show_default=True,
        help="table for people (wrapped to the terminal, never cut); json, jsonl (one object per line) "
        "or csv for programs.",
    )(func)


class DateParam(click.ParamType):  # type: ignore[type-arg]  # generic in the stubs only
    """A date given as YYYY-MM-DD."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> pendulum.Date:  # noqa: ANN401
        """Parse, or fail with a usage error that shows the expected form."""
        import pendulum  # noqa: PLC0415 - see the note on imports at the top

        if isinstance(value, pendulum.Date):
            return value
        try:
            from timeline import article  # noqa: PLC0415 - the article reader only where a date is given

            return article.parse_user_date(str(value))
        except TimelineError as exc:
            self.fail(str(exc), param, ctx)


DATE = DateParam()


class PeriodEndParam(click.ParamType):  # type: ignore[type-arg]  # generic in the stubs only
    """A point in time at any precision the log's dates have: YYYY, YYYY-MM or YYYY-MM-DD, as its last day."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> pendulum.Date:  # noqa: ANN401
        """The last day of the year, month or day given, or a usage error that shows the forms expected."""
        import pendulum  # noqa: PLC0415 - see the note on imports at the top

        if isinstance(value, pendulum.Date):
            return value
        text = str(value).strip()
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
        if not match:
            self.fail(f"{text!r} is not a date; write it like 2024, 2024-11 or 2024-11-14", param, ctx)
        year, month, day = match.groups()
        try:
            if day is not None:
                return pendulum.date(int(year), int(month), int(day))
            if month is not None:
                return pendulum.date(int(year), int(month), 1).end_of("month")
            return pendulum.date(int(year), 12, 31)
        except ValueError as exc:
            self.fail(f"{text!r} is not a real date ({exc})", param, ctx)


PERIOD_END = PeriodEndParam()


class PeriodStartParam(PeriodEndParam):
    """A point in time at any precision the log's dates have (YYYY, YYYY-MM, YYYY-MM-DD), as its first day."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> pendulum.Date:  # noqa: ANN401
        """The first day of the year, month or day given, or a usage error that shows the forms expected."""
        import pendulum  # noqa: PLC0415 - see the note on imports at the top

        if isinstance(value, pendulum.Date):
            return value
        last = super().convert(value, param, ctx)
        text = str(value).strip()
        if len(text) == len("2024"):
            return pendulum.date(last.year, 1, 1)
        if len(text) == len("2024-11"):
            return last.start_of("month")
        return last


PERIOD_START = PeriodStartParam()


class Wanted(NamedTuple):
    """The filters a listing view was given, as typed (``filter_options``); ``_selection`` resolves them.

    A named tuple, not an attrs class: it is declared when the CLI is imported, and a warm view does not
    import attrs at all.
    """

    since: pendulum.Date | None = None
    until: pendulum.Date | None = None
    countries: tuple[str, ...] = ()
    officials: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


FILTER_KINDS = ("all", *MEETING_KINDS, *CHANGE_KIND_NAMES, *sorted(EVENT_KIND_NAMES))
_FILTERS = {
    "since": "since",
    "until": "until",
    "country_queries": "countries",
    "official_queries": "officials",
    "kinds": "kinds",
    "topics": "topics",
    "places": "places",
}


def filter_options(func: F) -> F:
    """The filters every listing view takes, declared once; the command gets them as ``wanted: Wanted``."""

    @functools.wraps(func)
    def command(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - whatever the command takes and returns
        wanted = Wanted(**{field: kwargs.pop(option) for option, field in _FILTERS.items()})
        if wanted.since and wanted.until and wanted.until < wanted.since:
            raise click.BadParameter("--until must not be before --since", param_hint="--until")
        return func(*args, wanted=wanted, **kwargs)

    options = [
        click.option(
            "--since",
            type=PERIOD_START,
            metavar="DATE",
            help="Only what overlaps this date or later: 2023, 2023-11 or 2023-11-14.",
        ),
        click.option(
            "--until",
            type=PERIOD_END,
            metavar="DATE",
            help="Only what overlaps this date or earlier: 2024, 2024-11 or 2024-11-14.",
        ),
        click.option(
            "--country",
            "country_queries",
            type=TEXT,
            multiple=True,
            help="Only this country: a code or a name (repeatable).",
        ),
        click.option(
            "--official",
            "official_queries",
            type=TEXT,
            multiple=True,
            help="Only this person, by any form of the name (repeatable); a name fitting several is refused.",
        ),
        click.option(
            "--kind",
            "kinds",
            type=click.Choice(FILTER_KINDS),
            multiple=True,
            metavar="KIND",
            help="Only these kinds (repeatable): a meeting's (in-person, call, video, planned), a change's "
            f"({', '.join(CHANGE_KIND_NAMES)}; default office-holder-change), "
            "an event's (as `timeline log` shows), "
            "or all.",
        ),
        click.option(
            "--topic",
            "topics",
            type=TEXT,
            multiple=True,
            help="Only meetings with this topic (part of it; repeatable).",
        ),
        click.option(
            "--place",
            "places",
            type=TEXT,
            multiple=True,
            help="Only meetings at this place or venue (part of it; repeatable).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command  # type: ignore[return-value]  # click keeps the signature it built


def _selection(world: World | None, wanted: Wanted) -> Selection:
    """The filters resolved: countries to codes, people to printed names (one each, else a usage error)."""
    from timeline.selection import Selection  # noqa: PLC0415 - see the note on imports at the top

    countries = frozenset(c for c in (_country_option(q) for q in wanted.countries) if c)
    people: set[str] = set()
    if wanted.officials:
        assert world is not None
        people = {_one_person(world, query, param_hint="--official") for query in wanted.officials}
    kinds = frozenset(FILTER_KINDS[1:]) if "all" in wanted.kinds else frozenset(wanted.kinds)
    return Selection(
        countries=countries,
        people=frozenset(people),
        since=wanted.since,
        until=wanted.until,
        kinds=kinds,
        topics=wanted.topics,
        places=wanted.places,
    )


def _one_person(world: World, query: str, *, param_hint: str | None = None) -> str:
    """The one person ``query`` names; none is an error (exit 1), several a usage error listing them (2)."""
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top
    from timeline import roster  # noqa: PLC0415 - see the note on imports at the top
    from timeline.identity import find_people  # noqa: PLC0415 - see the note on imports at the top
    from timeline.selection import Selection  # noqa: PLC0415 - see the note on imports at the top

    found = find_people(world, query)
    if not found:
        msg = f"nobody called {query!r} in the log; `timeline people` lists who is there"
        if param_hint:  # a filter naming nobody is a usage error, as an unknown --country is
            raise click.BadParameter(msg, param_hint=param_hint)
        raise click.ClickException(msg)
    if len(found) == 1:
        return found[0]
    click.echo(
        f"Error: {render.visible(query)!r} fits {len(found)} people; say which (give more of the name):",
        err=True,
    )
    for person in roster.people(world, Selection(people=frozenset(found))):
        click.echo(f"  {render.visible(person.name)}: {render.visible(_tells_apart(person))}", err=True)
    raise click.exceptions.Exit(2)  # a usage error: the name given does not say whom


def _tells_apart(person: roster.Person) -> str:
    """What tells a person from others of a like name: countries, offices, meetings, other spellings."""
    parts = [", ".join(person.countries) or "no country known"]
    parts.extend(
        f"{t.role} of {t.country} {t.first_seen.label()} .. {t.last_seen.label()}" for t in person.offices
    )
    parts.append(f"{person.meetings} meeting{'s' if person.meetings != 1 else ''}")
    if person.spellings:
        parts.append("also written " + ", ".join(person.spellings[:3]))
    return "; ".join(parts)


class NonBlankParam(click.ParamType):  # type: ignore[type-arg]  # generic in the stubs only
    """Text that must say something: an empty or blank name, country, id or folder is a usage error."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:  # noqa: ANN401
        """The text as given, or a usage error when it is empty or only whitespace."""
        text = str(value)
        if not text.strip():
            self.fail(f"{text!r} is empty or blank; give a value", param, ctx)
        return text


TEXT = NonBlankParam()


def _log(ctx: click.Context) -> EventLog:
    from timeline.backend import open_log  # noqa: PLC0415 - see the note on imports at the top

    return open_log(ctx.obj["log"])


def _existing_log(ctx: click.Context) -> EventLog:
    """The log a view reads; one Error line when there is none (a view never answers as if it were empty)."""
    log = _log(ctx)
    try:
        found = log.exists()
    except TimelineError as exc:
        raise _fail(exc) from exc
    if not found:
        raise click.ClickException(
            f"no log at {log.location} (ingest articles first, or give --log / TIMELINE_LOG)"
        )
    return log


def _now() -> str:
    """The record time: now, or TIMELINE_NOW when set (for reproducible logs in tests and docs)."""
    import pendulum  # noqa: PLC0415 - see the note on imports at the top

    fixed = os.environ.get("TIMELINE_NOW")
    if fixed:
        return str(_fixed_now(fixed).in_timezone("UTC").to_iso8601_string())
    return str(pendulum.now("UTC").to_iso8601_string())


def _fixed_now(text: str) -> pendulum.DateTime:
    """TIMELINE_NOW read as a date and time, or one Error line saying what it should look like."""
    import pendulum  # noqa: PLC0415 - see the note on imports at the top

    msg = f"TIMELINE_NOW={text!r} is not a date and time such as 2024-11-15T00:00:00Z; set it so, or unset it"
    try:
        moment = pendulum.parse(text)
    except (ValueError, TypeError, pendulum.parsing.exceptions.ParserError) as exc:
        raise click.ClickException(msg) from exc
    if not isinstance(moment, pendulum.DateTime):
        raise click.ClickException(msg)
    return moment


def _today() -> pendulum.Date:
    import pendulum  # noqa: PLC0415 - see the note on imports at the top

    moment = pendulum.parse(_now())
    assert isinstance(moment, pendulum.DateTime)
    return moment.date()


def _warn(message: str) -> None:
    """One warning line on stderr."""
    click.echo(f"warning: {message}", err=True)


def _fail(exc: TimelineError) -> click.ClickException:
    return click.ClickException(str(exc))


class _Group(click.Group):
    """The command group: a ``TimelineError`` a command lets through is one ``Error:`` line and exit 1."""

    def invoke(self, ctx: click.Context) -> Any:  # noqa: ANN401 - whatever the command returns
        """Run the command; our own errors become click's, never a traceback; a closed stdout ends it quietly."""
        try:
            return super().invoke(ctx)
        except TimelineError as exc:
            raise _fail(exc) from exc
        except BrokenPipeError:
            # The reader stopped early (`timeline export | head -1`): normal use, not an error.
            shortcut.silence_stdout()
            ctx.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--log",
    "log_dir",
    type=TEXT,
    metavar="DIR|URL",
    envvar="TIMELINE_LOG",
    default="events",
    show_default=True,
    help="The event log: a directory, or a postgresql:// URL for a shared log. TIMELINE_LOG, when set, "
    "names it first.",
)
@click.version_option(__version__, prog_name="timeline")
@click.pass_context
def cli(ctx: click.Context, log_dir: str) -> None:
    """Turn news articles about officials and diplomacy into a log of dated events.

    Ingest articles, then ask who met whom, when, and in which office.

    \b
    Example:
        timeline ingest seeds/
        timeline meetings
        timeline export --format jsonl > events.jsonl
    """
    ctx.ensure_object(dict)
    ctx.obj["log"] = _log_location(log_dir)


def _log_location(log_dir: str) -> str:
    """Where the log is: TIMELINE_LOG when set, else ``log_dir``; a usage error when it cannot be a log."""
    if os.environ.get("TIMELINE_LOG", "").strip():
        log_dir = os.environ["TIMELINE_LOG"]  # the environment first, then --log (CONTRACT.md)
    if "://" not in log_dir and Path(log_dir).is_file():
        raise click.BadParameter(
            f"{log_dir!r} is a file; the log is a directory or a postgresql:// URL", param_hint="--log"
        )
    if "://" in log_dir and not log_dir.startswith(("postgresql://", "postgres://")):
        from timeline.store_pg import redact  # noqa: PLC0415 - the PostgreSQL backend only for a URL

        shown = redact(log_dir)
        raise click.BadParameter(f"{shown!r}: only postgresql:// URLs name a shared log", param_hint="--log")
    return log_dir


def jobs_option(func: F) -> F:
    """``--jobs N``: processes extracting at once (default: one per core)."""
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=None,
        help="Processes extracting articles at once; default: one per core of this machine. "
        "1 extracts in this process.",
    )(func)


def batch_size_option(func: F) -> F:
    """``--batch-size N``: articles per durable append, for ingest and backfill alike."""
    return click.option(
        "--batch-size",
        type=click.IntRange(min=1),
        default=BATCH_ARTICLES,
        show_default=True,
        help="Articles per durable append (one lock and one fsync each).",
    )(func)


def debug_option(func: F) -> F:
    """``--debug``: print an unexpected error's traceback on stderr instead of writing it to a file."""
    return click.option(
        "--debug",
        is_flag=True,
        help="Print the traceback of an unexpected error in an article on stderr, instead of "
        "writing it to a file under the log directory.",
    )(func)


@cli.command()
@click.argument(
    "paths",
    nargs=-1,
    required=True,
    # readable=False: a file that cannot be read is that file's refusal (exit 1, the others go in), not a usage error
    type=click.Path(path_type=Path, allow_dash=True, readable=False),
)
@click.option("--published", type=DATE, help="Publication date for articles whose header lacks one.")
@click.option("--source", help="Source name for articles whose header lacks one.")
@click.option("--url", help="URL for articles whose header lacks one.")
@batch_size_option
@jobs_option
@click.option("--quiet", "-q", is_flag=True, help="Say only what went wrong.")
@debug_option
@click.pass_context
def ingest(  # noqa: PLR0913, PLR0917 - the options of CONTRACT.md, and the pipeline's
    ctx: click.Context,
    paths: tuple[Path, ...],
    published: pendulum.Date | None,
    source: str | None,
    url: str | None,
    batch_size: int,
    jobs: int | None,
    quiet: bool,  # noqa: FBT001 - click passes flags by keyword
    debug: bool,  # noqa: FBT001 - the same
) -> None:
    """Read articles, extract their events and append them to the log.

    PATHS are files, directories (every *.txt and *.md below, sorted) or - for
    standard input. A refused file is named with the reason; the others still
    go in, and the exit code is 1. An article already in the log (same text)
    appends nothing. An unexpected error in one article names it and leaves it
    out; the others go in, and the exit code is 1. An article not in English
    is recorded without events, with a warning.

    Articles are extracted in parallel (--jobs) and appended in input order,
    a batch at a time; the log is locked only while a batch is written. On a
    terminal a progress line shows count, rate and time left; Ctrl-C stops,
    keeping the batches already written (exit code 130).

    \b
    Example:
        timeline ingest seeds/
        timeline ingest --published 2024-11-14 --source "Wire desk" story.txt
        curl -s https://example.org/story.txt | timeline ingest --published 2024-11-14 -
    """
    from timeline import api  # noqa: PLC0415 - see the note on imports at the top

    log = _log(ctx)
    progress = _Progress(enabled=_stderr_is_tty() and not quiet)
    tell = _teller(log, quiet=quiet or progress.enabled, debug=debug, progress=progress)
    stopwatch = _stopwatch()
    try:
        summary = api.ingest(
            log,
            paths,
            today=_today(),
            now=_now,
            published=published,
            source=source,
            url=url,
            jobs=jobs,
            batch_size=batch_size,
            timeout=_lock_timeout(),
            tell=tell,
            progress=lambda s: progress.show(s.done, s.total, "articles"),
            read_stdin=sys.stdin.buffer.read,
        )
    except TimelineError as exc:
        progress.clear()
        raise _fail(exc) from exc
    progress.clear()
    if summary.interrupted:
        left = summary.unsaved + summary.total - summary.done
        click.echo(
            f"interrupted: {summary.added} articles added in {summary.batches} batches, {left} not added; "
            f"nothing was half-written ({log.location}). Run the same ingest again for the rest: "
            "articles already in the log are skipped",
            err=True,
        )
        ctx.exit(130)
    if not quiet:
        parts = [
            f"{summary.added} articles added",
            f"{summary.known} already in the log",
            f"{summary.refused} refused",
        ]
        if summary.failed:
            parts.append(f"{summary.failed} failed")
        if summary.foreign:
            parts.append(f"{summary.foreign} not in English (recorded without events)")
        click.echo(f"{', '.join(parts)} ({log.location}){_took(stopwatch, summary.done)}", err=True)
    if summary.refused or summary.failed:
        ctx.exit(1)


def _lock_timeout() -> float:
    """TIMELINE_LOCK_TIMEOUT: seconds a writer waits for the lock (30 when unset), or one Error line."""
    text = os.environ.get("TIMELINE_LOCK_TIMEOUT", "").strip() or "30"
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and 0 <= seconds <= MAX_LOCK_TIMEOUT):
        msg = (
            f"TIMELINE_LOCK_TIMEOUT={text!r} is not a number of seconds from 0 to {MAX_LOCK_TIMEOUT:,} "
            "(such as 30); set it so, or unset it"
        )
        raise click.ClickException(msg)
    return seconds


def _stderr_is_tty() -> bool:
    return sys.stderr.isatty()


def _stopwatch() -> Callable[[], float] | None:
    """Seconds since now; None when TIMELINE_NOW fixes the clock (reproducible output for tests and docs)."""
    if os.environ.get("TIMELINE_NOW"):
        return None
    start = time.monotonic()
    return lambda: time.monotonic() - start


def _took(stopwatch: Callable[[], float] | None, count: int) -> str:
    """The end of the summary line, " in 12.3 s (162 articles/s)", or nothing when the clock is fixed."""
    if stopwatch is None:
        return ""
    seconds = stopwatch()
    rate = f" ({count / seconds:,.1f} articles/s)" if seconds > 0 and count else ""
    return f" in {seconds:,.1f} s{rate}"


class _Progress:
    """One line on a terminal, redrawn in place: count, rate, time left."""

    EVERY = 0.2  # seconds between redraws

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.start = time.monotonic()
        self.drawn = 0.0
        self.shown = False

    def show(self, done: int, total: int, what: str) -> None:
        """Redraw, at most every ``EVERY`` seconds and at the last item."""
        if not self.enabled:
            return
        moment = time.monotonic()
        if moment - self.drawn < self.EVERY and done < total:
            return
        self.drawn = moment
        click.echo(f"\r{progress_line(done, total, moment - self.start, what)}\x1b[K", err=True, nl=False)
        self.shown = True

    def clear(self) -> None:
        """Wipe the line (before a message, and at the end)."""
        if self.shown:
            click.echo("\r\x1b[K", err=True, nl=False)
            self.shown = False


def progress_line(done: int, total: int, seconds: float, what: str) -> str:
    """The progress line, "1,234/2,000 articles  45.2/s  0:17 left" (rate and time left once known)."""
    line = f"{done:,}/{total:,} {what}"
    if seconds > 0 and done:
        rate = done / seconds
        left = int((total - done) / rate)
        line += f"  {rate:,.1f}/s  {left // 60}:{left % 60:02d} left"
    return line


def _teller(log: EventLog, *, quiet: bool, debug: bool, progress: _Progress) -> Callable[[Any], None]:
    """How notes of the pipeline are printed: errors and warnings always, the rest unless quiet.

    An unexpected error's traceback goes to a file under the log directory
    (``errors/<time>-<pid>.txt``; for a shared log, under the temporary
    directory), or on stderr with ``--debug``.
    """
    errors = _ErrorFile(log)

    def tell(note: Any) -> None:  # noqa: ANN401 - an ingest.Note (the module loads only with ingest)
        if note.level == "info" and quiet:
            return
        progress.clear()
        prefix = {"error": "Error: ", "warning": "warning: ", "info": ""}[note.level]
        line = prefix + (f"{note.name}: " if note.name else "") + note.message
        if note.detail and not debug:
            try:
                line += f"; the traceback is in {errors.add(note.name, note.detail)}"
            except OSError:
                debug_now = True
            else:
                debug_now = False
        else:
            debug_now = bool(note.detail)
        click.echo(line, err=True)
        if debug_now:
            click.echo(note.detail.rstrip("\n"), err=True)

    return tell


class _ErrorFile:
    """Where this call writes the tracebacks of unexpected errors, made on the first one."""

    def __init__(self, log: EventLog) -> None:
        from timeline import api  # noqa: PLC0415 - see the note on imports at the top

        location = log.location
        folder = Path(tempfile.gettempdir()) / "timeline" if "://" in location else Path(location)
        stamp = api.recorded_at(_now()).format("YYYYMMDD[T]HHmmss[Z]")
        self.path = folder / "errors" / f"{stamp}-{os.getpid()}.txt"

    def add(self, name: str, detail: str) -> Path:
        """Append one traceback under the input's name; the file's path."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(f"== {name}\n{detail.rstrip()}\n\n")
        return self.path


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "csv", "timelinejs", "html"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per line (CONTRACT.md); json: the same records as one array; "
    "csv: one row per meeting participant; timelinejs: a TimelineJS document; "
    "html: the self-contained page `timeline html` writes.",
)
@filter_options
@click.pass_context
def export(ctx: click.Context, fmt: str, wanted: Wanted) -> None:
    """Write every record of the log to stdout, in log order.

    Meetings carry participants under their name as resolved across the whole
    log; articles, office observations and other events have their own type.
    The filters narrow it; with any, an article's record comes only with
    records from it that are in.

    \b
    Example:
        timeline export --format jsonl > timeline.jsonl
        timeline export --format csv > meetings.csv
        timeline export --format timelinejs > timeline.json
        timeline export --format html > timeline.html
    """
    from timeline import api  # noqa: PLC0415 - see the note on imports at the top
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top

    log = _existing_log(ctx)
    try:
        world = api.world_of(log, warn=_warn)
        ctx.call_on_close(world.close)
        selection = _selection(world, wanted)
        if fmt == "html":
            click.echo(_page(world, selection), nl=False)
            return
        events = log.events() if selection.empty else _selected_events(log, world, selection)
        if fmt == "jsonl":
            lines = render.export_jsonl(events, world)
        elif fmt == "json":
            lines = render.export_json(events, world)
        elif fmt == "csv":
            lines = render.export_csv(world, selection)
        else:
            lines = render.export_timelinejs(world, selection)
        _echo_lines(lines)
    except TimelineError as exc:
        raise _fail(exc) from exc


def _selected_events(log: EventLog, world: World, selection: Selection) -> Iterator[Event]:
    """The log's events the selection takes, and the records of their articles (two passes over the log)."""
    from timeline.model import ArticleIngested  # noqa: PLC0415 - see the note on imports at the top

    articles = {
        getattr(event, "article", None)
        for event in log.events()
        if not isinstance(event, ArticleIngested) and selection.takes_event(event, world.name)
    }
    for event in log.events():
        if isinstance(event, ArticleIngested):
            if event.article in articles:
                yield event
        elif selection.takes_event(event, world.name):
            yield event


class CheckpointParam(click.ParamType):  # type: ignore[type-arg]  # generic in the stubs only
    """A checkpoint: the line ``timeline verify`` prints, or a file holding it (its last such line)."""

    name = "checkpoint"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Checkpoint:  # noqa: ANN401
        """The checkpoint, or a usage error showing the form expected."""
        from timeline.chain import Checkpoint  # noqa: PLC0415 - see the note on imports at the top

        if isinstance(value, Checkpoint):
            return value
        text = str(value)
        try:
            return Checkpoint.from_text(text)
        except ValueError:
            pass
        try:
            lines = _read_small(Path(text)).splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            self.fail(
                f"{text!r} is neither a line 'checkpoint N HASH' nor a file holding one ({exc})", param, ctx
            )
        for line in reversed(lines):
            with contextlib.suppress(ValueError):
                return Checkpoint.from_text(line)
        self.fail(f"{text} holds no line 'checkpoint N HASH' (as `timeline verify` prints)", param, ctx)


def _read_small(path: Path, limit: int = 1 << 20) -> str:
    """A small text file (a checkpoint file is a few lines; a device or a huge file is not read whole)."""
    with path.open("rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        return handle.read(limit).decode("utf-8")


@cli.command()
@click.option(
    "--since",
    type=CheckpointParam(),
    metavar="CHECKPOINT",
    help="A checkpoint printed by an earlier verify (the line, or a file holding it): fail unless "
    "the log still holds exactly those events, whatever was appended since.",
)
@click.pass_context
def verify(ctx: click.Context, since: Checkpoint | None) -> None:
    """Check the log: hash chain, every line's schema, sequence, batches, HEAD.

    Exits 1 naming the first bad line. A write that a crash cut short is not
    damage: it is reported and moved aside by the next ingest. Prints the
    log's checkpoint on stdout, "checkpoint N HASH": keep it somewhere else
    (a ticket, a git repository, an e-mail) and pass it to --since later to
    prove that nothing it covers was cut, rewritten or replaced.

    \b
    Example:
        timeline verify && echo intact
        timeline verify >> ~/timeline-checkpoints.txt
        timeline verify --since ~/timeline-checkpoints.txt
    """
    from timeline.chain import Checkpoint  # noqa: PLC0415 - see the note on imports at the top

    log = _log(ctx)
    if not log.exists():
        raise click.ClickException(f"no log in {log.location}; run `timeline ingest` first")
    try:
        report = log.verify(since=since)
    except TimelineError as exc:
        raise _fail(exc) from exc
    if report.torn_bytes:
        click.echo(
            f"warning: {report.torn_bytes} bytes of an interrupted write follow the last complete batch; "
            "the next ingest moves them aside",
            err=True,
        )
    extends = f", extends checkpoint {since.events} {since.hash[:16]}" if since else ""
    click.echo(
        f"ok: {report.events} events, chain intact, last hash {report.last_hash[:16]}{extends}", err=True
    )
    click.echo(Checkpoint.of(report).line())


@cli.command(name="copy")
@click.argument("source", metavar="SRC")
@click.argument("destination", metavar="DST")
def copy_command(source: str, destination: str) -> None:
    """Copy a whole log to an empty one: files to PostgreSQL, PostgreSQL to files, or alike.

    SRC and DST are log directories or postgresql:// URLs. Every line goes
    over as it is (event ids, record times, hashes), each checked as
    `verify` would; a copy back gives byte-identical JSON lines. DST must be
    empty. A copy to files is built beside DST and moved in only whole and
    verified; into PostgreSQL it is one transaction. A failed, killed or
    interrupted copy leaves DST as it was (Ctrl-C exits 130).

    \b
    Example:
        timeline copy events/ postgresql://analyst@db.example.org/timeline
        timeline copy postgresql://analyst@db.example.org/timeline backup-events/
    """
    from timeline.backend import open_log  # noqa: PLC0415 - see the note on imports at the top

    from timeline.output import log_directory  # noqa: PLC0415 - the writers only where a command writes
    from timeline.store import Log, copy_into  # noqa: PLC0415 - as log_directory

    timeout = _lock_timeout()
    try:
        src = open_log(source)
        dst = open_log(destination if "://" in destination else log_directory(destination))
        if not src.exists():
            raise click.ClickException(f"no log in {src.location}; nothing to copy")
        lines = _progress(src.raw_lines(), "copied")
        if isinstance(dst, Log):
            count = copy_into(dst, lines, timeout=timeout)
        else:
            with dst.writer(timeout=timeout) as writer:  # one transaction: all lines or none
                count = writer.append_lines(lines)
        report = dst.verify()
    except TimelineError as exc:
        raise _fail(exc) from exc
    except KeyboardInterrupt:
        click.echo(f"interrupted: nothing was copied; {destination} is as it was", err=True)
        sys.exit(130)
    click.echo(
        f"copied {count:,} events from {src.location} to {dst.location}; "
        f"{report.events:,} events verified there, last hash {report.last_hash[:16]}",
        err=True,
    )


@cli.command(name="log")
@click.option(
    "--all", "show_all", is_flag=True, help="Also the records that no longer count (re-extracted, retracted)."
)
@filter_options
@output_options
@click.pass_context
def log_command(ctx: click.Context, wanted: Wanted, show_all: bool, fmt: str) -> None:  # noqa: FBT001 - a click flag
    """List the events in the log, in log order.

    Records that no longer count (a first reading of an article read again by
    `timeline reextract`, an event retracted) are left out; --all shows them,
    marked [re-extracted] or [retracted].

    \b
    Example:
        timeline log --kind meeting-reported --since 2024
        timeline log --all --kind meeting-reported
        timeline log --format jsonl | head
    """
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top

    from timeline.superseded import superseded  # noqa: PLC0415 - only the log listing needs it

    log = _existing_log(ctx)
    try:
        world = _world(ctx) if wanted.officials else None
        selection = _selection(world, wanted)
        name = world.name if world is not None else str
        everything = list(log.records())
        gone = superseded(everything)
        records = [
            r
            for r in everything
            if (show_all or r.seq not in gone) and (selection.empty or selection.takes_event(r.event, name))
        ]
    except TimelineError as exc:
        raise _fail(exc) from exc
    _echo_view(render.records(records, fmt, gone), fmt)


def known_at_option(func: F) -> F:
    """``--known-at``: answer as the log knew it at a log position or a record time."""
    return click.option(
        "--known-at",
        "known_at",
        metavar="SEQ|DATETIME",
        help="Use only what the log knew then: a log position (seq, as `timeline log` shows) "
        "or a record time (2024-11-15T00:00:00Z).",
    )(func)


def _world(ctx: click.Context, known_at: str | None = None) -> World:
    import pendulum  # noqa: PLC0415 - see the note on imports at the top

    from timeline import api  # noqa: PLC0415 - see the note on imports at the top

    log = _existing_log(ctx)
    when: int | pendulum.DateTime | None = None
    if known_at is not None and known_at.isdigit():
        when = int(known_at)
    elif known_at is not None:
        msg = f"--known-at {known_at!r} is neither a log position nor a date-time (2024-11-15T00:00:00Z)"
        try:
            moment = pendulum.parse(known_at)
        except (ValueError, pendulum.parsing.exceptions.ParserError) as exc:
            raise click.BadParameter(msg) from exc
        if not isinstance(moment, pendulum.DateTime):
            raise click.BadParameter(msg)
        when = moment
    try:
        world = api.world_of(log, known_at=when, warn=_warn)
    except TimelineError as exc:
        raise _fail(exc) from exc
    ctx.call_on_close(world.close)  # the projection store's file, closed when the command is done
    return world


def _stored_view(
    ctx: click.Context,
    fmt: str,
    wanted: Wanted,
    known_at: str | None,
    read: Callable[[sqlite3.Connection], list[bytes]],
) -> bool:
    """Echo a JSON-lines view straight from the projection store's lines when it plainly reflects the log.

    Only a view of everything (no filter, no ``--known-at``) of a file log,
    and only when ``cachefile.read_current`` finds the store current and
    its rows sound; the lines are those ``render`` would print from the
    same store (tests/test_views.py compares the two byte for byte). False
    when the view must take the full path (``_world``, ``render``), which
    brings the store up to date, or tells what was wrong with it.
    """
    location = ctx.obj["log"]
    if (
        fmt != "jsonl"
        or known_at is not None
        or wanted != Wanted()
        or "://" in location
        or not shortcut.utf8_stdout()
    ):
        return False
    lines = cachefile.read_current(Path(location), read)
    if lines is None:
        return False
    shortcut.echo(lines)
    return True


def _stored_or_world(
    ctx: click.Context,
    fmt: str,
    wanted: Wanted,
    known_at: str | None,
    read: Callable[[sqlite3.Connection], list[bytes]],
) -> World | None:
    """The world a view renders; None when the view was echoed from the store's lines instead (``_stored_view``).

    The store is tried before the world is made (it may be current) and
    again after (``_world`` has just brought it up to date): either way the
    view prints the lines it keeps, and does not import the views' module
    and what that stands on.
    """
    if _stored_view(ctx, fmt, wanted, known_at, read):
        return None
    world = _world(ctx, known_at)
    if _stored_view(ctx, fmt, wanted, known_at, read):
        return None
    return world


def _country_code(query: str) -> str | None:
    """The country a user typed (``gazetteer.find_country``); a code is checked without the gazetteer."""
    code = country_code(query)
    if code is not None:
        return code
    from timeline import gazetteer  # noqa: PLC0415 - names of countries only when one is typed

    return gazetteer.find_country(query)


@cli.command()
@filter_options
@output_options
@known_at_option
@click.pass_context
def meetings(ctx: click.Context, wanted: Wanted, fmt: str, known_at: str | None) -> None:
    """Show the meetings in the log, ordered by when they happened.

    One meeting reported by several articles is shown once, with its sources.
    The filters narrow it: every one given must be met.

    \b
    Example:
        timeline meetings
        timeline meetings --since 2024 --country JP --official blinken
        timeline meetings --kind call --topic trade --format csv
    """
    world = _stored_or_world(ctx, fmt, wanted, known_at, lambda db: cachefile.view_lines(db, "meetings"))
    if world is None:
        return
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top

    _echo_view(render.meetings(world, fmt, color=_color(), selection=_selection(world, wanted)), fmt)


@cli.command()
@filter_options
@output_options
@known_at_option
@click.pass_context
def changes(ctx: click.Context, wanted: Wanted, fmt: str, known_at: str | None) -> None:
    """Show flagged changes by valid time: by default, a new holder of an office.

    The same changes as the page (`timeline html`), `country`, `official` and
    `diff` show. --kind picks others (new-office, first-meeting,
    joined-grouping) or all; the other filters narrow them.

    \b
    Example:
        timeline changes
        timeline changes --kind all --since 2024
        timeline changes --country KR --format jsonl
    """
    world = _stored_or_world(ctx, fmt, wanted, known_at, lambda db: cachefile.view_lines(db, "changes"))
    if world is None:
        return
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top

    _echo_view(render.changes(world, fmt, selection=_selection(world, wanted)), fmt)


@cli.command()
@click.argument("country_query", metavar="COUNTRY", type=TEXT)
@filter_options
@output_options
@known_at_option
@click.pass_context
def country(ctx: click.Context, country_query: str, wanted: Wanted, fmt: str, known_at: str | None) -> None:
    """Show a country's timeline: office holders, meetings and changes.

    COUNTRY is a code or a name: KR, "South Korea", "Korea, Republic of".

    \b
    Example:
        timeline country KR
        timeline country "South Korea" --since 2024 --format json
    """
    code = _country_code(country_query)
    if code is None:
        raise click.ClickException(f"no country called {country_query!r}; try its ISO code, such as KR or JP")

    world = _stored_or_world(ctx, fmt, wanted, known_at, lambda db: cachefile.view_lines(db, "country", code))
    if world is None:
        return
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top

    selection = _selection(world, wanted)
    _echo_view(render.country_timeline(world, code, fmt, color=_color(), selection=selection), fmt)


@cli.command()
@click.argument("name", type=TEXT)
@filter_options
@output_options
@known_at_option
@click.pass_context
def official(ctx: click.Context, name: str, wanted: Wanted, fmt: str, known_at: str | None) -> None:
    """Show one official's timeline: offices held, meetings and flagged changes.

    NAME may be partial and in any order or case: "iwaya" finds Takeshi Iwaya.
    A name that fits several people lists them with what tells them apart
    (countries, offices, meetings, spellings) and exits 2: none is picked.

    \b
    Example:
        timeline official iwaya
        timeline official "Blinken" --since 2024 --format jsonl
    """
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top

    world = _world(ctx, known_at)
    person = _one_person(world, name)
    selection = _selection(world, wanted)
    _echo_view(render.official_timeline(world, person, fmt, color=_color(), selection=selection), fmt)


@cli.command()
@click.argument("as_of", metavar="DATE", type=PERIOD_END, required=False)
@click.option("--country", "country_query", type=TEXT, help="Only this country (code or name).")
@output_options
@known_at_option
@click.pass_context
def state(
    ctx: click.Context, as_of: pendulum.Date | None, country_query: str | None, fmt: str, known_at: str | None
) -> None:
    """Show who held which office on DATE (today when omitted), by the last sighting.

    DATE is a day, a month or a year (2024-01-01, 2024-01, 2024); a month or
    a year means its last day. Each holder says how long before DATE it was
    last seen; one not seen for over a year is "last seen", not current.

    \b
    Example:
        timeline state 2024-01-01
        timeline state 2024-11-14 --country JP --known-at 12
    """
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top
    from timeline.state import state_at  # noqa: PLC0415 - see the note on imports at the top

    code = _country_option(country_query)
    when = as_of or _today()
    _echo_view(render.state(state_at(_world(ctx, known_at), when, code), fmt), fmt)


@cli.command()
@click.option(
    "--country", "country_queries", type=TEXT, multiple=True, help="Only people of this country (repeatable)."
)
@click.option(
    "--official",
    "official_queries",
    type=TEXT,
    multiple=True,
    help="Only this person, by any form of the name (repeatable).",
)
@output_options
@known_at_option
@click.pass_context
def people(
    ctx: click.Context,
    country_queries: tuple[str, ...],
    official_queries: tuple[str, ...],
    fmt: str,
    known_at: str | None,
) -> None:
    """List everyone in the log: printed name, other spellings, countries, offices, meetings.

    Each office comes with its first and last sighting; spellings are the
    other forms articles wrote the name in (a wrong merge or split shows
    here: `timeline merge-people` and `timeline split-person` correct it).

    \b
    Example:
        timeline people
        timeline people --country KR --format csv
    """
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top
    from timeline import roster  # noqa: PLC0415 - see the note on imports at the top

    world = _world(ctx, known_at)
    selection = _selection(world, Wanted(countries=country_queries, officials=official_queries))
    _echo_view(render.people(roster.people(world, selection), fmt), fmt)


@cli.command()
@click.argument("as_of", metavar="DATE", type=PERIOD_END, required=False)
@click.option(
    "--country",
    "country_queries",
    type=TEXT,
    multiple=True,
    help="Only this country (code or name; repeatable).",
)
@output_options
@known_at_option
@click.pass_context
def offices(
    ctx: click.Context,
    as_of: pendulum.Date | None,
    country_queries: tuple[str, ...],
    fmt: str,
    known_at: str | None,
) -> None:
    """List every country's offices with their holders in order, as known on DATE (today when omitted).

    The last holder says how long before DATE it was last seen; one not seen
    for over a year is "last seen", not current. DATE is a day, a month or a
    year (2024-11-14, 2024-11, 2024), a month or a year meaning its last day.

    \b
    Example:
        timeline offices
        timeline offices 2024 --country KR --country JP
    """
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top
    from timeline import roster  # noqa: PLC0415 - see the note on imports at the top

    when = as_of or _today()
    world = _world(ctx, known_at)
    selection = _selection(world, Wanted(countries=country_queries))
    _echo_view(render.offices(roster.offices(world, when, selection), when, fmt), fmt)


@cli.command(name="diff")
@click.argument("a", metavar="A", type=PERIOD_END)
@click.argument("b", metavar="B", type=PERIOD_END)
@click.option("--country", "country_query", type=TEXT, help="Only this country (code or name).")
@output_options
@known_at_option
@click.pass_context
def diff_command(
    ctx: click.Context,
    a: pendulum.Date,
    b: pendulum.Date,
    country_query: str | None,
    fmt: str,
    known_at: str | None,
) -> None:
    """Show what changed between dates A and B: office holders, officials, meetings, topics.

    Covers A < date <= B in valid time; --known-at answers as the log believed then.
    A and B are days, months or years (2023-11-14, 2023-11, 2023); a month or
    a year means its last day, so `diff 2023 2024` is what changed during 2024.
    A holder at B not seen for over a year before B is marked "last seen";
    the flagged changes listed are those `timeline changes` shows, first
    seen after A and by B.

    \b
    Example:
        timeline diff 2023 2024
        timeline diff 2023-11-14 2024-11-14
        timeline diff 2023-11-14 2024-11-14 --country KR --format json
    """
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top
    from timeline.state import diff  # noqa: PLC0415 - see the note on imports at the top

    if b < a:
        raise click.BadParameter("B must not be before A", param_hint="B")
    code = _country_option(country_query)
    _echo_view(render.diff_lines(diff(_world(ctx, known_at), a, b, code), fmt), fmt)


@cli.command(name="html")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    default="timeline.html",
    show_default=True,
    help="The HTML file to write (- for standard output).",
)
@click.option(
    "--lanes",
    type=click.Choice(["country", "official"]),
    default="country",
    show_default=True,
    help="One lane per country, or one per official.",
)
@click.option("--title", default="Timeline", show_default=True, help="The page's heading.")
@filter_options
@known_at_option
@click.pass_context
def html_command(  # noqa: PLR0913 - the page's own options and the filters
    ctx: click.Context,
    output: Path,
    lanes: str,
    title: str,
    wanted: Wanted,
    known_at: str | None,
) -> None:
    """Write the timeline as one self-contained HTML page (no network needed to view it).

    Lanes of meetings (a mark joins the lanes of everyone who took part),
    office tenures as bars with the holder's name, flagged changes in red.
    A date known only to the month spans its month; approximate dates look
    faded; planned meetings are hollow. Click a mark for its participants,
    place, topics and the sentences that report it, with links to the
    source articles. Wheel to zoom, drag to pan.

    \b
    Example:
        timeline html -o timeline.html
        timeline html --lanes official --country KR --since 2024-01-01 -o korea.html
    """
    world = _world(ctx, known_at)
    from timeline import page  # noqa: PLC0415 - the page only for html

    data = page.page_data(world, lanes=lanes, selection=_selection(world, wanted))
    text = page.render_page(data, title=title)
    if str(output) == "-":
        click.echo(text, nl=False)
        return
    from timeline.output import write_output  # noqa: PLC0415 - the writers only where a command writes

    try:
        write_output(output, text)
    except TimelineError as exc:
        raise _fail(exc) from exc
    click.echo(
        f"{output}: {len(data['meetings'])} meetings, {len(data['tenures'])} tenures, "
        f"{len(data['changes'])} flagged changes",
        err=True,
    )


def _page(world: World, selection: Selection) -> str:
    """The whole page, as `timeline html` writes it with its defaults (for `export --format html`)."""
    from timeline import page  # noqa: PLC0415 - the page only for html

    data = page.page_data(world, lanes="country", selection=selection)
    return page.render_page(data, title="Timeline")


def _progress(lines: Iterator[bytes], verb: str, every: int = 100_000) -> Iterator[bytes]:
    """Pass lines through, saying on stderr how many went by, every ``every``."""
    for number, line in enumerate(lines, start=1):
        if number % every == 0:
            click.echo(f"... {verb} {number:,} events", err=True)
        yield line


def _country_option(query: str | None) -> str | None:
    """The country a ``--country`` option names (``_country_code``), or a usage error."""
    if query is None:
        return None
    code = _country_code(query)
    if code is None:
        raise click.BadParameter(f"no country called {query!r}", param_hint="--country")
    return code


def _append_correction(
    ctx: click.Context,
    event: Event,
    *,
    names: tuple[str, ...] = (),
    change: Callable[[World], str] | None = None,
) -> None:
    """Append one correction; its ``names`` must be people in the log, and ``change`` says what it changes.

    A name that is nobody in the log is refused (one Error line with the closest names, exit 1):
    a typo must not be recorded as a correction that changes nothing.
    """
    log = _log(ctx)
    timeout, now = _lock_timeout(), _now()
    if not log.exists():
        raise click.ClickException(f"no log in {log.location}; run `timeline ingest` first")
    said = None
    if names or change is not None:
        world = _world(ctx)
        _require_people(world, names)
        said = change(world) if change is not None else None
    try:
        with log.writer(timeout=timeout) as writer:
            [record] = writer.append([event], recorded_at=now)
    except TimelineError as exc:
        raise _fail(exc) from exc
    from timeline import api  # noqa: PLC0415 - see the note on imports at the top

    api.update_store(log)  # a correction the store follows (a retraction, merge, name or office set): warm
    if said:
        click.echo(said, err=True)
    click.echo(f"recorded {record.kind} as event {record.id} (log position {record.seq})", err=True)


CLOSEST = 3  # names offered when a correction names nobody in the log


def _require_people(world: World, names: Iterable[str]) -> None:
    """Refuse names that are nobody in the log (by any written form or the printed name), offering the closest."""
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top
    from timeline.identity import person_key  # noqa: PLC0415 - see the note on imports at the top

    people = world.people()
    known = set(world.names) | {person_key(p) for p in people}
    unknown = [name for name in dict.fromkeys(names) if person_key(name) not in known]
    if not unknown:
        return
    close = {name: _closest(name, people) for name in unknown}
    shown = " or ".join(repr(render.visible(name)) for name in unknown)
    offers = [
        (f"to {render.visible(name)!r}: " if len(unknown) > 1 else "")
        + ", ".join(render.visible(c) for c in found)
        for name, found in close.items()
        if found
    ]
    hint = (
        f" (closest {'; '.join(offers)})"
        if len(unknown) > 1 and offers
        else f" (closest: {offers[0]})"
        if offers
        else ""
    )
    if not offers:
        hint = "; `timeline meetings` lists who is there"
    raise click.ClickException(f"nobody called {shown} in the log{hint}; nothing was recorded")


def _printed(world: World, name: str) -> str:
    """The name printed for whoever ``name`` is: by a written form, else by the printed name itself."""
    from timeline.identity import person_key  # noqa: PLC0415 - see the note on imports at the top

    key = person_key(name)
    if key in world.names:
        return world.names[key]
    return next((p for p in world.people() if person_key(p) == key), name)


def _closest(name: str, people: list[str]) -> list[str]:
    """Up to ``CLOSEST`` people whose name is nearest ``name``: a partial match first, then by spelling."""
    from timeline.identity import person_key  # noqa: PLC0415 - see the note on imports at the top

    import difflib  # noqa: PLC0415 - only when a correction names nobody

    by_folded = {" ".join(person_key(p)): p for p in people}
    spelt = difflib.get_close_matches(" ".join(person_key(name)), list(by_folded), n=CLOSEST, cutoff=0.6)
    partial = [p for p in people if set(person_key(name)) & set(person_key(p))]
    found = [*[by_folded[s] for s in spelt], *partial]
    return list(dict.fromkeys(found))[:CLOSEST]


@cli.command(name="merge-people")
@click.argument("names", nargs=-1, required=True, type=TEXT)
@click.option("--into", type=TEXT, help="The name to print for them (default: the first NAME).")
@click.option("--reason", default="", help="Why, for whoever reads the log later.")
@click.pass_context
def merge_people(ctx: click.Context, names: tuple[str, ...], into: str | None, reason: str) -> None:
    """Record that several names are one person (a correction; nothing is edited).

    \b
    Example:
        timeline merge-people "Sergei Lavrov" "Sergey Lavrov" --into "Sergey Lavrov"
    """
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top
    from timeline.model import PeopleMerged  # noqa: PLC0415 - see the note on imports at the top

    if len(names) < 2 and not into:
        raise click.BadParameter("give at least two names, or one name and --into")
    target = into or names[0]

    def change(world: World) -> str:
        printed = list(dict.fromkeys(render.visible(_printed(world, n)) for n in names))
        return f"merged {_and(printed)} into one person, printed {render.visible(target)}"

    _append_correction(ctx, PeopleMerged(names=names, into=target, reason=reason), names=names, change=change)


def _and(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


@cli.command(name="split-person")
@click.argument("name", type=TEXT)
@click.argument("article", type=TEXT)
@click.argument("as_name", metavar="AS_NAME", type=TEXT)
@click.option("--reason", default="", help="Why.")
@click.pass_context
def split_person(ctx: click.Context, name: str, article: str, as_name: str, reason: str) -> None:
    """Record that NAME in one ARTICLE (its id) is another person, AS_NAME.

    \b
    Example:
        timeline split-person "Mr Wang" 1f0c... "Wang Wentao" --reason "the commerce minister"
    """
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top
    from timeline.model import PersonSplit  # noqa: PLC0415 - see the note on imports at the top

    article_id = _article_id(ctx, article)
    _append_correction(
        ctx,
        PersonSplit(name=name, article=article_id, as_name=as_name, reason=reason),
        names=(name,),
        change=lambda world: (
            f"{render.visible(_printed(world, name))} in article {article_id} is now "
            f"{render.visible(as_name)}"
        ),
    )


@cli.command()
@click.argument("event", type=TEXT)
@click.option("--reason", required=True, type=TEXT, help="Why the event is wrong (kept in the log).")
@click.pass_context
def retract(ctx: click.Context, event: str, reason: str) -> None:
    """Withdraw an extracted event, or a whole article, by its id; the log keeps both.

    Event ids are shown by `timeline log --format jsonl` and `timeline export`.

    \b
    Example:
        timeline retract 3f2a9c0d1e2b4c5d6e7f8a9b --reason "a press conference, not a meeting"
    """
    from timeline.model import EventRetracted  # noqa: PLC0415 - see the note on imports at the top

    logged = _logged_event(ctx, event)
    if logged != event:
        click.echo(
            f"{event} is the corrected form of event {logged} in the log: that one is retracted", err=True
        )
    _append_correction(ctx, EventRetracted(event=logged, reason=reason))


def _logged_event(ctx: click.Context, wanted: str) -> str:
    """The id of the event or article ``wanted`` names in the log, also when it is a corrected report's id.

    A meeting's sources show a report a split or an office set changed with
    the id of its corrected form; that id names the report as logged too.
    """
    from timeline import api  # noqa: PLC0415 - see the note on imports at the top

    try:
        _require_event(ctx, wanted, kinds=None)
    except click.ClickException:
        log = _log(ctx)
        try:
            logged = api.logged_id(log, wanted) if log.exists() else None
        except TimelineError as exc:
            raise _fail(exc) from exc
        if logged is None:
            raise
        return logged
    return wanted


@cli.command(name="set-name")
@click.argument("name", type=TEXT)
@click.argument("to", type=TEXT)
@click.option("--reason", default="", help="Why.")
@click.pass_context
def set_name(ctx: click.Context, name: str, to: str, reason: str) -> None:
    """Set the name printed for a person (every form of the name follows).

    \b
    Example:
        timeline set-name "Iwaya Takeshi" "Takeshi Iwaya"
    """
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top
    from timeline.model import NameSet  # noqa: PLC0415 - see the note on imports at the top

    _append_correction(
        ctx,
        NameSet(name=name, to=to, reason=reason),
        names=(name,),
        change=lambda world: f"{render.visible(_printed(world, name))} is now printed {render.visible(to)}",
    )


@cli.command(name="set-office")
@click.argument("name", type=TEXT)
@click.option("--role", required=True, type=click.Choice(ROLES), help="The office class.")
@click.option("--country", "country_query", type=TEXT, help="The country (code or name).")
@click.option("--title", type=TEXT, help="The title as it should read.")
@click.option("--since", type=DATE, help="Only from this date on (valid time).")
@click.option("--reason", default="", help="Why.")
@click.pass_context
def set_office(  # noqa: PLR0913 - one option per field of the correction
    ctx: click.Context,
    name: str,
    role: str,
    country_query: str | None,
    title: str | None,
    since: pendulum.Date | None,
    reason: str,
) -> None:
    """Set the office a person held, where the extractor got it wrong.

    \b
    Example:
        timeline set-office "Wang Yi" --role other --title "CFAC office director" --since 2023-01-01
    """
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top
    from timeline.model import OfficeSet  # noqa: PLC0415 - see the note on imports at the top
    from timeline.textdate import TextDate  # noqa: PLC0415 - see the note on imports at the top

    code = _country_option(country_query)
    when = TextDate.from_date(since) if since else TextDate.unknown()
    office = role + (f" of {code}" if code else "") + (f" ({title})" if title else "")
    start = f" from {since.isoformat()}" if since else ""
    _append_correction(
        ctx,
        OfficeSet(name=name, role=role, country=code, title=title, since=when, reason=reason),
        names=(name,),
        change=lambda world: (
            f"{render.visible(_printed(world, name))} now holds {render.visible(office)}{start}"
        ),
    )


@cli.command()
@click.argument("correction", type=TEXT)
@click.option("--reason", default="", help="Why.")
@click.pass_context
def revert(ctx: click.Context, correction: str, reason: str) -> None:
    """Take back an earlier correction by its event id; views return to what they were.

    \b
    Example:
        timeline revert 9b1c2d3e4f5a6b7c8d9e0f1a
    """
    from timeline.model import CorrectionReverted  # noqa: PLC0415 - see the note on imports at the top

    _require_event(
        ctx, correction, kinds=("people-merged", "person-split", "event-retracted", "name-set", "office-set")
    )
    _append_correction(ctx, CorrectionReverted(correction=correction, reason=reason))


def _require_event(ctx: click.Context, wanted: str, kinds: tuple[str, ...] | None) -> None:
    """Refuse an id that names no event (of these kinds) in the log: a typo must not be recorded."""
    from timeline.model import ArticleIngested  # noqa: PLC0415 - see the note on imports at the top

    log = _log(ctx)
    try:
        for record in log.records():
            matches = record.id == wanted or (
                isinstance(record.event, ArticleIngested) and record.event.article == wanted
            )
            if matches and (kinds is None or record.kind in kinds):
                return
    except TimelineError as exc:
        raise _fail(exc) from exc
    what = "correction" if kinds else "event or article"
    raise click.ClickException(
        f"no {what} with id {wanted!r} in the log; `timeline log --format jsonl` shows ids"
    )


@cli.command()
@jobs_option
@debug_option
@click.pass_context
def reextract(ctx: click.Context, jobs: int | None, debug: bool) -> None:  # noqa: FBT001 - a click flag
    """Read every article in the log again with this extractor, appending what changed.

    Earlier events stay in the log; the new ones supersede them in every view.
    An unexpected error in one article names it and leaves it as it was; the
    others are re-read, and the exit code is 1.

    \b
    Example:
        timeline reextract && timeline meetings
    """
    from timeline import api  # noqa: PLC0415 - see the note on imports at the top

    log = _log(ctx)
    progress = _Progress(enabled=_stderr_is_tty())
    tell = _teller(log, quiet=False, debug=debug, progress=progress)
    try:
        counts = api.reextract(
            log,
            jobs=jobs,
            timeout=_lock_timeout(),
            now=_now,
            tell=tell,
            progress=lambda c: progress.show(c.done, c.total, "articles"),
        )
    except TimelineError as exc:
        progress.clear()
        raise _fail(exc) from exc
    progress.clear()
    if counts.interrupted:
        went = (
            f"{counts.changed} changed articles were appended" if counts.appended else "nothing was appended"
        )
        click.echo(f"interrupted: {went} ({log.location})", err=True)
        ctx.exit(130)
    foreign = f"; {counts.foreign} not in English, left without events" if counts.foreign else ""
    failed = f"; {counts.failed} failed and were left as they were" if counts.failed else ""
    click.echo(
        f"{counts.changed} of {counts.total} articles re-read with {api.extractor_name()}; the rest are unchanged"
        f"{foreign}{failed}",
        err=True,
    )
    if counts.failed:
        ctx.exit(1)


@cli.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--log",
    "log_dir",
    type=TEXT,
    metavar="DIR|URL",
    help="The event log, as the group's --log (TIMELINE_LOG, when set, names it first).",
)
@click.option(
    "--address",
    metavar="ADDRESS",
    help="The Ray cluster, e.g. ray://head:10001; default: RAY_ADDRESS, else a Ray started on this machine.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Ray workers extracting; default: one per CPU of the cluster.",
)
@batch_size_option
@click.option(
    "--report",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("backfill-report.jsonl"),
    show_default=True,
    help="Where the articles that failed or were refused are listed, one JSON line each (input, reason).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress, only the summary.")
@click.pass_context
def backfill(  # noqa: PLR0913, PLR0917 - the archive, the cluster, the pipeline's options
    ctx: click.Context,
    sources: tuple[str, ...],
    log_dir: str | None,
    address: str | None,
    workers: int | None,
    batch_size: int,
    report: Path,
    quiet: bool,  # noqa: FBT001 - click passes flags by keyword
) -> None:
    """Read a large archive on a Ray cluster (or this machine) and append it to the log.

    SOURCE is a directory tree (*.txt, *.md, *.jsonl, each gzipped or not), a
    glob, or a JSON-lines file of {text, published, source, url, title}
    records. Articles already in the log are skipped before extraction; the
    rest are extracted by Ray workers and appended in archive order, in
    batches, by this process alone. Killed at any moment, the same command
    run again completes the archive: nothing is lost or doubled. Articles
    that fail or are refused are listed in the report (exit code 1); the
    others go in. Needs Ray: pip install 'timeline[cluster]'.

    \b
    Example:
        timeline backfill archive/ --log postgresql://db/timeline
        timeline backfill 'wire/2019-*.jsonl.gz' --address ray://head:10001
    """
    from timeline.backend import open_log  # noqa: PLC0415 - see the note on imports at the top

    from timeline import backfill as backfill_run  # noqa: PLC0415 - Ray and the pipeline only here

    log = open_log(_log_location(log_dir)) if log_dir is not None else _log(ctx)
    try:
        failures = backfill_run.Report(report)
    except OSError as exc:
        raise click.ClickException(f"cannot write the report {report}: {exc.strerror}") from exc
    progress = _BackfillProgress(enabled=not quiet, tty=_stderr_is_tty())
    settings = backfill_run.Settings(
        address=address, workers=workers, batch_size=batch_size, timeout=_lock_timeout(), today=_today()
    )
    stopwatch = _stopwatch()
    try:
        summary = backfill_run.run(
            log, sources, settings=settings, now=_now, tell=failures.add, progress=progress.show
        )
    except TimelineError as exc:
        progress.clear()
        raise _fail(exc) from exc
    finally:
        failures.close()
    progress.clear()
    failed = summary.failed + summary.refused
    parts = [f"{summary.added} articles added", f"{summary.known} already in the log", f"{failed} failed"]
    if summary.foreign:
        parts.append(f"{summary.foreign} not in English (recorded without events)")
    listed = f"; the failures are listed in {report}" if failed else ""
    if summary.interrupted:
        click.echo(
            f"interrupted: {', '.join(parts)} ({log.location}){listed}. Run the same backfill again for the "
            "rest: articles already in the log are skipped",
            err=True,
        )
        ctx.exit(130)
    click.echo(f"{', '.join(parts)} ({log.location}){_took(stopwatch, summary.done)}{listed}", err=True)
    if failed:
        ctx.exit(1)


class _BackfillProgress:
    """Progress of a backfill: a line redrawn on a terminal, else a line every ``EVERY_LINE`` seconds (logs)."""

    EVERY_LINE = 30.0

    def __init__(self, *, enabled: bool, tty: bool) -> None:
        self.line = _Progress(enabled=enabled and tty)
        self.plain = enabled and not tty
        self.start = self.printed = time.monotonic()

    def show(self, summary: Any) -> None:  # noqa: ANN401 - an ingestion.Summary (loaded with backfill only)
        """Redraw or print: articles done, rate, time left, failures so far."""
        failed = summary.failed + summary.refused
        if self.line.enabled:
            self.line.show(summary.done, summary.total, f"articles, {failed} failed")
            return
        moment = time.monotonic()
        if self.plain and (moment - self.printed >= self.EVERY_LINE or summary.done == summary.total):
            self.printed = moment
            line = progress_line(summary.done, summary.total, moment - self.start, "articles")
            click.echo(f"{line}  {failed} failed", err=True)

    def clear(self) -> None:
        """Wipe the terminal line."""
        self.line.clear()


def _article_id(ctx: click.Context, prefix: str) -> str:
    matches = [a for a in _log(ctx).article_ids() if a.startswith(prefix)]
    if len(matches) != 1:
        raise click.BadParameter(f"{prefix!r} matches {len(matches)} articles; give more of the id")
    return matches[0]


@cli.command(name="resolve-dates")
def resolve_dates() -> None:
    """Resolve date expressions: JSON lines in on stdin, the same out with "value".

    Each input line is {"text": ..., "anchor": "YYYY-MM-DD", "sentence": ...}
    (sentence optional); each output line adds "value" in TimeML form
    (2012-06, 2013-W11, PRESENT_REF, ...) or null.

    \b
    Example:
        echo '{"text": "last June", "anchor": "2013-03-21"}' | timeline resolve-dates
    """
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            answer = _resolve_line(line)
        except _Malformed as exc:
            click.echo(f"warning: <stdin>:{number}: {exc}; answered null", err=True)
            answer = {"value": None, "reason": f"line {number}: {exc}"}
        click.echo(json.dumps(answer, ensure_ascii=False))


class _Malformed(Exception):  # noqa: N818 - a line's fault, not the program's
    """An input line of resolve-dates that is not an object with text and a valid anchor."""


def _resolve_line(line: str) -> dict[str, Any]:
    """One input line with "value" added (and "reason" when the value is null for a known one).

    Raises:
        _Malformed: the line is not JSON, not an object, nested too deep, or its anchor is no date.

    """
    try:
        item = json.loads(line)
    except RecursionError:
        raise _Malformed("nested too deep to read") from None
    except ValueError as exc:
        raise _Malformed(f"not JSON ({exc})") from None
    if not isinstance(item, dict):
        raise _Malformed(f"not a JSON object but {type(item).__name__}")
    text, anchor_text = item.get("text"), item.get("anchor")
    if not isinstance(text, str) or not isinstance(anchor_text, (str, type(None))):
        raise _Malformed('"text" must be a string and "anchor" a YYYY-MM-DD date or absent')
    sentence = item.get("sentence")
    try:
        from timeline import article, timex  # noqa: PLC0415 - only resolve-dates reads dates from text

        anchor = article.parse_user_date(anchor_text[:10]) if anchor_text else None
    except TimelineError as exc:
        raise _Malformed(f"anchor: {exc}") from None
    found = timex.resolution(text, anchor, sentence if isinstance(sentence, str) else "")
    item["value"] = found.value
    if found.reason:
        item["reason"] = found.reason
    return item


def _echo_lines(lines: Iterable[str], chunk: int = 512) -> None:
    """Echo lines to stdout, many at a time (one ``click.echo`` per line costs more than the view itself)."""
    batch: list[str] = []
    try:
        for line in lines:
            batch.append(line)
            if len(batch) >= chunk:
                click.echo("\n".join(batch))
                batch.clear()
    finally:
        if batch:
            click.echo("\n".join(batch))


def _echo_view(lines: Iterable[str], fmt: str) -> None:
    """Echo a view: a table wrapped to the terminal's width (never cut), data formats as they are."""
    from timeline import render  # noqa: PLC0415 - see the note on imports at the top

    _echo_lines(lines if fmt in render.DATA_FORMATS else render.wrap(lines, _width()))


def _width() -> int | None:
    """The terminal's width when stdout is one (COLUMNS first, as the shell sets it); None when piped."""
    if not sys.stdout.isatty():
        return None
    return max(20, shutil.get_terminal_size().columns)


def _color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def main() -> None:
    """Entry point of the ``timeline`` console script."""
    cli(obj={})


__all__ = ["cli", "main"]
