"""Turning records, meetings and changes into text: tables, JSON, JSON lines, CSV.

Returns lines; never prints (the CLI echoes them). Export records follow
CONTRACT.md: one object per line, in log order, names as resolved across the
whole log, and a person's country and office class, where the article gave
none, as the rest of the log knows them.
"""

from __future__ import annotations

import functools
import inspect
import io
import json
import re
import textwrap
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ParamSpec

import pendulum

from timeline.model import ArticleIngested, Event, MeetingReported, OfficeObserved, event_date
from timeline.roster import Office, Person, age_days, age_text, stale
from timeline.selection import Selection, flagged
from timeline.state import Diff, State
from timeline.tenures import office_holders
from timeline.textdate import TextDate
from timeline.world import (
    Change,
    FirstMeeting,
    JoinedGrouping,
    Meeting,
    NewOffice,
    OfficeHolderChange,
    Tenure,
    World,
    change_people,
)
from timeline.chain import Record
from timeline.records import event_id, json_line
from timeline.records import change_line as change_line  # re-exported: the records are part of the views' API
from timeline.records import change_record as change_record
from timeline.records import meeting_line as meeting_line
from timeline.records import meeting_record as meeting_record
from timeline.records import previous_office as previous_office
from timeline.records import tenure_line as tenure_line
from timeline.records import tenure_record as tenure_record

# The country names (``gazetteer``), ``csv`` and ``html`` are imported inside the views that print them: a
# JSON-lines view, and a rebuild that prints one, never does.


# Control characters (C0, DEL, C1) and the bidirectional overrides that reorder what a terminal shows:
# a screen clear, a fake hyperlink (OSC 8), a carriage return that overwrites the line, text shown backwards
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Text with every control character written as a visible escape (ESC as ``\\x1b``), for terminals and CSV."""
    return _CONTROL.sub(_escape, text) if _CONTROL.search(text) else text


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"  # noqa: PLR2004 - one byte or not


class _Bold(str):
    """A line to print in bold when colour is on (the escape is added after the line is made visible)."""

    __slots__ = ()


def _terminal(lines: Iterable[str], *, color: bool) -> Iterator[str]:
    """The one place a terminal view's lines pass through: control characters shown, bold added last."""
    for line in lines:
        shown = visible(line)
        yield f"\x1b[1m{shown}\x1b[0m" if color and isinstance(line, _Bold) else shown


_P = ParamSpec("_P")
DATA_FORMATS = frozenset(
    {"json", "jsonl", "csv"}
)  # for programs: never wrapped, control characters escaped their own way


def _table_view(view: Callable[_P, Iterator[str]]) -> Callable[_P, Iterator[str]]:
    """A view whose table lines go through ``_terminal`` (JSON keeps every string exactly: it escapes its own)."""
    signature = inspect.signature(view)

    @functools.wraps(view)
    def shown(*args: _P.args, **kwargs: _P.kwargs) -> Iterator[str]:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        lines = view(*args, **kwargs)
        if bound.arguments["fmt"] in DATA_FORMATS:
            return lines
        return _terminal(lines, color=bool(bound.arguments.get("color")))

    return shown


def to_payload(event: Event) -> dict[str, Any]:
    """The event's fields as JSON-ready data (``codec.to_payload``)."""
    from timeline import codec  # noqa: PLC0415 - as in event_id

    return codec.to_payload(event)


def _once_each(participants: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each person once, by printed name: two forms of one name in a report ("Bruno Rodriguez Parrilla",
    "Parrilla") that the log knows as one person are one participant, the country, office and title one
    of them gives filling what the other lacks."""
    once: dict[str, dict[str, Any]] = {}
    for p in participants:
        known = once.setdefault(p["name"], p)
        if known is not p:
            for field in ("country", "title"):
                known[field] = known[field] or p[field]
            if known["role"] == "other":
                known["role"] = p["role"]
    return list(once.values())


def export_record(event: Event, world: World) -> dict[str, Any]:
    """The export record of one event (CONTRACT.md)."""
    if isinstance(event, ArticleIngested):
        return {
            "type": "article",
            "id": event.article,
            "published": event.published.isoformat() if event.published else None,
            "source": event.source,
            "url": event.url,
            "title": event.title,
            "filename": event.filename,
        }
    if isinstance(event, MeetingReported):
        countries = [p.country or world.country(p.name) for p in event.participants]
        filled = {c for c, p in zip(countries, event.participants, strict=True) if c and not p.country}
        roles = [
            _held_role(world, p.name, c, event.date) or p.role
            if p.role == "other" and p.title is None
            else p.role
            for p, c in zip(event.participants, countries, strict=True)
        ]
        return {
            "type": "meeting",
            "id": event_id(event),
            "date": event.date.iso(),
            "date_approx": event.date.approx,
            "date_precision": event.date.precision,
            "date_from": event.date_from,
            "kind": event.meeting_kind,
            "place": event.place,
            "venue": event.venue,
            "participants": _once_each(
                {
                    "name": world.name(p.name),
                    "country": country,
                    "role": role,
                    "title": p.title,
                    "status": p.status,
                    "as_written": p.name,
                }
                for p, country, role in zip(event.participants, countries, roles, strict=True)
            ),
            "countries": sorted({*event.countries, *filled}) if filled else list(event.countries),
            "topics": list(event.topics),
            "article": event.article,
            "evidence": {
                "start": event.evidence.start,
                "end": event.evidence.end,
                "sentence": event.evidence.sentence,
            },
            "extractor": event.extractor,
        }
    if isinstance(event, OfficeObserved):
        return {
            "type": "office",
            "id": event_id(event),
            "name": world.name(event.name),
            "country": event.country or world.country(event.name),
            "role": event.role,
            "title": event.title,
            "status": event.status,
            "date": event.date.iso(),
            "article": event.article,
            "evidence": {
                "start": event.evidence.start,
                "end": event.evidence.end,
                "sentence": event.evidence.sentence,
            },
            "extractor": event.extractor,
        }
    payload = to_payload(event)
    return {"type": event.kind, "id": event_id(event), **payload}


def export_jsonl(events: Iterable[Event], world: World) -> Iterator[str]:
    """One JSON line per event, in log order."""
    for event in events:
        yield json_line(export_record(event, world))


def export_json(events: Iterable[Event], world: World) -> Iterator[str]:
    """The records of ``export_jsonl`` as one JSON array, one record per line (streamed, never held whole)."""
    yield "["
    previous: str | None = None
    for line in export_jsonl(events, world):
        if previous is not None:
            yield previous + ","
        previous = line
    if previous is not None:
        yield previous
    yield "]"


def export_csv(world: World, selection: Selection | None = None) -> Iterator[str]:
    """One CSV row per participant of each meeting the selection takes, spreadsheet-safe."""
    import csv  # noqa: PLC0415 - see the note on imports at the top
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="")
    columns = [
        "date",
        "approx",
        "kind",
        "place",
        "name",
        "country",
        "role",
        "title",
        "countries",
        "topics",
        "articles",
    ]
    writer.writerow(columns)
    yield buffer.getvalue()
    for meeting in _selected(world.meetings, selection):
        rows = meeting.participants or ((None, None, "", None),)
        for name, country, role, title in rows:
            buffer.seek(0)
            buffer.truncate()
            row = [
                meeting.date.iso() or "",
                "yes" if meeting.date.approx else "",
                meeting.kind,
                meeting.place or "",
                name or "",
                country or "",
                role,
                title or "",
                " ".join(meeting.countries),
                "; ".join(meeting.topics),
                " ".join(r.article for r in meeting.reports),
            ]
            writer.writerow([_cell(value) for value in row])
            yield buffer.getvalue()


def _selected(meetings: list[Meeting], selection: Selection | None) -> list[Meeting]:
    return (
        meetings
        if selection is None or selection.empty
        else [m for m in meetings if selection.takes_meeting(m)]
    )


def export_timelinejs(world: World, selection: Selection | None = None) -> Iterator[str]:
    """The meetings the selection takes as a TimelineJS document (dates at their precision; HTML escaped)."""
    import html  # noqa: PLC0415 - see the note on imports at the top
    events = []
    for meeting in _selected(world.meetings, selection):
        if not meeting.date.known:
            continue
        start: dict[str, str] = {"year": str(meeting.date.year)}
        if meeting.date.month:
            start["month"] = str(meeting.date.month)
        if meeting.date.day:
            start["day"] = str(meeting.date.day)
        names = ", ".join(p[0] for p in meeting.participants) or ", ".join(meeting.countries)
        sentence = meeting.reports[0].evidence.sentence
        events.append(
            {
                "start_date": start,
                "text": {
                    "headline": html.escape(f"{meeting.kind}: {names}"),
                    "text": html.escape(sentence),
                },
                "group": html.escape(" / ".join(meeting.countries)),
                "display_date": html.escape(meeting.date.label()),
            }
        )
    yield json.dumps(
        {"title": {"text": {"headline": "timeline"}}, "events": events}, ensure_ascii=False, indent=2
    )


_FORMULA_STARTS = frozenset("=+-@")


def _cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: control characters visible, formulas quoted.

    A spreadsheet reads a formula from =, +, - or @ after any leading
    whitespace, and a cell starting with a tab or line end is suspect too;
    such a cell starts with ``'``.
    """
    shown = visible(value)
    if value.lstrip()[:1] in _FORMULA_STARTS or value[:1] in {"\t", "\r", "\n"}:
        return "'" + shown
    return shown


def in_range(event: Event, since: pendulum.Date | None, until: pendulum.Date | None) -> bool:
    """Whether an event's valid time can fall within [since, until]."""
    date = event_date(event)
    if since is None and until is None:
        return True
    first, last = date.first_day(), date.last_day()
    if first is None or last is None:
        return False
    return not ((since is not None and last < since) or (until is not None and first > until))


@_table_view
def records(rows: list[Record], fmt: str, superseded: dict[int, str] | None = None) -> Iterator[str]:
    """The log's records as a table, JSON, JSON lines or CSV; ``superseded``: why one no longer counts."""
    gone = superseded or {}
    if fmt in DATA_FORMATS:
        items = [
            {
                "seq": r.seq,
                "id": r.id,
                "kind": r.kind,
                "recorded_at": r.recorded_at,
                "superseded": gone.get(r.seq),
                "payload": to_payload(r.event),
            }
            for r in rows
        ]
        yield from _items(items, fmt)
        return
    if not rows:
        yield "no records in the log match"
        return
    kind_width = max((len(r.kind) for r in rows), default=4)
    date_width = max((len(event_date(r.event).label()) for r in rows), default=4)
    yield f"{'seq':>5}  {'kind':<{kind_width}} {'date':<{date_width}} summary".rstrip()
    for record in rows:
        summary = _summary(record.event)
        why = gone.get(record.seq)
        mark = f"[{why}] " if why else ""
        yield _fit(
            f"{record.seq:>5}  {record.kind:<{kind_width}} "
            f"{event_date(record.event).label():<{date_width}} {mark}{summary}"
        )


def _summary(event: Event) -> str:
    if isinstance(event, ArticleIngested):
        return f"{event.title or event.filename or event.article[:12]} ({event.source or 'no source'})"
    if isinstance(event, MeetingReported):
        names = ", ".join(p.name for p in event.participants) or "+".join(event.countries)
        return f"{event.meeting_kind}: {names}"
    if isinstance(event, OfficeObserved):
        return f"{event.name}: {event.title or event.role} ({event.country or '?'}, {event.status})"
    payload = to_payload(event)
    reason = payload.pop("reason", "")
    fields = ", ".join(f"{k}={v}" for k, v in sorted(payload.items()) if v)
    return f"{fields}{f' ({reason})' if reason else ''}"


def _items(items: list[dict[str, Any]], fmt: str) -> Iterator[str]:
    """Records as a JSON array, JSON lines, or CSV rows (``csv_rows``)."""
    if fmt == "json":
        yield json.dumps(items, ensure_ascii=False, indent=2)
    elif fmt == "csv":
        yield from csv_rows(items)
    else:
        yield from (json_line(item) for item in items)


def csv_rows(items: list[dict[str, Any]]) -> Iterator[str]:
    """Records as CSV: a header of every field seen (nested ones as ``before.name``), then one row each.

    A list of records becomes one cell, each record's values joined by ", " and
    the records by "; "; every cell is spreadsheet-safe (``_cell``).
    """
    import csv  # noqa: PLC0415 - see the note on imports at the top
    flat = [_flatten(item) for item in items]
    columns = list(dict.fromkeys(key for row in flat for key in row))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="")
    for row in [columns, *([_cell(r.get(c, "")) for c in columns] for r in flat)]:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(row)
        yield buffer.getvalue()


def _flatten(item: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """A record's fields as text cells, nested records under dotted names."""
    out: dict[str, str] = {}
    for key, value in item.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[prefix + key] = _text(value)
    return out


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, list):
        return "; ".join(
            ", ".join(_text(v) for v in x.values() if v not in (None, ""))
            if isinstance(x, dict)
            else _text(x)
            for x in value
        )
    return str(value)


def _bold(text: str, color: bool) -> str:
    return _Bold(text) if color else text


def meeting_lines(meeting: Meeting, *, color: bool = False) -> Iterator[str]:
    """A meeting as a few lines (a long one is wrapped to the terminal by the CLI, never cut)."""
    head = f"{meeting.date.label():<18} {meeting.kind:<9} {meeting.place or ''}".rstrip()
    yield _bold(head, color)
    for name, country, role, title in meeting.participants:
        yield _fit(f"    {name} ({country or '?'}, {title or role})")
    if not meeting.participants:
        yield f"    countries: {', '.join(meeting.countries)}"
    if meeting.topics:
        yield f"    topics: {', '.join(meeting.topics)}"
    if len(meeting.reports) > 1:
        yield f"    reported by {len(meeting.reports)} articles"


def _fit(line: str) -> str:
    """The line with its control characters made visible; never cut (the CLI wraps it to a terminal)."""
    return visible(line)


def wrap(lines: Iterable[str], width: int | None) -> Iterator[str]:
    """Table lines wrapped to ``width`` columns (None: as they are), never cut nor inside a word or date.

    A wrapped line goes on under its own indentation plus four spaces; a word
    longer than the width stays whole on its own line.
    """
    for line in lines:
        if width is None or len(line) <= width:
            yield line
            continue
        indent = " " * (len(line) - len(line.lstrip(" ")) + 4)
        yield from textwrap.wrap(
            line,
            width=width,
            subsequent_indent=indent[: max(0, width // 2)],
            break_long_words=False,
            break_on_hyphens=False,
            drop_whitespace=True,
        ) or [line]


def _aligned(rows: list[list[str]], indent: str = "  ") -> Iterator[str]:
    """Rows of cells as lines, each column as wide as its widest cell (the last one left as it is)."""
    if not rows:
        return
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        yield _fit(indent + " ".join([*cells, row[-1]]).rstrip())


@_table_view
def meetings(
    world: World, fmt: str, *, color: bool = False, selection: Selection | None = None
) -> Iterator[str]:
    """Meetings by valid time, those the selection takes: a table for people, JSON or CSV for programs."""
    chosen = selection or Selection()
    if fmt == "jsonl" and chosen.empty and (stored := world.stored_meeting_lines()) is not None:
        yield from stored
        return
    found = world.meetings if chosen.empty else [m for m in world.meetings if chosen.takes_meeting(m)]
    if fmt in DATA_FORMATS:
        yield from _items([meeting_record(m) for m in found], fmt)
        return
    if not found:
        yield "no meetings in the log" if chosen.empty else "no meetings in the log match"
        return
    for meeting in found:
        yield from meeting_lines(meeting, color=color)


@_table_view
def country_timeline(
    world: World, code: str, fmt: str, *, color: bool = False, selection: Selection | None = None
) -> Iterator[str]:
    """A country's office holders, meetings and flagged changes, by valid time, those the selection takes."""
    chosen = selection or Selection()
    if fmt == "jsonl" and chosen.empty:
        stored = (
            world.stored_meeting_lines(country=code),
            world.stored_tenure_lines(country=code),
            world.stored_change_lines(country=code, kinds=set(chosen.flagged_kinds)),
        )
        if all(lines is not None for lines in stored):
            for lines in stored:
                yield from lines or ()
            return
    tenures = [t for t in world.tenures_of(country=code) if chosen.takes_tenure(t)]
    changes = flagged(world.changes_of(country=code), chosen)
    meetings = [m for m in world.meetings_of(country=code) if chosen.takes_meeting(m)]
    if fmt in DATA_FORMATS:
        items = [meeting_record(m) for m in meetings]
        items += [tenure_record(t) for t in tenures]
        items += [change_record(c) for c in changes]
        yield from _items(items, fmt)
        return
    from timeline import gazetteer  # noqa: PLC0415 - see the note on imports at the top
    yield _bold(f"{gazetteer.country_name(code)} ({code})", color)
    if tenures:
        yield ""
        yield "Offices"
        ordered = sorted(tenures, key=lambda t: (t.role, t.first_seen.sort_key()))
        yield from _aligned(
            [[t.role, t.person, f"{t.first_seen.label()} .. {t.last_seen.label()}"] for t in ordered]
        )
    yield ""
    yield "Timeline"
    entries: list[tuple[tuple[int, int, int, int], list[str]]] = []
    for meeting in meetings:
        entries.append((meeting.date.sort_key(), list(meeting_lines(meeting, color=color))))
    for change in changes:
        entries.append((change.date.sort_key(), list(_change_lines(change, "** "))))
    for _, lines in sorted(entries, key=lambda e: e[0]):
        yield from lines
    if not entries:
        yield "  nothing in the log" if chosen.empty else "  nothing in the log matches"


@_table_view
def official_timeline(
    world: World, name: str, fmt: str, *, color: bool = False, selection: Selection | None = None
) -> Iterator[str]:
    """One person's offices, meetings and flagged changes, by valid time, those the selection takes."""
    chosen = selection or Selection()
    tenures = [t for t in world.tenures_of(person=name) if chosen.takes_tenure(t)]
    meetings = [m for m in world.meetings_of(person=name) if chosen.takes_meeting(m)]
    changes = [c for c in flagged(world.changes, chosen) if name in change_people(c)]
    if fmt in DATA_FORMATS:
        items = [meeting_record(m) for m in meetings] + [tenure_record(t) for t in tenures]
        yield from _items(items + [change_record(c) for c in changes], fmt)
        return
    from timeline import gazetteer  # noqa: PLC0415 - see the note on imports at the top
    yield _bold(name, color)
    for tenure in tenures:
        yield _fit(
            f"  {tenure.role} of {gazetteer.country_name(tenure.country)}: "
            f"{tenure.first_seen.label()} .. {tenure.last_seen.label()}"
        )
    yield ""
    entries: list[tuple[tuple[int, int, int, int], list[str]]] = []
    for meeting in meetings:
        entries.append((meeting.date.sort_key(), list(meeting_lines(meeting, color=color))))
    for change in changes:
        entries.append((change.date.sort_key(), list(_change_lines(change, "** "))))
    for _, lines in sorted(entries, key=lambda e: e[0]):
        yield from lines
    if not meetings:
        yield "  no meetings in the log" if chosen.empty else "  no meetings in the log match"


@_table_view
def changes(
    world: World, fmt: str, kinds: set[str] | None = None, *, selection: Selection | None = None
) -> Iterator[str]:
    """Flagged changes by valid time: those the selection takes, else of ``kinds`` (None: all)."""
    if selection is None:
        if fmt == "jsonl" and (stored := world.stored_change_lines(kinds=kinds)) is not None:
            yield from stored
            return
        selected = world.changes_of(kinds=kinds)
    elif selection.empty or selection == Selection(kinds=selection.kinds):
        wanted = set(selection.flagged_kinds)
        if fmt == "jsonl" and (stored := world.stored_change_lines(kinds=wanted)) is not None:
            yield from stored
            return
        selected = world.changes_of(kinds=wanted)
    else:
        selected = flagged(world.changes, selection)
    items = [change_record(c) for c in selected]
    if fmt in DATA_FORMATS:
        yield from _items(items, fmt)
        return
    if not items:
        yield "no changes found"
        return
    for change in selected:
        yield from _change_lines(change)


def _change_lines(change: Change, prefix: str = "") -> Iterator[str]:
    yield _fit(f"{change.date.label():<18} {prefix}{_change_text(change)}")
    if isinstance(change, OfficeHolderChange):
        yield _fit(f"{'':<18} {' ' * len(prefix)}{change.before} last seen {change.before_last_seen.label()}")


def _change_text(change: Change) -> str:
    if isinstance(change, JoinedGrouping):
        return f"{change.country} joins {change.grouping} meetings (with {', '.join(change.members)})"
    if isinstance(change, FirstMeeting):
        return f"first meeting: {change.people[0]} and {change.people[1]}"
    if isinstance(change, NewOffice):
        return (
            f"{change.person} now {change.role} ({change.country}), before seen as {previous_office(change)}"
        )
    return f"{change.country} {change.role}: {change.before} -> {change.after}"


@_table_view
def state(snapshot: State, fmt: str) -> Iterator[str]:
    """Office holders at a date, with how old each last sighting is; one unseen for a year is "last seen"."""
    items = [
        {
            "country": c,
            "role": r,
            "name": person,
            "last_seen": seen.iso(),
            "age_days": age_days(seen, snapshot.as_of),
            "current": not stale(seen, snapshot.as_of),
            "article": article,
        }
        for (c, r), (person, seen, article) in sorted(snapshot.holders.items())
    ]
    if fmt in DATA_FORMATS:
        yield from _items(items, fmt)
        return
    yield f"as of {snapshot.as_of.isoformat()}: {len(snapshot.meetings)} meetings held"
    yield from _aligned(
        [
            [c, r, person, _seen(seen.iso(), age_days(seen, snapshot.as_of), not stale(seen, snapshot.as_of))]
            for (c, r), (person, seen, _) in sorted(snapshot.holders.items())
        ]
    )


def _seen(last_seen: str | None, days: int | None, current: bool) -> str:  # noqa: FBT001 - a column's three values
    """ "seen 2024-11-14 (1 month before)", or "last seen 2023-11-14 (2 years before), not current"."""
    age = f" ({age_text(days)} before)" if days else ""
    if current:
        return f"seen {last_seen}{age}"
    return f"last seen {last_seen or 'undated'}{age}, not current"


@_table_view
def diff_lines(change: Diff, fmt: str) -> Iterator[str]:
    """What changed between two dates."""
    record = {
        "from": change.a.isoformat(),
        "to": change.b.isoformat(),
        "office_holders": [
            {"country": c, "role": r, "before": before, "after": after, "article": article}
            for c, r, before, after, article in change.holders
        ],
        "holders_at_b": [
            {
                "country": c,
                "role": r,
                "name": holder.person,
                "last_seen": holder.last_seen.iso(),
                "age_days": age_days(holder.last_seen, change.b),
                "current": not stale(holder.last_seen, change.b),
            }
            for (c, r), holder in sorted(change.holders_at_b.items())
        ],
        "changes": [change_record(c) for c in change.flagged],
        "appeared": [{"country": c, "name": n} for c, n in change.appeared],
        "disappeared": [{"country": c, "name": n} for c, n in change.disappeared],
        "meetings": [meeting_record(m) for m in change.meetings],
        "topics_gained": change.topics_gained,
        "topics_lost": change.topics_lost,
    }
    if fmt == "json":
        yield json.dumps(record, ensure_ascii=False, indent=2)
        return
    if fmt == "jsonl":
        yield json_line(record)
        return
    if fmt == "csv":
        yield from csv_rows([record])
        return
    yield f"from {change.a.isoformat()} to {change.b.isoformat()}"
    if change.empty:
        yield "  nothing changed"
        return
    yield from _holder_lines(change)
    if change.flagged:
        yield f"flagged changes ({len(change.flagged)})"
        for flagged_change in change.flagged:
            yield from (f"  {line}" for line in _change_lines(flagged_change))
    for title, rows in (("appeared", change.appeared), ("disappeared", change.disappeared)):
        if rows:
            yield title
            for c, n in rows:
                yield f"  {c} {n}"
    if change.meetings:
        yield f"meetings ({len(change.meetings)})"
        for meeting in change.meetings:
            names = ", ".join(p[0] for p in meeting.participants) or ", ".join(meeting.countries)
            yield _fit(f"  {meeting.date.label():<18} {names}")
    for title, topics in (("topics gained", change.topics_gained), ("topics lost", change.topics_lost)):
        for code, words in sorted(topics.items()):
            yield _fit(f"{title} {code}: {', '.join(words)}")


def _holder_lines(change: Diff) -> Iterator[str]:
    """The diff's office holders, a holder at B not seen for over a year before B marked "last seen"."""
    if not change.holders:
        return
    yield "office holders"
    for c, r, before, after, _ in change.holders:
        holder = change.holders_at_b.get((c, r))
        note = ""
        if holder is not None and stale(holder.last_seen, change.b):
            days = age_days(holder.last_seen, change.b)
            note = f" (last seen {holder.last_seen.label()}, {age_text(days)} before {change.b.isoformat()})"
        yield _fit(f"  {c} {r}: {before or '(none seen)'} -> {after or '(none seen)'}{note}")


def person_record(person: Person) -> dict[str, Any]:
    """A person as ``timeline people`` gives them to programs."""
    return {
        "name": person.name,
        "spellings": list(person.spellings),
        "countries": list(person.countries),
        "offices": [
            {
                "country": t.country,
                "role": t.role,
                "first_seen": t.first_seen.iso(),
                "last_seen": t.last_seen.iso(),
            }
            for t in person.offices
        ],
        "meetings": person.meetings,
    }


@_table_view
def people(found: list[Person], fmt: str) -> Iterator[str]:
    """Everyone in the log: printed name, other spellings, countries, offices (first, last seen), meetings."""
    if fmt in DATA_FORMATS:
        yield from _items([person_record(p) for p in found], fmt)
        return
    if not found:
        yield "nobody in the log"
        return
    for person in found:
        meetings = f"{person.meetings} meeting{'s' if person.meetings != 1 else ''}"
        yield _fit(f"{person.name}  ({', '.join(person.countries) or 'no country known'}; {meetings})")
        if person.spellings:
            yield _fit(f"    also written: {', '.join(person.spellings)}")
        yield from _aligned(
            [[t.role, t.country, f"{t.first_seen.label()} .. {t.last_seen.label()}"] for t in person.offices],
            indent="    ",
        )


@_table_view
def offices(found: list[Office], as_of: pendulum.Date, fmt: str) -> Iterator[str]:
    """Every country's offices, holders in order; the last says how old its sighting is against ``as_of``."""
    items = [
        {
            "country": office.country,
            "role": office.role,
            "holders": [
                {
                    "name": t.person,
                    "first_seen": t.first_seen.iso(),
                    "last_seen": t.last_seen.iso(),
                    "age_days": age_days(t.last_seen, as_of),
                    "current": index == len(office.holders) - 1 and not stale(t.last_seen, as_of),
                }
                for index, t in enumerate(office.holders)
            ],
        }
        for office in found
    ]
    if fmt in DATA_FORMATS:
        yield from _items(items, fmt)
        return
    from timeline import gazetteer  # noqa: PLC0415 - see the note on imports at the top
    yield f"as of {as_of.isoformat()}: {len(found)} office{'' if len(found) == 1 else 's'}"
    country = None
    for office in found:
        if office.country != country:
            country = office.country
            yield ""
            yield f"{gazetteer.country_name(country)} ({country})"
        yield f"  {office.role}"
        rows = []
        for index, tenure in enumerate(office.holders):
            span = f"{tenure.first_seen.label()} .. {tenure.last_seen.label()}"
            if index < len(office.holders) - 1:
                rows.append([tenure.person, span, ""])
                continue
            days = age_days(tenure.last_seen, as_of)
            age = f" ({age_text(days)} before)" if days else ""
            if stale(tenure.last_seen, as_of):
                rows.append([tenure.person, span, f"last seen {tenure.last_seen.label()}{age}, not current"])
            else:
                rows.append([tenure.person, span, f"current, seen {tenure.last_seen.label()}{age}"])
        yield from _aligned(rows, indent="    ")


def _held_role(world: World, written: str, country: str | None, date: TextDate) -> str | None:
    """The one office class the log has the person holding in ``country`` throughout ``date``, or None."""
    return office_holders(world).role(world.name(written), country, date) if country else None
