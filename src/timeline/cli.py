"""The command line: the only code that prints, reads the clock or picks defaults.

Commands parse their options, call the library, render and echo. Data goes
to stdout, messages to stderr. A ``TimelineError`` becomes one ``Error:``
line and exit 1; click's usage errors exit 2.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click
import pendulum

from timeline import __version__, article, render, timex
from timeline.errors import ArticleError, TimelineError
from timeline.extract import EXTRACTOR, extract
from timeline.model import KINDS, ArticleIngested, Event
from timeline.project import build
from timeline.store import Log

F = TypeVar("F", bound=Callable[..., Any])
BATCH_ARTICLES = 200


def output_options(func: F) -> F:
    """``--format table|json|jsonl`` (table by default)."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "jsonl"]),
        default="table",
        show_default=True,
        help="table for people, json or jsonl (one object per line) for programs.",
    )(func)


class DateParam(click.ParamType):
    """A date given as YYYY-MM-DD."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> pendulum.Date:  # noqa: ANN401
        """Parse, or fail with a usage error that shows the expected form."""
        if isinstance(value, pendulum.Date):
            return value
        try:
            return article.parse_user_date(str(value))
        except TimelineError as exc:
            self.fail(str(exc), param, ctx)


DATE = DateParam()


def _log(ctx: click.Context) -> Log:
    return Log(ctx.obj["log"])


def _now() -> str:
    return pendulum.now("UTC").to_iso8601_string()


def _fail(exc: TimelineError) -> click.ClickException:
    return click.ClickException(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--log",
    "log_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="TIMELINE_LOG",
    default="events",
    show_default=True,
    help="Directory of the event log (or set TIMELINE_LOG).",
)
@click.version_option(__version__, prog_name="timeline")
@click.pass_context
def cli(ctx: click.Context, log_dir: Path) -> None:
    """Turn news articles about officials and diplomacy into a log of dated events.

    Ingest articles, then ask who met whom, when, and in which office.

    \b
    Example:
        timeline ingest seeds/
        timeline meetings
        timeline export --format jsonl > events.jsonl
    """
    ctx.ensure_object(dict)
    ctx.obj["log"] = log_dir


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
@click.option("--published", type=DATE, help="Publication date for articles whose header lacks one.")
@click.option("--source", help="Source name for articles whose header lacks one.")
@click.option("--url", help="URL for articles whose header lacks one.")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=BATCH_ARTICLES,
    show_default=True,
    help="Articles per durable append (one fsync each).",
)
@click.option("--quiet", "-q", is_flag=True, help="Say only what went wrong.")
@click.pass_context
def ingest(  # noqa: PLR0913 - the options of CONTRACT.md
    ctx: click.Context,
    paths: tuple[Path, ...],
    published: pendulum.Date | None,
    source: str | None,
    url: str | None,
    batch_size: int,
    quiet: bool,
) -> None:
    """Read articles, extract their events and append them to the log.

    PATHS are files, directories (every *.txt and *.md below, sorted) or - for
    standard input. A refused file is named with the reason; the others still
    go in, and the exit code is 1. An article already in the log (same text)
    appends nothing.

    \b
    Example:
        timeline ingest seeds/
        timeline ingest --published 2024-11-14 --source "Wire desk" story.txt
        curl -s https://example.org/story.txt | timeline ingest --published 2024-11-14 -
    """
    log = _log(ctx)
    refused = 0
    added = skipped = 0
    pending: list[tuple[article.Article, list[Event]]] = []
    published_text = published.isoformat() if published else None
    timeout = float(os.environ.get("TIMELINE_LOCK_TIMEOUT", "30"))
    try:
        with log.writer(timeout=timeout) as writer:
            for path in writer.recovered:
                click.echo(f"warning: an interrupted write was moved aside to {path}", err=True)
            known = log.article_ids()
            for name, data in _inputs(paths):
                if isinstance(data, ArticleError):
                    click.echo(f"Error: {data}", err=True)
                    refused += 1
                    continue
                try:
                    item = article.from_bytes(
                        data,
                        source_name=name,
                        published=published_text,
                        source=source,
                        url=url,
                        filename=None if name == "-" else Path(name).name,
                    )
                except ArticleError as exc:
                    click.echo(f"Error: {exc}", err=True)
                    refused += 1
                    continue
                for warning in item.warnings:
                    click.echo(f"warning: {name}: {warning}", err=True)
                if item.id in known:
                    if not quiet:
                        click.echo(f"{name}: already in the log", err=True)
                    skipped += 1
                    continue
                known.add(item.id)
                events, problems = extract(item)
                for problem in problems:
                    click.echo(f"warning: {name}: {problem}", err=True)
                pending.append((item, events))
                if not quiet:
                    meetings = sum(1 for e in events if e.kind == "meeting-reported")
                    click.echo(
                        f"{name}: {meetings} meetings, {len(events) - 1 - meetings} office observations",
                        err=True,
                    )
                if len(pending) >= batch_size:
                    added += _flush(writer, pending)
            added += _flush(writer, pending)
    except TimelineError as exc:
        raise _fail(exc) from exc
    if not quiet:
        click.echo(
            f"{added} articles added, {skipped} already in the log, {refused} refused ({log.directory})",
            err=True,
        )
    if refused:
        ctx.exit(1)


def _flush(writer: Any, pending: list[tuple[article.Article, list[Event]]]) -> int:  # noqa: ANN401
    events = [event for _, batch in pending for event in batch]
    writer.append(events, recorded_at=_now())
    count = len(pending)
    pending.clear()
    return count


def _inputs(paths: tuple[Path, ...]) -> Iterator[tuple[str, bytes | ArticleError]]:
    for path in paths:
        if str(path) == "-":
            yield "-", sys.stdin.buffer.read()
            continue
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in {".txt", ".md"} and p.is_file())
            if not files:
                yield str(path), ArticleError(str(path), "directory holds no *.txt or *.md files")
            for file in files:
                yield str(file), _read(file)
            continue
        yield str(path), _read(path)


def _read(path: Path) -> bytes | ArticleError:
    try:
        size = path.stat().st_size
        if size > article.MAX_BYTES:
            limit = article.MAX_BYTES // (1024 * 1024)
            return ArticleError(
                str(path), f"is {size / 1048576:.1f} MiB, over the {limit} MiB limit for one article"
            )
        return path.read_bytes()
    except FileNotFoundError:
        return ArticleError(str(path), "no such file or directory")
    except IsADirectoryError:
        return ArticleError(str(path), "is a directory")
    except OSError as exc:
        return ArticleError(str(path), f"cannot be read ({exc.strerror})")


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per line (CONTRACT.md); csv: one row per meeting participant.",
)
@click.pass_context
def export(ctx: click.Context, fmt: str) -> None:
    """Write every record of the log to stdout, in log order.

    Meetings carry participants under their name as resolved across the whole
    log; articles, office observations and other events have their own type.

    \b
    Example:
        timeline export --format jsonl > timeline.jsonl
        timeline export --format csv > meetings.csv
    """
    log = _log(ctx)
    try:
        world = build(log.events())
        lines = render.export_jsonl(log.events(), world) if fmt == "jsonl" else render.export_csv(world)
        for line in lines:
            click.echo(line)
    except TimelineError as exc:
        raise _fail(exc) from exc


@cli.command()
@click.pass_context
def verify(ctx: click.Context) -> None:
    """Check the log: hash chain, every line's schema, sequence, batches, HEAD.

    Exits 1 naming the first bad line. A write that a crash cut short is not
    damage: it is reported and moved aside by the next ingest.

    \b
    Example:
        timeline verify && echo intact
    """
    log = _log(ctx)
    if not log.exists():
        raise click.ClickException(f"no log in {log.directory}; run `timeline ingest` first")
    try:
        report = log.verify()
    except TimelineError as exc:
        raise _fail(exc) from exc
    if report.torn_bytes:
        click.echo(
            f"warning: {report.torn_bytes} bytes of an interrupted write follow the last complete batch; "
            "the next ingest moves them aside",
            err=True,
        )
    click.echo(f"ok: {report.events} events, chain intact, last hash {report.last_hash[:16]}", err=True)


@cli.command(name="log")
@click.option(
    "--kind", "kinds", multiple=True, type=click.Choice(sorted(KINDS)), help="Only these kinds (repeatable)."
)
@click.option("--since", type=DATE, help="Only events on or after this date (valid time).")
@click.option("--until", type=DATE, help="Only events on or before this date (valid time).")
@output_options
@click.pass_context
def log_command(
    ctx: click.Context,
    kinds: tuple[str, ...],
    since: pendulum.Date | None,
    until: pendulum.Date | None,
    fmt: str,
) -> None:
    """List the events in the log, in log order.

    \b
    Example:
        timeline log --kind meeting-reported --since 2024-01-01
        timeline log --format jsonl | head
    """
    log = _log(ctx)
    try:
        records = [
            r
            for r in log.records()
            if (not kinds or r.kind in kinds) and render.in_range(r.event, since, until)
        ]
    except TimelineError as exc:
        raise _fail(exc) from exc
    for line in render.records(records, fmt):
        click.echo(line)


@cli.command()
@output_options
@click.pass_context
def meetings(ctx: click.Context, fmt: str) -> None:
    """Show every meeting in the log, ordered by when it happened.

    \b
    Example:
        timeline meetings
        timeline meetings --format jsonl
    """
    try:
        world = build(_log(ctx).events())
    except TimelineError as exc:
        raise _fail(exc) from exc
    for line in render.meetings(world, fmt, color=_color()):
        click.echo(line)


@cli.command()
@output_options
@click.pass_context
def changes(ctx: click.Context, fmt: str) -> None:
    """Show flagged changes, such as a new holder of an office, by valid time.

    \b
    Example:
        timeline changes
        timeline changes --format jsonl
    """
    try:
        world = build(_log(ctx).events())
    except TimelineError as exc:
        raise _fail(exc) from exc
    for line in render.changes(world, fmt):
        click.echo(line)


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
            item = json.loads(line)
            anchor_text = str(item.get("anchor") or "")[:10]
            anchor = article.parse_user_date(anchor_text) if anchor_text else None
            item["value"] = timex.resolve(
                str(item.get("text") or ""), anchor, str(item.get("sentence") or "")
            )
        except (ValueError, AttributeError, TimelineError) as exc:
            raise click.ClickException(f"<stdin>:{number}: {exc}") from exc
        click.echo(json.dumps(item, ensure_ascii=False))


def _color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def main() -> None:
    """Entry point of the ``timeline`` console script."""
    cli(obj={})


__all__ = ["EXTRACTOR", "ArticleIngested", "cli", "main"]
