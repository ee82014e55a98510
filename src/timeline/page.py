"""A self-contained HTML timeline: lanes of meetings, bars of tenures, flagged changes.

Two steps, both pure: ``page_data`` turns a ``World`` (and a filter) into
plain JSON-able data, the thing the tests compare with a golden file; and
``render_page`` writes that data into one HTML file with inline CSS and
JavaScript, no network. The data travels as JSON inside a
``<script type="application/json">`` element with ``<``, ``>`` and ``&``
escaped, and the script builds every label with ``textContent``: text from
articles is shown, never run.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from typing import Any

import pendulum

from timeline import gazetteer
from timeline.codec import event_id
from timeline.world import (
    Change,
    FirstMeeting,
    Meeting,
    NewOffice,
    OfficeHolderChange,
    Tenure,
    World,
)
from timeline.selection import Selection as Selection  # the filter of every view; page.Selection for older callers
from timeline.textdate import TextDate

EPOCH = pendulum.Date(1970, 1, 1)
LANES = ("country", "official")


def _countries_of(meeting: Meeting) -> set[str]:
    return {p.country for p in meeting.participants if p.country}


def _days(date: pendulum.Date | None) -> int | None:
    return None if date is None else date.toordinal() - EPOCH.toordinal()


def _span(date: TextDate) -> dict[str, Any]:
    """Where a date sits on the axis: first and last day (days since 1970), precision, approximate."""
    return {
        "label": date.label(),
        "start": _days(date.first_day()),
        "end": _days(date.last_day()),
        "precision": date.precision,
        "approx": date.approx,
    }


def page_data(world: World, *, lanes: str = "country", selection: Selection | None = None) -> dict[str, Any]:
    """The page's data: lanes, meetings, tenures, changes and the articles they cite."""
    if lanes not in LANES:
        msg = f"lanes must be one of {', '.join(LANES)}, not {lanes!r}"
        raise ValueError(msg)
    chosen = selection or Selection()
    meetings = [m for m in world.meetings if chosen.takes_meeting(m)]
    tenures = [t for t in world.tenures if chosen.takes_tenure(t)]
    changes = [c for c in world.changes if chosen.takes_change(c)]
    changed = {_changed_office(c) for c in changes if isinstance(c, OfficeHolderChange | NewOffice)}
    cited: set[str] = set()
    meeting_rows = []
    for meeting in meetings:
        row = _meeting_row(meeting, lanes)
        cited.update(s["article"] for s in row["sources"])
        meeting_rows.append(row)
    tenure_rows = []
    for tenure in tenures:
        cited.update(tenure.articles)
        tenure_rows.append(
            {
                "country": tenure.country,
                "country_name": gazetteer.country_name(tenure.country),
                "role": tenure.role,
                "person": tenure.person,
                "first": _span(tenure.first_seen),
                "last": _span(tenure.last_seen),
                "changed": (tenure.country, tenure.role, tenure.person) in changed,
                "articles": list(tenure.articles),
            }
        )
    change_rows = []
    for change in changes:
        cited.update(a for a in _articles(change) if a)
        change_rows.append(_change_row(change))
    return {
        "lanes": lanes,
        "lane_names": _lane_names((m for m in meeting_rows if m["date"]["start"] is not None), lanes),
        "meetings": meeting_rows,
        "tenures": tenure_rows,
        "changes": change_rows,
        "articles": {a: _article(world, a) for a in sorted(cited) if a in world.articles},
    }


def _meeting_row(meeting: Meeting, lanes: str) -> dict[str, Any]:
    countries = sorted({*meeting.countries, *_countries_of(meeting)})
    if lanes == "country":
        lane_keys = countries
    else:
        lane_keys = sorted(meeting.people) or ["(no official named)"]
    return {
        "id": event_id(meeting.reports[0]),
        "date": _span(meeting.date),
        "kind": meeting.kind,
        "place": meeting.place,
        "venue": meeting.venue,
        "participants": [
            {
                "name": name,
                "country": country,
                "country_name": gazetteer.country_name(country) if country else None,
                "role": role,
                "title": title,
            }
            for name, country, role, title in meeting.participants
        ],
        "countries": countries,
        "topics": list(meeting.topics),
        "lanes": lane_keys,
        "sources": [
            {"article": r.article, "event": event_id(r), "sentence": r.evidence.sentence} for r in meeting.reports
        ],
    }


def _changed_office(change: OfficeHolderChange | NewOffice) -> tuple[str, str, str]:
    """(country, role, person) of the office a change gives someone."""
    if isinstance(change, NewOffice):
        return (change.country, change.role, change.person)
    return (change.country, change.role, change.after)


def _articles(change: Change) -> tuple[str, ...]:
    """The articles a change cites: before and after."""
    if isinstance(change, OfficeHolderChange):
        return (change.before_article, change.after_article)
    if isinstance(change, NewOffice):
        return (change.previous_article, change.article)
    return ("", change.article)


def _change_row(change: Change) -> dict[str, Any]:
    """The page's row of a change (its fields as the page's script reads them)."""
    if isinstance(change, OfficeHolderChange):
        row = (change.country, change.role, change.before, change.after, f"{change.before} -> {change.after}")
        article = change.after_article
    elif isinstance(change, NewOffice):
        was = f"{change.previous_role} ({change.previous_country})"
        row = (change.country, change.role, was, change.person, f"{change.person} now {change.role}, before seen as {was}")
        article = change.article
    elif isinstance(change, FirstMeeting):
        one, other = change.people
        row = ("-".join(change.countries), change.role, one, other, f"first meeting: {one} and {other}")
        article = change.article
    else:
        text = f"{change.country} joins {change.grouping} meetings"
        row = (change.country, change.grouping, ", ".join(change.members), change.country, text)
        article = change.article
    country, role, before, after, text = row
    return {
        "kind": change.kind,
        "country": country,
        "role": role,
        "before": before,
        "after": after,
        "date": _span(change.date),
        "text": text,
        "article": article,
    }


def _lane_names(meetings: Iterable[dict[str, Any]], lanes: str) -> list[dict[str, Any]]:
    """Lanes busiest first, then by name."""
    counts: Counter[str] = Counter(key for m in meetings for key in m["lanes"])
    names = []
    for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        label = f"{gazetteer.country_name(key)} ({key})" if lanes == "country" else key
        names.append({"key": key, "label": label, "meetings": count})
    return names


def _article(world: World, article_id: str) -> dict[str, Any]:
    found = world.articles[article_id]
    url = found.url if found.url and found.url.lower().startswith(("https://", "http://")) else None
    return {
        "title": found.title or found.filename or article_id[:12],
        "source": found.source,
        "published": found.published.isoformat() if found.published else None,
        "url": url,
        "filename": found.filename,
    }


def data_json(data: dict[str, Any]) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` left to end it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(raw, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_page(data: dict[str, Any], *, title: str = "Timeline") -> str:
    """One HTML document holding the data, its styles and the script that draws it."""
    template = resources.files("timeline").joinpath("page.html").read_text(encoding="utf-8")
    fill = {"title": html.escape(title), "data": data_json(data)}
    return re.sub(r"\{\{(title|data)\}\}", lambda m: fill[m.group(1)], template)  # one pass: no value is read twice
