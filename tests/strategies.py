"""Hypothesis strategies for the domain: dates, events, logs."""

from __future__ import annotations

import pendulum
from hypothesis import strategies as st

from timeline.model import (
    MEETING_KINDS,
    ROLES,
    STATUSES,
    ArticleIngested,
    Event,
    Evidence,
    MeetingReported,
    OfficeObserved,
    Participant,
)
from timeline.textdate import TextDate

hex_ids = st.text(alphabet="0123456789abcdef", min_size=16, max_size=32)
countries = st.sampled_from(["US", "KR", "JP", "CN", "GB", "CA", "IN", "AU", "FR", "UA"])
texts = st.text(max_size=60)
names = st.text(
    alphabet=st.characters(categories=["Lu", "Ll"], include_characters=" -é"), min_size=1, max_size=30
)
days = st.dates(min_value=pendulum.date(1900, 1, 1), max_value=pendulum.date(2100, 12, 31)).map(
    lambda d: pendulum.date(d.year, d.month, d.day)
)


@st.composite
def text_dates(draw: st.DrawFn) -> TextDate:
    """A date at any precision, sometimes approximate, sometimes unknown."""
    precision = draw(st.sampled_from(["day", "month", "year", "unknown"]))
    if precision == "unknown":
        return TextDate.unknown()
    day = draw(days)
    approx = draw(st.booleans())
    if precision == "day":
        return TextDate.from_date(day, approx=approx)
    if precision == "month":
        return TextDate(year=day.year, month=day.month, approx=approx)
    return TextDate(year=day.year, approx=approx)


@st.composite
def evidence(draw: st.DrawFn, article: str) -> Evidence:
    start = draw(st.integers(0, 5000))
    return Evidence(article=article, start=start, end=start + draw(st.integers(0, 300)), sentence=draw(texts))


@st.composite
def participants(draw: st.DrawFn) -> Participant:
    return Participant(
        name=draw(names),
        country=draw(st.none() | countries),
        role=draw(st.sampled_from(ROLES)),
        title=draw(st.none() | texts),
        status=draw(st.sampled_from(STATUSES)),
    )


@st.composite
def articles(draw: st.DrawFn) -> ArticleIngested:
    return ArticleIngested(
        article=draw(hex_ids),
        text=draw(st.text(min_size=1, max_size=400)),
        title=draw(st.none() | texts),
        source=draw(st.none() | texts),
        url=draw(st.none() | texts),
        published=draw(st.none() | days),
        dateline=draw(st.none() | texts),
        language=draw(st.none() | st.sampled_from(["en", "fr"])),
        filename=draw(st.none() | texts),
        header=draw(st.dictionaries(st.text(min_size=1, max_size=10), texts, max_size=3)),
    )


@st.composite
def meetings(draw: st.DrawFn) -> MeetingReported:
    article = draw(hex_ids)
    return MeetingReported(
        article=article,
        extractor=draw(st.sampled_from(["rules-1", "rules-2"])),
        date=draw(text_dates()),
        date_from=draw(st.sampled_from(["text", "story", "none"])),
        meeting_kind=draw(st.sampled_from(MEETING_KINDS)),
        place=draw(st.none() | texts),
        venue=draw(st.none() | texts),
        participants=tuple(draw(st.lists(participants(), max_size=4))),
        countries=tuple(draw(st.lists(countries, max_size=4, unique=True))),
        topics=tuple(draw(st.lists(texts, max_size=3))),
        evidence=draw(evidence(article)),
    )


@st.composite
def observations(draw: st.DrawFn) -> OfficeObserved:
    article = draw(hex_ids)
    return OfficeObserved(
        article=article,
        extractor="rules-1",
        name=draw(names),
        country=draw(st.none() | countries),
        role=draw(st.sampled_from(ROLES)),
        title=draw(st.none() | texts),
        status=draw(st.sampled_from(STATUSES)),
        date=draw(text_dates()),
        evidence=draw(evidence(article)),
    )


events: st.SearchStrategy[Event] = st.one_of(articles(), meetings(), observations())
batches = st.lists(st.lists(events, min_size=1, max_size=4), min_size=1, max_size=5)
