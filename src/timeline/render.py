"""Turning records, meetings and changes into text: tables, JSON, JSON lines, CSV.

Returns lines; never prints (the CLI echoes them). Export records follow
CONTRACT.md: one object per line, in log order, names as resolved across the
whole log.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterable, Iterator
from typing import Any

import pendulum

from timeline.codec import event_id, to_payload
from timeline.model import ArticleIngested, Event, MeetingReported, OfficeObserved, event_date
from timeline.project import Change, World
from timeline.store import Record


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=False)


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
            "participants": [
                {
                    "name": world.name(p.name),
                    "country": p.country,
                    "role": p.role,
                    "title": p.title,
                    "status": p.status,
                    "as_written": p.name,
                }
                for p in event.participants
            ],
            "countries": list(event.countries),
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
            "country": event.country,
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
    return {"type": event.kind, **payload}


def export_jsonl(events: Iterable[Event], world: World) -> Iterator[str]:
    """One JSON line per event, in log order."""
    for event in events:
        yield _json(export_record(event, world))


def export_csv(world: World) -> Iterator[str]:
    """One CSV row per meeting participant, spreadsheet-safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="")
    columns = ["date", "kind", "place", "name", "country", "role", "title", "countries", "topics", "article"]
    writer.writerow(columns)
    yield buffer.getvalue()
    for meeting in world.meetings:
        for participant in meeting.participants or ():
            buffer.seek(0)
            buffer.truncate()
            row = [
                meeting.date.iso() or "",
                meeting.meeting_kind,
                meeting.place or "",
                world.name(participant.name),
                participant.country or "",
                participant.role,
                participant.title or "",
                " ".join(meeting.countries),
                "; ".join(meeting.topics),
                meeting.article,
            ]
            writer.writerow([_cell(value) for value in row])
            yield buffer.getvalue()


def _cell(value: str) -> str:
    """Neutralise spreadsheet formulas (=, +, -, @ at the start of a cell)."""
    return "'" + value if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


def in_range(event: Event, since: pendulum.Date | None, until: pendulum.Date | None) -> bool:
    """Whether an event's valid time can fall within [since, until]."""
    date = event_date(event)
    if since is None and until is None:
        return True
    first, last = date.first_day(), date.last_day()
    if first is None or last is None:
        return False
    return not ((since is not None and last < since) or (until is not None and first > until))


def records(rows: list[Record], fmt: str) -> Iterator[str]:
    """The log's records as a table, JSON or JSON lines."""
    if fmt in {"json", "jsonl"}:
        items = [
            {
                "seq": r.seq,
                "id": r.id,
                "kind": r.kind,
                "recorded_at": r.recorded_at,
                "payload": to_payload(r.event),
            }
            for r in rows
        ]
        if fmt == "json":
            yield json.dumps(items, ensure_ascii=False, indent=2)
        else:
            for item in items:
                yield _json(item)
        return
    width = shutil.get_terminal_size((100, 24)).columns
    yield f"{'seq':>5}  {'kind':<17} {'date':<11} summary"
    for record in rows:
        summary = _summary(record.event)
        line = f"{record.seq:>5}  {record.kind:<17} {event_date(record.event).label():<11} {summary}"
        yield line[: max(width, 60)]


def _summary(event: Event) -> str:
    if isinstance(event, ArticleIngested):
        return f"{event.title or event.filename or event.article[:12]} ({event.source or 'no source'})"
    if isinstance(event, MeetingReported):
        names = ", ".join(p.name for p in event.participants) or "+".join(event.countries)
        return f"{event.meeting_kind}: {names}"
    if isinstance(event, OfficeObserved):
        return f"{event.name}: {event.title or event.role} ({event.country or '?'}, {event.status})"
    return ""


def meetings(world: World, fmt: str, *, color: bool = False) -> Iterator[str]:
    """Meetings by valid time: a table for people, JSON for programs."""
    if fmt in {"json", "jsonl"}:
        items = [export_record(m, world) for m in world.meetings]
        if fmt == "json":
            yield json.dumps(items, ensure_ascii=False, indent=2)
        else:
            yield from (_json(item) for item in items)
        return
    if not world.meetings:
        yield "no meetings in the log"
        return
    for meeting in world.meetings:
        head = f"{meeting.date.label():<18} {meeting.meeting_kind:<9} {meeting.place or '':<16}"
        if color:
            head = f"\x1b[1m{head}\x1b[0m"
        yield head.rstrip()
        for participant in meeting.participants:
            role = participant.title or participant.role
            yield f"    {world.name(participant.name)} ({participant.country or '?'}, {role})"
        if not meeting.participants:
            yield f"    countries: {', '.join(meeting.countries)}"
        if meeting.topics:
            yield f"    topics: {', '.join(meeting.topics)}"


def change_record(change: Change) -> dict[str, Any]:
    """The CONTRACT.md form of a change."""
    return {
        "kind": change.kind,
        "country": change.country,
        "role": change.role,
        "before": {
            "name": change.before,
            "last_seen": change.before_last_seen.iso(),
            "article": change.before_article,
        },
        "after": {
            "name": change.after,
            "first_seen": change.after_first_seen.iso(),
            "article": change.after_article,
        },
    }


def changes(world: World, fmt: str) -> Iterator[str]:
    """Flagged changes by valid time."""
    items = [change_record(c) for c in world.changes]
    if fmt == "json":
        yield json.dumps(items, ensure_ascii=False, indent=2)
        return
    if fmt == "jsonl":
        yield from (_json(item) for item in items)
        return
    if not items:
        yield "no changes found"
        return
    for change in world.changes:
        yield (
            f"{change.after_first_seen.label():<11} {change.country} {change.role}: "
            f"{change.before} (last seen {change.before_last_seen.label()}) -> {change.after}"
        )
