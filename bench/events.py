"""Deterministic synthetic events, as the extractor would write them, without running it.

Large logs (10k to 1M events) for the rebuild, verify, export and page
benchmarks: each article gives an ``article-ingested`` event with a body of
wire-copy size, one or two meetings and an office observation per
participant. Office holders change every few months, so tenures and changes
grow with the log as they would in life. Names are invented.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator

import pendulum

from bench.generate import COUNTRIES, NOISE, TOPICS, person
from timeline.model import (
    ArticleIngested,
    Event,
    Evidence,
    MeetingReported,
    OfficeObserved,
    Participant,
)
from timeline.textdate import TextDate

EXTRACTOR = "synthetic-1"
START = pendulum.date(2000, 1, 1)
ROLES = ["foreign minister", "head of government", "defence minister"]


def synthetic_events(count: int, *, seed: int = 11, days: int = 9000) -> Iterator[Event]:
    """About ``count`` events (whole articles), the same for the same arguments."""
    rng = random.Random(seed)
    holders: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for code, *_ in COUNTRIES:
        for role in ROLES:
            day, terms = 0, []
            while day < days:
                terms.append((day, person(rng)))
                day += rng.randint(120, 1500)
            holders[(code, role)] = terms
    made = index = 0
    while made < count:
        batch = list(_article(rng, index, holders, days))
        made += len(batch)
        index += 1
        yield from batch


def _holder(holders: dict[tuple[str, str], list[tuple[int, str]]], key: tuple[str, str], day: int) -> str:
    name = holders[key][0][1]
    for start, who in holders[key]:
        if start > day:
            break
        name = who
    return name


def _article(
    rng: random.Random, index: int, holders: dict[tuple[str, str], list[tuple[int, str]]], days: int
) -> Iterator[Event]:
    article_id = hashlib.sha256(f"synthetic {index}".encode()).hexdigest()
    day = rng.randint(0, days - 1)
    published = START.add(days=day)
    role = rng.choice(ROLES)
    text = (
        f"Synthetic story {index}. Officials met on {published.isoformat()}.\n\n" + NOISE * rng.randint(2, 8)
    )
    yield ArticleIngested(
        article=article_id,
        text=text,
        title=f"Synthetic story {index}",
        source="Synthetic wire",
        published=published,
        filename=f"a{index:07d}.txt",
    )
    for number in range(rng.choice([1, 1, 1, 2])):
        sides = rng.sample(COUNTRIES, rng.choice([2, 2, 2, 3]))
        meeting_day = max(0, day - rng.randint(0, 3))
        date = START.add(days=meeting_day)
        participants = []
        for code, demonym, _capital, title in sides:
            name = _holder(holders, (code, role), meeting_day)
            participants.append(Participant(name=name, country=code, role=role, title=f"{demonym} {title}"))
        sentence = " and ".join(p.title + " " + p.name for p in participants if p.title) + " met."
        evidence = Evidence(article=article_id, start=number * 100, end=number * 100 + len(sentence), sentence=sentence)
        kind = rng.choice(["in-person", "in-person", "call", "video", "planned"])
        yield MeetingReported(
            article=article_id,
            extractor=EXTRACTOR,
            date=TextDate(year=date.year, month=date.month, day=date.day),
            meeting_kind=kind,
            place=sides[0][2],
            participants=tuple(participants),
            countries=tuple(sorted(c[0] for c in sides)),
            topics=tuple(sorted(set(rng.sample(TOPICS, 2)))),
            evidence=evidence,
        )
        for p in participants:
            yield OfficeObserved(
                article=article_id,
                extractor=EXTRACTOR,
                name=p.name,
                country=p.country,
                role=p.role,
                title=p.title,
                date=TextDate(year=date.year, month=date.month, day=date.day),
                evidence=evidence,
            )
