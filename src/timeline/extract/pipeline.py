"""The stages in order: parse -> cast -> meeting frames -> meetings with attributes -> events.

Frames of one meeting (the sentence that reports it, the heading that names
it, "the two ministers discussed ...") are joined into one meeting when
their people agree (one set inside the other) and their dates and kinds do
not contradict; two bilaterals of one day stay two. Each stage returns new
frozen values; none edits another's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs
import pendulum

from timeline import gazetteer, timex
from timeline.article import Article
from timeline.extract import attributes, cast, meetings, office, outlets
from timeline.extract.cast import Cast, Person
from timeline.extract.meetings import Frame
from timeline.extract.mentions import PersonMention
from timeline.extract.office import LEADERS, TITLE_WORDS
from timeline.extract.parse import Parsed, Sentence, clause_verb, parse, tokens
from timeline.model import ArticleIngested, Event, Evidence, MeetingReported, OfficeObserved, Participant
from timeline.textdate import TextDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from timeline.extract.mentions import Office

EXTRACTOR = "spacy-26"

# Verbs of travel, one family read three ways: a guest's coming ("arrived in Beijing Friday"), a
# journey that is a sentence's news ("In August, X headed to Europe"; not "came"), and any word of
# travel a place hangs on ("his visit to Mozambique", "the trip to Lima"; not "headed").
_ARRIVING = attributes.ARRIVING
_JOURNEYS = (_ARRIVING - {"come"}) | {"head", "visit", "tour", "fly"}
_TRAVEL = (_JOURNEYS - {"head"}) | {"come", "trip", "journey"}
_GOING = _JOURNEYS | {"go", "leave", "depart"}  # a journey told from where it starts
_SPEAKS_FOR = re.compile(
    r"spokes|press secretary|aide|official", re.IGNORECASE
)  # tells of a meeting, not in it
_ATTENDING = re.compile(
    r"\b(?:attended by|in attendance|also present|were present|was present)\b", re.IGNORECASE
)  # "The meeting was also attended by ... presidential spokesman X": at it


@attrs.frozen
class Told:
    """A frame with its attributes read."""

    frame: Frame
    written: attributes.Written | None  # the date written in its sentence
    kind: str  # in-person, call, video
    place: str | None
    headline: bool = False  # told by a line with no final stop: "Readout of X's Meeting with Y"
    visit: bool = False  # its trigger is a coming in person: "visited Qatar", "was welcomed at the airport"
    placed: bool = False  # held at a place its trigger names: "held talks at the UN Headquarters"
    arrival: bool = False  # its trigger is a guest's coming: "arrived in Beijing at Wen's invitation"
    loose: bool = False  # a call its sentence does not say was by phone: "X has spoken to Y", "their call"
    line: int = 0  # its paragraph
    elsewhere: bool = False  # its sentence opens on another event: "Elsewhere, the President held ..."
    background: bool = False  # told as background: "they last held a video call", "had held"
    earlier: bool = False  # its sentence opens on "Earlier": "Earlier, X had met with Y"
    caption: bool = False  # a photo's caption placing its people: "X (left) speaks with Y (second right)"
    two_sided: bool = False  # told as of two: "a one-on-one meeting with X", "bilateral talks with Y"
    roster: frozenset[str] = frozenset()  # the countries of a group its sentence names: "the ministers of A and B"

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds its sentence allows, when it says any: "spoke to", "a call" may have been by video."""
        if not self.explicit_kind:
            return frozenset()
        return frozenset({"call", "video"}) if self.loose else frozenset({self.kind})

    @property
    def date(self) -> TextDate | None:
        """The date as stored, if its sentence writes one."""
        return self.written.date if self.written else None

    @property
    def explicit_kind(self) -> bool:
        """Whether the sentence itself says call or video; in person is what a meeting is unless told."""
        return self.kind != "in-person"


@attrs.frozen
class Meeting:
    """The frames of one meeting, joined, with what joining asks of them kept as they come.

    Joining looks at the people of its full reports, its dates, kinds and
    tense; kept here, a frame is weighed against a meeting in time that does
    not grow with the frames already joined (a text repeating one sentence
    38,000 times stays linear).
    """

    told: tuple[Told, ...]
    people: tuple[int, ...]
    countries: frozenset[str]
    full: frozenset[frozenset[int]] = frozenset()  # people of its reports naming two or more
    written: tuple[attributes.Written, ...] = ()  # its dates, each span once
    kinds: frozenset[str] = frozenset()  # call or video, as its reports say
    visit: bool = False  # a report of it is a coming in person
    placed: bool = False  # a report of it holds it at a place
    future: bool = False
    headline: bool = False  # told so far only by headlines, which give no date of their own

    @classmethod
    def of(cls, told: list[Told], people: tuple[int, ...], countries: frozenset[str]) -> Meeting:
        """The meeting its frames make."""
        written: dict[tuple[object, object], attributes.Written] = {}
        for item in told:
            if item.written is not None:
                written.setdefault((item.written.first, item.written.last), item.written)
        return cls(
            told=tuple(told),
            people=people,
            countries=countries,
            full=frozenset(
                frozenset(t.frame.people)
                for t in told
                if len(t.frame.people) >= 2 and not t.frame.continuation
            ),
            written=tuple(written.values()),
            kinds=frozenset().union(*(t.kinds for t in told)),
            visit=any(t.visit for t in told),
            placed=any(t.placed for t in told),
            future=any(t.frame.future for t in told),
            headline=all(t.headline and t.written is None for t in told),
        )


def extract(article: Article) -> tuple[list[Event], list[str]]:
    """The events one article reports, and the problems met while reading it.

    Returns:
        The ``ArticleIngested`` event first, then meetings, then office
        observations; and human-readable problems (never raised).

    """
    ingested = ArticleIngested(
        **attrs.asdict(article, recurse=False, filter=lambda a, _: a.name not in {"id", "warnings"}),
        article=article.id,
    )
    problems: list[str] = []
    parsed = parse(article.text)
    anchor = article.published
    titled = attributes.stated_date(article.title, None)
    if (
        anchor is not None
        and titled is not None
        and 0 < (anchor - titled).days <= 3
        and not attributes.names_days(article.title)  # "visit, 5 to 6 July": published on its second day
    ):
        anchor = titled  # "PM meeting with President Ruto: 25 September 2024", published the next day
        problems.append(f"dates are read against {titled.isoformat()}, the title's date, not the header's")
    if anchor is None:
        anchor = attributes.stated_date(article.title, parsed)
        if anchor is not None:
            problems.append(
                f"no published date: dates are read against {anchor.isoformat()}, the page's own date"
            )
        elif (anchor := attributes.lead_date(parsed)) is not None:
            problems.append(
                f"no published date: dates are read against {anchor.isoformat()}, the first full date of its text"
            )
        elif (anchor := attributes.latest_full_date(parsed)) is not None:
            problems.append(
                f"no published date: dates are read against {anchor.isoformat()}, "
                "the latest full date of its text"
            )
        else:
            problems.append("no published date: dates relative to it stay unresolved")
    lined = attributes.date_line(parsed, anchor)
    day = lined.to_date() if lined is not None else None
    if anchor is not None and day is not None and (day - anchor).days > 1:
        # "Fri Mar 29 2024" atop a story published in 2022: the page's day, not the story's
        lined = day = None
    if anchor is not None and day is not None and 0 < (anchor - day).days <= 3:
        anchor = day  # "WASHINGTON, Nov. 13 -- ... spoke today", published on the 14th: today is the 13th
    full = attributes.dated_line_in_full(parsed, anchor)
    if anchor is not None and full is not None and full < anchor:
        problems.append(f"dates are read against {full.isoformat()}, the date line's, not the header's")
        anchor = day = full  # "LONDON, Jan. 5, 2023 - ... met X on Thursday", on a page dated a year later
    people = cast.build(parsed, article.source, article.url, article.title)
    told = _dated_by_paragraph(
        parsed, [_tell(parsed, frame, anchor) for frame in meetings.frames(parsed, people)], anchor, people
    )
    aside = [  # undated, or of a year only ("This year, X and Y have spoken twice on the phone")
        (t.written is None or t.written.date.precision == "year") and _in_passing(parsed, t) for t in told
    ]
    if not all(
        aside
    ):  # "his visit built on prior dialogue between A and B": no day, and joins no other meeting
        told = [t for t, passing in zip(told, aside, strict=True) if not passing]
    lead = _lead_day(parsed, told, anchor, people)
    stamped = (
        lined is not None
        and lead is not None
        and article.published is not None
        and lined.to_date() == article.published
        and (day_led := lead.to_date()) is not None
        and day_led < article.published
    )
    # the date line read once, above; a stamp of the page's own date ("2024/05/23") gives way to the lead's
    # day ("received ... May 21")
    story = lead if lead is not None and (lined is None or stamped) else lined
    implied = story or (TextDate.from_date(anchor) if anchor else None)
    joined = _on_its_sidelines(
        _dated_beside(_credentials_each(_join(told, people, implied), people, parsed), parsed), parsed
    )
    passing = [
        (not m.written and all(_in_passing(parsed, t) for t in m.told)) or _years_ago(m) for m in joined
    ]
    if not all(passing):  # the story's own meeting told, one in passing is none of its news
        joined = [m for m, aside in zip(joined, passing, strict=True) if not aside]
    owners = {t.frame.sentence: index for index, m in enumerate(joined) for t in m.told}
    counts = cast.story_countries(parsed, people) if joined else {}
    partners = _partners(people, joined)
    homes = frozenset(_homes(article, parsed))
    placed = [_in_step(people, m, counts, partners, parsed, homes) for m in joined]
    people = _settled(
        people,
        [  # the other side of a meeting of two holds at their other meetings too ("Dar and Rubio met ... last
            # month"); a lone one's side (a meeting that may be none) is left to that meeting
            _other_side_of_the_relations(persons, m, parsed, homes, people)
            if len(persons) >= 2  # noqa: PLR2004 - a meeting of two or more
            else persons
            for persons, m in zip(placed, joined, strict=True)
        ],
    )
    events = [
        _meeting_event(
            article,
            anchor,
            parsed,
            people,
            m,
            story,
            _told_in(index, m, owners, parsed),
            (counts, partners, homes),
        )
        for index, m in enumerate(joined)
    ]
    reported = _plans_carried_out(
        [(m, e) for m, e in zip(joined, events, strict=True) if e is not None], parsed, anchor
    )
    reported = [(m, e) for m, e in _calls_told_together(_told_twice(reported), parsed) if worth_reporting(e)]
    reported = _the_headlines_call(reported, article.title)
    held_in = {
        t.frame.sentence: e.date
        for m, e in reported
        if e.meeting_kind != "planned" and e.date_from == "text"
        for t in m.told
    }
    observations = _observations(article, parsed, people, held_in)
    return [ingested, *(e for _, e in reported), *observations], problems


def _the_headlines_call(
    reported: list[tuple[Meeting, MeetingReported]], title: str | None
) -> list[tuple[Meeting, MeetingReported]]:
    """A story's one meeting, which its body tells with no word of how ("The Secretary-General and President
    Y discussed ..."), is the phone call its headline names ("Readout of the Secretary-General's phone call
    with Y"). Not a meeting any report of which holds it somewhere or tells a coming in person."""
    if (
        len(reported) != 1
        or not title
        or not attributes.says_phone(title)
        or re.search(r"\bvideo\b", title, re.IGNORECASE)
    ):
        return reported
    meeting, event = reported[0]
    if event.meeting_kind != "in-person" or meeting.kinds or meeting.visit or meeting.placed or event.place:
        return reported
    return [(meeting, attrs.evolve(event, meeting_kind="call"))]


def worth_reporting(event: MeetingReported) -> bool:
    """Whether a meeting found is one to report: someone named in it, or, of countries only, one the text
    dates as held ("the trilateral summit at Camp David in August"); not "In addition to the trilateral
    meeting, bilateral meetings will also take place", no one named and no day of its own."""
    return bool(event.participants) or (event.date_from == "text" and event.meeting_kind != "planned")


def _told_twice(reported: list[tuple[Meeting, MeetingReported]]) -> list[tuple[Meeting, MeetingReported]]:
    """One meeting told twice apart: "Earlier, X had also met Y during his visit ... 'Honored to call on Y,' X
    wrote", both held on the story's day; "X and Y will meet in Brussels on Sunday ... the meeting will be
    hosted by Z next Sunday". The same people, day and kind are one meeting, its reports together (the
    first keeps its evidence)."""
    def key(event: MeetingReported) -> tuple[object, ...]:
        names = frozenset(p.name for p in event.participants)
        return (names, event.countries, event.date, event.meeting_kind)

    result: list[tuple[Meeting, MeetingReported]] = []
    for meeting, event in reported:
        same = next(
            (
                index
                for index, (kept, e) in enumerate(result)
                if (event.date.day is not None or e.evidence == event.evidence)  # (one sentence's two
                # triggers, "exchanged views on ... and agreed to meet", told once)
                and len(event.participants) >= 2  # two sides named
                and (
                    key(e) == key(event)
                    or (key(e)[:2] == key(event)[:2] and _call_across_time_zones(e, event))
                )
                and (event.meeting_kind != "planned" or kept.kinds == meeting.kinds)  # a coming call is not
                # the coming visit
            ),
            None,
        )
        if same is None:
            result.append((meeting, event))
            continue
        first, kept = result[same]
        result[same] = (attrs.evolve(first, told=(*first.told, *meeting.told)), kept)
    return result


def _call_across_time_zones(one: MeetingReported, other: MeetingReported) -> bool:
    """Whether two calls of the same people are one, told on days a day apart, each side's by its own clock:
    "in a Monday phone call" (Beijing's) and "spoke on a call on Sunday" (Washington's)."""
    first, second = one.date.to_date(), other.date.to_date()
    return (
        one.meeting_kind == other.meeting_kind == "call"
        and first is not None
        and second is not None
        and abs((first - second).days) == 1
    )


def _plans_carried_out(
    reported: list[tuple[Meeting, MeetingReported]], parsed: Parsed, anchor: pendulum.Date | None
) -> list[tuple[Meeting, MeetingReported]]:
    """A plan told before the meeting that carried it out is that meeting, not one still to come.

    "X is in Ghana this week to hold talks with Y. He met Y at the Jubilee
    House on Wednesday": the talks of the week are Wednesday's. The plan's
    people are the meeting's, its time holds the meeting's day, and it is
    told first (not "X met Y on 3 March; they will meet again this month"), or
    on the meeting's own day ("X received Y on Monday ... The pair have since
    gone into talks, where discussions will center on ..."). A weekday told in
    the present, as captions and headlines tell ("X meets with Y in Washington
    Sunday"), read forward to the coming one, is the one just past when the
    same people met then (see ``_present_weekday``).
    """

    def people(event: MeetingReported) -> frozenset[str]:
        return frozenset(p.name for p in event.participants)

    def told_first(meeting: Meeting) -> int:
        return min(t.frame.sentence for t in meeting.told)

    held = [
        (told_first(m), e, day, people(e))
        for m, e in reported
        if e.meeting_kind != "planned" and (day := e.date.first_day()) is not None
    ]

    def carried_out(meeting: Meeting, plan: MeetingReported) -> bool:
        first, last = plan.date.first_day(), plan.date.last_day()
        return (
            first is not None
            and last is not None
            and any(
                _same_parties(theirs, people(plan))
                and len(people(plan) - theirs) < 2  # noqa: PLR2004 - not "to join X and Y for talks" after
                and first <= day <= last
                and (told_first(meeting) < told or event.date == plan.date)  # "have since gone into talks,
                # where discussions will center on ..."
                for told, event, day, theirs in held
            )
        )

    def told_again(meeting: Meeting, plan: MeetingReported) -> bool:
        return any(
            _same_parties(theirs, people(plan))
            and plan.place in {None, event.place}
            and _present_weekday(parsed, meeting, plan, anchor, day)
            for _, event, day, theirs in held
        )

    return [
        (m, e)
        for m, e in reported
        if not (e.meeting_kind == "planned" and (carried_out(m, e) or told_again(m, e)))
    ]


_WEEK = 7  # days


def _present_weekday(
    parsed: Parsed, meeting: Meeting, plan: MeetingReported, anchor: pendulum.Date | None, held: pendulum.Date
) -> bool:
    """A plan read from a weekday in the present tense ("meets ... Sunday"), dated within the week after
    publication, whose weekday's last occurrence, on or before it, is ``held``: the same meeting, its present
    a caption's or a headline's. Not "will meet" nor "is to meet": only a bare present says no future; nor
    one told as another ("meet again", "next Sunday", "for the second round"), nor in another place (the
    caller checks the place)."""
    day = plan.date.to_date()
    return (
        anchor is not None
        and day is not None
        and 0 < (day - anchor).days <= _WEEK
        and (day - held).days == _WEEK
        and held <= anchor
        and all(_bare_present(parsed.sentences[t.frame.sentence].doc[t.frame.trigger]) for t in meeting.told)
        and not any(_ANOTHER_TIME.search(parsed.sentences[t.frame.sentence].text) for t in meeting.told)
    )


_ANOTHER_TIME = re.compile(r"\b(?:again|next|second|another|return|follow-up)\b", re.IGNORECASE)


def _bare_present(trigger: Token) -> bool:
    """A verb in the simple present with no auxiliary: "meets", not "will meet", "is to meet", "is meeting"."""
    return trigger.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children)


def _same_parties(one: frozenset[str], other: frozenset[str]) -> bool:
    """Two reports of one meeting's people: the same two or more, one naming someone more ("the pair, with
    their delegations")."""
    return len(one & other) >= 2 and (one <= other or other <= one)  # noqa: PLR2004 - a meeting's two


def _dated_by_paragraph(
    parsed: Parsed, told: list[Told], anchor: pendulum.Date | None, people: Cast
) -> list[Told]:
    """A meeting told undated after a dated one in the same paragraph happened that day too.

    "On Tuesday, the Secretary General visited Wellington for talks with
    Prime Minister X. ... He also had discussions with Foreign Minister Y":
    the paragraph tells one day.
    """
    result: list[Told] = []
    for item in told:
        if (
            item.written is None
            and not parsed.sentences[item.frame.sentence].heading
            and not _background(parsed.sentences[item.frame.sentence].doc[item.frame.trigger])
            and not _in_passing(parsed, item)
        ):
            line = parsed.sentences[item.frame.sentence].line
            before = next(
                (
                    t
                    for t in reversed(result)
                    if parsed.sentences[t.frame.sentence].line == line
                    and t.frame.sentence < item.frame.sentence
                ),
                None,
            )
            lone = next(  # "X held talks with a host of other Heads of State yesterday. X met A, B and C"
                (
                    t
                    for t in reversed(result)
                    if t.frame.sentence == item.frame.sentence - 1
                    and t.frame.people == item.frame.people[:1]
                    and t.written is not None
                    and not (t.visit or t.arrival)
                    and t.frame.future == item.frame.future
                ),
                None,
            )
            day_of_visit = _day_of_the_visit(parsed, item, anchor, people)
            if day_of_visit is not None:
                item = attrs.evolve(item, written=day_of_visit)
            elif (
                before is not None and before.written is not None and before.frame.future == item.frame.future
            ):
                item = attrs.evolve(item, written=before.written)
            elif lone is not None and len(item.frame.people) == 2:  # one of a pair
                item = attrs.evolve(item, written=lone.written)  # the unnamed ones it met, now named
            elif before is None and item.frame.future and anchor is not None and not _dated_next(item, told):
                item = attrs.evolve(item, written=_coming_day_before(parsed, item, anchor, people))
            elif (before is None or before.written is None) and _ON_ARRIVAL.search(
                parsed.sentences[item.frame.sentence].text
            ):
                item = attrs.evolve(item, written=_arrival_day_before(parsed, item.frame.sentence, anchor))
            elif before is None and not item.frame.future:
                item = attrs.evolve(
                    item,
                    written=_journey_date_before(parsed, item.frame.sentence, anchor, item, people)
                    or _own_day_before(parsed, item.frame.sentence, anchor, item, people)
                    or _paragraphs_day(parsed, item, anchor)
                    or _meetings_day_near(parsed, item.frame.sentence, anchor)
                    or _arrived_earlier_that_day(parsed, item, anchor, people)
                    or _later_than_the_last(parsed, item, result, anchor),
                )
            elif before is not None and before.written is None and not item.frame.future:
                item = attrs.evolve(item, written=_meetings_day_near(parsed, item.frame.sentence, anchor))
        result.append(item)
    return result


def _verb_told(parsed: Parsed, told: Told) -> Token | None:
    """The verb a report tells its meeting with: the trigger's own, or the one its noun hangs on."""
    trigger = parsed.sentences[told.frame.sentence].doc[told.frame.trigger]
    return trigger if trigger.pos_ in {"VERB", "AUX"} else attributes.verb_over(trigger)


def _paragraphs_day(parsed: Parsed, item: Told, anchor: pendulum.Date | None) -> attributes.Written | None:
    """The day a paragraph opens on, for a meeting its next sentence tells in the past with no time of its
    own: "On October 23, BRICS Summit meetings were convened ... X held a series of bilateral meetings: with
    A, B and C" (that day, not the one the paragraph before opened on)."""
    index = item.frame.sentence
    if index == 0 or anchor is None or parsed.sentences[index - 1].line != parsed.sentences[index].line:
        return None
    previous, sentence = parsed.sentences[index - 1], parsed.sentences[index]
    verb = _verb_told(parsed, item)
    if verb is None or verb.tag_ != "VBD" or any(t.lower_ in _AT_ANOTHER_TIME for t in tokens(sentence.doc)):
        return None
    opening = _OPENING_DAY.match(previous.text)
    if opening is None:
        return None
    days = [w for offset, w in attributes.sentence_dates(previous, anchor) if offset < opening.end()]
    if len(days) != 1 or days[0].date.precision != "day" or days[0].first is None or days[0].first > anchor:
        return None
    return days[0]


# a sentence that opens on its day: "On October 23, ...", "On Tuesday, ...", "On the final day of the summit,
# October 24, ..."
_OPENING_DAY = re.compile(
    r"On (?:the [a-z]+ day of the [\w -]{1,30}, )?(?:[A-Z][a-z]+day,? )?"
    r"(?:[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+day),"
)


def _later_than_the_last(
    parsed: Parsed, item: Told, result: list[Told], anchor: pendulum.Date | None
) -> attributes.Written | None:
    """The day of the last meeting its subject was told at, for one told "later": "On Friday, X met Y. ...
    X later met Z in Rawalpindi": that Friday, a day of the story's last week (a few sentences back)."""
    verb = _verb_told(parsed, item)
    if (
        anchor is None
        or verb is None
        or verb.tag_ != "VBD"
        or not any(c.dep_ == "advmod" and c.lower_ == "later" for c in verb.children)
        or not item.frame.people
    ):
        return None
    last = next(
        (
            t
            for t in reversed(result)
            if item.frame.sentence - t.frame.sentence <= _LATER_REACH
            and t.frame.people[:1] == item.frame.people[:1]
            and not t.frame.future
        ),
        None,
    )
    written = last.written if last is not None else None
    if written is None or written.date.precision != "day" or written.first is None:
        return None
    return written if 0 <= (anchor - written.first).days <= _LAST_WEEK else None


_LATER_REACH = 6  # sentences back to the meeting "later" goes on from


def _dated_next(item: Told, told: list[Told]) -> bool:
    """Whether the sentence after a coming meeting dates it: "X is expected to meet Y. The meeting, planned
    for Wednesday, ..."."""
    return any(
        t.frame.sentence == item.frame.sentence + 1
        and t.frame.continuation
        and t.frame.future
        and t.written is not None
        and set(t.frame.people) <= set(item.frame.people)
        for t in told
    )


_NTH_DAY = re.compile(
    r"\b(?:on|during) the (first|second|third|fourth|fifth) day of (?:his|her|their|the)\b[^.;]{0,30}?"
    r"\b(?:visit|trip|tour|stay)\b",
    re.IGNORECASE,
)
_ORDINAL_DAYS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def _day_of_the_visit(
    parsed: Parsed, told: Told, anchor: pendulum.Date | None, people: Cast
) -> attributes.Written | None:
    """ "X arrived in Beijing on 27 November ... On the second day of the two-day visit, X met Y": the day
    counted from the one arrival day the story tells of someone at the meeting (the earlier of it and a date
    line's day beside it), and not after the story."""
    counted = _NTH_DAY.search(parsed.sentences[told.frame.sentence].text)
    if counted is None:
        return None
    days = [written.date.first_day() for _, written in _arrivals(parsed, told, anchor, people)]
    known = [day for day in days if day is not None]
    if not known or max(known) > min(known).add(days=1):
        return None  # one arrival told (a date line's day beside it at most)
    day = min(known).add(days=_ORDINAL_DAYS[counted.group(1).lower()])
    if anchor is not None and day > anchor:
        return None
    return attributes.Written(date=TextDate.from_date(day), first=day, last=day)


_ON_ARRIVAL = re.compile(
    r"^(?:On|Upon) (?:(?:his|her|their) )?(?:arrival|arriving|reaching|landing)\b|\bairport\b"
    r"|\b(?:immediately|shortly|soon|right) after (?:(?:his|her|their) )?(?:arrival|arriving|landing)\b",
    re.IGNORECASE,
)  # "On reaching India, he was received by X"; "He was given a welcome by X at the airport"; "immediately
# after arriving in Tbilisi, X met Y"


def _arrivals(
    parsed: Parsed, told: Told, anchor: pendulum.Date | None, people: Cast, said: str = ""
) -> list[tuple[Token, attributes.Written]]:
    """Each arrival of someone at the meeting the story tells with its day, and its verb ("X arrived in
    Beijing on 27 November"), in sentences holding the words ``said``, if given."""
    return [
        (verb, written)
        for sentence in parsed.sentences
        if said in sentence.text
        for verb in tokens(sentence.doc)
        if verb.lemma_.lower() in _ARRIVING
        and verb.pos_ == "VERB"
        and _made_by(verb, sentence.index, told.frame.people, people)
        for offset, written in attributes.sentence_dates(sentence, anchor)
        if written.date.precision == "day" and attributes.in_clause_of(sentence.doc, offset, verb)
    ]


def _arrived_earlier_that_day(
    parsed: Parsed, told: Told, anchor: pendulum.Date | None, people: Cast
) -> attributes.Written | None:
    """The one past day on which one of the meeting's people "arrived earlier", told anywhere in the story.

    "Talks between the two presidents, A and B, in Dushanbe ... B arrived in
    Dushanbe earlier on Friday to attend a summit": the talks were on Friday,
    later that day.
    """
    found = [
        written
        for verb, written in _arrivals(parsed, told, anchor, people, said="earlier")
        if any(  # "arrived earlier on Friday", "arrived in Dushanbe earlier today"
            g.dep_ == "advmod" and g.lower_ == "earlier"
            for c in verb.children
            for g in (c, *(c.children if c.dep_ == "prep" else ()))
        )
    ]
    if len(found) != 1 or (anchor is not None and (found[0].last is None or found[0].last > anchor)):
        return None
    return found[0]


def _arrival_day_before(
    parsed: Parsed, index: int, anchor: pendulum.Date | None
) -> attributes.Written | None:
    """The day of the sentence just before, in the same paragraph, that tells the arrival.

    "X arrived in New Delhi on Wednesday. On reaching India, he was received
    by Y": received on Wednesday.
    """
    sentence = parsed.sentences[index]
    if index == 0 or parsed.sentences[index - 1].line != sentence.line:
        return None
    previous = parsed.sentences[index - 1]
    verbs = [t for t in tokens(previous.doc) if t.lemma_.lower() in _ARRIVING or _visit_began(t)]
    if not verbs:
        return None
    days = [(o, w) for o, w in attributes.sentence_dates(previous, anchor) if w.date.precision == "day"]
    own = [  # "YEREVAN, SEPTEMBER 13: The visit of X to Georgia started September 12": the verb's own day,
        # the nearest it of those in its clause (a dateline hangs on the root too)
        (min(abs(o - v.idx) for v in verbs), w)
        for o, w in days
        if any(attributes.in_clause_of(previous.doc, o, v) for v in verbs)
    ]
    if own:
        return min(own, key=lambda pair: pair[0])[1]
    return days[0][1] if len(days) == 1 else None


def _visit_began(verb: Token, role: str = "nsubj") -> bool:
    """ "The visit of X to Georgia started September 12" (the visit the subject), "X began an official visit
    to Vilnius" (``role`` "dobj"): the day a visit begins is its guest's arrival."""
    return verb.lemma_.lower() in {"start", "begin", "commence"} and any(
        c.dep_ == role and c.lemma_.lower() in {"visit", "trip", "tour"} for c in verb.children
    )


def _journey_date_before(
    parsed: Parsed, index: int, anchor: pendulum.Date | None, told: Told, people: Cast
) -> attributes.Written | None:
    """The one past date of the sentence just before, in the same paragraph, that tells a journey.

    "In August, X headed to Europe with visits to Berlin, Paris and Rome. He
    met President Y": the meeting was on that trip, in August. The journey is
    that sentence's news (its main verb, not "last travelled", "since she
    travelled"), and one who makes it is at the meeting (not "Pope Leo visited
    Kenya in 2015. X met Y").
    """
    sentence = parsed.sentences[index]
    if index == 0 or parsed.sentences[index - 1].line != sentence.line:
        return None
    previous = parsed.sentences[index - 1]
    journeys = [
        t
        for t in tokens(previous.doc)
        if t.pos_ == "VERB"
        and t.lemma_.lower() in _JOURNEYS
        and t.dep_ == "ROOT"
        and not any(c.dep_ == "advmod" and c.lower_ in _BACKGROUND for c in t.children)
        and _made_by(t, previous.index, told.frame.people, people)
    ]
    if not journeys:
        return None
    dates = [
        written
        for offset, written in attributes.sentence_dates(previous, anchor)
        if any(attributes.in_clause_of(previous.doc, offset, verb) for verb in journeys)
    ]  # not "the first to visit Sri Lanka after the government assumed office on 22 September"
    if len(dates) != 1 or (anchor is not None and (dates[0].last is None or dates[0].last > anchor)):
        return None
    return dates[0]


def _own_day_before(
    parsed: Parsed, index: int, anchor: pendulum.Date | None, told: Told, people: Cast
) -> attributes.Written | None:
    """The day of the sentence just before, in the same paragraph, on which the meeting's people did
    something of their own, in the story's last week.

    "X opened a trade fair in Dubai on Monday. He also held talks with Y":
    the talks were that Monday. The day is that sentence's main verb's own
    (not "welcomed the pact signed on Monday"), a day of the week before the
    story, and the act is told as done then, not looked back on ("had
    signed") nor told of ("posted", "wrote"), nor ended ("returned home on
    Friday after a tour"). The meeting's sentence is in the past and puts it
    at no other time ("The day before", "Since then", "a week later").
    """
    sentence = parsed.sentences[index]
    if index == 0 or anchor is None or parsed.sentences[index - 1].line != sentence.line:
        return None
    verb = _verb_told(parsed, told)
    past = verb is not None and (
        verb.tag_ == "VBD"
        or (
            verb.tag_ == "VBN"
            and any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in verb.children)
        )
    )  # "He also held talks with Y", "He was welcomed by Y"
    previous = parsed.sentences[index - 1]
    if not past or any(
        t.lower_ in _AT_ANOTHER_TIME and not _after_the_one_told(t, previous) for t in tokens(sentence.doc)
    ):
        return None
    acts = [
        t
        for t in tokens(previous.doc)
        if t.pos_ == "VERB"
        and t.dep_ == "ROOT"
        and t.tag_ == "VBD"
        and t.lemma_.lower() not in attributes.SAYING | _TELLING_OR_ENDING
        and not any(c.dep_ == "aux" or (c.dep_ == "advmod" and c.lower_ in _BACKGROUND) for c in t.children)
        and _made_by(t, previous.index, told.frame.people, people)
    ]
    days = [
        written
        for offset, written in attributes.sentence_dates(previous, anchor)
        if written.date.precision == "day"
        and written.first is not None
        and 0 <= (anchor - written.first).days <= _LAST_WEEK
        and any(attributes.verb_over(attributes.token_at(previous.doc, offset)) == act for act in acts)
    ]
    return days[0] if len(days) == 1 else None


def _after_the_one_told(word: Token, previous: Sentence) -> bool:
    """ "after the ceremony", the ceremony the sentence before told: on its day, not at another time."""
    return word.lower_ == "after" and any(
        g.dep_ == "pobj"
        and g.pos_ == "NOUN"
        and any(d.lower_ == "the" for d in g.children)
        and g.lower_ in previous.words
        for g in word.children
    )


_AT_ANOTHER_TIME = frozenset(
    {"before", "after", "later", "since", "earlier", "previously", "subsequently", "first", "during",
     "over", "past", "previous", "prior", "ago", "once", "already", "formerly", "next", "following", "when"}
)  # fmt: skip
_TELLING_OR_ENDING = frozenset(
    {"post", "write", "recall", "tweet", "issue", "publish", "give", "return", "leave", "conclude", "wrap",
     "end", "finish", "complete", "depart", "release", "speak", "express"}
)  # fmt: skip
_LAST_WEEK = 7  # days before the story a day told so may be


def _meetings_day_near(parsed: Parsed, index: int, anchor: pendulum.Date | None) -> attributes.Written | None:
    """The past day of the sentence just before or after, in the same paragraph, that dates meetings told.

    "X met his counterparts from A and B. The meetings took place on the
    fringes of the General Assembly on Saturday. X met separately with Y and
    Z": all on Saturday. That sentence's subject is a meeting noun already
    told ("The meetings", "The talks") and its verb says they happened
    ("took place", "were held"), not what they did ("focused on").
    """
    for near in (index - 1, index + 1):
        if 0 <= near < len(parsed.sentences) and parsed.sentences[near].line == parsed.sentences[index].line:
            day = _day_meetings_took_place(parsed.sentences[near], anchor)
            if day is not None:
                return day
    return None


def _day_meetings_took_place(sentence: Sentence, anchor: pendulum.Date | None) -> attributes.Written | None:
    """The one past day of "The meetings took place ... on Saturday", "The talks were held on Monday"."""
    root = next((t for t in tokens(sentence.doc) if t.dep_ == "ROOT"), None)
    if root is None or not (
        meetings.told_as_held(root)
    ):
        return None
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ not in meetings.MEETING_NOUNS or not attributes.told_before(subject):
        return None
    days = [
        written
        for offset, written in attributes.sentence_dates(sentence, anchor)
        if written.date.precision == "day" and attributes.in_clause_of(sentence.doc, offset, root)
    ]
    if len(days) != 1 or (anchor is not None and (days[0].last is None or days[0].last > anchor)):
        return None
    return days[0]


def _background(trigger: Token) -> bool:
    """Whether a meeting is told as background, not as the day's news: "Wong had previously met X", "has met
    him many times"."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    return any(
        (c.dep_ == "aux" and c.lemma_.lower() == "have")
        or (c.dep_ == "advmod" and c.lower_ in _BACKGROUND)
        or (c.dep_ == "npadvmod" and c.lower_ == "times")
        for c in verb.children
    )


_BACKGROUND = frozenset({"previously", "earlier", "already", "once", "before", "last", "formerly"})


def _in_passing(parsed: Parsed, told: Told) -> bool:
    """Whether a report tells a past meeting in passing: "follows his recent meetings with X", "had
    previously met Y", "recently held talks with Y", "have spoken twice this year". Undated, such a meeting
    is not the story's and has no day to be given."""
    if told.frame.recalled:
        return True
    trigger = parsed.sentences[told.frame.sentence].doc[told.frame.trigger]
    if trigger.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "amod" and c.lower_ in _PAST_ONES for c in trigger.children
    ):
        return True
    verbs = [trigger] if trigger.pos_ in {"VERB", "AUX"} else []
    noun = trigger.pos_ in {"NOUN", "PROPN"}
    if noun and trigger.dep_ == "pobj" and (over := attributes.verb_over(trigger)) is not None:
        verbs = [over]  # "have spoken twice on the phone"
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "dobj":
        # "who has previously confirmed that he has had conversations with A and B": the verbs telling it,
        # up to the clause describing the one who had them
        verbs = []
        for verb in trigger.ancestors:
            verbs.append(verb)
            purpose = verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children if c.dep_ == "aux")
            if verb.dep_ not in {"ccomp", "xcomp", "conj"} and not purpose:  # "paid a visit to hold talks"
                break
    return any(
        c.dep_ == "advmod" and c.lower_ in {"previously", "formerly", "once", "recently", "twice", "thrice"}
        for v in verbs
        for c in v.children
    ) or any(_since_then(v) for v in verbs)  # "Zarif recently paid a visit to Moscow to hold talks with
    # Lavrov", "have spoken twice on the phone", "has met Merkel and Putin since he was elected"


def _since_then(verb: Token) -> bool:
    """A present perfect over a span of time, no day of its own: "X has met A and B since he was elected"."""
    return any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children) and any(
        (c.dep_ == "prep" and c.lower_ == "since")
        or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "since" for g in c.children))
        for c in verb.children
    )


def _years_ago(meeting: Meeting) -> bool:
    """A meeting told only as background and dated only by its year: "had last met him in 2018, when he
    delivered a lecture". Not the story's news; a day or a month would make it one."""
    full = [t for t in meeting.told if len(t.frame.people) >= 2]  # noqa: PLR2004 - the reports naming both sides
    return (
        bool(meeting.written and full)
        and all(t.background for t in full)
        and all(w.date.precision == "year" for w in meeting.written)
    )


# "his recent meetings with X"; not "their last meeting as leaders", the final one
_PAST_ONES = frozenset({"recent", "previous", "earlier", "past", "prior"})


def _coming_day_before(
    parsed: Parsed, item: Told, anchor: pendulum.Date, people: Cast
) -> attributes.Written | None:
    """The one coming day the sentences just before a coming meeting name: "X will be visiting Fiji tomorrow.
    ... She will be meeting Prime Minister Y": the visit's day."""
    index = item.frame.sentence
    for before in reversed(parsed.sentences[max(0, index - _LOOK_BACK) : index]):
        if before.heading:
            return None
        programme = _SCHEDULE_ITEM.match(before.text) is not None and all(
            t.tag_ != "VBD" for t in tokens(before.doc)
        )
        # "will undertake a state visit to China from 4-8 February": the visit's first day; "- Thursday
        # (noon): Talks with X": a programme's coming Thursday (not "Thursday: X held talks with Y", past)
        named = attributes.sentence_dates(before, anchor, starting=True, coming=programme)
        coming = [
            written
            for offset, written in named
            if written.first is not None
            and (
                written.first > anchor
                or (
                    written.first == anchor
                    and len(named) == 1
                    and (_here_that_day(before, offset) or _programme_of_the_day(before, item, people))
                )
            )  # not "said on Wednesday he would travel to Uganda next month"
            and written.date.precision == "day"
        ]
        if coming:
            return coming[0] if len(coming) == 1 else None
    return None


_LOOK_BACK = 3  # sentences
_SCHEDULE_ITEM = re.compile(
    r"\s*[-–•*]?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?: \([^()]{1,20}\))?:"
)  # an item of a programme under its day


def _programme_of_the_day(sentence: Sentence, item: Told, people: Cast) -> bool:
    """Whether a sentence tells a meeting held that day and the one to come has someone new: a day's
    programme ("X welcomed Y today ... Y will call on President Z"), not "X met Y this afternoon. The two
    were pleased to meet"."""
    return any(not people.people[k].mentioned_in(sentence.index) for k in item.frame.people) and any(
        (verb := meetings.trigger_anchor(t)) is not None and verb.tag_ == "VBD" for t in tokens(sentence.doc)
    )


def _here_that_day(sentence: Sentence, offset: int) -> bool:
    """Whether the day of publication a sentence names is one someone is somewhere, not a day something
    was said or done: "X is in Kampala today", "X arrived in Kampala on Wednesday"; not "the ministry
    announced on Wednesday", "X met Y this afternoon", "protests erupted on Wednesday"."""
    verb = attributes.verb_over(attributes.token_at(sentence.doc, offset))
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _ARRIVING or lemma == "be":
        return True  # "arrived in Kampala on Wednesday", "is in Kampala on Wednesday"
    return verb.tag_ not in {"VBD", "VBN"} and meetings.trigger_anchor(verb) is None


def _told_in(index: int, meeting: Meeting, owners: dict[int, int], parsed: Parsed) -> list[str]:
    """The sentences that tell of a meeting: its frames', and up to three after each until another meeting's."""
    found: list[int] = []
    for told in meeting.told:
        found.append(told.frame.sentence)
        for following in range(told.frame.sentence + 1, min(len(parsed.sentences), told.frame.sentence + 4)):
            if owners.get(following, index) != index:
                break
            found.append(following)
    return [parsed.sentences[i].text for i in sorted(set(found))]


def _named_subject(sentence: Sentence, root: Token | None, people: Cast | None) -> int | None:
    """The person the sentence's main verb has for its subject, if a named one."""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subject is None or people is None:
        return None
    person = people.person_at(sentence.index, subject.i)
    return person.key if person is not None else None


def _lead_day(
    parsed: Parsed, told: list[Told], anchor: pendulum.Date | None, people: Cast | None = None
) -> TextDate | None:
    """The day the story's lead gives its held meeting: the day of the story's other undated meetings.

    "On Sunday, the Secretary-General met with presidents ... He also held
    talks with X": the talks were on Sunday too, not on the day of publication.
    A lead that opens with its day and tells no meeting ("On 6 November, the
    Minister took part in the Baltic Council") gives that day, and so does a
    lead naming the two people of an undated meeting told after it ("Crown
    Prince X on Saturday felicitated Prime Minister Y ..." ... "Y received a
    telephone call from X").
    """
    lead = [  # not a photo credit "(Photo: VNA)" after a caption
        s.index for s in parsed.sentences if not s.unstopped and any(t.pos_ in {"VERB", "AUX"} for t in s.doc)
    ][:_LEAD]
    opened = [  # the lead's own meeting told with no day: a day told after it of others is theirs
        set(t.frame.people)
        for t in told
        if lead
        and t.frame.sentence == lead[0]
        and t.date is None
        and not t.frame.future
        and len(set(t.frame.people)) >= 2  # noqa: PLR2004 - a meeting of two at least
    ]
    for item in told:
        if item.frame.sentence in lead and not item.frame.future and item.date is not None:
            if opened and item.frame.sentence != lead[0] and not opened[0] & set(item.frame.people):
                continue  # "X met Y in Colombo. Referring to X's meeting with Z on 4 August, ...": Z's day
            doc = parsed.sentences[item.frame.sentence].doc
            if attributes.days_apart(doc, item.frame.trigger) is not None:
                continue  # "X met Y, a day after holding talks with Z": a day counted from the story's
            return item.date if item.date.precision == "day" else None
    for index in lead:  # "On 6 November 2020, the Minister took part in the Baltic Council": its day
        if index != lead[0] and any(t.frame.sentence == lead[0] for t in told):
            break  # "X received Y in Hanoi. The talks followed the 7 November meeting of ...": another's day
        sentence = parsed.sentences[index]
        dates = [  # not "X, whom the Senate confirmed on Monday, met ...": his confirmation's day
            (offset, written)
            for offset, written in attributes.sentence_dates(sentence, anchor)
            if not attributes.in_a_description(sentence.doc, offset) and not _day_provided(sentence, offset)
        ]
        dates = _first_day_told(sentence, dates)
        if not dates or dates[0][1].date.precision != "day":
            continue
        day = dates[0][1].date.to_date()
        opening = dates[0][0] <= _OPENING
        meeting = any(meetings.trigger_anchor(t) is not None for t in sentence.doc)  # "... following the
        # first meeting of their defense ministers last November 16"
        named = {p.key
            for t in tokens(sentence.doc) if people and (p := people.person_at(index, t.i)) is not None}
        root = next((t for t in tokens(sentence.doc) if t.dep_ == "ROOT"), None)
        pair = _reaches_out(sentence) and any(
            item.written is None
            and not item.frame.future
            and len(set(item.frame.people)) == 2
            and set(item.frame.people) <= named
            for item in told
        )
        said = (
            _said_on(sentence, dates[0][0])
            and any(  # "Minister X said Friday that ...": the day of his undated meeting ("made his remarks
                item.written is None and not item.frame.future and named & set(item.frame.people)  # on the
                for item in told  # occasion of Y's visit")
            )
            and not any(  # "X and Y have held talks, the ministry said Friday. The two held a meeting in Lima
                item.written is not None  # on Thursday": the day told next, not the saying's
                and named & set(item.frame.people)
                and index < item.frame.sentence <= index + 2
                for item in told
            )
        )
        actor = _named_subject(sentence, root, people)
        followed = (
            actor is not None
            and people is not None
            and root is not None
            and root.lemma_.lower() not in _TRAVEL  # not "X arrived on Monday ... X and Y discussed trade"
            and attributes.in_clause_of(sentence.doc, dates[0][0], root)
            and any(  # "Chancellor X on Monday welcomed ... «...,» X assured after meeting with Y": the
                item.written is None  # day of the visit the story goes on to tell, the lead's actor in it
                and not item.frame.future
                and len(set(item.frame.people)) >= 2  # noqa: PLR2004 - the two sides
                and actor in item.frame.people
                and index < item.frame.sentence <= index + 2
                and any(  # named before the meeting's word, who meets, not whom ("Y received a call from X")
                    m.sentence == item.frame.sentence and m.token < item.frame.trigger
                    for m in people.people[actor].mentions
                )
                for item in told
            )
        )
        if (
            day is not None
            and (anchor is None or day <= anchor)
            and (opening or meeting or pair or said or followed)
        ):
            return dates[0][1].date
    return None


def _day_provided(sentence: Sentence, offset: int) -> bool:
    """A photo's day of release: "This photo, provided by the ministry on Nov. 15, shows X and Y meeting ...
    on Nov. 14": the day it was provided, not the meeting's."""
    token = attributes.token_at(sentence.doc, offset)
    if token is not None and token.i >= 2 and sentence.doc[token.i - 1].text == ",":
        before = sentence.doc[token.i - 2]  # "on Nov. 15, Friday": the weekday set off after its date
        if before.ent_type_ == "DATE" and _day_provided(sentence, before.idx):
            return True
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None) if token is not None else None
    return verb is not None and verb.lemma_.lower() in _PROVIDING and verb.dep_ in {"acl", "relcl"}


_PROVIDING = frozenset({"provide", "release", "distribute", "publish", "post", "supply", "issue"})


def _first_day_told(
    sentence: Sentence, dates: list[tuple[int, attributes.Written]]
) -> list[tuple[int, attributes.Written]]:
    """A lead's dates, the day its talks began first: "X called on Wednesday for calm, as they closed two days
    of talks that began on Tuesday" (a meeting over days takes its first)."""
    for offset, written in dates[1:]:
        token = attributes.token_at(sentence.doc, offset)
        began = next((a for a in token.ancestors if a.pos_ == "VERB"), None) if token is not None else None
        if (
            began is not None
            and began.lemma_.lower() in {"begin", "start", "open"}
            and began.dep_ == "relcl"
            and (
                began.head.lower_ in meetings.MEETING_NOUNS
                or any(  # "two days of talks that began on Tuesday"
                    c.dep_ == "prep"
                    and c.lower_ == "of"
                    and any(n.lower_ in meetings.MEETING_NOUNS for n in c.children)
                    for c in began.head.children
                )
            )
        ):
            return [(offset, written), *(d for d in dates if d[0] != offset)]
    return dates


_OPENING = 4  # characters: a date the lead opens with ("On 6 November 2020, ...")
_REACHING_OUT = frozenset(
    {
        "congratulate",
        "felicitate",
        "thank",
        "assure",
        "invite",
        "greet",
        "brief",
        "inform",
        "reassure",
        "convey",
    }
)


_WHILE_IN = re.compile(r"^(?:While|When) in ([A-Z][\w-]+(?: [A-Z][\w-]+)?),")


def _day_of_the_stop(parsed: Parsed, index: int, anchor: pendulum.Date | None) -> attributes.Written | None:
    """ "... a final stop in Hanoi, Vietnam on March 18. While in Hanoi, the Secretary held meetings with X":
    the day of the stop told in the sentence before, its one day."""
    opening = _WHILE_IN.match(parsed.sentences[index].text)
    if opening is None or index == 0:
        return None
    before = parsed.sentences[index - 1]
    if opening.group(1) not in before.text:
        return None
    days = [w for _, w in attributes.sentence_dates(before, anchor) if w.date.precision == "day"]
    return days[0] if len(days) == 1 else None


def _would(trigger: Token) -> bool:
    """Whether a meeting is told with "would", reported as set: "X would also be meeting Y on the same day"
    (the day of the coming meeting told before)."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)


def _would_meet(trigger: Token) -> bool:
    """A meeting verb told with "would" of its own: "X would on Tuesday meet Y" (not "I would like to
    commend my talks with Y", a wish's "would")."""
    return trigger.pos_ == "VERB" and _would(trigger)


_WEEKDAY_AND_DAY = re.compile(
    rf"\b({attributes.WEEKDAY_NAME}),? (?:the )?(\d{{1,2}}(?:st|nd|rd|th)? [A-Z][a-z]+\.?"
    r"|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?)\b"
)  # "On Thursday, 13 February", "Friday, Feb. 14": a weekday the story pairs with its date
_BARE_WEEKDAY = re.compile(rf"\b({attributes.WEEKDAY_NAME})\b(?!,? (?:the )?(?:\d|[A-Z][a-z]+\.? \d))")


def _weekday_told_before(parsed: Parsed, index: int, anchor: pendulum.Date | None) -> pendulum.Date | None:
    """The day a bare weekday stands for when the story, before it, wrote that weekday out with its date: "On
    Thursday, 13 February, X arrived ... On Thursday afternoon, X met Y" (a summary published two weeks
    later, on a Thursday): the 13th, not the Thursday of publication. Only a weekday the story paired with
    one date, the date's own weekday."""
    if anchor is None:
        return None
    bare = {m.group(1) for m in _BARE_WEEKDAY.finditer(parsed.sentences[index].text)}
    if len(bare) != 1:
        return None
    [weekday] = bare
    days = set()
    for sentence in parsed.sentences[:index]:
        for paired in _WEEKDAY_AND_DAY.finditer(sentence.text):
            if paired.group(1) != weekday:
                continue
            value = timex.resolve(paired.group(2), anchor, sentence.text)
            day = timex.to_textdate(value).to_date() if value else None
            if day is not None and day.format("dddd") == weekday and day <= anchor:
                days.add(day)
    return days.pop() if len(days) == 1 else None


def _quoted_on(sentence: Sentence, trigger: Token, anchor: pendulum.Date | None) -> pendulum.Date | None:
    """The day a quotation was said, when the sentence dates its saying: "'Tomorrow there will be a meeting
    between X and Y,' Foreign Minister Z announced Sunday" (published Monday): tomorrow is Sunday's."""
    root = next((t for t in tokens(sentence.doc) if t.dep_ == "ROOT"), None)
    if (
        anchor is None
        or root is None
        or root.lemma_.lower() not in attributes.SAYING
        or trigger.i > root.i
        or not any(t.text in {'"', "“", "”"} for t in tokens(sentence.doc)[: trigger.i])
    ):
        return None
    days = [
        w.first
        for offset, w in attributes.sentence_dates(sentence, anchor)
        if w.date.precision == "day" and attributes.in_clause_of(sentence.doc, offset, root)
    ]
    day = days[0] if len(days) == 1 else None
    return day if day is not None and 0 < (anchor - day).days <= _SAID_BEFORE else None


_SAID_BEFORE = 7  # days: a quotation's saying told within the week before publication


def _said_on(sentence: Sentence, offset: int) -> bool:
    """Whether a date dates the saying that is the sentence's main verb: "Minister X said Friday that ..."."""
    root = next((t for t in tokens(sentence.doc) if t.dep_ == "ROOT"), None)
    return (
        root is not None
        and root.lemma_.lower() in attributes.SAYING
        and attributes.in_clause_of(sentence.doc, offset, root)
        and any(c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"} for c in root.children)
    )


def _reaches_out(sentence: Sentence) -> bool:
    """Whether a sentence's main verb is one person's word to another ("felicitated", "thanked", "assured"),
    not "accused", "criticised", "said Y had agreed": told as one, the two were in touch that day."""
    root = next((t for t in tokens(sentence.doc) if t.dep_ == "ROOT"), None)
    return root is not None and root.lemma_.lower() in _REACHING_OUT


_LEAD = 2  # sentences


def _tell(parsed: Parsed, frame: Frame, anchor: pendulum.Date | None) -> Told:
    sentence = parsed.sentences[frame.sentence]
    kind = attributes.kind_of(sentence.doc, frame.trigger)
    trigger = sentence.doc[frame.trigger]
    if kind == "call" and _the_call_on(trigger, parsed, frame.sentence):
        kind = "in-person"
    coming = frame.future or _would(trigger)  # "X would also be meeting Y on the same day": read ahead
    written = attributes.frame_date(
        sentence,
        frame.trigger if frame.dated_at is None else frame.dated_at,
        _quoted_on(sentence, trigger, anchor)
        or (None if frame.future else _weekday_told_before(parsed, frame.sentence, anchor))
        or anchor,
        frame.reach,
        coming=coming,
        held=meetings.told_as_past(trigger),
        before=_day_told_before(parsed, frame.sentence, anchor, coming=coming)
        if attributes.counts_from_before(sentence.text)
        else None,
    )
    caption = _CAPTION_PLACES.search(parsed.original[sentence.start : sentence.end]) is not None
    credited = _PHOTO_CREDIT.search(sentence.text) or _credit_after(parsed, frame.sentence)
    if (caption or credited) and not frame.future and written is not None:
        written = _pictured_before(sentence.text, written, anchor)
    if written is None and frame.sentence > 0 and _CAME_AS.match(sentence.text):
        written = _day_of_the_sentence_before(parsed.sentences[frame.sentence - 1], anchor)
    elif (
        written is None
        and frame.sentence > 0
        and not coming
        and _also_met(trigger)
        and _A_TRIP_TOLD.search(parsed.sentences[frame.sentence - 1].text)
    ):  # "Last month, X visited Manila and met Y. X also met with Z": that trip's
        written = _day_of_the_sentence_before(parsed.sentences[frame.sentence - 1], anchor, finest="month")
    return Told(
        frame=frame,
        written=written or _day_of_the_stop(parsed, frame.sentence, anchor),
        kind=kind,
        place=frame.placed or attributes.place_of(sentence.doc, frame.trigger),
        headline=sentence.unstopped,
        visit=kind == "in-person"
        and trigger.pos_ == "VERB"
        and trigger.lemma_.lower() in _VISITS
        and not _welcomes_a_thing(trigger),
        placed=kind == "in-person" and _held_at(trigger),
        arrival=_arrival(trigger),
        loose=kind == "call" and not attributes.says_phone(sentence.text),
        line=sentence.line,
        elsewhere=_ANOTHER_EVENT.match(sentence.text) is not None,
        earlier=_EARLIER.match(sentence.text) is not None,
        background=_background(trigger),
        caption=caption,
        two_sided=_TWO_SIDED.search(sentence.text[max(0, trigger.idx - 24) : trigger.idx]) is not None,
        roster=_roster(sentence.text),
    )


# "This came as X held talks with Y": what the sentence before told (on its day) happened as they met
_CAME_AS = re.compile(
    r"(?:This|It|That|The (?:announcement|statement|move|visit)) (?:came|comes) (?:as|during|amid)\b"
)


def _day_of_the_sentence_before(
    sentence: Sentence, anchor: pendulum.Date | None, finest: str = "day"
) -> attributes.Written | None:
    """The one day a sentence tells ("Morocco and the EU vowed on Thursday to ..."), or None; with
    ``finest="month"``, its one day or month ("Last month, X visited Manila and met Y")."""
    told = [
        w
        for _, w in attributes.sentence_dates(sentence, anchor)
        if w.first is not None
        and (w.date.precision == "day" or (finest == "month" and w.date.precision == "month"))
    ]
    return told[0] if len({(w.first, w.last) for w in told}) == 1 else None


_A_TRIP_TOLD = re.compile(r"\b(?:met|visited|hosted|received|held talks)\b")


def _also_met(trigger: Token) -> bool:
    """ "X also met with Y, albeit virtually", its verb in the past: one more meeting of the trip the
    sentence before told."""
    return (
        trigger.pos_ == "VERB"
        and trigger.tag_ == "VBD"
        and any(c.dep_ == "advmod" and c.lower_ == "also" for c in trigger.children)
    )


_GROUP_OF = re.compile(
    r"\b(?:ministers|leaders|counterparts|delegations|representatives|heads of (?:state|government))"
    r"\s+(?:of|from)\s+",
    re.IGNORECASE,
)


def _roster(text: str) -> frozenset[str]:
    """The countries of the groups a sentence names by their countries: "the foreign ministers of France,
    Germany and Italy"."""
    return frozenset(
        hit.code
        for found in _GROUP_OF.finditer(text)
        for hit in gazetteer.find_countries(text[found.end() : found.end() + 80])
    )


_TWO_SIDED = re.compile(
    r"\b(?:bilateral|one-on-one|one-to-one|tête-à-tête|tete-a-tete)\s+$", re.IGNORECASE
)


# where a photo's caption places its people: "(left)", "(second from right)", "(center)", "X, right, and Y"
# (the original's words: the normalized text drops them)
_CAPTION_PLACES = re.compile(
    r"\((?:(?:far|second|third) )?(?:left|right|centre|center)(?: from (?:left|right))?\)"
    r"|(?<=[a-z]) \([LR]\.?\)"  # "X (R.) meets Y": a paper's short form
    r"|(?<=[a-z]), (?:(?:far|second from|third from) )?(?:left|right|center|centre), (?=and |[A-Z])",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(r"\b(?:[Pp]hoto|PHOTO)\s*(?::|/|by\b)")  # "... on Sunday. photo : pid": a caption
_WEEKDAY_NAMED = re.compile(rf"\b{attributes.WEEKDAY_NAME}\b")


def _credit_after(parsed: Parsed, index: int) -> bool:
    """Whether the sentence after, on the same line, is a photo's credit: "X meets Y in Beijing on
    Wednesday. (Photo by Z/China Daily)", "... on Monday. (A B/GPO)" is a caption."""
    if index + 1 >= len(parsed.sentences):
        return False
    after = parsed.sentences[index + 1]
    return after.line == parsed.sentences[index].line and (
        _PHOTO_CREDIT.search(after.text[:12]) is not None or _CREDIT_ALONE.fullmatch(after.text) is not None
    )


# a credit in brackets standing alone after a caption, the photographer and the agency: "(Avi Ohayon/GPO)"
_CREDIT_ALONE = re.compile(r"\([A-Z][\w.'’ -]{1,40}/[A-Z][\w.'’ -]{1,30}\)\.?")


def _pictured_before(
    text: str, written: attributes.Written, anchor: pendulum.Date | None
) -> attributes.Written:
    """A photo's caption tells in the present what its picture shows, done by the time of the story: "X,
    right, and Y meet in Liverpool on Saturday" is the Saturday before, not the one to come."""
    day = written.first
    if (
        anchor is None
        or day is None
        or written.date.precision != "day"
        or not anchor < day <= anchor.add(days=7)
        or not _WEEKDAY_NAMED.search(text)
    ):
        return written
    past = day.subtract(days=7)
    return attributes.Written(TextDate.from_date(past), past, past)


def _the_call_on(trigger: Token, parsed: Parsed, index: int) -> bool:
    """ "X called on Y at his residence. During the call, X thanked ...": the call is the visit just told,
    not one by phone."""
    if trigger.lower_ != "call" or not any(c.lower_ in {"the", "this", "that"} for c in trigger.children):
        return False
    if attributes.says_phone(parsed.sentences[index].text):
        return False
    return any(
        t.lemma_.lower() == "call"
        and t.pos_ == "VERB"
        and any(c.lower_ == "on" and c.dep_ in {"prep", "prt"} for c in t.children)
        and not any(c.dep_ == "dobj" for c in t.children)
        for k in range(max(0, index - 2), index)
        for t in parsed.sentences[k].doc
    )


def _day_told_before(
    parsed: Parsed, index: int, anchor: pendulum.Date | None, *, coming: bool = False, depth: int = 2
) -> pendulum.Date | None:
    """The day the nearest sentence before ``index`` that tells a date tells, up to a heading: the day "The
    next day" and "a day after" count from. Of its dates, its main clause's last ("arrived on Wednesday for a
    summit that opens on Friday": Wednesday), not one in a description ("who was sworn in on Monday"). None
    when that date is no day ("the previous week") or, for a meeting held, a day to come ("He will arrive on
    Monday" dates only a ``coming`` one). A look back in the past perfect ("had visited Tripoli in January")
    is passed over, and so is a quotation's "The following day". A sentence that counts its own day so ("On Monday ... The next day
    ... Hours later") tells it, up to ``depth`` such steps back."""
    for sentence in reversed(parsed.sentences[:index]):
        if sentence.heading:
            return None
        counted = depth > 0 and attributes.counts_from_before(sentence.text)
        before = (
            _day_told_before(parsed, sentence.index, anchor, coming=coming, depth=depth - 1)
            if counted
            else None
        )
        root = next((t for t in tokens(sentence.doc) if t.dep_ == "ROOT"), None)
        if root is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children):
            continue  # "X had also visited Tripoli in January": a look back, after which the story goes on
        dates = [
            (offset, written)
            for offset, written in attributes.sentence_dates(sentence, anchor, before=before, quoted=False)
            if not attributes.in_a_description(sentence.doc, offset)
        ]
        if not dates:
            continue
        main = [d for d in dates if root is not None and attributes.in_clause_of(sentence.doc, d[0], root)]
        ahead = [  # "X will meet Y on Monday, the bloc said on Friday": a coming meeting's day, not the
            # saying's
            d
            for d in dates
            if anchor is not None and (first := d[1].first) is not None and first > anchor
        ]
        written = (ahead if coming and ahead else main or dates)[-1][1]
        if written.date.precision != "day" or written.first is None:
            return None
        if not coming and anchor is not None and written.first > anchor:
            return None
        return written.first
    return None


_ANOTHER_EVENT = re.compile(
    r"(?:Elsewhere|Separately|In a separate (?:\w+ )?(?:meeting|event|engagement)|In other news)\b"
)
_EARLIER = re.compile(r"Earlier\b")  # "Earlier, X had met with Y": another meeting, when Y is new to it


def _arrival(trigger: Token) -> bool:
    """Whether the trigger tells a guest's coming: "arrived in Beijing Friday for his official visit"."""
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _ARRIVING


def _held_at(trigger: Token) -> bool:
    """Whether the trigger's own words hold it at a place: "held talks on September 23 at the UN Headquarters"."""
    words = [trigger, trigger.head] if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" else [trigger]
    return any(
        c.dep_ == "prep"
        and (
            (
                c.lower_ in {"at", "in"}
                and any(g.dep_ == "pobj" and g.ent_type_ in {"GPE", "FAC", "LOC", "ORG"} for g in c.children)
            )
            or (c.lower_ == "on" and any(g.lower_ == "sidelines" for g in c.children))
        )
        for word in words
        for c in word.children
    )


_VISITS = frozenset({"visit", "welcome", "receive", "greet", "arrive", "host"})  # a coming that is no call


def _welcomes_a_thing(verb: Token) -> bool:
    """ "They welcomed progress in the partnership": welcoming a thing, not a guest, tells no coming."""
    return verb.lemma_.lower() == "welcome" and any(
        c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        and c.lower_ not in TITLE_WORDS
        and not any(t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "NORP", "GPE"} for t in c.subtree)
        for c in verb.children
    )


def _compatible(meeting: Meeting, told: Told, implied: TextDate | None, cast: Cast | None = None) -> bool:
    people, new = set(meeting.people), set(told.frame.people)
    if told.elsewhere and not (len(new) >= 2 and frozenset(new) in meeting.full):
        return False  # "Elsewhere, the President held a consultative meeting with party leaders": another
    if not (new <= people or people <= new or told.frame.continuation):
        return False
    if told.earlier and not new <= people:
        return False  # "X met his counterpart ... Earlier, X had met with Y, speaker of ...": another meeting
    unnamed = told.frame.countries
    if cast is not None:  # the countries of its own named people are no unnamed side's
        unnamed = unnamed - {c for k in new if (c := cast.people[k].country)}
    if unnamed and meeting.countries and not unnamed & meeting.countries:
        return False  # one meeting with A's minister, another with B's
    if cast is not None and told.frame.unnamed_party and told.frame.countries:
        seats = _seats(meeting, cast)
        if told.frame.countries - seats:
            return (
                False  # "Qatar's foreign minister also spoke with X": another call than X's with Saudi Arabia
            )
    if cast is not None and meeting.countries and not told.frame.continuation:
        seats = _seats(meeting, cast)
        if any((c := cast.people[k].country) and c not in seats for k in new - people):
            return False  # "meetings with counterparts from A, B and C": A's minister joins A's meeting only
    if cast is not None and told.frame.continuation and any(t.two_sided for t in meeting.told):
        sides = {c for k in people if (c := cast.people[k].country)}
        if len(sides) == 2 and len(told.roster - sides) >= 3:  # noqa: PLR2004 - its two sides, a group of three
            return False  # "X held bilateral talks with Japan's Y. Britain's Z and the foreign ministers of
            # France, Germany and Italy also took part in the meeting": a group of others is at another
            # meeting than the bilateral (not "Poland's Z also took part in the meeting": one more at it)
    full = meeting.full
    if (
        len(new) >= 2
        and not told.frame.continuation
        and full
        and frozenset(new) not in full
        and not (meeting.headline and people <= new)  # the text names more of the title's meeting
        and not (told.headline and new <= people)  # a caption or title names two of the meeting's four
        and not (told.caption and people <= new)  # a photo's caption names more of it: "X (left) speaks with
        and not (any(t.caption for t in meeting.told) and new <= people)  # Y (right), accompanied by Z"
    ):
        return False  # "X met Y and Z" ... "X also held talks with Y": a second meeting, not the first again
    dates = meeting.written
    days = tuple(d for d in dates if d.date.precision == "day")
    if told.written is not None and told.written.date.precision == "day" and days:
        dates = days  # "spoke on Thursday ... the second call this year ... previously spoke on Jan. 17": the
        # meeting's own day, not a year a later report of it named
    if told.written is not None and dates and not any(_same_span(told.written, d) for d in dates):
        return False
    if (
        told.written is None
        and len(new) >= 2  # noqa: PLR2004 - two sides named
        and len(people) == 1
        and dates
        and implied is not None
        and all(t.visit or t.arrival for t in meeting.told if t.written is not None)
        and not any(_same_time(d.date, implied) for d in dates)
    ):
        return False  # "X arrived on Sunday on his visit ... He also held a meeting with Y": the
        # arrival's day is not the talks', which are the story's
    if (
        told.date is not None
        and not dates
        and implied is not None
        and people  # "The ministers of A and B have held a meeting ... X and Y met on Thursday": that one
        and not (meeting.headline and people <= new)  # a readout's title names the meeting its text dates
        and not (
            told.kinds
            & meeting.kinds  # "X has spoken to Y. The two leaders held a video call on Monday": the
            and not told.background  # the call dated right after; not "She and Y last met in Wellington"
            and _days_before(told.date, implied)
            in range(8)  # a week's news, not "a videoconference in January"
            and any(
                t.line == told.line
                and t.frame.sentence == told.frame.sentence - 1
                and set(t.frame.people) == new
                for t in meeting.told
            )
        )
        and not _same_time(told.date, implied)
        and not (told.frame.continuation and told.frame.future and meeting.future)  # "X is expected to meet
        # Y. The meeting, planned for Wednesday, ...": the coming one's day, not another meeting
        and not _days_before_of_a_kind(meeting, told, implied)
        and not _the_same_ones_that_week(meeting, told, implied)
    ):
        return False  # the meeting told without a date is the story's day; "the summit in August" was another
    if _told_apart(told.kinds, told.visit, meeting):
        return False
    if told.explicit_kind and meeting.placed:
        return False  # "held talks at the UN Headquarters ... progress since their recent phone call"
    return told.frame.future == meeting.future or (
        told.date is None
        and not told.frame.future
        and not (meeting.future and told.kinds and told.frame.people)
    )  # "Rabuka is expected to pay a visit to Australia": a coming visit, not the meeting told before; "A
    # and B will meet in October ... In a telephone conversation, A accepted": the call is not the coming one


def _the_same_ones_that_week(meeting: Meeting, told: Told, implied: TextDate) -> bool:
    """ "X has met his counterpart Y on the sidelines of the summit ... The two ministers held a bilateral
    meeting at a hotel on Friday": the same people told again, as the two, with a day of the week before the
    story's, is the meeting told undated, now dated (not "the two last met in August": background)."""
    return (
        told.frame.continuation
        and told.date is not None
        and set(told.frame.people) == set(meeting.people)
        and not told.background
        and not told.earlier
        and not (told.kinds and meeting.kinds and not told.kinds & meeting.kinds)
        and _days_before(told.date, implied) in range(1, 8)
    )


def _days_before(date: TextDate, story: TextDate) -> int:
    """How many days a day comes before the story's (negative after it; -1 when either is no day)."""
    day, first = date.last_day(), story.first_day()
    if day is None or first is None or date.precision != "day":
        return -1
    return (first - day).days


def _days_before_of_a_kind(meeting: Meeting, told: Told, implied: TextDate) -> bool:
    """Whether a call told undated, then dated a day to three before the story's day, is one call.

    "X holds a telephonic conversation with Y" ... "Y called X on Friday",
    published on the Saturday: Friday's call.
    """
    day, story = told.date.last_day() if told.date else None, implied.first_day()
    return (
        told.explicit_kind
        and told.kind in meeting.kinds
        and day is not None
        and story is not None
        and 0 < (story - day).days <= 3
    )


def _told_apart(kinds: frozenset[str], visit: bool, meeting: Meeting) -> bool:  # noqa: FBT001 - a report's two facts
    """Whether reports of these kinds (call, video) or of a coming in person tell another meeting than these.

    A call is no video call; and "spoke by phone on Friday" ... "visited
    Qatar earlier this month" are two meetings.
    """
    return bool(
        (kinds and meeting.kinds and not kinds & meeting.kinds)
        or (visit and meeting.kinds)
        or (kinds and meeting.visit)
    )


def _same_span(a: attributes.Written, b: attributes.Written) -> bool:
    if None in (a.first, a.last, b.first, b.last):
        return True
    return bool(a.first <= b.last and b.first <= a.last)  # type: ignore[operator]


def _same_time(a: TextDate, b: TextDate) -> bool:
    a_first, a_last, b_first, b_last = a.first_day(), a.last_day(), b.first_day(), b.last_day()
    if None in (a_first, a_last, b_first, b_last):
        return True
    return bool(a_first <= b_last and b_first <= a_last)  # type: ignore[operator]


_RECENT = 24  # a frame joins one of the last meetings told, not any since the top of a long text


def _join(told: list[Told], people: Cast, implied: TextDate | None) -> list[Meeting]:
    frames: list[list[Told]] = []
    joined: list[Meeting] = []
    for item in told:
        target = None
        # the meetings told last first: "X met Z" ... "Y met W. They talked": they are Y and W
        recent = sorted(range(len(joined)), key=lambda i: frames[i][-1].frame.sentence)[::-1][:_RECENT]
        for index in recent:
            if not item.frame.people:
                sides = joined[index].countries | {
                    c for k in joined[index].people if (c := people.people[k].country) is not None
                }
                if (
                    joined[index].people
                    and item.frame.countries <= sides
                    and _compatible(joined[index], item, implied)
                ):
                    target = index  # "Following the trilateral meeting, ...": the one told already
                break  # else a group named by its countries opens a meeting of its own
            if not joined[index].people and item.frame.sentence - frames[index][-1].frame.sentence > 2:
                continue
            if _compatible(joined[index], item, implied, people):
                target = index
                break
        if (
            target is not None
            and item.date is None
            and implied is not None
            and item.frame.people
            and not item.frame.continuation  # "Other leaders at the dinner included X": the dinner just told
        ):
            main = [  # an undated frame is the story's own meeting before it is a past one mentioned in passing
                i
                for i in recent
                if _compatible(joined[i], item, implied, people)
                and all(_same_time(w.date, implied) for w in joined[i].written)
            ]
            target = main[0] if main else target
        if target is not None and len(item.frame.people) >= 2:  # noqa: PLR2004 - two sides named
            same = [  # "As for my discussion with Y": the call with Y told before, not a summit told since
                i
                for i in recent
                if set(joined[i].people) == set(item.frame.people)
                and _compatible(joined[i], item, implied, people)
            ]
            if same and target not in same:
                target = same[0]
        if target is None:
            frames.append([item])
            joined.append(Meeting.of([item], item.frame.people, item.frame.countries))
        else:
            old = joined[target]
            frames[target].append(item)
            written = old.written
            if item.written is not None and not any(
                (w.first, w.last) == (item.written.first, item.written.last) for w in written
            ):
                written = (*written, item.written)
            full = old.full
            if len(item.frame.people) >= 2 and not item.frame.continuation:
                full = full | {frozenset(item.frame.people)}
            joined[target] = attrs.evolve(
                old,
                people=tuple(dict.fromkeys((*old.people, *item.frame.people))),
                countries=old.countries | item.frame.countries,
                full=full,
                written=written,
                kinds=old.kinds | item.kinds,
                placed=old.placed or item.placed,
                future=old.future or item.frame.future,
                headline=old.headline and item.headline and item.written is None,
            )
    meetings_told = [attrs.evolve(m, told=tuple(f)) for m, f in zip(joined, frames, strict=True)]
    return _arrivals_joined(_lone_ones_joined(meetings_told, people))


def _arrivals_joined(joined: list[Meeting]) -> list[Meeting]:
    """A guest's arrival (told as a meeting only at a host's invitation) is the visit whose talks follow within
    two days, not a meeting of its own.

    "At Wen's invitation, Monti arrived in Beijing Friday" ... "Wen on Saturday held talks with Monti": one
    meeting, on the day of the talks.
    """
    gone: set[int] = set()
    for index, arrival in enumerate(joined):
        if not arrival.written or not all(t.arrival for t in arrival.told):
            continue
        day = arrival.written[0].first
        for other in joined:
            if (
                other is not arrival
                and set(arrival.people) <= set(other.people)
                and other.future == arrival.future
                and other.written
                and day is not None
                and (first := other.written[0].first) is not None
                and 0 <= (first - day).days <= _ARRIVAL_DAYS
            ):
                gone.add(index)
                break
    return [meeting for index, meeting in enumerate(joined) if index not in gone]


_ARRIVAL_DAYS = 2


def _calls_told_together(
    reported: list[tuple[Meeting, MeetingReported]], parsed: Parsed
) -> list[tuple[Meeting, MeetingReported]]:
    """Calls with each, told again together: "X spoke by phone with A, and with B" ... "In the telephone
    conversation with A and B, X informed ...". A call of three or more whose people are all in calls of
    two that day, each with the same one, is those calls told at once, not a conference call (its reports
    go to the first of them). Meetings in person are not: a trilateral and its bilaterals share a day."""

    def names(event: MeetingReported) -> frozenset[str]:
        return frozenset(p.name for p in event.participants)

    gone: set[int] = set()
    result = list(reported)
    for index, (meeting, event) in enumerate(reported):
        if event.meeting_kind not in {"call", "video"} or len(event.participants) < 3:  # noqa: PLR2004
            continue
        if any(_A_CALL_OF_MANY.search(parsed.sentences[t.frame.sentence].text) for t in meeting.told):
            continue  # "later held a three-way call with A and B", "spoke together": a call of its own
        pairs = [
            other
            for other, (_, e) in enumerate(reported)
            if other != index
            and e.meeting_kind == event.meeting_kind
            and e.date == event.date
            and len(names(e)) == 2  # noqa: PLR2004 - a call of two
            and names(e) < names(event)
        ]
        if len(pairs) < 2:  # noqa: PLR2004 - calls with two or more
            continue
        hubs = frozenset.intersection(*(names(reported[k][1]) for k in pairs))
        covered = frozenset().union(*(names(reported[k][1]) for k in pairs))
        if len(hubs) == 1 and covered == names(event):
            first, kept = result[pairs[0]]
            result[pairs[0]] = (attrs.evolve(first, told=(*first.told, *meeting.told)), kept)
            gone.add(index)
    return [item for index, item in enumerate(result) if index not in gone]


_A_CALL_OF_MANY = re.compile(
    r"\b(?:three|four|five|multi)[- ]way\b|\b(?:conference|trilateral|joint|group|together|multilateral)\b",
    re.IGNORECASE,
)


def _lone_ones_joined(joined: list[Meeting], people: Cast) -> list[Meeting]:
    """A meeting told with one person and no date of its own is the one meeting of theirs beside it.

    "X has met her Ghanaian counterpart" (the headline) ... "Today I held
    discussions with X" (the counterpart's statement): one meeting. Of
    several, the one with the country of the side it leaves unnamed: "His
    phone call with the U.S. president-elect" is his call with the American
    named, not his call with Russia's president.
    """
    theirs: dict[int, list[int]] = {}  # each person's meetings of two or more, by index
    for index, meeting in enumerate(joined):
        if len(meeting.people) >= 2:
            for key in meeting.people:
                theirs.setdefault(key, []).append(index)
    result = list(joined)
    gone: set[int] = set()
    for index, lone in enumerate(joined):
        if len(lone.people) != 1 or lone.written or any(t.elsewhere for t in lone.told):
            continue  # not "Elsewhere, the President held a consultative meeting with party leaders"
        others = [
            i
            for i in theirs.get(lone.people[0], [])
            if result[i].future == lone.future and not _told_apart(lone.kinds, lone.visit, result[i])
        ]
        if len(others) > 1 and lone.countries:
            others = [i for i in others if lone.countries <= _seats(result[i], people)]
        if len(others) != 1:
            continue
        target = result[others[0]]
        result[others[0]] = attrs.evolve(
            target,
            told=tuple(sorted((*target.told, *lone.told), key=lambda t: (t.frame.sentence, t.frame.trigger))),
            countries=target.countries | lone.countries,
        )
        gone.add(index)
    return [meeting for index, meeting in enumerate(result) if index not in gone]


def _seats(meeting: Meeting, people: Cast) -> frozenset[str]:
    """The countries at a meeting: its unnamed sides' and its people's."""
    return meeting.countries | {c for k in meeting.people if (c := people.people[k].country) is not None}


_BY_THAT_ONE = re.compile(r"(?:Before|After) (?:that|this)\b|(?:Later|Earlier) (?:in|that|on) the day\b")
_BESIDE = re.compile(r"\b(?:[Bb]efore|[Aa]fter) (?:his|her|their|the) (?:meeting|talks)\b")


def _dated_beside(meetings: list[Meeting], parsed: Parsed) -> list[Meeting]:
    """A coming meeting told undated beside another coming one it comes before or after, in one sentence, is
    on that one's day: "Before his meeting with the Greek premier [on Thursday], Erdogan will meet with
    President X". So is one told in the next sentence, "Before that" or "Later in the day": "X is to meet Y
    this evening. Before that, he will hold a trilateral meeting with A and B"."""

    def told_in(meeting: Meeting) -> set[int]:
        return {t.frame.sentence for t in meeting.told}

    result = []
    for meeting in meetings:
        if meeting.future and not meeting.written:
            own = {t.frame.sentence for t in meeting.told}
            beside = [m for m in meetings if m is not meeting and m.future and m.written and told_in(m) & own]
            shared = next(
                (
                    sentence
                    for sentence in sorted(own & set().union(*(told_in(m) for m in beside)))
                    if _BESIDE.search(parsed.sentences[sentence].text)
                ),
                None,
            )
            if shared is None:  # "X is to meet Y this evening. Before that, ...": the one told just before
                shared = next((i for i in sorted(own) if _BY_THAT_ONE.match(parsed.sentences[i].text)), None)
                before = {shared - 1} if shared is not None else set()
                beside = [
                    m for m in meetings if m is not meeting and m.future and m.written and before & told_in(m)
                ]
            if shared is not None and len({w.date for m in beside for w in m.written}) == 1:
                written = beside[0].written[0]
                told = tuple(
                    attrs.evolve(t, written=written) if t.frame.sentence == shared else t
                    for t in meeting.told
                )
                meeting = attrs.evolve(meeting, told=told, written=(written,))  # noqa: PLW2901 - dated
        result.append(meeting)
    return result


_ANOTHER_GATHERING = re.compile(
    r"\b(?:summit|conference|forum|meeting|ministerial|gathering|session|assembly)\b", re.IGNORECASE
)
_ITS_SIDELINES = re.compile(r"\b(?:on|at) (?:the|its|their) (?:sidelines|side-lines|margins?)\b(?! of\b)")


def _on_its_sidelines(meetings: list[Meeting], parsed: Parsed) -> list[Meeting]:
    """A coming meeting told undated "on the sidelines", of no gathering named, is on the day of the coming
    gathering told before it that its people are all at: "X will travel to Tokyo for a trilateral meeting with
    Y and Z. The meeting, set for Saturday, ... X is also expected to hold separate bilateral talks with Y
    and with Z on the sidelines"."""
    result = []
    for meeting in meetings:
        first = meeting.told[0].frame.sentence
        if (
            meeting.future
            and not meeting.written
            and all(_ITS_SIDELINES.search(parsed.sentences[t.frame.sentence].text) for t in meeting.told)
        ):
            gatherings = [
                m
                for m in meetings
                if m.future
                and m.written
                and len(m.people) > len(meeting.people)
                and set(meeting.people) <= set(m.people)
                and max(t.frame.sentence for t in m.told) < first
            ]
            before = parsed.sentences[first - 1] if first > 0 else None
            elsewhere = (
                before is not None
                and before.index not in {t.frame.sentence for g in gatherings for t in g.told}
                and _ANOTHER_GATHERING.search(before.text) is not None
            )  # "Y then flies to Brussels for a NATO meeting next week. He will meet Z on the sidelines"
            written = _narrowest(gatherings[0].written) if len(gatherings) == 1 and not elsewhere else None
            if written is not None:
                told = tuple(attrs.evolve(t, written=written) for t in meeting.told)
                meeting = attrs.evolve(meeting, told=told, written=(written,))  # noqa: PLW2901 - dated
        result.append(meeting)
    return result


def _narrowest(written: tuple[attributes.Written, ...]) -> attributes.Written | None:
    """Of a meeting's dates, the one inside all the others ("this weekend" ... "set for Saturday": Saturday);
    none when two do not nest."""
    spans = [(w.first, w.last, w) for w in written if w.first is not None and w.last is not None]
    if len(spans) != len(written):
        return None
    first, last, inner = min(spans, key=lambda span: span[1] - span[0])
    return inner if all(f <= first and last <= l for f, l, _ in spans) else None


def _credentials_each(meetings: list[Meeting], people: Cast, parsed: Parsed) -> list[Meeting]:
    """Envoys present their credentials one at a time: "President X received the credentials of five new
    ambassadors ... The envoys who presented their letters of credence include A, B and C" is X's meeting
    with each, not one of four."""
    result = []
    for meeting in meetings:
        heads = [k for k in meeting.people if people.people[k].role in LEADERS]
        if (
            len(meeting.people) >= 3  # noqa: PLR2004 - the head and two envoys
            and len(heads) == 1
            and any(_CREDENTIALS.search(parsed.sentences[t.frame.sentence].text) for t in meeting.told)
        ):
            home = people.people[heads[0]].country
            result += [  # not the head's own minister beside him: "in the presence of Foreign Minister Y"
                attrs.evolve(meeting, people=(heads[0], k), countries=frozenset())
                for k in meeting.people
                if k != heads[0] and (home is None or people.people[k].country != home)
            ]
        else:
            result.append(meeting)
    return result


_CREDENTIALS = re.compile(
    r"\bcredence\b|\bpresent\w*\s+(?:\w+\s+){0,2}credentials\b|\bcredentials\s+of\b", re.IGNORECASE
)  # not "burnishing his credentials as a mediator"


_NAMED_YEAR = re.compile(r"\b(?:[Ss]ummit|Forum|Dialogue|Expo|Games|Conference|Week) ((?:19|20)\d\d)\b")


def _year_names_an_event(meeting: Meeting, parsed: Parsed, year: int | None) -> bool:
    """Whether the meeting's year is written only in an event's name in the story's first sentence under its
    headings: "on the sidelines of the SCO summit 2022"."""
    lead = next((s.index for s in parsed.sentences if not s.heading), None)
    return any(
        t.frame.sentence == lead
        and {int(m.group(1)) for m in _NAMED_YEAR.finditer(parsed.sentences[lead].text)} == {year}
        for t in meeting.told
    )


_THIS_YEAR = re.compile(r"\bthis year\b", re.IGNORECASE)


def _meeting_event(  # noqa: PLR0913 - the article and what the stages made of it
    article: Article,
    anchor: pendulum.Date | None,
    parsed: Parsed,
    people: Cast,
    meeting: Meeting,
    story: TextDate | None,
    texts: list[str],
    story_countries: tuple[dict[str, int], dict[int, frozenset[str]], frozenset[str]],
) -> MeetingReported | None:
    told = {t.frame.sentence for t in meeting.told}
    counts, partners, homes = story_countries
    persons = [
        p
        for p in _in_step(people, meeting, counts, partners, parsed, homes)
        if not _SPEAKS_FOR.search(p.title or "")
        or any(
            m.sentence in told and _ATTENDING.search(parsed.sentences[m.sentence].text) for m in p.mentions
        )  # "The meeting was also attended by ... presidential spokesman X": at it, not telling of it
    ]
    persons = _in_the_visited_country(
        _the_hosts_own(persons, meeting, parsed, homes, people), meeting, parsed
    )
    persons = _other_side_of_the_relations(persons, meeting, parsed, homes, people)
    persons = _attending_at_home(persons, parsed, homes)
    persons = [p for p in persons if not _of_a_company(p, parsed)]
    named_countries = {p.country for p in persons if p.country}
    countries = named_countries | meeting.countries
    summary = any(len(t.frame.countries - named_countries) >= 2 for t in meeting.told)  # noqa: PLR2004
    if len(persons) >= 2 and all(p.country for p in persons) and summary:  # noqa: PLR2004
        # "Erdogan meets his Saudi, Somali, Syrian counterparts" told before "met separately with Saudi Crown
        # Prince X": the summary's countries are its other meetings', not this one's
        countries = named_countries
    unnamed = any(t.frame.unnamed_party for t in meeting.told)
    if len(persons) < 2 and len(countries - {p.country for p in persons}) < 1 and not unnamed:
        return None
    if (
        len(persons) >= 2
        and len(named_countries) == 1
        and all(p.country for p in persons)
        and not (meeting.countries - named_countries)
    ):
        return None  # officials of one country among themselves: not diplomacy
    if (
        len(persons) >= 2
        and len({p.organisation for p in persons}) == 1
        and persons[0].organisation is not None
        and not any(p.country for p in persons)
        and not meeting.countries
    ):
        return None  # "Visit of A and B", two of the EU's: one side, travelling together
    if len(persons) >= 2 and all(
        p.organisation is None and p.country is None and p.role == "other" for p in persons
    ):
        return None  # nobody with an office: private people, not a diplomatic meeting
    sworn = any(_OATH.search(parsed.sentences[t.frame.sentence].text) for t in meeting.told)
    if len(named_countries) <= 1 and sworn and named_countries <= homes:
        return None  # "X shakes hands with President Y after she was sworn in by him": an oath taken at home
    if (
        len(persons) >= 2
        and len(named_countries) == 1
        and not (meeting.countries - named_countries)
        and not unnamed
        and all(
            p.organisation is None and p.role == "other" and _DOMESTIC.search(p.title or "")
            for p in persons
            if p.country is None
        )
        and named_countries <= homes
        and not _held_abroad(meeting, parsed, homes)  # not "arrived in Washington ... to meet Vice President"
    ):
        return None  # "the Amir met National Assembly Speaker X", "met the Senate President Y" in the home
        # country's paper: its official with a speaker, senator or vice president of no country said, its own
    met = [t for t in meeting.told if len(t.frame.people) >= 2]  # noqa: PLR2004 - told with the people met
    held = not any(t.frame.future for t in met) and any(_told_as_done(parsed, t) for t in met)
    dated = next(  # the date told with the people met before one told of a traveller alone; and not a
        # trip to come for a meeting told as held: "X will visit Brazil from September 17. ... X shakes
        # hands with Y"
        (t for t in met if t.date is not None),
        next(
            (
                t
                for t in meeting.told
                if t.date is not None
                and not (held and t.frame.future)
                and not any(m.frame.sentence == t.frame.sentence for m in met)
            ),  # not "a bilateral summit ... in 2019" of the sentence whose talks with Y take no day of it
            None,
        ),
    )
    if dated is not None and dated.date is not None and dated.date.day is None:
        month = (
            dated.date
        )  # "since he took office in April" ... "On 25 April he met X": the day within the month
        dated = next(
            (
                t
                for t in meeting.told
                if t.date is not None
                and t.date.day is not None
                and _same_time(t.date, month)
                and _met_in(parsed, t)  # not "they discussed what was agreed at the May 21 summit"
            ),
            dated,
        )
    date, date_from = (dated.date, "text") if dated and dated.date else (None, "none")
    if (
        date is not None
        and date.month is None
        and story is not None
        and story.day is not None
        and story.year == date.year
        and _year_names_an_event(meeting, parsed, date.year)
    ):
        date, date_from = story, "story"  # "Samarkand, 15 September 2022 -- X met Y on the sidelines of the
        # SCO summit 2022": the year the summit's name, the day the date line's
    if date is None and story is not None:
        date, date_from = story, "story"
    if date is None and anchor is not None:
        date, date_from = TextDate.from_date(anchor), "published"
    voices = (
        [t for t in meeting.told if len(t.frame.people) >= 2]  # "This is X's first visit abroad": one
        or [t for t in meeting.told if t.frame.people]  # person's present says nothing of the meeting's time
        or list(meeting.told)
    )
    voices = [t for t in voices if not _placed_before_another(parsed, t)] or voices
    future = all(t.frame.future for t in voices)  # a held report naming people wins over "pleased to meet"
    if not future and date_from != "text" and all(_progressive(parsed, t) for t in voices):
        future = _visit_dated(parsed, meeting, persons, anchor) is not None  # "X will jet off to Washington
        # next Tuesday. The two are meeting President Y": the present of a plan, on the journey's day
    later = date is not None and anchor is not None and (date.first_day() or anchor) > anchor
    if date_from == "story" and later and anchor is not None and _told_in_the_past(parsed, voices):
        date, date_from = TextDate.from_date(anchor), "published"  # "Sunday, March 19, 2023" atop a story
        # published on the 18th that "has talked on the phone": a meeting held is no later than its report
    first_day = date.first_day() if date else None
    after_publication = first_day is not None and anchor is not None and first_day > anchor
    announced = any(t.frame.announced for t in meeting.told)
    if (
        future
        and date_from != "text"
        and (visit := _visit_dated(parsed, meeting, persons, anchor)) is not None
    ):
        date, date_from = visit, "text"  # "will undertake a state visit to China from September 10 to 16 ...
        # during his visit, X will hold bilateral talks with Y": the talks are the visit's
    during = (
        _visit_under_way(parsed, people, meeting, anchor)
        or _there_today(parsed, people, meeting, anchor)
        or _a_gatherings_month(parsed, anchor)
        if future and date_from != "text"
        else None
    )
    if during is not None:
        # "X arrived in Islamabad yesterday for a two-day visit ... Y is also expected to meet X": during
        # the visit, this month
        date, date_from = during, "text"
    if (
        future
        and date_from != "text"
        and anchor is not None
        and len(persons) >= 2  # noqa: PLR2004 - a meeting's sides named
        and _later_that_day(parsed, meeting, dated=story is not None)
    ):
        date, date_from = story or TextDate.from_date(anchor), "text"  # "Later, they will join X for talks":
        # the story's day
    if future and date_from != "text":
        if not announced:
            return None  # an intention without a date is not a planned meeting
        date, date_from = (
            TextDate.unknown(),
            "none",
        )  # "the upcoming summit between X and Y": set, date unknown
    explicit = [t.kind for t in meeting.told if t.explicit_kind and not t.loose] or [
        t.kind for t in meeting.told if t.explicit_kind and not _met_in_person(meeting, parsed)
    ]  # "spoke to Y" ... "shared a videoconference call": a video call; "X met Y ... He also spoke to him":
    kind = explicit[0] if explicit else "in-person"  # in person
    on_the_day = (  # "Washington said X would on Tuesday meet Y", published that Tuesday: a plan told
        first_day is not None
        and first_day == anchor
        and all(_would_meet(parsed.sentences[t.frame.sentence].doc[t.frame.trigger]) for t in voices)
    )
    if future or after_publication or on_the_day:
        kind = "planned"
    if date is not None and date.precision == "year":
        # a year alone places no meeting: "agreed to hold the first meeting of the mechanism in 2024", "early
        # next year" (an intention), "In 2022, X paid a state visit to Y"; but "has landed in Honiara for ...
        # an audience with the Prime Minister" beside a later "engagements ... this year": its report's day
        if kind == "planned" or anchor is None or date.year != anchor.year:
            return None
        said = [parsed.sentences[t.frame.sentence].text for t in meeting.told if t.date == date]
        if not any(_THIS_YEAR.search(text) for text in said):
            return None
        date, date_from = TextDate.from_date(anchor), "published"
    place = None if kind in {"call", "video"} else next((t.place for t in meeting.told if t.place), None)
    first = parsed.sentences[meeting.told[0].frame.sentence]
    persons.sort(
        key=lambda p: min((m.sentence, m.token) for m in p.mentions)
    )  # in the order the story names them
    return MeetingReported(
        article=article.id,
        extractor=EXTRACTOR,
        date=date or TextDate.unknown(),
        date_from=date_from,
        meeting_kind=kind,
        place=place,
        participants=tuple(
            _participant(p, now=_of_the_day(date, anchor), then=_then_office(p, told, parsed))
            for p in persons
        ),
        countries=tuple(sorted(countries)),
        topics=attributes.topics_of(texts),
        evidence=Evidence(
            article=article.id,
            start=first.start,
            end=first.end,
            sentence=parsed.original[first.start : first.end],
        ),
    )


_PRESENT = re.compile(
    r"\b(?:attended by|attending the (?:meeting|talks|session|audience)|in attendance|also present|"
    r"were present|was present)\b",
    re.IGNORECASE,
)  # "The meeting was attended by X", "Attending the meeting were X and Y"; not "attending the Forum"


def _attending_at_home(persons: list[Person], parsed: Parsed, homes: frozenset[str]) -> list[Person]:
    """Those of no country named as attending a meeting of the home's side and a guest's, in a text that
    speaks from that home: the home's ("The meeting was attended by Sheikh X and Minister of State Y" in
    an Emirati agency's story of the President receiving a Turkish minister).

    Not those "accompanying" (a guest's delegation), not a side in a conflict, and not one who bears the
    family name of a guest ("Pengiran Muda Abdul Mateen Bolkiah" beside Sultan Hassanal Bolkiah).
    """
    if len(homes) != 1:
        return persons
    home = next(iter(homes))
    known = {p.country for p in persons if p.country}
    if home not in known or len(known) < 2:  # the home's side and a guest's
        return persons
    guests = {cast.family_name(p.name) for p in persons if p.country and p.country != home} - {None}
    return [
        attrs.evolve(p, country=home)
        if _may_be_the_homes(p, home)
        and cast.family_name(p.name) not in guests
        and any(_named_present(parsed.sentences[m.sentence].text, home) for m in p.mentions)
        else p
        for p in persons
    ]


def _may_be_the_homes(person: Person, home: str) -> bool:
    """Whether one left without a country or body may be given the home's: no side in a conflict, and an
    office the home has."""
    return (
        person.country is None
        and person.organisation is None
        and not _NOT_A_STATES.search(person.title or "")
        and _fits(person, home)
    )


def _named_present(text: str, home: str) -> bool:
    """Whether a sentence names those present at a meeting, no guest's side among them: not "accompanying
    the minister", "from the Turkish side", "members of the visiting delegation" ("from both sides" may be
    either's)."""
    return (
        bool(_PRESENT.search(text))
        and not _GUESTS_SIDE.search(text)
        and not any(
            hit.code != home and re.match(r"\s+(?:side|delegation|team)\b", text[hit.end :])
            for hit in cast.countries_in(text)
        )  # "Attending the talks from the Turkish side were ..."
    )


_GUESTS_SIDE = re.compile(r"\baccompan|\bvisiting\b|\bdelegation\b", re.IGNORECASE)


_COMPANY_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}"
    r"(?:Chairman|Chairwoman|Chair|Co-Chairman|CEO|Chief Executive(?: Officer)?|Founder|President|Director)\b"
    r"(?:(?!\b(?:Ministry|Agency|Committee|Senate|Council|Commission|Organi[sz]ation|Bank|Fund)\b)[^,;.]){0,80}?"
    r"\b(?:Ltd|Limited|Inc|Corp|Corporation|Plc|PLC|LLC|Holdings)\b"
)  # ", the Co-Chairman of the Board of Some Mines Ltd.": a company by its legal form, no state's body on
# the way (not "the Director General of the International Atomic Energy Agency")


def _of_a_company(person: Person, parsed: Parsed) -> bool:
    """Whether the person is a company's chairman or chief executive, so said after the name ("met X, the
    Co-Chairman of the Board of Some Mines Ltd."): a private person, at no diplomatic meeting (unless a
    state's office is theirs as well)."""
    if person.country is not None and person.role != "other":
        return False
    for m in person.mentions:
        sentence = parsed.sentences[m.sentence]
        doc = sentence.doc
        end = doc[m.token].idx + len(doc[m.token].text)
        if _COMPANY_AFTER.match(sentence.text[end:]):
            return True
    return False


_NOT_A_STATES = re.compile(
    r"\b(?:commander|leader|rebel|militia|militant|faction|movement|opposition|forces)\b", re.IGNORECASE
)  # the titles of a side in a conflict, or of a party: no host's


def _the_hosts_own(
    persons: list[Person], meeting: Meeting, parsed: Parsed, homes: frozenset[str], people: Cast
) -> list[Person]:
    """Those left without a country at a meeting held where the story speaks from, whom only guests meet.

    "KYIV - ... In the evening they met President Volodymyr Zelenskyy", the
    two guests American and British: the president is the host's. Only when
    the text speaks from one country, the meeting's place (or, failing one,
    the date line) is in it, everyone of a known country is a guest from
    elsewhere, no summit or forum brings them there (a gathering's city is
    nobody's home), and their title is no side's in a conflict: not "RSF
    commander X" or "opposition leader Y" met by an army chief in Jeddah.
    """
    if len(homes) != 1:
        return persons
    home = next(iter(homes))
    known = {p.country for p in persons if p.country}
    if not known or home in known:
        return persons
    place = next((t.place for t in meeting.told if t.place), None)
    if (gazetteer.place_country(place) if place else cast.dateline_country(parsed)) != home:
        return persons
    if place is None and cast.dateline_seat(parsed):
        return persons  # "BRUSSELS (Reuters) - Charles Michel met ...": maybe the EU's, not Belgium's
    if any(_GATHERING.search(parsed.sentences[t.frame.sentence].text) for t in meeting.told):
        return persons
    seated = {p.role for p in people.people if p.country == home and p.role != "other"}
    return [  # not one in an office the home's own holder is named in: "MOSCOW - President X spoke with
        # Russian President Y ... X also had calls with Z": X is not Russia's
        attrs.evolve(p, country=home) if _may_be_the_homes(p, home) and p.role not in seated else p
        for p in persons
    ]


_VISIT_TO = re.compile(
    r"(?:\b(?:his|her|their|the) (?:\w+ ){0,2}(?:visit|trip|tour) to"
    r"|\b(?:will|to) (?:visit|stop in|travel to|arrive in)) (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
)  # "during his visit to Tonga", "he will stop in Venezuela to have meetings with": the country


_IN_THERE = re.compile(r"(?:In|While in) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*),")
_TRAVEL_TO = (
    r"\b(?:visit(?:s|ed|ing)?|leav(?:e|es|ing) for|left for|travel(?:s|led|ling)? to|arriv(?:e|es|ed|ing) in"
    r"|fl(?:y|ies|ew|ying) to|trip to|tour of|depart(?:s|ed|ing)? for)\b[^.]{0,80}?\b"
)  # the words before a country someone goes to


def _in_the_visited_country(persons: list[Person], meeting: Meeting, parsed: Parsed) -> list[Person]:
    """An official left without a country, met by a guest "during his visit to Tonga": the visited country's,
    when no one of it is named at the meeting and everyone of a known country is of another. "During his
    visit to Tonga, X also met with Speaker of the Legislative Assembly Y": Y is Tonga's."""
    if all(p.country for p in persons):
        return persons
    known = {p.country for p in persons if p.country}
    visited = {
        code
        for t in meeting.told
        for hit in _VISIT_TO.finditer(parsed.sentences[t.frame.sentence].text)
        if (code := gazetteer.lookup_country(hit.group(1))) is not None
    } | {  # "X will leave for Tajikistan ... In Tajikistan, he will have talks with President Y"
        code
        for t in meeting.told
        if (there := _IN_THERE.match(parsed.sentences[t.frame.sentence].text)) is not None
        and (code := gazetteer.lookup_country(there.group(1))) is not None
        and re.search(_TRAVEL_TO + re.escape(there.group(1)) + r"\b", parsed.normalized.text)
    }
    if len(visited) != 1 or not known or visited & known:
        return persons
    home = next(iter(visited))
    return [attrs.evolve(p, country=home) if _may_be_the_homes(p, home) else p for p in persons]


_LATER = re.compile(r"\s*Later(?: (?:today|in the day|this (?:morning|afternoon|evening)))?,", re.IGNORECASE)
_LATER_IN_THE_DAY = re.compile(
    r"\s*(?:In the (?:afternoon|evening)|This (?:afternoon|evening)|Tonight),", re.IGNORECASE
)  # "In the afternoon, X will also meet Y": the day the story tells, when it tells one


def _held_abroad(meeting: Meeting, parsed: Parsed, homes: frozenset[str]) -> bool:
    """Whether a meeting's report places it in a country other than those the story speaks from: its place,
    or a country or seat its sentences name as a place ("during his visit to Washington D.C.")."""
    placed = {gazetteer.place_country(t.place) for t in meeting.told if t.place} - {None}
    if placed - homes:
        return True
    return any(
        hit.kind == "seat" and hit.code not in homes
        for t in meeting.told
        for hit in cast.countries_in(parsed.sentences[t.frame.sentence].text)
    )


_DOMESTIC = re.compile(
    r"\b(?:speaker|senate|senator|national assembly|vice[ -]president|governor|mayor)\b", re.IGNORECASE
)  # the offices of a state's own house: one named with no country beside a head of one country is theirs


def _other_side_of_the_relations(
    persons: list[Person], meeting: Meeting, parsed: Parsed, homes: frozenset[str], people: Cast
) -> list[Person]:
    """The one participant of no country said, met by one side, is of the other country of the two whose
    relations the meeting's report tells next: "The Prime Minister spoke to President-elect X ... the
    relationship between the UK and US was incredibly strong" (on GOV.UK) makes X American; "President X held
    talks with his South Sudanese counterpart Y. Kenya committed to strengthening bilateral relations with
    South Sudan" makes X Kenyan. Only a state's office holder; a sentence of the meeting or of the two after
    it, naming those two countries and no third (``_relations_told``); not when someone else of that
    country is named in the story."""
    open_ = [
        p for p in persons if p.country is None and p.organisation is None and _a_states_office(p.title)
    ]  # a state's office holder: not a businessman, a member of a parliament, an agency's head
    if len(open_) != 1 or len(persons) > 2:  # noqa: PLR2004 - one side met by one
        return persons
    known = {p.country for p in persons if p.country} | set(meeting.countries)
    side = known or (homes if len(homes) == 1 else set())
    if len(side) != 1:
        return persons
    told = sorted({t.frame.sentence for t in meeting.told})
    if not known and any(m.subject and m.sentence in told for m in open_[0].mentions):
        return persons  # a home agency's "Deputy Minister X talked over the phone with Y": the subject is
        # the home's own, Y the other side
    near = {i + step for i in told for step in range(_RELATIONS_REACH + 1)}
    others: set[str] = set()
    for i in sorted(near):
        if i >= len(parsed.sentences) or not _relations_told(parsed.sentences[i]):
            continue
        named = {hit.code for hit in cast.countries_in(parsed.sentences[i].text)}
        if side < named and len(named) == 2:  # noqa: PLR2004 - the two, and no third
            others |= named - side
    sides: set[str] = set()
    for i in {i - step for i in told for step in range(_RELATIONS_REACH + 1) if i - step >= 0}:
        named = _sides_named(parsed.sentences[i])  # "Top US and Pakistani diplomats discussed ...", the lead
        if side < named:
            sides |= named - side
    if len(sides) == 1:
        others = sides  # the two sides' own officials told: another of that country named elsewhere is no
        # matter
    elif len(others) != 1:
        return persons
    country = next(iter(others))
    at = {p.key for p in persons}
    if others is not sides and any(p.country == country for p in people.people if p.key not in at):
        return persons  # "India's ties with Tajikistan", told of India's minister's talks with Tajikistan's
        # foreign minister, say nothing of the US envoy he also met
    return [attrs.evolve(p, country=country) if p is open_[0] else p for p in persons]


_BOTH_SIDES = meetings.GROUP_NOUNS - {"counterparts", "colleagues"}  # (those are the side met, told from the
# side meeting them)


def _sides_named(sentence: Sentence) -> set[str]:
    """The two countries whose officials a plural noun gathers: "Top US and Pakistani diplomats discussed
    ...", "the Indian and Chinese foreign ministers met"; empty when it is not two. Not someone's
    "counterparts" or "colleagues": "X met his Moroccan and Algerian counterparts" names the countries of
    those X met, one side."""
    for noun in tokens(sentence.doc):
        if noun.lower_ in _BOTH_SIDES and noun.tag_ == "NNS":
            before = sentence.text[noun.left_edge.idx : noun.idx]
            named = {hit.code for hit in cast.countries_in(before)}
            if len(named) == 2 and " and " in before:  # noqa: PLR2004 - two sides
                return named
    return set()


_RELATIONS = frozenset({"relation", "relations", "relationship", "ties"})
_RELATIONS_REACH = 2  # sentences after one telling the meeting
_TOPIC_VERBS = frozenset({"discuss", "talk", "speak", "review", "harm", "damage", "hurt", "strain", "sour"})


def _relations_told(sentence: Sentence) -> bool:
    """Whether a sentence tells the state of two countries' relations, as the meeting's report does ("the
    relationship between the UK and US was incredibly strong", "committed to strengthening bilateral
    relations with South Sudan"): a noun of relations, not a topic discussed ("discussed relations between
    A and B"), nor something harmed, nor told "also", nor "ties" as a verb, nor a journey's aim."""
    for noun in tokens(sentence.doc):
        if noun.lower_ not in _RELATIONS or noun.pos_ != "NOUN":
            continue
        verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and (
            verb.lemma_.lower() in _TOPIC_VERBS or any(c.lower_ == "also" for c in verb.children)
        ):
            continue
        if any(a.lower_ == "family" for a in noun.children):
            continue  # "family ties to Germany"
        if any(t.lemma_.lower() in _GOING for t in tokens(sentence.doc) if t.pos_ == "VERB"):
            continue  # "The governor later flew to Dhaka to strengthen India's ties with Bangladesh": a
            # journey's aim, told of someone's going there
        return True
    return False


def _homes(article: Article, parsed: Parsed) -> set[str]:
    """The countries a text speaks from: its publishing government's, its outlet's, its dateline's."""
    found = {
        cast.source_country(article.source),
        outlets.home_country(article.source, article.url),
        cast.url_country(article.url),
        cast.outlet_country(article.source),
        cast.dateline_country(parsed),
    }
    return {code for code in found if code}


def _told_in_the_past(parsed: Parsed, told: list[Told]) -> bool:
    """Whether every report of a meeting tells it in a past tense: "has talked", "spoke", "was received"
    (not "travels to Ankara to meet", "meets": a present that may be the day's or one to come)."""
    for t in told:
        verb = clause_verb(parsed.sentences[t.frame.sentence].doc[t.frame.trigger])  # "held talks", "during
        # their meeting": the clause's verb
        off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
        put_off = verb.lemma_.lower() in _PUT_OFF or (verb.lemma_.lower() == "call" and off)  # "called off",
        # not "called his counterpart"
        if put_off or not (
            verb.tag_ == "VBD"
            or (verb.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} for c in verb.children))
        ):
            return False
    return bool(told)


# "was postponed": a past tense of a meeting not held
_PUT_OFF = frozenset({"postpone", "cancel", "delay", "defer", "reschedule"})


def _met_in_person(meeting: Meeting, parsed: Parsed) -> bool:
    """Whether a report of the meeting says two of them met, or one received or called on the other: a
    "spoke to" joined to it was said there, not on the phone."""
    for told in meeting.told:
        trigger = parsed.sentences[told.frame.sentence].doc[told.frame.trigger]
        if told.kind == "in-person" and len(told.frame.people) >= 2 and trigger.lemma_.lower() in _IN_PERSON:
            return True
        if (
            told.kind == "in-person"
            and trigger.lemma_.lower() == "call"
            and any(c.lower_ == "on" and c.dep_ in {"prep", "prt"} for c in trigger.children)
        ):
            return True  # "X called on Y": a courtesy call, so a caption's "X called Y" is no phone call
    return False


_IN_PERSON = frozenset({"meet", "meeting", "receive"})


def _later_that_day(parsed: Parsed, meeting: Meeting, *, dated: bool = False) -> bool:
    """A coming meeting told in a sentence opening on "Later," or "In the afternoon," with no day of its own:
    "X hosted Y at the Pentagon today. Later, they will move on to the State Department to join Z": the
    story's day."""
    return any(
        _LATER.match(text := parsed.sentences[t.frame.sentence].text)
        or (dated and _LATER_IN_THE_DAY.match(text))
        for t in meeting.told
    )


# a coming visit, and a journey: "will travel to Boston"
_VISIT = re.compile(
    r"\b(?:visit|visiting|trip|tour|travel(?:s|ling|ing)?|depart(?:s|ing)?|fl(?:y|ies|ying) to"
    r"|leav(?:e|es|ing) on|will be in|jet(?:s|ting)? off|delegation to)\b",
    re.IGNORECASE,
)  # "X would be leaving on Nov. 26 for Rome ... X will also meet Y": the journey's day


def _told_as_done(parsed: Parsed, told: Told) -> bool:
    """Whether a meeting's verb tells it as done or doing, in a tense of its own: "met", "shakes hands"; not
    "will co-chair the Dialogue" (a noun's frame, whose verb is another's) nor "is to meet"."""
    verb = parsed.sentences[told.frame.sentence].doc[told.frame.trigger]
    return verb.tag_ in {"VBD", "VBZ", "VBP"} and not any(c.dep_ == "aux" for c in verb.children)


_OATH = re.compile(
    r"(?<!since he was )(?<!since she was )(?<!since they were )(?<!since being )"
    r"\b(?:sworn in|swearing[- ]in|oath of office|oath-taking|took (?:his|her|their|the) oaths?)\b"
)  # a ceremony at home: no diplomacy (not "the first leader to visit him since he was sworn in": a time)
_GUEST_TOLD = re.compile(
    r"\b(?:[Tt]he visiting|[Dd]uring (?:the|his|her|this) visit|[Dd]uring the trip|[Ww]hile (?:in|there)\b"
    r"|[Aa]fter the (?:talks|meetings?|visit) in|will (?:also )?host)\b"
    r"|^\W*In (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*, (?!the\b|it\b|they\b|we\b)"
)  # "While in Fiji, Minister X will meet Y", "After the talks in Paris, X will fly to Berlin to meet Y": a
# meeting of the visit told before
_VISIT_REACH = 6  # sentences back to the visit a meeting of "the visiting prime minister" is part of (or of
# one the host "will host" for it)


def _placed_before_another(parsed: Parsed, told: Told) -> bool:
    """ "Before meeting Orban, Fico also held talks with Erdogan": the meeting is told only as later than
    another, which says nothing of whether it is done by now; the story's other tellings say it."""
    trigger = parsed.sentences[told.frame.sentence].doc[told.frame.trigger]
    return trigger.tag_ == "VBG" and _told_as_later(trigger)


def _told_as_later(word: Token) -> bool:
    """Whether a word is told as what comes after the clause it hangs on: "before meeting X", "prior to
    traveling to X", "ahead of his trip to X"."""
    by = word.head
    return word.dep_ in {"pcomp", "pobj"} and (
        by.lower_ == "before" or (by.lower_ in {"of", "to"} and by.head.lower_ in {"ahead", "prior"})
    )


def _progressive(parsed: Parsed, told: Told) -> bool:
    """Whether a meeting is told in the present progressive: "are meeting", "is holding talks with"."""
    verb = clause_verb(parsed.sentences[told.frame.sentence].doc[told.frame.trigger])  # "is holding talks"
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "am"} for c in verb.children
    )


def _visit_dated(
    parsed: Parsed, meeting: Meeting, persons: list[Person], anchor: pendulum.Date | None
) -> TextDate | None:
    """The coming date of a visit told up to two sentences before a planned meeting, by one of its people."""
    if anchor is None:
        return None
    first = meeting.told[0].frame.sentence
    # "The visiting prime minister will also meet Y", four sentences after the visit: that visit's day (told
    # so in any of its sentences: not only in "Polish PM to meet with Germany's Scholz in Berlin")
    guest = any(_GUEST_TOLD.search(parsed.sentences[t.frame.sentence].text) for t in meeting.told)
    reach = _VISIT_REACH if guest else 3
    told = {m.sentence for p in persons for m in p.mentions}
    # "She will travel to Mexico from June 25 to 27. While there, Minister X will meet A. Minister X will
    # also meet B ... Additionally, Minister X will meet C": the sentences telling of one of its people
    # carry the visit on, up to the visiting one's reach
    steps = 0
    for index in range(first, max(-1, first - 2 * _VISIT_REACH), -1):  # the steps above bound it
        if steps >= reach:
            break
        sentence = parsed.sentences[index]
        if index not in told and any(c.isalpha() for c in sentence.text):  # (not a quotation mark alone)
            steps += 1
        if sentence.heading or not _VISIT.search(sentence.text) or index not in told:
            continue
        visit = _VISIT.search(sentence.text)
        clauses = [  # "the ministers, who on Thursday will meet in Germany, will coordinate a visit by X":
            # the clause's day is the ministers', not the visit's (but "X's visit, which will begin on
            # March 25": the visit's own)
            (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
            for t in tokens(sentence.doc)
            if t.dep_ == "relcl" and not (visit and visit.start() <= t.head.idx < visit.end())
        ]
        coming = [
            w.date
            for offset, w in attributes.sentence_dates(sentence, anchor, starting=True)
            if (day := w.first if w.date.approx and w.first else w.date.first_day()) is not None
            # "departs for Fiji next week": of the month, from the week's first day on
            and (
                day > anchor
                or (day == anchor and _from_today(sentence, offset))
                or (  # "X will be in the country this week": the week under way, the visit to come
                    w.date.approx
                    and w.last is not None
                    and w.last >= anchor
                    and _TO_COME.search(sentence.text)
                )
            )
            and not any(
                start <= offset < end and not (visit and start <= visit.start() < end)
                for start, end in clauses
            )
            and not _another_meetings_day(sentence, offset, visit)
        ]
        if coming:
            return coming[0]
    return None


_MEETING_VERBS = frozenset({"meet", "talk", "discuss", "receive"})


def _another_meetings_day(sentence: Sentence, offset: int, visit: re.Match[str] | None) -> bool:
    """Whether the date at ``offset`` is told with a meeting's verb, not the visit the sentence names: "On
    Sunday, X will meet Y and prepare for Z's visit to Kyrgyzstan" dates the meeting with Y, not a visit,
    nor another meeting of X's told after."""
    verb = attributes.verb_over(attributes.token_at(sentence.doc, offset))
    return (
        verb is not None
        and verb.lemma_.lower() in _MEETING_VERBS
        and not (visit is not None and verb.idx <= visit.start() < verb.idx + len(verb.text))
    )


_TO_COME = re.compile(
    r"\b(?:will|shall|(?:is|are) (?:scheduled |set |due )?to|(?:is|are) (?:visiting|leading|touring))\b"
)  # "X is visiting the Solomon Islands, Nauru and Niue this week": the week under way, its meetings to come


def _from_today(sentence: Sentence, offset: int) -> bool:
    """Whether the date at the offset opens a stay to come from today on: "she will travel to Mexico from
    June 25 to 27", published on the 25th; not "announced on Wednesday that X will visit"."""
    opens = sentence.text[max(0, offset - 5) : offset].lower() == "from "
    return opens and bool(_TO_COME.search(sentence.text))


def _visit_under_way(
    parsed: Parsed, people: Cast, meeting: Meeting, anchor: pendulum.Date | None
) -> TextDate | None:
    """The month of a visit under way when the story was published, by one of a coming meeting's people.

    "X arrived in Islamabad yesterday for a two-day visit ... Prime Minister
    Y is also expected to meet X", "On Monday, X began an official visit to
    Vilnius ... X will discuss ... with Y", "X has arrived in Chile for a
    visit. While in Santiago, she will meet Y": the meeting is one of the
    visit's, this month; the text gives no day. The arrival is told before the meeting, as
    the news (its verb's own day, at most a few days before publication).
    """
    if anchor is None:
        return None
    for sentence in parsed.sentences[: meeting.told[0].frame.sentence]:
        for verb in tokens(sentence.doc):
            if not (
                verb.pos_ == "VERB"
                and (
                    verb.lemma_.lower() in _ARRIVING
                    or _visit_began(verb, "dobj")  # "began an official visit to Vilnius on Monday"
                )
                and (verb.tag_ in {"VBD", "VBZ"} or _perfect(verb))
                and (_perfect(verb) or not _background(verb))
                and _made_by(verb, sentence.index, meeting.people, people)
            ):
                continue
            if _perfect(verb) and not attributes.sentence_dates(sentence, anchor):
                return TextDate(year=anchor.year, month=anchor.month)  # "X has arrived in Chile for a visit"
            days = [
                w.first
                for offset, w in attributes.sentence_dates(sentence, anchor)
                if w.date.precision == "day" and attributes.in_clause_of(sentence.doc, offset, verb)
            ]
            if len(days) == 1 and days[0] is not None and 0 <= (anchor - days[0]).days <= _UNDER_WAY:
                return TextDate(year=anchor.year, month=anchor.month)
    return None


_UNDER_WAY = 3  # days: an arrival this long before publication is a visit still under way


def _a_gatherings_month(parsed: Parsed, anchor: pendulum.Date | None) -> TextDate | None:
    """The month of a coming summit the story gives the days of, for its coming meetings told with no day:
    "Putin will hold meetings with A and B on the sidelines of the BRICS Summit ... The Summit is set to
    take place in Kazan on October 22-23" (the meetings are the summit's, its month; none told is dropped as
    an intention with no date). Only a gathering told as to come, its days not past at publication."""
    if anchor is None:
        return None
    for sentence in parsed.sentences:
        if not _GATHERING_SET.search(sentence.text):
            continue
        days = [w.first for _, w in attributes.sentence_dates(sentence, anchor) if w.date.precision == "day"]
        if days and days[0] is not None and 0 <= (days[0] - anchor).days <= _SUMMIT_AHEAD:
            return TextDate(year=days[0].year, month=days[0].month)
    return None


_GATHERING_SET = re.compile(
    r"\b(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Gg]eneral [Aa]ssembly)\b[^.]{0,60}?\b(?:is|are) "
    r"(?:set|scheduled|due|expected) to (?:take place|be held|open|begin|start)\b"
    r"|\b(?:[Ss]ummit|[Cc]onference|[Ff]orum)\b[^.]{0,60}?\bwill (?:take place|be held|open|begin|start)\b"
)  # "The BRICS Summit is set to take place in Kazan on October 22-23", "the summit will be held on 5 May"
_SUMMIT_AHEAD = 31  # days: a gathering told as coming within a month


def _there_today(
    parsed: Parsed, people: Cast, meeting: Meeting, anchor: pendulum.Date | None
) -> TextDate | None:
    """The day a coming meeting's person is told to be at a place, the story's own day: "Foreign Minister X is
    today (13 April) in Brussels. He will be holding political talks with Y": the talks are today's."""
    if anchor is None:
        return None
    first = meeting.told[0].frame.sentence
    for sentence in parsed.sentences[max(0, first - _LEAD) : first]:
        for verb in tokens(sentence.doc):
            if not (
                verb.lemma_ == "be"
                and verb.tag_ == "VBZ"
                and any(
                    t.dep_ == "prep"
                    and t.lower_ == "in"
                    and (t.head.i == verb.i or (t.head.dep_ == "attr" and t.head.head.i == verb.i))
                    for t in verb.subtree
                )  # "is today (13 April) in Brussels": "in" hangs on "today"
                and _made_by(verb, sentence.index, meeting.people, people)
            ):
                continue
            days = {
                w.first
                for offset, w in attributes.sentence_dates(sentence, anchor)
                if w.date.precision == "day" and attributes.in_clause_of(sentence.doc, offset, verb)
            }
            if days == {anchor}:
                return TextDate.from_date(anchor)
    return None


def _perfect(verb: Token) -> bool:
    """A verb in the present perfect, the news of the day: "has arrived" (not "has already arrived")."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children)
        and not any(c.dep_ == "advmod" and c.lower_ in _BACKGROUND for c in verb.children)
    )


def _made_by(verb: Token, sentence: int, keys: tuple[int, ...], people: Cast) -> bool:
    """Whether one of the people is in the subject of a verb of travel: the journey is theirs."""
    return any(
        (p := people.person_at(sentence, g.i)) is not None and p.key in keys
        for c in verb.children
        if c.dep_ == "nsubj"
        for g in c.subtree
    )


def _met_in(parsed: Parsed, told: Told) -> bool:
    """Whether a frame's trigger is a meeting's own word ("met", "talks"), not a shared act ("discussed")."""
    trigger = parsed.sentences[told.frame.sentence].doc[told.frame.trigger]
    return trigger.lemma_.lower() in meetings.MEETING_VERBS or trigger.lower_ in meetings.MEETING_NOUNS


def _named_after(people: Cast, meeting: Meeting, role: str | None) -> list[Person]:
    """A meeting of countries named only by them takes the one official of each named just after.

    "The presidents of Kazakhstan and Uzbekistan held talks in Astana. ...
    President Shavkat Mirziyoyev of Uzbekistan thanked ...": his country's side.
    """
    if role is None:
        return []  # "since the trilateral summit at Camp David": whose office the group held is not said
    first = meeting.told[0].frame.sentence
    found: dict[str, list[Person]] = {}
    for person in people.people:
        if (
            person.country in meeting.countries
            and person.role == role
            and any(first < m.sentence <= first + _NAMED_AFTER for m in person.mentions)
        ):
            found.setdefault(person.country, []).append(person)
    return [candidates[0] for _, candidates in sorted(found.items()) if len(candidates) == 1]


_NAMED_AFTER = 8  # sentences


def _partners(people: Cast, joined: list[Meeting]) -> dict[int, frozenset[str]]:
    """For each person, the countries of everyone they meet in the article: theirs is none of these."""
    found: dict[int, set[str]] = {}
    for meeting in joined:
        for key in meeting.people:
            found.setdefault(key, set()).update(
                c for other in meeting.people if other != key and (c := people.people[other].country)
            )
    return {key: frozenset(countries) for key, countries in found.items()}


def _in_step(
    people: Cast,
    meeting: Meeting,
    story: dict[str, int],
    partners: dict[int, frozenset[str]],
    parsed: Parsed,
    homes: frozenset[str],
) -> list[Person]:
    """The meeting's people, those without a country given the one the text leaves them.

    One left without a country takes the one country of the group nobody
    else holds ("the top diplomats of A, B and C" ... ). An official without
    a country meeting people of known countries is of the country the story
    names most besides theirs, when it names it at least twice and twice as
    often as any other ("Iwaya was received by Premier Li Qiang" in a story
    about Japan and China), or twice more than any other when the text speaks
    from that country (a New Zealand outlet's "Deputy Prime Minister Peters
    met Fiji's Prime Minister" in a story naming New Zealand six times, the
    United States four), when their own sentences name none more, and is not
    the country of someone they meet elsewhere in the story (Lula received
    Colombia's Petro, then met Guyana's Ali: a story naming Colombia most
    does not make Lula Colombian). One
    named bare, with no title either, takes it only when a sentence naming
    them names it too ("a meeting between Mirziyoyev and Rahmon ... on
    Uzbek-Tajik ties"): a bare name in a story about somewhere else is
    nobody's to guess.
    """
    role = next((t.frame.group_role for t in meeting.told if t.frame.group_role), None)
    outside = {t.frame.group_outside for t in meeting.told}  # "Guterres met with presidents": not one
    persons = [people.people[k] for k in meeting.people] or _named_after(people, meeting, role)
    if role is not None:  # "the foreign ministers of A, B and C" ... "Australia's Penny Wong"
        persons = [
            attrs.evolve(p, role=role)
            if p.role == "other" and p.title is None and p.organisation is None and p.key not in outside
            else p
            for p in persons
        ]
    open_seats = meeting.countries - {p.country for p in persons}
    lost = [
        p
        for p in persons
        if p.country is None
        and p.organisation is None
        and (
            p.role != "other"
            or p.title is None
            or p.key in people.counterpart_of
            or bool(cast.countries_of_counterparts_alone(p, persons))
        )
    ]  # an official of no class with a counterpart of a country named is a state's: "Foreign Secretary X
    # ... held talks with his Nepalese counterpart", "met his Bangladesh counterpart Y"
    # the seats of a group named by its countries ("the top diplomats of A, B and C"), not those of
    # an unnamed side ("met Chancellor Nehammer, the Iranian President and ...": not the host's)
    grouped = any(t.frame.group_role or (t.frame.countries and not t.frame.people) for t in meeting.told)
    # or the seat of a country the story's named people hold ("met Prime Minister A, his counterpart B
    # and former Sri Lankan president C"), not one only an unnamed office holds ("and the Iranian President");
    # one named alone takes a grouped seat only: "[he] was received by President Xi, on the first trip to
    # China by a U.S. secretary of state" leaves Xi the side he meets
    held = {p.country for p in people.people if p.country}
    if (
        len(lost) == 1
        and len(open_seats) == 1
        and (grouped or (open_seats <= held and len(persons) > 1))
        and _fits(lost[0], next(iter(open_seats)))  # "Prime Minister Modi met ... Palau's president": Palau
        and people.counterpart_of.get(lost[0].key) not in open_seats  # has no prime minister; one whose
    ):  # counterpart is Nepalese is not Nepal's
        return [attrs.evolve(p, country=next(iter(open_seats))) if p is lost[0] else p for p in persons]
    known = {p.country for p in persons if p.country}
    if lost and not open_seats and len(known) <= 1 and (known or any(p.organisation for p in persons)):
        # not when two sides are known: "Japanese Foreign Minister A, Defense Minister B and their Australian
        # counterparts" makes B no third country's
        others = sorted(((n, c) for c, n in story.items() if c not in known), reverse=True)
        top, next_ = (others[0][0], others[1][0] if len(others) > 1 else 0) if others else (0, 0)
        plain = top >= 2 and top >= 2 * next_
        home = top >= next_ + 2 and others[0][1] in homes  # or named most, by two or more if not twice as
        if plain or home:  # often, by a text that speaks from there
            result = []
            for p in persons:
                met = known | partners.get(p.key, frozenset())
                other = _named_most_beside(p, met, parsed) or others[0][1]
                if (
                    p in lost
                    and (plain or other == others[0][1])  # not when their own sentences name another most
                    and _fits(p, other)
                    and _fits_beside(p, other, met, parsed)
                    and other not in partners.get(p.key, frozenset())
                    and not _office_held(p, other, people)
                    and other not in _visited_beside(p, parsed, theirs=True)  # "Lula will travel to
                ):  # Montevideo, the Uruguayan capital": where one goes is not one's own
                    p = attrs.evolve(p, country=other)
                result.append(p)
            persons = result
        persons = [
            _beside(
                p,
                known,
                partners,
                parsed,
                [g for g in persons if g.country] if _hosts(p, meeting, parsed) else [],
            )
            if p in lost and p.country is None
            else p
            for p in persons
        ]
    persons = [_across(p, meeting, persons) if p in lost and p.country is None else p for p in persons]
    open_ = [p for p in persons if p.country is None and p.organisation is None]
    theirs = {
        people.counterpart_of[p.key] for p in persons if p.key in people.counterpart_of and p not in open_
    } - known  # not one's own counterpart's: "X held talks with his Japanese counterpart" is no Japanese X
    if len(theirs) == 1 and len(open_) == 1:
        country = next(iter(theirs))  # "Hamid ... in his Indian counterpart's honour": the one he meets
        persons = [
            attrs.evolve(p, country=country) if p in open_ and _fits(p, country) else p for p in persons
        ]
    persons = _the_pairs_office(persons, meeting, parsed)
    return _hosts_of_a_visit(persons, meeting, parsed, people)




def _the_pairs_office(persons: list[Person], meeting: Meeting, parsed: Parsed) -> list[Person]:
    """The two at a meeting, named in no class, are of the one the story then calls them by: "Cabinet
    Secretary X held bilateral talks with her counterpart Y ... The Foreign Ministers also launched the
    Joint Commission" makes both foreign ministers. Only "The ... Ministers" as a subject, in the meeting's
    sentences or the three after them, naming nobody; not one in an office below a minister's ("Vice
    Minister"), nor an envoy; and only when neither holds a class yet ("the two foreign ministers" after a
    summit between a president and another named bare are other ministers)."""
    if len(persons) != 2 or any(p.role != "other" for p in persons):  # noqa: PLR2004 - a pair
        return persons
    told = [t.frame.sentence for t in meeting.told]
    classes = {
        role
        for sentence in parsed.sentences[min(told) : min(max(told) + 4, len(parsed.sentences))]
        if not any(t.ent_type_ == "PERSON" for t in tokens(sentence.doc))
        for token in tokens(sentence.doc)
        if token.dep_ in {"nsubj", "nsubjpass"}
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and (role := cast.plural_office(token)) is not None
    }
    if len(classes) != 1:
        return persons
    role = next(iter(classes))
    return [
        attrs.evolve(p, role=role)
        if p.role == "other" and p.organisation is None and not office.junior(p.title or "")
        else p
        for p in persons
    ]


def _hosts_of_a_visit(persons: list[Person], meeting: Meeting, parsed: Parsed, people: Cast) -> list[Person]:
    """Office holders of no country whom visitors of one country meet on a visit to another are the host's:
    "X, Prime Minister of Mongolia, is paying a visit to Japan ... a meeting with Y, Speaker of the House of
    Representatives, and with Z, Governor of Hokkaido" makes Y and Z Japan's.

    Only the holder of a state's own office (a bare name may be anyone's; an envoy, an ambassador or a
    body's officer a third party's) in sentences naming no gathering, when everyone of a country at the
    meeting is of the visitors' one country and makes one journey the story tells, to one country, or is
    met in one ("X met Minister of Defence Y in Hanoi"), not in a city that houses international bodies.
    """
    known = {p.country for p in persons if p.country}
    open_ = [
        p
        for p in persons
        if p.country is None
        and p.organisation is None
        and _a_states_office(p.title)
        and not any(_GATHERING.search(parsed.sentences[m.sentence].text) for m in p.mentions)
    ]  # not "Pacific Islands Forum Secretary General Y": a gathering's officer
    if len(known) != 1 or not open_:
        return persons
    told = " ".join(
        parsed.sentences[i].text
        for i in {t.frame.sentence for t in meeting.told}
        | {m.sentence for p in persons if p.country for m in p.mentions}
    )
    if any(seat in told for seat in gazetteer.ORGANISATION_SEATS):
        return persons  # "met Chairperson Y in Addis Ababa": the African Union's, maybe; "X met Y in Brussels
        # ... X also met Foreign Minister Z": not Belgium's
    visitors = [p for p in persons if p.country]
    visited = {c for p in visitors for c in _visited_beside(p, parsed, gatherings=False, theirs=True)} - known
    if len(visited) > 1:  # "X will visit A and B ... will travel to B, where she will meet Y. She will also
        # meet Z": the one of them the sentences name last, back from the meeting's
        told_at = min(t.frame.sentence for t in meeting.told)
        first = min(m.sentence for p in visitors for m in p.mentions)
        for at in range(told_at, first - 1, -1):
            text = parsed.sentences[at].text
            named = {hit.code for hit in cast.countries_in(text) if hit.kind != "demonym"} | {
                code for ent in parsed.sentences[at].doc.ents if (code := gazetteer.place_country(ent.text))
            }  # "He arrived in Manila": the city's
            if len(named & visited) == 1:
                visited = named & visited
                break
    if len(visited) != 1:
        return persons
    host = next(iter(visited))
    return [
        attrs.evolve(p, country=host)
        if p in open_ and _fits(p, host) and not _office_held(p, host, people)
        else p
        for p in persons
    ]


# the heads of a state's own offices: "Speaker of the House", "Governor of Hokkaido", "Home Minister"; not
# "Special Envoy", "High Representative", "Ambassador", "Chairperson", "Director-General", "bureau chief"
_STATE_HEADS = frozenset(
    {"minister", "speaker", "marshal", "governor", "mayor", "premier", "president", "chancellor", "senator",
     "king", "queen", "emir", "sultan", "prince", "princess", "secretary"}
)  # fmt: skip


_HEADS = office.HEADS | _STATE_HEADS


def _a_states_office(title: str | None) -> bool:
    """Whether a title is the head of one of a state's own offices, not an envoy's or an international
    body's ("Executive Secretary", "Secretary-General", "Special Envoy")."""
    words = (title or "").lower().replace("-", " ").split()
    head = next((w for w in words if w in _HEADS), None)
    return head in _STATE_HEADS and not {"executive", "general", "special", "high"} & set(words)


def _across(person: Person, meeting: Meeting, persons: list[Person]) -> Person:
    """Of a meeting's two countries, the one not across the table: "Prime Minister Modi held a meeting with
    Sri Lanka's Leader of the Opposition" (Indian ministers present too) makes Modi India's, not Sri Lanka's.

    Whom a person meets one to one, in a clause naming the two of them only, is the other side (not those
    named beside them as present: "X and Y were present during the meeting"); the country left must be
    one of those named present, or the person may be a third country's.
    """
    countries = {p.key: p.country for p in persons}
    sides = {c for c in countries.values() if c}
    across = {
        countries.get(other)
        for told in meeting.told
        if len(told.frame.people) == 2 and person.key in told.frame.people and not told.frame.continuation
        for other in told.frame.people
        if other != person.key
    }
    beside = {  # the side named as present at it: "Jaishankar, Doval and other officials were present"
        countries.get(k) for told in meeting.told if told.frame.continuation for k in told.frame.people
    }
    left = sides - across
    if len(sides) != 2 or not across & sides or len(left) != 1 or not left <= beside:
        return person
    country = next(iter(left))
    return attrs.evolve(person, country=country) if _fits(person, country) else person


def _named_most_beside(person: Person, met: set[str] | frozenset[str], parsed: Parsed) -> str | None:
    """The one country the sentences naming a person name most, those they meet left out.

    "Greece stands by Cyprus ..., Prime Minister Mitsotakis said" in a story
    that names Turkey most: the sentences naming him name Greece more.
    """
    named = cast.countries_counted_beside(person, parsed, headings=False)
    counts = {code: n for code, n in named.items() if code not in met}
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=counts.__getitem__)


def _office_held(person: Person, country: str, people: Cast) -> bool:
    """Whether someone else in the story holds the person's office for the country: a story with Secretary of
    State Pompeo makes no other foreign minister American."""
    return person.role != "other" and any(
        p.key != person.key and p.country == country and p.role == person.role and p.status == "holder"
        for p in people.people
    )


def _fits(person: Person, country: str) -> bool:
    """Whether the country has the person's office: a title it does not use ("King" of a republic) rules it out."""
    return person.title is None or gazetteer.title_fits(person.title, country)


def _beside(
    person: Person,
    known: set[str],
    partners: dict[int, frozenset[str]],
    parsed: Parsed,
    guests: list[Person],
) -> Person:
    """The one country visited in the person's own sentences, none of those they meet: theirs.

    "Mnangagwa began his State visit to Mozambique with a meeting with his
    counterpart President Filipe Nyusi": the host is Mozambique's. Failing
    that, the one country the guests they meet came to, in the guests' own
    sentences ("Petro, who came to Brazil for the summit" ... "Lula
    receives Petro at the Alvorada Palace"): the host's.
    """
    left = _visited_beside(person, parsed, theirs=False) - known - partners.get(person.key, frozenset())
    if not left and person.title is not None:  # "The Secretary traveled to Abuja, Nigeria. He met with
        # President Buhari": the journey told just before, in the same paragraph
        left = (
            _visited_beside(person, parsed, theirs=False, before=True)
            - known
            - partners.get(person.key, frozenset())
        )
    if not left and person.title is not None:
        last = max(m.sentence for m in person.mentions)
        came_to = set().union(*(_visited_beside(g, parsed, gatherings=False, until=last) for g in guests))
        left = came_to - known - partners.get(person.key, frozenset())
    left -= cast.own_journeys(person, parsed)  # not where they go themselves: "X arrived in Kigali, Rwanda
    # ... Y arrived in Kigali ahead of the President"
    if len(left) != 1:
        return person
    country = next(iter(left))
    seats = {  # "Ursula von der Leyen meets with new German Chancellor Olaf Scholz in Brussels": the EU's,
        # maybe, not Belgium's
        gazetteer.place_country(seat)
        for seat in gazetteer.ORGANISATION_SEATS
        if any(seat in parsed.sentences[m.sentence].text for m in person.mentions)
    }
    fits = _fits(person, country) and country not in seats
    return attrs.evolve(person, country=country) if fits else person


_HOSTING = frozenset({"receive", "host", "welcome", "greet"})


def _hosts(person: Person, meeting: Meeting, parsed: Parsed) -> bool:
    """Whether the meeting's report makes the person its host: "Lula receives Petro", "called on Choi"."""
    for told in meeting.told:
        sentence = parsed.sentences[told.frame.sentence]
        if _GATHERING.search(sentence.text):
            continue  # "received by X at the summit": a summit's city is not the host's country
        doc = sentence.doc
        verb = doc[told.frame.trigger]
        mine = {m.token for m in person.mentions if m.sentence == told.frame.sentence}
        lemma = verb.lemma_.lower()
        if lemma in _HOSTING and any(
            c.dep_ == "nsubj" and any(t.i in mine for t in c.subtree) for c in verb.children
        ):
            return True  # "The president Luiz Inacio Lula da Silva (PT) receives ... Petro"
        if lemma in _HOSTING and any(
            c.dep_ == "agent" and any(g.i in mine for g in c.children) for c in verb.children
        ):
            return True  # "was received by President X"
        if (
            lemma == "call"
            and any(c.lower_ == "on" and any(g.i in mine for g in c.children) for c in verb.children)
            and not any(c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB" for c in verb.children)
        ):
            return True  # not "called on X to restrain Y": an appeal
    return False


def _fits_beside(person: Person, country: str, met: set[str] | frozenset[str], parsed: Parsed) -> bool:
    """The story's other country is theirs unless their own sentences name another one.

    A bare name needs it named beside them; a titled one takes it unless
    the sentences naming them name a different country besides those they
    meet ("With Foreign Minister Lavrov, we discussed ... Japan-Russia
    relations" in a story naming the United States most).
    """
    beside = cast.countries_beside(person, parsed) - set(met)
    if person.title is None:
        return country in beside
    return not beside or country in beside


def _settled(people: Cast, placed: list[list[Person]]) -> Cast:
    """One person, one country in an article: a country found for someone at one of their meetings is theirs at all.

    "Hamid will host a banquet in his Indian counterpart's honour" makes
    Kovind Indian at his meeting with Hamid, and so at his meeting with
    Prime Minister Hasina too. Someone given two different countries keeps none.

    So with an office one of no class is given at one meeting, by a group told ("the foreign ministers of
    A, B, C and D" ... "Japan's Yoko Kamikawa hosted ...") or by what the story calls a pair
    (``_the_pairs_office``): the day before, "Blinken and Austin sat down with Kamikawa" is the foreign
    minister's meeting too. Not an office below a minister's ("Vice Minister").
    """
    found: dict[int, set[str]] = {}
    roles: dict[int, set[str]] = {}
    for persons in placed:
        for person in persons:
            told = people.people[person.key]
            if person.country is not None and told.country is None:
                found.setdefault(person.key, set()).add(person.country)
            if person.role != "other" and told.role == "other" and not office.junior(told.title or ""):
                roles.setdefault(person.key, set()).add(person.role)
    settled = {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}
    offices = {key: next(iter(held)) for key, held in roles.items() if len(held) == 1}
    if not settled and not offices:
        return people
    return attrs.evolve(
        people,
        people=tuple(
            attrs.evolve(p, country=settled.get(p.key, p.country), role=offices.get(p.key, p.role))
            for p in people.people
        ),
    )


def _visited_beside(
    person: Person,
    parsed: Parsed,
    *,
    gatherings: bool = True,
    theirs: bool | None = None,
    until: int | None = None,
    before: bool = False,
) -> set[str]:
    """The countries a visit goes to in the sentences that name a person ("his State visit to Mozambique").

    Without ``gatherings``, none a sentence tells of a summit in ("arrived in Lima for the APEC summit").
    ``theirs`` keeps only the visits the person makes (True) or only the others' (False); ``until``, only
    those told up to that sentence (not "X flies on to Tokyo", after the meeting in Seoul). ``before`` reads
    the sentence before each of theirs in the same paragraph too.
    """
    found = set()
    indices = {m.sentence for m in person.mentions if until is None or m.sentence <= until}
    if before:
        sentences = parsed.sentences
        for i in [i - 1 for i in indices if i > 0 and sentences[i - 1].line == sentences[i].line]:
            root = next((t for t in sentences[i].doc if t.dep_ == "ROOT"), None)
            codes = {hit.code for hit in cast.countries_in(sentences[i].text) if hit.kind != "demonym"}
            if any(_the_subject(sentences[i].doc, hit, root) for hit in cast.countries_in(sentences[i].text)):
                continue  # a country sends: "Peru sent the Prime Minister", "Russia sent X to Ankara"
            if (
                root is not None
                and root.lemma_.lower() in _TRAVEL | {"send", "dispatch"}  # "sent X to Somalia"
                and len(codes) == 1
                and not _travels(person, i, root)
            ):
                found |= codes  # "The Secretary traveled to Sokoto, and Abuja, Nigeria": one country, however
                # the parser hung its places
    for index in indices:
        sentence = parsed.sentences[index]
        if not gatherings and _GATHERING.search(sentence.text):
            continue
        for hit in cast.countries_in(sentence.text):
            span = sentence.doc.char_span(hit.start, hit.end, alignment_mode="expand")
            if span is None:
                continue
            place = span.root
            if place.dep_ in {"amod", "compound"} and place.head.lower_ in {"capital", "city"}:
                place = place.head  # "met his counterpart ... in the Finnish capital"
                if place.dep_ == "appos":
                    place = place.head  # "will travel to Montevideo, the Uruguayan capital"
            while place.dep_ == "conj" and place.head.dep_ in {"dobj", "pobj", "conj"}:
                place = place.head  # "visit Papua New Guinea and Timor-Leste": both
            prep = place.head
            if place.dep_ == "dobj" and prep.lemma_.lower() == "visit":
                if prep.dep_ != "relcl" and (theirs is None or _visits(person, index, prep) == theirs):
                    # not "X, who visited France in June, met Ramaphosa": X's journey; not "Visiting
                    found.add(hit.code)  # Jakarta, X held ...": X's own, when asked for others'; "Ramaphosa
                continue  # visited Saudi Arabia, where he met Crown Prince X"
            if place.dep_ != "pobj" or prep.lower_ not in {"to", "in"}:
                continue
            holder = next(
                (
                    t
                    for t in prep.ancestors
                    if (t.pos_ in {"VERB", "NOUN"} and t.lemma_.lower() in _TRAVEL | _MET)
                    or _pays_a_visit(t)
                    or t.dep_ == "relcl"
                ),
                prep.head,
            )  # "met X and incoming [<- in] Prime Minister Y in the Finnish capital"; a relative clause's
            # own, not "welcomed by X, who was heading to Berlin"
            verb = "visit" if _pays_a_visit(holder) else holder.lemma_.lower()
            if theirs is not None and verb in _TRAVEL and _travels(person, index, holder) != theirs:
                continue
            if verb in _TRAVEL and _told_as_later(holder):
                continue  # "Prior to traveling to Mauritania, the Head of State met President X": not there
            if verb in _TRAVEL or (
                verb in _MET and holder.dep_ != "relcl" and not _GATHERING.search(sentence.text)
            ):  # "visit to Mozambique"; "met President X in Nouakchott", no summit there; not "agreed that
                # the ministers, who will meet in Germany, ...": a meeting of the ones the clause is of
                found.add(hit.code)
    return found


def _the_subject(doc: Doc, hit: gazetteer.CountryMention, verb: Token | None) -> bool:
    """Whether a country named is the verb's subject: "Peru sent X", the one who sends, not where to."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    return (
        span is not None
        and verb is not None
        and any(c.dep_ == "nsubj" and c.i == span.root.i for c in verb.children)
    )


def _pays_a_visit(verb: Token) -> bool:
    """ "is paying an official visit to Japan", the place hung on "paying": a journey, as "visiting Japan"."""
    return verb.lemma_.lower() in _MAKES_A_VISIT and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "visit" for c in verb.children
    )


def _visits(person: Person, sentence: int, verb: Token) -> bool:
    """Whether the person is who "visit" tells of: its subject, or the subject of the clause an opening
    "Visiting Jakarta, ..." hangs on."""
    if verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    while verb.dep_ == "xcomp" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head  # "X is set to visit Y", "X plans to visit Y"
    return any(
        m.sentence == sentence and m.token in {c.i, *(t.i for t in c.children if t.dep_ in {"conj", "appos"})}
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass"}
        for m in person.mentions
    )  # (or beside its subject: "Minister for Foreign Affairs Penny Wong", the name hung as a conjunct)


def _travels(person: Person, sentence: int, holder: Token) -> bool:
    """Whether the person makes the journey: the subject of "travel", or the owner of "his visit" they are
    the subject of ("Lula will travel to Montevideo"; "X began his visit to Mozambique with ...")."""
    doer = holder
    if holder.pos_ == "NOUN":
        owner = next((c for c in holder.children if c.dep_ == "poss"), None)
        if owner is None:
            made = holder.dep_ == "dobj" and holder.head.lemma_.lower() in _MAKES_A_VISIT
            return made and _travels(person, sentence, holder.head)  # "X is paying a visit to Japan"
        if owner.pos_ != "PRON":
            return any(m.sentence == sentence and m.token == owner.i for m in person.mentions)
        # the verb the visit hangs under: "X arrived here on [prep] his maiden visit to Papua New Guinea"
        doer = next((a for a in holder.ancestors if a.pos_ in {"VERB", "AUX"}), holder.head)
    return any(
        m.sentence == sentence and c.i == m.token
        for c in doer.children
        if c.dep_ in {"nsubj", "nsubjpass"}
        for m in person.mentions
    )


_MET = frozenset({"meet", "receive", "host", "hold", "talk", "welcome", "greet"})
_MAKES_A_VISIT = frozenset({"pay", "make", "undertake", "begin", "start", "conduct"})
_GATHERING = re.compile(
    r"\b(?:summit|sidelines?|conference|forum|assembly|congress|gathering|ceremony|G-?\d+|COP\d*"
    r"|meeting of)\b",
    re.IGNORECASE,
)


def _of_the_day(date: TextDate | None, anchor: pendulum.Date | None) -> bool:
    """Whether a meeting is of the story's days (within a month of publication, or undated)."""
    first = date.first_day() if date else None
    # the days apart counted on the calendar's day numbers: pendulum's subtraction builds an Interval
    return first is None or anchor is None or abs(anchor.toordinal() - first.toordinal()) <= _A_MONTH


_A_MONTH = 31  # days


def _then_office(person: Person, told: set[int], parsed: Parsed) -> Office | None:
    """The office a sentence telling the meeting (one of ``told``) gives the person with "then": "then
    foreign minister X"."""
    return next(
        (
            m.office
            for m in person.mentions
            if m.sentence in told
            and m.office is not None
            and m.office.status == "former"
            and m.office.role != "other"
            and _THEN.search(parsed.original[m.office.start : m.office.end])
        ),
        None,
    )


_THEN = re.compile(r"\bthen\b", re.IGNORECASE)


def _participant(person: Person, *, now: bool = False, then: Office | None = None) -> Participant:
    """The person as a meeting's participant.

    One the story calls former holds no office at a meeting of its days ("met
    former president X"); at a past one they did ("then Prime Minister Y met
    ... in May 2024"), and the office the meeting's own sentence says they held
    then is theirs there, not the story's ("Japan's then foreign minister X
    with Premier Y in Beijing in 2016", of a story on X as prime minister).
    One still to take office holds none yet ("Incoming Prime Minister X met
    Y", "X, who will be sworn in as president").
    """
    title: str | None
    if then is not None and not now:
        role, title = then.role, then.title
    else:
        role = "other" if (now and person.status == "former") or person.status == "designate" else person.role
        title = person.title
    return Participant(
        name=person.name,
        country=person.country,
        role=role,
        title=title,
        status="acting" if person.status == "acting" else "holder",
        family=person.family,
    )


_YEAR = re.compile(r"(?:19|20)\d\d")


def _year_told_with(mention: PersonMention, sentence: Sentence, published: TextDate) -> TextDate | None:
    """The year written right after a name, before the year of publication: "past guests have included
    Japanese prime minister X in 2014" saw X in office in 2014, not when the story was told."""
    doc = sentence.doc
    at = mention.token
    if at + 2 >= len(doc) or doc[at + 1].lower_ != "in" or not _YEAR.fullmatch(doc[at + 2].text):
        return None
    year = int(doc[at + 2].text)
    if published.year is None or year >= published.year:
        return None
    return TextDate(year=year)


def _observations(
    article: Article, parsed: Parsed, people: Cast, held_in: dict[int, TextDate]
) -> list[OfficeObserved]:
    """Every office a person is seen in: at the date of the held meeting whose sentence shows it, else at publication."""
    published = TextDate.from_date(article.published) if article.published else TextDate.unknown()
    found = []
    for person in people.people:
        if person.title is None or (
            person.role == "other" and person.title.lower() in {"minister", "secretary"}
        ):
            continue
        if "counterpart" in person.title.lower() and person.role == "other":
            continue
        mention = next((m for m in person.mentions if m.office is not None), person.mentions[0])
        seen = [(mention, person.role, person.title, person.status, person.country)]
        for other in person.mentions:  # "former Prime Minister David Cameron", now Foreign Secretary
            office = other.office
            short = office is not None and (person.title or "").lower().startswith(
                office.title.lower() + " of "
            )
            if (
                office is not None
                and not other.reference  # "the top diplomat" of a foreign secretary: a word for them
                and office.role not in {"other", person.role}
                and not short
                and office.title.lower() != (person.title or "").lower()  # the same title, its class
            ):  # settled for the person: "foreign secretary" of Nepal, a civil servant
                seen.append(
                    (other, office.role, office.title, office.status, office.country or person.country)
                )
        done: set[tuple[str, str]] = set()
        for where, role, title, status, country in seen:
            if (role, status) in done:
                continue
            done.add((role, status))
            sentence = parsed.sentences[where.sentence]
            found.append(
                OfficeObserved(
                    article=article.id,
                    extractor=EXTRACTOR,
                    name=person.name,
                    family=person.family,
                    country=country,
                    role=role,
                    title=title,
                    status=status,
                    date=held_in.get(where.sentence)
                    or _year_told_with(where, sentence, published)
                    or published,
                    evidence=Evidence(
                        article=article.id,
                        start=sentence.start,
                        end=sentence.end,
                        sentence=parsed.original[sentence.start : sentence.end],
                    ),
                )
            )
    return found
